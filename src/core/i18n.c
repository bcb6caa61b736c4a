#include "i18n.h"
#include "progdir.h"

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The source tree's build/locale, or PREFIX/share/locale (progdir.h). */
static int catalogue_dir(char *out, size_t size)
{
	char dir[PATH_MAX];
	int in_tree, n;

	if (loa_program_dir(dir, sizeof(dir), &in_tree))
		return 0;
	n = snprintf(out, size, "%s/%s", dir,
		     in_tree ? "build/locale" : "share/locale");
	return n > 0 && (size_t)n < size;
}

const char *loa_i18n_format(const char *fmt)
{
	return fmt && *fmt ? _(fmt) : fmt;
}

void loa_i18n_init(void)
{
	const char *dir = getenv("LOA_LOCALEDIR");
	char tree[PATH_MAX + 32];

	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	if (!dir || !*dir)
		dir = catalogue_dir(tree, sizeof(tree)) ? tree :
							  "/usr/share/locale";
	bindtextdomain(LOA_TEXTDOMAIN, dir);
	bind_textdomain_codeset(LOA_TEXTDOMAIN, "UTF-8");
}

int loa_i18n_vietnamese(void)
{
	const char *name = setlocale(LC_MESSAGES, NULL);

	return name && name[0] == 'v' && name[1] == 'i' &&
		(!name[2] || strchr("_.@", name[2]));
}

/* Terminal columns of UTF-8 text: code points, minus combining marks. */
size_t loa_text_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t w = 0;

	while (*p) {
		unsigned cp = *p;
		int len = 1;

		if (cp >= 0xF0 && p[1] && p[2] && p[3]) {
			cp = (cp & 0x07) << 18 | (p[1] & 0x3F) << 12 |
			     (p[2] & 0x3F) << 6 | (p[3] & 0x3F);
			len = 4;
		} else if (cp >= 0xE0 && p[1] && p[2]) {
			cp = (cp & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F);
			len = 3;
		} else if (cp >= 0xC0 && p[1]) {
			cp = (cp & 0x1F) << 6 | (p[1] & 0x3F);
			len = 2;
		}
		if (!((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
		      (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F)))
			w++;
		p += len;
	}
	return w;
}

void loa_text_pad(FILE *out, const char *s, size_t width)
{
	size_t w = loa_text_width(s);

	fputs(s, out);
	do
		fputc(' ', out);
	while (++w < width);
}
