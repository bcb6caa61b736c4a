#!/bin/sh
# loa serve over HTTPS (--tls-cert, --tls-key; GnuTLS in libmicrohttpd)
# with a self-signed certificate made here by openssl: curl logs in and
# keeps the Secure session cookie; plain HTTP to that port gets nothing;
# a key that is not the certificate's, a lone --tls-cert and plain HTTP
# open to other machines are each said plainly.
. tests/e2e/lib.sh

P=$TMP/project
mkdir -p "$P/scripts" "$P/schedules/communes"
printf 'mat-khau-an1\n' | "$LOA" user add an --role operator --root "$P" >/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
	-addext subjectAltName=IP:127.0.0.1 -keyout "$TMP/key.pem" \
	-out "$TMP/cert.pem" 2>/dev/null &&
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=other \
	-keyout "$TMP/other.pem" -out "$TMP/other-cert.pem" 2>/dev/null &&
	ok "self-signed certificates made" || not_ok "openssl req"

# serve ARGS...: starts loa serve in the background; sets PID and URL.
# The last server's output goes first: the shell truncates the files in
# the child, after the fork, so the wait below could otherwise read the
# last server's "serving" before this one starts.
serve() {
	rm -f "$TMP/serve.out" "$TMP/serve.err"
	"$LOA" serve --root "$P" "$@" >"$TMP/serve.out" 2>"$TMP/serve.err" &
	PID=$!
	i=0
	while ! grep -q "serving" "$TMP/serve.out" 2>/dev/null && kill -0 "$PID" 2>/dev/null &&
		[ $i -lt 1200 ]; do sleep 0.1; i=$((i + 1)); done
	URL=$(sed -n 's/.* on \(http[s]*:\/\/[0-9.:]*\)\/.*/\1/p' "$TMP/serve.out")
}
stop() { kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; }

serve --listen 127.0.0.1:0 --tls-cert "$TMP/cert.pem" --tls-key "$TMP/key.pem"
case "$URL" in https://127.0.0.1:*) ok "it says https:// at start" ;; *) not_ok "url '$URL'" ;; esac
[ ! -s "$TMP/serve.err" ] && ok "no warning on 127.0.0.1 with TLS" || not_ok "stderr: $(cat "$TMP/serve.err")"
jar=$TMP/jar
c() { curl -sS --cacert "$TMP/cert.pem" -b "$jar" -c "$jar" "$@"; }
token=$(c "$URL/login" | sed -n 's/.*name="token" value="\([0-9a-f]*\)".*/\1/p')
[ -n "$token" ] && ok "the login page over HTTPS, the certificate checked" || not_ok "GET /login over https"
code=$(c -o /dev/null -w '%{http_code}' --data-urlencode "token=$token" \
	--data-urlencode user=an --data-urlencode password=mat-khau-an1 "$URL/login")
[ "$code" = 303 ] && ok "login: 303" || not_ok "login: $code"
grep -q "loa_session" "$jar" && ok "curl keeps the Secure session cookie over HTTPS" ||
	{ not_ok "no session cookie"; sed 's/^/#   /' "$jar"; }
c "$URL/air" >"$TMP/air.html"
grep -q 'id="onair"' "$TMP/air.html" && grep -q 'an (phát sóng)' "$TMP/air.html" &&
	ok "logged in: the On air page as an" || not_ok "GET /air over https"
port=${URL##*:}
if curl -sS -m 10 -o /dev/null "http://127.0.0.1:$port/login" 2>/dev/null; then
	not_ok "plain HTTP to the HTTPS port answered"
else
	ok "plain HTTP to the HTTPS port gets no page"
fi
stop

expect_exit 2 "--tls-cert without --tls-key is a usage error" "$LOA" serve --root "$P" --tls-cert "$TMP/cert.pem"
stderr_matches "go together" "and says they go together"
expect_exit 1 "an unreadable certificate is refused" "$LOA" serve --root "$P" --listen 127.0.0.1:0 \
	--tls-cert "$TMP/none.pem" --tls-key "$TMP/key.pem"
stderr_matches "cannot read the TLS certificate" "and named"
expect_exit 3 "a key that is not the certificate's is refused" "$LOA" serve --root "$P" --listen 127.0.0.1:0 \
	--tls-cert "$TMP/cert.pem" --tls-key "$TMP/other.pem"
stderr_matches "not a matching PEM pair" "and said so"

serve --listen 0.0.0.0:0
grep -q "plain HTTP: browsers there will not keep the login" "$TMP/serve.err" &&
	ok "plain HTTP open to other machines: a warning" ||
	not_ok "no warning: stderr '$(cat "$TMP/serve.err")', stdout '$(cat "$TMP/serve.out")', $(kill -0 "$PID" 2>/dev/null && echo running || echo exited)"
stop
finish
