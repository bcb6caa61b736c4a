/*
 * The render fingerprint: its documented byte layout, that it is the same
 * in another process, and that it changes with everything that changes
 * the rendered bytes.  No audio is made: a fingerprint hashes files
 * without decoding them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "audio/duration.h"
#include "core/hash.h"
#include "loa/audio.h"
#include "loa/render.h"
#include "loa/tts.h"
#include "loa/version.h"
#include "render/fingerprint.h"
#include "unit_tmp.h"

static const char commune_text[] =
	"id: tien-minh\nkind: xã\nname: xã Tiên Minh\n"
	"city: thành phố Hải Phòng\noffice: Phòng Văn hóa - Xã hội\n"
	"police_phone: \"0225 3876 113\"\nhotline: \"113\"\n";

static const char script_text[] =
	"id: canh-bao\ntitle: Cảnh giác\ntopic: online-fraud\n"
	"intro: audio/chime.wav\noutro: audio/chime.wav\n"
	"bed:\n  file: audio/bed.flac\n  level_db: -22\n"
	"parts:\n"
	"  - say: Kính thưa bà con {{commune.name}}.\n"
	"  - pause: 700ms\n"
	"  - play: audio/clip.mp3\n";

struct fixture {
	struct loa_script *script;
	struct loa_commune *commune;
	struct loa_render_options opt;
};

/* The audio files hold arbitrary bytes: only their bytes are hashed. */
static void fixture_load(struct fixture *f)
{
	struct loa_error err;

	write_file("audio/chime.wav", "chime bytes");
	write_file("audio/bed.flac", "bed bytes");
	write_file("audio/clip.mp3", "clip bytes");
	assert_int_equal(loa_commune_load(&f->commune,
					  write_file("c.yaml", commune_text),
					  &err), LOA_OK);
	assert_int_equal(loa_script_load(&f->script,
					 write_file("s.yaml", script_text),
					 root, &err), LOA_OK);
	loa_render_options_init(&f->opt);
	f->opt.date = "2026-12-01";
}

static void fixture_free(struct fixture *f)
{
	loa_script_free(&f->script);
	loa_commune_free(&f->commune);
}

static void fingerprint(const struct fixture *f, char hex[65])
{
	struct loa_error err;

	assert_int_equal(loa_render_fingerprint(f->script, f->commune, &f->opt,
						hex, &err), LOA_OK);
}

/* The file at name in the layout: its SHA-256. */
static void hash_asset(struct hash *h, const char *name)
{
	struct loa_error err;
	char path[256];

	snprintf(path, sizeof(path), "%s/%s", root, name);
	assert_int_equal(hash_file(h, path, &err), LOA_OK);
}

static void hash_step(struct hash *h, const char *kind, int in_body,
		      long ms, const char *text)
{
	hash_str(h, kind);
	hash_int(h, in_body);
	hash_int(h, ms);
	hash_str(h, text);
}

