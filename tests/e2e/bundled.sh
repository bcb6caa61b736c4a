# The bundled campaign scripts and commune profiles: valid, and each
# script renders to a broadcast-ready file of 1 to 3 minutes (plus chimes).
. tests/e2e/lib.sh

set -- scripts/*.yaml
scripts=""
for s in "$@"; do [ "$(basename "$s")" = lexicon.yaml ] || scripts="$scripts $s"; done
communes=$(ls schedules/communes/*.yaml 2>/dev/null)
n_scripts=$(echo $scripts | wc -w)
n_communes=$(echo $communes | wc -w)
[ "$n_scripts" -ge 4 ] && ok "at least four bundled scripts ($n_scripts)" || not_ok "only $n_scripts scripts"
[ "$n_communes" -ge 4 ] && ok "at least four bundled communes ($n_communes)" || not_ok "only $n_communes communes"
expect_exit 0 "loa check accepts every bundled file" "$LOA" check $scripts $communes
for id in tien-minh nghi-duong duong-kinh thu-lam; do
	[ -e "schedules/communes/$id.yaml" ] && ok "profile $id is bundled" || not_ok "profile $id missing"
done

# segment_lufs FILE START LENGTH: integrated loudness of a stretch
segment_lufs() {
	ffmpeg -nostats -hide_banner -ss "$2" -t "$3" -i "$1" -af ebur128 -f null - 2>&1 |
		awk '/Integrated loudness:/ { f = 1 } f && /^ *I:/ { print $2; exit }'
}

topics=""
i=0
for s in $scripts; do
	# Each script with a different commune, so every profile is exercised.
	set -- $communes
	shift $((i % n_communes))
	commune=$1
	i=$((i + 1))
	id=$(basename "$s" .yaml)
	out=$TMP/$id.mp3
	expect_exit 0 "render $id for $(basename "$commune" .yaml)" \
		"$LOA" render "$s" --commune "$commune" -o "$out"
	[ -s "$out" ] || continue
	[ "$(probe "$out" stream=codec_name)/$(probe "$out" stream=channels)/$(probe "$out" stream=sample_rate)" = mp3/1/44100 ] &&
		ok "$id: mp3 mono 44.1 kHz" || not_ok "$id: format"
	d=$(probe "$out" format=duration)
	awk -v d="$d" 'BEGIN { exit !(d >= 60 && d <= 200) }' && ok "$id: $d s long" || not_ok "$id: $d s long"
	set -- $(loudness "$out")
	within "$1" -16 1 && ok "$id: $1 LUFS" || not_ok "$id: $1 LUFS"
	at_most "$2" -1.5 && ok "$id: true peak $2 dBTP" || not_ok "$id: true peak $2"
	probe "$out" format_tags=title | grep -q . && ok "$id: titled" || not_ok "$id: no title"
	# The opening chime sits at or a little under the voice, never over it.
	chime=$(segment_lufs "$out" 0 2.5)
	voice=$(segment_lufs "$out" 5 40)
	awk -v c="$chime" -v v="$voice" 'BEGIN { d = c - v; exit !(d >= -5 && d <= 1) }' &&
		ok "$id: chime $chime LUFS against voice $voice LUFS" ||
		not_ok "$id: chime $chime LUFS against voice $voice LUFS"
	"$LOA" render "$s" --commune "$commune" --explain -q -o "$TMP/x.mp3" > "$TMP/spoken" 2>/dev/null
	grep -q '[0-9]' "$TMP/spoken" && not_ok "$id: digits reach eSpeak NG: $(grep -o '[^ ]*[0-9][^ ]*' "$TMP/spoken" | head -n 3 | tr '\n' ' ')" ||
		ok "$id: no digit reaches eSpeak NG"
	grep -q '{{' "$TMP/spoken" && not_ok "$id: unexpanded variable" || ok "$id: variables expanded"
	topics="$topics $(sed -n 's/^topic: *//p' "$s")"
done
for t in deepfake online-fraud personal-data ai-law; do
	echo "$topics" | grep -qw "$t" && ok "a script covers $t" || not_ok "no script on $t"
done
finish
