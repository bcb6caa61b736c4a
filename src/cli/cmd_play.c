/*
 * loa play: hear a file, or a script rendered as a draft, through the
 * sound card (or any output of 'loa air') before anything is approved.
 */
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd_common.h"
#include "commands.h"
#include "loa/air.h"
#include "project.h"

struct play_cli {
	struct render_cli rc;
	const char *path, *commune_path, *url;
	int quiet;
	char dir[PATH_MAX], draft[PATH_MAX + 80];
};

static int parse(struct play_cli *p, int argc, char **argv)
{
	int i, code, used;

	for (i = 1; i < argc; i++) {
		used = render_cli_option(&p->rc, "play", argc, argv, &i);
		if (used < 0)
			return 2;
		if (used)
			continue;
		if (!strcmp(argv[i], "--commune")) {
			if (!(p->commune_path = cli_value("play", argc, argv, &i)))
				return 2;
		} else if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) {
			if (!(p->url = cli_value("play", argc, argv, &i)))
				return 2;
		} else if (!strcmp(argv[i], "-q") || !strcmp(argv[i], "--quiet")) {
			p->quiet = 1;
		} else if ((code = cli_operand("play", argv[i], &p->path,
					       "one FILE or SCRIPT at a time"))) {
			return code;
		}
	}
	if (!p->path)
		return cli_usage("play", "what to play? (an audio FILE or a "
				 "SCRIPT)");
	return 0;
}

/* PulseAudio when a server is there (a desktop session), else ALSA. */
static const char *default_output(void)
{
	const char *server = getenv("PULSE_SERVER"), *run;
	char sock[PATH_MAX];

	if (server && *server)
		return "pulse:";
	run = getenv("XDG_RUNTIME_DIR");
	if (run && *run &&
	    (size_t)snprintf(sock, sizeof(sock), "%s/pulse/native", run) <
		    sizeof(sock) && !access(sock, F_OK))
		return "pulse:";
	return "alsa:default";
}

static int is_script(const char *path)
{
	const char *ext = strrchr(path, '.');

	return ext && (!strcmp(ext, ".yaml") || !strcmp(ext, ".yml"));
}

/* A script rendered, as 'loa render' would, into a temporary folder. */
static int render_draft(struct play_cli *p)
{
	struct loa_commune *commune = NULL;
	struct loa_script *script = NULL;
	struct loa_render_result result;
	struct loa_error err;
	loa_status status;
	const char *tmp = getenv("TMPDIR");
	int code = 0;

	loa_error_clear(&err);
	if (p->commune_path &&
	    (status = loa_commune_load(&commune, p->commune_path, &err))) {
		code = cli_fail(status, &err);
		goto out;
	}
	if ((status = loa_script_load(&script, p->path, p->rc.opt.root, &err))) {
		code = cli_fail(status, &err);
		goto out;
	}
	if ((code = render_cli_lexicons(&p->rc, commune)) ||
	    (code = render_cli_guard(&p->rc, script, NULL, commune)))
		goto out;
	snprintf(p->dir, sizeof(p->dir), "%s/loa-play-XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(p->dir)) {
		p->dir[0] = '\0';
		cli_error("cannot create a draft folder");
		code = 3;
		goto out;
	}
	snprintf(p->draft, sizeof(p->draft), "%s/DRAFT_%s.%s", p->dir,
		 script->id, p->rc.opt.output->extension);
	cli_signals_remove_temps();
	if ((status = loa_render_script(script, commune, &p->rc.opt, p->draft,
					&result, &err)))
		code = cli_fail(status, &err);
	cli_signals_default();
out:
	loa_script_free(&script);
	loa_commune_free(&commune);
	return code;
}

int cmd_play(int argc, char **argv)
{
	static volatile sig_atomic_t stop;
	struct play_cli p;
	struct loa_error err;
	loa_status status;
	int code;

	memset(&p, 0, sizeof(p));
	render_cli_init(&p.rc);
	if ((code = parse(&p, argc, argv)))
		goto out;
	if (!p.commune_path)
		p.commune_path = cli_config_commune();
	if (!p.url)
		p.url = default_output();
	if (is_script(p.path) && (code = render_draft(&p)))
		goto out;
	if (!p.quiet)
		printf(p.draft[0] ? _("playing a draft of %s through %s "
				      "(Ctrl-C stops)\n") :
				    _("playing %s through %s (Ctrl-C stops)\n"),
		       p.path, p.url);
	fflush(stdout);
	loa_error_clear(&err);
	cli_signals_set_flag(&stop);
	status = loa_air_preview(p.draft[0] ? p.draft : p.path, p.url, &stop,
				 &err);
	cli_signals_default();
	/* Ctrl-C may interrupt the device mid-write: that is a stop. */
	code = stop ? 130 : status ? cli_fail(status, &err) : 0;
out:
	if (p.draft[0])
		unlink(p.draft);
	if (p.dir[0])
		rmdir(p.dir);
	render_cli_release(&p.rc);
	return code;
}
