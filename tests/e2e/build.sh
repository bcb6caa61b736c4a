# loa build: files, playlists and manifests on disk, cache hits and
# invalidation, byte-identical rebuilds, interrupted builds, bad input.
. tests/e2e/lib.sh
PY=/usr/bin/python3
R=$TMP/root
O=$TMP/out-dir
mkdir -p "$R/scripts" "$R/schedules/communes"
script() { # id text: a short script; the pauses give it some length
	cat >"$R/scripts/$1.yaml" <<EOF
id: $1
title: "Tin $1, thử"
topic: other
parts:
  - say: $2 {{commune.name}}.
  - pause: 2s
  - say: Xin cảm ơn bà con.
EOF
}
script a "Kính thưa bà con"
script b "Thông báo của"
script c "Bà con lưu ý"
profile() { # id name
	cat >"$R/schedules/communes/$1.yaml" <<EOF
id: $1
kind: xã
name: $2
city: thành phố Hải Phòng
office: UBND $2
police_phone: "0225 3999 101"
hotline: "113"
EOF
}
profile tm "xã Tiên Minh"
profile nd "xã Nghi Dương"
cat >"$R/schedules/tm.yaml" <<'EOF'
commune: tm
valid_from: 2026-11-30
zones: {t1: Thôn Nhân Giả}
slots:
  - id: sang
    name: Bản tin sáng
    days: [mon, wed, fri]
    start: "06:30"
    length: 5m
    zones: [t1]
    play:
      - rotate: [a, b]
      - c
EOF
cat >"$R/schedules/nd.yaml" <<'EOF'
commune: nd
slots:
  - id: toi
    days: [tue]
    start: "19:00"
    length: 5m
    play: [a]
EOF
cat >"$R/schedules/bad.yaml" <<'EOF'
commune: tm
slots:
  - id: sang
    days: daily
    start: "06:00"
    length: 5m
    play: [no-such-script]