/* The fields docs/architecture.md ("Hashes") lists, written out here. */
static void expected_fingerprint(const struct fixture *f, const char *spoken,
				 char hex[65])
{
	static const struct { const char *name; double value; } consts[] = {
		{ "highpass_hz", 180 }, { "lowpass_hz", 7000 },
		{ "comp_threshold", 0.1 }, { "comp_ratio", 3 },
		{ "comp_attack_ms", 5 }, { "comp_release_ms", 150 },
		{ "comp_makeup", 2 }, { "duck_threshold", 0.02 },
		{ "duck_ratio", 8 }, { "duck_attack_ms", 20 },
		{ "duck_release_ms", 600 }, { "voice_ref_lufs", -20 },
		{ "jingle_offset_db", -3 }, { "lame_loudness_loss_db", 0.45 },
		{ "lame_peak_margin_db", 1.2 }, { "intro_gap_ms", 300 },
		{ "outro_gap_ms", 600 }, { "bed_fade_ms", 1500 },
		{ "repeat_gap_ms", 700 }, { "notice_gap_ms", 500 },
		{ "reminder_after_ms", 300000 }, { "limiter_attack_ms", 5 },
		{ "limiter_release_ms", 60 }, { "gain_peak_window", 256 },
		{ "limiter_loss_offset_db", 0.13 },
	};
	const size_t n_consts = sizeof(consts) / sizeof(consts[0]);
	struct loa_error err;
	struct hash h;
	char text[512];
	size_t i;

	assert_int_equal(hash_init(&h, &err), LOA_OK);
	hash_str(&h, "loa-render-fingerprint 2");
	hash_str(&h, LOA_VERSION);
	hash_str(&h, loa_tts_version());
	loa_audio_versions(text, sizeof(text));
	hash_str(&h, text);
	hash_int(&h, (int64_t)n_consts);
	for (i = 0; i < n_consts; i++) {
		hash_str(&h, consts[i].name);
		hash_real(&h, consts[i].value);
	}
	hash_int(&h, 22050);
	hash_int(&h, 44100);
	/* output format, loudness, voice, bed gain, repeat */
	hash_str(&h, "ip-speaker");
	hash_int(&h, 44100);
	hash_int(&h, 1);
	hash_int(&h, 64000);
	hash_str(&h, "mp3");
	hash_real(&h, -16);
	hash_real(&h, -1.5);
	hash_str(&h, "vi");
	hash_int(&h, 150);
	hash_int(&h, 45);
	hash_real(&h, -22);
	hash_int(&h, 0);
	/* tags */
	hash_str(&h, "Cảnh giác (xã Tiên Minh)");
	hash_str(&h, "Phòng Văn hóa - Xã hội");
	hash_str(&h, "Phòng chống lừa đảo trực tuyến");
	hash_str(&h, f->opt.date);
	snprintf(text, sizeof(text),
		 "Bản tin này được đọc bằng giọng đọc tổng hợp do máy tạo ra, "
		 "không phải giọng người thật (eSpeak NG %s, giọng vi).",
		 loa_tts_version());
	hash_str(&h, text);
	snprintf(text, sizeof(text),
		 "synthetic-speech; engine=eSpeak NG %s; voice=vi; "
		 "generator=loa %s", loa_tts_version(), LOA_VERSION);
	hash_str(&h, text);
	hash_str(&h, "canh-bao");
	/* the bed, then the timeline */
	hash_int(&h, 1);
	hash_asset(&h, "audio/bed.flac");
	hash_int(&h, 10);
	hash_step(&h, "file", 0, 0, NULL);
	hash_asset(&h, "audio/chime.wav");
	hash_step(&h, "silence", 0, 300, NULL);
	hash_step(&h, "speech", 0, 0, LOA_NOTICE_DEFAULT);
	hash_step(&h, "silence", 0, 500, NULL);
	hash_step(&h, "speech", 1, 0, spoken);
	hash_step(&h, "silence", 1, 700, NULL);
	hash_step(&h, "file", 1, 0, NULL);
	hash_asset(&h, "audio/clip.mp3");
	hash_step(&h, "reminder", 1, 700, LOA_REMINDER_DEFAULT);
	hash_step(&h, "silence", 0, 600, NULL);
	hash_step(&h, "file", 0, 0, NULL);
	hash_asset(&h, "audio/chime.wav");
	hash_final(&h, hex);
}

static void test_layout(void **state)
{
	struct fixture f = { 0 };
	struct loa_error err;
	char got[65], want[65], *spoken;

	(void)state;
	fixture_load(&f);
	assert_int_equal(loa_render_spoken_text(f.script, f.commune, &f.opt,
						&spoken, &err), LOA_OK);
	/* The notice, the say: part, the marked reminder. */
	assert_string_equal(spoken, LOA_NOTICE_DEFAULT "\n"
			    "Kính thưa bà con xã Tiên Minh.\n"
			    "(only in a render longer than five minutes) "
			    LOA_REMINDER_DEFAULT "\n");
	*strchr(strchr(spoken, '\n') + 1, '\n') = '\0';
	expected_fingerprint(&f, strchr(spoken, '\n') + 1, want);
	fingerprint(&f, got);
	assert_string_equal(got, want);
	assert_int_equal(strspn(got, "0123456789abcdef"), 64);
	free(spoken);
	fixture_free(&f);
}

