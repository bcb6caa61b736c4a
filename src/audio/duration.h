/* Inside the audio layer: which files libsndfile reads (duration.c). */
#ifndef LOA_AUDIO_DURATION_H
#define LOA_AUDIO_DURATION_H

/* 1 for the names libsndfile decodes here: .wav, .flac, .ogg, .oga. */
int audio_sndfile_can_read(const char *path);
/* A file's length through libavformat (audio.c); -1 when unknown. */
double audio_duration_av(const char *path);
/*
 * The length an MP4 file (.m4a, .mp4, .m4b, .mov) declares in its movie
 * header (moov/mvhd: duration over timescale, what ffprobe shows), read
 * without FFmpeg; -1 when it has none or is not such a file.
 */
double audio_mp4_seconds(const char *path);
/* 1 for the names audio_mp4_seconds reads. */
int audio_mp4_name(const char *path);
/*
 * The length of raw AAC in ADTS frames (.aac), read without
 * FFmpeg by walking its frame headers: 1024 samples a block at the
 * first frame's rate, up to the first frame cut short, header that
 * does not read or rate that differs (an ID3v2 tag first is skipped);
 * -1 when no frame reads or it is longer than a day.
 */
double audio_adts_seconds(const char *path);
/* 1 for the names audio_adts_seconds reads. */
int audio_adts_name(const char *path);

#endif
