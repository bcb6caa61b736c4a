/*
 * loa_audio_duration (loa/audio.h) in a file of its own: the schedule
 * reader's estimates need it, and loa-serve, which plans the Week page,
 * links libsndfile but not FFmpeg (docs/web.md, "Memory").  WAV, FLAC
 * and Ogg are read with libsndfile in every program; the rest with
 * libavformat (audio.c) when the program links it.  Without it (loa-serve)
 * MP3 is read with libsndfile's own MPEG reader, M4A (and the other MP4
 * names) by the length its movie header declares, and raw AAC (ADTS) by
 * counting its frames.
 */
#include "loa/audio.h"

#include <sndfile.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "duration.h"

/* Weak: a program without audio.c (loa-serve) has it as NULL. */
#pragma weak audio_duration_av

int audio_sndfile_can_read(const char *path)
{
	const char *dot = strrchr(path, '.');

	return dot && (!strcasecmp(dot, ".wav") || !strcasecmp(dot, ".flac") ||
		       !strcasecmp(dot, ".ogg") || !strcasecmp(dot, ".oga"));
}

static double sndfile_seconds(const char *path)
{
	SF_INFO info = { 0 };
	SNDFILE *sf = sf_open(path, SFM_READ, &info);
	double seconds = -1;

	if (!sf)
		return -1;
	if (info.samplerate > 0)
		seconds = (double)info.frames / info.samplerate;
	sf_close(sf);
	return seconds;
}

int audio_mp4_name(const char *path)
{
	const char *dot = strrchr(path, '.');

	return dot && (!strcasecmp(dot, ".m4a") || !strcasecmp(dot, ".mp4") ||
		       !strcasecmp(dot, ".m4b") || !strcasecmp(dot, ".mov"));
}

/* A big-endian number of n bytes (at most 8) from p. */
static uint64_t be(const unsigned char *p, unsigned n)
{
	uint64_t v = 0;

	while (n--)
		v = v << 8 | *p++;
	return v;
}

/*
 * Finds the box named type among the boxes from *at to end of f: *at is
 * set to its contents and *size to their length; 0, or -1 when there is
 * none or a box's size is impossible.  At most 4096 boxes are looked at.
 */
static int find_box(FILE *f, const char *type, uint64_t *at, uint64_t end,
		    uint64_t *size)
{
	unsigned char h[16];
	uint64_t pos = *at, len;
	unsigned n, head;

	for (n = 0; n < 4096 && end - pos >= 8; n++) {
		if (fseeko(f, (off_t)pos, SEEK_SET) || fread(h, 1, 8, f) != 8)
			return -1;
		len = be(h, 4);
		head = 8;
		if (len == 1) {        /* a 64-bit size follows the type */
			if (end - pos < 16 || fread(h + 8, 1, 8, f) != 8)
				return -1;
			len = be(h + 8, 8);
			head = 16;
		} else if (len == 0) { /* up to the end of its container */
			len = end - pos;
		}
		if (len < head || len > end - pos)
			return -1;
		if (!memcmp(h + 4, type, 4)) {
			*at = pos + head;
			*size = len - head;
			return 0;
		}
		pos += len;
	}
	return -1;
}

double audio_mp4_seconds(const char *path)
{
	unsigned char m[32];
	uint64_t at = 0, size, scale, length;
	double seconds = -1;
	struct stat st;
	FILE *f = fopen(path, "rb");

	if (!f || fstat(fileno(f), &st) || st.st_size < 8)
		goto out;
	/* moov, then its mvhd (100 bytes or more): version, flags, two
	 * dates, scale, length. */
	if (find_box(f, "moov", &at, (uint64_t)st.st_size, &size) ||
	    find_box(f, "mvhd", &at, at + size, &size) || size < 32 ||
	    fseeko(f, (off_t)at, SEEK_SET) || fread(m, 1, 32, f) != 32)
		goto out;
	if (m[0] == 1) {
		scale = be(m + 20, 4);
		length = be(m + 24, 8);
	} else if (m[0] == 0) {
		scale = be(m + 12, 4);
		length = be(m + 16, 4);
	} else {
		goto out;
	}
	/* All ones: unknown (a fragmented file says so in its fragments). */
	if (scale && length && length != UINT64_MAX &&
	    (m[0] == 1 || length != UINT32_MAX))
		seconds = (double)length / (double)scale;
out:
	if (f)
		fclose(f);
	return seconds;
}

int audio_adts_name(const char *path)
{
	const char *dot = strrchr(path, '.');

	return dot && !strcasecmp(dot, ".aac");
}

/* More frames than a day of audio at 96 kHz: not a clip, not walked. */
#define ADTS_MAX_FRAMES (24L * 3600 * 96000 / 1024)

double audio_adts_seconds(const char *path)
{
	static const unsigned rates[13] = {
		96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000,
		12000, 11025, 8000, 7350
	};
	unsigned char h[10], body[8192];
	unsigned rate = 0, len, head;
	uint64_t samples = 0;
	long frames = 0;
	FILE *f = fopen(path, "rb");

	if (!f)
		return -1;
	/* An ID3v2 tag first (ffmpeg -write_id3v2 1): its size is
	 * synchsafe, 7 bits a byte. */
	if (fread(h, 1, 10, f) == 10 && !memcmp(h, "ID3", 3) &&
	    !((h[6] | h[7] | h[8] | h[9]) & 0x80)) {
		if (fseeko(f, (off_t)(10 + (h[5] & 0x10 ? 10 : 0) +
				      ((long)h[6] << 21 | h[7] << 14 |
				       h[8] << 7 | h[9])), SEEK_SET))
			goto out;
	} else {
		rewind(f);
	}
	/* Each frame: a 7-byte header (9 with its CRC) holding its length
	 * with the header, its rate and how many blocks of 1024 samples it
	 * carries; a frame cut short or a header that does not read ends
	 * the walk, so trailing tags and garbage count nothing. */
	while (frames < ADTS_MAX_FRAMES && fread(h, 1, 7, f) == 7) {
		head = h[1] & 1 ? 7 : 9;
		len = (h[3] & 3u) << 11 | (unsigned)h[4] << 3 | h[5] >> 5;
		if (h[0] != 0xFF || (h[1] & 0xF6) != 0xF0 ||
		    (h[2] >> 2 & 15) >= 13 || len < head ||
		    (rate && rates[h[2] >> 2 & 15] != rate))
			break;
		rate = rates[h[2] >> 2 & 15];
		if (fread(body, 1, len - 7, f) != len - 7)
			break;
		samples += 1024u * ((h[6] & 3u) + 1);
		frames++;
	}
out:
	fclose(f);
	return frames && frames < ADTS_MAX_FRAMES ?
		(double)samples / rate : -1;
}

double loa_audio_duration(const char *path)
{
	if (audio_sndfile_can_read(path))
		return sndfile_seconds(path);
	if (audio_duration_av)
		return audio_duration_av(path);
	if (audio_mp4_name(path))
		return audio_mp4_seconds(path);
	if (audio_adts_name(path))
		return audio_adts_seconds(path);
	return sndfile_seconds(path);
}
