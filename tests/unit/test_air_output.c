/* The air daemon's outputs (src/air/output.h): URLs, files, day
 * recordings, sound cards and an unreachable Icecast server. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sndfile.h>
#include <sys/socket.h>

#include "unit_tmp.h"

#include "air/output_int.h"
#include "core/clock.h"
#include "loa/audio.h"
#include "loa/date.h"

/* Notes collected from any thread. */
static pthread_mutex_t notes_lock = PTHREAD_MUTEX_INITIALIZER;
static char notes[4096];

/* A note as the event log keeps it: its English text, from its
 * format and arguments. */
static void collect(void *ctx, const char *fmt, const struct air_ev_args *a)
{
	const char *list[AIR_EV_ARGS];
	char text[1500];
	size_t len;

	(void)ctx;
	air_ev_list(a, list);
	/* From an output's thread: no assert here; a note the event table
	 * would not translate is written so that the tests see it. */
	if (air_ev_format(text, sizeof(text), fmt, list, a->n) ||
	    !air_ev_known(fmt))
		snprintf(text, sizeof(text), "unknown note format: %s", fmt);
	pthread_mutex_lock(&notes_lock);
	len = strlen(notes);
	snprintf(notes + len, sizeof(notes) - len, "%s\n", text);
	pthread_mutex_unlock(&notes_lock);
}

static int notes_have(const char *text)
{
	int found;

	pthread_mutex_lock(&notes_lock);
	found = strstr(notes, text) != NULL;
	pthread_mutex_unlock(&notes_lock);
	return found;
}

static const struct air_output_opts opts = { collect, NULL, 0, "Loa test", 3 };

/* A 440 Hz tone at half scale, n samples. */
static int16_t *tone(size_t n)
{
	int16_t *pcm = malloc(n * sizeof(*pcm));
	size_t i;

	assert_non_null(pcm);
	for (i = 0; i < n; i++)
		pcm[i] = (int16_t)lrint(16000 * sin(2 * M_PI * 440 * i / AIR_RATE));
	return pcm;
}

static void test_url_good(void **state)
{
	struct air_url u;

	(void)state;
	assert_int_equal(air_url_parse("alsa:hw:0,0", &u, NULL), LOA_OK);
	assert_int_equal(u.scheme, AIR_ALSA);
	assert_string_equal(u.device, "hw:0,0");
	assert_int_equal(air_url_parse("alsa:", &u, NULL), LOA_OK);
	assert_string_equal(u.device, "default");
	assert_int_equal(air_url_parse("pulse:", &u, NULL), LOA_OK);
	assert_int_equal(u.scheme, AIR_PULSE);
	assert_string_equal(u.device, "");
	assert_int_equal(air_url_parse("icecast://source:s3cret@radio.example:8010/loa.mp3",
				       &u, NULL), LOA_OK);
	assert_int_equal(u.scheme, AIR_ICECAST);
	assert_string_equal(u.user, "source");
	assert_string_equal(u.password, "s3cret");
	assert_string_equal(u.host, "radio.example");
	assert_int_equal(u.port, 8010);
	assert_string_equal(u.mount, "/loa.mp3");
	assert_string_equal(u.name, "icecast://source@radio.example:8010/loa.mp3");
	assert_int_equal(air_url_parse("icecast://source:a:b@127.0.0.1/x/y", &u, NULL),
			 LOA_OK);
	assert_string_equal(u.password, "a:b");
	assert_int_equal(u.port, 8000);
	assert_int_equal(air_url_parse("file:out/a.wav", &u, NULL), LOA_OK);
	assert_string_equal(u.path, "out/a.wav");
	assert_int_equal(air_url_parse("record:/var/lib/loa/air", &u, NULL), LOA_OK);
	assert_int_equal(u.scheme, AIR_RECORD);
	assert_int_equal(air_url_parse("null:", &u, NULL), LOA_OK);
	assert_int_equal(u.scheme, AIR_NULL);
}

