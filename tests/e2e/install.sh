# make install honours PREFIX and DESTDIR, and installs what a user needs:
# the program, the library with a pkg-config file that links, man pages
# that man reads, bash completion and the bundled examples.
. tests/e2e/lib.sh
S=$TMP/stage/opt/loa
check "make install into a staging folder" make -s install PREFIX=/opt/loa DESTDIR="$TMP/stage"
[ -x "$S/bin/loa" ] && ok "binary installed under DESTDIR/PREFIX/bin" || not_ok "no binary"
[ -f "$S/lib/libloa.a" ] && ok "library installed" || not_ok "no library"
[ -f "$S/include/loa/render.h" ] && ok "headers installed" || not_ok "no headers"
expect_exit 0 "the installed binary runs" "$S/bin/loa" --version
for l in vi en; do
	cmp -s "build/locale/$l/LC_MESSAGES/loa.mo" "$S/share/locale/$l/LC_MESSAGES/loa.mo" &&
		ok "the $l catalogue installed" || not_ok "no $l catalogue"
done
# The installed program finds its own catalogues (share/locale beside
# bin/), run from an unrelated folder.
if locale -a 2>/dev/null | grep -qix 'vi_VN.utf-\{0,1\}8'; then
	(cd "$TMP" && LC_ALL= LANGUAGE= LANG=vi_VN.UTF-8 "$S/bin/loa") >"$TMP/vi" 2>&1
	grep -q "Bắt đầu" "$TMP/vi" && ok "the installed loa speaks Vietnamese" ||
		not_ok "the installed loa under vi: $(head -n 1 "$TMP/vi")"
else
	ok "# SKIP no vi_VN.UTF-8 locale (tools/deps.sh generates it as root)"
fi

for page in man1/loa.1 man5/loa-script.5 man5/loa-commune.5 man5/loa-schedule.5 man5/loa-lexicon.5; do
	if MANWIDTH=80 man --warnings -l "$S/share/man/$page" >"$TMP/page" 2>"$TMP/warn" &&
	   [ ! -s "$TMP/warn" ] && grep -q "^NAME" "$TMP/page"; then
		ok "man -l reads $page without a warning"
	else
		not_ok "man -l $page"; sed 's/^/#   /' "$TMP/warn" | head -n 5
	fi
done
MANWIDTH=80 man -l "$S/share/man/man1/loa.1" >"$TMP/page" 2>/dev/null
grep -q "EXIT STATUS" "$TMP/page" && ok "loa(1) documents the exit status" || not_ok "loa(1) has no EXIT STATUS"
# Every command 'loa --help' lists has its entry under COMMANDS and its
# line in the SYNOPSIS of the page man renders.
LANG=C "$S/bin/loa" --help | sed -n 's/^  loa \([a-z-]*\).*/\1/p' >"$TMP/commands"
sed -n '/^COMMANDS/,/^OPTIONS/p' "$TMP/page" >"$TMP/cmds"
sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' "$TMP/page" >"$TMP/syn"
missing=""
while read -r c; do
	grep -Eq "^ {7}$c( |$)" "$TMP/cmds" && grep -Eq "^ {7}loa +$c( |$)" "$TMP/syn" ||
		missing="$missing $c"
done <"$TMP/commands"
[ -z "$missing" ] && [ "$(wc -l <"$TMP/commands")" -ge 20 ] &&
	ok "loa(1) lists every command ($(wc -l <"$TMP/commands")), in SYNOPSIS and COMMANDS" ||
	not_ok "loa(1) lacks:$missing"

u=$S/lib/systemd/system/loa-air.service
grep -q "^ExecStart=/opt/loa/lib/loa/loa-air " "$u" && grep -q "^Restart=always" "$u" && grep -q "^User=loa" "$u" &&
	ok "the loa-air unit installed, pointing at the installed daemon" || not_ok "loa-air.service"
[ -x "$S/lib/loa/loa-air" ] && ok "the daemon installed as PREFIX/lib/loa/loa-air" || not_ok "no loa-air"
expect_exit 2 "the installed loa air without a schedule" "$S/bin/loa" air
expect_exit 0 "the installed loa-air runs" "$S/lib/loa/loa-air" --help
# That loa air runs PREFIX/lib/loa/loa-air: a stand-in there for a moment.
mv "$S/lib/loa/loa-air" "$TMP/loa-air.real"
printf '#!/bin/sh\necho "loa-air ran: $*"\n' >"$S/lib/loa/loa-air"
chmod +x "$S/lib/loa/loa-air"
"$S/bin/loa" air x.yaml >"$TMP/dispatch" 2>&1
mv "$TMP/loa-air.real" "$S/lib/loa/loa-air"
grep -q "^loa-air ran: x.yaml" "$TMP/dispatch" &&
	ok "the installed loa air runs PREFIX/lib/loa/loa-air" ||
	not_ok "the installed loa air runs loa-air: $(cat "$TMP/dispatch")"
u=$S/lib/systemd/system/loa-serve.service
grep -q "^ExecStart=/opt/loa/lib/loa/loa-serve " "$u" && grep -q "^User=loa" "$u" &&
	ok "the loa-serve unit installed, pointing at the installed server" || not_ok "loa-serve.service"
