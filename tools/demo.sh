#!/bin/sh
# make demo: render every bundled campaign script for every bundled commune
# into out/COMMUNE/SCRIPT.mp3, approve the example week's scripts, build
# the week and verify it against the approvals.
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
# The week is approved explicitly, by a named demo approver, into
# out/loa.db; the bundled profiles carry example numbers, hence --examples.
week="schedules/tien-minh.yaml schedules/nghi-duong.yaml
	schedules/duong-kinh.yaml schedules/thu-lam.yaml"
for schedule in $week; do
	for script in scripts/*.yaml; do
		[ "$(basename "$script")" = lexicon.yaml ] && continue
		./loa approve "$script" --commune "$schedule" --examples -q \
			--by "Demo approver (make demo)" --db out/loa.db \
			>/dev/null || failed=1
	done
done
# shellcheck disable=SC2086 # $week is a list of paths without spaces
./loa build $week --week 2026-W49 -o out/week -j 2 --examples --db out/loa.db || failed=1
./loa verify --db out/loa.db out/week || failed=1
[ "$failed" -eq 0 ] && echo "demo: outputs in out/"
exit "$failed"
