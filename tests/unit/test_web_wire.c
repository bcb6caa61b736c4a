/*
 * The frames between loa-serve and its worker (src/web/wire.c): a
 * request and a response survive the trip field for field; a frame cut
 * short, a length past the end, a wrong magic or a field out of range is
 * refused, never read past.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "web/web_int.h"

static int pair[2];

static int setup(void **state)
{
	(void)state;
	return socketpair(AF_UNIX, SOCK_STREAM, 0, pair);
}

static int teardown(void **state)
{
	(void)state;
	close(pair[0]);
	close(pair[1]);
	return 0;
}

static void test_request_round_trip(void **state)
{
	static const char args[] = "script\0lua-dao\0commune\0tien-minh\0";
	struct web_req r, back;
	struct norm_buf out;
	struct web_wire m;

	(void)state;
	memset(&r, 0, sizeof(r));
	r.method = "POST";
	r.path = "/api/check";
	snprintf(r.address, sizeof(r.address), "127.0.0.1");
	r.has_session = 1;
	snprintf(r.session.user, sizeof(r.session.user), "Nguyễn Văn A");
	snprintf(r.session.csrf, sizeof(r.session.csrf), "%032d", 7);
	r.session.role = LOA_ROLE_APPROVER;
	r.args = args;
	r.args_len = sizeof(args) - 1;
	norm_buf_init(&r.body, 1 << 20);
	norm_buf_adds(&r.body, "text=a%0Ab&name=x");
	norm_buf_init(&out, 1 << 20);
	web_wire_request(&r, &out);
	assert_int_equal(web_wire_send(pair[0], &out), 0);
	assert_int_equal(web_wire_recv(pair[1], 1000, WEB_WIRE_REQUEST, &m), 0);
	memset(&back, 0, sizeof(back));
	norm_buf_init(&back.body, 1 << 20);
	assert_int_equal(web_wire_read_request(&m, &back), 0);
	assert_string_equal(back.method, "POST");
	assert_string_equal(back.path, "/api/check");
	assert_string_equal(back.address, "127.0.0.1");
	assert_int_equal(back.has_session, 1);
	assert_string_equal(back.session.user, "Nguyễn Văn A");
	assert_string_equal(back.session.csrf, r.session.csrf);
	assert_int_equal(back.session.role, LOA_ROLE_APPROVER);
	assert_string_equal(web_query(&back, "commune"), "tien-minh");
	assert_string_equal(web_query(&back, "nothing"), "");
	assert_int_equal(back.body.len, r.body.len);
	assert_memory_equal(back.body.p, r.body.p, r.body.len);
	web_wire_release(&m);
	norm_buf_release(&back.body);
	norm_buf_release(&r.body);
	norm_buf_release(&out);
}

static void test_response_round_trip(void **state)
{
	struct web_resp w, back;
	struct norm_buf out;
	struct web_wire m;

	(void)state;
	memset(&w, 0, sizeof(w));
	w.status = 303;
	w.type = "application/json";
	snprintf(w.location, sizeof(w.location), "/approve?done=x");
	norm_buf_init(&w.body, 1 << 20);
	norm_buf_adds(&w.body, "{\"a\":1}");
	norm_buf_init(&out, 1 << 20);
	web_wire_response(&w, &out);
	assert_int_equal(web_wire_send(pair[1], &out), 0);
	assert_int_equal(web_wire_recv(pair[0], 1000, WEB_WIRE_RESPONSE, &m), 0);
	memset(&back, 0, sizeof(back));
	norm_buf_init(&back.body, 1 << 20);
	assert_int_equal(web_wire_read_response(&m, &back), 0);
	assert_int_equal(back.status, 303);
	assert_string_equal(back.type, "application/json");
	assert_string_equal(back.location, "/approve?done=x");
	assert_null(back.file);
	assert_string_equal(back.body.p, "{\"a\":1}");
	web_wire_release(&m);
	norm_buf_release(&back.body);
	norm_buf_release(&w.body);
	norm_buf_release(&out);
}

/* Writes raw bytes; the frame read from them must be refused. */
static void expect_refused(const char *bytes, size_t n, size_t fields)
{
	struct web_wire m;

	assert_int_equal(write(pair[0], bytes, n), (ssize_t)n);
	shutdown(pair[0], SHUT_WR);
	assert_int_equal(web_wire_recv(pair[1], 1000, fields, &m), -1);
	assert_null(m.data);
}

static void test_cut_short(void **state)
{
	(void)state;
	/* 12 bytes promised, 5 sent, then the end. */
	expect_refused("LOAW\0\0\0\x0c\0\0\0\x01x", 13, 1);
}

static void test_field_past_the_end(void **state)
{
	(void)state;
	/* A payload of 5 whose one field claims 200 bytes. */
	expect_refused("LOAW\0\0\0\x05\0\0\0\xc8x", 13, 1);
}

static void test_wrong_magic(void **state)
{
	(void)state;
	expect_refused("HTTP\0\0\0\x05\0\0\0\x01x", 13, 1);
}

static void test_too_long(void **state)
{
	(void)state;
	/* 2 GB announced: refused before any allocation or read. */
	expect_refused("LOAW\x80\0\0\0", 8, 1);
}

static void test_bytes_left_over(void **state)
{
	(void)state;
	/* One field of 1 byte, then 3 bytes that are no field. */
	expect_refused("LOAW\0\0\0\x08\0\0\0\x01xabc", 16, 1);
}

static void test_end_before_a_frame(void **state)
{
	struct web_wire m;

	(void)state;
	shutdown(pair[0], SHUT_WR);
	assert_int_equal(web_wire_recv(pair[1], 1000, 1, &m), 1);
}

static void test_bad_values(void **state)
{
	struct web_req r;
	struct norm_buf out;
	struct web_wire m;

	(void)state;
	memset(&r, 0, sizeof(r));
	r.method = "GET";
	r.path = "/approve";
	r.has_session = 1;
	r.session.role = (enum loa_role)9;    /* no such role */
	norm_buf_init(&r.body, 16);
	norm_buf_init(&out, 1 << 16);
	web_wire_request(&r, &out);
	assert_int_equal(web_wire_send(pair[0], &out), 0);
	assert_int_equal(web_wire_recv(pair[1], 1000, WEB_WIRE_REQUEST, &m), 0);
	assert_int_equal(web_wire_read_request(&m, &r), -1);
	web_wire_release(&m);
	norm_buf_release(&r.body);
	norm_buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_request_round_trip, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_response_round_trip, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_cut_short, setup, teardown),
		cmocka_unit_test_setup_teardown(test_field_past_the_end, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_wrong_magic, setup, teardown),
		cmocka_unit_test_setup_teardown(test_too_long, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bytes_left_over, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_end_before_a_frame, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_bad_values, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
