# The timed build (tools/loa-build.service, started by loa-build.timer):
# its ExecStart lines, run as systemd runs them in a fresh 'loa init'
# project, build this week and next into out/week (making out/), then
# place a script approved since the last run; a run while another build
# holds the folder is refused in plain words with its outputs untouched.
# loa build -o makes missing folders only inside the project.
. tests/e2e/lib.sh
unset LOA_DB
P=$TMP/tram
"$LOA" init "$P" >/dev/null 2>&1
sed -i '/example_contacts/d' "$P/schedules/communes/tram.yaml"
for s in a b; do
	printf 'id: %s\ntitle: Tin %s\ntopic: other\nparts:\n  - say: Xin chào bà con.\n' \
		"$s" "$s" >"$P/scripts/$s.yaml"
done
printf 'commune: tram\nslots:\n  - id: sang\n    days: [mon, tue, wed, thu, fri, sat, sun]\n    start: "06:00"\n    length: 5m\n    play: [a, b]\n' \
	>"$P/schedules/tram.yaml"
this=$(TZ=Asia/Ho_Chi_Minh date +%G-W%V)
next=$(TZ=Asia/Ho_Chi_Minh date -d '+7 days' +%G-W%V)

# The unit's commands, /usr/bin/loa being this build's, in the project as
# WorkingDirectory; $LOA_BUILD_ARGS split on blanks as systemd does.
unit=tools/loa-build.service
sed -n 's|^ExecStart=/usr/bin/loa |"$LOA" |p' "$unit" >"$TMP/exec"
good=$(sed -n 's/^SuccessExitStatus=//p' "$unit")
[ "$(wc -l <"$TMP/exec")" -eq 2 ] && grep -q -- '--week this' "$TMP/exec" &&
	grep -q -- '--week next' "$TMP/exec" && ok "the unit builds this week and next" ||
	not_ok "the unit's ExecStart lines: $(cat "$TMP/exec")"
# Runs the unit once: 0 when every command ended 0 or in SuccessExitStatus.
run_unit() {
	codes=""
	while read -r line; do
		(cd "$P" && LOA_BUILD_ARGS=schedules/tram.yaml eval "$line") \
			>>"$TMP/out" 2>>"$TMP/err"
		codes="$codes $?"
	done <"$TMP/exec"
	for c in $codes; do
		case " 0 $good " in *" $c "*) ;; *) return 1 ;; esac
	done
}
manifest() { echo "$P/out/week/tram/$1/manifest.csv"; }

[ ! -e "$P/out" ] && ok "a fresh project has no out/" || not_ok "out/ already there"
run_unit && ok "the unit's run succeeds with nothing approved (codes:$codes)" ||
	not_ok "the unit's run with nothing approved (codes:$codes)"
grep -q "a for tram: never approved" "$TMP/err" && ok "what awaits approval is in the journal" ||
	not_ok "no awaiting message: $(head -n 3 "$TMP/err")"
[ -f "$(manifest "$this")" ] && [ -f "$(manifest "$next")" ] &&
	ok "out/week made, $this and $next built" || not_ok "weeks built: $(ls -R "$P/out" | head)"

"$LOA" approve --root "$P" "$P/scripts/a.yaml" --commune "$P/schedules/communes/tram.yaml" \
	--by "Nguyễn Văn A" -q >/dev/null 2>&1
run_unit && grep -q ",a,Tin a," "$(manifest "$this")" && grep -q ",a,Tin a," "$(manifest "$next")" &&
	! grep -q ",b,Tin b," "$(manifest "$this")" &&
	ok "the next run places the approved script in both weeks, not the other" ||
	not_ok "after approving a (codes:$codes): $(cat "$(manifest "$this")")"

# Another build holds the folder's lock (a POSIX record lock, as loa
# build takes it): the unit's run is refused in plain words and changes
# nothing; once the lock is gone, the same run places script b.
"$LOA" approve --root "$P" "$P/scripts/b.yaml" --commune "$P/schedules/communes/tram.yaml" \
	--by "Nguyễn Văn A" -q >/dev/null 2>&1
cp "$(manifest "$this")" "$TMP/before"
mkfifo "$TMP/ready" "$TMP/release"
exec 3<>"$TMP/release"  # read-write: opening it does not wait for a reader
/usr/bin/python3 -c '
import fcntl, sys
f = open(sys.argv[1], "a")
fcntl.lockf(f, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.readline()' "$P/out/week/.lock" <"$TMP/release" >"$TMP/ready" &
holder=$!
read -r word <"$TMP/ready"
: >"$TMP/err"
run_unit && [ "$word" = held ] && ok "a run while the folder is held does not fail the unit (codes:$codes)" ||
	not_ok "a run while held ($word; codes:$codes)"
echo go >&3
wait $holder
exec 3>&-
grep -q "another 'loa build' is writing to 'out/week'; wait until it ends" "$TMP/err" &&
	ok "the refusal says so in plain words" || not_ok "the refusal: $(cat "$TMP/err")"
cmp -s "$TMP/before" "$(manifest "$this")" && ok "the held week is untouched" ||
	not_ok "the held week changed"
run_unit && grep -q ",b,Tin b," "$(manifest "$this")" &&
	ok "the next run places the script approved meanwhile" || not_ok "after the lock (codes:$codes)"

# -o makes missing parents inside the project, refuses them outside.
build() { (cd "$P" && "$LOA" build schedules/tram.yaml --week this -q "$@"); }
expect_exit 0 "-o out/a/b/week in the project: made" build -o out/a/b/week
[ -f "$P/out/a/b/week/tram/$this/manifest.csv" ] && ok "and built there" || not_ok "out/a/b/week"
expect_exit 1 "-o a missing folder outside the project" build -o "$TMP/elsewhere/week"
stderr_matches "cannot create '$TMP/elsewhere/week': its folder does not exist, and loa build makes missing folders only inside the project" \
	"the message names the folder and says why"
expect_exit 1 "-o ../ a missing folder outside the project" build -o ../elsewhere/week
[ ! -e "$TMP/elsewhere" ] && ok "nothing made outside the project" || not_ok "$TMP/elsewhere made"
mkdir "$TMP/there"
expect_exit 0 "-o a new folder in an existing one outside the project, as before" \
	build -o "$TMP/there/week"
finish
