/* pager.h — the ncurses pager. */
#ifndef LEDE_PAGER_H
#define LEDE_PAGER_H

#include <stdbool.h>
#include <stddef.h>

#include "../article.h"
#include "../options.h"
#include "config.h"

/* Read source (an address or a file) into *a: what following a link and
 * reloading use. Returns 0, or -1 with *err set (to be freed). */
typedef int (*pager_load_fn)(void *ctx, const char *source, struct article *a, char **err,
			     bool *no_article);

struct pager_options {
	enum color_when color;
	const bool *no_article; /* per article: the page had none (or NULL) */
	const char *const *sources;     /* per article: where it came from (or NULL) */
	pager_load_fn load;     /* NULL: links cannot be followed, nothing reloads */
	void *load_ctx;
	const struct ui_config *config; /* NULL: the defaults */
	bool no_panel;          /* start with the panel hidden (p shows it) */
};

enum { PAGER_OK = 0, PAGER_ERROR = -1, PAGER_NO_TERMINAL = 1 };

/* Page through the articles (which the pager may replace when reloading).
 * Returns PAGER_OK; PAGER_NO_TERMINAL when the terminal cannot be driven
 * (the caller prints instead); or PAGER_ERROR with *err set. The terminal
 * is restored on every return, and before a fatal signal ends the
 * process. */
int pager_run(struct article *arts, size_t n, const struct pager_options *o, char **err);

/* The text column width for an area cols wide (at most max), and its left
 * margin. */
int pager_text_width(int cols, int max, int *margin);

/* A file name for saving an article: its title in lower case, words
 * joined by '-', at most 60 characters, and ".txt" ("article.txt" without
 * a title). To be freed. */
char *pager_save_name(const struct article *a);

#endif
