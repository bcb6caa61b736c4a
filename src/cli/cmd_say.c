/* loa say: speak one piece of text, mastered like a script. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd_common.h"
#include "commands.h"
#include "loa/script.h"

static int parse_int(const char *text, int min, int max, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(text, &end, 10);
	if (end == text || *end || errno || v < min || v > max)
		return -1;
	*out = (int)v;
	return 0;
}

int cmd_say(int argc, char **argv)
{
	struct loa_voice voice = { (char *)"vi", 150, 45 };
	const char *text = NULL, *out = NULL;
	struct loa_render_result result;
	struct loa_error err;
	struct render_cli rc;
	loa_status status;
	int i, code = 0, explain = 0;
	char default_out[32];

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

			if (i + 1 >= argc)
				return cli_usage("say", "%s needs a value", opt);
			i++;
			if (!strcmp(opt, "--voice"))
				voice.name = argv[i];
			else if (!strcmp(opt, "--rate")) {
				if (parse_int(argv[i], 80, 300, &voice.rate))
					return cli_usage("say", "--rate wants 80 to 300");
			} else if (!strcmp(opt, "--pitch")) {
				if (parse_int(argv[i], 0, 100, &voice.pitch))
					return cli_usage("say", "--pitch wants 0 to 100");
			} else {
				out = argv[i];
			}
		} else if (argv[i][0] == '-' && argv[i][1]) {
			return cli_usage("say", "unknown option '%s'", argv[i]);
		} else if (text) {
			return cli_usage("say", "give the text as one argument (quote it)");
		} else {
			text = argv[i];
		}
	}
	if (!text)
		return cli_usage("say", "what should be said?");
	if (!out) {
		mkdir("out", 0777);
		snprintf(default_out, sizeof(default_out), "out/say.%s",
			 rc.opt.output->extension);
		out = default_out;
	}
	loa_error_clear(&err);
	if ((code = render_cli_lexicons(&rc, NULL)))
		goto out;
	if (explain) {
		char *spoken = NULL;

		status = loa_normalize(text, strlen(text), &rc.norm, &spoken, &err);
		if (status) {
			code = cli_fail(status, &err);
			goto out;
		}
		printf("written: %s\nspoken:  %s\n", text, spoken);
		free(spoken);
	}
	cli_signals_remove_temps();
	status = loa_render_text(text, &voice, &rc.opt, out, &result, &err);
	if (status) {
		code = cli_fail(status, &err);
		goto out;
	}
	printf("%s: %.1f s, %.1f LUFS, %.1f dBTP\n", out, result.seconds,
	       result.integrated_lufs, result.true_peak_db);
out:
	render_cli_release(&rc);
	return code;
}
