/* common.c — checks and helpers of the fuzz targets. */
#include <config.h>

#include "fuzz.h"
#include "export.h"
#include "text.h"
#include "ui/layout.h"

#include <stdlib.h>
#include <string.h>

void fuzz_check_clean(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\n' && c != '\t' && c != '\f') || c == 0x7F)
			abort();
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9F)
			abort();
	}
	if (!utf8_valid(s, n))
		abort();
}

static void check_str(const char *s)
{
	if (s)
		fuzz_check_clean(s, strlen(s));
}

void fuzz_check_article(const struct article *a)
{
	check_str(a->title);
	check_str(a->author);
	check_str(a->site);
	check_str(a->excerpt);
	for (size_t i = 0; i < a->nblocks; i++) {
		const struct block *b = &a->blocks[i];
		fuzz_check_clean(b->text, b->len);
		size_t prev = 0;
		for (size_t k = 0; k < b->nspans; k++) {
			const struct span *s = &b->spans[k];
			if (s->start > s->end || s->end > b->len || s->start < prev)
				abort();
			prev = s->start;
			if (s->kind == SPAN_MENTION && (s->ref < 0 || (size_t)s->ref >= a->nentities))
				abort();
			if (s->kind == SPAN_QUOTE && (s->ref < 0 || (size_t)s->ref >= a->nquotes))
				abort();
			if (s->kind == SPAN_LINK && s->ref >= 0 && (size_t)s->ref >= a->nlinks)
				abort();
		}
	}
	for (size_t i = 0; i < a->nquotes; i++) {
		const struct quote *q = &a->quotes[i];
		if (q->speaker >= 0 && (size_t)q->speaker >= a->nentities)
			abort();
		if (q->block != (size_t)-1 && (q->block >= a->nblocks || q->end_block < q->block ||
					       q->end_block >= a->nblocks ||
					       q->start > a->blocks[q->block].len ||
					       q->end > a->blocks[q->end_block].len))
			abort();
		check_str(q->text);
	}
	for (size_t i = 0; i < a->nentities; i++) {
		if (!a->entities[i].name)
			abort();
		check_str(a->entities[i].name);
	}
}

void fuzz_check_outputs(const struct article *a, int width)
{
	for (int f = FORMAT_TEXT; f <= FORMAT_JSON; f++) {
		struct export_options o = { (enum format)f, f == FORMAT_TEXT ? width : 0, f == FORMAT_TEXT,
					    f != FORMAT_JSON };
		struct buf out = BUF_INIT;
		if (export_article(a, &o, &out) == 0 && f != FORMAT_JSON)
			fuzz_check_clean(out.data ? out.data : "", out.len);
		buf_free(&out);
	}
	struct layout_options lo = { width, false, width & 1 };
	struct layout l;
	if (layout_article(a, &lo, &l) == 0) {
		for (size_t i = 0; i < l.nlines; i++)
			if (l.lines[i].cols > width)
				abort();
		for (size_t i = 0; i < l.nsegs; i++)
			fuzz_check_clean(l.segs[i].text, l.segs[i].len);
		layout_free(&l);
	}
}

void fuzz_article(const uint8_t *data, size_t size, struct article *a)
{
	memset(a, 0, sizeof *a);
	struct article_builder b;
	ab_init(&b, a);
	size_t start = 0;
	for (size_t i = 0; i <= size; i++) {
		if (i < size && data[i] != '\n')
			continue;
		const char *line = (const char *)data + start;
		size_t len = i - start;
		enum block_type t = BLOCK_PARAGRAPH;
		int q = 0;
		if (len >= 2 && line[0] == '>' && line[1] == ' ') {
			t = BLOCK_QUOTE;
			q = 1;
			line += 2;
			len -= 2;
		} else if (len >= 2 && line[0] == '#' && line[1] == ' ') {
			t = BLOCK_HEADING;
			line += 2;
			len -= 2;
		}
		/* the builder sanitizes what it is given, as for a page */
		ab_block_begin(&b, t, t == BLOCK_HEADING ? 2 : 0, 0, q);
		ab_text(&b, line, len);
		ab_block_end(&b);
		start = i + 1;
	}
	ab_finish(&b);
}
