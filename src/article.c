/* article.c — the article model and its builder. */
#include <config.h>

#include "article.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const char *block_type_name(enum block_type t)
{
	switch (t) {
	case BLOCK_PARAGRAPH: return "paragraph";
	case BLOCK_HEADING: return "heading";
	case BLOCK_QUOTE: return "quote";
	case BLOCK_LIST_ITEM: return "list-item";
	case BLOCK_PRE: return "preformatted";
	case BLOCK_CAPTION: return "caption";
	case BLOCK_TABLE_ROW: return "table-row";
	case BLOCK_IMAGE: return "image";
	}
	return "paragraph";
}

void article_remove_block(struct article *a, size_t i)
{
	if (i >= a->nblocks)
		return;
	free(a->blocks[i].text);
	free(a->blocks[i].spans);
	free(a->blocks[i].src);
	memmove(&a->blocks[i], &a->blocks[i + 1], (a->nblocks - i - 1) * sizeof *a->blocks);
	a->nblocks--;
}

void article_free(struct article *a)
{
	if (!a)
		return;
	article_clear_analysis(a);
	free(a->url);
	free(a->title);
	free(a->author);
	free(a->published);
	free(a->site);
	free(a->lang);
	free(a->excerpt);
	for (size_t i = 0; i < a->nblocks; i++) {
		free(a->blocks[i].text);
		free(a->blocks[i].spans);
		free(a->blocks[i].src);
	}
	free(a->blocks);
	for (size_t i = 0; i < a->nlinks; i++) {
		free(a->links[i].text);
		free(a->links[i].url);
	}
	free(a->links);
	memset(a, 0, sizeof *a);
}

void article_clear_analysis(struct article *a)
{
	for (size_t i = 0; i < a->nentities; i++) {
		struct entity *e = &a->entities[i];
		free(e->name);
		free(e->title);
		for (size_t k = 0; k < e->naliases; k++)
			free(e->aliases[k]);
		free(e->aliases);
	}
	free(a->entities);
	for (size_t i = 0; i < a->nquotes; i++)
		free(a->quotes[i].text);
	free(a->quotes);
	a->entities = NULL;
	a->quotes = NULL;
	a->nentities = a->nquotes = 0;
	for (size_t b = 0; b < a->nblocks; b++) {
		struct block *bl = &a->blocks[b];
		size_t k = 0;
		for (size_t i = 0; i < bl->nspans; i++)
			if (bl->spans[i].kind != SPAN_MENTION && bl->spans[i].kind != SPAN_QUOTE)
				bl->spans[k++] = bl->spans[i];
		bl->nspans = k;
	}
}

const char *quote_kind_name(enum quote_kind k)
{
	switch (k) {
	case QUOTE_DIRECT: return "direct";
	case QUOTE_PARTIAL: return "partial";
	case QUOTE_SCARE: return "scare";
	}
	return "direct";
}

bool article_add_span(struct article *a, size_t block, struct span s)
{
	struct block *b = &a->blocks[block];
	struct span *v = realloc(b->spans, (b->nspans + 1) * sizeof *v);
	if (!v)
		return false;
	b->spans = v;
	/* after the spans that start earlier, or at the same place and are
	 * longer (outer spans first) */
	size_t i = b->nspans;
	while (i > 0 && (v[i - 1].start > s.start ||
			 (v[i - 1].start == s.start && v[i - 1].end < s.end)))
		i--;
	memmove(&v[i + 1], &v[i], (b->nspans - i) * sizeof *v);
	v[i] = s;
	b->nspans++;
	return true;
}

bool article_set(char **field, const char *s, size_t len)
{
	free(*field);
	*field = NULL;
	if (!s)
		return true;
	struct buf b = BUF_INIT;
	struct text_sink t;
	text_sink_init(&t, &b, false);
	text_sink_add(&t, s, len);
	text_sink_finish(&t);
	if (b.failed) {
		buf_free(&b);
		return false;
	}
	if (b.len == 0) {
		buf_free(&b);
		return true;
	}
	*field = buf_steal(&b);
	return *field != NULL;
}

