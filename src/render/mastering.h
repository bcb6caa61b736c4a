/*
 * Horn-loudspeaker mastering: the constants every render uses, in one
 * table.  Each one is part of the render fingerprint under its name
 * (mastering_hash), so changing a value, or adding a constant to
 * MASTERING_FIELDS, changes every fingerprint.
 */
#ifndef LOA_RENDER_MASTERING_H
#define LOA_RENDER_MASTERING_H

struct hash;

/*
 * Pass 1 runs at eSpeak NG's own rate: speech needs no resampling, and
 * everything is low-passed at 7 kHz for horns anyway.  Pass 2 converts
 * to the output rate before the limiter, so peaks are controlled there.
 */
#define SHAPE_RATE 22050
#define RENDER_RATE 44100
#define RENDER_RATE_TEXT "44100"

/* Samples per piece when the spool is written and read. */
#define SPOOL_CHUNK 8192

/* X(name, value): every constant is a double. */
#define MASTERING_FIELDS(X) \
	X(highpass_hz, 180)     /* the horn band */ \
	X(lowpass_hz, 7000) \
	X(comp_threshold, 0.1)  /* the voice compressor */ \
	X(comp_ratio, 3) \
	X(comp_attack_ms, 5) \
	X(comp_release_ms, 150) \
	X(comp_makeup, 2) \
	X(duck_threshold, 0.02) /* the bed ducked under the voice */ \
	X(duck_ratio, 8) \
	X(duck_attack_ms, 20) \
	X(duck_release_ms, 600) \
	/* every element is levelled to this before mixing */ \
	X(voice_ref_lufs, -20) \
	X(jingle_offset_db, -3) /* chimes sit a little under the voice */ \
	/* LAME lowers loudness (MEASURED.md) and raises true peak */ \
	X(lame_loudness_loss_db, 0.45) \
	X(lame_peak_margin_db, 1.2) \
	X(intro_gap_ms, 300) \
	X(outro_gap_ms, 600) \
	X(bed_fade_ms, 1500) \
	X(repeat_gap_ms, 700)   /* also before the long-render reminder */ \
	X(notice_gap_ms, 500)   /* after the synthetic-voice notice */ \
	/* renders longer than this repeat the notice before the outro */ \
	X(reminder_after_ms, 300000) \
	X(limiter_attack_ms, 5) /* the final limiter */ \
	X(limiter_release_ms, 60) \
	/* the first gain is predicted from pass 1's peaks (peaks.h) in */ \
	/* windows of this many samples, plus this loss the model misses */ \
	X(gain_peak_window, 256) \
	X(limiter_loss_offset_db, 0.13)

#define MASTERING_DECLARE(name, value) double name;
struct mastering {
	MASTERING_FIELDS(MASTERING_DECLARE)
};
#undef MASTERING_DECLARE

extern const struct mastering mastering;

/*
 * Adds the constants of m to h: their count, then each name (string) and
 * value (real) in the order of MASTERING_FIELDS.
 */
void mastering_hash(struct hash *h, const struct mastering *m);

#endif
