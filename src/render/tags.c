#include "tags.h"

#include <stdio.h>
#include <string.h>

#include "loa/tts.h"
#include "loa/version.h"

/* The album tag: a label a listener reads, for the script's topic id. */
static const char *topic_label(const char *topic)
{
	static const struct { const char *id, *label; } labels[] = {
		{ "deepfake", "Cảnh giác với deepfake" },
		{ "online-fraud", "Phòng chống lừa đảo trực tuyến" },
		{ "personal-data", "Bảo vệ dữ liệu cá nhân" },
		{ "ai-law", "Luật Trí tuệ nhân tạo" },
		{ "fake-news", "Phòng chống tin giả" },
		{ "other", "Thông tin tuyên truyền" },
	};
	size_t i;

	for (i = 0; topic && i < sizeof(labels) / sizeof(labels[0]); i++)
		if (!strcmp(labels[i].id, topic))
			return labels[i].label;
	return "Thông tin tuyên truyền";
}

void tags_make(const struct loa_script *s, const struct loa_commune *commune,
	       const struct loa_render_options *opt, struct tag_text *text,
	       struct loa_tags *tags)
{
	const char *voice = s ? s->voice.name : "vi";

	if (s && commune)
		snprintf(text->title, sizeof(text->title), "%s (%s)", s->title,
			 commune->name);
	else
		snprintf(text->title, sizeof(text->title), "%s",
			 s ? s->title : "Loa");
	/*
	 * Article 11 of the AI Law: AI-generated audio is marked as such, for
	 * people (the COMM frame players show) and for machines (TXXX).
	 */
	snprintf(text->comment, sizeof(text->comment),
		 "Bản tin này được đọc bằng giọng đọc tổng hợp do máy tạo ra, "
		 "không phải giọng người thật (eSpeak NG %s, giọng %s).%s",
		 loa_tts_version(), voice, opt->example ?
		 " VÍ DỤ: số điện thoại mẫu, không phát sóng." : "");
	snprintf(text->synthetic, sizeof(text->synthetic),
		 "synthetic-speech; engine=eSpeak NG %s; voice=%s; generator=loa %s",
		 loa_tts_version(), voice, LOA_VERSION);
	memset(tags, 0, sizeof(*tags));
	tags->title = text->title;
	tags->artist = commune ? commune->office : "Loa";
	tags->album = topic_label(s ? s->topic : NULL);
	tags->date = opt->date;
	tags->comment = text->comment;
	tags->synthetic = text->synthetic;
	tags->script_id = s ? s->id : NULL;
}
