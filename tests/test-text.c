/* test-text.c — UTF-8 decoding and the sanitizer. */
#include <config.h>

#include "tap.h"
#include "text.h"

#include <stdlib.h>

static char *clean(const char *s)
{
	return text_clean(s, strlen(s), false);
}

static char *pre(const char *s)
{
	struct buf b = BUF_INIT;
	struct text_sink t;
	text_sink_init(&t, &b, true);
	text_sink_add(&t, s, strlen(s));
	text_sink_finish(&t);
	return buf_steal(&b);
}

static int has_control(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7F)
			return 1;
	/* C1 controls are U+0080–U+009F: C2 80 … C2 9F */
	for (const unsigned char *p = (const unsigned char *)s; p[0] && p[1]; p++)
		if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
			return 1;
	return 0;
}

int main(void)
{
	size_t pos = 0;
	is_int(utf8_decode("\xE2\x80\x9C", 3, &pos), 0x201C, "decodes a three-byte character");
	is_int(pos, 3, "and moves past it");
	pos = 0;
	is_int(utf8_decode("\xC0\xAF", 2, &pos), UTF8_REPLACEMENT, "an overlong form is invalid");
	is_int(pos, 1, "and only one byte is consumed");
	pos = 0;
	is_int(utf8_decode("\xED\xA0\x80", 3, &pos), UTF8_REPLACEMENT, "a surrogate is invalid");
	pos = 0;
	is_int(utf8_decode("\xF4\x90\x80\x80", 4, &pos), UTF8_REPLACEMENT, "beyond U+10FFFF is invalid");
	pos = 0;
	is_int(utf8_decode("\xE2\x80", 2, &pos), UTF8_REPLACEMENT, "a cut-off sequence is invalid");
	ok(utf8_valid("caf\xC3\xA9 \xEF\xBF\xBD", 9), "valid UTF-8 (with a real U+FFFD) is valid");
	ok(!utf8_valid("caf\xE9", 4), "Latin-1 bytes are not UTF-8");
	is_int(utf8_prefix("a\xC3\xA9", 3, 2), 1, "a prefix never ends inside a character");

	char *s;
	s = clean("  Hello \n\t  world  ");
	is(s, "Hello world", "whitespace collapses and is trimmed");
	free(s);
	s = clean("red\x1B[31mtext\x07 bell\x08 back\r\n");
	is(s, "red[31mtext bell back", "escape, bell, backspace and CR never pass");
	free(s);
	s = clean("a\xC2\x9B" "31mb\xC2\x85" "c");
	is(s, "a31mbc", "C1 controls (CSI, NEL) never pass");
	free(s);
	s = clean("\xE2\x80\xAE" "evil\xE2\x80\xAC \xE2\x81\xA6x\xE2\x81\xA9");
	is(s, "evil x", "bidi overrides and isolates are removed");
	free(s);
	s = clean("ab\xFF" "cd");
	is(s, "ab\xEF\xBF\xBD" "cd", "an invalid byte becomes U+FFFD");
	free(s);
	s = clean("in\xC2\xAD" "for\xC2\xAD" "mation");
	is(s, "information", "soft hyphens are dropped");
	free(s);
	s = clean("\xC2\xA0\xC2\xA0 10\xC2\xA0km \xC2\xA0");
	is(s, "10\xC2\xA0km", "a no-break space binds words but is trimmed at the edges");
	free(s);
	s = clean("\x1B]0;pwned\x07title");
	ok(!has_control(s), "an OSC sequence loses its control characters");
	free(s);

	s = pre("  code\r\n\tindented\x1B[0m\n\n");
	is(s, "  code\n\tindented[0m", "preformatted text keeps spaces, tabs and newlines");
	free(s);

	struct buf b = BUF_INIT;
	struct text_sink t;
	text_sink_init(&t, &b, false);
	text_sink_add(&t, "one ", 4);
	text_sink_newline(&t);
	text_sink_add(&t, "  two", 5);
	text_sink_tab(&t);
	text_sink_add(&t, " three", 6);
	text_sink_finish(&t);
	is(b.data, "one\ntwo\tthree", "a line break and a tab survive collapsing");
	buf_free(&b);

	/* every byte value through the sanitizer: never a control character */
	char all[256 * 3];
	size_t n = 0;
	for (int c = 1; c < 256; c++)
		all[n++] = (char)c;
	all[n] = '\0';
	s = text_clean(all, n, false);
	ok(s && !has_control(s) && utf8_valid(s, strlen(s)), "any bytes come out as valid, control-free UTF-8");
	free(s);
	return done_testing();
}
