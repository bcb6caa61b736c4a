#!/bin/sh
# Checks every #include in src/ and include/loa/ against src/layers.txt:
# a file may include its own layer and the layers listed before it.
# Prints one line per violation, "file:line: what is wrong"; exits 1 if any.
cd "$(dirname "$0")/.." || exit 3
awk '
FNR == 1 { file++ }
file == 1 {                       # src/layers.txt
	if ($0 ~ /^#/ || NF == 0) next
	rank[$1] = ++n; name[n] = $1
	for (i = 2; i <= NF; i++) owner["loa/" $i ".h"] = $1
	next
}
FNR == 1 {                        # the layer of the file being read
	layer = ""
	if (match(FILENAME, /^src\/[a-z]+\//))
		layer = substr(FILENAME, 5, RLENGTH - 5)
	else if (FILENAME ~ /^include\/loa\//)
		layer = owner["loa/" substr(FILENAME, 13)]
	if (!(layer in rank)) {
		printf "%s:1: not in a layer of src/layers.txt\n", FILENAME
		bad++; nextfile
	}
}
/^[ \t]*#[ \t]*include[ \t]*"/ {
	h = $0; sub(/^[^"]*"/, "", h); sub(/".*$/, "", h)
	if (h ~ /^loa\//) {
		if (!(h in owner)) {
			printf "%s:%d: \"%s\" is in no layer of src/layers.txt\n", FILENAME, FNR, h
			bad++; next
		}
		to = owner[h]
	} else if (h ~ /\//) {
		to = h; sub(/\/.*/, "", to)
		if (!(to in rank)) {
			printf "%s:%d: \"%s\": no layer \"%s\"\n", FILENAME, FNR, h, to
			bad++; next
		}
	} else {
		next                      # beside the file: the same layer
	}
	if (rank[to] > rank[layer]) {
		printf "%s:%d: %s includes \"%s\" of the higher layer %s\n", FILENAME, FNR, layer, h, to
		bad++
	}
}
END { exit bad > 0 }
' src/layers.txt $(find src -mindepth 2 -name '*.[ch]' | LC_ALL=C sort) include/loa/*.h
