# The Debian package: builds from a clean copy of the tree with
# dpkg-buildpackage, lintian finds no error, it installs, the installed
# loa renders a bundled script from an unrelated folder, and it removes
# cleanly.  Installing needs root, and once is enough: only the plain
# build's run does it.
. tests/e2e/lib.sh
case ${LOA_BUILD:-build} in */build-san|build-san) echo "# the package is tested by the plain build's run"; finish ;; esac
if [ "$(id -u)" -ne 0 ] || ! command -v dpkg-buildpackage >/dev/null; then
	echo "# needs root and dpkg-buildpackage (tools/deps.sh installs it)"; finish
fi
if dpkg -s loa >/dev/null 2>&1; then
	echo "# a loa package is installed here already: left alone"; finish
fi

SRC=$TMP/src/loa
mkdir -p "$SRC"
git ls-files -z | xargs -0 cp --parents -t "$SRC"
check "dpkg-buildpackage -us -uc -b builds the package" \
	sh -c "cd '$SRC' && dpkg-buildpackage -us -uc -b"
deb=$(ls "$TMP"/src/loa_*_*.deb 2>/dev/null | grep -v dbgsym | head -n 1)
[ -n "$deb" ] && ok "a .deb was made" || { not_ok "no .deb in $TMP/src"; finish; }

if lintian --allow-root --fail-on error "$TMP"/src/loa_*.changes >"$TMP/lintian" 2>&1; then
	ok "lintian reports no error"
else
	not_ok "lintian reports errors"; sed 's/^/#   /' "$TMP/lintian" | head
fi

check "dpkg -i installs it" dpkg -i "$deb"
W=$TMP/elsewhere
mkdir -p "$W" && cd "$W"
expect_exit 0 "the installed loa renders a bundled script from another folder" \
	/usr/bin/loa render /usr/share/loa/scripts/luat-tri-tue-nhan-tao.yaml \
	--commune /usr/share/loa/schedules/communes/thu-lam.yaml \
	-o "$W/luat.mp3" -q
[ "$(probe "$W/luat.mp3" stream=codec_name)" = mp3 ] && ok "and the file is an MP3" || not_ok "no MP3 from the installed loa"
if locale -a 2>/dev/null | grep -qix 'vi_VN.utf-\{0,1\}8'; then
	LC_ALL= LANGUAGE= LANG=vi_VN.UTF-8 /usr/bin/loa check "$W/none.yaml" 2>"$TMP/err"
	grep -q "không tồn tại\|không mở được" "$TMP/err" &&
		ok "the packaged loa speaks Vietnamese under LANG=vi_VN.UTF-8" ||
		not_ok "packaged loa under vi: $(cat "$TMP/err")"
fi
MANWIDTH=80 man loa >"$TMP/man" 2>/dev/null && grep -q "^NAME" "$TMP/man" && ok "man loa works" || not_ok "man loa"
cd "$ROOT"

check "dpkg -r removes it" dpkg -r loa
[ ! -e /usr/bin/loa ] && [ ! -e /usr/share/loa ] && [ ! -e /usr/share/man/man1/loa.1.gz ] &&
	ok "nothing of it is left" || not_ok "files left after removal"
finish
