/* layout.c — wrapping the article into screen lines. */
#include <config.h>

#include "layout.h"
#include "../i18n.h"
#include "../buf.h"
#include "../export.h"
#include "../wrap.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* While building, a segment's text is either a pointer into the article or
 * an offset into the pool (which may still move). */
struct pseg {
	const char *text;       /* NULL: pool at off */
	size_t off, len;
	unsigned attr;
	size_t src;
	int entity, link;
};

struct lb {
	struct lline *lines;
	size_t nlines, cap_lines;
	struct pseg *segs;
	size_t nsegs, cap_segs;
	struct buf pool;
	bool failed;
	const struct layout_options *o;
	const struct article *art;
	bool measured;          /* the current line's width is set by the wrap */
};

static void line_begin(struct lb *b, int block, size_t offset)
{
	struct lline *lines = array_grow(b->lines, &b->cap_lines, b->nlines, sizeof *lines);
	if (!lines) {
		b->failed = true;
		return;
	}
	b->lines = lines;
	b->lines[b->nlines++] = (struct lline){ b->nsegs, 0, block, offset, 0 };
}

static void seg_add(struct lb *b, const char *text, size_t off, size_t len, unsigned attr,
		    size_t src, int entity, int link)
{
	if (b->failed || b->nlines == 0 || len == 0)
		return;
	struct pseg *segs = array_grow(b->segs, &b->cap_segs, b->nsegs, sizeof *segs);
	if (!segs) {
		b->failed = true;
		return;
	}
	b->segs = segs;
	b->segs[b->nsegs++] = (struct pseg){ text, off, len, attr, src, entity, link };
	struct lline *l = &b->lines[b->nlines - 1];
	l->nseg++;
	/* wrapped text: the wrap has measured the line already */
	if (!b->measured)
		l->cols += text_width(text ? text : b->pool.data + off, len);
}

/* Text made by the layout itself. */
static void seg_pool_link(struct lb *b, const char *s, size_t len, unsigned attr, int link)
{
	size_t off = b->pool.len;
	buf_append(&b->pool, s, len);
	if (b->pool.failed) {
		b->failed = true;
		return;
	}
	seg_add(b, NULL, off, len, attr, SEG_MADE, -1, link);
}

static void seg_pool(struct lb *b, const char *s, size_t len, unsigned attr)
{
	seg_pool_link(b, s, len, attr, -1);
}

static void blank_line(struct lb *b, int block)
{
	line_begin(b, block, 0);
}

static unsigned span_attr(const struct article *a, const struct span *s)
{
	switch (s->kind) {
	case SPAN_LINK: return LA_LINK;
	case SPAN_EMPHASIS: return LA_EMPH;
	case SPAN_STRONG: return LA_STRONG;
	case SPAN_CODE: return LA_CODE;
	case SPAN_QUOTE: return LA_QUOTED;
	case SPAN_MENTION:
		if (s->ref < 0 || (size_t)s->ref >= a->nentities)
			return 0;
		switch (a->entities[s->ref].kind) {
		case ENTITY_PERSON: return LA_PERSON;
		case ENTITY_ORGANIZATION: return LA_ORG;
		case ENTITY_PLACE: return LA_PLACE;
		}
	}
	return 0;
}

/* Attribute of the text at byte pos, the entity and link there, and where
 * any of them next changes. */
static unsigned attr_at(const struct article *a, const struct block *bl, size_t pos, size_t *change,
			int *entity, int *link)
{
	unsigned at = 0;
	size_t next = SIZE_MAX;
	*entity = *link = -1;
	for (size_t i = 0; i < bl->nspans; i++) {
		const struct span *s = &bl->spans[i];
		if (s->start > pos) {
			if (s->start < next)
				next = s->start;
			break;          /* spans are ordered by start */
		}
		if (s->end > pos) {
			at |= span_attr(a, s);
			if (s->kind == SPAN_MENTION)
				*entity = s->ref;
			else if (s->kind == SPAN_LINK)
				*link = s->ref;
			if (s->end < next)
				next = s->end;
		}
	}
	*change = next;
	return at;
}

/* A link's number put into the text after it. */
struct linknum {
	size_t at, len;         /* in the text with the numbers */
	int link;
};

/* bl's text with "[N]" after every link, into t; the numbers' places into
 * *nums. Returns false when out of memory. */
