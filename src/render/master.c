#include "master.h"

#include <math.h>
#include <stdio.h>

#include "audio/fgraph.h"
#include "loa/audio.h"
#include "loa/loudness.h"
#include "mastering.h"
#include "peaks.h"
#include "trace.h"

struct pass2_sink {
	struct loa_meter *meter;     /* measuring pass */
	struct loa_encoder *encoder; /* encoding pass */
};

/*
 * Where pass 2 reads.  Once the first encoding has missed (rarely), the
 * spool is resampled to RENDER_RATE once more, into a second spool that
 * later passes read: the resampler is independent of the gain, and
 * volume + alimiter work sample by sample, so the result is the same
 * bits as resampling on every pass.  The first pass keeps nothing.
 */
struct pass2_src {
	FILE *spool;     /* SHAPE_RATE */
	FILE *resampled; /* RENDER_RATE, or NULL; complete once resampled_ok */
	int resampled_ok;
};

/* The resampler's output on its way to the limiter graph (first pass). */
struct tee {
	struct fg *limit;
	FILE *keep;
	struct pass2_sink *sink;
};

static loa_status finish_sink(void *user, const float *x, size_t n,
			      struct loa_error *err)
{
	struct pass2_sink *s = user;

	if (s->meter && loa_meter_add(s->meter, x, n))
		return loa_error_set(err, LOA_ENOMEM, "program is too long");
	if (s->encoder)
		return loa_encoder_write(s->encoder, x, n, err);
	return LOA_OK;
}

static loa_status tee_sink(void *user, const float *x, size_t n,
			   struct loa_error *err)
{
	struct tee *t = user;
	loa_status rc;

	if (t->keep && fwrite(x, sizeof(float), n, t->keep) != n)
		return loa_error_set(err, LOA_EIO, "cannot write the spool file");
	if ((rc = fg_push(t->limit, 0, x, n, err)))
		return rc;
	return fg_pull(t->limit, finish_sink, t->sink, err);
}

/* volume + alimiter at rate. */
static loa_status new_limiter(struct fg **out, int rate, double gain_db,
			      double limit_db, struct loa_error *err)
{
	struct AVFilterContext *vol, *lim;
	struct fg *g = NULL;
	char a[32], b[32], c[32], d[32], gain[40];
	loa_status rc;

	snprintf(gain, sizeof(gain), "%sdB", fg_num(a, gain_db));
	if ((rc = fg_new(&g, rate, rate, 1, err)) ||
	    (rc = fg_add(g, "volume", &vol, err, "volume", gain,
			 "precision", "float", NULL)) ||
	    (rc = fg_add(g, "alimiter", &lim, err,
			 "limit", fg_num(b, pow(10.0, limit_db / 20.0)),
			 "attack", fg_num(c, mastering.limiter_attack_ms),
			 "release", fg_num(d, mastering.limiter_release_ms),
			 "level", "0", "latency", "1", NULL)) ||
	    (rc = fg_link(g, fg_input(g, 0), 0, vol, 0, err)) ||
	    (rc = fg_link(g, vol, 0, lim, 0, err)) ||
	    (rc = fg_finish(g, lim, err)))
		goto out;
	*out = g;
	g = NULL;
out:
	fg_free(&g);
	return rc;
}

static loa_status new_resampler(struct fg **out, struct loa_error *err)
{
	struct AVFilterContext *rs;
	struct fg *g = NULL;
	loa_status rc;

	if ((rc = fg_new(&g, SHAPE_RATE, RENDER_RATE, 1, err)) ||
	    (rc = fg_add(g, "aresample", &rs, err, "out_sample_rate",
			 RENDER_RATE_TEXT, "out_sample_fmt", "flt", NULL)) ||
	    (rc = fg_link(g, fg_input(g, 0), 0, rs, 0, err)) ||
	    (rc = fg_finish(g, rs, err)))
		goto out;
	*out = g;
	g = NULL;
out:
	fg_free(&g);
	return rc;
}

/* Feeds in (to its end, then end of stream) through g into sink. */
static loa_status feed(FILE *in, struct fg *g, fg_sink_fn sink, void *user,
		       struct loa_error *err)
{
	float buf[SPOOL_CHUNK];
	loa_status rc;
	size_t got;

	rewind(in);
	while ((got = fread(buf, sizeof(float), SPOOL_CHUNK, in)) > 0)
		if ((rc = fg_push(g, 0, buf, got, err)) ||
		    (rc = fg_pull(g, sink, user, err)))
			return rc;
	if (ferror(in))
		return loa_error_set(err, LOA_EIO, "cannot read the spool file");
	if ((rc = fg_push(g, 0, NULL, 0, err)))
		return rc;
	return fg_pull(g, sink, user, err);
}

static loa_status run_pass2(struct pass2_src *src, double gain_db,
			    double limit_db, struct pass2_sink *sink,
			    struct loa_error *err)
{
	struct tee t = { .sink = sink, .keep = src->resampled };
	struct fg *rs = NULL;
	loa_status rc;

	if ((rc = new_limiter(&t.limit, RENDER_RATE, gain_db, limit_db, err)))
		goto out;
	if (src->resampled_ok) {
		rc = feed(src->resampled, t.limit, finish_sink, sink, err);
		goto out;
	}
	if (src->resampled)
		rewind(src->resampled);
	if ((rc = new_resampler(&rs, err)) ||
	    (rc = feed(src->spool, rs, tee_sink, &t, err)) ||
	    (rc = fg_push(t.limit, 0, NULL, 0, err)) ||
	    (rc = fg_pull(t.limit, finish_sink, sink, err)))
		goto out;
	if (!src->resampled)
		goto out;
	if (fflush(src->resampled)) {
		rc = loa_error_set(err, LOA_EIO, "cannot write the spool file");
		goto out;
	}
	src->resampled_ok = 1;
out:
	fg_free(&rs);
	fg_free(&t.limit);
	return rc;
}

