# The normaliser's rules depend only downward: no rule includes, declares
# or calls another rule (tools/check-text-rules.sh, and the symbols of the
# built objects), every rule is in the driver's table, and the checker
# does catch each kind of violation planted in a copy of the tree.
. tests/e2e/lib.sh
check "the rules of src/text depend only downward" tools/check-text-rules.sh

# The built objects agree: a rule object exports rules only and uses no
# symbol another rule object defines.  object_calls DIR prints each
# "object:symbol" that breaks this.
object_calls() {
	for o in "$1"/*.o; do
		nm "$o" | awk -v f="${o##*/}" '$2 == "T" { print f, $3 }'
	done >"$TMP/defs"
	awk '$2 !~ /^norm_rule_/ { print $1 ":" $2 " (exported)" }' "$TMP/defs"
	for o in "$1"/*.o; do
		nm "$o" | awk '$1 == "U" { print $2 }' | while read -r s; do
			awk -v f="${o##*/}" -v s="$s" '$1 != f && $2 == s { print f ":" s }' "$TMP/defs"
		done
	done
}
rules_obj=${LOA_BUILD:-build}/text/rules
if ls "$rules_obj"/*.o >/dev/null 2>&1; then
	bad=$(object_calls "$rules_obj")
	[ -z "$bad" ] && ok "no rule object calls into another or exports a helper" ||
		not_ok "no rule object calls into another or exports a helper: $bad"
else
	not_ok "the rule objects are built ($rules_obj)"
fi
mkdir -p "$TMP/objs"
printf 'int norm_rule_b(void);\nint norm_rule_a(void) { return norm_rule_b(); }\n' >"$TMP/a.c"
printf 'int norm_rule_b(void) { return 0; }\n' >"$TMP/b.c"
${CC:-cc} -c -o "$TMP/objs/a.o" "$TMP/a.c" && ${CC:-cc} -c -o "$TMP/objs/b.o" "$TMP/b.c"
[ "$(object_calls "$TMP/objs")" = "a.o:norm_rule_b" ] &&
	ok "a planted call between rule objects is caught" ||
	not_ok "a planted call between rule objects is caught"

mkdir -p "$TMP/tree"
cp -R src tools "$TMP/tree/"
t=$TMP/tree/src/text
# restore: the copy of src/text as it is, before the next violation
restore() { rm -rf "$t" && cp -R src/text "$t"; }

echo '#include "text/rules/phone.h"' >>"$t/rules/words.c"
expect_exit 1 "a rule including another rule's header is refused" sh "$TMP/tree/tools/check-text-rules.sh"
grep -q 'src/text/rules/words.c:[0-9]*: the rule file includes "text/rules/phone.h" of another rule' "$TMP/out" &&
	ok "the violation is named by file and line" || not_ok "the violation is named by file and line"

restore
echo 'size_t norm_rule_phone(struct norm_ctx *c, size_t i);' >>"$t/rules/number.c"
expect_exit 1 "a rule declaring another rule's function is refused" sh "$TMP/tree/tools/check-text-rules.sh"
grep -q 'src/text/rules/number.c:[0-9]*: names norm_rule_phone, a rule of rules/phone.c' "$TMP/out" &&
	ok "the declaration is named" || not_ok "the declaration is named"

restore
echo '#include "rules/words.h"' >>"$t/norm_say.c"
expect_exit 1 "a helper including a rule header is refused" sh "$TMP/tree/tools/check-text-rules.sh"

restore
echo 'int norm_sea_code(const char *p);' >>"$t/rules/named.h"
expect_exit 1 "a rule header declaring a helper is refused" sh "$TMP/tree/tools/check-text-rules.sh"

restore
grep -v 'norm_rule_letter, ' src/text/normalize.c >"$t/normalize.c"
expect_exit 1 "a rule missing from the driver's table is refused" sh "$TMP/tree/tools/check-text-rules.sh"
grep -q 'norm_rule_letter is not in the rule table' "$TMP/out" &&
	ok "the missing rule is named" || not_ok "the missing rule is named"

restore
expect_exit 0 "the restored copy passes" sh "$TMP/tree/tools/check-text-rules.sh"
finish
