#!/bin/sh
# The normaliser's rules depend only downward (docs/normalisation.md):
#  - a rule header (src/text/rules/X.h) declares rules only, each of the
#    one type norm_rule_fn and named norm_rule_*;
#  - a rule file includes, of src/text/rules/, only its own header; the
#    helpers in src/text/ include none;
#  - no file of src/text names a rule of another rule file, except the
#    driver normalize.c, whose table lists every rule.
# Prints one line per violation, "file:line: what is wrong"; exits 1 if any.
cd "$(dirname "$0")/.." || exit 3
awk '
function base(path,    b) { b = path; sub(/.*\//, "", b); sub(/\.[ch]$/, "", b); return b }
# Drops comments, also those over several lines (state in incomment).
function uncomment(s,    out, k) {
	out = ""
	while (s != "") {
		if (incomment) {
			k = index(s, "*/")
			if (!k) return out
			s = substr(s, k + 2); incomment = 0
		} else {
			k = index(s, "/*")
			if (!k) return out s
			out = out substr(s, 1, k - 1) " "; s = substr(s, k + 2); incomment = 1
		}
	}
	return out
}
FNR == 1 { incomment = 0; intable = 0 }
# Pass 1: the rule headers, what each declares.
phase == 1 {
	line = uncomment($0)
	if (line ~ /^[ \t]*$/ || line ~ /^[ \t]*#/) next
	if (line ~ /^norm_rule_fn norm_rule_[a-z0-9_]+;[ \t]*$/) {
		name = line; sub(/^norm_rule_fn /, "", name); sub(/;.*/, "", name)
		owner[name] = base(FILENAME); where[name] = FILENAME ":" FNR
		next
	}
	printf "%s:%d: a rule header declares rules only, as \"norm_rule_fn norm_rule_...;\"\n", FILENAME, FNR
	bad++
	next
}
# Pass 2: every file of src/text.
FNR == 1 {
	kind = "helper"; self = ""
	if (FILENAME ~ /^src\/text\/rules\//) { kind = "rule"; self = base(FILENAME) }
	else if (FILENAME == "src/text/normalize.c") kind = "driver"
}
{
	line = uncomment($0)
	if (line ~ /^[ \t]*#[ \t]*include[ \t]*"/) {
		h = line; sub(/^[^"]*"/, "", h); sub(/".*$/, "", h)
		# data/x.tsv compiled by tools/gen-data.c: data, not a rule.
		if (h ~ /\.tsv\.h$/) next
		if (h ~ /(^|\/)rules\// || (kind == "rule" && h !~ /\//)) {
			if (kind == "helper")
				printf "%s:%d: a helper includes the rule header \"%s\"\n", FILENAME, FNR, h
			else if (kind == "rule" && base(h) != self)
				printf "%s:%d: the rule file includes \"%s\" of another rule\n", FILENAME, FNR, h
			else
				next
			bad++
		}
		next
	}
	if (kind == "driver" && line ~ /norm_rule_fn \*const rules\[\]/) intable = 1
	if (intable && line ~ /^};/) intable = 0
	s = line
	while (match(s, /norm_rule_[a-z0-9_]+/)) {
		name = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH)
		if (name == "norm_rule_fn") continue
		if (!(name in owner)) {
			printf "%s:%d: %s is in no rule header of src/text/rules/\n", FILENAME, FNR, name
			bad++
		} else if (kind == "driver") {
			if (intable) listed[name] = 1
		} else if (kind != "rule" || owner[name] != self) {
			printf "%s:%d: names %s, a rule of rules/%s.c\n", FILENAME, FNR, name, owner[name]
			bad++
		}
	}
}
END {
	for (name in owner)
		if (!(name in listed)) {
			printf "%s: %s is not in the rule table of src/text/normalize.c\n", where[name], name
			bad++
		}
	exit bad > 0
}
' phase=1 $(find src/text/rules -name '*.h' | LC_ALL=C sort) \
  phase=2 $(find src/text -name '*.[ch]' | LC_ALL=C sort)
