/*
 * The audio libraries' versions (loa/audio.h), apart from audio.c: the
 * playout daemon decodes with audio.c but must not load libavfilter.
 */
#include "loa/audio.h"

#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libswresample/swresample.h>
#include <sndfile.h>
#include <stdio.h>

void loa_audio_versions(char *buf, size_t size)
{
	static const struct {
		const char *name;
		unsigned (*version)(void);
	} libs[] = {
		{ "libavcodec", avcodec_version },
		{ "libavformat", avformat_version },
		{ "libavfilter", avfilter_version },
		{ "libswresample", swresample_version },
		{ "libavutil", avutil_version },
	};
	size_t i, at = 0;

	for (i = 0; i < sizeof(libs) / sizeof(libs[0]) && at < size; i++) {
		unsigned v = libs[i].version();
		int n = snprintf(buf + at, size - at, "%s %u.%u.%u; ",
				 libs[i].name, AV_VERSION_MAJOR(v),
				 AV_VERSION_MINOR(v), AV_VERSION_MICRO(v));

		if (n < 0)
			break;
		at += (size_t)n;
	}
	if (at < size)
		snprintf(buf + at, size - at, "%s", sf_version_string());
}
