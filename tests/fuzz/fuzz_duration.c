/*
 * A clip's length read without FFmpeg, as loa-serve reads it for the
 * Week's estimates: the input as raw AAC (its ADTS frames walked) and as
 * an MP4 (its boxes walked to the movie header).
 */
#include "fuzz.h"

#include "audio/duration.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *aac = fuzz_file("clip.aac", data, size);
	const char *m4a = fuzz_file("clip.m4a", data, size);
	double seconds;

	if (aac && (seconds = audio_adts_seconds(aac)) != -1 &&
	    !(seconds > 0 && seconds < 1e9))
		__builtin_trap();          /* a length no file has */
	if (m4a)
		audio_mp4_seconds(m4a);
	return 0;
}
