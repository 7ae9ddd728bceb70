/* layout.h — an article as screen lines, without a terminal.
 *
 * A pure function of (article, width, options): every line is a list of
 * segments (byte slices with an attribute) and maps back to the block and
 * byte offset it starts at, so the pager can keep its place on a resize. */
#ifndef LEDE_LAYOUT_H
#define LEDE_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "../article.h"

enum {
	LA_TITLE   = 1 << 0,
	LA_META    = 1 << 1,
	LA_HEADING = 1 << 2,
	LA_QUOTE   = 1 << 3,
	LA_EMPH    = 1 << 4,
	LA_STRONG  = 1 << 5,
	LA_CODE    = 1 << 6,
	LA_LINK    = 1 << 7,
	LA_MARKER  = 1 << 8,    /* bullets, numbers, quote bars */
	LA_PRE     = 1 << 9,
	LA_CAPTION = 1 << 10,
	LA_PERSON  = 1 << 11,   /* a person's name */
	LA_ORG     = 1 << 12,
	LA_PLACE   = 1 << 13,
	LA_QUOTED  = 1 << 14,   /* inside a quotation */
	LA_LINKNUM = 1 << 15,   /* a link's number, [3], when they are shown */
};

#define SEG_MADE ((size_t)-1)

struct lseg {
	const char *text;
	size_t len;
	unsigned attr;
	size_t src;             /* byte offset of text in its line's block, or SEG_MADE
	                           for text the layout made (markers, indents) */
	int entity;             /* the entity named here, or -1 */
	int link;               /* the link here (index into article.links), or -1 */
};

#define LINE_HEADER (-1)        /* title and metadata */

struct lline {
	size_t seg, nseg;       /* segments [seg, seg + nseg) */
	int block;              /* LINE_HEADER, or the block index */
	size_t offset;          /* byte offset in that block */
	int cols;               /* display width */
};

struct layout {
	struct lline *lines;
	size_t nlines;
	struct lseg *segs;
	size_t nsegs;
	char *pool;             /* text made by the layout (indents, markers) */
	int width;
};

struct layout_options {
	int width;              /* columns of text (2 at least: a wide character's) */
	bool ascii;             /* no box-drawing or bullet characters */
	bool link_numbers;      /* a link's number after it: "Geneva[3]" */
};

/* Returns 0, or -1 when out of memory. */
int layout_article(const struct article *a, const struct layout_options *o, struct layout *l);
void layout_free(struct layout *l);
/* The first line showing (block, offset) or what follows it. */
size_t layout_find(const struct layout *l, int block, size_t offset);

#endif
