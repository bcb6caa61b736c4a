# Fault injection, the quick part (issue 14): a full disk, a read-only
# output folder and two builds on one folder.  Each asserts that every
# file at a final name is whole and that a rerun gives correct outputs.
# The kill -9 loops are in tests/e2e/faults_kill.sh (make check only).
. tests/e2e/lib.sh
R=$TMP/p
small_project "$R"
REF=$TMP/ref
expect_exit 0 "reference build" loa_build "$R" -o "$REF" -q
sums "$REF" >"$TMP/ref.sums"
whole() { outputs_whole "$1" "$TMP/ref.sums"; }

M=$TMP/mnt
mkdir -p "$M"
if [ "$(id -u)" -ne 0 ]; then
	echo "ok - # SKIP a full disk and a read-only folder need a tmpfs mounted as root"
elif ! mount -t tmpfs -o size=1m tmpfs "$M" 2>/dev/null; then
	echo "ok - # SKIP a full disk and a read-only folder: root may not mount a tmpfs here"
else
	umount "$M"
	trap 'umount "$M" 2>/dev/null; rm -rf "$TMP"' EXIT
	for size in 100k 180k 600k; do
		mount -t tmpfs -o size=$size tmpfs "$M"
		expect_exit 4 "a full disk ($size) stops the build with its own status" loa_build "$R" -o "$M/o"
		stderr_matches "'$M/o/[^']+': .*No space left on device" \
			"the message names the file that could not be written ($size)"
		whole "$M/o" && ok "nothing partial on a full disk ($size)" ||
			{ not_ok "partial files on a full disk ($size)"; ls -laR "$M"; }
		mount -o remount,size=20m "$M"
		expect_exit 0 "with room again, the build completes ($size)" loa_build "$R" -o "$M/o" -q
		whole "$M/o" && [ -f "$M/o/tm/2026-W49/manifest.csv" ] &&
			ok "the outputs are the reference's ($size)" || not_ok "outputs after a full disk ($size)"
		umount "$M"
	done
	# --no-cache on a full disk keeps the cache entries it could not replace.
	mount -t tmpfs -o size=20m tmpfs "$M"
	loa_build "$R" -o "$M/o" -q
	dd if=/dev/zero of="$M/fill" bs=1k 2>/dev/null # until the disk is full
	before=$(cat "$M"/o/.cache/*.meta | sort)
	expect_exit 4 "--no-cache on a full disk fails" loa_build "$R" -o "$M/o" --no-cache
	[ "$(cat "$M"/o/.cache/*.meta | sort)" = "$before" ] && whole "$M/o" &&
		ok "--no-cache on a full disk leaves the cache and outputs whole" ||
		not_ok "--no-cache on a full disk damaged the cache"
	rm -f "$M/fill"
	# A read-only output folder: a clear message, nothing changed.
	mount -o remount,ro "$M"
	expect_exit 4 "a read-only output folder" loa_build "$R" -o "$M/o"
	stderr_matches "cannot write to the output folder '$M/o' \(Read-only file system\)" \
		"the message names the folder and says why"
	expect_exit 4 "a new folder on a read-only disk" loa_build "$R" -o "$M/new"
	stderr_matches "cannot create '$M/new': Read-only file system" "the message names it"
	umount "$M"
fi
# Without root, a folder without write permission (root ignores modes).
if [ "$(id -u)" -ne 0 ]; then
	cp -r "$REF" "$TMP/ro" && chmod -R a-w "$TMP/ro"
	expect_exit 4 "an output folder without write permission" loa_build "$R" -o "$TMP/ro"
	stderr_matches "cannot write to the output folder" "the message names the folder"
	chmod -R u+w "$TMP/ro"
fi

# Two builds on one folder at once: one waits its turn or is refused in
# plain words; either way the outputs are the reference's.
T=$TMP/two
for trial in 1 2 3; do
	rm -rf "$T"
	loa_build "$R" -o "$T" --no-cache >"$TMP/one.out" 2>"$TMP/one.err" &
	p1=$!
	loa_build "$R" -o "$T" --no-cache >"$TMP/two.out" 2>"$TMP/two.err" &
	p2=$!
	wait $p1; r1=$?
	wait $p2; r2=$?
	good=1
	for x in "$r1:one" "$r2:two"; do
		case "$x" in
		0:*) ;;
		1:*) grep -q "another 'loa build' is writing to '$T'; wait until it ends" \
			"$TMP/${x#*:}.err" || good=0 ;;
		*) good=0 ;;
		esac
	done
	[ $good -eq 1 ] && [ $((r1 + r2)) -le 1 ] && ok "two builds at once: $r1 and $r2, refusal in plain words ($trial)" ||
		{ not_ok "two builds at once ($trial): exits $r1 $r2"; cat "$TMP/one.err" "$TMP/two.err"; }
	whole "$T" && [ -f "$T/tm/2026-W49/manifest.csv" ] &&
		ok "two builds at once: outputs correct ($trial)" || not_ok "two builds at once: outputs ($trial)"
done

# A database whose approvals table was rebuilt without its constraints:
# listed without a crash, and refused by verify at the damaged row.
cp "$R/loa.db" "$TMP/tampered.db"
sqlite3 "$TMP/tampered.db" <"$ROOT/tests/crash_vectors/stationdb/null-kind"
expect_exit 0 "loa approvals lists a tampered database (no kind, no time)" \
	"$LOA" approvals --db "$TMP/tampered.db"
expect_exit 1 "loa verify refuses it" "$LOA" verify --db "$TMP/tampered.db"
stderr_matches "row 1 does not match" "verify names the damaged row"
finish
