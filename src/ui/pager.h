/* pager.h — the ncurses pager. */
#ifndef LEDE_PAGER_H
#define LEDE_PAGER_H

#include <stddef.h>

#include "../article.h"
#include "../options.h"

struct pager_options {
	enum color_when color;
	const bool *no_article; /* per article: the page had none (or NULL) */
};

enum { PAGER_OK = 0, PAGER_ERROR = -1, PAGER_NO_TERMINAL = 1 };

/* Page through the articles. Returns PAGER_OK; PAGER_NO_TERMINAL when the
 * terminal cannot be driven (the caller prints instead); or PAGER_ERROR
 * with *err set. The terminal is restored on every return, and before a
 * fatal signal ends the process. */
int pager_run(struct article *arts, size_t n, const struct pager_options *o, char **err);

/* The text column width for a terminal cols wide, and its left margin. */
int pager_text_width(int cols, int *margin);

#endif
