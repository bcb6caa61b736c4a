/* Inside the audio layer: which files libsndfile reads (duration.c). */
#ifndef LOA_AUDIO_DURATION_H
#define LOA_AUDIO_DURATION_H

/* 1 for the names libsndfile decodes here: .wav, .flac, .ogg, .oga. */
int audio_sndfile_can_read(const char *path);
/* A file's length through libavformat (audio.c); -1 when unknown. */
double audio_duration_av(const char *path);

#endif
