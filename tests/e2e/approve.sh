# loa approve, approvals, revoke: real renders into a real SQLite file;
# rows only ever added; a SIGKILL at any moment loses nothing committed.
. tests/e2e/lib.sh
R=$TMP/root
mkdir -p "$R/scripts" "$R/schedules/communes"
unset LOA_DB
cat >"$R/scripts/a.yaml" <<'EOF2'
id: a
title: Tin a
topic: other
parts:
  - say: Kính thưa bà con {{commune.name}}.
  - pause: 1s
EOF2
profile() { # id name [extra line]
	printf 'id: %s\nkind: xã\nname: %s\ncity: thành phố Hải Phòng\noffice: UBND %s\npolice_phone: "0225 3999 101"\nhotline: "113"\n%s\n' \
		"$1" "$2" "$2" "${3:-}" >"$R/schedules/communes/$1.yaml"
}
profile tm "xã Tiên Minh"
profile ex "xã Ví Dụ" "example_contacts: true"
cat >"$R/schedules/city.yaml" <<'EOF2'
communes:
  - profile: {id: c1, kind: xã, name: xã Một, city: thành phố Hải Phòng, office: UBND xã Một, police_phone: "0225 3999 102", hotline: "113"}
  - profile: {id: c2, kind: xã, name: xã Hai, city: thành phố Hải Phòng, office: UBND xã Hai, police_phone: "0225 3999 103", hotline: "113"}
template:
  slots:
    - id: sang
      days: [mon]
      start: "06:30"
      length: 5m
      play: [a]
EOF2
approve() { "$LOA" approve --root "$R" "$@"; }
q() { sqlite3 "$R/loa.db" "$1"; }

expect_exit 0 "approve one script for one commune" \
	approve "$R/scripts/a.yaml" --commune "$R/schedules/communes/tm.yaml" \
	--by "Nguyễn Văn A" --note "đã nghe"
grep -q "^approval 1: a for tm by Nguyễn Văn A, audio [0-9a-f]\{64\}$" "$TMP/out" &&
	ok "prints the approval id and the audio hash" || not_ok "approve output: $(cat "$TMP/out")"
