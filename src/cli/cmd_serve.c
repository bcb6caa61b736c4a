/*
 * loa serve: the web page for the culture office (loa/web.h), over the
 * project folder and the station database, until Ctrl-C or SIGTERM.
 * Linked into loa, which runs loa-serve (src/cli/serve_main.c), and into
 * loa-serve, which runs the pages that render in 'loa serve-worker'.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "air_cli.h"
#include "cmd_common.h"
#include "commands.h"
#include "loa/web.h"
#include "project.h"
#include "trust_cli.h"

/* "ADDRESS:PORT" into opt; 0, or the usage error's code. */
static int parse_listen(struct loa_serve_options *opt, const char *v,
			char address[64])
{
	const char *colon = strrchr(v, ':');
	int port;

	if (!colon || colon == v || (size_t)(colon - v) >= 64 ||
	    cli_parse_int(colon + 1, 0, 65535, &port))
		return cli_usage("serve", "--listen wants ADDRESS:PORT, such as "
				 "127.0.0.1:8080, not '%s'", v);
	memcpy(address, v, (size_t)(colon - v));
	address[colon - v] = '\0';
	opt->address = address;
	opt->port = (unsigned)port;
	return 0;
}

/* An absolute path for p, relative to where loa was started. */
static int absolute(const char *p, char out[PATH_MAX])
{
	char cwd[PATH_MAX];

	if (p[0] == '/')
		return snprintf(out, PATH_MAX, "%s", p) >= PATH_MAX ? -1 : 0;
	if (!getcwd(cwd, sizeof(cwd)) ||
	    snprintf(out, PATH_MAX, "%s/%s", cwd, p) >= PATH_MAX)
		return -1;
	return 0;
}

/* The database path the other commands use (--db, $LOA_DB, the
 * configuration, the project's), made absolute: serve changes folder. */
static int db_path(const char *db_opt, const char *root, char out[PATH_MAX])
{
	char p[PATH_MAX];

	trust_cli_db_path(db_opt, root, p, sizeof(p));
	return absolute(p, out);
}

struct serve_args {
	const char *root, *db, *spool, *cert, *key, *worker;
	char address[64];
};

static const char **text_slot(struct serve_args *a, const char *name)
{
	return !strcmp(name, "--root") ? &a->root :
		!strcmp(name, "--db") ? &a->db :
		!strcmp(name, "--spool") ? &a->spool :
		!strcmp(name, "--tls-cert") ? &a->cert :
		!strcmp(name, "--tls-key") ? &a->key :
		!strcmp(name, "--worker") ? &a->worker : NULL;
}

static int parse(int argc, char **argv, struct loa_serve_options *opt,
		 struct serve_args *a)
{
	int i, rate;

	for (i = 1; i < argc; i++) {
		const char *opt_name = argv[i], *v, **slot = text_slot(a, argv[i]);

		if (!slot && strcmp(opt_name, "--listen") &&
		    strcmp(opt_name, "--max-rate") &&
		    strcmp(opt_name, "--worker-idle"))
			return cli_usage("serve", "unknown option '%s'", opt_name);
		if (!(v = cli_value("serve", argc, argv, &i)))
			return 2;
		if (slot) {
			*slot = v;
		} else if (!strcmp(opt_name, "--listen")) {
			if (parse_listen(opt, v, a->address))
				return 2;
		} else if (!strcmp(opt_name, "--worker-idle")) {
			if (cli_parse_int(v, 1, 86400, &rate))
				return cli_usage("serve", "--worker-idle wants "
						 "seconds, from 1, not '%s'", v);
			opt->worker_idle_s = (unsigned)rate;
		} else if (cli_parse_int(v, 1, 1000000, &rate)) {
			return cli_usage("serve", "--max-rate wants requests a "
					 "minute, from 1, not '%s'", v);
		} else {
			opt->max_rate = (unsigned)rate;
		}
	}
	if (!a->cert != !a->key)
		return cli_usage("serve", "--tls-cert FILE and --tls-key FILE go "
				 "together");
	return 0;
}

/*
 * The session cookie is Secure: over plain HTTP, browsers keep it only
 * from 127.0.0.1 and localhost, so nobody on another machine could stay
 * logged in (and passwords would cross the network in clear).
 */
static void warn_plain(const struct loa_serve_options *opt)
{
	if (opt->tls_cert || !strncmp(opt->address, "127.", 4))
		return;
	cli_error("warning: %s is open to other machines over plain HTTP: "
		  "browsers there will not keep the login (its cookie is "
		  "Secure) and passwords would travel in clear; give "
		  "--tls-cert FILE --tls-key FILE (docs/web.md, \"TLS\")",
		  opt->address);
}

