#include "core/hash.h"

#include <errno.h>
#include <libavutil/mem.h>
#include <libavutil/sha.h>
#include <stdio.h>
#include <string.h>

loa_status hash_init(struct hash *h, struct loa_error *err)
{
	h->sha = av_sha_alloc();
	if (!h->sha)
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	av_sha_init(h->sha, 256);
	return LOA_OK;
}

void hash_bytes(struct hash *h, const void *bytes, size_t n)
{
	/* av_sha_update takes an unsigned int length on FFmpeg 5.x. */
	const uint8_t *p = bytes;

	while (n > 0) {
		unsigned chunk = n > (1u << 30) ? (1u << 30) : (unsigned)n;

		av_sha_update(h->sha, p, chunk);
		p += chunk;
		n -= chunk;
	}
}

void hash_int(struct hash *h, int64_t v)
{
	uint64_t u = (uint64_t)v;
	uint8_t le[8];
	int i;

	for (i = 0; i < 8; i++)
		le[i] = (uint8_t)(u >> (8 * i));
	hash_bytes(h, le, sizeof(le));
}

void hash_real(struct hash *h, double v)
{
	uint64_t bits;

	memcpy(&bits, &v, sizeof(bits));
	hash_int(h, (int64_t)bits);
}

void hash_str(struct hash *h, const char *s)
{
	size_t n;

	if (!s) {
		hash_int(h, -1);
		return;
	}
	n = strlen(s);
	hash_int(h, (int64_t)n);
	hash_bytes(h, s, n);
}

/* SHA-256 of a file's bytes into digest. */
static loa_status sha256_of_file(const char *path, uint8_t digest[32],
				 struct loa_error *err)
{
	struct hash h = { NULL };
	uint8_t buf[65536];
	size_t got;
	loa_status rc;
	FILE *f;

	f = fopen(path, "rb");
	if (!f)
		return loa_error_set(err, LOA_EIO, "cannot read '%s': %s", path,
				     strerror(errno));
	rc = hash_init(&h, err);
	while (!rc && (got = fread(buf, 1, sizeof(buf), f)) > 0)
		hash_bytes(&h, buf, got);
	if (!rc && ferror(f))
		rc = loa_error_set(err, LOA_EIO, "cannot read '%s': %s", path,
				   strerror(errno));
	if (!rc)
		av_sha_final(h.sha, digest);
	hash_release(&h);
	fclose(f);
	return rc;
}

loa_status hash_file(struct hash *h, const char *path, struct loa_error *err)
{
	uint8_t digest[32];
	loa_status rc = sha256_of_file(path, digest, err);

	if (!rc)
		hash_bytes(h, digest, sizeof(digest));
	return rc;
}

static void to_hex(const uint8_t digest[32], char hex[65])
{
	static const char digits[] = "0123456789abcdef";
	int i;

	for (i = 0; i < 32; i++) {
		hex[2 * i] = digits[digest[i] >> 4];
		hex[2 * i + 1] = digits[digest[i] & 15];
	}
	hex[64] = '\0';
}

void hash_final(struct hash *h, char hex[65])
{
	uint8_t digest[32];

	av_sha_final(h->sha, digest);
	hash_release(h);
	to_hex(digest, hex);
}

void hash_release(struct hash *h)
{
	av_freep(&h->sha);
}

loa_status hash_file_sha256(const char *path, char hex[65],
			    struct loa_error *err)
{
	uint8_t digest[32];
	loa_status rc = sha256_of_file(path, digest, err);

	if (!rc)
		to_hex(digest, hex);
	return rc;
}