/* The fingerprint computed in a child process, read through a pipe. */
static void fingerprint_in_child(const struct fixture *f, char hex[65])
{
	int fds[2], status;
	pid_t pid;

	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct loa_error err;
		char mine[65];
		int ok;

		close(fds[0]);
		ok = loa_render_fingerprint(f->script, f->commune, &f->opt,
					    mine, &err) == LOA_OK &&
		     write(fds[1], mine, 64) == 64;
		_exit(ok ? 0 : 1);
	}
	close(fds[1]);
	assert_int_equal(read(fds[0], hex, 64), 64);
	hex[64] = '\0';
	close(fds[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void test_same_inputs(void **state)
{
	struct fixture f = { 0 }, g = { 0 };
	char a[65], b[65], c[65];

	(void)state;
	fixture_load(&f);
	fingerprint(&f, a);
	fingerprint(&f, b);
	assert_string_equal(a, b);
	fingerprint_in_child(&f, c);
	assert_string_equal(a, c);
	/* Loaded again: other addresses, other heap layout. */
	fixture_load(&g);
	fingerprint(&g, b);
	assert_string_equal(a, b);
	fixture_free(&g);
	fixture_free(&f);
}

#define MAX_PRINTS 64

struct prints {
	char hex[MAX_PRINTS][65];
	const char *what[MAX_PRINTS];
	int n;
};

static void add_print(struct prints *p, const struct fixture *f,
		      const char *what)
{
	assert_true(p->n < MAX_PRINTS);
	fingerprint(f, p->hex[p->n]);
	p->what[p->n++] = what;
}

static void replace(char **field, const char *value)
{
	free(*field);
	*field = value ? strdup(value) : NULL;
}

/* Script, commune and options changes, each from the fixture. */
static void vary_inputs(struct prints *p)
{
	struct fixture f = { 0 };

	fixture_load(&f);
	add_print(p, &f, "the fixture");
	replace(&f.script->parts[0].text, "Kính thưa bà con.");
	add_print(p, &f, "a text");
	f.script->parts[1].pause_ms = 800;
	add_print(p, &f, "a pause");
	f.script->voice.rate = 151;
	add_print(p, &f, "voice rate");
	f.script->voice.pitch = 46;
	add_print(p, &f, "voice pitch");
	replace(&f.script->voice.name, "vi-VN-x-south");
	add_print(p, &f, "voice name");
	f.script->bed_gain_db = -21;
	add_print(p, &f, "bed gain");
	f.script->repeat = 1;
	add_print(p, &f, "repeat");
	replace(&f.script->title, "Cảnh giác!");
	add_print(p, &f, "title tag");
	replace(&f.script->topic, "deepfake");
	add_print(p, &f, "album tag");
	replace(&f.script->id, "canh-bao-2");
	add_print(p, &f, "script id tag");
	replace(&f.commune->office, "UBND xã");
	add_print(p, &f, "artist tag");
	f.opt.date = "2026-12-02";
	add_print(p, &f, "date tag");
	f.opt.target_lufs = -17;
	add_print(p, &f, "loudness target");
	f.opt.true_peak_db = -2;
	add_print(p, &f, "true peak ceiling");
	f.opt.output = loa_output_format_find("fm");
	add_print(p, &f, "output format");
	replace(&f.script->intro, NULL);
	add_print(p, &f, "no intro");
	replace(&f.script->bed, NULL);
	add_print(p, &f, "no bed");
	replace(&f.commune->notice, "Giọng đọc tổng hợp của xã xin kính chào.");
	add_print(p, &f, "the profile's notice");
	replace(&f.commune->reminder, "Vừa rồi là giọng nói tổng hợp.");
	add_print(p, &f, "the profile's reminder");
	f.script->notice_off = 1;
	add_print(p, &f, "the notice turned off");
	fixture_free(&f);
}

/* The same paths with other bytes in the files. */
static void vary_files(struct prints *p)
{
	static const char *const names[] = {
		"audio/chime.wav", "audio/bed.flac", "audio/clip.mp3",
	};
	struct fixture f = { 0 };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		fixture_load(&f);
		write_file(names[i], "other bytes");
		add_print(p, &f, names[i]);
		fixture_free(&f);
	}
}

/* Each mastering constant nudged in turn. */
static void vary_constants(struct prints *p)
{
#define NUDGE(name, value) \
	do { \
		struct mastering m = mastering; \
		struct loa_error err; \
		\
		m.name += 0.5; \
		assert_true(p->n < MAX_PRINTS); \
		assert_int_equal(fingerprint_with(&m, f.script, f.commune, \
						  &f.opt, p->hex[p->n], \
						  &err), LOA_OK); \
		p->what[p->n++] = #name; \
	} while (0);
	struct fixture f = { 0 };

	fixture_load(&f);
	MASTERING_FIELDS(NUDGE)
	fixture_free(&f);
#undef NUDGE
}

static void test_changes(void **state)
{
	struct prints p = { .n = 0 };
	int i, j;

	(void)state;
	vary_inputs(&p);
	vary_files(&p);
	vary_constants(&p);
	for (i = 0; i < p.n; i++)
		for (j = i + 1; j < p.n; j++)
			if (!strcmp(p.hex[i], p.hex[j]))
				fail_msg("'%s' and '%s' have one fingerprint",
					 p.what[i], p.what[j]);
}

static void test_unreadable_file(void **state)
{
	struct fixture f = { 0 };
	struct loa_error err;
	char hex[65], path[256];

	(void)state;
	fixture_load(&f);
	snprintf(path, sizeof(path), "%s/audio/clip.mp3", root);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(loa_render_fingerprint(f.script, f.commune, &f.opt,
						hex, &err), LOA_EIO);
	assert_non_null(strstr(err.msg, "clip.mp3"));
	fixture_free(&f);
}

/* Puts a box header (size, type) at p; returns p past it. */
static unsigned char *box(unsigned char *p, uint32_t size, const char *type)
{
	p[0] = size >> 24;
	p[1] = size >> 16 & 0xff;
	p[2] = size >> 8 & 0xff;
	p[3] = size & 0xff;
	memcpy(p + 4, type, 4);
	return p + 8;
}

/* Writes an MP4 of ftyp, a 64-bit-sized mdat and moov/mvhd (version v,
 * scale, length); cut bytes off its end; reads its length back. */
static double mp4_file(unsigned v, uint32_t scale, uint64_t length,
		       size_t cut)
{
	unsigned char b[256] = { 0 }, *p = b, *m;
	char path[128];
	double seconds;
	FILE *f;
	int i;

	p = box(p, 16, "ftyp");
	memcpy(p, "M4A ", 4);
	p = box(p + 8, 1, "mdat");
	p[7] = 24;                     /* largesize: 16 head + 8 bytes */
	p += 16;
	p = box(p, 8 + 8 + 112, "moov");
	m = box(p, 8 + 112, "mvhd");
	m[0] = (unsigned char)v;
	m += v ? 20 : 12;
	for (i = 0; i < 4; i++)
		m[i] = (unsigned char)(scale >> (24 - 8 * i));
	for (i = 0; i < (v ? 8 : 4); i++)
		m[4 + i] = (unsigned char)(length >> (8 * ((v ? 8 : 4) - 1 - i)));
	snprintf(path, sizeof(path), "%s/audio/clip.m4a", root);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(b, 1, (size_t)(p + 120 - b) - cut, f),
			 (size_t)(p + 120 - b) - cut);
	fclose(f);
	assert_true(audio_mp4_name(path));
	seconds = audio_mp4_seconds(path);
	unlink(path);
	return seconds;
}

