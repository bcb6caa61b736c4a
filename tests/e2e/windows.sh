# Files made on Windows: a byte-order mark and CRLF line endings are
# accepted everywhere; another encoding, tabs, a colon in unquoted text
# and text starting with '{{' get a plain explanation of the fix at the
# right line and column, exit 1, and nothing is written.
. tests/e2e/lib.sh

P=$TMP/proj
mkdir -p "$P/audio" "$P/out"
ffmpeg -v error -f lavfi -i "sine=f=880:d=0.3" "$P/audio/chime.wav"
cd "$P"
commune='id: nghi-duong
kind: xã
name: xã Nghi Dương
city: thành phố Hải Phòng
office: Phòng Văn hóa - Xã hội xã Nghi Dương
police_phone: "0225 3000 000"
hotline: "113"'
good='id: thu
title: Thử tiếng Việt
topic: other
intro: audio/chime.wav
parts:
  - say: Xin chào {{commune.name}}.
  - pause: 300ms'

# A byte-order mark and CRLF, in the script and in the commune profile.
printf '\357\273\277%s\n' "$commune" | sed 's/$/\r/' > commune.yaml
printf '\357\273\277%s\n' "$good" > bom.yaml
printf '%s\n' "$good" | sed 's/$/\r/' > crlf.yaml
printf '\357\273\277%s\n' "$good" | sed 's/$/\r/' > both.yaml
for f in bom crlf both; do
	expect_exit 0 "$f: check accepts it" "$LOA" check $f.yaml commune.yaml
	expect_exit 0 "$f: renders" "$LOA" render $f.yaml --commune commune.yaml -o out/$f.mp3 -q
done
title=$(probe out/both.mp3 format_tags=title)
case "$title" in "Thử tiếng Việt"*) ok "BOM + CRLF: the title keeps its marks and no BOM" ;;
	*) not_ok "BOM + CRLF: title is '$title'" ;; esac

# windows NAME REGEX: a broken script must fail with REGEX, write nothing
windows() {
	name=$1 regex=$2
	expect_exit 1 "$name: check refuses it" "$LOA" check "$name.yaml"
	# check writes findings: "file:line:column: error: message".
	stderr_matches "^loa: $name.yaml:${regex%%: *}: error: ${regex#*: }" \
		"$name: check explains the fix"
	expect_exit 1 "$name: render refuses it" "$LOA" render "$name.yaml" --commune commune.yaml -o "out/$name.mp3"
	stderr_matches "^loa: $name.yaml:$regex" "$name: render explains the fix"
	[ ! -e "out/$name.mp3" ] && ok "$name: nothing written" || not_ok "$name: file written"
}
printf '%s\n' "$good" | iconv -f utf-8 -t cp1258 > cp1258.yaml
windows cp1258 "2:10: not UTF-8 .*save the file as UTF-8"
{ printf '\377\376'; printf '%s\n' "$good" | iconv -f utf-8 -t utf-16le; } > utf16.yaml
windows utf16 "1:1: saved as UTF-16: save the file as UTF-8"
printf '%s\n' "$good" | sed 's/^  - pause/\t- pause/' > tab.yaml
windows tab "7:1: a tab character: YAML indents with spaces"
printf '%s\n' "$good" | sed 's/say: Xin chào/say: Lưu ý: Xin chào/' > colon.yaml
windows colon "6:15: a colon followed by a space inside text that is not quoted: put the whole text in double quotes"
printf '%s\n' "$good" | sed 's/say: Xin chào {{commune.name}}./say: {{commune.name}} xin chào./' > braces.yaml
windows braces "6:10: text that starts with '\{\{' must be in double quotes"
# Paths typed as on Windows, or slightly off: the fix, at the position.
cp audio/chime.wav "audio/chuông.wav"
path_case() { # NAME INTRO REGEX
	printf '%s\n' "$good" | sed "s#^intro: .*#intro: $2#" >"$1.yaml"
	expect_exit 1 "$1: check refuses it" "$LOA" check "$1.yaml"
	stderr_matches "^loa: $1.yaml:4:8: error: $3" "$1: check names the fix"
}
path_case backslash 'audio\\chime.wav' "'audio.chime.wav' uses '.': separate folders with '/'"
path_case drive 'C:\\Users\\vh\\chime.wav' ".* is a path on a Windows computer: copy the file into the project's audio/ folder"
path_case no-folder 'chime.wav' "'chime.wav' does not exist; did you mean 'audio/chime.wav'\\?"
path_case near 'audio/chime.wv' "'audio/chime.wv' does not exist; did you mean 'audio/chime.wav'\\?"
# Names are compared in NFC: a name typed decomposed (Unikey's "Unicode
# tổ hợp", U+0302 after the o) is the composed file on disk, and a file
# copied from a Mac with a decomposed name is found by its composed name.
nfd_o=$(printf 'o\314\202')
unicode_case() { # NAME INTRO: check passes, render reads the file
	printf '%s\n' "$good" | sed "s#^intro: .*#intro: $2#" >"$1.yaml"
	expect_exit 0 "$1: check finds the file" "$LOA" check "$1.yaml" commune.yaml
	expect_exit 0 "$1: render plays it" "$LOA" render "$1.yaml" --commune commune.yaml -o "out/$1.mp3" -q
	d=$(probe "out/$1.mp3" format=duration)
	[ -n "$d" ] && at_most 0.3 "$d" && ok "$1: an MP3 ffprobe reads ($d s)" || not_ok "$1: no MP3"
}
unicode_case nfd-name "audio/chu${nfd_o}ng.wav"
mac=audio/nha$(printf '\314\243')c
mkdir -p "$mac" && cp audio/chime.wav "$mac/${nfd_o}.wav"
unicode_case nfd-on-disk "audio/nhạc/ô.wav"
mkdir -p "audio/tiếng" && cp audio/chime.wav "audio/tiếng/chuông.wav"
unicode_case nfd-folder "audio/tie$(printf '\314\202\314\201')ng/chu${nfd_o}ng.wav"
path_case nfd-near "audio/chu${nfd_o}n.wav" "'audio/chu${nfd_o}n.wav' does not exist; did you mean 'audio/chuông.wav'\\?"
finish
