#!/bin/sh
# Scores 'loa normalize' on the peer cases: written->spoken pairs taken from
# the test files of public Vietnamese normalisers (peer-cases.tsv, see its
# README).  Prints the share of distinct written forms whose output equals
# one of their accepted readings.
#
# Comparison, to be fair to conventions that do not change what is heard:
#   - case is folded (GNU sed \L in a UTF-8 locale);
#   - <en>...</en> markers of the peers are dropped, keeping their text;
#   - punctuation . , ; : ! ? ( ) [ ] " ' and hyphens become spaces, and
#     runs of spaces collapse (pauses are not words);
#   - old and new tone placement are the same word ("uỷ" = "ủy",
#     "hoà" = "hòa"), and "tỉ" = "tỷ" (both correct, RULES.md rule 7);
#   - a lone Latin letter in an accepted reading ("t e d chấm com", "độ c")
#     stands for the letter spelled, so any of its Vietnamese letter names
#     matches it ("tê e đê", "độ xê"); English names ("ây" for a) do not.
# Nothing else is forgiven: "ngàn" is not "nghìn", "lẻ" is not "linh".
#
# usage: bench/tn-peers.sh [-v]   (-v lists the misses)
set -eu
cd "$(dirname "$0")/.."
LOA=${LOA:-./loa}
data=../shared/data/vi-tn/peer-cases.tsv
[ -r "$data" ] || data=/work/shared/data/vi-tn/peer-cases.tsv
verbose=0
[ "${1:-}" = -v ] && verbose=1
tmp=$(mktemp -d /tmp/tn-peers.XXXXXX)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8

fold() {
	sed -e 's/<\/\{0,1\}en>//g' -e 's/\\n/ /g' -e 's/.*/\L&/' -e 's/^/ /' \
	    -e 's/[],.;:!?()"'"'"'[-]/ /g' \
	    -e 's/\([^q]\)uỷ\b/\1ủy/g; s/\([^q]\)uý\b/\1úy/g; s/\([^q]\)uỳ\b/\1ùy/g' \
	    -e 's/\([^q]\)uỹ\b/\1ũy/g; s/\([^q]\)uỵ\b/\1ụy/g' \
	    -e 's/oà\b/òa/g; s/oá\b/óa/g; s/oả\b/ỏa/g; s/oã\b/õa/g; s/oạ\b/ọa/g' \
	    -e 's/oè\b/òe/g; s/oé\b/óe/g; s/oẻ\b/ỏe/g; s/oẽ\b/õe/g; s/oẹ\b/ọe/g' \
	    -e 's/\btỉ\b/tỷ/g' \
	    -e 's/  */ /g; s/^ //; s/ $//'
}

# Distinct written forms, first seen first; "\n" in the data is a newline
# escape, read here as a space so that each case stays one line.
awk -F'\t' 'NR > 1 && !seen[$3]++ { print $3 }' "$data" >"$tmp/written"
sed 's/\\n/ /g' "$tmp/written" | "$LOA" normalize >"$tmp/got" 2>"$tmp/err" || true
[ "$(wc -l <"$tmp/got")" -eq "$(wc -l <"$tmp/written")" ] || {
	echo "tn-peers: loa normalize did not print one line per case" >&2
	exit 1
}
fold <"$tmp/got" >"$tmp/got.f"
awk -F'\t' 'NR > 1 { print $3 }' "$data" >"$tmp/w.all"
awk -F'\t' 'NR > 1 { print $4 }' "$data" | fold >"$tmp/s.all"
paste "$tmp/w.all" "$tmp/s.all" >"$tmp/accepted"
paste "$tmp/written" "$tmp/got.f" "$tmp/got" >"$tmp/results"

