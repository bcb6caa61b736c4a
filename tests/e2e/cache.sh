# The build's cache trusts nothing (issue 14, finding 3): damaged entries
# and records are rendered again and reported, published segments are
# copies that an edit cannot carry back into the cache, the lock file is
# never followed through a link, and --no-cache keeps the old cache until
# its replacement is complete.
. tests/e2e/lib.sh
R=$TMP/p
O=$R/out
small_project "$R"
C=$O/.cache
expect_exit 0 "first build" loa_build "$R" -o "$O"
outputs_match "$O" && ok "published segments match their manifest" || not_ok "manifest"
A=$(ls "$C"/*.mp3 | head -n 1)
B=$(ls "$C"/*.mp3 | tail -n 1)
first=$(cat "$C"/*.meta | sort)

# rebuild_after DESCRIPTION REASON-REGEX: one entry damaged, one re-render
rebuild_after() {
	expect_exit 0 "$1: rebuild" loa_build "$R" -o "$O"
	grep -q "1 rendered, 1 from the cache" "$TMP/out" &&
		ok "$1: rendered again, not reused" || { not_ok "$1: reused"; cat "$TMP/out"; }
	stderr_matches "1 cache entries were not trusted.*$2" "$1: the summary says why"
	outputs_match "$O" && ok "$1: published segments match their manifest" ||
		not_ok "$1: published segments damaged"
	[ "$(cat "$C"/*.meta | sort)" = "$first" ] && ok "$1: the entry is whole again" ||
		not_ok "$1: cache entry"
}
chmod u+w "$A"
printf '\377\377\377\377' | dd of="$A" bs=1 seek=5000 conv=notrunc 2>/dev/null
rebuild_after "bytes flipped in a cache entry" "0 with a missing or damaged record, 1 whose audio"
chmod u+w "$A"
truncate -s 3000 "$A"
rebuild_after "a truncated cache entry" "1 whose audio"
M=${A%.mp3}.meta
printf '1e308 %s\n' "$(printf x | sha256sum | cut -c1-64)" >"$M"
rebuild_after "a record claiming 1e308 s and a made-up hash" "1 with a missing or damaged record"
for bad in 'inf' 'nan' '-3.000' '12.000 ' ' 12.000'; do
	printf '%s %s\n' "$bad" "$(sha256sum "$A" | cut -c1-64)" >"$M"
	rebuild_after "a record of '$bad' s" "1 with a missing or damaged record"
done
printf '12.000 %s\nextra\n' "$(sha256sum "$A" | cut -c1-64)" >"$M"
rebuild_after "a record with a line after it" "1 with a missing or damaged record"
rm -f "$M"
rebuild_after "a record missing" "1 with a missing or damaged record"
rm -f "$A"
rebuild_after "audio missing" "1 whose audio"
rm -f "$A"
ln -s "$B" "$A"
rebuild_after "a cache entry that is a symbolic link" "1 whose audio"

# An edit of a published file does not reach the cache; the next build
# puts the segment back.
S=$O/tm/2026-W49/2026-12-01_0630_sang_1_a.mp3
printf 'EDITED' >>"$S"
expect_exit 0 "rebuild after a published segment was edited" loa_build "$R" -o "$O"
grep -q "0 rendered, 2 from the cache" "$TMP/out" && ok "the cache was not touched by the edit" ||
	{ not_ok "cache poisoned"; cat "$TMP/out"; }
outputs_match "$O" && ok "the edited segment is put back" || not_ok "edited segment stays"

# The lock is never followed through a symbolic link.
mv "$O/.lock" "$TMP/lock.old"
ln -s "$TMP/planted" "$O/.lock"
expect_exit 1 "a symbolic link planted as the lock is refused" loa_build "$R" -o "$O"
stderr_matches "\.lock' is a symbolic link" "the message names the lock and says why"
[ ! -e "$TMP/planted" ] && ok "nothing created where the link points" || not_ok "followed the link"
rm -f "$O/.lock"
mkfifo "$O/.lock"
expect_exit 1 "a fifo planted as the lock is refused" loa_build "$R" -o "$O"
stderr_matches "is not a plain file" "the message says the lock is not a plain file"
rm -f "$O/.lock"

# --no-cache whose renders fail keeps the old cache entries.
before=$(cd "$C" && sha256sum ./*.mp3 ./*.meta)
mkdir -p "$C" && : >"$C/fresh"
expect_exit 3 "--no-cache whose renders cannot be written" loa_build "$R" -o "$O" --no-cache
[ "$(cd "$C" && sha256sum ./*.mp3 ./*.meta)" = "$before" ] &&
	ok "a failed --no-cache build leaves the cache whole" || not_ok "--no-cache threw the cache away"
outputs_match "$O" && ok "and the published segments" || not_ok "published segments damaged"
rm -f "$C/fresh"
expect_exit 0 "--no-cache" loa_build "$R" -o "$O" --no-cache
grep -q "2 rendered, 0 from the cache" "$TMP/out" && ok "--no-cache renders everything" || not_ok "--no-cache"
[ "$(cat "$C"/*.meta | sort)" = "$first" ] && [ ! -e "$C/fresh" ] &&
	ok "--no-cache replaced the entries with identical renders" || not_ok "--no-cache entries"
expect_exit 0 "a build after --no-cache" loa_build "$R" -o "$O"
grep -q "0 rendered, 2 from the cache" "$TMP/out" && ok "uses the entries --no-cache wrote" || not_ok "after --no-cache"
finish
