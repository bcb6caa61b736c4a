/*
 * loa_audio_duration (loa/audio.h) in a file of its own: the schedule
 * reader's estimates need it, and loa-serve, which plans the Week page,
 * links libsndfile but not FFmpeg (docs/web.md, "Memory").  WAV, FLAC
 * and Ogg are read with libsndfile in every program; the rest with
 * libavformat (audio.c) when the program links it.  Without it (loa-serve)
 * MP3 is read with libsndfile's own MPEG reader, and a format only
 * FFmpeg reads (M4A, AAC) has no known length.
 */
#include "loa/audio.h"

#include <sndfile.h>
#include <string.h>
#include <strings.h>

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

double loa_audio_duration(const char *path)
{
	if (audio_sndfile_can_read(path))
		return sndfile_seconds(path);
	if (audio_duration_av)
		return audio_duration_av(path);
	return sndfile_seconds(path);
}