awk -F'\t' -v verbose="$verbose" -v hits="$tmp/hits" '
	# A lone Latin letter in a reading ("m b", "t e d", "độ c") is that
	# letter spelled: any of its Vietnamese names matches it.
	BEGIN {
		n = split("b:bê|bờ;c:xê|cờ;d:đê|dê|dờ;f:ép|ép phờ;g:gờ|giê|gi;" \
			  "h:hát|hờ;j:gi|di;k:ca|cờ;l:lờ|e lờ;m:mờ|em mờ;" \
			  "n:nờ|en nờ;p:pê|pờ;q:quy|cu;r:rờ|e rờ;s:ét|ét xì|sờ;" \
			  "t:tê|tờ;v:vê|vờ;w:vê kép|đắp liu|vê đúp;x:ích|ích xì;" \
			  "y:i|i dài|i cờ rét;z:dét|zét;o:o|ô;u:u", names, ";")
		for (k = 1; k <= n; k++) {
			split(names[k], kv, ":")
			name[kv[1]] = "(" kv[1] "|" kv[2] ")"
		}
	}
	function pattern(reading,    w, m, k, out, t) {
		m = split(reading, w, " ")
		out = ""
		for (k = 1; k <= m; k++) {
			t = w[k]
			if (t in name)
				t = name[t]
			else
				gsub(/[][\\^$.|?*+(){}]/, "\\\\&", t)
			out = out (k > 1 ? " " : "") t
		}
		return "^" out "$"
	}
	FNR == NR {
		nacc[$1]++
		acc[$1, nacc[$1]] = pattern($2)
		want[$1] = want[$1] " | " $2
		next
	}
	{
		total++
		found = 0
		for (k = 1; k <= nacc[$1] && !found; k++)
			if ($2 ~ acc[$1, k])
				found = 1
		if (found) {
			hit++
			print $1 > hits
		} else if (verbose)
			printf "MISS %s\n  got:  %s\n  want:%s\n", $1, $3, want[$1]
	}
	END {
		printf "tn-peers: %d of %d distinct written forms read as accepted (%.1f%%)\n",
			hit, total, total ? 100 * hit / total : 0
	}' "$tmp/accepted" "$tmp/results"

# The same score without the forms that no reading within our rules can
# match: those in bench/tn-peers-conflicts.tsv (every accepted reading
# breaks RULES.md or leaves digits for eSpeak), and those whose every
# accepted reading keeps a Latin word that eSpeak NG's vi voice reads in
# English ("email", "gigabyte", "https"), which the project respells.
tr ' ' '\n' <"$tmp/s.all" | grep -x '[a-z0-9]*[a-z][a-z0-9]*' | grep -x '..*.' |
	sort -u >"$tmp/latin"
: >"$tmp/english"
while IFS= read -r word; do
	case $(espeak-ng -v vi -q -x "$word" 2>/dev/null) in
	*"(en)"*) echo "$word" >>"$tmp/english" ;;
	esac
done <"$tmp/latin"
grep -v '^#' bench/tn-peers-conflicts.tsv | cut -f1 >"$tmp/conflicts"
awk -F'\t' '
	FILENAME == ARGV[1] { english[$1] = 1; next }
	FILENAME == ARGV[2] { out[$1] = 1; next }
	FILENAME == ARGV[3] { hit[$1] = 1; next }
	{
		m = split($2, w, " ")
		en = 0
		for (k = 1; k <= m; k++)
			if (w[k] in english)
				en = 1
		if (!($1 in seen)) {
			seen[$1] = 1
			order[++n] = $1
			allen[$1] = 1
		}
		if (!en)
			allen[$1] = 0
	}
	END {
		for (k = 1; k <= n; k++) {
			f = order[k]
			if (f in out || allen[f])
				continue
			total++
			if (f in hit)
				h++
		}
		printf "tn-peers: %d of %d (%.1f%%) where a reading within the project rules is accepted\n",
			h, total, total ? 100 * h / total : 0
	}' "$tmp/english" "$tmp/conflicts" "$tmp/hits" "$tmp/accepted"
