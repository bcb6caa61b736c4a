#include "mastering.h"

#include "core/hash.h"

#define MASTERING_INIT(name, value) .name = value,
const struct mastering mastering = {
	MASTERING_FIELDS(MASTERING_INIT)
};

#define MASTERING_COUNT(name, value) + 1
#define MASTERING_HASH(name, value) \
	hash_str(h, #name); \
	hash_real(h, m->name);

void mastering_hash(struct hash *h, const struct mastering *m)
{
	hash_int(h, 0 MASTERING_FIELDS(MASTERING_COUNT));
	MASTERING_FIELDS(MASTERING_HASH)
}
