#!/bin/sh
# loa serve and loa user: accounts, and the page's refusals (no session,
# no CSRF token, '..', oversized, rate, failed logins, roles), with a real
# server over a throwaway project copy (tests/web/security.py).
. tests/e2e/lib.sh

printf 'mat-khau-1\n' | "$LOA" user add an --role admin --root "$TMP" >"$TMP/out" 2>&1
check "user add makes an account" grep -q 'user an: admin' "$TMP/out"
printf 'mat-khau-1\n' | "$LOA" user add an --role editor --root "$TMP" >"$TMP/out" 2>"$TMP/err"
[ $? -eq 1 ] && ok "the same name twice is refused" || not_ok "the same name twice is refused"
stderr_matches "already a user 'an'" "and says so"
expect_exit 2 "an unknown role is a usage error" "$LOA" user add bo --role boss --root "$TMP"
printf 'short\n' | "$LOA" user add bo --role editor --root "$TMP" >/dev/null 2>"$TMP/err"
[ $? -eq 1 ] && ok "a short password is refused" || not_ok "a short password is refused"
expect_exit 2 "serve: a bad --listen is a usage error" "$LOA" serve --listen nowhere
expect_exit 3 "serve: an address not of this machine is refused" \
	"$LOA" serve --listen 203.0.113.9:0 --root "$TMP"

# Every text of the page in text_vi.h is used somewhere in src/web.
unused=$(for t in $(sed -n 's/^#define \(T_[A-Z0-9_]*\).*/\1/p' src/web/text_vi.h); do
	grep -qw "$t" $(ls src/web/*.c src/web/*.h | grep -v text_vi.h) || echo "$t"
done)
[ -z "$unused" ] && ok "every text of text_vi.h is used" ||
	not_ok "texts of text_vi.h never used: $unused"

/usr/bin/python3 tests/web/security.py "$LOA" "$ROOT" >"$TMP/sec" 2>&1
cat "$TMP/sec"
grep -q '^ok - after 5 failures' "$TMP/sec" || not_ok "security.py ran to its end"
finish