static bool number_links(const struct block *bl, struct buf *t, struct linknum **nums, size_t *n)
{
	*nums = NULL;
	*n = 0;
	size_t cap = 0, from = 0;
	/* links end in order of their ends; spans are ordered by start, and
	 * links do not nest, so their ends are in order too */
	for (size_t i = 0; i < bl->nspans; i++) {
		const struct span *s = &bl->spans[i];
		if (s->kind != SPAN_LINK || s->end < from || s->end > bl->len)
			continue;
		buf_append(t, bl->text + from, s->end - from);
		from = s->end;
		struct linknum *v = array_grow(*nums, &cap, *n, sizeof *v);
		if (!v)
			return false;
		*nums = v;
		size_t at = t->len;
		buf_printf(t, "[%d]", s->ref + 1);
		v[(*n)++] = (struct linknum){ at, t->len - at, s->ref };
	}
	buf_append(t, bl->text + from, bl->len - from);
	return !t->failed;
}

/* Wrap text (of block bi, or made by the layout when bl is NULL) behind a
 * first-line prefix and a continuation prefix of the same width. */
static void wrap_into(struct lb *b, int bi, const struct block *bl, const char *text, size_t len,
		      const char *prefix, const char *cont, unsigned prefix_attr, unsigned base)
{
	int pw = text_width(prefix, strlen(prefix)), cw = text_width(cont, strlen(cont));
	int avail = b->o->width - pw, avail_rest = b->o->width - cw;
	if (avail < 2 || avail_rest < 2) {
		/* no room beside the prefix for the widest character (a tiny
		 * width): text alone */
		prefix = cont = "";
		avail = avail_rest = b->o->width > 0 ? b->o->width : 1;
	}
	/* with link numbers, the text wrapped is the block's with "[N]" put
	 * in; positions in it map back by what was put in before them */
	struct buf numbered = BUF_INIT;
	struct linknum *nums = NULL;
	size_t nnums = 0;
	const char *wtext = text;
	size_t wlen = len;
	if (bl && b->o->link_numbers && bl->nspans > 0) {
		if (!number_links(bl, &numbered, &nums, &nnums)) {
			b->failed = true;
			buf_free(&numbered);
			free(nums);
			return;
		}
		if (nnums > 0) {
			wtext = numbered.data;
			wlen = numbered.len;
		}
	}
	struct wrap_line *wl = NULL;
	long n = wrap_text_hanging(wtext, wlen, avail, avail_rest, &wl);
	if (n < 0) {
		b->failed = true;
		buf_free(&numbered);
		free(nums);
		return;
	}
	size_t k = 0, shift = 0;        /* the next number; bytes put in before pos */
	for (long i = 0; i < n && !b->failed; i++) {
		size_t pos = wl[i].start;
		while (k < nnums && nums[k].at + nums[k].len <= pos)
			shift += nums[k++].len;
		line_begin(b, bi, bl ? pos - shift : 0);
		const char *p = i == 0 ? prefix : cont;
		seg_pool(b, p, strlen(p), prefix_attr);
		if (!b->failed)
			b->lines[b->nlines - 1].cols += wl[i].cols;
		b->measured = true;
		while (pos < wl[i].end) {
			if (k < nnums && pos >= nums[k].at) {
				/* inside a number */
				size_t end = nums[k].at + nums[k].len;
				if (end > wl[i].end)
					end = wl[i].end;
				seg_pool_link(b, wtext + pos, end - pos, LA_MARKER | LA_LINKNUM, nums[k].link);
				if (end == nums[k].at + nums[k].len)
					shift += nums[k++].len;
				pos = end;
				continue;
			}
			size_t change = SIZE_MAX;
			int entity = -1, link = -1;
			unsigned a = bl ? attr_at(b->art, bl, pos - shift, &change, &entity, &link) : 0;
			size_t end = change != SIZE_MAX ? change + shift : SIZE_MAX;
			if (end > wl[i].end)
				end = wl[i].end;
			if (k < nnums && end > nums[k].at)
				end = nums[k].at;
			if (end <= pos)
				end = wl[i].end;
			if (bl)
				seg_add(b, text + (pos - shift), 0, end - pos, base | a, pos - shift, entity, link);
			else
				seg_pool(b, text + pos, end - pos, base | a);
			pos = end;
		}
		b->measured = false;
	}
	free(wl);
	free(nums);
	buf_free(&numbered);
}

/* Deep nesting is shown up to a point: a third of the width for quote bars
 * and a third for list indents, so text always has room. */
static int cap_depth(const struct lb *b, int depth, int cols_per_level)
{
	int max = b->o->width / 3 / cols_per_level;
	if (max < 1)
		max = 1;
	return depth < max ? depth : max;
}

