/*
 * loa: the command-line front end.  A thin layer over the library: each
 * subcommand lives in src/cli/cmd_<name>.c and is dispatched from the table
 * below.
 */
#include <errno.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libavutil/log.h>

#include "commands.h"
#include "core/i18n.h"
#include "loa/normalize.h"
#include "loa/tts.h"
#include "loa/version.h"
#include "project.h"

struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *synopsis;   /* option names stay; the words translate */
	const char *help;
};

static const struct command commands[] = {
	{ "init", cmd_init,
	  N_("loa init DIR"),
	  N_("Creates a commune project in DIR (a new or empty folder) from\n"
	     "the installed templates: the jingles (audio/), the campaign\n"
	     "scripts (scripts/), and a commune profile and a weekly schedule\n"
	     "to fill in (schedules/).  Asks nothing.  Inside DIR, or below it,\n"
	     "loa finds the project by itself (man loa: PROJECT FOLDER).\n") },
	{ "render", cmd_render,
	  N_("loa render SCRIPT [--commune PROFILE] [-o OUT] [--format NAME]"),
	  N_("Renders a campaign script into a broadcast-ready file.\n"
	  "\n"
	  "  --commune PROFILE  commune profile (schedules/communes/ID.yaml)\n"
	  "                     that fills {{commune.*}} variables\n"
	  "  -o, --output OUT   output file (default out/COMMUNE/SCRIPT.mp3)\n"
	  "  --format NAME      ip-speaker (mono 44.1 kHz 64 kb/s MP3, default),\n"
	  "                     fm (mono 44.1 kHz 128 kb/s MP3), wav (16-bit PCM)\n"
	  "  --lufs N           integrated loudness target (default -16)\n"
	  "  --true-peak N      true-peak ceiling in dBTP (default -1.5)\n"
	  "  --date YYYY-MM-DD  date tag (default today)\n"
	  "  --root DIR         project folder for audio paths (default .)\n"
	  "  --examples         the profile's numbers are examples: say so in\n"
	  "                     the tags\n"
	  "  --explain          print the spoken form of every speech part\n"
	  "  -q, --quiet        print nothing on success\n"
	  "\n"
	  "Every phone number said must be the commune's, an official one or\n"
	  "in schedules/allowlist.yaml (docs/script-format.md).\n") },
	{ "say", cmd_say,
	  N_("loa say TEXT [-o OUT] [--explain] [--format NAME]"),
	  N_("Speaks one piece of text, normalised and mastered like a script.\n"
	  "\n"
	  "  -o, --output OUT   output file (default out/say.mp3, or .wav)\n"
	  "  --explain          print the spoken form that is synthesised\n"
	  "  --voice V --rate N --pitch N   eSpeak NG voice settings\n"
	  "  --format, --lufs, --true-peak, --examples as for render\n") },
	{ "check", cmd_check,
	  N_("loa check [--commune PROFILE] FILE..."),
	  N_("Validates campaign scripts, commune profiles and schedules without\n"
	  "rendering; prints every finding of each file, errors first, as\n"
	  "file:line:column: error|warning: message.  Every phone number a\n"
	  "script says must be the commune's, an official one or in\n"
	  "schedules/allowlist.yaml.  Exits 1 when any file has an error.\n"
	  "\n"
	  "  --commune PROFILE  check scripts with this commune's values\n"
	  "  --root DIR         project folder for audio paths (default .)\n") },
	{ "normalize", cmd_normalize,
	  N_("loa normalize [--lexicon FILE]... [--southern] [--unreadable] [TEXT...]"),
	  N_("Prints the spoken form of Vietnamese text: numbers, dates, times,\n"
	  "phone numbers, money, document codes, abbreviations and loanwords\n"
	  "in the words an announcer says (docs/normalisation.md).  Several\n"
	  "TEXT arguments are one text.  Without TEXT, reads standard input\n"
	  "and prints exactly one line per input line, as each is read.\n"
	  "\n"
	  "  --lexicon FILE     a YAML lexicon of extra readings; repeatable,\n"
	  "                     later files override earlier ones\n"
	  "  --southern         \"lẻ\" instead of \"linh\" (105: một trăm lẻ năm)\n"
	  "  --unreadable       list, instead, the words of the whole text that\n"
	  "                     eSpeak NG would read in English or spell, as\n"
	  "                     FILE:LINE:COLUMN: warning: ...; exits 1 if any\n"
	  "\n"
	  "Exits 1 on bad input (invalid UTF-8, a bad lexicon), naming it.\n") },
	{ "plan", cmd_plan,
	  N_("loa plan SCHEDULE... (--week YYYY-Www | --from DATE --to DATE)"
	  " [--format table|csv|json|ics|xlsx|html] [-o FILE]"),
	  N_("Prints the broadcast programme of one or more schedules or city\n"
	  "files (docs/schedule-format.md) without rendering anything.\n"
	  "\n"
	  "  --week YYYY-Www    an ISO week, e.g. 2026-W49, or this or next\n"
	  "  --from DATE --to DATE   a period, YYYY-MM-DD, at most a year\n"
	  "  --format F         table (default), csv (UTF-8 with BOM), json,\n"
	  "                     ics (iCalendar, one event per broadcast),\n"
	  "                     xlsx or html: a run-sheet to tick off (-o FILE)\n"
	  "  -o, --output FILE  where the run-sheet goes (xlsx, html only)\n"
	  "  --root DIR         project folder (default .)\n"
	  "\n"
	  "A schedule with errors is reported and skipped; the exit status is\n"
	  "then 1.  SOURCE_DATE_EPOCH, when set, stamps iCalendar events.\n") },
	{ "build", cmd_build,
	  N_("loa build SCHEDULE... (--week YYYY-Www | --from DATE --to DATE) -o DIR"
	  " [-j N] [--no-cache] [--drafts]"),
	  N_("Renders every broadcast of a period into DIR/COMMUNE/WEEK/, named\n"
	  "DATE_TIME_SLOT_N_SCRIPT.mp3, with an M3U8 playlist per slot\n"
	  "occurrence and per day and manifest.csv / manifest.json.  Renders\n"
	  "are cached in DIR/.cache by fingerprint: a rebuild renders only what\n"
	  "changed.  Interrupted builds leave no partial file; run the same\n"
	  "command again to resume.\n"
	  "\n"
	  "Only approved content is placed ('loa approve', docs/approvals.md):\n"
	  "the rest is listed as awaiting approval with what changed since the\n"
	  "last approval, and left out of the playlists and manifests.\n"
	  "\n"
	  "  --week YYYY-Www (or this, next), or --from DATE --to DATE\n"
	  "                     the period\n"
	  "  -o, --output DIR   output folder (required)\n"
	  "  -j, --jobs N       worker processes (default 1)\n"
	  "  --no-cache         render everything afresh\n"
	  "  --drafts           also render what awaits approval, as\n"
	  "                     DRAFT_<name> files for listening, in no playlist\n"
	  "  --db PATH          station database (default $LOA_DB, else\n"
	  "                     ROOT/loa.db)\n"
	  "  --format, --lufs, --true-peak, --root   as for render\n"
	  "  -q, --quiet        no progress or summary\n"
	  "\n"
	  "Exit status 1 when a schedule had errors (the others are built),\n"
	  "something awaits approval, or a render failed on bad input, 3 on other failures, 130 interrupted.\n") },
	{ "info", cmd_info,
	  N_("loa info FILE..."),
	  N_("Describes existing broadcast files: length (h:mm:ss), loudness\n"
	     "and true peak as measured, every tag, whether the file carries\n"
	     "the synthetic-voice mark (the AI_GENERATED tag), and whether its\n"
	     "audio is approved in the station database (in force, withdrawn,\n"
	     "or not approved), matched by its audio frames so that a build's\n"
	     "date tag does not matter.  Exit 1 when a file is not audio.\n"
	     "\n"
	     "  --db PATH, --root DIR   as for approve\n") },
	{ "play", cmd_play,
	  N_("loa play FILE|SCRIPT [--commune PROFILE] [--output URL]"),
	  N_("Plays an audio file through the sound card, to hear it before it\n"
	  "is approved or aired.  A SCRIPT is first rendered as a draft, as\n"
	  "'loa render' would, into a temporary folder that is removed after.\n"
	  "\n"
	  "  --commune PROFILE  the commune profile for a SCRIPT\n"
	  "  -o, --output URL   where the sound goes: alsa:DEVICE, pulse:,\n"
	  "                     file:PATH, null: (as for air; default pulse:\n"
	  "                     when PulseAudio runs, else alsa:default)\n"
	  "  --format, --lufs, --true-peak, --root   as for render\n"
	  "  -q, --quiet        print nothing\n"
	  "\n"
	  "Ctrl-C stops the sound (exit status 130).\n") },
	{ "approve", cmd_approve,
	  N_("loa approve SCRIPT --commune PROFILE|all [--schedule FILE] --by NAME"
	  " [--note TEXT] [-j N]"),
	  N_("Renders the script (or reuses the render in .loa/approved/) and\n"
	  "records in the station database who approved it, when, and the\n"
	  "SHA-256 of the script, its audio files and the rendered audio, the\n"
	  "commune values, settings and render fingerprint (docs/approvals.md).\n"
	  "Prints each approval's id and audio hash.\n"
	  "\n"
	  "  --commune PROFILE  one commune profile, or a schedule or city file\n"
	  "                     (one approval per commune, one transaction)\n"
	  "  --commune all --schedule FILE   the same, said in full\n"
	  "  --by NAME          who approves (required)\n"
	  "  --note TEXT        kept with the approval\n"
	  "  -j, --jobs N       a city's renders in N worker processes\n"
	  "                     (default 1; the rows are the same)\n"
	  "  --examples         allow a profile with example phone numbers;\n"
	  "                     the approval is marked as an example\n"
	  "  --db PATH          station database (default $LOA_DB, else\n"
	  "                     ROOT/loa.db)\n"
	  "  --format, --lufs, --true-peak, --root   as for render\n") },
	{ "approvals", cmd_approvals,
	  N_("loa approvals [--commune ID] [--script ID] [--format table|csv]"),
	  N_("Lists the approvals and revocations, oldest first.\n"
	  "\n"
	  "  --commune ID, --script ID   only the approvals of one\n"
	  "  --format F         table (default) or csv\n"
	  "  --db PATH, --root DIR   as for approve\n") },
	{ "revoke", cmd_revoke,
	  N_("loa revoke ID --by NAME --reason TEXT"),
	  N_("Withdraws approval ID by adding a revocation; nothing is deleted.\n"
	  "\n"
	  "  --db PATH, --root DIR   as for approve\n") },
	{ "verify", cmd_verify,
	  N_("loa verify [DIR]"),
	  N_("Checks the approvals' hash chain and prints its head hash, or names\n"
	  "the first row that does not match (exit 1).  With DIR (a build\n"
	  "folder), also re-hashes every segment against its manifest and the\n"
	  "approval in force for its commune and names each one that differs.\n"
	  "\n"
	  "  --db PATH, --root DIR   as for approve\n") },
	{ "report", cmd_report,
	  N_("loa report (--from DATE --to DATE | --month YYYY-MM | --quarter "
	  "YYYY-Qn | --week YYYY-Www|this|next) -o OUT"),
	  N_("What was planned, aired and approved in a period, by commune, zone\n"
	  "and topic (docs/reports.md).  Every database's approval and as-run\n"
	  "chains are verified first; one that does not verify is named and\n"
	  "the report refused.\n"
	  "\n"
	  "  -o, --output OUT   the report, written whole or not at all\n"
	  "  --format F         xlsx (a workbook with charts), csv or html\n"
	  "                     (a printable page); default: OUT's extension\n"
	  "  --commune ID       only this commune (repeat for more)\n"
	  "  --db PATH          a station database (repeat for a city report;\n"
	  "                     default $LOA_DB, else ROOT/loa.db)\n"
	  "  --log FILE         a log written by 'loa export-log' (repeat)\n"
	  "  --schedule FILE    count planned from this schedule or city file's\n"
	  "                     plan (repeat); a planned broadcast with no\n"
	  "                     as-run row is missed, not logged\n"
	  "  --clock TIME       the report's time (tests): later broadcasts\n"
	  "                     are not counted yet\n"
	  "  --csv-separator C  ',' (default) or ';' for Vietnamese-locale Excel\n"
	  "  --root DIR         project folder (default .)\n") },
	{ "export-log", cmd_export_log,
	  N_("loa export-log (--from DATE --to DATE | --month | --quarter | --week)"
	  " -o FILE"),
	  N_("Writes the station's approval and as-run chains, verified, from\n"
	  "their first row to the period's end, as JSON Lines with every row's\n"
	  "hashes, for 'loa report --log FILE' at the city (docs/reports.md).\n"
	  "\n"
	  "  --db PATH, --root DIR   as for approve\n") },
	{ "air", cmd_air,
	  cli_air_synopsis,
	  N_("Plays the approved segments of the built weeks at their slot times\n"
	  "and logs every item in the station database (docs/air.md).  Runs\n"
	  "until stopped (SIGTERM, Ctrl-C) or until --until.\n"
	  "\n"
	  "  --output URL, -o URL   alsa:DEVICE, pulse:, icecast://source:PASS@\n"
	  "                     HOST:PORT/MOUNT, file:PATH, null: (repeatable)\n"
	  "  --record DIR       also keep one recording per day in DIR\n"
	  "  --retention DAYS   days of recordings kept (default: all)\n"
	  "  --weeks DIR        what 'loa build -o DIR' wrote (default out/week)\n"
	  "  --commune ID       the station, when the files hold several\n"
	  "  --grace TIME       an item later than this is missed (default 5m)\n"
	  "  --fallback FILE    plays instead of an item that cannot\n"
	  "  --silence TIME     alarm after this much silence (default 10s)\n"
	  "  --clock START      a test clock from START (2026-11-30T05:59:00)\n"
	  "  --speed N          the test clock N times faster (file:, null:)\n"
	  "  --until TIME       stop when the clock reaches TIME\n"
	  "  --spool DIR        bulletin folder (default $LOA_SPOOL, else\n"
	  "                     ROOT/.loa/air)\n"
	  "  --db PATH, --root DIR   as for approve\n"
	  "  -q, --quiet        no line per item\n") },
	{ "bulletin", cmd_bulletin,
	  N_("loa bulletin FILE|SCRIPT --priority emergency|priority --by NAME"
	  " [--zones TEXT] [--repeat N --every TIME]"),
	  N_("Approves a bulletin in the submitter's name and hands it to the\n"
	  "running daemon: an emergency fades out what plays and airs at once,\n"
	  "a priority bulletin airs when the current item ends.  A SCRIPT is\n"
	  "rendered for the station's commune first.\n"
	  "\n"
	  "  --priority TIER    emergency or priority (required)\n"
	  "  --by NAME          who submits and approves it (required)\n"
	  "  --zones TEXT       the zones it is for (default: the whole commune)\n"
	  "  --repeat N         airs N times in all, --every TIME apart\n"
	  "  --at TIME          airs at this time of the daemon's clock\n"
	  "  --title TEXT       shown in the log\n"
	  "  --spool DIR, --db PATH, --root DIR   as for air\n") },
	{ "log", cmd_log,
	  N_("loa log [--date YYYY-MM-DD] [--format table|csv]"),
	  N_("Prints one day of the as-run log (default today): every item, its\n"
	  "planned and actual times, tier, outcome and why.\n"
	  "\n"
	  "  --commune ID       only one commune's items\n"
	  "  --db PATH, --root DIR   as for approve\n") },
	{ "status", cmd_status,
	  N_("loa status [--iso]"),
	  N_("Says what the daemon has on air, what comes next, and its last\n"
	  "events (clock, outputs, silence, fallbacks, bulletins).  Under a\n"
	  "Vietnamese LANG, times are written as the On air page writes them\n"
	  "(07:00:00 01/12/2026, Asia/Ho_Chi_Minh); else as ISO 8601.\n"
	  "\n"
	  "  --iso              ISO 8601 times in any language (for scripts)\n"
	  "  --spool DIR, --db PATH, --root DIR   as for air\n") },
	{ "serve", cmd_serve,
	  cli_serve_synopsis,
	  N_("The web page for the office: scripts checked as you type, listened\n"
	  "to and approved from a browser (docs/web.md).  Everything is served\n"
	  "from inside loa; log in with an account made by 'loa user add'.\n"
	  "\n"
	  "  --listen ADDRESS:PORT  where to listen (default 127.0.0.1:8080;\n"
	  "                         port 0: a free one, printed at start)\n"
	  "  --root DIR             the project folder (default .)\n"
	  "  --db PATH              the station database (default ROOT/loa.db)\n"
	  "  --max-rate N           requests a minute from one address (1200)\n"
	  "  --spool DIR            the daemon's bulletin spool, as for air\n"
	  "  --tls-cert FILE, --tls-key FILE   serve HTTPS with this PEM\n"
	  "                         certificate and key (for the station's LAN)\n") },
	{ "user", cmd_user,
	  N_("loa user add NAME --role editor|approver|operator|admin"),
	  N_("Adds an account for the web page (loa serve).  The password is\n"
	  "asked twice on the terminal, or read as one line from standard\n"
	  "input when that is not a terminal.  An admin may do everything.\n"
	  "\n"
	  "  --db PATH, --root DIR   as for approve\n") },
};

