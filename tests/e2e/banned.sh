# The C sources call none of the functions we ban (unbounded copies and
# formats, lax number parsing, non-reentrant time), as git's banned.h does.
. tests/e2e/lib.sh
for f in strcpy strcat sprintf vsprintf strtok atoi atol atof localtime gmtime gets; do
	hits=$(grep -nE "(^|[^_a-z])$f[[:space:]]*\(" src/*/*.c src/*/*.h src/*/*/*.c src/*/*/*.h tools/*.c include/loa/*.h 2>/dev/null |
		grep -v "^[^:]*:[0-9]*:[[:space:]]*/\?\*" | head -n 3)
	[ -z "$hits" ] && ok "no $f()" || not_ok "$f() used: $hits"
done
finish
