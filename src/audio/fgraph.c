#include "fgraph.h"

#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/frame.h>
#include <libavutil/opt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/i18n.h"

#define FG_CHUNK 4096

struct fg {
	AVFilterGraph *graph;
	AVFilterContext *inputs[FG_MAX_INPUTS];
	int64_t pts[FG_MAX_INPUTS];
	int n_inputs;
	AVFilterContext *sink;
	AVFrame *frame;
	float *conv;         /* a double frame converted to float */
	size_t conv_cap;
	int rate, out_rate;
};

const char *fg_num(char buf[32], double value)
{
	snprintf(buf, 32, "%.6f", value);
	return buf;
}

static loa_status av_fail(struct loa_error *err, const char *what, int ret)
{
	char why[128];

	av_strerror(ret, why, sizeof(why));
	return loa_error_set(err, ret == AVERROR(ENOMEM) ? LOA_ENOMEM :
			     LOA_EAUDIO, "%s: %s", what, why);
}

static loa_status add_filter(struct fg *g, const char *name,
			     AVFilterContext **out, struct loa_error *err,
			     va_list ap)
{
	const AVFilter *filter = avfilter_get_by_name(name);
	AVFilterContext *ctx;
	const char *key;
	int ret;

	*out = NULL;
	if (!filter)
		return loa_error_set(err, LOA_EAUDIO,
				     "FFmpeg has no '%s' filter", name);
	ctx = avfilter_graph_alloc_filter(g->graph, filter, NULL);
	if (!ctx)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	while ((key = va_arg(ap, const char *))) {
		const char *value = va_arg(ap, const char *);

		ret = av_opt_set(ctx, key, value, AV_OPT_SEARCH_CHILDREN);
		if (ret < 0)
			return av_fail(err, name, ret);
	}
	ret = avfilter_init_str(ctx, NULL);
	if (ret < 0)
		return av_fail(err, name, ret);
	*out = ctx;
	return LOA_OK;
}

loa_status fg_add(struct fg *g, const char *name, AVFilterContext **out,
		  struct loa_error *err, ...)
{
	loa_status rc;
	va_list ap;

	va_start(ap, err);
	rc = add_filter(g, name, out, err, ap);
	va_end(ap);
	return rc;
}

loa_status fg_new(struct fg **out, int rate, int out_rate, int n_inputs,
		  struct loa_error *err)
{
	struct fg *g;
	loa_status rc = LOA_OK;
	char srate[32], tb[32];
	int i;

	*out = NULL;
	if (n_inputs < 1 || n_inputs > FG_MAX_INPUTS)
		return loa_error_set(err, LOA_EINTERNAL, "bad input count");
	g = calloc(1, sizeof(*g));
	if (!g)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	g->graph = avfilter_graph_alloc();
	g->frame = av_frame_alloc();
	g->rate = rate;
	g->out_rate = out_rate;
	g->n_inputs = n_inputs;
	if (!g->graph || !g->frame) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	/* Our own chains are short; threads only cost start-up time here. */
	g->graph->nb_threads = 1;
	snprintf(srate, sizeof(srate), "%d", rate);
	snprintf(tb, sizeof(tb), "1/%d", rate);
	for (i = 0; i < n_inputs && !rc; i++)
		rc = fg_add(g, "abuffer", &g->inputs[i], err,
			    "sample_rate", srate, "sample_fmt", "fltp",
			    "channel_layout", "mono", "time_base", tb, NULL);
out:
	if (rc)
		fg_free(&g);
	*out = g;
	return rc;
}

void fg_free(struct fg **graph)
{
	struct fg *g = graph ? *graph : NULL;

	if (!g)
		return;
	avfilter_graph_free(&g->graph);
	av_frame_free(&g->frame);
	free(g->conv);
	free(g);
	*graph = NULL;
}

AVFilterContext *fg_input(struct fg *g, int i)
{
	return g->inputs[i];
}

loa_status fg_link(struct fg *g, AVFilterContext *src, unsigned src_pad,
		   AVFilterContext *dst, unsigned dst_pad,
		   struct loa_error *err)
{
	int ret = avfilter_link(src, src_pad, dst, dst_pad);

