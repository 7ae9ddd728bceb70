/* wrap.h — line wrapping by the Unicode line-breaking rules, at display
 * width (East Asian wide characters take two columns, combining marks
 * none). Used by the text writer and the pager's layout. */
#ifndef LEDE_WRAP_H
#define LEDE_WRAP_H

#include <stddef.h>

struct wrap_line {
	size_t start, end;      /* bytes [start, end) of the text, blanks trimmed at the end */
	int cols;               /* display width */
};

/* Split text into lines at most width columns wide (width <= 0: split only
 * at newlines). A word longer than the width is broken where it must be.
 * Tabs advance to the next multiple of 8. *lines is allocated; returns the
 * number of lines (at least 1), or -1 when out of memory. */
long wrap_text(const char *s, size_t len, int width, struct wrap_line **lines);
/* The same, the first line at most first columns and the others rest (a
 * hanging indent). */
long wrap_text_hanging(const char *s, size_t len, int first, int rest, struct wrap_line **lines);

/* Display width of text (tabs as up to 8 columns). */
int text_width(const char *s, size_t len);

#endif