EOF
# Only approved content is built (tests/e2e/approved_build.sh tests that):
# here every script is approved for each schedule's commune first.
approve_for() { # schedule files: every script approved for their communes
	for a in "$@"; do
		case "$a" in "$R"/schedules/*.yaml) ;; *) continue ;; esac
		for s in "$R"/scripts/*.yaml; do
			"$LOA" approve --root "$R" "$s" --commune "$a" --by test \
				-q >/dev/null 2>&1
		done
	done
}
build() { approve_for "$@"; "$LOA" build --root "$R" "$@"; }
W=$O/tm/2026-W49

expect_exit 0 "build two communes, -j 2" build "$R/schedules/tm.yaml" "$R/schedules/nd.yaml" --week 2026-W49 -o "$O" -j 2
# tm: Mon a+c, Wed b+c, Fri a+c = 6 segments, 3 renders; nd: 1 segment.
grep -q "7 segments of 2 communes" "$TMP/out" && grep -q "4 rendered, 0 from the cache" "$TMP/out" &&
	ok "7 segments, 4 renders (one per commune, script and week)" || { not_ok "counts"; cat "$TMP/out"; }
[ -f "$W/2026-11-30_0630_sang_1_a.mp3" ] && [ -f "$W/2026-12-02_0630_sang_2_c.mp3" ] &&
[ -f "$O/nd/2026-W49/2026-12-01_1900_toi_1_a.mp3" ] &&
	ok "segments named date_time_slot_position_script" || { not_ok "names"; ls -R "$O"; }
cmp -s "$W/2026-11-30_0630_sang_2_c.mp3" "$W/2026-12-04_0630_sang_2_c.mp3" &&
[ "$(ls "$O/.cache" | grep -c '\.meta$')" -eq 4 ] &&
	ok "a script aired twice in a week is one render" || not_ok "shared render"
[ "$(stat -c %h "$W/2026-11-30_0630_sang_2_c.mp3")" -eq 1 ] &&
	ok "segments are copies, not hard links to the cache" || not_ok "segment shares its inode"
ls -A "$O"/*/*/ "$O/.cache" | grep -q '\.tmp' && not_ok "temporary files left" || ok "no temporary files left"
[ "$(probe "$W/2026-11-30_0630_sang_1_a.mp3" format_tags=date)" = 2026-11-30 ] &&
	ok "ID3 date is the Monday of the week" || not_ok "date tag"

$PY - "$O" <<'EOF' && ok "manifests and playlists match the files on disk" || not_ok "manifest/playlists"
import csv, hashlib, json, os, subprocess, sys
out = sys.argv[1]
for commune, n in (("tm", 6), ("nd", 1)):
    d = os.path.join(out, commune, "2026-W49")
    raw = open(os.path.join(d, "manifest.csv"), "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    js = json.load(open(os.path.join(d, "manifest.json"), encoding="utf-8"))
    assert len(rows) == n == len(js["segments"]), (len(rows), n)
    for r, j in zip(rows, js["segments"]):
        p = os.path.join(d, r["file"])
        assert hashlib.sha256(open(p, "rb").read()).hexdigest() == r["sha256"] == j["sha256"]
        dur = float(subprocess.check_output(["ffprobe", "-v", "error", "-show_entries",
            "format=duration", "-of", "csv=p=0", p]))
        assert abs(dur - float(r["duration_s"])) < 0.2, (dur, r)
        assert r["commune"] == commune and r["script"] == j["script"]
    if commune == "tm":
        assert rows[0]["zones"] == "Thôn Nhân Giả" and rows[0]["title"] == "Tin a, thử"
        assert rows[0]["start"] == "2026-11-30T06:30:00+07:00"
        # The second segment starts when the first ends.
        assert rows[1]["start"] > rows[0]["start"]
    listed = set()
    for pl in os.listdir(d):
        if not pl.endswith(".m3u8"):
            continue
        lines = open(os.path.join(d, pl), encoding="utf-8").read().splitlines()
        assert lines[0] == "#EXTM3U"
        for l in lines:
            if l and not l.startswith("#"):
                assert os.path.isfile(os.path.join(d, l)), l
                listed.add(l)
    assert listed == {r["file"] for r in rows}
assert len([p for p in os.listdir(os.path.join(out, "tm", "2026-W49")) if p.endswith(".m3u8")]) == 6
EOF

expect_exit 0 "rebuild with nothing changed" build "$R/schedules/tm.yaml" "$R/schedules/nd.yaml" --week 2026-W49 -o "$O" -j 2
grep -q "0 rendered, 4 from the cache" "$TMP/out" && ok "rebuild renders nothing" || { not_ok "rebuild"; cat "$TMP/out"; }

cp "$W/2026-11-30_0630_sang_1_a.mp3" "$TMP/a-before.mp3"
script b "Thông báo mới của"
expect_exit 0 "rebuild after changing script b" build "$R/schedules/tm.yaml" "$R/schedules/nd.yaml" --week 2026-W49 -o "$O"
grep -q "1 rendered, 3 from the cache" "$TMP/out" && ok "only b's segments re-render" || { not_ok "invalidation"; cat "$TMP/out"; }

expect_exit 0 "build --no-cache" build "$R/schedules/tm.yaml" --week 2026-W49 -o "$O" --no-cache
grep -q "3 rendered, 0 from the cache" "$TMP/out" && ok "--no-cache renders everything" || not_ok "--no-cache"
cmp -s "$W/2026-11-30_0630_sang_1_a.mp3" "$TMP/a-before.mp3" &&
	ok "same inputs give byte-identical MP3s" || not_ok "rebuild differs"

# Two communes whose profiles differ only in id render the same bytes once.
sed 's/^id: tm/id: tm2/' "$R/schedules/communes/tm.yaml" >"$R/schedules/communes/tm2.yaml"
sed 's/^commune: tm/commune: tm2/' "$R/schedules/tm.yaml" >"$R/schedules/tm2.yaml"
expect_exit 0 "build a twin commune" build "$R/schedules/tm.yaml" "$R/schedules/tm2.yaml" --week 2026-W49 -o "$TMP/twin"
grep -q "12 segments of 2 communes" "$TMP/out" && grep -q "3 rendered" "$TMP/out" &&
	ok "a segment shared by communes renders once" || { not_ok "sharing"; cat "$TMP/out"; }

# A bad schedule among good ones: reported, the others built, exit 1.
expect_exit 1 "bad schedule among good ones exits 1" build "$R/schedules/bad.yaml" "$R/schedules/nd.yaml" --week 2026-W49 -o "$TMP/mixed"
stderr_matches "bad.yaml:7:12: unknown script 'no-such-script'" "error names file:line:column"
[ -f "$TMP/mixed/nd/2026-W49/manifest.csv" ] && ok "the good schedule was built" || not_ok "good schedule not built"

# A render that fails (an undecodable clip) is reported; the rest builds.
mkdir -p "$R/audio"
printf 'not really audio' >"$R/audio/broken.wav"
cat >"$R/scripts/broken.yaml" <<'EOF'
id: broken
title: Hỏng
topic: other
intro: audio/broken.wav
parts:
  - say: Xin chào.
EOF
sed 's/play: \[a\]/play: [broken]/' "$R/schedules/nd.yaml" >"$R/schedules/nd-broken.yaml"
# It cannot be approved, so --drafts renders it.
expect_exit 1 "a render failing on a bad clip exits 1" build "$R/schedules/tm.yaml" "$R/schedules/nd-broken.yaml" --week 2026-W49 -o "$TMP/partial" --drafts
stderr_matches "nd/broken: " "the failure names commune and script"
stderr_matches "1 of 4 renders failed" "the summary counts failures"
[ -f "$TMP/partial/tm/2026-W49/manifest.csv" ] && [ ! -e "$TMP/partial/nd/2026-W49/manifest.csv" ] &&
	ok "other communes built; the failed week gets no playlists" || not_ok "partial failure"

# Interrupted builds: kill -9 in the middle, then resume.
i=0
while [ $i -lt 12 ]; do
	script "s$i" "Bản tin số $i, kính thưa bà con"
	# About a minute each, so that a build takes a few seconds.
	printf '  - pause: 10s\n%.0s' 1 2 3 4 5 >>"$R/scripts/s$i.yaml"
	i=$((i + 1))
done
cat >"$R/schedules/big.yaml" <<'EOF'
commune: nd
slots:
  - id: s
    days: daily
    start: "06:00"
    length: 2h
    play: [s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11]
EOF
K=$TMP/killed
approve_for "$R/schedules/big.yaml"
"$LOA" build --root "$R" "$R/schedules/big.yaml" --week 2026-W49 -o "$K" -j 2 >/dev/null 2>&1 &
pid=$!
# Up to 2 minutes, while it runs: the next run must have a cache to
# resume from (10 s was short under the sanitizers on a busy machine).
n=0
while [ "$(ls "$K/.cache" 2>/dev/null | grep -c '\.meta$')" -lt 2 ] && kill -0 $pid 2>/dev/null &&
	[ $n -lt 1200 ]; do
	sleep 0.1; n=$((n + 1))
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
sleep 0.5
bad=0
for f in "$K"/.cache/*.mp3; do
	[ -e "$f" ] || continue
	ffprobe -v error "$f" >/dev/null 2>&1 || bad=1
done
[ $bad -eq 0 ] && ok "after kill -9 every file at a final name is whole" || not_ok "partial file after kill -9"
[ -z "$(ls "$K/nd" 2>/dev/null)" ] || [ -z "$(find "$K/nd" -name '*.mp3' ! -name '.*')" ] ||
	ok "# segments already placed"
expect_exit 0 "the next run resumes" build "$R/schedules/big.yaml" --week 2026-W49 -o "$K" -j 2
grep -Eq "[1-9][0-9]? from the cache" "$TMP/out" && ok "resumed from the cache" || { not_ok "resume"; cat "$TMP/out"; }
ls -A "$K/.cache" "$K"/nd/*/ | grep -q '\.tmp' && not_ok "stale temporary files remain" ||
	ok "stale temporary files cleaned"
[ "$(ls "$K"/nd/2026-W49/*.mp3 | wc -l)" -eq 84 ] && ok "all 84 segments present" || not_ok "segments missing"
# The order of work (-j, interruptions) must not change a single byte.
expect_exit 0 "the same week with -j 1" build "$R/schedules/big.yaml" --week 2026-W49 -o "$TMP/serial" -j 1 --no-cache
cmp -s "$TMP/serial/nd/2026-W49/manifest.csv" "$K/nd/2026-W49/manifest.csv" &&
	ok "-j 1 and an interrupted -j 2 build give identical files" || not_ok "renders depend on the order of work"

# SIGINT: stops, exits 130, leaves nothing partial.
rm -rf "$TMP/int"
"$LOA" build --root "$R" "$R/schedules/big.yaml" --week 2026-W49 -o "$TMP/int" -j 2 --no-cache >/dev/null 2>&1 &
pid=$!
n=0
while [ "$(find "$TMP/int/.cache" -name '*.meta' 2>/dev/null | wc -l)" -lt 1 ] && kill -0 $pid 2>/dev/null &&
	[ $n -lt 2400 ]; do
	sleep 0.05; n=$((n + 1))
done
kill -INT $pid
wait $pid
rc=$?
[ $rc -eq 130 ] && ok "SIGINT exits 130" || not_ok "SIGINT exit $rc"
sleep 0.3
find "$TMP/int/.cache" -name '*.tmp*' 2>/dev/null | grep -q . && not_ok "SIGINT left temporary files" ||
	ok "SIGINT leaves no temporary files"

# SIGTERM while workers are mid-render: the same clean stop, exit 130.
rm -rf "$TMP/term"
"$LOA" build --root "$R" "$R/schedules/big.yaml" --week 2026-W49 -o "$TMP/term" -j 2 --no-cache >/dev/null 2>&1 &
pid=$!
n=0
while ! find "$TMP/term/.cache" -name '*.tmp-*' 2>/dev/null | grep -q . && kill -0 $pid 2>/dev/null &&
	[ $n -lt 2400 ]; do
	sleep 0.05; n=$((n + 1))
done
kill -TERM $pid
wait $pid
rc=$?
[ $rc -eq 130 ] && ok "SIGTERM exits 130" || not_ok "SIGTERM exit $rc"
sleep 0.3
find "$TMP/term/.cache" -name '*.tmp*' 2>/dev/null | grep -q . && not_ok "SIGTERM left temporary files" ||
	ok "SIGTERM leaves no temporary files"

# A schedule that drops days: their files go; a partial period keeps the rest.
S=$TMP/stale
build "$R/schedules/tm.yaml" --week 2026-W49 -o "$S" -q
sed 's/days: \[mon, wed, fri\]/days: [mon, wed]/' "$R/schedules/tm.yaml" >"$R/schedules/tm-less.yaml"
expect_exit 0 "rebuild with Friday dropped, Wednesday only" build "$R/schedules/tm-less.yaml" --from 2026-12-02 --to 2026-12-04 -o "$S"
[ -f "$S/tm/2026-W49/2026-11-30_0630_sang_1_a.mp3" ] && [ -f "$S/tm/2026-W49/2026-12-02_0630_sang.m3u8" ] &&
[ ! -e "$S/tm/2026-W49/2026-12-04_0630_sang_1_a.mp3" ] && [ ! -e "$S/tm/2026-W49/2026-12-04.m3u8" ] &&
	ok "dropped days removed, days outside the period kept" || { not_ok "stale removal"; ls "$S/tm/2026-W49"; }

expect_exit 2 "build without -o" build "$R/schedules/tm.yaml" --week 2026-W49
expect_exit 2 "build -j 0" build "$R/schedules/tm.yaml" --week 2026-W49 -o "$O" -j 0
expect_exit 2 "build -j65 (one limit for both spellings)" build "$R/schedules/tm.yaml" --week 2026-W49 -o "$O" -j65
stderr_matches "from 1 to 64, not '65'" "-j65 names the limit"
expect_exit 2 "build --jobs 65" build "$R/schedules/tm.yaml" --week 2026-W49 -o "$O" --jobs 65
expect_exit 2 "build --date is refused" build "$R/schedules/tm.yaml" --week 2026-W49 -o "$O" --date 2026-12-01
finish