/* Measures the spool through gain + limiter at the output rate. */
static loa_status measure(struct pass2_src *src, double gain, double limit_db,
			  double *lufs, struct loa_error *err)
{
	struct pass2_sink sink = { 0 };
	loa_status rc;

	if (loa_meter_new(&sink.meter, RENDER_RATE, 0))
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	rc = run_pass2(src, gain, limit_db, &sink, err);
	*lufs = loa_meter_integrated(sink.meter);
	loa_meter_free(&sink.meter);
	return rc;
}

/*
 * Finds the gain that puts spool + limiter at target_db.  The limiter
 * flattens the response (1 dB of gain may add only 0.4 LU), so after the
 * first step the slope is learnt from the last two measurements (secant).
 */
static loa_status find_gain(struct pass2_src *src, double start_gain,
			    double target_db, double limit_db, int max_steps,
			    double *gain_out, struct loa_error *err)
{
	double gain = start_gain, prev_gain = 0, prev_lufs = 0, lufs = 0;
	loa_status rc;
	int i;

	for (i = 0; i < max_steps; i++) {
		double slope = 0.5, next; /* typical of this limiter on speech */

		if ((rc = measure(src, gain, limit_db, &lufs, err)))
			return rc;
		if (trace_on())
			fprintf(stderr, "loa: trace: gain %.2f dB -> %.2f LUFS\n",
				gain, lufs);
		if (!isfinite(lufs) || fabs(target_db - lufs) < 0.05)
			break;
		if (i > 0 && fabs(gain - prev_gain) > 1e-3)
			slope = (lufs - prev_lufs) / (gain - prev_gain);
		if (slope < 0.1)
			slope = 0.1;
		if (slope > 1.0)
			slope = 1.0;
		next = gain + (target_db - lufs) / slope;
		if (next > gain + 12)
			next = gain + 12;
		if (next > 40)
			next = 40;
		prev_gain = gain;
		prev_lufs = lufs;
		gain = next;
	}
	*gain_out = gain;
	return LOA_OK;
}

loa_status master_encode(FILE *spool, double shaped_lufs,
			 const struct peaks *peaks,
			 const struct loa_output_format *out,
			 const struct loa_render_options *opt,
			 const struct loa_tags *tags, const char *out_path,
			 struct loa_render_result *result,
			 struct loa_error *err)
{
	int lossy = out->bitrate > 0;
	double aim = opt->target_lufs +
		     (lossy ? mastering.lame_loudness_loss_db : 0);
	double limit = opt->true_peak_db -
		       (lossy ? mastering.lame_peak_margin_db : 0.5);
	struct loa_encoder *enc = NULL;
	struct loa_audio_stats stats = { 0 };
	double gain;
	struct pass2_src src = { .spool = spool };
	loa_status rc;
	int attempt;

	/* Predicted, not measured: the file is verified below and a miss
	 * gets a search that measures. */
	gain = fmin(peaks_gain_db(peaks, aim - shaped_lufs, limit,
				  mastering.limiter_loss_offset_db), 40);
	if (trace_on())
		fprintf(stderr, "loa: trace: gain %.2f dB predicted\n", gain);
	for (attempt = 0; attempt < 3; attempt++) {
		struct pass2_sink sink = { 0 };

		if ((attempt && (rc = find_gain(&src, gain, aim, limit, 6, &gain,
						 err))) ||
		    (rc = loa_encoder_open(&enc, out_path, out, tags, err)))
			goto out;
		trace_stage("finding the gain");
		sink.encoder = enc;
		if ((rc = run_pass2(&src, gain, limit, &sink, err)) ||
		    (rc = loa_encoder_finish(enc, err)))
			goto out;
		trace_stage("pass 2 (limit, encode)");
		if ((rc = loa_audio_measure(loa_encoder_temp_path(enc),
					    RENDER_RATE, &stats, err)))
			goto out;
		trace_stage("verifying the file");
		if (trace_on())
			fprintf(stderr, "loa: trace: gain %.3f dB: the file is "
				"%.3f LUFS, %.3f dBTP\n", gain,
				stats.integrated_lufs, stats.true_peak_db);
		if (fabs(stats.integrated_lufs - opt->target_lufs) <= 0.3 &&
		    stats.true_peak_db <= opt->true_peak_db)
			break;
		if (attempt == 2)
			break; /* keep the closest we could make */
		if (!src.resampled && !(src.resampled = tmpfile())) {
			rc = loa_error_set(err, LOA_EIO,
					   "cannot create a spool file");
			goto out;
		}
		/* A predicted gain that missed is searched again by measuring,
		 * for the same aim; a measured one that missed means the
		 * encoder moved it: correct the aim. */
		if (attempt > 0)
			aim += opt->target_lufs - stats.integrated_lufs;
		if (stats.true_peak_db > opt->true_peak_db)
			limit -= stats.true_peak_db - opt->true_peak_db + 0.2;
		loa_encoder_abort(&enc);
	}
	rc = loa_encoder_commit(&enc, err);
	if (!rc && result) {
		result->seconds = stats.seconds;
		result->integrated_lufs = stats.integrated_lufs;
		result->true_peak_db = stats.true_peak_db;
	}
out:
	loa_encoder_abort(&enc);
	if (src.resampled)
		fclose(src.resampled);
	return rc;
}
