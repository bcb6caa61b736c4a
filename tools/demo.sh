#!/bin/sh
# make demo: render every bundled campaign script for every bundled commune
# into out/COMMUNE/SCRIPT.mp3, then build the example week when schedules
# and 'loa build' are available.
set -u
cd "$(dirname "$0")/.."
failed=0
for commune in schedules/communes/*.yaml; do
	[ -e "$commune" ] || continue
	id=$(basename "$commune" .yaml)
	mkdir -p "out/$id"
	for script in scripts/*.yaml; do
		[ "$(basename "$script")" = lexicon.yaml ] && continue
		./loa render "$script" --commune "$commune" \
			-o "out/$id/$(basename "$script" .yaml).mp3" || failed=1
	done
done
if [ -e schedules/tien-minh.yaml ] && ./loa help build >/dev/null 2>&1 &&
   ! ./loa build --help 2>&1 | grep -q "not implemented"; then
	./loa build schedules/tien-minh.yaml schedules/nghi-duong.yaml \
		schedules/duong-kinh.yaml schedules/thu-lam.yaml \
		--week 2026-W49 -o out/week -j 2 || failed=1
fi
[ "$failed" -eq 0 ] && echo "demo: outputs in out/"
exit "$failed"
