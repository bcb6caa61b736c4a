# The layer rule of src/layers.txt holds, and the checker does catch a
# file that includes against it.
. tests/e2e/lib.sh
check "no file includes a higher layer" tools/check-layers.sh

mkdir -p "$TMP/tree"
cp -R src include tools "$TMP/tree/"
echo '#include "loa/render.h"' >>"$TMP/tree/src/core/paths.c"
expect_exit 1 "a core file including render is refused" sh "$TMP/tree/tools/check-layers.sh"
grep -q 'src/core/paths.c:[0-9]*: core includes "loa/render.h" of the higher layer render' "$TMP/out" &&
	ok "the violation is named by file and line" || not_ok "the violation is named by file and line"

cp src/core/paths.c "$TMP/tree/src/core/paths.c"
mkdir -p "$TMP/tree/src/stray" && echo 'int x;' >"$TMP/tree/src/stray/x.c"
expect_exit 1 "a folder missing from layers.txt is refused" sh "$TMP/tree/tools/check-layers.sh"
finish