/* loa-serve's length of an M4A: its movie header, after any mdat. */
static void test_mp4_seconds(void **state)
{
	(void)state;
	assert_true(mp4_file(0, 1000, 7300, 0) == 7.3);
	assert_true(mp4_file(1, 48000, 144000, 0) == 3.0);
	/* Unknown, no scale, or a box past the end: no length. */
	assert_true(mp4_file(0, 1000, UINT32_MAX, 0) == -1);
	assert_true(mp4_file(1, 1000, UINT64_MAX, 0) == -1);
	assert_true(mp4_file(0, 0, 7300, 0) == -1);
	assert_true(mp4_file(0, 1000, 7300, 1) == -1);
	assert_true(audio_mp4_seconds("/nonexistent.m4a") == -1);
	assert_false(audio_mp4_name("a.mp3"));
}

/* An ADTS frame header at p: rate index, length with the header, raw
 * blocks, a CRC (9-byte header) or not; the body left as zeros. */
static unsigned char *adts(unsigned char *p, unsigned rate, unsigned len,
			   unsigned blocks, int crc)
{
	memset(p, 0, len);
	p[0] = 0xFF;
	p[1] = crc ? 0xF0 : 0xF1;
	p[2] = (unsigned char)(1 << 6 | rate << 2);  /* AAC LC */
	p[3] = (unsigned char)(1 << 6 | (len >> 11 & 3));  /* 1 channel */
	p[4] = (unsigned char)(len >> 3 & 0xFF);
	p[5] = (unsigned char)((len & 7) << 5 | 0x1F);
	p[6] = (unsigned char)(0xFC | (blocks - 1));
	return p + len;
}

