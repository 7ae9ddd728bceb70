/* extract.c — the extraction pipeline: flatten, metadata, then up to four
 * attempts at the article, each less strict than the last, as Readability
 * does when a strict attempt keeps too little text. */
#include <config.h>

#include "extract.h"
#include "internal.h"
#include "../text.h"
#include "../url.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* An attempt that keeps at least this many characters is good enough. */
#define ENOUGH_CHARS 500

static bool set_meta(char **field, const char *v)
{
	return article_set(field, v, v ? strlen(v) : 0);
}

/* Whether the page reads like an article at all (after Readability's
 * isProbablyReaderable): the long paragraphs it has, outside lists and
 * chrome, each adding the square root of what they have over 140
 * characters. A home page or an index has headlines and link lists. */
static bool reads_like_article(const struct xdoc *d)
{
	double score = 0;
	for (int32_t i = d->body; i < d->n[d->body].end && score <= 20; i++) {
		const struct xnode *x = &d->n[i];
		if (x->flags & XN_DEAD) {
			i = x->end - 1;
			continue;
		}
		if (x->flags & XN_TEXT)
			continue;
		unsigned f = x->cw_class | x->cw_id;
		if (x->tag != GUMBO_TAG_BODY && (f & CW_UNLIKELY) && !(f & CW_MAYBE)) {
			i = x->end - 1;
			continue;
		}
		if (x->tag != GUMBO_TAG_P && x->tag != GUMBO_TAG_PRE && x->tag != GUMBO_TAG_ARTICLE)
			continue;
		bool in_li = false;
		for (int32_t p = x->parent, k = 0; p >= 0 && k < 4 && !in_li; p = d->n[p].parent, k++)
			in_li = d->n[p].tag == GUMBO_TAG_LI;
		int32_t prose = x->st.chars - x->st.link_chars;
		if (!in_li && prose >= 140)
			score += sqrt((double)(prose - 140));
	}
	return score > 20;
}

/* A page of links: dozens of them, and most of what it shows is their
 * text. */
static bool mostly_links(const struct xdoc *d)
{
	const struct xnode *b = &d->n[d->body];
	if (b->st.chars == 0 || b->st.link_chars * 10 < b->st.chars * 4)
		return false;
	int links = 0;
	for (int32_t i = d->body; i < b->end && links < 10; i++) {
		if (d->n[i].flags & XN_DEAD) {
			i = d->n[i].end - 1;
			continue;
		}
		links += d->n[i].tag == GUMBO_TAG_A && !(d->n[i].flags & XN_TEXT);
	}
	return links >= 10;
}

/* How much of the kept text is prose: paragraphs, quotes and list items
 * outside their links, an East Asian character counting twice. */
static size_t kept_prose(const struct article *a, size_t *linked, size_t *total)
{
	size_t prose = 0;
	*linked = *total = 0;
	for (size_t i = 0; i < a->nblocks; i++) {
		const struct block *b = &a->blocks[i];
		size_t l = 0;
		for (size_t k = 0; k < b->nspans; k++)
			if (b->spans[k].kind == SPAN_LINK)
				l += b->spans[k].end - b->spans[k].start;
		*linked += l;
		*total += b->len;
		if (b->type != BLOCK_PARAGRAPH && b->type != BLOCK_QUOTE && b->type != BLOCK_LIST_ITEM)
			continue;
		size_t chars = 0;
		for (size_t k = 0; k < b->len;) {
			unsigned cp = utf8_decode(b->text, b->len, &k);
			chars += cp >= 0x2E80 ? 2 : 1;
		}
		size_t lc = utf8_length(b->text, b->len) ? l * chars / b->len : 0;
		prose += chars > lc ? chars - lc : 0;
	}
	return prose;
}

static int attempt(struct xdoc *d, struct article *a)
{
	prune_structural(d);
	prune_boilerplate(d);
	enum { MAX_ROOTS = 256 };
	int32_t roots[MAX_ROOTS];
	size_t nroots = score_select(d, roots, MAX_ROOTS);
	if (nroots == 0)
		return 0;
	clean_conditionally(d, roots, nroots);
	return build_blocks(d, roots, nroots, a);
}

