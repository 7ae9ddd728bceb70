/* panel.h — the side panel's contents: the people of the article (most
 * mentioned first, with how often) and its quotes (speaker: first words),
 * narrowed to one person's quotes when one is chosen. No terminal here:
 * the pager draws the lines. */
#ifndef LEDE_PANEL_H
#define LEDE_PANEL_H

#include <stdbool.h>
#include <stddef.h>

#include "../article.h"

enum pitem_type { PI_HEADING, PI_PERSON, PI_QUOTE, PI_BLANK, PI_NOTE };

struct pitem {
	enum pitem_type type;
	int index;              /* PI_PERSON: entity; PI_QUOTE: quote */
	char *text;             /* what the line says (before it is cut to width) */
	int count;              /* PI_PERSON: mentions */
};

struct panel {
	struct pitem *items;
	size_t n;
};

/* The items for article a; person >= 0 narrows the quotes to theirs.
 * Returns 0, or -1 when out of memory. */
int panel_build(const struct article *a, int person, struct panel *p);
void panel_free(struct panel *p);
/* Whether an item can be chosen. */
bool panel_selectable(const struct pitem *it);
/* The first selectable item at or after i (in direction dir, 1 or -1),
 * or i itself when there is none. */
size_t panel_step(const struct panel *p, size_t i, int dir);

/* Quotes listed in the panel and for ] and [: someone's words (direct or
 * partial), in the text (not the title). */
bool quote_listed(const struct article *a, size_t q);

#endif