[ -x "$S/lib/loa/loa-serve" ] && ok "the web server installed as PREFIX/lib/loa/loa-serve" || not_ok "no loa-serve"
# That loa serve runs PREFIX/lib/loa/loa-serve: a stand-in there for a moment.
mv "$S/lib/loa/loa-serve" "$TMP/loa-serve.real"
printf '#!/bin/sh\necho "loa-serve ran: $*"\n' >"$S/lib/loa/loa-serve"
chmod +x "$S/lib/loa/loa-serve"
"$S/bin/loa" serve --listen 127.0.0.1:0 >"$TMP/dispatch" 2>&1
mv "$TMP/loa-serve.real" "$S/lib/loa/loa-serve"
grep -q "^loa-serve ran: --worker $S/bin/loa --listen" "$TMP/dispatch" &&
	ok "the installed loa serve runs PREFIX/lib/loa/loa-serve" ||
	not_ok "the installed loa serve runs loa-serve: $(cat "$TMP/dispatch")"
# Started directly, as the unit does, loa-serve finds PREFIX/bin/loa for
# its worker: a check answers, from a worker that is the installed loa.
printf '#!/bin/sh\nshift\nexec "%s" "$@"\n' "$S/lib/loa/loa-serve" >"$TMP/direct"
chmod +x "$TMP/direct"
/usr/bin/python3 - "$S" "$TMP/direct" "$ROOT" <<'PY'
import os, sys
sys.path.insert(0, 'tests/web')
from client import Client, Server, ok
prefix, direct, root = sys.argv[1:]
srv = Server(prefix + '/bin/loa', root)
try:
    srv.user('an', 'admin', 'mat-khau-an1')
    srv.loa = direct
    srv.start()
    c = Client(srv.port)
    c.login('an', 'mat-khau-an1')
    status, _, body = c.request('POST', '/api/check', {
        'name': 'x', 'commune': '', 'text': 'id: x\n', 'csrf': c.csrf})
    kids = [d for d in os.listdir('/proc') if d.isdigit() and
            os.path.exists('/proc/%s/stat' % d) and
            open('/proc/%s/stat' % d).read().rsplit(')', 1)[1].split()[1]
            == str(srv.proc.pid)]
    exe = [os.readlink('/proc/%s/exe' % k) for k in kids]
    ok(status == 200 and b'"findings"' in body and
       exe == [prefix + '/bin/loa'],
       'the installed loa-serve checks through PREFIX/bin/loa serve-worker',
       (status, body[:200], exe))
finally:
    srv.cleanup()
PY
u=$S/lib/systemd/system/loa-build.service
grep -q "^ExecStart=/opt/loa/bin/loa build .*--week this" "$u" &&
	grep -q "^ExecStart=/opt/loa/bin/loa build .*--week next" "$u" &&
	grep -q "^Type=oneshot" "$u" && grep -q "^User=loa" "$u" &&
	ok "the loa-build unit installed, building this week and next with the installed loa" ||
	not_ok "loa-build.service"
cmp -s tools/loa-build.timer "$S/lib/systemd/system/loa-build.timer" &&
	ok "loa-build.timer installed" || not_ok "no loa-build.timer"
# systemd reads every installed unit without a complaint (the programs
# they start taken from the staging folder).
if command -v systemd-analyze >/dev/null; then
	mkdir "$TMP/units"
	for f in "$S"/lib/systemd/system/*; do
		sed "s|/opt/loa/|$S/|g" "$f" >"$TMP/units/${f##*/}"
	done
	n=$(ls "$TMP/units" | wc -l)
	if systemd-analyze verify --man=no "$TMP"/units/* >"$TMP/verify" 2>&1 &&
	   [ ! -s "$TMP/verify" ] && [ "$n" -eq 4 ]; then
		ok "systemd-analyze verify accepts the $n installed units"
	else
		not_ok "systemd-analyze verify ($n units)"; sed 's/^/#   /' "$TMP/verify" | head -n 10
	fi
else
	ok "# SKIP no systemd-analyze"
fi
check "bash completion parses" bash -n "$S/share/bash-completion/completions/loa"
for f in audio/chime-in.flac scripts/lua-dao-truc-tuyen.yaml schedules/communes/tien-minh.yaml schedules/hai-phong.yaml; do
	cmp -s "$f" "$S/share/loa/$f" && ok "share/loa/$f installed" || not_ok "share/loa/$f missing"
done

# A program built against the installed library through its .pc file.
cat >"$TMP/use.c" <<'C'
#include <stdio.h>
#include <stdlib.h>
#include <loa/normalize.h>
int main(void)
{
	char *spoken = NULL;
	if (loa_normalize("113", 3, NULL, &spoken, NULL))
		return 1;
	puts(spoken);
	free(spoken);
	return 0;
}
C
sed -i "s|^prefix=.*|prefix=$S|" "$S/lib/pkgconfig/loa.pc"
if ${CC:-cc} -o "$TMP/use" "$TMP/use.c" $(PKG_CONFIG_PATH="$S/lib/pkgconfig" pkg-config --cflags --libs loa) 2>"$TMP/err"; then
	ok "a program links against the installed library with pkg-config"
	[ "$("$TMP/use")" = "một một ba" ] && ok "and it normalises" || not_ok "the linked program says '$("$TMP/use")'"
else
	not_ok "linking through loa.pc"; sed 's/^/#   /' "$TMP/err" | head -n 10
fi
finish
