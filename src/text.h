/* text.h — UTF-8 decoding and the sanitizer every model string goes through.
 *
 * Sanitized text is valid UTF-8 with no C0/C1 control characters (tab and
 * newline excepted), no DEL, no bidi embedding/override/isolate characters,
 * no byte-order marks or soft hyphens. Outside preformatted text, runs of
 * whitespace are collapsed to one space and trimmed at both ends. */
#ifndef LEDE_TEXT_H
#define LEDE_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

#define UTF8_REPLACEMENT 0xFFFDu

/* Decode the code point at s[*pos], s holding len bytes, and advance *pos.
 * An invalid or truncated sequence yields U+FFFD and advances one byte. */
unsigned utf8_decode(const char *s, size_t len, size_t *pos);
/* Whether s holds only well-formed UTF-8. */
bool utf8_valid(const char *s, size_t len);
/* Length of the longest prefix of s (at most max bytes) that does not end
 * inside a multi-byte sequence. */
size_t utf8_prefix(const char *s, size_t len, size_t max);
/* Number of code points. */
size_t utf8_length(const char *s, size_t len);

/* Characters the sanitizer never lets through. */
bool text_char_dropped(unsigned cp);
/* Whitespace as the collapser sees it (not U+00A0, which is kept). */
bool text_char_space(unsigned cp);

/* State for appending text piece by piece into one string. */
struct text_sink {
	struct buf *out;
	size_t start;           /* where this string begins in out */
	bool pending_space;     /* a space is owed before the next character */
	bool pre;               /* preformatted: keep spaces, tabs and newlines */
};

void text_sink_init(struct text_sink *t, struct buf *out, bool pre);
/* Append raw text (any bytes): invalid UTF-8 becomes U+FFFD, dropped
 * characters vanish, whitespace collapses unless pre. */
void text_sink_add(struct text_sink *t, const char *s, size_t len);
/* A hard line break (<br>): a newline, never doubled at the start. */
void text_sink_newline(struct text_sink *t);
/* A tab, kept even outside preformatted text (table cells). */
void text_sink_tab(struct text_sink *t);
/* A soft boundary between inline pieces that should not run together. */
void text_sink_space(struct text_sink *t);
/* Trim trailing blanks (and, in pre mode, trailing newlines). */
void text_sink_finish(struct text_sink *t);

/* A new sanitized, collapsed, trimmed copy of s; NULL when out of memory.
 * Returns NULL too for an empty result when empty_is_null is true. */
char *text_clean(const char *s, size_t len, bool empty_is_null);

#endif