void ab_init(struct article_builder *b, struct article *a)
{
	memset(b, 0, sizeof *b);
	b->a = a;
	buf_reserve(&b->text, 0);
}

void ab_block_begin(struct article_builder *b, enum block_type type, int level,
		    int number, int quote_depth)
{
	if (b->open)
		ab_block_end(b);
	memset(&b->cur, 0, sizeof b->cur);
	b->cur.type = type;
	b->cur.level = level < 0 ? 0 : level > ARTICLE_MAX_DEPTH ? ARTICLE_MAX_DEPTH : level;
	b->cur.number = number;
	b->cur.quote_depth = quote_depth < 0 ? 0 : quote_depth > ARTICLE_MAX_DEPTH ? ARTICLE_MAX_DEPTH : quote_depth;
	b->cap_spans = 0;
	buf_truncate(&b->text, 0);
	text_sink_init(&b->sink, &b->text, type == BLOCK_PRE);
	b->open = true;
}

void ab_text(struct article_builder *b, const char *s, size_t len)
{
	if (b->open)
		text_sink_add(&b->sink, s, len);
}

void ab_newline(struct article_builder *b)
{
	if (b->open)
		text_sink_newline(&b->sink);
}

void ab_space(struct article_builder *b)
{
	if (b->open)
		text_sink_space(&b->sink);
}

void ab_tab(struct article_builder *b)
{
	/* tabs separate table cells; anywhere else they are a blank */
	if (b->open && b->cur.type == BLOCK_TABLE_ROW)
		text_sink_tab(&b->sink);
	else
		ab_space(b);
}

bool ab_block_empty(const struct article_builder *b)
{
	return !b->open || b->text.len == 0;
}

size_t ab_span_begin(struct article_builder *b, enum span_kind kind, int ref)
{
	if (!b->open)
		return SIZE_MAX;
	struct span *spans = array_grow(b->cur.spans, &b->cap_spans, b->cur.nspans, sizeof *spans);
	if (!spans) {
		b->failed = true;
		return SIZE_MAX;
	}
	b->cur.spans = spans;
	struct span *sp = &b->cur.spans[b->cur.nspans];
	/* A space still owed goes before the span, not inside it. */
	size_t start = b->text.len;
	if (b->sink.pending_space && b->text.len > 0 && b->text.data[b->text.len - 1] != '\n')
		start++;
	sp->start = start;
	sp->end = SIZE_MAX;     /* open */
	sp->kind = kind;
	sp->ref = ref;
	return b->cur.nspans++;
}

void ab_span_end(struct article_builder *b, size_t h)
{
	if (!b->open || h >= b->cur.nspans)
		return;
	b->cur.spans[h].end = b->text.len;
}

int ab_link(struct article_builder *b, const char *url)
{
	struct article *a = b->a;
	struct link *links = array_grow(a->links, &b->cap_links, a->nlinks, sizeof *links);
	if (!links) {
		b->failed = true;
		return -1;
	}
	a->links = links;
	struct link *l = &a->links[a->nlinks];
	l->text = NULL;
	l->url = NULL;
	if (!article_set(&l->url, url, strlen(url)) || !l->url) {
		b->failed = b->failed || l->url == NULL;
		return -1;
	}
	return (int)a->nlinks++;
}

static int span_cmp(const void *x, const void *y)
{
	const struct span *p = x, *q = y;
	if (p->start != q->start)
		return p->start < q->start ? -1 : 1;
	/* Outer spans first. */
	if (p->end != q->end)
		return p->end > q->end ? -1 : 1;
	return 0;
}

