# Fault injection, the slow part (issue 14; make check only, about a
# minute, longer under the sanitizers): kill -9 of
# 'loa build' and of 'loa approve' at random moments, in a loop.  After
# every kill, each file at a final name is whole and each output that
# existed before is unchanged (hashes); the station database opens and
# its chain verifies; a rerun completes and verifies.
. tests/e2e/lib.sh
[ "${LOA_SLOW:-}" = 1 ] || { echo "# slow: run by 'make check' only"; finish; }
TRIALS=${LOA_KILL_TRIALS:-15}
R=$TMP/p
small_project "$R"
REF=$TMP/ref
expect_exit 0 "reference build" loa_build "$R" -o "$REF" -q
sums "$REF" >"$TMP/ref.sums"

now_ms() { echo $(($(date +%s%N) / 1000000)); }
# random_s MS: a random delay of 0 to MS milliseconds, in seconds
random_s() { od -An -N2 -tu2 /dev/urandom | awk -v m="$1" '{ printf "%.3f", ($1 % (m + 1)) / 1000 }'; }
# kill_after S CMD...: starts CMD (a program, not a shell function, so
# that the kill reaches it), kills it with SIGKILL after S seconds
kill_after() {
	s=$1; shift
	"$@" >/dev/null 2>&1 &
	p=$!
	sleep "$s"
	kill -9 $p 2>/dev/null
	wait $p 2>/dev/null
	sleep 0.2 # the workers, told by the kernel, stop and clean up
}
# duration_ms CMD...: how long CMD takes, to spread the kills over it
duration_ms() { t=$(now_ms); "$@" >/dev/null 2>&1; echo $(($(now_ms) - t)); }

# build: into a complete folder (every output must stay intact) and into
# a fresh one (nothing partial), with --no-cache so that there is work.
WEEK="--root $R $R/schedules/tm.yaml --week 2026-W49"
O=$TMP/o
cp -a "$REF" "$O"
D=$(duration_ms loa_build "$R" -o "$O" --no-cache)
echo "# a --no-cache build takes about $D ms; kills spread over 0..$((D + D / 5)) ms"
bad_o=0 bad_f=0 bad_db=0
for t in $(seq 1 "$TRIALS"); do
	kill_after "$(random_s $((D + D / 5)))" "$LOA" build $WEEK -o "$O" --no-cache
	[ "$(sums "$O")" = "$(cat "$TMP/ref.sums")" ] && outputs_whole "$O" "$TMP/ref.sums" tmp ||
		{ bad_o=$((bad_o + 1)); echo "# trial $t: an existing output changed"; }
	rm -rf "$TMP/f"
	kill_after "$(random_s $((D + D / 5)))" "$LOA" build $WEEK -o "$TMP/f"
	outputs_whole "$TMP/f" "$TMP/ref.sums" tmp ||
		{ bad_f=$((bad_f + 1)); echo "# trial $t: a partial file in a fresh folder"; }
	"$LOA" verify --root "$R" >/dev/null 2>&1 || bad_db=$((bad_db + 1))
	expect_exit 0 "rerun after kill $t" loa_build "$R" -o "$TMP/f" -q
	outputs_whole "$TMP/f" "$TMP/ref.sums" && [ "$(sums "$TMP/f")" = "$(cat "$TMP/ref.sums")" ] ||
		{ bad_f=$((bad_f + 1)); echo "# trial $t: the rerun's outputs differ"; }
done
[ $bad_o -eq 0 ] && ok "$TRIALS kills of a rebuild: every existing output intact" ||
	not_ok "kills of a rebuild: $bad_o of $TRIALS changed an output"
[ $bad_f -eq 0 ] && ok "$TRIALS kills of a fresh build: nothing partial, reruns complete" ||
	not_ok "kills of a fresh build: $bad_f failures"
[ $bad_db -eq 0 ] && ok "the database verifies after every killed build" || not_ok "database after kills"
expect_exit 0 "a last rebuild of the killed folder" loa_build "$R" -o "$O" -q
outputs_whole "$O" "$TMP/ref.sums" && ok "no temporary file is left after it" || not_ok "temporary files remain"
expect_exit 0 "loa verify checks every segment against manifest and approval" \
	"$LOA" verify --root "$R" "$O"

# approve: one row per run or none, the chain intact, the renders whole.
rows() { "$LOA" approvals --root "$R" --format csv 2>/dev/null | tail -n +2 | wc -l; }
D=$(duration_ms "$LOA" approve --root "$R" "$R/scripts/a.yaml" --commune "$R/schedules/tm.yaml" --by test -q)
rm -rf "$R/.loa"
DR=$(duration_ms "$LOA" approve --root "$R" "$R/scripts/a.yaml" --commune "$R/schedules/tm.yaml" --by test -q)
[ "$DR" -gt "$D" ] && D=$DR
echo "# an approval takes up to $D ms (rendering included)"
bad=0
for t in $(seq 1 "$TRIALS"); do
	before=$(rows)
	[ $((t % 2)) -eq 0 ] && rm -rf "$R/.loa" # half the trials render anew
	kill_after "$(random_s $((D + D / 5)))" "$LOA" approve --root "$R" "$R/scripts/b.yaml" \
		--commune "$R/schedules/tm.yaml" --by test --note "kill $t" -q
	after=$(rows)
	"$LOA" approvals --root "$R" >/dev/null 2>&1 && "$LOA" verify --root "$R" >/dev/null 2>&1 &&
	[ "$after" -ge "$before" ] && [ "$after" -le $((before + 1)) ] || {
		bad=$((bad + 1)); echo "# trial $t: rows $before -> $after, or the chain does not verify"; }
	for f in "$R"/.loa/approved/*.mp3; do
		[ -e "$f" ] || continue
		ffmpeg -v error -xerror -i "$f" -f null - >/dev/null 2>&1 ||
			{ bad=$((bad + 1)); echo "# trial $t: '$f' does not decode"; }
	done
done
[ $bad -eq 0 ] && ok "$TRIALS kills of 'loa approve': one row or none, chain intact, renders whole" ||
	not_ok "kills of 'loa approve': $bad failures"
expect_exit 0 "approve after the kills" "$LOA" approve --root "$R" "$R/scripts/b.yaml" \
	--commune "$R/schedules/tm.yaml" --by test -q
expect_exit 0 "the chain verifies" "$LOA" verify --root "$R"
finish
