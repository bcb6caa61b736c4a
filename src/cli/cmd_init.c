/*
 * loa init DIR: a new commune project from the templates (the source
 * tree, or PREFIX/share/loa): the jingles, the campaign scripts, and a
 * commune profile and schedule to fill in.  Asks nothing.  The project is
 * made in a temporary folder beside DIR and renamed into place whole, so
 * a failure leaves nothing behind and an existing project is never
 * touched.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd_common.h"
#include "commands.h"
#include "core/atomic.h"
#include "project.h"

#define MAX_TEMPLATE (64L << 20)

static const char profile_text[] =
	"# %s\n"
	"id: %s\n"
	"kind: xã\n"
	"name: xã Mẫu\n"
	"city: tỉnh Mẫu\n"
	"office: Ủy ban nhân dân xã Mẫu\n"
	"police_phone: \"0225 3999 000\"\n"
	"hotline: \"113\"\n"
	"example_contacts: true\n";

static const char schedule_text[] =
	"# %s\n"
	"commune: %s\n"
	"slots:\n"
	"  - id: sang\n"
	"    name: Bản tin sáng\n"
	"    days: [mon, wed, fri]\n"
	"    start: \"06:00\"\n"
	"    length: 15m\n"
	"    play:\n"
	"      - lua-dao-truc-tuyen\n"
	"      - rotate: [deepfake-cuoc-goi-gia-mao, bao-ve-du-lieu-ca-nhan]\n"
	"  - id: chieu\n"
	"    name: Bản tin chiều\n"
	"    days: [sat]\n"
	"    start: \"17:30\"\n"
	"    length: 10m\n"
	"    play:\n"
	"      - luat-tri-tue-nhan-tao\n";

/* Copies from/NAME to to/NAME for every regular file whose name ends in
 * suffix (NULL: every file but dot files). */
static int copy_folder(const char *from, const char *to, const char *suffix)
{
	struct loa_error err;
	struct dirent *e;
	DIR *d = opendir(from);
	int code = 0;

	if (!d) {
		cli_error("cannot open '%s': %s", from, strerror(errno));
		return 3;
	}
	while (!code && (e = readdir(d))) {
		char path[PATH_MAX + 256];
		size_t n = strlen(e->d_name), len = 0;
		struct stat st;
		char *data = NULL;
		FILE *f;

		if (e->d_name[0] == '.' || (suffix && (n < strlen(suffix) ||
		    strcmp(e->d_name + n - strlen(suffix), suffix))))
			continue;
		snprintf(path, sizeof(path), "%s/%s", from, e->d_name);
		if (stat(path, &st) || !S_ISREG(st.st_mode) ||
		    st.st_size > MAX_TEMPLATE)
			continue;
		if (!(f = fopen(path, "rb")) ||
		    !(data = malloc((size_t)st.st_size + 1)) ||
		    (len = fread(data, 1, (size_t)st.st_size, f)) !=
		    (size_t)st.st_size) {
			cli_error("cannot read '%s': %s", path, strerror(errno));
			code = 3;
		} else if (atomic_write(to, e->d_name, data, len, &err)) {
			code = cli_fail(LOA_EIO, &err);
		}
		if (f)
			fclose(f);
		free(data);
	}
	closedir(d);
	return code;
}

static int write_text(const char *dir, const char *name, const char *fmt,
		      const char *comment, const char *id)
{
	struct loa_error err;
	char text[2048];
	int n = snprintf(text, sizeof(text), fmt, comment, id);

	if (n < 0 || (size_t)n >= sizeof(text))
		return cli_fail(LOA_EINTERNAL, NULL);
	if (atomic_write(dir, name, text, (size_t)n, &err))
		return cli_fail(LOA_EIO, &err);
	return 0;
}

/* The profile's id: DIR's name when it is a valid id, else xa-cua-toi. */
static void commune_id(const char *dir, char *id, size_t size)
{
	const char *base = strrchr(dir, '/');
	size_t i, n;

	base = base && base[1] ? base + 1 : dir;
	n = strlen(base);
	for (i = 0; i < n; i++)
		if (!((base[i] >= 'a' && base[i] <= 'z') ||
		      (base[i] >= '0' && base[i] <= '9') || base[i] == '-'))
			break;
	if (n && i == n && n < size)
		memcpy(id, base, n + 1);
	else
		snprintf(id, size, "xa-cua-toi");
}