[ -f "$R/loa.db" ] && ok "the database is ROOT/loa.db by default" || not_ok "no ROOT/loa.db"
f=$(ls "$R"/.loa/approved/*.mp3 | head -n 1)
[ "$(sha256sum "$f" | cut -c1-64)" = "$(q 'SELECT audio_sha FROM approvals WHERE id = 1')" ] &&
	ok "the recorded audio hash is the rendered file's" || not_ok "audio hash differs"
[ "$(q 'SELECT commune_values FROM approvals WHERE id = 1')" = "commune.name=xã Tiên Minh" ] &&
	ok "records the commune values the script uses" || not_ok "commune values: $(q 'SELECT commune_values FROM approvals')"
[ "$(q 'SELECT script_sha FROM approvals WHERE id = 1')" = "$(sha256sum "$R/scripts/a.yaml" | cut -c1-64)" ] &&
	ok "records the script file's hash" || not_ok "script hash"
q "SELECT at FROM approvals WHERE id = 1" | grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}\+07:00$' &&
	ok "the time is local, +07:00" || not_ok "time: $(q 'SELECT at FROM approvals')"
mtime=$(stat -c %Y "$f")
expect_exit 0 "approving the same content again reuses the render" \
	approve "$R/scripts/a.yaml" --commune "$R/schedules/communes/tm.yaml" --by B
[ "$(stat -c %Y "$f")" = "$mtime" ] && [ "$(ls "$R"/.loa/approved/*.mp3 | wc -l)" -eq 1 ] &&
	ok "no second render" || not_ok "rendered again"
[ "$(cut -d' ' -f2 "${f%.mp3}.meta")" = "$(q 'SELECT audio_sha FROM approvals WHERE id = 1')" ] &&
	ok "the saved render is sealed by its SHA-256 in .meta" || not_ok "no .meta record"
expect_exit 0 "a city file approves every commune in one command" \
	approve "$R/scripts/a.yaml" --commune "$R/schedules/city.yaml" --by C
[ "$(q "SELECT count(DISTINCT audio_sha) FROM approvals WHERE commune_id IN ('c1','c2')")" = 2 ] &&
	ok "one row per commune, each with its own audio hash" || not_ok "city rows"
expect_exit 0 "--commune all --schedule FILE says the same" \
	approve "$R/scripts/a.yaml" --commune all --schedule "$R/schedules/city.yaml" --by C
[ "$(q 'SELECT count(*) FROM approvals')" = 6 ] && ok "six rows" || not_ok "rows: $(q 'SELECT count(*) FROM approvals')"

expect_exit 1 "a profile with example numbers needs --examples" \
	approve "$R/scripts/a.yaml" --commune "$R/schedules/communes/ex.yaml" --by D
stderr_matches "example_contacts: true.*--examples" "and says so"
[ "$(q 'SELECT count(*) FROM approvals')" = 6 ] && ok "and records nothing" || not_ok "recorded a row"
expect_exit 0 "with --examples it is recorded as an example" \
	approve "$R/scripts/a.yaml" --commune "$R/schedules/communes/ex.yaml" --by D --examples
[ "$(q 'SELECT example FROM approvals WHERE id = 7')" = 1 ] && ok "marked example" || not_ok "not marked"
expect_exit 2 "--by is required" approve "$R/scripts/a.yaml" --commune "$R/schedules/communes/tm.yaml"
expect_exit 2 "an approval takes no --date" \
	approve "$R/scripts/a.yaml" --commune "$R/schedules/communes/tm.yaml" --by A --date 2026-12-01
expect_exit 1 "a missing script is refused" \
	approve "$R/scripts/none.yaml" --commune "$R/schedules/communes/tm.yaml" --by A

expect_exit 0 "revoke adds a row" "$LOA" revoke 1 --by "Trần B" --reason "số sai" --root "$R"
[ "$(q "SELECT kind, revokes, note FROM approvals WHERE id = 8")" = "revoke|1|số sai" ] &&
	ok "the revocation names the approval and the reason" || not_ok "revocation row"
expect_exit 1 "an approval is withdrawn once" "$LOA" revoke 1 --by X --reason Y --root "$R"
expect_exit 1 "an unknown id is refused" "$LOA" revoke 99 --by X --reason Y --root "$R"
expect_exit 2 "a reason is required" "$LOA" revoke 2 --by X --root "$R"
expect_exit 0 "approvals lists" "$LOA" approvals --root "$R" --commune tm
grep -q "withdrawn (8)" "$TMP/out" && grep -q "reason\|note: đã nghe" "$TMP/out" &&
	ok "shows the withdrawn approval and the note" || not_ok "list: $(cat "$TMP/out")"
[ "$(grep -c ' tm ' "$TMP/out")" = 2 ] && ok "only tm's rows" || not_ok "filter"
expect_exit 0 "approvals --format csv" "$LOA" approvals --root "$R" --format csv --script a
[ "$(head -n 1 "$TMP/out" | cut -d, -f1-4)" = "id,kind,at,by" ] && [ "$(wc -l <"$TMP/out")" = 8 ] &&
	ok "a header and one line per approval" || not_ok "csv: $(cat "$TMP/out")"

if sqlite3 "$R/loa.db" "UPDATE approvals SET by = 'X' WHERE id = 1" 2>"$TMP/err"; then
	not_ok "sqlite3 could UPDATE a row"; else ok "sqlite3 cannot UPDATE a row"; fi
stderr_matches "never changed" "the trigger says why"
if sqlite3 "$R/loa.db" "DELETE FROM approvals WHERE id = 1" 2>"$TMP/err"; then
	not_ok "sqlite3 could DELETE a row"; else ok "sqlite3 cannot DELETE a row"; fi
[ "$(q "SELECT by FROM approvals WHERE id = 1")" = "Nguyễn Văn A" ] && ok "row 1 unchanged" || not_ok "row 1 changed"

export LOA_DB="$TMP/env.db"
expect_exit 1 "approvals refuses a database that is not there" "$LOA" approvals --root "$R"
stderr_matches "env.db: no station database here" "and says so"
[ ! -e "$TMP/env.db" ] && ok "without creating it" || not_ok "created a database"
tm="$R/schedules/communes/tm.yaml"
expect_exit 0 "LOA_DB chooses the database" approve "$R/scripts/a.yaml" --commune "$tm" --by E
[ "$(sqlite3 "$TMP/env.db" 'SELECT count(*) FROM approvals')" = 1 ] && ok "recorded there" || not_ok "LOA_DB ignored"
expect_exit 0 "--db beats LOA_DB" approve "$R/scripts/a.yaml" --commune "$tm" --by E --db "$TMP/opt.db"
[ "$(sqlite3 "$TMP/opt.db" 'SELECT count(*) FROM approvals')" = 1 ] &&
	[ "$(sqlite3 "$TMP/env.db" 'SELECT count(*) FROM approvals')" = 1 ] && ok "recorded there" || not_ok "--db ignored"
unset LOA_DB
printf 'not a database at all, just text........................................................................................' >"$TMP/bad.db"
expect_exit 1 "a file that is not a database is refused" "$LOA" approvals --db "$TMP/bad.db"

# SIGKILL at different moments: what committed stays, the rest is absent.
for delay in 0.05 0.3 0.8 1.5; do
	rm -rf "$R/.loa/approved"
	"$LOA" approve --root "$R" "$R/scripts/a.yaml" --commune "$R/schedules/city.yaml" --by K >/dev/null 2>&1 &
	pid=$!
	sleep "$delay"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	[ "$(q 'PRAGMA integrity_check')" = ok ] || not_ok "integrity after a kill at ${delay}s"
	expect_exit 0 "loa verify after a kill at ${delay}s" "$LOA" verify --root "$R"
done
n=$(q 'SELECT count(*) FROM approvals')
[ $(( (n - 8) % 2 )) -eq 0 ] && ok "a city approval is all its rows or none ($n rows)" || not_ok "a half approval: $n rows"
expect_exit 0 "the next run works" \
	approve "$R/scripts/a.yaml" --commune "$R/schedules/city.yaml" --by K
# A city's renders in worker processes: the same rows, in the same order.
cols='commune_id, script_sha, commune_values, assets, settings, spoken_sha, fingerprint, audio_sha, frames_sha'
for j in 1 2; do
	rm -rf "$R/.loa/approved"
	expect_exit 0 "a city approved with -j $j" \
		approve "$R/scripts/a.yaml" --commune "$R/schedules/city.yaml" --by J -j $j --db "$TMP/j$j.db"
	sqlite3 "$TMP/j$j.db" "SELECT $cols FROM approvals ORDER BY id" >"$TMP/rows$j"
	sqlite3 "$TMP/j$j.db" "SELECT id, commune_id FROM approvals ORDER BY id" >"$TMP/ids$j"
	cp "$TMP/out" "$TMP/out$j"
done
[ "$(cat "$TMP/ids1")" = "$(printf '1|c1\n2|c2')" ] && cmp -s "$TMP/rows1" "$TMP/rows2" &&
	ok "-j 2 records the same rows and hashes as -j 1, in order" ||
	not_ok "-j rows differ: $(diff "$TMP/rows1" "$TMP/rows2")"
cmp -s "$TMP/ids1" "$TMP/ids2" && ok "in the city file's order" || not_ok "order: $(cat "$TMP/ids2")"
cmp -s "$TMP/out1" "$TMP/out2" && ok "and prints the same" || not_ok "output differs"
# Each commune's approved audio is what the build renders for it (on the
# main of 2026-12-03 the second commune's differed: rendered after the
# first in one process), so the built city verifies.
expect_exit 0 "the approved city builds" "$LOA" build --root "$R" "$R/schedules/city.yaml" \
	--week 2026-W49 -o "$TMP/cityweek" --db "$TMP/j2.db" -q
expect_exit 0 "and verifies, every commune's audio the approved one" \
	"$LOA" verify --root "$R" --db "$TMP/j2.db" "$TMP/cityweek"
grep -q "2 segments, 0 differ" "$TMP/out" && ok "both segments match their approvals" || not_ok "verify: $(cat "$TMP/out")"
expect_exit 2 "-j 0 is refused" approve "$R/scripts/a.yaml" --commune "$R/schedules/city.yaml" --by J -j 0

# A damaged saved render is never approved, nor left to be aired.
good=$(q 'SELECT audio_sha FROM approvals WHERE id = 1')
last() { q 'SELECT audio_sha FROM approvals ORDER BY id DESC LIMIT 1'; }
expect_exit 0 "approve again (a render to damage)" \
	approve "$R/scripts/a.yaml" --commune "$R/schedules/communes/tm.yaml" --by B
byte=$(od -An -tu1 -j3000 -N1 "$f")
printf "\\$(printf %o $(( (byte + 1) % 256 )))" | dd of="$f" bs=1 seek=3000 conv=notrunc status=none
expect_exit 0 "approving over a damaged saved render" \
	approve "$R/scripts/a.yaml" --commune "$R/schedules/communes/tm.yaml" --by B
[ "$(last)" = "$good" ] &&
	ok "records the hash of a good render" || not_ok "approved the damaged render: $(last)"
[ "$(sha256sum "$f" | cut -c1-64)" = "$good" ] &&
	ok "the damaged file is replaced, not kept for the air" || not_ok "the damaged file is still there"
stderr_matches "$(basename "$f"): the saved render did not match its recorded SHA-256" "and says it rendered again"
echo "1e308 $good" >"${f%.mp3}.meta"
expect_exit 0 "a record out of bounds is not trusted either" \
	approve "$R/scripts/a.yaml" --commune "$R/schedules/communes/tm.yaml" --by B
stderr_matches "rendered again" "and is rendered again"
[ "$(last)" = "$good" ] && [ "$(sha256sum "$f" | cut -c1-64)" = "$good" ] &&
	ok "and records and keeps a good render" || not_ok "after a bad record: $(last)"
finish
