# loa play: a file, or a script rendered as a draft, through one output
# of the air layer.  Heard here through file: (read back by ffprobe) and
# ALSA's "null" device (alsa-lib's own plugin: no sound card needed, and
# it does not pace, so the test does not take real time).
. tests/e2e/lib.sh

export TMPDIR="$TMP/tmp"
mkdir -p "$TMPDIR"
CHIME=$ROOT/audio/chime-in.flac
SCRIPT=$ROOT/scripts/lua-dao-truc-tuyen.yaml
PROFILE=$ROOT/schedules/communes/thu-lam.yaml

expect_exit 0 "a file plays to file:" "$LOA" play "$CHIME" --output "file:$TMP/chime.wav"
d_in=$(probe "$CHIME" format=duration)
d_out=$(probe "$TMP/chime.wav" format=duration)
within "$d_in" "$d_out" 0.05 && ok "the whole file was played ($d_out s of $d_in s)" ||
	not_ok "played $d_out s of $d_in s"
[ "$(probe "$TMP/chime.wav" stream=sample_rate)" = 44100 ] &&
	[ "$(probe "$TMP/chime.wav" stream=channels)" = 1 ] &&
	ok "at the station's 44.1 kHz mono" || not_ok "format of what was played"
set -- $(loudness "$CHIME")
i_in=$1
set -- $(loudness "$TMP/chime.wav")
within "$i_in" "$1" 0.2 && ok "at the file's loudness ($1 LUFS)" || not_ok "loudness $1, file $i_in"

expect_exit 0 "a script plays as a draft" "$LOA" play "$SCRIPT" --commune "$PROFILE" \
	-o "file:$TMP/draft.mp3" -q
expect_exit 0 "the same script rendered" "$LOA" render "$SCRIPT" --commune "$PROFILE" \
	-o "$TMP/render.mp3" -q
d_render=$(probe "$TMP/render.mp3" format=duration)
d_draft=$(probe "$TMP/draft.mp3" format=duration)
within "$d_render" "$d_draft" 0.2 && ok "the draft is the render ($d_draft s, render $d_render s)" ||
	not_ok "draft $d_draft s, render $d_render s"
[ -z "$(ls -A "$TMPDIR")" ] && ok "the draft's temporary folder is removed" ||
	not_ok "left in TMPDIR: $(ls -A "$TMPDIR")"

expect_exit 0 "a file plays to the ALSA null device" "$LOA" play "$CHIME" -o alsa:null
grep -q "^playing .*chime-in.flac through alsa:null (Ctrl-C stops)$" "$TMP/out" &&
	ok "and says what plays where" || not_ok "play said: $(cat "$TMP/out")"

# Refusals: plain words, exit status, nothing left behind.
expect_exit 2 "play without a file" "$LOA" play
stderr_matches "^loa: what to play\\?" "asks what to play"
expect_exit 1 "a file that is missing" "$LOA" play "$TMP/none.wav" -o "file:$TMP/none-out.wav"
[ ! -e "$TMP/none-out.wav" ] && ok "nothing written for a missing file" || not_ok "output written"
expect_exit 1 "an output kind that does not exist" "$LOA" play "$CHIME" -o ftp://x/y
stderr_matches "unknown output kind 'ftp:'" "names the output kind"
printf 'id: hong\ntitle: Hỏng\ntopic: other\nparts:\n  - say: [\n' >"$TMP/hong.yaml"
expect_exit 1 "a script with an error" "$LOA" play "$TMP/hong.yaml" -o "file:$TMP/hong.mp3"
stderr_matches "hong\\.yaml:[0-9]+:[0-9]+:" "at file:line:column"
[ ! -e "$TMP/hong.mp3" ] && [ -z "$(ls -A "$TMPDIR")" ] && ok "nothing written, nothing left" ||
	not_ok "files left: $(ls -A "$TMPDIR")"
finish
