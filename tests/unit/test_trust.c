/*
 * The approvals chain: a row's hash over the layout of docs/approvals.md
 * (checked against bytes written out by hand), rows appended and
 * verified on a real SQLite file, a row changed behind Loa's back named,
 * and the audio-frames hash that ignores the ID3 tag.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "core/hash.h"
#include "loa/approval.h"
#include "store/db.h"
#include "trust/trust.h"
#include "unit_tmp.h"

/* The typed fields of core/hash.h, written out by hand. */
static unsigned char bytes[4096];
static size_t n_bytes;

static void put_int(int64_t v)
{
	uint64_t u = (uint64_t)v;
	int i;

	for (i = 0; i < 8; i++)
		bytes[n_bytes++] = (unsigned char)(u >> (8 * i));
}

static void put_str(const char *s)
{
	if (!s) {
		put_int(-1);
		return;
	}
	put_int((int64_t)strlen(s));
	memcpy(bytes + n_bytes, s, strlen(s));
	n_bytes += strlen(s);
}

static void sample(struct loa_approval *a)
{
	memset(a, 0, sizeof(*a));
	a->id = 3;
	snprintf(a->prev_hash, sizeof(a->prev_hash), "%s", TRUST_ZERO_HASH);
	a->kind = strdup("approve");
	a->at = strdup("2026-12-03T16:20:05+07:00");
	a->by = strdup("Nguyễn Văn A");
	a->example = 1;
	a->script_id = strdup("a");
	a->commune_id = strdup("tm");
	a->fingerprint = strdup("ff");
}

static void test_row_layout(void **state)
{
	const char *content[] = { "a", NULL, NULL, "tm", NULL, NULL, NULL,
		NULL, "ff", NULL, NULL };
	struct loa_approval a;
	struct loa_error err;
	struct hash h = { NULL };
	char want[65], got[65];
	size_t i;

	(void)state;
	sample(&a);
	n_bytes = 0;
	put_str("loa-approval 1");
	put_int(3);
	put_str(TRUST_ZERO_HASH);
	put_str("approve");
	put_str("2026-12-03T16:20:05+07:00");
	put_str("Nguyễn Văn A");
	put_str(NULL);
	put_int(0);
	put_int(1);
	for (i = 0; i < 11; i++)
		put_str(content[i]);
	assert_int_equal(hash_init(&h, &err), LOA_OK);
	hash_bytes(&h, bytes, n_bytes);
	hash_final(&h, want);
	assert_int_equal(trust_row_hash(&a, got, &err), LOA_OK);
	assert_string_equal(got, want);
	/* Every field counts: the approver's name. */
	a.by[0] = 'M';
	assert_int_equal(trust_row_hash(&a, got, &err), LOA_OK);
	assert_string_not_equal(got, want);
	loa_approval_release(&a);
}

static void append_sample(struct loa_db *db, int n)
{
	struct loa_approval a;
	struct loa_error err;
	int i;

	for (i = 0; i < n; i++) {
		sample(&a);
		assert_int_equal(loa_approvals_append(db, &a, 1, &err), LOA_OK);
		loa_approval_release(&a);
	}
}

static void test_chain(void **state)
{
	struct loa_chain_report r;
	struct loa_approval rev;
	struct loa_db *db = NULL;
	struct loa_error err;
	char path[128];
	long long id;

	(void)state;
	snprintf(path, sizeof(path), "%s/loa.db", root);
	assert_int_equal(loa_db_open(&db, path, &err), LOA_OK);
	append_sample(db, 3);
	assert_int_equal(loa_approvals_verify(db, &r, &err), LOA_OK);
	assert_int_equal(r.rows, 3);
	assert_int_equal(r.bad_id, 0);
	assert_int_equal(loa_approval_find(db, "tm", "ff", &id, &err), LOA_OK);
	assert_int_equal(id, 3);
	assert_int_equal(loa_approval_revoke(db, 3, "B", "sai", &rev, &err),
			 LOA_OK);
	assert_int_equal(rev.id, 4);
	loa_approval_release(&rev);
	assert_int_equal(loa_approval_find(db, "tm", "ff", &id, &err), LOA_OK);
	assert_int_equal(id, 2);
	assert_int_equal(loa_approval_revoke(db, 3, "B", "sai", &rev, &err),
			 LOA_EINPUT);
	loa_approval_release(&rev);
	/* The triggers refuse, so drop them first, as an attacker would. */
	assert_int_not_equal(sqlite3_exec(db_sqlite(db), "UPDATE approvals "
					  "SET by = 'X' WHERE id = 2", NULL,
					  NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db_sqlite(db), "DROP TRIGGER "
				      "approvals_no_update; UPDATE approvals "
				      "SET by = 'X' WHERE id = 2", NULL, NULL,
				      NULL), SQLITE_OK);
	assert_int_equal(loa_approvals_verify(db, &r, &err), LOA_OK);
	assert_int_equal(r.bad_id, 2);
	assert_int_equal(r.rows, 1);
	loa_db_close(&db);
}

/* write_file with NUL bytes in the content. */
static const char *write_bytes(const char *name, const char *b, size_t n)
{
	const char *path = write_file(name, "");
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(b, 1, n, f), n);
	fclose(f);
	return path;
}

static void test_frames(void **state)
{
	char a[65], b[65], whole[65];
	struct loa_error err;
	const char *p;

	(void)state;
	/* An ID3v2 tag of 5 bytes (after its 10-byte header), then frames. */
	p = write_bytes("a.mp3", "ID3\x04" "\x00\x00\x00\x00\x00\x05"
			"12345FRAMES", 21);
	assert_int_equal(loa_audio_frames_sha256(p, a, &err), LOA_OK);
	p = write_bytes("b.mp3", "ID3\x04" "\x00\x00\x00\x00\x00\x03"
			"xyzFRAMES", 19);
	assert_int_equal(loa_audio_frames_sha256(p, b, &err), LOA_OK);
	assert_string_equal(a, b);
	p = write_file("c.mp3", "FRAMES");
	assert_int_equal(loa_audio_frames_sha256(p, whole, &err), LOA_OK);
	assert_string_equal(a, whole);
	assert_int_equal(hash_file_sha256(p, b, &err), LOA_OK);
	assert_string_equal(whole, b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_row_layout),
		cmocka_unit_test(test_chain),
		cmocka_unit_test(test_frames),
	};

	return cmocka_run_group_tests(tests, tmp_group_setup,
				      tmp_group_teardown);
}
