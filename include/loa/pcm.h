/* A buffer of mono float samples, the unit every audio stage passes on. */
#ifndef LOA_PCM_H
#define LOA_PCM_H

#include <stddef.h>

struct loa_pcm {
	float *samples;      /* owned; release with loa_pcm_release */
	size_t n;
	int rate;
};

void loa_pcm_release(struct loa_pcm *pcm);

#endif