static void quote_prefix(struct lb *b, int depth, struct buf *out)
{
	depth = cap_depth(b, depth, 2);
	for (int i = 0; i < depth; i++)
		buf_puts(out, b->o->ascii ? "| " : "\xE2\x94\x82 ");   /* │ */
}

static void layout_header(struct lb *b, const struct article *a)
{
	if (a->title)
		wrap_into(b, LINE_HEADER, NULL, a->title, strlen(a->title), "", "", 0, LA_TITLE);
	struct buf by = BUF_INIT;
	export_byline(a, &by);
	if (by.failed)
		b->failed = true;
	if (by.len)
		wrap_into(b, LINE_HEADER, NULL, by.data, by.len, "", "", 0, LA_META);
	buf_free(&by);
	if (a->url)
		wrap_into(b, LINE_HEADER, NULL, a->url, strlen(a->url), "", "", 0, LA_META);
}

/* Preformatted text: tabs expanded, lines broken only where too long. */
static void layout_pre(struct lb *b, int bi, const struct block *bl, const char *prefix)
{
	struct buf t = BUF_INIT;
	int col = 0;
	for (size_t i = 0; i < bl->len; i++) {
		char c = bl->text[i];
		if (c == '\t') {
			do
				buf_putc(&t, ' ');
			while (++col % 8);
			continue;
		}
		buf_putc(&t, c);
		if (c == '\n')
			col = 0;
		else if (((unsigned char)c & 0xC0) != 0x80)
			col++;
	}
	if (t.failed) {
		b->failed = true;
		buf_free(&t);
		return;
	}
	struct wrap_line *wl = NULL;
	int avail = b->o->width - text_width(prefix, strlen(prefix));
	long n = wrap_text(t.data ? t.data : "", t.len, avail < 1 ? 1 : avail, &wl);
	if (n < 0) {
		b->failed = true;
		buf_free(&t);
		return;
	}
	for (long i = 0; i < n; i++) {
		line_begin(b, bi, 0);
		seg_pool(b, prefix, strlen(prefix), LA_MARKER);
		seg_pool(b, t.data + wl[i].start, wl[i].end - wl[i].start, LA_PRE);
	}
	free(wl);
	buf_free(&t);
}