/* This program's own path, for loa-serve's worker. */
static const char *self_path(char out[PATH_MAX])
{
	ssize_t n = readlink("/proc/self/exe", out, PATH_MAX - 1);

	if (n <= 0)
		return NULL;
	out[n] = '\0';
	return out;
}

/*
 * In loa: runs loa-serve, beside this program (a source tree) or in
 * PREFIX/lib/loa (installed), with the same arguments and process id and
 * this program as its worker; the server in this process only when it is
 * not there.
 */
int cmd_serve(int argc, char **argv)
{
	static const char *const where[] = { "/loa-serve",
					     "/../lib/loa/loa-serve" };
	char path[PATH_MAX], self[PATH_MAX];
	char **args = calloc((size_t)argc + 3, sizeof(*args));
	int i;

	if (args && self_path(self) &&
	    !cli_sibling(where, 2, path, sizeof(path))) {
		args[0] = path;
		args[1] = (char *)"--worker";
		args[2] = self;
		for (i = 1; i < argc; i++)
			args[i + 2] = argv[i];
		fflush(NULL);
		execv(path, args);
	}
	free(args);
	return cmd_serve_run(argc, argv);
}

/* The loa whose 'serve-worker' runs the pages that render: --worker's,
 * else this program when it is loa, else loa beside it or installed. */
static const char *worker_program(const char *given, char out[PATH_MAX])
{
	static const char *const where[] = { "/loa", "/../../bin/loa" };
	const char *self = self_path(out), *base;

	if (given)
		return absolute(given, out) ? given : out;
	base = self ? strrchr(self, '/') : NULL;
	if (base && strcmp(base, "/loa-serve"))
		return self;
	return cli_sibling(where, 2, out, PATH_MAX) ? "loa" : out;
}

int cmd_serve_run(int argc, char **argv)
{
	static volatile sig_atomic_t stop;
	struct loa_serve_options opt;
	struct loa_server *server = NULL;
	struct serve_args a = { NULL, NULL, NULL, NULL, NULL, NULL, "" };
	char path[PATH_MAX], spool[PATH_MAX], spool_abs[PATH_MAX];
	char cert[PATH_MAX], key[PATH_MAX], worker[PATH_MAX];
	struct loa_error err;
	sigset_t stops, mask;
	loa_status status;
	int code;

	loa_serve_options_init(&opt);
	a.root = cli_project_root();
	if ((code = parse(argc, argv, &opt, &a)))
		return code;
	/* The spool as loa air and loa bulletin find it, before chdir. */
	air_cli_spool(a.spool, a.root, spool, sizeof(spool));
	if (db_path(a.db, a.root, path) || absolute(spool, spool_abs) ||
	    (a.cert && (absolute(a.cert, cert) || absolute(a.key, key))) ||
	    chdir(a.root)) {
		cli_error("%s: %s", a.root, strerror(errno));
		return 1;
	}
	opt.spool = spool_abs;
	opt.worker = worker_program(a.worker, worker);
	opt.tls_cert = a.cert ? cert : NULL;
	opt.tls_key = a.key ? key : NULL;
	/* Paths in approvals read as the CLI's do, from the project. */
	opt.root = ".";
	opt.db_path = path;
	loa_error_clear(&err);
	cli_signals_set_flag(&stop);
	/* A browser that goes away mid-answer is no reason to stop. */
	signal(SIGPIPE, SIG_IGN);
	/* Ctrl-C and SIGTERM only for this thread: the server's threads
	 * inherit them blocked, so a stop never lands where no pause ends. */
	sigemptyset(&stops);
	sigaddset(&stops, SIGINT);
	sigaddset(&stops, SIGTERM);
	sigaddset(&stops, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &stops, &mask);
	if ((status = loa_server_start(&server, &opt, &err))) {
		pthread_sigmask(SIG_SETMASK, &mask, NULL);
		return cli_fail(status, &err);
	}
	printf(_("loa: serving %s on %s://%s:%u/ (Ctrl-C stops)\n"), a.root,
	       opt.tls_cert ? "https" : "http", opt.address,
	       loa_server_port(server));
	warn_plain(&opt);
	fflush(stdout);
	while (!stop)
		sigsuspend(&mask);
	pthread_sigmask(SIG_SETMASK, &mask, NULL);
	loa_server_stop(&server);
	cli_signals_default();
	return 0;
}
