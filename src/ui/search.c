/* search.c — search in an article; a line editor for prompts. */
#include <config.h>

#include "search.h"
#include "../buf.h"
#include "../text.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>

bool search_case_sensitive(const char *pattern)
{
	size_t len = strlen(pattern);
	for (size_t i = 0; i < len;) {
		unsigned cp = utf8_decode(pattern, len, &i);
		if (uc_is_upper(cp) || uc_is_property_titlecase(cp))
			return true;
	}
	return false;
}

/* cp taken apart as canonical equivalence does ("é" is "e" and U+0301),
 * in lower case when folding, into out (UC_DECOMPOSITION_MAX_LENGTH);
 * returns the count. */
static size_t decompose(ucs4_t cp, bool fold, ucs4_t *out)
{
	/* nothing below U+00C0 comes apart: most text, at every position
	 * tried, without a table lookup */
	if (cp < 0xC0) {
		out[0] = fold ? uc_tolower(cp) : cp;
		return 1;
	}
	ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
	int n = uc_canonical_decomposition(cp, d);
	size_t k = 0;
	if (n <= 0) {
		out[k++] = cp;
	} else {
		for (int i = 0; i < n && k < UC_DECOMPOSITION_MAX_LENGTH; i++) {
			ucs4_t sub[UC_DECOMPOSITION_MAX_LENGTH];
			int m = uc_canonical_decomposition(d[i], sub);
			if (m <= 0)
				out[k++] = d[i];
			for (int j = 0; j < m && k < UC_DECOMPOSITION_MAX_LENGTH; j++)
				out[k++] = sub[j];
		}
	}
	if (fold)
		for (size_t i = 0; i < k; i++)
			out[i] = uc_tolower(out[i]);
	return k;
}

/* Whether pat (code points, taken apart) starts text at i, ending where
 * a character of the text ends; the end there. A precomposed "é" in
 * either finds "e" with a combining accent in the other. */
static bool match_at(const char *text, size_t len, size_t i, const unsigned *pat, size_t np,
		     bool fold, size_t *end)
{
	size_t k = 0;
	while (k < np) {
		if (i >= len)
			return false;
		ucs4_t parts[UC_DECOMPOSITION_MAX_LENGTH];
		size_t n = decompose(utf8_decode(text, len, &i), fold, parts);
		if (k + n > np)
			return false;   /* the pattern ends inside this character */
		for (size_t j = 0; j < n; j++)
			if (parts[j] != pat[k + j])
				return false;
		k += n;
	}
	*end = i;
	return true;
}

int search_article(const struct article *a, const char *pattern, struct match **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	size_t plen = strlen(pattern);
	if (plen == 0)
		return 0;
	bool fold = !search_case_sensitive(pattern);
	unsigned *pat = malloc((plen * UC_DECOMPOSITION_MAX_LENGTH + 1) * sizeof *pat);
	if (!pat)
		return -1;
	size_t np = 0;
	for (size_t i = 0; i < plen;) {
		ucs4_t parts[UC_DECOMPOSITION_MAX_LENGTH];
		size_t count = decompose(utf8_decode(pattern, plen, &i), fold, parts);
		for (size_t j = 0; j < count; j++)
			pat[np++] = parts[j];
	}
	size_t cap = 0;
	for (size_t b = 0; b < a->nblocks; b++) {
		const char *t = a->blocks[b].text;
		size_t len = a->blocks[b].len;
		for (size_t i = 0; i < len;) {
			size_t end;
			if (match_at(t, len, i, pat, np, fold, &end)) {
				struct match *v = array_grow(*out, &cap, *n, sizeof *v);
				if (!v) {
					free(pat);
					free(*out);
					*out = NULL;
					*n = 0;
					return -1;
				}
				*out = v;
				v[(*n)++] = (struct match){ b, i, end };
				i = end;
				continue;
			}
			utf8_decode(t, len, &i);
		}
	}
	free(pat);
	return 0;
}

/* ---- the line editor ---- */

