#!/bin/sh
# loa serve runs loa-serve, the web server without FFmpeg's codecs or
# eSpeak NG; the pages that render or check run in 'loa serve-worker',
# started when needed, replaced when it dies (tests/web/worker.py).
. tests/e2e/lib.sh

# The dispatch: a loa with a stand-in loa-serve beside it runs it, with
# itself as the worker program.
mkdir -p "$TMP/bin"
cp "$LOA" "$TMP/bin/loa"
printf '#!/bin/sh\necho "loa-serve ran: $*"\n' >"$TMP/bin/loa-serve"
chmod +x "$TMP/bin/loa-serve"
"$TMP/bin/loa" serve --listen 127.0.0.1:0 >"$TMP/dispatch" 2>&1
grep -q "^loa-serve ran: --worker $TMP/bin/loa --listen 127.0.0.1:0\$" "$TMP/dispatch" &&
	ok "loa serve runs loa-serve with its arguments, itself the worker" ||
	not_ok "loa serve runs loa-serve: $(cat "$TMP/dispatch")"
serve=$(dirname "$LOA")/loa-serve
if readelf -d "$serve" | grep -Eq 'NEEDED.*(espeak|avcodec|avformat|avfilter|avdevice|swresample|asound)'; then
	not_ok "loa-serve links a library of the renderer: $(readelf -d "$serve" | grep NEEDED)"
else
	ok "loa-serve links neither eSpeak NG, libavcodec, libavformat nor libavfilter"
fi
readelf -d "$serve" | grep -q 'NEEDED.*microhttpd' &&
	ok "and is the web server (libmicrohttpd)" || not_ok "loa-serve without libmicrohttpd"
"$serve" --help >"$TMP/out" 2>&1
grep -q "^usage: loa serve \[--listen" "$TMP/out" &&
	ok "loa-serve --help: the serve usage line" || not_ok "loa-serve --help: $(cat "$TMP/out")"
expect_exit 2 "loa-serve: an unknown option is a usage error" "$serve" --bogus
expect_exit 2 "--worker-idle 0 is a usage error" "$LOA" serve --worker-idle 0
expect_exit 2 "serve-worker: an unknown option" "$LOA" serve-worker --bogus
# A damaged frame on the worker's socket ends it with a plain message.
printf 'HTTP/1.0\r\n\r\n' | "$LOA" serve-worker --db "$TMP/x.db" >/dev/null 2>"$TMP/err"
[ $? -ne 0 ] && grep -q "request was damaged" "$TMP/err" &&
	ok "a worker given garbage stops with a plain message" ||
	not_ok "serve-worker on garbage: $(cat "$TMP/err")"

/usr/bin/python3 tests/web/worker.py "$LOA" "$ROOT" >"$TMP/w" 2>&1
rc=$?
cat "$TMP/w"
[ "$rc" -eq 0 ] || grep -q '^not ok' "$TMP/w" || not_ok "worker.py ended with $rc"
grep -q "^ok - the server's log says which program" "$TMP/w" ||
	not_ok "worker.py ran to its end"
finish