#define N_COMMANDS (sizeof(commands) / sizeof(commands[0]))

static const struct command *find_command(const char *name)
{
	size_t i;

	for (i = 0; i < N_COMMANDS; i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

const char *cli_synopsis(const char *command)
{
	const struct command *cmd = find_command(command);

	return cmd ? cmd->synopsis : NULL;
}

const char *cli_help(const char *command)
{
	const struct command *cmd = find_command(command);

	return cmd ? _(cmd->help) : NULL;
}

static void print_usage(FILE *f)
{
	size_t i;

	fputs(_("usage: loa [--version] [--help] COMMAND [ARGS]\n\n"
		"Turns campaign scripts into ready-to-air audio for commune\n"
		"loudspeaker systems.\n\ncommands:\n"), f);
	for (i = 0; i < N_COMMANDS; i++)
		fprintf(f, "  %s\n", _(commands[i].synopsis));
	fputs(_("\n'loa help COMMAND' describes one command.\n\n"
		"exit status: 0 success, 1 bad input (file:line:column: "
		"message),\n2 usage error, 3 internal failure, 4 the system "
		"refused (disk full,\nno permission, read-only), 130 "
		"interrupted.\n"), f);
}

/* 'loa' alone: the first steps, for someone who has just installed it. */
static int print_first_steps(void)
{
	fputs(_("Loa turns campaign scripts into ready-to-air audio for "
		"commune\nloudspeakers.  To start:\n\n"
		"  loa check scripts/*.yaml                 are the scripts right?\n"
		"  loa render SCRIPT --commune PROFILE      one script, one MP3\n"
		"  loa play SCRIPT --commune PROFILE        hear it on the speakers\n"
		"  loa say \"Xin chào bà con.\" -o thu.mp3    hear one sentence\n"
		"  loa plan SCHEDULE --week 2026-W49        the week's programme\n"
		"  loa build SCHEDULE --week 2026-W49 -o out/week\n"
		"                                           render the whole week\n\n"
		"'loa --help' lists every command, 'loa help COMMAND' explains "
		"one,\n'man loa' is the manual.\n"), stdout);
	return 0;
}

static int print_command_help(const struct command *cmd)
{
	printf(_("usage: %s\n"), _(cmd->synopsis));
	printf("\n%s", _(cmd->help));
	return 0;
}

/* A command's output that could not be written is a failure, not success. */
static int finish_stdout(int status)
{
	if (fflush(stdout) || ferror(stdout)) {
		if (errno != EPIPE)
			cli_error("cannot write output: %s", strerror(errno));
		return status ? status : 3;
	}
	return status;
}

/* The experiment of issue 13: foreign words read from their English
 * sound, LOA_TRANSLIT=sound or known (docs/normalisation.md, "Foreign
 * words"); the spelling rules otherwise. */
static void english_source(void)
{
	const char *env = getenv("LOA_TRANSLIT");

	if (env && !strcmp(env, "sound"))
		loa_normalize_set_english(loa_tts_english, LOA_ENGLISH_SOUND);
	else if (env && !strcmp(env, "known"))
		loa_normalize_set_english(loa_tts_english, LOA_ENGLISH_KNOWN);
}

int main(int argc, char **argv)
{
	const struct command *cmd;
	int status, i, n_args = 0;
	char **args;

	loa_i18n_init();
	/* A fixed threshold: buffers over 256 KB (a part's speech, a bed)
	 * are returned to the system when freed.  glibc's sliding one keeps
	 * up to twice the largest freed in the heap: 4 MB of a render's
	 * peak RSS (docs/performance.md). */
	mallopt(M_MMAP_THRESHOLD, 256 * 1024);
	if (argc < 2)
		return finish_stdout(print_first_steps());
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		print_usage(stdout);
		return finish_stdout(0);
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
		printf("loa %s\n", LOA_VERSION);
		return finish_stdout(0);
	}
	if (!strcmp(argv[1], "help")) {
		if (argc < 3) {
			print_usage(stdout);
			return finish_stdout(0);
		}
		cmd = find_command(argv[2]);
		if (!cmd) {
			cli_error("'%s' is not a loa command", argv[2]);
			return 2;
		}
		return finish_stdout(print_command_help(cmd));
	}
	if (cli_config_load())
		return 1;
	english_source();
	/* FFmpeg's warnings about decoder details are noise to our users. */
	av_log_set_level(AV_LOG_ERROR);
	/* The web server's worker (loa-serve starts it): not a command
	 * anyone types, so not in the table, its help or the manual. */
	if (!strcmp(argv[1], "serve-worker"))
		return finish_stdout(cmd_serve_worker(argc - 1, argv + 1));
	cmd = find_command(argv[1]);
	if (!cmd) {
		cli_error("'%s' is not a loa command; see 'loa --help'",
			  argv[1]);
		return 2;
	}
	for (i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))
			return finish_stdout(print_command_help(cmd));
	}
	args = cli_split_long_options(argc - 1, argv + 1, &n_args);
	if (!args) {
		cli_error("out of memory");
		return 3;
	}
	status = cmd->run(n_args, args);
	cli_free_split(args, n_args);
	loa_tts_shutdown();
	return finish_stdout(status);
}
