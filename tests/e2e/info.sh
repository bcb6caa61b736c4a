# loa info FILE...: length (h:mm:ss), loudness, true peak, tags, the
# synthetic-voice mark and the approval status of existing files, read
# from real renders and a real station database; and loa check's warning
# for a script whose id is not its file's name.
. tests/e2e/lib.sh

P=$TMP/p
"$LOA" init "$P" >/dev/null || { not_ok "loa init"; finish; }
cd "$P"
DB=$TMP/station.db
S=scripts/luat-tri-tue-nhan-tao.yaml
C=schedules/communes/p.yaml
ffmpeg -v error -f lavfi -i "sine=f=440:d=2" -c:a libmp3lame "$TMP/tone.mp3"

expect_exit 0 "approve a script" "$LOA" approve $S --commune $C --by "Thử" --examples --db "$DB" -q
approved=$(ls .loa/approved/*.mp3)
expect_exit 0 "render it again with another date tag" "$LOA" render $S --commune $C \
	--examples --date 2026-12-07 -o "$TMP/later.mp3" -q
expect_exit 0 "and the tone" true

"$LOA" info "$approved" --db "$DB" >"$TMP/out" 2>"$TMP/err"; rc=$?
[ $rc -eq 0 ] && ok "info exits 0" || not_ok "info exit $rc: $(cat "$TMP/err")"
secs=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$approved")
want=$(awk -v s="$secs" 'BEGIN { s = int(s + 0.5); printf "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60 }')
grep -q "^  duration: *$want (" "$TMP/out" && ok "duration as h:mm:ss ($want), as ffprobe measures" ||
	not_ok "duration: $(grep duration "$TMP/out"), wanted $want"
lufs=$(sed -n 's/^  loudness: *\(-[0-9.]*\) LUFS, true peak \(-[0-9.]*\) dBTP$/\1 \2/p' "$TMP/out")
set -- $lufs $(loudness "$approved")
[ $# -eq 4 ] && within "$1" "$3" 0.3 && within "$2" "$4" 0.5 &&
	ok "loudness and true peak agree with ffmpeg's ebur128 ($1/$3 LUFS, $2/$4 dBTP)" ||
	not_ok "loudness: '$lufs' against ffmpeg '$3 $4'"
grep -q "^  tag: *title=Luật Trí tuệ nhân tạo" "$TMP/out" && grep -q "^  tag: *LOA_SCRIPT=luat-tri-tue-nhan-tao$" "$TMP/out" &&
	ok "the tags" || not_ok "tags: $(grep tag: "$TMP/out" | head -n 3)"
grep -q "^  synthetic voice: marked (synthetic-speech; engine=eSpeak NG" "$TMP/out" &&
	ok "the synthetic-voice mark" || not_ok "mark: $(grep synthetic "$TMP/out")"
grep -Eq "^  approval: *in force \(approval 1\): luat-tri-tue-nhan-tao for p, approved by Thử at " "$TMP/out" &&
	ok "approved, with who and for which commune" || not_ok "approval: $(grep approval: "$TMP/out")"

"$LOA" info "$TMP/later.mp3" --db "$DB" >"$TMP/out" 2>&1
grep -q "date=2026-12-07" "$TMP/out" && grep -q "^  approval: *in force (approval 1)" "$TMP/out" &&
	ok "a copy with another date tag is the same approved audio" ||
	not_ok "later: $(grep 'approval:\|date=' "$TMP/out")"

"$LOA" info "$TMP/tone.mp3" --db "$DB" >"$TMP/out" 2>&1; rc=$?
[ $rc -eq 0 ] && grep -q "^  duration: *0:00:02 " "$TMP/out" &&
	grep -q "^  synthetic voice: NOT marked" "$TMP/out" &&
	grep -q "^  approval: *not approved" "$TMP/out" &&
	ok "a file Loa did not make: no mark, not approved" || not_ok "tone: $(cat "$TMP/out")"

"$LOA" revoke 1 --by "Trần Thị B" --reason "thử thu hồi" --db "$DB" >/dev/null
"$LOA" info "$approved" "$TMP/tone.mp3" --db "$DB" >"$TMP/out" 2>&1
grep -q "^  approval: *withdrawn (approval 1, withdrawn by row 2)" "$TMP/out" &&
	ok "after loa revoke: withdrawn" || not_ok "revoked: $(grep approval: "$TMP/out")"
[ "$(grep -c '^  duration:' "$TMP/out")" -eq 2 ] && ok "several files at once" || not_ok "several files"

"$LOA" info "$TMP/tone.mp3" --db "$TMP/none.db" >"$TMP/out" 2>&1; rc=$?
[ $rc -eq 0 ] && grep -q "^  approval: *unknown (no station database at $TMP/none.db)" "$TMP/out" &&
	[ ! -e "$TMP/none.db" ] && ok "no database: said, and none created" || not_ok "no db: $(cat "$TMP/out")"
printf 'not audio\n' >"$TMP/x.mp3"
expect_exit 1 "a file that is not audio" "$LOA" info "$TMP/x.mp3" --db "$DB"
stderr_matches "x\.mp3" "named"
expect_exit 2 "info without a file" "$LOA" info

# check: a copied script that kept the old id.
cp $S scripts/ban-sao.yaml
expect_exit 0 "check passes a copied script (a warning, not an error)" "$LOA" check scripts/ban-sao.yaml
line=$(grep -n "^id:" scripts/ban-sao.yaml | cut -d: -f1)
stderr_matches "^loa: scripts/ban-sao.yaml:$line:5: warning: the id 'luat-tri-tue-nhan-tao' is not the file's name 'ban-sao'" \
	"but warns at the id's line and column"
"$LOA" check $S >"$TMP/out" 2>&1
grep -q "warning" "$TMP/out" && not_ok "a script whose id is its name got a warning" || ok "no warning when they match"
finish
