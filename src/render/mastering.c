#include "mastering.h"

#define MASTERING_INIT(name, value) .name = value,
const struct mastering mastering = {
	MASTERING_FIELDS(MASTERING_INIT)
};