enum extract_status extract_article(GumboOutput *doc, const char *url, struct article *a)
{
	struct xdoc d;
	memset(&d, 0, sizeof d);
	if (dom_flatten(&d, doc->root) < 0) {
		dom_free(&d);
		return EXTRACT_NO_MEMORY;
	}
	d.strip_unlikely = d.weight_classes = d.clean_conditionally = true;
	prune_structural(&d);

	struct xmeta m;
	metadata_collect(&d, &m);
	bool ok = set_meta(&a->title, m.title) && set_meta(&a->author, m.author) &&
		  set_meta(&a->published, m.published) && set_meta(&a->site, m.site) &&
		  set_meta(&a->lang, m.lang) && set_meta(&a->excerpt, m.excerpt);
	/* the page's address: where it was fetched from, else what it says */
	char *page = NULL;
	if (url)
		page = strdup(url);
	else if (m.canonical && url_is_http(m.canonical))
		page = strdup(m.canonical);
	if (page)
		ok = ok && set_meta(&a->url, page);
	d.page_url = a->url;
	if (m.base)
		d.base_url = url_resolve(a->url, m.base);
	d.title = a->title ? strdup(a->title) : NULL;
	free(page);
	/* no author in the metadata: the first byline in the page that names
	 * someone, else an article:author name */
	if (ok && !a->author) {
		char *by = NULL;
		for (int32_t b = prune_find_byline(&d, 0); b >= 0 && !by;
		     b = prune_find_byline(&d, d.n[b].end))
			by = metadata_byline(&d, b);
		ok = set_meta(&a->author, by ? by : m.author_link);
		free(by);
	}
	if (!ok) {
		metadata_free(&m);
		dom_free(&d);
		return EXTRACT_NO_MEMORY;
	}

	/* strict first; then without dropping by class, without class
	 * weights, without conditional cleaning; keep the longest result */
	static const bool flags[4][3] = {
		{ true, true, true }, { false, true, true },
		{ false, false, true }, { false, false, false },
	};
	struct article best = { 0 };
	size_t best_chars = 0;
	enum extract_status st = EXTRACT_OK;
	for (int k = 0; k < 4; k++) {
		d.strip_unlikely = flags[k][0];
		d.weight_classes = flags[k][1];
		d.clean_conditionally = flags[k][2];
		struct article t = { 0 };
		if (attempt(&d, &t) < 0) {
			article_free(&t);
			st = EXTRACT_NO_MEMORY;
			break;
		}
		size_t chars = article_text_chars(&t);
		if (chars > best_chars || k == 0) {
			article_free(&best);
			best = t;
			best_chars = chars;
		} else {
			article_free(&t);
		}
		if (best_chars >= ENOUGH_CHARS)
			break;
	}
	metadata_free(&m);
	/* no article: a page of links without an article's paragraphs, or a
	 * page from which nothing was kept. Its readable text still goes to
	 * the caller (the pager shows it with a notice). */
	prune_structural(&d);
	size_t linked, total, prose = kept_prose(&best, &linked, &total);
	bool no_article = best.nblocks == 0 || linked * 2 >= total ||
			  (prose < 400 && mostly_links(&d) && !reads_like_article(&d));
	if (st == EXTRACT_OK && best.nblocks == 0) {
		int32_t body = d.body;
		d.strip_unlikely = d.weight_classes = d.clean_conditionally = false;
		prune_boilerplate(&d);
		if (build_blocks(&d, &body, 1, &best) < 0)
			st = EXTRACT_NO_MEMORY;
	}
	dom_free(&d);
	a->blocks = best.blocks;
	a->nblocks = best.nblocks;
	a->links = best.links;
	a->nlinks = best.nlinks;
	if (st != EXTRACT_OK)
		return st;
	/* without a description, the first paragraph says what it is about */
	for (size_t i = 0; !a->excerpt && i < a->nblocks; i++) {
		const struct block *b = &a->blocks[i];
		if ((b->type == BLOCK_PARAGRAPH || b->type == BLOCK_LIST_ITEM || b->type == BLOCK_QUOTE) &&
		    !article_set(&a->excerpt, b->text, b->len))
			return EXTRACT_NO_MEMORY;
	}
	return no_article ? EXTRACT_NO_ARTICLE : EXTRACT_OK;
}