void edit_start(struct line_edit *e, const char *initial)
{
	memset(e, 0, sizeof *e);
	if (initial) {
		size_t n = utf8_prefix(initial, strlen(initial), EDIT_MAX - 1);
		memcpy(e->text, initial, n);
		e->len = e->cursor = n;
	}
	e->text[e->len] = '\0';
}

static size_t prev_char(const struct line_edit *e, size_t i)
{
	while (i > 0) {
		i--;
		if (((unsigned char)e->text[i] & 0xC0) != 0x80)
			break;
	}
	return i;
}

static size_t next_char(const struct line_edit *e, size_t i)
{
	if (i < e->len)
		utf8_decode(e->text, e->len, &i);
	return i;
}

static void delete_range(struct line_edit *e, size_t from, size_t to)
{
	memmove(e->text + from, e->text + to, e->len - to);
	e->len -= to - from;
	e->text[e->len] = '\0';
	if (e->cursor > to)
		e->cursor -= to - from;
	else if (e->cursor > from)
		e->cursor = from;
}

/* What ends a word for Ctrl-W: blanks, as in a shell (so a path goes
 * whole). */
static bool blank(char c)
{
	return c == ' ' || c == '\t';
}

#define CTRL(c) ((c) & 0x1F)

enum edit_result edit_key(struct line_edit *e, unsigned key, bool is_char)
{
	if (is_char) {
		switch (key) {
		case '\n': case '\r':
			return EDIT_DONE;
		case 27: case CTRL('g'): case CTRL('c'):
			return EDIT_CANCEL;
		case CTRL('u'):
			e->len = e->cursor = 0;
			e->text[0] = '\0';
			return EDIT_GOING;
		case CTRL('w'): {
			/* the word before the cursor, and the blanks after it */
			size_t i = e->cursor;
			while (i > 0 && blank(e->text[i - 1]))
				i--;
			while (i > 0 && !blank(e->text[i - 1]))
				i--;
			delete_range(e, i, e->cursor);
			return EDIT_GOING;
		}
		case CTRL('k'):
			delete_range(e, e->cursor, e->len);
			return EDIT_GOING;
		case CTRL('a'):
			e->cursor = 0;
			return EDIT_GOING;
		case CTRL('e'):
			e->cursor = e->len;
			return EDIT_GOING;
		case CTRL('b'):
			e->cursor = prev_char(e, e->cursor);
			return EDIT_GOING;
		case CTRL('f'):
			e->cursor = next_char(e, e->cursor);
			return EDIT_GOING;
		case CTRL('d'):
			delete_range(e, e->cursor, next_char(e, e->cursor));
			return EDIT_GOING;
		case CTRL('h'): case 127:
			delete_range(e, prev_char(e, e->cursor), e->cursor);
			return EDIT_GOING;
		default:
			break;
		}
		/* a character: nothing that could control the terminal */
		if (key < ' ' || text_char_dropped(key) || key > 0x10FFFF)
			return EDIT_GOING;
		struct buf c = BUF_INIT;
		buf_put_utf8(&c, key);
		if (!c.failed && e->len + c.len < EDIT_MAX) {
			memmove(e->text + e->cursor + c.len, e->text + e->cursor, e->len - e->cursor);
			memcpy(e->text + e->cursor, c.data, c.len);
			e->len += c.len;
			e->cursor += c.len;
			e->text[e->len] = '\0';
		}
		buf_free(&c);
		return EDIT_GOING;
	}
	switch (key) {
	case KEY_ENTER:
		return EDIT_DONE;
	case KEY_LEFT:
		e->cursor = prev_char(e, e->cursor);
		break;
	case KEY_RIGHT:
		e->cursor = next_char(e, e->cursor);
		break;
	case KEY_HOME:
		e->cursor = 0;
		break;
	case KEY_END:
		e->cursor = e->len;
		break;
	case KEY_BACKSPACE:
		delete_range(e, prev_char(e, e->cursor), e->cursor);
		break;
	case KEY_DC:
		delete_range(e, e->cursor, next_char(e, e->cursor));
		break;
	default:
		break;
	}
	return EDIT_GOING;
}