static void test_url_bad(void **state)
{
	static const struct {
		const char *url, *says;
	} bad[] = {
		{ "ftp://x/y", "unknown output kind 'ftp:'" },
		{ "speaker", "is not an output address" },
		{ "", "is not an output address" },
		{ "null:x", "takes nothing" },
		{ "icecast://127.0.0.1:8000/loa.mp3", "needs the source password" },
		{ "icecast://source@127.0.0.1:8000/loa.mp3", "needs the source password" },
		{ "icecast://source:@127.0.0.1:8000/loa.mp3", "needs the source password" },
		{ "icecast://:s3cret@127.0.0.1:8000/loa.mp3", "user name" },
		{ "icecast://source:s3cret@127.0.0.1:8000", "no mount point" },
		{ "icecast://source:s3cret@127.0.0.1:8000/", "no mount point" },
		{ "icecast://source:s3cret@127.0.0.1:99999/m", "port '99999'" },
		{ "icecast://source:s3cret@127.0.0.1:0/m", "port '0'" },
		{ "icecast://source:s3cret@127.0.0.1:80x/m", "port '80x'" },
		{ "icecast://source:s3cret@127.0.0.1:/m", "port ''" },
		{ "icecast://source:s3cret@/m", "server name" },
		{ "icecast://source:s3cret@ho st/m", "server name" },
		{ "icecast://source:s3cret@h/m;x", "mount point" },
		{ "icecast://source:s3cret@h/../m", "mount point" },
		{ "icecast://source:s3c/ret@h/m", "password" },
		{ "icecast://source:s3c%20@h/m", "password" },
		{ "file:", "needs a file name" },
		{ "record:", "needs a folder" },
		{ "alsa:bad name", "sound device name" },
	};
	struct loa_error err;
	struct air_url u;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		loa_error_clear(&err);
		if (air_url_parse(bad[i].url, &u, &err) != LOA_EINPUT ||
		    !strstr(err.msg, bad[i].says) || strstr(err.msg, "s3cret"))
			fail_msg("'%s' gave '%s'", bad[i].url, err.msg);
	}
}

static void test_open_refuses(void **state)
{
	struct air_output *o = (struct air_output *)&o;
	struct loa_error err;
	char path[160], dir[128];

	(void)state;
	assert_int_equal(air_output_open(&o, "tape:1", &opts, &err), LOA_EINPUT);
	assert_null(o);
	snprintf(path, sizeof(path), "file:%s/a.ogg", root);
	assert_int_equal(air_output_open(&o, path, &opts, &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, ".wav, .flac or .mp3"));
	snprintf(dir, sizeof(dir), "%s/missing", root);
	snprintf(path, sizeof(path), "file:%s/a.wav", dir);
	assert_int_equal(air_output_open(&o, path, &opts, &err), LOA_EIO);
	assert_null(o);
	assert_int_equal(access(dir, F_OK), -1);
}

static void test_null(void **state)
{
	struct air_output *o;
	int16_t pcm[64] = { 0 };

	(void)state;
	assert_int_equal(air_output_open(&o, "null:", NULL, NULL), LOA_OK);
	assert_int_equal(air_output_realtime(o), 0);
	assert_string_equal(air_output_name(o), "null:");
	assert_int_equal(air_output_write(o, pcm, 64, 0, NULL), LOA_OK);
	air_output_close(&o);
	assert_null(o);
	air_output_close(&o);
	air_output_close(NULL);
}

/* file: keeps WAV and FLAC exactly, and shows nothing until closed. */
static void check_exact(const char *ext)
{
	size_t n = AIR_RATE + 123, done = 0, step = 441;
	int16_t *pcm = tone(n), *back = calloc(n + 1, sizeof(*back));
	char url[160], *path = url + 5;
	struct air_output *o;
	SF_INFO info = { 0 };
	SNDFILE *sf;

	snprintf(url, sizeof(url), "file:%s/exact.%s", root, ext);
	assert_int_equal(air_output_open(&o, url, &opts, NULL), LOA_OK);
	assert_int_equal(air_output_realtime(o), 0);
	for (; done < n; done += step, step = step * 3 % 1000 + 1)
		assert_int_equal(air_output_write(o, pcm + done,
						  n - done < step ? n - done : step,
						  0, NULL), LOA_OK);
	assert_int_equal(access(path, F_OK), -1);
	air_output_close(&o);
	sf = sf_open(path, SFM_READ, &info);
	assert_non_null(sf);
	assert_int_equal(info.samplerate, AIR_RATE);
	assert_int_equal(info.channels, 1);
	assert_int_equal(sf_readf_short(sf, back, (sf_count_t)n + 1), (sf_count_t)n);
	sf_close(sf);
	assert_memory_equal(pcm, back, n * sizeof(*pcm));
	free(pcm);
	free(back);
}

static void test_file_exact(void **state)
{
	(void)state;
	check_exact("wav");
	check_exact("flac");
}