int layout_article(const struct article *a, const struct layout_options *o, struct layout *out)
{
	struct lb b;
	memset(&b, 0, sizeof b);
	/* no line is narrower than the widest character */
	struct layout_options narrowest = *o;
	if (narrowest.width < 2)
		narrowest.width = 2;
	b.o = &narrowest;
	b.art = a;
	memset(out, 0, sizeof *out);
	layout_header(&b, a);
	for (size_t i = 0; i < a->nblocks && !b.failed;) {
		const struct block *bl = &a->blocks[i];
		int bi = (int)i;
		bool tight = i > 0 && bl->type == BLOCK_LIST_ITEM &&
			     a->blocks[i - 1].type == BLOCK_LIST_ITEM;
		if (b.nlines > 0 && !tight)
			blank_line(&b, bi);
		struct buf pre = BUF_INIT, cont = BUF_INIT;
		quote_prefix(&b, bl->quote_depth, &pre);
		switch (bl->type) {
		case BLOCK_HEADING:
			wrap_into(&b, bi, bl, bl->text, bl->len, pre.data ? pre.data : "",
				  pre.data ? pre.data : "", LA_MARKER | LA_QUOTE, LA_HEADING);
			break;
		case BLOCK_PRE:
			buf_puts(&pre, "    ");
			layout_pre(&b, bi, bl, pre.data);
			break;
		case BLOCK_TABLE_ROW: {
			struct buf rows = BUF_INIT;
			size_t next = export_table_rows(a, i, "", &rows);
			if (rows.failed)
				b.failed = true;
			size_t start = 0;
			int row = bi;    /* each row's lines belong to its own block */
			for (size_t k = 0; k < rows.len && !b.failed; k++)
				if (rows.data[k] == '\n') {
					/* a row too long for the line goes on under its
					 * last cell, when that leaves it 20 columns (the
					 * cells' own text has no double blanks: those are
					 * the padding between them) */
					struct buf hang = BUF_INIT;
					buf_puts(&hang, pre.data ? pre.data : "");
					size_t last = 0;
					for (size_t j = start + 1; j + 1 < k; j++)
						if (rows.data[j] == ' ' && rows.data[j - 1] == ' ' &&
						    rows.data[j + 1] != ' ')
							last = j + 1 - start;
					int col = last ? text_width(rows.data + start, last) : 0;
					if (col > 0 && col <= b.o->width - 20)
						for (int c = 0; c < col; c++)
							buf_putc(&hang, ' ');
					if (hang.failed)
						b.failed = true;
					wrap_into(&b, row++, NULL, rows.data + start, k - start,
						  pre.data ? pre.data : "", hang.data ? hang.data : "",
						  LA_MARKER | LA_QUOTE, 0);
					buf_free(&hang);
					start = k + 1;
				}
			buf_free(&rows);
			buf_free(&pre);
			i = next;
			continue;
		}
		case BLOCK_LIST_ITEM: {
			int depth = cap_depth(&b, bl->level > 0 ? bl->level : 1, 2);
			buf_append(&cont, pre.data ? pre.data : "", pre.len);
			for (int k = 1; k < depth; k++) {
				buf_puts(&pre, "  ");
				buf_puts(&cont, "  ");
			}
			if (bl->number > 0) {
				buf_printf(&pre, "%d. ", bl->number);
				int nw = snprintf(NULL, 0, "%d. ", bl->number);
				for (int k = 0; k < nw; k++)
					buf_putc(&cont, ' ');
			} else {
				buf_puts(&pre, bl->number == 0 ? (o->ascii ? "* " : "\xE2\x80\xA2 ") : "  ");
				buf_puts(&cont, "  ");
			}
			wrap_into(&b, bi, bl, bl->text, bl->len, pre.data, cont.data, LA_MARKER, 0);
			break;
		}
		case BLOCK_QUOTE:
			wrap_into(&b, bi, bl, bl->text, bl->len, pre.data ? pre.data : "",
				  pre.data ? pre.data : "", LA_MARKER | LA_QUOTE, LA_QUOTE);
			break;
		case BLOCK_CAPTION:
			wrap_into(&b, bi, bl, bl->text, bl->len, pre.data ? pre.data : "",
				  pre.data ? pre.data : "", LA_MARKER | LA_QUOTE, LA_CAPTION);
			break;
		case BLOCK_IMAGE: {
			struct buf t = BUF_INIT;
			buf_printf(&t, "[%s: %s]", _("image"), bl->text);
			if (t.failed)
				b.failed = true;
			else
				wrap_into(&b, bi, NULL, t.data, t.len, pre.data ? pre.data : "",
					  pre.data ? pre.data : "", LA_MARKER | LA_QUOTE, LA_META);
			buf_free(&t);
			break;
		}
		case BLOCK_PARAGRAPH:
		default:
			wrap_into(&b, bi, bl, bl->text, bl->len, pre.data ? pre.data : "",
				  pre.data ? pre.data : "", LA_MARKER | LA_QUOTE,
				  bl->quote_depth ? LA_QUOTE : 0);
			break;
		}
		if (pre.failed || cont.failed)
			b.failed = true;
		buf_free(&pre);
		buf_free(&cont);
		i++;
	}
	if (b.failed) {
		free(b.lines);
		free(b.segs);
		buf_free(&b.pool);
		return -1;
	}
	out->segs = malloc((b.nsegs ? b.nsegs : 1) * sizeof *out->segs);
	if (!out->segs) {
		free(b.lines);
		free(b.segs);
		buf_free(&b.pool);
		return -1;
	}
	out->pool = b.pool.data;
	for (size_t k = 0; k < b.nsegs; k++) {
		const struct pseg *p = &b.segs[k];
		out->segs[k] = (struct lseg){ p->text ? p->text : out->pool + p->off, p->len, p->attr,
					      p->src, p->entity, p->link };
	}
	free(b.segs);
	out->nsegs = b.nsegs;
	out->lines = b.lines;
	out->nlines = b.nlines;
	out->width = b.o->width;
	return 0;
}

void layout_free(struct layout *l)
{
	free(l->lines);
	free(l->segs);
	free(l->pool);
	memset(l, 0, sizeof *l);
}

size_t layout_find(const struct layout *l, int block, size_t offset)
{
	if (block == LINE_HEADER)
		return 0;
	for (size_t i = 0; i < l->nlines; i++) {
		const struct lline *ln = &l->lines[i];
		if (ln->block > block || (ln->block == block && ln->offset >= offset && ln->nseg > 0))
			return i;
		/* the line holding offset */
		if (ln->block == block && i + 1 < l->nlines && l->lines[i + 1].block == block &&
		    l->lines[i + 1].offset > offset && ln->offset <= offset && ln->nseg > 0)
			return i;
	}
	return l->nlines ? l->nlines - 1 : 0;
}
