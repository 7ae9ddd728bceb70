/* test-buf.c — the growable buffer. */
#include <config.h>

#include "buf.h"
#include "tap.h"

#include <stdint.h>
#include <stdlib.h>

int main(void)
{
	struct buf b = BUF_INIT;
	buf_puts(&b, "abc");
	buf_putc(&b, 'd');
	buf_printf(&b, "-%d-%s", 42, "x");
	is(b.data, "abcd-42-x", "appending text, characters and formatted text");
	is_int(b.len, 9, "the length follows");
	for (int i = 0; i < 10000; i++)
		buf_putc(&b, 'y');
	ok(!b.failed && b.len == 10009 && b.data[b.len] == '\0', "it grows and stays terminated");
	char big[600];
	memset(big, 'z', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	buf_truncate(&b, 0);
	buf_printf(&b, "%s", big);
	is_int(b.len, 599, "a long formatted string is whole");
	buf_truncate(&b, 0);
	buf_put_utf8(&b, 0x41);
	buf_put_utf8(&b, 0xE9);
	buf_put_utf8(&b, 0x20AC);
	buf_put_utf8(&b, 0x1F600);
	is(b.data, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", "code points of every length as UTF-8");
	char *s = buf_steal(&b);
	is(s, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", "stealing hands over the text");
	ok(b.data == NULL && b.len == 0, "and empties the buffer");
	free(s);
	struct buf e = BUF_INIT;
	s = buf_steal(&e);
	is(s, "", "an empty buffer gives an empty string");
	free(s);
	struct buf f = BUF_INIT;
	ok(!buf_reserve(&f, SIZE_MAX - 1) && f.failed, "an impossible size fails");
	buf_puts(&f, "later");
	ok(f.len == 0, "and later appends do nothing");
	ok(buf_steal(&f) == NULL, "a failed buffer gives nothing");
	return done_testing();
}
