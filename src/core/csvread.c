/* Whole small files and CSV records (core/csvread.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"

char *csv_slurp(const char *path, long max, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || n > max ||
	    fseek(f, 0, SEEK_SET) || !(buf = malloc((size_t)n + 1)) ||
	    fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	} else {
		buf[n] = '\0';
		if (len)
			*len = (size_t)n;
	}
	fclose(f);
	return buf;
}

int csv_record(char **p, char **col, int n_col)
{
	char *r = *p, *w;
	int n = 0;

	memset(col, 0, (size_t)n_col * sizeof(*col));
	while (*r) {
		w = r;
		if (n < n_col)
			col[n] = w;
		n++;
		if (*r == '"') {
			for (r++; *r && !(r[0] == '"' && r[1] != '"'); r++)
				*w++ = *r == '"' ? *r++ : *r;
			r += *r == '"';
		}
		while (*r && *r != ',' && *r != '\r' && *r != '\n')
			*w++ = *r++;
		if (*r == ',') {
			*w = '\0';
			r++;
			continue;
		}
		r += *r == '\r';
		r += *r == '\n';
		*w = '\0';
		break;
	}
	*p = r;
	return n;
}