/* Writes n bytes of b as clip.aac and reads its length back. */
static double adts_file(const unsigned char *b, size_t n)
{
	char path[128];
	double seconds;
	FILE *f;

	snprintf(path, sizeof(path), "%s/audio/clip.aac", root);
	f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(b, 1, n, f), n);
	fclose(f);
	assert_true(audio_adts_name(path));
	seconds = audio_adts_seconds(path);
	unlink(path);
	return seconds;
}

/* loa-serve's length of raw AAC: its ADTS frames counted, 1024 samples
 * a block; what does not read ends the count, and no frame is -1. */
static void test_adts_seconds(void **state)
{
	unsigned char b[400] = { 0 }, *p;
	int i;

	(void)state;
	for (p = b, i = 0; i < 3; i++)
		p = adts(p, 4, 20, 1, 0);               /* 44100 Hz */
	assert_true(adts_file(b, (size_t)(p - b)) == 3 * 1024 / 44100.0);
	/* Cut inside its last frame: that frame does not count. */
	assert_true(adts_file(b, (size_t)(p - b) - 1) == 2 * 1024 / 44100.0);
	/* Trailing bytes that are no frame (an ID3v1 tag) count nothing. */
	memcpy(p, "TAG", 3);
	assert_true(adts_file(b, (size_t)(p - b) + 128) == 3 * 1024 / 44100.0);
	/* Two blocks a frame, a CRC, 48000 Hz. */
	for (p = b, i = 0; i < 4; i++)
		p = adts(p, 3, 30, 2, 1);
	assert_true(adts_file(b, (size_t)(p - b)) == 8 * 1024 / 48000.0);
	/* A rate that changes ends the count. */
	p = adts(adts(b, 3, 30, 1, 0), 4, 30, 1, 0);
	assert_true(adts_file(b, (size_t)(p - b)) == 1024 / 48000.0);
	/* An ID3v2 tag first (synchsafe size 20) is skipped. */
	memcpy(b, "ID3\4\0\0\0\0\0\x14", 10);
	memset(b + 10, 'x', 20);
	p = adts(adts(b + 30, 4, 20, 1, 0), 4, 20, 1, 0);
	assert_true(adts_file(b, (size_t)(p - b)) == 2 * 1024 / 44100.0);
	/* Hostile or foreign: a length shorter than its header (which
	 * would loop forever), a rate index past the table, no sync, a
	 * CRC header cut, nothing. */
	adts(b, 4, 20, 1, 0);
	b[4] = 0;
	b[5] = 6 << 5;                                  /* length 6 */
	assert_true(adts_file(b, 40) == -1);
	adts(b, 13, 20, 1, 0);
	assert_true(adts_file(b, 20) == -1);
	adts(b, 4, 8, 1, 1);                            /* 8 < 9 */
	assert_true(adts_file(b, 8) == -1);
	memcpy(b, "ADIF", 4);
	assert_true(adts_file(b, 20) == -1);
	assert_true(adts_file(b, 0) == -1);
	assert_true(audio_adts_seconds("/nonexistent.aac") == -1);
	assert_false(audio_adts_name("a.m4a"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout),
		cmocka_unit_test(test_same_inputs),
		cmocka_unit_test(test_changes),
		cmocka_unit_test(test_unreadable_file),
		cmocka_unit_test(test_mp4_seconds),
		cmocka_unit_test(test_adts_seconds),
	};

	return cmocka_run_group_tests(tests, tmp_group_setup,
				      tmp_group_teardown);
}
