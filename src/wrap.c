/* wrap.c — greedy line filling over libunistring's break opportunities. */
#include <config.h>

#include "wrap.h"
#include "buf.h"
#include "text.h"

#include <stdbool.h>
#include <stdlib.h>
#include <unilbrk.h>
#include <uniwidth.h>

static int char_width(unsigned cp, int col)
{
	/* printable ASCII first: most text is, and uc_width looks at its
	 * encoding argument on every call */
	if (cp >= 0x20 && cp < 0x7F)
		return 1;
	if (cp == '\t')
		return 8 - col % 8;
	int w = uc_width(cp, "UTF-8");
	return w < 0 ? 0 : w;
}

int text_width(const char *s, size_t len)
{
	int col = 0;
	for (size_t i = 0; i < len;)
		col += char_width(utf8_decode(s, len, &i), col);
	return col;
}

static bool is_blank(unsigned cp)
{
	return cp == ' ' || cp == '\t' || cp == 0x3000;
}

struct lines {
	struct wrap_line *v;
	size_t n, cap;
	bool failed;
};

/* A line [start, end) that is width columns wide. */
static void emit(struct lines *l, const char *s, size_t start, size_t end, int width)
{
	/* trailing blanks do not count */
	bool tab = false;
	while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t')) {
		tab = tab || s[end - 1] == '\t';
		width--;
		end--;
	}
	struct wrap_line *v = array_grow(l->v, &l->cap, l->n, sizeof *v);
	if (!v) {
		l->failed = true;
		return;
	}
	l->v = v;
	if (tab || width < 0)
		width = text_width(s + start, end - start);
	l->v[l->n++] = (struct wrap_line){ start, end, width };
}

long wrap_text(const char *s, size_t len, int width, struct wrap_line **out)
{
	return wrap_text_hanging(s, len, width, width, out);
}

long wrap_text_hanging(const char *s, size_t len, int first, int rest, struct wrap_line **out)
{
	int width = first;
	struct lines l = { NULL, 0, 0, false };
	char *brk = len ? malloc(len) : NULL;
	if (len && !brk)
		return -1;
	if (len)
		u8_possible_linebreaks((const uint8_t *)s, len, "UTF-8", brk);
	size_t start = 0, last_break = 0;
	int col = 0, col_at_break = 0;
	for (size_t i = 0; i < len && !l.failed;) {
		if (s[i] == '\n') {
			emit(&l, s, start, i, col);
			start = last_break = i + 1;
			col = col_at_break = 0;
			i++;
			continue;
		}
		if (i > start && (brk[i] == UC_BREAK_POSSIBLE || brk[i] == UC_BREAK_HYPHENATION)) {
			last_break = i;
			col_at_break = col;
		}
		size_t next = i;
		unsigned cp = utf8_decode(s, len, &next);
		int w = char_width(cp, col);
		/* a loop: after a break at the last opportunity, what is left
		 * (blanks may have run on) can still be too wide; a mark of no
		 * width after blanks that ran past the edge breaks too, or the
		 * blanks would count */
		while ((width = l.n == 0 ? first : rest) > 0 && col + w > width && col > 0 &&
		       !is_blank(cp) && (w > 0 || col > width)) {
			if (last_break > start) {
				emit(&l, s, start, last_break, col_at_break);
				start = last_break;
				col -= col_at_break;
			} else {
				emit(&l, s, start, i, col);
				start = i;
				col = 0;
			}
			last_break = start;
			col_at_break = 0;
			w = char_width(cp, col);
		}
		col += w;
		i = next;
	}
	if (!l.failed)
		emit(&l, s, start, len, col);
	free(brk);
	if (l.failed) {
		free(l.v);
		return -1;
	}
	*out = l.v;
	return (long)l.n;
}
