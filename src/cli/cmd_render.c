/* loa render: one campaign script, optionally for one commune. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd_common.h"
#include "commands.h"
#include "loa/script.h"
#include "project.h"

int cmd_render(int argc, char **argv)
{
	const char *script_path = NULL, *commune_path = NULL, *out = NULL;
	struct loa_commune *commune = NULL;
	struct loa_script *script = NULL;
	struct loa_render_result result;
	struct loa_error err;
	struct render_cli rc;
	char path[PATH_MAX];
	loa_status status;
	int i, code = 0, quiet = 0, explain = 0;

	render_cli_init(&rc);
	for (i = 1; i < argc; i++) {
		int used = render_cli_option(&rc, "render", argc, argv, &i);

		if (used < 0)
			return 2;
		if (used)
			continue;
		if (!strcmp(argv[i], "--commune")) {
			if (!(commune_path = cli_value("render", argc, argv, &i)))
				return 2;
		} else if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) {
			if (!(out = cli_value("render", argc, argv, &i)))
				return 2;
		} else if (!strcmp(argv[i], "-q") || !strcmp(argv[i], "--quiet")) {
			quiet = 1;
		} else if (!strcmp(argv[i], "--explain")) {
			explain = 1;
			rc.unreadable = 1;
		} else if ((code = cli_operand("render", argv[i], &script_path,
					       "only one SCRIPT at a time"))) {
			return code;
		}
	}
	if (!commune_path)
		commune_path = cli_config_commune();
	if (!script_path)
		return cli_usage("render", "which script?");
	if (out && (code = render_cli_output(&rc, "render", out)))
		return code;
	loa_error_clear(&err);
	if (commune_path &&
	    (status = loa_commune_load(&commune, commune_path, &err))) {
		code = cli_fail(status, &err);
		goto out;
	}
	if ((status = loa_script_load(&script, script_path, rc.opt.root, &err))) {
		code = cli_fail(status, &err);
		goto out;
	}
	if ((code = render_cli_lexicons(&rc, commune)) ||
	    (code = render_cli_guard(&rc, script, NULL, commune)))
		goto out;
	if (explain) {
		char *spoken = NULL;

		status = loa_render_spoken_text(script, commune, &rc.opt,
						&spoken, &err);
		if (status) {
			code = cli_fail(status, &err);
			goto out;
		}
		fputs(spoken, stdout);
		free(spoken);
	}
	if (!out) {
		snprintf(path, sizeof(path), "%s/%s/%s.%s",
			 cli_config_output() ? cli_config_output() : "out",
			 commune ? commune->id : "chung", script->id,
			 rc.opt.output->extension);
		if (cli_make_parents(path)) {
			cli_error("cannot create the folder of '%s': %s", path,
				  strerror(errno));
			code = 3;
			goto out;
		}
		out = path;
	}
	cli_signals_remove_temps();
	status = loa_render_script(script, commune, &rc.opt, out, &result, &err);
	if (status) {
		code = cli_fail(status, &err);
		goto out;
	}
	if (!quiet)
		render_cli_print(out, &result);
out:
	loa_script_free(&script);
	loa_commune_free(&commune);
	render_cli_release(&rc);
	return code;
}