/* Removes a folder this command made: its files, then its folders. */
static void remove_tree(const char *path)
{
	struct dirent *e;
	DIR *d = opendir(path);

	while (d && (e = readdir(d))) {
		char sub[PATH_MAX + 256];
		struct stat st;

		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
		if (!lstat(sub, &st) && S_ISDIR(st.st_mode))
			remove_tree(sub);
		else
			unlink(sub);
	}
	if (d)
		closedir(d);
	rmdir(path);
}

static int fill(const char *tmp, const char *templates, const char *id)
{
	static const char *const dirs[] = { "audio", "scripts", "schedules",
					    "schedules/communes" };
	char from[PATH_MAX + 16], to[PATH_MAX + 64], name[80];
	size_t i;
	int code;

	for (i = 0; i < sizeof(dirs) / sizeof(*dirs); i++) {
		snprintf(to, sizeof(to), "%s/%s", tmp, dirs[i]);
		if (atomic_make_dir(to)) {
			cli_error("cannot create '%s': %s", to, strerror(errno));
			return 3;
		}
	}
	snprintf(from, sizeof(from), "%s/audio", templates);
	snprintf(to, sizeof(to), "%s/audio", tmp);
	if ((code = copy_folder(from, to, NULL)))
		return code;
	snprintf(from, sizeof(from), "%s/scripts", templates);
	snprintf(to, sizeof(to), "%s/scripts", tmp);
	if ((code = copy_folder(from, to, ".yaml")))
		return code;
	snprintf(to, sizeof(to), "%s/schedules/communes", tmp);
	snprintf(name, sizeof(name), "%s.yaml", id);
	if ((code = write_text(to, name, profile_text,
			       _("Commune profile: put in the commune's name, "
				 "office and real phone numbers, then delete "
				 "the example_contacts line (docs/huong-dan.md)."),
			       id)))
		return code;
	snprintf(to, sizeof(to), "%s/schedules", tmp);
	return write_text(to, name, schedule_text,
			  _("Weekly schedule: the times and the scripts each "
			    "slot plays (docs/schedule-format.md)."), id);
}

/* DIR may not exist yet, or be an empty folder; anything else is kept. */
static int check_target(const char *dir)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	int empty = 1;

	if (stat(dir, &st))
		return errno == ENOENT ? 0 :
			(cli_error("cannot use '%s': %s", dir, strerror(errno)), 1);
	if (S_ISDIR(st.st_mode) && (d = opendir(dir))) {
		while ((e = readdir(d)))
			if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
				empty = 0;
		closedir(d);
		if (empty)
			return 0;
	}
	cli_error("'%s' already exists and is not an empty folder: nothing "
		  "was changed; name a new folder", dir);
	return 1;
}

int cmd_init(int argc, char **argv)
{
	const char *dir = NULL, *templates = cli_templates_dir();
	char target[PATH_MAX], tmp[PATH_MAX + 16], id[64];
	size_t n;
	int i, code;

	for (i = 1; i < argc; i++)
		if ((code = cli_operand("init", argv[i], &dir,
					"one project folder at a time")))
			return code;
	if (!dir)
		return cli_usage("init", "which folder? (loa init DIR)");
	n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	if (n >= sizeof(target) - 16) {
		cli_error("'%s': path too long", dir);
		return 1;
	}
	snprintf(target, sizeof(target), "%.*s", (int)n, dir);
	if ((code = check_target(target)))
		return code;
	if (!templates) {
		cli_error("the templates are not installed (share/loa beside "
			  "the program's bin/)");
		return 3;
	}
	snprintf(tmp, sizeof(tmp), "%s.init-XXXXXX", target);
	if (!mkdtemp(tmp)) {
		cli_error("cannot create a folder beside '%s': %s", target,
			  strerror(errno));
		return 3;
	}
	commune_id(target, id, sizeof(id));
	code = fill(tmp, templates, id);
	if (!code && (chmod(tmp, 0755) || rename(tmp, target))) {
		cli_error("cannot create '%s': %s", target, strerror(errno));
		code = 3;
	}
	if (code) {
		remove_tree(tmp);
		return code;
	}
	printf(_("created %s; fill in schedules/communes/%s.yaml (the "
		 "commune's name, office and real phone numbers), then:\n"
		 "  cd %s\n  loa check scripts/*.yaml schedules/communes/%s.yaml\n"
		 "  loa render scripts/lua-dao-truc-tuyen.yaml --commune "
		 "schedules/communes/%s.yaml\n"), target, id, target, id, id);
	return 0;
}