void ab_block_end(struct article_builder *b)
{
	if (!b->open)
		return;
	b->open = false;
	text_sink_finish(&b->sink);
	struct block *c = &b->cur;
	size_t len = b->text.len;
	/* Clip spans to the trimmed text; drop empty ones. */
	size_t n = 0;
	for (size_t i = 0; i < c->nspans; i++) {
		struct span s = c->spans[i];
		if (s.end > len)
			s.end = len;
		if (s.start >= s.end)
			continue;
		c->spans[n++] = s;
	}
	c->nspans = n;
	if (b->text.failed) {
		b->failed = true;
		buf_free(&b->text);
	}
	if (len == 0 || b->failed) {
		free(c->spans);
		c->spans = NULL;
		c->nspans = 0;
		return;
	}
	if (c->nspans > 1)
		qsort(c->spans, c->nspans, sizeof *c->spans, span_cmp);
	/* Link text comes from the block. */
	for (size_t i = 0; i < c->nspans; i++) {
		struct span *s = &c->spans[i];
		if (s->kind != SPAN_LINK || s->ref < 0 || (size_t)s->ref >= b->a->nlinks)
			continue;
		struct link *l = &b->a->links[s->ref];
		if (!l->text && !article_set(&l->text, b->text.data + s->start, s->end - s->start))
			b->failed = true;
	}
	struct article *a = b->a;
	struct block *blocks = array_grow(a->blocks, &b->cap_blocks, a->nblocks, sizeof *blocks);
	if (!blocks) {
		b->failed = true;
		free(c->spans);
		return;
	}
	a->blocks = blocks;
	c->text = malloc(len + 1);
	if (!c->text) {
		b->failed = true;
		free(c->spans);
		return;
	}
	memcpy(c->text, b->text.data, len + 1);
	c->len = len;
	a->blocks[a->nblocks++] = *c;
	memset(c, 0, sizeof *c);
}

/* Drop links that no span refers to (their text was empty, or their block
 * was removed) and merge links to the same address, so the table numbers
 * each address once. */
int article_compact_links(struct article *a)
{
	if (a->nlinks == 0)
		return 0;
	int *map = malloc(a->nlinks * sizeof *map);
	if (!map)
		return -1;
	for (size_t i = 0; i < a->nlinks; i++)
		map[i] = -1;
	for (size_t i = 0; i < a->nblocks; i++)
		for (size_t k = 0; k < a->blocks[i].nspans; k++) {
			const struct span *s = &a->blocks[i].spans[k];
			if (s->kind == SPAN_LINK && s->ref >= 0 && (size_t)s->ref < a->nlinks)
				map[s->ref] = 0;        /* used */
		}
	size_t n = 0;
	for (size_t i = 0; i < a->nlinks; i++) {
		struct link *l = &a->links[i];
		if (map[i] < 0 || !l->text) {
			map[i] = -1;
			free(l->text);
			free(l->url);
			continue;
		}
		map[i] = -1;
		for (size_t j = 0; j < n; j++)
			if (strcmp(a->links[j].url, l->url) == 0) {
				map[i] = (int)j;
				break;
			}
		if (map[i] >= 0) {
			free(l->text);
			free(l->url);
			continue;
		}
		map[i] = (int)n;
		a->links[n++] = *l;
	}
	for (size_t i = 0; i < a->nblocks; i++)
		for (size_t k = 0; k < a->blocks[i].nspans; k++) {
			struct span *s = &a->blocks[i].spans[k];
			if (s->kind == SPAN_LINK && s->ref >= 0)
				s->ref = (size_t)s->ref < a->nlinks ? map[s->ref] : -1;
		}
	a->nlinks = n;
	free(map);
	return 0;
}

void ab_image(struct article_builder *b, const char *alt, const char *src, int quote_depth)
{
	ab_block_begin(b, BLOCK_IMAGE, 0, 0, quote_depth);
	if (alt)
		ab_text(b, alt, strlen(alt));
	size_t before = b->a->nblocks;
	ab_block_end(b);
	if (b->a->nblocks > before && src) {
		struct block *k = &b->a->blocks[b->a->nblocks - 1];
		if (!article_set(&k->src, src, strlen(src)))
			b->failed = true;
	}
}

int ab_finish(struct article_builder *b)
{
	if (b->open)
		ab_block_end(b);
	buf_free(&b->text);
	if (b->failed)
		return -1;
	return 0;
}
