# tools/gen-data.c, the build's data generator: a good file becomes
# DATA_ROW lines that compile; each kind of bad file is refused with
# file:line:column, exit 1 and no output file.
. tests/e2e/lib.sh
: "${LOA_BUILD:=$PWD/build}"
GEN="$LOA_BUILD/tools/gen-data"
cd "$TMP" || exit 3
HEAD='# test data
# columns: written	spoken	case'

# refuse NAME LOCATION MESSAGE-REGEX LINES...: gen-data refuses the file
# made of the header and the lines, with "bad.tsv:LOCATION: MESSAGE".
refuse() {
	name=$1 at=$2 msg=$3; shift 3
	{ echo "$HEAD"; printf '%b\n' "$@"; } >bad.tsv
	rm -f bad.h bad.h.tmp
	expect_exit 1 "refuses $name" "$GEN" -e case=any,exact bad.tsv bad.h
	stderr_matches "^bad\.tsv:$at: $msg" "$name: file:line:column and why"
	[ ! -e bad.h ] && [ ! -e bad.h.tmp ] && ok "$name: no output file" ||
		not_ok "$name: no output file"
}

refuse "too few columns" "4:11" "2 columns, the header names 3" \
	'UBND\tủy ban\texact' 'Zalo\tda lô'
refuse "too many columns" "3:18" "more than the 3 columns" \
	'UBND\tủy ban\texact\tx'
refuse "unsorted lines" "4:1" "'HĐND' sorts before 'UBND' on line 3" \
	'UBND\tủy ban\texact' 'HĐND\thội đồng\texact'
refuse "a duplicate key" "4:1" "duplicate key 'UBND'" \
	'UBND\tủy ban\texact' 'UBND\tủy ban nhân dân\texact'
refuse "invalid UTF-8" "3:9" "invalid UTF-8" \
	'UBND\tủy \0377ban\texact'
refuse "an overlong UTF-8 form" "3:1" "invalid UTF-8" \
	'\0300\0257\tx\tany'
refuse "an empty field" "3:6" "empty 'spoken'" 'UBND\t\texact'
refuse "a value outside its list" "3:13" "'case' is 'maybe', not one of any,exact" \
	'UBND\tủy ban\tmaybe'
refuse "a carriage return" "3:18" "control character" 'UBND\tủy ban\texact\r'
refuse "a comment among entries" "4:1" "comment after the first entry" \
	'UBND\tủy ban\texact' '# late'

# Word lists: a C name, then items separated by ", ".
LHEAD='# test data
# columns: list	where	words'
list() { expect_exit 1 "refuses $1" "$GEN" -i list -l words bad.tsv bad.h; }
refuse_list() {
	name=$1 at=$2 msg=$3; shift 3
	{ echo "$LHEAD"; printf '%b\n' "$@"; } >bad.tsv
	rm -f bad.h
	list "$name"
	stderr_matches "^bad\.tsv:$at: $msg" "$name: file:line:column and why"
}
refuse_list "a list name that is no C name" "3:4" "'list' must be a C name" \
	'day-words\tx.c\tngày, mồng'
refuse_list "a word twice in a list" "3:27" "'mồng' is twice in 'words'" \
	'day_words\tx.c\tmồng, ngày, mồng'
refuse_list "an empty item" "3:19" "'words': items are separated by \", \"" \
	'day_words\tx.c\tngày,, mồng'
{ echo "$LHEAD"; printf 'day_words\tx.c\tngày, mồng\n'; } >list.tsv
expect_exit 0 "compiles a word list" "$GEN" -i list -l words list.tsv list.h
grep -q '^DATA_ROW(day_words, "x.c", "ngày", "mồng")$' list.h &&
	ok "a list is a name and one string per item" ||
	not_ok "a list is a name and one string per item"

printf 'UBND\tx\tany\n' >nohead.tsv
expect_exit 1 "refuses a file without '# columns:'" "$GEN" nohead.tsv nohead.h
stderr_matches "^nohead\.tsv:1:1: no '# columns:' line" "no columns line: where and why"
expect_exit 2 "usage error" "$GEN" onlyone.tsv

# A good file: quotes, backslashes and '?' escaped, values as indexes.
{ echo "$HEAD"; printf '%s\n' 'a "b"	c\d??=	exact' 'Zalo	da lô	any'; } | LC_ALL=C sort >good.tsv
expect_exit 0 "compiles a good file" "$GEN" -e case=any,exact good.tsv good.h
cat >good.c <<'EOF'
#include <string.h>
struct row { const char *w, *s; int exact; };
static const struct row rows[] = {
#define DATA_ROW(w, s, exact) { w, s, exact },
#include "good.h"
};
int main(void)
{
	return !(sizeof(rows) / sizeof(rows[0]) == 2 &&
		 !strcmp(rows[1].w, "a \"b\"") && !strcmp(rows[1].s, "c\\d?\?=") &&
		 rows[1].exact == 1 && !strcmp(rows[0].s, "da lô") &&
		 rows[0].exact == 0);
}
EOF
check "the rows compile and keep their text" sh -c \
	'${CC:-cc} -std=c11 -Wall -Werror -o good good.c && ./good'
finish