static void test_file_mp3(void **state)
{
	int16_t *pcm = tone(AIR_RATE * 2);
	struct air_output *o;
	char url[160];
	double seconds;

	(void)state;
	snprintf(url, sizeof(url), "file:%s/tone.mp3", root);
	assert_int_equal(air_output_open(&o, url, &opts, NULL), LOA_OK);
	assert_int_equal(air_output_write(o, pcm, AIR_RATE * 2, 0, NULL), LOA_OK);
	air_output_close(&o);
	seconds = loa_audio_duration(url + 5);
	if (fabs(seconds - 2.0) > 0.1)
		fail_msg("tone.mp3 lasts %.3f s, wanted 2", seconds);
	free(pcm);
}

static double day_file_seconds(const char *day)
{
	char path[160];

	snprintf(path, sizeof(path), "%s/rec/%s.mp3", root, day);
	return loa_audio_duration(path);
}

/* record: changes files at local midnight, keeps retention_days days,
 * and a second run continues the day's file. */
static void test_record(void **state)
{
	static const char *const old[] = { "2026-11-01.mp3", "2026-11-28.mp3",
					   "2026-11-29.mp3", "notes.txt" };
	int16_t *pcm = tone(AIR_RATE);
	long long t = (clock_unix_time(loa_date_from_civil(2026, 11, 30),
				       86400) - 1) * 1000 + 500;
	struct air_output *o;
	char url[160], path[160];
	size_t i;

	(void)state;
	snprintf(path, sizeof(path), "%s/rec", root);
	assert_int_equal(mkdir(path, 0777), 0);
	for (i = 0; i < 4; i++) {
		snprintf(path, sizeof(path), "rec/%s", old[i]);
		write_file(path, "x");
	}
	snprintf(url, sizeof(url), "record:%s/rec", root);
	assert_int_equal(air_output_open(&o, url, &opts, NULL), LOA_OK);
	/* 23:59:59.5 to 00:00:00.5, local time. */
	assert_int_equal(air_output_write(o, pcm, AIR_RATE, t, NULL), LOA_OK);
	air_output_close(&o);
	assert_true(fabs(day_file_seconds("2026-11-30") - 0.5) < 0.1);
	assert_true(fabs(day_file_seconds("2026-12-01") - 0.5) < 0.1);
	for (i = 0; i < 4; i++) {
		snprintf(path, sizeof(path), "%s/rec/%s", root, old[i]);
		assert_int_equal(access(path, F_OK), i < 2 ? -1 : 0);
	}
	assert_true(notes_have("removed the recording of 2026-11-01"));
	assert_int_equal(air_output_open(&o, url, &opts, NULL), LOA_OK);
	assert_int_equal(air_output_write(o, pcm, AIR_RATE, t + 5000, NULL), LOA_OK);
	air_output_close(&o);
	assert_true(fabs(day_file_seconds("2026-12-01") - 1.5) < 0.15);
	free(pcm);
}

/* A port nothing listens on: bound, then closed. */
static int dead_port(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t len = sizeof(a);
	int fd = socket(AF_INET, SOCK_STREAM, 0), port;

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof(a)), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&a, &len), 0);
	port = ntohs(a.sin_port);
	close(fd);
	return port;
}

/* An unreachable server is not an error at open; writes queue (the
 * oldest dropped) and the output says it is retrying. */
static void test_icecast_unreachable(void **state)
{
	int16_t *pcm = tone(AIR_RATE);
	struct air_output *o;
	char url[128], name[128];
	int i, port = dead_port();

	(void)state;
	snprintf(url, sizeof(url), "icecast://source:s3cret@127.0.0.1:%d/loa.mp3", port);
	snprintf(name, sizeof(name), "icecast://source@127.0.0.1:%d/loa.mp3", port);
	assert_int_equal(air_output_open(&o, url, &opts, NULL), LOA_OK);
	assert_int_equal(air_output_realtime(o), 1);
	assert_string_equal(air_output_name(o), name);
	for (i = 0; i < 15; i++) /* more than the queue holds */
		assert_int_equal(air_output_write(o, pcm, AIR_RATE, 0, NULL), LOA_OK);
	for (i = 0; i < 100 && !notes_have("cannot connect ("); i++)
		usleep(50000);
	assert_true(notes_have("cannot connect ("));
	assert_false(notes_have("s3cret"));
	assert_false(notes_have("unknown note format"));
	air_output_close(&o);
	free(pcm);
}

/* A stand-in Icecast server: takes one source, answers its request and
 * counts the bytes of audio that follow. */
struct fake_server {
	int listen_fd, port;
	long body;
	pthread_t thread;
};

