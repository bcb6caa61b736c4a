#include "progdir.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

int loa_program_dir(char *out, size_t size, int *in_tree)
{
	static const char *const up[] = { "", "/..", "/../.." };
	char exe[PATH_MAX], probe[PATH_MAX + 32];
	struct stat st;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char *slash;
	size_t i;
	int len;

	if (n <= 0)
		return -1;
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	if (!slash)
		return -1;
	*slash = '\0';
	*in_tree = 0;
	for (i = 0; i < sizeof(up) / sizeof(up[0]); i++) {
		snprintf(probe, sizeof(probe), "%s%s/po/loa.pot", exe, up[i]);
		if (!stat(probe, &st) && S_ISREG(st.st_mode)) {
			*in_tree = 1;
			len = snprintf(out, size, "%s%s", exe, up[i]);
			return len > 0 && (size_t)len < size ? 0 : -1;
		}
	}
	len = snprintf(out, size, "%s/..", exe);
	return len > 0 && (size_t)len < size ? 0 : -1;
}
