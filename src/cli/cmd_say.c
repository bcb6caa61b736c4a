/* loa say: speak one piece of text, mastered like a script. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd_common.h"
#include "commands.h"
#include "loa/script.h"
#include "project.h"

int cmd_say(int argc, char **argv)
{
	struct loa_voice voice = { (char *)"vi", 150, 45 };
	const char *text = NULL, *out = NULL;
	struct loa_render_result result;
	struct loa_error err;
	struct render_cli rc;
	loa_status status;
	int i, code = 0, explain = 0;
	char default_out[PATH_MAX];

	render_cli_init(&rc);
	for (i = 1; i < argc; i++) {
		int used = render_cli_option(&rc, "say", argc, argv, &i);

		if (used < 0)
			return 2;
		if (used)
			continue;
		if (!strcmp(argv[i], "--explain")) {
			explain = 1;
		} else if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output") ||
			   !strcmp(argv[i], "--voice") || !strcmp(argv[i], "--rate") ||
			   !strcmp(argv[i], "--pitch")) {
			const char *opt = argv[i];
			const char *v = cli_value("say", argc, argv, &i);

			if (!v)
				return 2;
			if (!strcmp(opt, "--voice"))
				voice.name = argv[i];
			else if (!strcmp(opt, "--rate")) {
				if (cli_parse_int(v, 80, 300, &voice.rate))
					return cli_usage("say", "--rate wants 80 to 300");
			} else if (!strcmp(opt, "--pitch")) {
				if (cli_parse_int(v, 0, 100, &voice.pitch))
					return cli_usage("say", "--pitch wants 0 to 100");
			} else {
				out = v;
			}
		} else if ((code = cli_operand("say", argv[i], &text,
					       "give the text as one argument (quote it)"))) {
			return code;
		}
	}
	if (!text)
		return cli_usage("say", "what should be said?");
	if (out && (code = render_cli_output(&rc, "say", out)))
		return code;
	if (!out) {
		const char *dir = cli_config_output() ? cli_config_output() :
							 "out";

		mkdir(dir, 0777);
		snprintf(default_out, sizeof(default_out), "%s/say.%s", dir,
			 rc.opt.output->extension);
		out = default_out;
	}
	loa_error_clear(&err);
	if ((code = render_cli_lexicons(&rc, NULL)) ||
	    (code = render_cli_guard(&rc, NULL, text, NULL)))
		goto out;
	if (explain) {
		char *spoken = NULL;

		status = loa_normalize(text, strlen(text), &rc.norm, &spoken, &err);
		if (status) {
			code = cli_fail(status, &err);
			goto out;
		}
		printf(_("written: %s\nspoken:  %s\n"), text, spoken);
		free(spoken);
	}
	cli_signals_remove_temps();
	status = loa_render_text(text, &voice, &rc.opt, out, &result, &err);
	if (status) {
		code = cli_fail(status, &err);
		goto out;
	}
	render_cli_print(out, &result);
out:
	render_cli_release(&rc);
	return code;
}
