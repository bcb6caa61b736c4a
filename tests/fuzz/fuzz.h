/*
 * Shared by the libFuzzer harnesses (tests/fuzz/fuzz_*.c).  Each harness
 * defines LLVMFuzzerTestOneInput; it is linked either with libFuzzer
 * (make fuzz) or with replay.c, which feeds it the files named on its
 * command line (tests/crash_vectors/, replayed by make check).
 */
#ifndef LOA_FUZZ_H
#define LOA_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* The source tree, for the bundled scripts, profiles and jingles. */
#ifndef LOA_FUZZ_ROOT
#define LOA_FUZZ_ROOT "."
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * Writes data to NAME in a private temporary folder made on first use
 * (removed at exit) and returns its path, or NULL when it cannot.
 */
const char *fuzz_file(const char *name, const uint8_t *data, size_t size);

#endif