	(void)g;
	return ret < 0 ? av_fail(err, _("linking filters"), ret) : LOA_OK;
}

loa_status fg_finish(struct fg *g, AVFilterContext *last,
		     struct loa_error *err)
{
	AVFilterContext *format;
	char srate[32];
	loa_status rc;
	int ret;

	snprintf(srate, sizeof(srate), "%d", g->out_rate);
	/* Whatever the last filter makes, so nothing is converted for the
	 * sink alone: fg_pull turns doubles into floats as swresample does. */
	rc = fg_add(g, "aformat", &format, err,
		    "sample_fmts", "flt|fltp|dbl|dblp",
		    "sample_rates", srate, "channel_layouts", "mono", NULL);
	if (!rc)
		rc = fg_add(g, "abuffersink", &g->sink, err, NULL);
	if (!rc)
		rc = fg_link(g, last, 0, format, 0, err);
	if (!rc)
		rc = fg_link(g, format, 0, g->sink, 0, err);
	if (rc)
		return rc;
	ret = avfilter_graph_config(g->graph, NULL);
	return ret < 0 ? av_fail(err, _("configuring filters"), ret) : LOA_OK;
}

loa_status fg_push(struct fg *g, int i, const float *samples, size_t n,
		   struct loa_error *err)
{
	AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
	int ret;

	if (!samples) {
		ret = av_buffersrc_add_frame_flags(g->inputs[i], NULL, 0);
		return ret < 0 ? av_fail(err, _("ending input"), ret) : LOA_OK;
	}
	while (n > 0) {
		size_t take = n < FG_CHUNK ? n : FG_CHUNK;
		AVFrame *f = av_frame_alloc();

		if (!f)
			return loa_error_set(err, LOA_ENOMEM, "out of memory");
		f->format = AV_SAMPLE_FMT_FLTP; /* mono: the same as flt */
		f->sample_rate = g->rate;
		f->nb_samples = (int)take;
		f->pts = g->pts[i];
		ret = av_channel_layout_copy(&f->ch_layout, &mono);
		if (ret >= 0)
			ret = av_frame_get_buffer(f, 0);
		if (ret >= 0) {
			memcpy(f->data[0], samples, take * sizeof(*samples));
			ret = av_buffersrc_add_frame_flags(g->inputs[i], f, 0);
		}
		av_frame_free(&f);
		if (ret < 0)
			return av_fail(err, _("feeding filters"), ret);
		g->pts[i] += (int64_t)take;
		samples += take;
		n -= take;
	}
	return LOA_OK;
}

/* The frame's samples as floats: as they are, or converted into g->conv
 * (a plain cast, rounding to nearest, as swresample converts). */
static const float *frame_floats(struct fg *g, struct loa_error *err)
{
	const AVFrame *f = g->frame;
	const double *d = (const double *)f->data[0];
	size_t i, n = (size_t)f->nb_samples;

	if (f->format == AV_SAMPLE_FMT_FLT || f->format == AV_SAMPLE_FMT_FLTP)
		return (const float *)f->data[0];
	if (n > g->conv_cap) {
		float *c = realloc(g->conv, n * sizeof(*c));

		if (!c) {
			loa_error_set(err, LOA_ENOMEM, "out of memory");
			return NULL;
		}
		g->conv = c;
		g->conv_cap = n;
	}
	for (i = 0; i < n; i++)
		g->conv[i] = (float)d[i];
	return g->conv;
}

loa_status fg_pull(struct fg *g, fg_sink_fn sink, void *user,
		   struct loa_error *err)
{
	for (;;) {
		const float *x;
		loa_status rc;
		int ret = av_buffersink_get_frame(g->sink, g->frame);

		if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
			return LOA_OK;
		if (ret < 0)
			return av_fail(err, _("filtering"), ret);
		x = frame_floats(g, err);
		rc = x ? sink(user, x, (size_t)g->frame->nb_samples, err) :
			 LOA_ENOMEM;
		av_frame_unref(g->frame);
		if (rc)
			return rc;
	}
}