static void *fake_serve(void *arg)
{
	struct fake_server *f = arg;
	char buf[4096];
	size_t have = 0;
	ssize_t n;
	int fd = accept(f->listen_fd, NULL, NULL);

	while (fd >= 0 && (n = read(fd, buf + have, sizeof(buf) - 1 - have)) > 0) {
		char *end;

		have += (size_t)n;
		buf[have] = '\0';
		if (!(end = strstr(buf, "\r\n\r\n")))
			continue;
		if (write(fd, "HTTP/1.1 200 OK\r\n\r\n", 19) != 19)
			break;
		__atomic_store_n(&f->body, (long)(buf + have - end - 4), __ATOMIC_SEQ_CST);
		while ((n = read(fd, buf, sizeof(buf))) > 0)
			__atomic_add_fetch(&f->body, n, __ATOMIC_SEQ_CST);
		break;
	}
	if (fd >= 0)
		close(fd);
	return NULL;
}

/* TCP_USER_TIMEOUT of this process's socket to port, or -1. */
static int user_timeout_to(int port)
{
	struct sockaddr_in a;
	struct dirent *e;
	DIR *d = opendir("/proc/self/fd");
	int found = -1;

	while (d && (e = readdir(d))) {
		socklen_t len = sizeof(a);
		unsigned v;
		int fd = (int)strtol(e->d_name, NULL, 10);

		if (e->d_name[0] == '.' ||
		    getpeername(fd, (struct sockaddr *)&a, &len) ||
		    a.sin_family != AF_INET || ntohs(a.sin_port) != port)
			continue;
		len = sizeof(v);
		if (!getsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &v, &len))
			found = (int)v;
	}
	if (d)
		closedir(d);
	return found;
}

/* A connected source gives up on audio left unacknowledged for 4 s (a
 * vanished server), and its audio reaches the server. */
static void test_icecast_connects(void **state)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	struct fake_server f = { 0 };
	socklen_t len = sizeof(a);
	int16_t *pcm = tone(AIR_RATE);
	struct air_output *o;
	char url[128];
	int i;

	(void)state;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	f.listen_fd = socket(AF_INET, SOCK_STREAM, 0);
	assert_int_equal(bind(f.listen_fd, (struct sockaddr *)&a, sizeof(a)), 0);
	assert_int_equal(listen(f.listen_fd, 1), 0);
	assert_int_equal(getsockname(f.listen_fd, (struct sockaddr *)&a, &len), 0);
	f.port = ntohs(a.sin_port);
	assert_int_equal(pthread_create(&f.thread, NULL, fake_serve, &f), 0);
	snprintf(url, sizeof(url), "icecast://source:s3cret@127.0.0.1:%d/loa.mp3", f.port);
	assert_int_equal(air_output_open(&o, url, &opts, NULL), LOA_OK);
	for (i = 0; i < 100 && user_timeout_to(f.port) != 4000; i++)
		usleep(50000);
	assert_int_equal(user_timeout_to(f.port), 4000);
	assert_int_equal(air_output_write(o, pcm, AIR_RATE, 0, NULL), LOA_OK);
	for (i = 0; i < 100 && __atomic_load_n(&f.body, __ATOMIC_SEQ_CST) < 4000; i++)
		usleep(50000);
	/* A second of 64 kb/s MP3 is about 8,000 bytes. */
	assert_true(__atomic_load_n(&f.body, __ATOMIC_SEQ_CST) >= 4000);
	air_output_close(&o);
	pthread_join(f.thread, NULL);
	close(f.listen_fd);
	free(pcm);
}

/* ALSA's null device needs no sound card. */
static void test_alsa_null(void **state)
{
	int16_t *pcm = tone(AIR_RATE / 10);
	struct air_output *o;

	(void)state;
	assert_int_equal(air_output_open(&o, "alsa:null", &opts, NULL), LOA_OK);
	assert_int_equal(air_output_realtime(o), 1);
	assert_int_equal(air_output_write(o, pcm, AIR_RATE / 10, 0, NULL), LOA_OK);
	air_output_close(&o);
	free(pcm);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_url_good),
		cmocka_unit_test(test_url_bad),
		cmocka_unit_test(test_open_refuses),
		cmocka_unit_test(test_null),
		cmocka_unit_test(test_file_exact),
		cmocka_unit_test(test_file_mp3),
		cmocka_unit_test(test_record),
		cmocka_unit_test(test_icecast_unreachable),
		cmocka_unit_test(test_icecast_connects),
		cmocka_unit_test(test_alsa_null),
	};

	return cmocka_run_group_tests(tests, tmp_group_setup, tmp_group_teardown);
}
