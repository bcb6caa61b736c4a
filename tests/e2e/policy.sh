# Broadcast policy (loa/policy.h, docs/man/loa-policy.5): check and plan
# report every slot that breaks ROOT/schedules/policy.yaml at the slot's
# file:line:column and exit 1; the shipped Hà Nội example loads; without
# a policy nothing changes.
. tests/e2e/lib.sh
R=$TMP/root
mkdir -p "$R/scripts" "$R/schedules/communes"
printf 'id: a\ntitle: Tin\ntopic: other\nparts:\n  - say: Xin chào bà con.\n' > "$R/scripts/a.yaml"
cat >"$R/schedules/communes/hn.yaml" <<'EOF2'
id: hn
kind: phường
name: phường Thử
city: thành phố Hà Nội
office: UBND phường Thử
police_phone: "024 3999 0105"
hotline: "113"
EOF2
# Line 4: sang (fine), line 10: chieu (a Saturday, 20 minutes, late, and
# on Monday the third slot and minutes 20-40 that zone t1 hears, after
# sang and toi at line 16).
cat >"$R/schedules/hn.yaml" <<'EOF2'
commune: hn
zones: { t1: Tổ 1, t2: Tổ 2 }
slots:
  - id: sang
    name: Sáng
    days: mon-fri
    start: "06:00"
    length: 15m
    play: [a]
  - id: chieu
    name: Chiều
    days: [mon, sat]
    start: "21:00"
    length: 20m
    play: [a]
  - id: toi
    name: Tối
    days: mon
    start: "17:00"
    length: 5m
    zones: [t1]
    play: [a]
EOF2
expect_exit 0 "without a policy the schedule passes" "$LOA" check --root "$R" "$R/schedules/hn.yaml"
cp docs/examples/policy-ha-noi.yaml "$R/schedules/policy.yaml"
sed -i 's/communes: \[thu-lam\]/communes: [hn]/' "$R/schedules/policy.yaml"
expect_exit 0 "check accepts the Hà Nội example policy" "$LOA" check "$R/schedules/policy.yaml"
grep -q "ok (broadcast policy)" "$TMP/out" && ok "named a policy" || not_ok "policy kind"
expect_exit 1 "check refuses the schedule" "$LOA" check --root "$R" "$R/schedules/hn.yaml"
stderr_matches "hn.yaml:10:5: error: slot 'chieu' airs on Saturday" "a forbidden day, at the slot"
stderr_matches "hn.yaml:10:5: error: slot 'chieu' \\(21:00-21:20\\) is outside the permitted hours" "hours"
stderr_matches "hn.yaml:10:5: error: slot 'chieu' lasts 20 minutes, longer than the 15 minutes" "slot length"
stderr_matches "hn.yaml:10:5: error: on Monday, slot 'chieu' makes 3 slots a zone hears; the policy allows 2 a day" "slots a day"
stderr_matches "hn.yaml:10:5: error: on Monday, slot 'chieu' brings a zone's day to 40 minutes; the policy allows 30 minutes" "minutes a day"
[ "$(grep -c 'error: ' "$TMP/err")" = 5 ] && ok "five violations, each once" || not_ok "count: $(cat "$TMP/err")"
grep -q "hn.yaml:4:5\|hn.yaml:16:5" "$TMP/err" && not_ok "a fine slot is named" || ok "the fine slots are not named"
expect_exit 1 "plan reports the violations" "$LOA" plan --root "$R" "$R/schedules/hn.yaml" --week 2026-W49
stderr_matches "^loa: .*hn.yaml:10:5: error: slot 'chieu' airs on Saturday" "plan: at the slot"
grep -q "Sáng" "$TMP/out" && ok "plan still prints the programme" || not_ok "no plan printed"
# A policy for other communes does not bind this one.
sed -i 's/communes: \[hn\]/communes: [khac]/' "$R/schedules/policy.yaml"
expect_exit 0 "a policy for other communes" "$LOA" check --root "$R" "$R/schedules/hn.yaml"
printf 'policy:\n  days: mon-fri\n  max_slot_length: 15 phút\n' > "$R/schedules/policy.yaml"
expect_exit 1 "a bad policy is refused" "$LOA" check --root "$R" "$R/schedules/hn.yaml"
stderr_matches "policy.yaml:3:20: " "at its position"
finish
