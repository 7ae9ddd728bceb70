/* test-wrap.c — Unicode line breaking at display width. */
#include <config.h>

#include "tap.h"
#include "wrap.h"

#include <stdlib.h>

static long wrap(const char *s, int width, struct wrap_line **l)
{
	return wrap_text(s, strlen(s), width, l);
}

static int max_cols(const struct wrap_line *l, long n)
{
	int m = 0;
	for (long i = 0; i < n; i++)
		if (l[i].cols > m)
			m = l[i].cols;
	return m;
}

int main(void)
{
	struct wrap_line *l;
	const char *t = "The quick brown fox jumps over the lazy dog";
	long n = wrap(t, 10, &l);
	is_int(n, 5, "a sentence wraps into lines of at most 10 columns");
	ok(max_cols(l, n) <= 10, "no line is wider");
	ok(l[0].end - l[0].start == 9 && !strncmp(t + l[0].start, "The quick", 9),
	   "lines break between words, without the trailing blank");
	free(l);

	is_int(text_width("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 9), 6, "CJK characters are two columns wide");
	is_int(text_width("e\xCC\x81", 3), 1, "a combining accent takes no column");
	const char *cjk = "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE6\x96\x87\xE7\xAB\xA0\xE3\x81\xAF"
			  "\xE7\xA9\xBA\xE7\x99\xBD\xE3\x81\xAA\xE3\x81\x97\xE3\x81\xA7\xE6\x94\xB9\xE8\xA1\x8C";
	n = wrap(cjk, 8, &l);
	ok(n >= 4 && max_cols(l, n) <= 8, "Japanese without spaces wraps between characters");
	free(l);

	const char *url = "see https://example.com/a/very/long/path/that/does/not/fit/anywhere/at/all";
	n = wrap(url, 20, &l);
	ok(max_cols(l, n) <= 20, "a word longer than the line is broken where it must be");
	free(l);

	n = wrap("one\ntwo three", 80, &l);
	is_int(n, 2, "a newline is a line break");
	free(l);

	n = wrap("", 10, &l);
	is_int(n, 1, "empty text is one empty line");
	free(l);

	n = wrap("no wrapping here even when long", 0, &l);
	is_int(n, 1, "width 0 wraps nothing");
	free(l);

	/* blanks that run past the width, before a character that may not
	 * start a line (";"): still no line is too wide */
	n = wrap("abcdefg/``                              ;", 26, &l);
	ok(max_cols(l, n) <= 26, "a run of blanks never makes a line too wide (widest %d)", max_cols(l, n));
	free(l);

	/* a blank that runs past the width, then a mark of no width: the
	 * blank is inside the line then, and must not make it too wide */
	n = wrap("abcdefghij \xE0\xA8\x81 \xE4\x81\x9F", 10, &l);
	ok(max_cols(l, n) <= 10, "a blank before a mark of no width does not overflow (widest %d)",
	   max_cols(l, n));
	free(l);

	const char *comb = "e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81";
	n = wrap(comb, 2, &l);
	ok(n == 2 && l[0].end == 6, "a forced break keeps combining marks with their letter");
	free(l);
	return done_testing();
}
