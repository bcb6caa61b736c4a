# Every public header compiles on its own, in strict C99.
. tests/e2e/lib.sh
for h in include/loa/*.h; do
	name=${h#include/}
	if printf '#include "%s"\nint loa_header_check;\n' "$name" |
		${CC:-cc} -std=c99 -pedantic -Werror -Wall -Iinclude -x c -fsyntax-only - 2>"$TMP/err"; then
		ok "$name compiles alone"
	else
		not_ok "$name compiles alone"; sed 's/^/#   /' "$TMP/err" | head -n 5
	fi
done
finish
