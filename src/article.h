/* article.h — the one model of an extracted article.
 *
 * Every string in it is sanitized (see text.h): valid UTF-8, no control
 * characters but tab and newline, no bidi overrides, whitespace collapsed
 * outside preformatted blocks. Writers and the pager can print it as is. */
#ifndef LEDE_ARTICLE_H
#define LEDE_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "text.h"

enum block_type {
	BLOCK_PARAGRAPH,
	BLOCK_HEADING,          /* level: 1–6 */
	BLOCK_QUOTE,            /* a paragraph of a block quote */
	BLOCK_LIST_ITEM,        /* level: nesting depth from 1; number: 0 or position */
	BLOCK_PRE,              /* preformatted: spaces, tabs and newlines kept */
	BLOCK_CAPTION,
	BLOCK_TABLE_ROW,        /* cells separated by tabs */
	BLOCK_IMAGE,            /* text: the image's description; src: its address */
};

enum span_kind {
	SPAN_LINK,              /* ref: index into article.links */
	SPAN_EMPHASIS,
	SPAN_STRONG,
	SPAN_CODE,
	SPAN_MENTION,           /* ref: index into article.entities */
	SPAN_QUOTE,             /* ref: index into article.quotes */
};

enum entity_kind { ENTITY_PERSON, ENTITY_ORGANIZATION, ENTITY_PLACE };

/* Someone or something the article names. */
struct entity {
	enum entity_kind kind;
	char *name;             /* canonical: the fullest form, without titles */
	char **aliases;         /* the other forms the text uses */
	size_t naliases;
	char *title;            /* the title the text gives a person ("Secretary of State"), or NULL */
	int mentions;
};

enum quote_kind {
	QUOTE_DIRECT,           /* a clause or sentence someone said or wrote */
	QUOTE_PARTIAL,          /* a fragment of someone's words in the writer's sentence */
	QUOTE_SCARE,            /* a word or phrase nobody is quoted as saying, a title */
};

/* A quotation: from (block, start) to (end_block, end), text without its marks. */
struct quote {
	size_t block, start, end_block, end;
	enum quote_kind kind;
	bool is_block;          /* a block quote */
	int speaker;            /* index into article.entities, or -1 */
	char *text;
};

struct span {
	size_t start, end;      /* byte range [start, end) in the block's text */
	enum span_kind kind;
	int ref;
};

/* Deeper lists and quotes than this are kept at this depth: no reader
 * follows more, and every writer can indent this far. */
#define ARTICLE_MAX_DEPTH 32

struct block {
	enum block_type type;
	int level;              /* heading 1-6, list depth 1-ARTICLE_MAX_DEPTH */
	int number;
	int quote_depth;        /* > 0 inside a block quote, at most ARTICLE_MAX_DEPTH */
	char *text;
	size_t len;
	struct span *spans;     /* ordered by start */
	size_t nspans;
	char *src;              /* BLOCK_IMAGE: the image's address, or NULL */
};

struct link {
	char *text;
	char *url;              /* absolute when the page's URL was known */
};

struct article {
	char *url;              /* the page's address, or NULL */
	char *title;
	char *author;
	char *published;        /* ISO 8601 */
	char *site;
	char *lang;
	char *excerpt;          /* a sentence or two about the article */
	struct block *blocks;
	size_t nblocks;
	struct link *links;
	size_t nlinks;
	struct entity *entities;
	size_t nentities;
	struct quote *quotes;
	size_t nquotes;
};

const char *block_type_name(enum block_type t);
void article_free(struct article *a);
void article_remove_block(struct article *a, size_t i);
/* Drop the entities, quotes and their spans (what analysis added). */
void article_clear_analysis(struct article *a);
/* Add a span to a block, keeping its spans in order. Returns false when
 * out of memory. */
bool article_add_span(struct article *a, size_t block, struct span s);
const char *quote_kind_name(enum quote_kind k);
/* Drop links no span refers to; merge links with the same address.
 * Returns 0, or -1 when out of memory. */
int article_compact_links(struct article *a);
/* Set a metadata field to a sanitized copy of s (NULL or blank clears it).
 * Returns false when out of memory. */
bool article_set(char **field, const char *s, size_t len);

/* Building an article block by block. */
struct article_builder {
	struct article *a;
	size_t cap_blocks, cap_links, cap_spans;
	bool open;
	bool failed;            /* out of memory somewhere */
	struct block cur;
	struct buf text;
	struct text_sink sink;
};

void ab_init(struct article_builder *b, struct article *a);
void ab_block_begin(struct article_builder *b, enum block_type type, int level,
		    int number, int quote_depth);
void ab_text(struct article_builder *b, const char *s, size_t len);
void ab_newline(struct article_builder *b);
void ab_space(struct article_builder *b);
void ab_tab(struct article_builder *b);
/* Open a span at the current position; returns a handle for ab_span_end. */
size_t ab_span_begin(struct article_builder *b, enum span_kind kind, int ref);
void ab_span_end(struct article_builder *b, size_t handle);
/* Add a link to the table (url sanitized); returns its index or -1. */
int ab_link(struct article_builder *b, const char *url);
/* Close the block; an empty block is discarded. */
void ab_block_end(struct article_builder *b);
/* An image block: its description and address (either may be NULL). */
void ab_image(struct article_builder *b, const char *alt, const char *src, int quote_depth);
/* Whether the open block has any text yet. */
bool ab_block_empty(const struct article_builder *b);
/* Finish: returns 0, or -1 when an allocation failed along the way. */
int ab_finish(struct article_builder *b);

#endif
