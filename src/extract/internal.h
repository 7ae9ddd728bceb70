/* internal.h — what the extraction passes share.
 *
 * The gumbo tree is flattened once into an array in document order
 * (preorder), so that every later pass is a loop over indices: a node's
 * descendants are exactly the indices (i, end). Passes mark nodes dropped
 * instead of removing them, and keep per-subtree counts up to date. */
#ifndef LEDE_EXTRACT_INTERNAL_H
#define LEDE_EXTRACT_INTERNAL_H

#include <gumbo.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../article.h"

/* What a class or id attribute says about an element. */
enum {
	CW_UNLIKELY = 1 << 0,   /* chrome: navigation, sidebars, comments… */
	CW_MAYBE    = 1 << 1,   /* …unless it also says it is the content */
	CW_STRONG   = 1 << 2,   /* chrome even if it says content (ads, share bars) */
	CW_POSITIVE = 1 << 3,   /* Readability's +25 */
	CW_NEGATIVE = 1 << 4,   /* Readability's −25 */
	CW_HIDDEN   = 1 << 5,   /* screen-reader-only and hidden utility classes */
	CW_BYLINE   = 1 << 6,
};

/* Node flags. */
enum {
	XN_TEXT      = 1 << 0,  /* a text node (else an element) */
	XN_DROP      = 1 << 1,  /* removed, with its subtree */
	XN_DEAD      = 1 << 2,  /* dropped or inside a dropped node */
	XN_BLOCK     = 1 << 3,  /* block-level element */
	XN_IN_LINK   = 1 << 4,  /* inside an <a> */
	XN_CANDIDATE = 1 << 5,  /* has a content score */
	XN_STRUCT    = 1 << 6,  /* dropped for what it is, not for its class */
	XN_HIDDEN    = 1 << 7,
	XN_SELECTED  = 1 << 8,  /* part of the article */
	XN_BYLINE    = 1 << 9,
	XN_DATA_TABLE = 1 << 10,
	XN_HASH_LINK = 1 << 11, /* inside a link to a place on the page */
};

/* Why a node was dropped (for bench/explain). */
enum drop_why {
	WHY_NONE,
	WHY_STRUCT,             /* what it is: script, form control, embed */
	WHY_HIDDEN,
	WHY_TAG,                /* nav, aside, footer, or an unlikely role */
	WHY_CLASS,              /* its class or id */
	WHY_BYLINE,
	WHY_LABEL,              /* its label: "Related", "Most Popular" */
	WHY_TEXT,               /* its words: an ad label, copyright, cookies */
	WHY_CLEAN,              /* conditional cleaning */
	WHY_HEADING,            /* a heading with a negative class weight */
};

struct xstats {
	int32_t chars;          /* characters of text, whitespace collapsed */
	int32_t link_chars;     /* of which inside links */
	int32_t commas;
	int32_t heading_chars;
	int32_t n_p, n_img, n_li, n_input, n_embed, n_heading, n_pre;
};

struct xnode {
	GumboNode *g;
	int32_t parent, first, next, end;
	GumboTag tag;
	uint32_t flags;
	uint16_t cw_class, cw_id;       /* CW_* of class and id */
	uint8_t why;                    /* enum drop_why */
	int32_t own_chars;      /* text that is this block's own (not in child blocks) */
	int32_t own_commas;
	struct xstats st;       /* over the live subtree */
	float score;
	int32_t para_chars;     /* text of scored paragraphs in the subtree */
};

/* The extraction's working state. */
struct xdoc {
	struct xnode *n;
	size_t count, cap;
	int32_t html, head, body;
	/* options of the current attempt */
	bool strip_unlikely, weight_classes, clean_conditionally;
	char *title;            /* the article's title, for dropping a repeat of it */
	const char *page_url;   /* base for links */
	char *base_url;         /* <base href>, resolved */
};

/* dom.c */
int dom_flatten(struct xdoc *d, GumboNode *root);
void dom_free(struct xdoc *d);
const char *dom_attr(const struct xnode *x, const char *name);
/* An element gumbo does not know by this name (<dialog>, <picture>). */
bool dom_unknown_named(const struct xnode *x, const char *name);
bool dom_is_block_tag(GumboTag t);
/* Mark the live/dead state and recompute every node's statistics. */
void dom_stats(struct xdoc *d);
/* Drop node i: subtract its statistics from its ancestors. */
void dom_drop(struct xdoc *d, int32_t i, enum drop_why why);
/* Text of a node's live subtree, whitespace collapsed, at most max bytes. */
size_t dom_text(const struct xdoc *d, int32_t i, char *out, size_t max);
/* The same, dropped parts included. */
size_t dom_text_all(const struct xdoc *d, int32_t i, char *out, size_t max);
int class_weight(const struct xnode *x);
/* The CW_* flags for a class or id attribute value. */
unsigned classify_attr(const char *value);
/* The first live text of node i, if it stands in an element of its own
 * that holds nothing else; written lower-cased to out. Returns its length
 * or 0. */
size_t dom_label(const struct xdoc *d, int32_t i, char *out, size_t max);
bool label_is_section(const char *label);
bool label_is_ad(const char *label);

/* metadata.c */
struct xmeta {
	char *title, *author, *published, *site, *lang, *canonical, *excerpt;
	char *author_link;      /* article:author (not a URL), else twitter:creator (not a @handle): the last resort */
	char *doc_title;        /* the <title> as written */
	char *base;             /* <base href> as written */
};
int metadata_collect(const struct xdoc *d, struct xmeta *m);
void metadata_free(struct xmeta *m);
/* The author's name from a byline element, or NULL. */
char *metadata_byline(const struct xdoc *d, int32_t node);
/* The title from <title>: "Title | Site" → "Title", as Readability does. */
char *title_from_document(const struct xdoc *d, const char *doc_title);

/* prune.c */
void prune_structural(struct xdoc *d);
void prune_boilerplate(struct xdoc *d);
/* The first byline element at or after node from (after
 * prune_structural), or -1. */
int32_t prune_find_byline(const struct xdoc *d, int32_t from);

/* score.c */
/* Score paragraphs and pick the article's nodes (XN_SELECTED roots).
 * Returns the number of roots chosen (0: none). */
size_t score_select(struct xdoc *d, int32_t *roots, size_t max_roots);
void clean_conditionally(struct xdoc *d, const int32_t *roots, size_t nroots);

/* build.c */
int build_blocks(struct xdoc *d, const int32_t *roots, size_t nroots, struct article *a);
size_t article_text_chars(const struct article *a);

#endif
