/* explain.c — why lede kept what it kept: for a page, each extraction
 * attempt's best candidates, the nodes chosen, and every element dropped
 * (but scripts and the like) with the reason and the start of its text.
 *
 *   bench/explain PAGE [ATTEMPTS]
 *
 * A tool for working on extraction, built by make bench. */
#include <config.h>

#include "buf.h"
#include "charset.h"
#include "fetch.h"
#include "extract/extract.h"
#include "extract/internal.h"
#include "html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const why_name[] = {
	"-", "struct", "hidden", "tag", "class", "byline", "label", "text", "clean", "heading",
};

/* The start of a subtree's text, dropped parts included. */
static void text_of(const struct xdoc *d, int32_t i, char *out, size_t max)
{
	size_t n = 0;
	for (int32_t k = i; k < d->n[i].end && n + 1 < max; k++) {
		if (!(d->n[k].flags & XN_TEXT))
			continue;
		for (const char *s = d->n[k].g->v.text.text; *s && n + 1 < max; s++)
			if (!(*s == ' ' || *s == '\n' || *s == '\t') || (n > 0 && out[n - 1] != ' '))
				out[n++] = *s == '\n' || *s == '\t' ? ' ' : *s;
	}
	while (n > 0 && ((unsigned char)out[n - 1] & 0xC0) == 0x80)
		n--;
	if (n > 0 && (unsigned char)out[n - 1] >= 0xC0)
		n--;
	out[n] = '\0';
}

static void describe(const struct xdoc *d, int32_t i)
{
	const struct xnode *x = &d->n[i];
	const char *c = dom_attr(x, "class"), *id = dom_attr(x, "id");
	char text[80];
	text_of(d, i, text, sizeof text);
	const char *tag = gumbo_normalized_tagname(x->tag);
	char unknown[32];
	if (!*tag && !(x->flags & XN_TEXT)) {
		GumboStringPiece t = x->g->v.element.original_tag;
		size_t k = 0;
		for (size_t j = 1; j < t.length && k + 1 < sizeof unknown && t.data[j] != ' ' &&
		     t.data[j] != '>' && t.data[j] != '\n'; j++)
			unknown[k++] = t.data[j];
		unknown[k] = '\0';
		tag = unknown;
	}
	printf("<%s%s%s%s%s%s> chars=%d ld=%.2f p=%d img=%d li=%d in=%d emb=%d \"%s\"\n", tag,
	       id ? " id=" : "", id ? id : "", c ? " class=\"" : "", c ? c : "", c ? "\"" : "",
	       x->st.chars, x->st.chars ? (double)x->st.link_chars / x->st.chars : 0.0,
	       x->st.n_p, x->st.n_img, x->st.n_li, x->st.n_input, x->st.n_embed, text);
}

static void article_stats(const char *what, const struct article *a)
{
	size_t total = 0, linked = 0, long_paras = 0, headings = 0;
	for (size_t b = 0; b < a->nblocks; b++) {
		const struct block *bl = &a->blocks[b];
		size_t l = 0;
		for (size_t sp = 0; sp < bl->nspans; sp++)
			if (bl->spans[sp].kind == SPAN_LINK)
				l += bl->spans[sp].end - bl->spans[sp].start;
		total += bl->len;
		linked += l;
		if (bl->type == BLOCK_HEADING)
			headings++;
		if ((bl->type == BLOCK_PARAGRAPH || bl->type == BLOCK_QUOTE || bl->type == BLOCK_LIST_ITEM) &&
		    bl->len - l >= 150)
			long_paras++;
	}
	printf("%s %zu blocks, %zu characters; links %.2f, long paragraphs %zu, headings %zu\n", what,
	       a->nblocks, article_text_chars(a), total ? (double)linked / total : 0.0, long_paras, headings);
}

static int by_score(const void *a, const void *b, void *ctx)
{
	const struct xdoc *d = ctx;
	float x = d->n[*(const int32_t *)a].score, y = d->n[*(const int32_t *)b].score;
	return x < y ? 1 : x > y ? -1 : 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: explain PAGE [ATTEMPTS]\n");
		return 2;
	}
	struct fetched raw;
	char *err = NULL;
	if (fetch_source(argv[1], NULL, &raw, &err) < 0) {
		fprintf(stderr, "%s: %s\n", argv[1], err ? err : "cannot read");
		free(err);
		return 1;
	}
	struct buf utf8 = BUF_INIT;
	charset_decode(raw.data, raw.len, NULL, &utf8, NULL);
	struct html_doc doc;
	html_parse(utf8.data, utf8.len, &doc);
	struct xdoc d;
	memset(&d, 0, sizeof d);
	dom_flatten(&d, doc.output->root);
	int attempts = argc > 2 ? atoi(argv[2]) : 1;
	d.strip_unlikely = d.weight_classes = d.clean_conditionally = true;
	prune_structural(&d);
	int32_t by = prune_find_byline(&d, 0);
	if (by >= 0) {
		char *name = metadata_byline(&d, by);
		printf("byline \"%s\" from ", name ? name : "");
		describe(&d, by);
		free(name);
	}
	static const bool flags[4][3] = {
		{ true, true, true }, { false, true, true }, { false, false, true }, { false, false, false },
	};
	for (int k = 0; k < attempts && k < 4; k++) {
		d.strip_unlikely = flags[k][0];
		d.weight_classes = flags[k][1];
		d.clean_conditionally = flags[k][2];
		printf("== attempt %d (strip unlikely %d, class weights %d, clean %d)\n", k + 1,
		       flags[k][0], flags[k][1], flags[k][2]);
		prune_structural(&d);
		prune_boilerplate(&d);
		int32_t roots[256];
		size_t nroots = score_select(&d, roots, 256);
		int32_t *cands = malloc(d.count * sizeof *cands);
		size_t nc = 0;
		for (size_t i = 0; i < d.count; i++)
			if (d.n[i].flags & XN_CANDIDATE)
				cands[nc++] = (int32_t)i;
		qsort_r(cands, nc, sizeof *cands, by_score, &d);
		for (size_t i = 0; i < nc && i < 8; i++) {
			printf("cand %.1f para=%d ", d.n[cands[i]].score, d.n[cands[i]].para_chars);
			describe(&d, cands[i]);
		}
		free(cands);
		for (size_t r = 0; r < nroots; r++) {
			printf("root ");
			describe(&d, roots[r]);
		}
		clean_conditionally(&d, roots, nroots);
		struct article a = { 0 };
		build_blocks(&d, roots, nroots, &a);
		article_stats("kept", &a);
		article_free(&a);
		for (size_t i = 0; i < d.count; i++) {
			const struct xnode *x = &d.n[i];
			if (!(x->flags & XN_DROP) || x->why == WHY_STRUCT)
				continue;
			printf("drop %-7s ", why_name[x->why]);
			describe(&d, (int32_t)i);
		}
	}
	dom_free(&d);
	struct article fin = { 0 };
	extract_article(doc.output, NULL, &fin);
	article_stats("final", &fin);
	article_free(&fin);
	html_free(&doc);
	fetched_free(&raw);
	buf_free(&utf8);
	return 0;
}
