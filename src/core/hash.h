/*
 * SHA-256, of a file's bytes and of fingerprints made of typed fields.
 *
 * A fingerprint is recorded as evidence (approvals bind it), so its bytes
 * must not depend on the host: every field is written in a fixed,
 * platform-independent layout, never as a raw struct or a host integer.
 *
 *   integer  8 bytes, two's complement, little-endian
 *   real     the IEEE 754 binary64 bits as an integer (so -0.0 != 0.0)
 *   string   its length as an integer, then its bytes (no NUL); a NULL
 *            string is the length 0xFFFFFFFFFFFFFFFF and no bytes
 *   file     the 32-byte SHA-256 of the file's bytes
 *
 * docs/architecture.md ("Hashes") lists the fields of each fingerprint.
 */
#ifndef LOA_CORE_HASH_H
#define LOA_CORE_HASH_H

#include <stddef.h>
#include <stdint.h>

#include "loa/status.h"

struct AVSHA;

struct hash {
	struct AVSHA *sha;
};

/* Starts a SHA-256; release with hash_final or hash_release. */
loa_status hash_init(struct hash *h, struct loa_error *err);

void hash_bytes(struct hash *h, const void *bytes, size_t n);
void hash_int(struct hash *h, int64_t v);
void hash_real(struct hash *h, double v);
void hash_str(struct hash *h, const char *s);

/* Adds a file field; a file that cannot be read in full is an error. */
loa_status hash_file(struct hash *h, const char *path, struct loa_error *err);

/* Writes the digest as 64 lower-case hex digits and releases h. */
void hash_final(struct hash *h, char hex[65]);

/* Releases h without a digest; accepts a hash never started. */
void hash_release(struct hash *h);

/*
 * The SHA-256 of a file's bytes in hex, as sha256sum prints it.  A read
 * error (not only a failed open) is reported, never hashed as a short file.
 */
loa_status hash_file_sha256(const char *path, char hex[65],
			    struct loa_error *err);

#endif
