# make install honours PREFIX and DESTDIR.
. tests/e2e/lib.sh
check "make install into a staging folder" make -s install PREFIX=/opt/loa DESTDIR="$TMP/stage"
[ -x "$TMP/stage/opt/loa/bin/loa" ] && ok "binary installed under DESTDIR/PREFIX/bin" || not_ok "no binary"
[ -f "$TMP/stage/opt/loa/lib/libloa.a" ] && ok "library installed" || not_ok "no library"
[ -f "$TMP/stage/opt/loa/include/loa/render.h" ] && ok "headers installed" || not_ok "no headers"
expect_exit 0 "the installed binary runs" "$TMP/stage/opt/loa/bin/loa" --version
finish
