#include "project.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "commands.h"
#include "core/atomic.h"
#include "core/progdir.h"

#define CONF_SYSTEM "/etc/loa/loa.conf"

/* The CLI reads its configuration once per process. */
static struct {
	char project[PATH_MAX], commune[PATH_MAX], output[PATH_MAX];
	char database[PATH_MAX], root[PATH_MAX], templates[PATH_MAX + 16];
	int root_done, templates_done, in_tree;
} conf;

static int is_dir(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

int cli_is_project(const char *dir)
{
	char a[PATH_MAX + 16], b[PATH_MAX + 16];

	snprintf(a, sizeof(a), "%s/scripts", dir);
	snprintf(b, sizeof(b), "%s/schedules", dir);
	return is_dir(a) && is_dir(b);
}

/* "~/x" is $HOME/x. */
static int expand(const char *value, char *out, size_t size)
{
	const char *home = getenv("HOME");
	int n;

	if (value[0] == '~' && (value[1] == '/' || !value[1]) && home)
		n = snprintf(out, size, "%s%s", home, value + 1);
	else
		n = snprintf(out, size, "%s", value);
	return n >= 0 && (size_t)n < size ? 0 : -1;
}

/* One "key = value" line; 0, or 1 after printing where it is wrong. */
static int conf_line(const char *file, unsigned line, char *text)
{
	static const char *const keys[] = { "project", "commune", "output",
					     "database" };
	char *slots[] = { conf.project, conf.commune, conf.output,
			  conf.database };
	char *p = text, *eq, *end;
	size_t i;

	while (isspace((unsigned char)*p))
		p++;
	if (!*p || *p == '#')
		return 0;
	if (!(eq = strchr(p, '='))) {
		cli_error("%s:%u:%u: expected 'key = value'", file, line,
			  (unsigned)(p - text) + 1);
		return 1;
	}
	for (end = eq; end > p && isspace((unsigned char)end[-1]); end--)
		;
	*end = '\0';
	for (i = 0; i < sizeof(keys) / sizeof(*keys); i++)
		if (!strcmp(p, keys[i]))
			break;
	if (i == sizeof(keys) / sizeof(*keys)) {
		cli_error("%s:%u:%u: unknown key '%s' (project, commune, "
			  "output, database)", file, line,
			  (unsigned)(p - text) + 1, p);
		return 1;
	}
	for (p = eq + 1; isspace((unsigned char)*p); p++)
		;
	for (end = p + strlen(p); end > p && isspace((unsigned char)end[-1]);
	     end--)
		;
	*end = '\0';
	if (expand(p, slots[i], PATH_MAX)) {
		cli_error("%s:%u:%u: the value is too long", file, line,
			  (unsigned)(p - text) + 1);
		return 1;
	}
	return 0;
}

static int conf_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char text[PATH_MAX + 64];
	unsigned line = 0;
	int code = 0;

	if (!f)
		return errno == ENOENT || errno == ENOTDIR ? 0 :
			(cli_error("cannot read '%s': %s", path,
				   strerror(errno)), 1);
	while (!code && fgets(text, sizeof(text), f)) {
		line++;
		text[strcspn(text, "\r\n")] = '\0';
		/* A UTF-8 byte-order mark, as Notepad writes it. */
		code = conf_line(path, line,
				 line == 1 && !strncmp(text, "\xEF\xBB\xBF", 3) ?
				 text + 3 : text);
	}
	fclose(f);
	return code;
}

int cli_config_load(void)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	char user[PATH_MAX];
	int n = -1;

	if (conf_file(CONF_SYSTEM))
		return 1;
	if (xdg && *xdg == '/')
		n = snprintf(user, sizeof(user), "%s/loa/loa.conf", xdg);
	else if (home && *home)
		n = snprintf(user, sizeof(user), "%s/.config/loa/loa.conf",
			     home);
	return n > 0 && (size_t)n < sizeof(user) ? conf_file(user) : 0;
}

const char *cli_templates_dir(void)
{
	char dir[PATH_MAX];
	int in_tree;

	if (!conf.templates_done) {
		conf.templates_done = 1;
		if (!loa_program_dir(dir, sizeof(dir), &in_tree))
			snprintf(conf.templates, sizeof(conf.templates),
				 "%s%s", dir, in_tree ? "" : "/share/loa");
		conf.in_tree = in_tree;
		if (conf.templates[0] && !cli_is_project(conf.templates))
			conf.templates[0] = '\0';
	}
	return conf.templates[0] ? conf.templates : NULL;
}

/* The current folder or the nearest one above it that is a project. */
static int find_upwards(char *out, size_t size)
{
	char dir[PATH_MAX], *slash;

	if (!getcwd(dir, sizeof(dir)))
		return 0;
	for (;;) {
		if (cli_is_project(dir)) {
			snprintf(out, size, "%s", dir);
			return 1;
		}
		slash = strrchr(dir, '/');
		if (!slash || slash == dir)
			return 0;
		*slash = '\0';
	}
}

const char *cli_project_root(void)
{
	const char *env = getenv("LOA_ROOT"), *templates;

	if (conf.root_done)
		return conf.root;
	conf.root_done = 1;
	if (find_upwards(conf.root, sizeof(conf.root)))
		return conf.root;
	if (env && *env)
		snprintf(conf.root, sizeof(conf.root), "%s", env);
	else if (conf.project[0])
		snprintf(conf.root, sizeof(conf.root), "%s", conf.project);
	else if ((templates = cli_templates_dir()) && !conf.in_tree)
		/* Installed: the bundled examples.  Never the source tree: a
		 * test's own folder must stay its project. */
		snprintf(conf.root, sizeof(conf.root), "%s", templates);
	else
		snprintf(conf.root, sizeof(conf.root), ".");
	return conf.root;
}

const char *cli_state_dir(const char *root)
{
	static char dir[PATH_MAX];
	const char *data = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	const char *templates = cli_templates_dir();
	char a[PATH_MAX], b[PATH_MAX];
	int n;

	if (!templates || conf.in_tree || !realpath(root, a) ||
	    !realpath(templates, b) || strcmp(a, b))
		return root;
	if (data && *data == '/')
		n = snprintf(dir, sizeof(dir), "%s/loa", data);
	else
		n = snprintf(dir, sizeof(dir), "%s/.local/share/loa",
			     home && *home ? home : ".");
	if (n < 0 || (size_t)n >= sizeof(dir))
		return root;
	/* The parents of ~/.local/share/loa, as mkdir -p would. */
	for (char *p = dir + 1; (p = strchr(p, '/')); p++) {
		*p = '\0';
		atomic_make_dir(dir);
		*p = '/';
	}
	atomic_make_dir(dir);
	return dir;
}

/* The commune: a path, or an id under the project's schedules/communes/. */
const char *cli_config_commune(void)
{
	static char path[2 * PATH_MAX + 32];

	if (!conf.commune[0])
		return NULL;
	if (strchr(conf.commune, '/') || strstr(conf.commune, ".yaml"))
		return conf.commune;
	snprintf(path, sizeof(path), "%s/schedules/communes/%s.yaml",
		 cli_project_root(), conf.commune);
	return path;
}

const char *cli_config_output(void)
{
	return conf.output[0] ? conf.output : NULL;
}

const char *cli_config_database(void)
{
	return conf.database[0] ? conf.database : NULL;
}
