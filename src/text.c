/* text.c — UTF-8 decoding and sanitizing. */
#include <config.h>

#include "text.h"

#include <stdlib.h>
#include <string.h>

unsigned utf8_decode(const char *s, size_t len, size_t *pos)
{
	const unsigned char *p = (const unsigned char *)s + *pos;
	size_t left = len - *pos;
	unsigned c = p[0];
	if (c < 0x80) {
		*pos += 1;
		return c;
	}
	unsigned cp, min;
	size_t n;
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2; cp = c & 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3; cp = c & 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4; cp = c & 0x07; min = 0x10000;
	} else {
		*pos += 1;
		return UTF8_REPLACEMENT;
	}
	if (left < n) {
		*pos += 1;
		return UTF8_REPLACEMENT;
	}
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80) {
			*pos += 1;
			return UTF8_REPLACEMENT;
		}
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
		*pos += 1;
		return UTF8_REPLACEMENT;
	}
	*pos += n;
	return cp;
}

bool utf8_valid(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		size_t before = i;
		unsigned cp = utf8_decode(s, len, &i);
		/* A genuine U+FFFD is three bytes long; a replacement is one. */
		if (cp == UTF8_REPLACEMENT && i - before != 3)
			return false;
	}
	return true;
}

size_t utf8_prefix(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	size_t n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

size_t utf8_length(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

bool text_char_dropped(unsigned cp)
{
	if (cp < 0x20)
		return cp != '\t' && cp != '\n';
	if (cp >= 0x7F && cp <= 0x9F)
		return true;
	switch (cp) {
	case 0x00AD:                    /* soft hyphen: invisible in a terminal */
	case 0xFEFF:                    /* byte-order mark / zero-width no-break */
	case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
	case 0x2066: case 0x2067: case 0x2068: case 0x2069:
	case 0xFFF9: case 0xFFFA: case 0xFFFB:  /* interlinear annotation */
		return true;
	}
	return false;
}

bool text_char_space(unsigned cp)
{
	switch (cp) {
	case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
	case 0x1680: case 0x2028: case 0x2029: case 0x3000:
		return true;
	}
	return cp >= 0x2000 && cp <= 0x200A && cp != 0x2007;
}

void text_sink_init(struct text_sink *t, struct buf *out, bool pre)
{
	t->out = out;
	t->start = out->len;
	t->pending_space = false;
	t->pre = pre;
}

static bool sink_empty(const struct text_sink *t)
{
	return t->out->len == t->start;
}

static bool sink_ends_with_newline(const struct text_sink *t)
{
	return !sink_empty(t) && t->out->data[t->out->len - 1] == '\n';
}

/* A no-break space binds two words; at an edge or beside other blanks it is
 * only more blank. */
static bool nbsp_is_space(const struct text_sink *t)
{
	if (t->pending_space || sink_empty(t))
		return true;
	const char *e = t->out->data + t->out->len;
	size_t n = t->out->len - t->start;
	return e[-1] == ' ' || e[-1] == '\n' ||
	       (n >= 2 && (unsigned char)e[-2] == 0xC2 && (unsigned char)e[-1] == 0xA0);
}

void text_sink_add(struct text_sink *t, const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		unsigned cp;
		if (c >= 0x20 && c < 0x7F) {
			cp = c;
			i++;
		} else {
			cp = utf8_decode(s, len, &i);
		}
		if (t->pre) {
			if (cp == '\r') {
				/* CR LF is one newline; a lone CR is one too. */
				if (i < len && s[i] == '\n')
					continue;
				cp = '\n';
			} else if (cp == '\f' || cp == '\v' || cp == 0x2028 || cp == 0x2029) {
				cp = '\n';
			}
			if (cp == '\n' && sink_empty(t))
				continue;
			if (text_char_dropped(cp))
				continue;
			buf_put_utf8(t->out, cp);
			continue;
		}
		if (text_char_space(cp) || (cp == 0xA0 && nbsp_is_space(t))) {
			t->pending_space = true;
			continue;
		}
		if (text_char_dropped(cp))
			continue;
		if (t->pending_space && !sink_empty(t) && !sink_ends_with_newline(t) &&
		    t->out->data[t->out->len - 1] != '\t')
			buf_putc(t->out, ' ');
		t->pending_space = false;
		buf_put_utf8(t->out, cp);
	}
}

void text_sink_newline(struct text_sink *t)
{
	t->pending_space = false;
	if (sink_empty(t))
		return;
	if (!t->pre) {
		/* Drop a blank before the break; never two breaks in a row. */
		while (!sink_empty(t) && t->out->data[t->out->len - 1] == ' ')
			buf_truncate(t->out, t->out->len - 1);
		if (sink_ends_with_newline(t))
			return;
	}
	buf_putc(t->out, '\n');
}

void text_sink_tab(struct text_sink *t)
{
	t->pending_space = false;
	if (!t->pre)
		while (!sink_empty(t) && t->out->data[t->out->len - 1] == ' ')
			buf_truncate(t->out, t->out->len - 1);
	buf_putc(t->out, '\t');
}

void text_sink_space(struct text_sink *t)
{
	if (!t->pre)
		t->pending_space = true;
}

void text_sink_finish(struct text_sink *t)
{
	struct buf *b = t->out;
	while (!sink_empty(t)) {
		char c = b->data[b->len - 1];
		size_t n = b->len - t->start;
		if (c == '\n' || c == ' ' || (t->pre && c == '\t'))
			buf_truncate(b, b->len - 1);
		else if (!t->pre && n >= 2 && (unsigned char)c == 0xA0 &&
			 (unsigned char)b->data[b->len - 2] == 0xC2)
			buf_truncate(b, b->len - 2);
		else
			break;
	}
	t->pending_space = false;
}

char *text_clean(const char *s, size_t len, bool empty_is_null)
{
	struct buf b = BUF_INIT;
	struct text_sink t;
	text_sink_init(&t, &b, false);
	if (s)
		text_sink_add(&t, s, len);
	text_sink_finish(&t);
	if (empty_is_null && b.len == 0 && !b.failed) {
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}
