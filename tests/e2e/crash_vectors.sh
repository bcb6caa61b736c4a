# Every input under tests/crash_vectors/HARNESS/ is fed to the fuzz
# harness's entry point (tests/fuzz/), without libFuzzer; run in the
# normal and the sanitizer build.  The bundled files go through each
# harness too, so that a harness that stopped building or loading fails
# here rather than in a later fuzzing session.
. tests/e2e/lib.sh
B=${LOA_BUILD:-$ROOT/build}

replay() { # HARNESS FILE: one input, within 60 s
	if [ ! -x "$B/fuzz/replay_$1" ]; then
		not_ok "$1: no replay program $B/fuzz/replay_$1"
		return
	fi
	timeout 60 "$B/fuzz/replay_$1" "$2" >"$TMP/out" 2>&1
	rc=$?
	if [ "$rc" -eq 0 ]; then ok "$1: ${2#"$ROOT"/}"; else
		not_ok "$1: ${2#"$ROOT"/} (exit $rc)"
		sed 's/^/#   /' "$TMP/out" | head -n 20
	fi
}

n=0
for dir in "$ROOT"/tests/crash_vectors/*/; do
	h=$(basename "$dir")
	for f in "$dir"*; do
		[ -f "$f" ] || continue
		replay "$h" "$f"
		n=$((n + 1))
	done
done
[ "$n" -gt 0 ] && ok "$n crash vectors replayed" || not_ok "no crash vectors found"

replay script "$ROOT/scripts/lua-dao-truc-tuyen.yaml"
replay commune "$ROOT/schedules/communes/tien-minh.yaml"
replay lexicon "$ROOT/scripts/lexicon.yaml"
replay schedule "$ROOT/schedules/hai-phong.yaml"
replay plan "$ROOT/schedules/tien-minh.yaml"
replay policy "$ROOT/docs/examples/policy-ha-noi.yaml"
for f in "$ROOT"/tests/fuzz/seeds/*/*; do
	replay "$(basename "$(dirname "$f")")" "$f"
done
printf 'nUBND xã gọi 113 lúc 6h30 ngày 30/4/2026.\n' >"$TMP/text"
replay normalize "$TMP/text"
finish
