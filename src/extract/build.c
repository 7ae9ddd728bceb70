/* build.c — the selected nodes become the article's blocks and spans. */
#include <config.h>

#include "internal.h"
#include "../text.h"
#include "../url.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>

struct fmt {
	enum span_kind kind;
	int ref;
	int32_t node;
	size_t handle;
	unsigned gen;           /* block the handle belongs to */
};

struct list {
	bool ordered;
	int next;
};

struct builder {
	struct xdoc *d;
	struct article_builder ab;
	struct article *a;
	unsigned gen;           /* counts blocks opened */
	int quote, pre, heading, caption, data_table, row_cells;
	int br;                 /* consecutive <br> */
	struct list lists[32];
	int nlists;
	int li_number;          /* number of the item being opened, or -2 */
	bool in_li;
	struct fmt fmts[64];
	int nfmts;
};

static void block_end(struct builder *b)
{
	ab_block_end(&b->ab);
	b->br = 0;
}

static void block_open(struct builder *b, enum block_type type, int level, int number)
{
	ab_block_begin(&b->ab, type, level, number, b->quote);
	b->gen++;
	for (int i = 0; i < b->nfmts; i++) {
		struct fmt *f = &b->fmts[i];
		f->handle = ab_span_begin(&b->ab, f->kind, f->ref);
		f->gen = b->gen;
	}
}

/* Open a block for text arriving now, its type from where we are. */
static void block_for_text(struct builder *b)
{
	if (b->ab.open)
		return;
	if (b->caption)
		block_open(b, BLOCK_CAPTION, 0, 0);
	else if (b->heading)
		block_open(b, BLOCK_HEADING, b->heading, 0);
	else if (b->in_li && b->nlists > 0) {
		block_open(b, BLOCK_LIST_ITEM, b->nlists, b->li_number);
		b->li_number = -1;      /* later blocks of this item continue it */
	} else if (b->quote)
		block_open(b, BLOCK_QUOTE, 0, 0);
	else
		block_open(b, BLOCK_PARAGRAPH, 0, 0);
}

static void fmt_push(struct builder *b, enum span_kind kind, int ref, int32_t node)
{
	if (b->nfmts >= (int)(sizeof b->fmts / sizeof *b->fmts))
		return;
	struct fmt *f = &b->fmts[b->nfmts++];
	f->kind = kind;
	f->ref = ref;
	f->node = node;
	f->gen = 0;
	f->handle = (size_t)-1;
	if (b->ab.open) {
		f->handle = ab_span_begin(&b->ab, kind, ref);
		f->gen = b->gen;
	}
}

static void fmt_pop(struct builder *b, int32_t node)
{
	if (b->nfmts == 0 || b->fmts[b->nfmts - 1].node != node)
		return;
	struct fmt *f = &b->fmts[--b->nfmts];
	if (b->ab.open && f->gen == b->gen)
		ab_span_end(&b->ab, f->handle);
}

static bool in_pre(const struct builder *b)
{
	return b->pre > 0;
}

/* The address of an image, lazy-loading attributes first. */
static const char *image_src(const struct xnode *x)
{
	static const char *const attrs[] = { "data-src", "data-original", "data-lazy-src", "data-url", "src" };
	for (size_t i = 0; i < sizeof attrs / sizeof *attrs; i++) {
		const char *v = dom_attr(x, attrs[i]);
		if (v && *v && strncmp(v, "data:", 5) != 0)
			return v;
	}
	const char *set = dom_attr(x, "srcset");
	return set && *set ? set : NULL;
}

/* An image that stands on its own (not inside a line of text) becomes a
 * block of its own, described by its alt text; one without a description
 * is decoration. */
static void image(struct builder *b, const struct xnode *x)
{
	if (b->ab.open && !ab_block_empty(&b->ab))
		return;
	const char *alt = dom_attr(x, "alt");
	if (!alt)
		return;
	char *clean_alt = text_clean(alt, strlen(alt), true);
	if (!clean_alt)
		return;
	const char *src = image_src(x);
	char *url = NULL;
	if (src) {
		/* the first address of a srcset list */
		size_t n = strcspn(src, " \t\n,");
		char *first = strndup(src, n);
		const char *base = b->d->base_url ? b->d->base_url : b->d->page_url;
		url = first ? url_resolve(base, first) : NULL;
		free(first);
	}
	bool reopen = b->ab.open;
	enum block_type type = b->ab.cur.type;
	int level = b->ab.cur.level, number = b->ab.cur.number;
	ab_block_end(&b->ab);
	ab_image(&b->ab, clean_alt, url, b->quote);
	free(clean_alt);
	free(url);
	/* text after the image continues the block it was opened for */
	if (reopen)
		block_open(b, type, level, number);
}

static void enter(struct builder *b, int32_t i)
{
	struct xnode *x = &b->d->n[i];
	if (x->flags & XN_TEXT) {
		const char *t = x->g->v.text.text;
		if (x->own_chars == 0 && !in_pre(b) && !b->ab.open)
			return;         /* whitespace between blocks */
		block_for_text(b);
		if (x->own_chars > 0)
			b->br = 0;
		ab_text(&b->ab, t, strlen(t));
		return;
	}
	bool row_mode = b->data_table > 0;
	if ((x->flags & XN_BLOCK) && !row_mode)
		block_end(b);
	switch (x->tag) {
	case GUMBO_TAG_BLOCKQUOTE:
		b->quote++;
		break;
	case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
		if (b->nlists < (int)(sizeof b->lists / sizeof *b->lists)) {
			struct list *l = &b->lists[b->nlists];
			l->ordered = x->tag == GUMBO_TAG_OL;
			const char *start = dom_attr(x, "start");
			l->next = start ? atoi(start) : 1;
		}
		b->nlists++;
		break;
	case GUMBO_TAG_LI:
		if (b->nlists > 0 && b->nlists <= (int)(sizeof b->lists / sizeof *b->lists)) {
			struct list *l = &b->lists[b->nlists - 1];
			b->li_number = l->ordered ? l->next++ : 0;
		} else {
			b->li_number = 0;
		}
		b->in_li = true;
		break;
	case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
		if (!row_mode) {
			b->pre++;
			if (b->pre == 1)
				block_open(b, BLOCK_PRE, 0, 0);
		}
		break;
	case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
	case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
		b->heading = (int)(x->tag - GUMBO_TAG_H1) + 1;
		break;
	case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION:
		/* a table's caption is a block of its own before the rows */
		block_end(b);
		b->caption++;
		break;
	case GUMBO_TAG_TABLE:
		if (x->flags & XN_DATA_TABLE)
			b->data_table++;
		break;
	case GUMBO_TAG_TR:
		if (row_mode) {
			block_end(b);
			block_open(b, BLOCK_TABLE_ROW, 0, 0);
			b->row_cells = 0;
		}
		break;
	case GUMBO_TAG_TD: case GUMBO_TAG_TH:
		if (row_mode) {
			/* cells belong in a row, whatever text came before them */
			if (b->ab.open && b->ab.cur.type != BLOCK_TABLE_ROW) {
				block_end(b);
				b->row_cells = 0;
			}
			if (!b->ab.open)
				block_open(b, BLOCK_TABLE_ROW, 0, 0);
			if (b->row_cells++ > 0)
				ab_tab(&b->ab);
		}
		break;
	case GUMBO_TAG_BR:
		if (b->ab.open && !row_mode) {
			if (++b->br >= 2 && !in_pre(b))
				block_end(b);
			else
				ab_newline(&b->ab);
		} else if (row_mode) {
			ab_space(&b->ab);
		}
		break;
	case GUMBO_TAG_IMG:
		if (!row_mode)
			image(b, x);
		break;
	case GUMBO_TAG_A: {
		const char *href = dom_attr(x, "href");
		const char *base = b->d->base_url ? b->d->base_url : b->d->page_url;
		char *u = href ? url_resolve(base, href) : NULL;
		int ref = u ? ab_link(&b->ab, u) : -1;
		free(u);
		if (ref >= 0)
			fmt_push(b, SPAN_LINK, ref, i);
		break;
	}
	case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_CITE: case GUMBO_TAG_DFN:
	case GUMBO_TAG_VAR:
		fmt_push(b, SPAN_EMPHASIS, 0, i);
		break;
	case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
		fmt_push(b, SPAN_STRONG, 0, i);
		break;
	case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_TT:
		if (!in_pre(b))
			fmt_push(b, SPAN_CODE, 0, i);
		break;
	default:
		break;
	}
}

static void leave(struct builder *b, int32_t i)
{
	struct xnode *x = &b->d->n[i];
	if (x->flags & XN_TEXT)
		return;
	bool row_mode = b->data_table > 0;
	switch (x->tag) {
	case GUMBO_TAG_BLOCKQUOTE:
		block_end(b);
		b->quote--;
		break;
	case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
		block_end(b);
		b->nlists--;
		b->in_li = false;
		break;
	case GUMBO_TAG_LI:
		block_end(b);
		b->in_li = false;
		break;
	case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
		if (!row_mode) {
			block_end(b);
			b->pre--;
		}
		break;
	case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
	case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
		block_end(b);
		b->heading = 0;
		break;
	case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION:
		block_end(b);
		b->caption--;
		break;
	case GUMBO_TAG_TABLE:
		if (x->flags & XN_DATA_TABLE) {
			block_end(b);
			b->data_table--;
		}
		break;
	case GUMBO_TAG_TR:
		if (row_mode)
			block_end(b);
		break;
	case GUMBO_TAG_A: case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_CITE:
	case GUMBO_TAG_DFN: case GUMBO_TAG_VAR: case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
	case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_TT:
		fmt_pop(b, i);
		break;
	default:
		break;
	}
	if ((x->flags & XN_BLOCK) && !row_mode)
		block_end(b);
}

/* Walk a subtree in document order without recursion. */
static void walk(struct builder *b, int32_t root)
{
	struct xnode *n = b->d->n;
	if (n[root].flags & XN_DEAD)
		return;
	int32_t i = root;
	for (;;) {
		enter(b, i);
		int32_t c = n[i].first;
		while (c >= 0 && (n[c].flags & XN_DEAD))
			c = n[c].next;
		if (c >= 0) {
			i = c;
			continue;
		}
		/* no children: leave, then go to the next sibling or up */
		for (;;) {
			leave(b, i);
			if (i == root)
				return;
			int32_t s = n[i].next;
			while (s >= 0 && (n[s].flags & XN_DEAD))
				s = n[s].next;
			if (s >= 0) {
				i = s;
				break;
			}
			i = n[i].parent;
		}
	}
}

/* Lower-cased words of s, for comparing a heading with the title. */
static size_t words_of(const char *s, char *out, size_t max)
{
	size_t n = max - 1;
	uint8_t *r = u8_tolower((const uint8_t *)s, strlen(s), NULL, NULL, (uint8_t *)out, &n);
	if (!r || r != (uint8_t *)out) {
		if (r && r != (uint8_t *)out)
			free(r);
		return 0;
	}
	/* keep letters and digits (and every non-ASCII byte); the rest separate */
	size_t k = 0;
	bool sep = false;
	for (size_t j = 0; j < n; j++) {
		unsigned char c = (unsigned char)out[j];
		bool word = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
		if (!word) {
			sep = k > 0;
			continue;
		}
		if (sep)
			out[k++] = ' ';
		sep = false;
		out[k++] = (char)c;
	}
	out[k] = '\0';
	return k;
}

/* Whether a heading repeats the title (Readability: similarity ≥ 0.75). */
static bool repeats_title(const char *heading, const char *title)
{
	char h[512], t[512];
	size_t hn = words_of(heading, h, sizeof h), tn = words_of(title, t, sizeof t);
	if (hn == 0 || tn == 0)
		return false;
	if (hn == tn && memcmp(h, t, hn) == 0)
		return true;
	/* the share of the heading's characters in words the title has too */
	size_t common = 0;
	for (char *w = h; *w;) {
		size_t wl = strcspn(w, " ");
		for (char *v = t; *v;) {
			size_t vl = strcspn(v, " ");
			if (vl == wl && memcmp(v, w, wl) == 0) {
				common += wl;
				break;
			}
			v += vl + (v[vl] == ' ');
		}
		w += wl + (w[wl] == ' ');
	}
	size_t longer = hn > tn ? hn : tn;
	return common * 4 >= longer * 3;
}

/* How much a paragraph reads like a publisher's own promotion: "Sign up
 * to our daily newsletter here", "select 'Join Community'", "We also treat
 * our community members to special offers": 2 a strong word, 1 a weak
 * one, added up. */
static int promo_weight(const char *t)
{
	static const char *const strong[] = {
		"newsletter", "sign up", "signed up", "subscribe", "click here", "clicking here",
		"click this link", "qr code", "whatsapp", "privacy notice", "download our app",
		"join community", "homepage here", "push notifications",
	};
	static const char *const weak[] = {
		"community", "premium", "special offers", "top stories", "breaking news", "headlines",
		"updates", "our partners", "promotions", "for free", "ad-free", "advert-free", "click",
	};
	int w = 0;
	for (size_t k = 0; k < sizeof strong / sizeof *strong; k++)
		w += strcasestr(t, strong[k]) ? 2 : 0;
	for (size_t k = 0; k < sizeof weak / sizeof *weak; k++)
		w += strcasestr(t, weak[k]) ? 1 : 0;
	return w;
}

/* A teaser for another story set in the text: "READ MORE: …", "MORE: …",
 * "RELATED: …". */
static bool teaser(const char *t)
{
	static const char *const caps[] = { "READ MORE", "MORE:", "RELATED:", "SEE ALSO:", "READ NEXT" };
	for (size_t k = 0; k < sizeof caps / sizeof *caps; k++)
		if (!strncmp(t, caps[k], strlen(caps[k])))
			return true;
	return !strncasecmp(t, "read more:", 10) || !strncasecmp(t, "read more of ", 13);
}

/* Drop the publisher's promotions from the article: teasers for other
 * stories anywhere, and at its end the run of paragraphs that sell a
 * newsletter, an app or a chat group. */
static void drop_promotions(struct article *a)
{
	for (size_t i = 0; i < a->nblocks;) {
		const struct block *k = &a->blocks[i];
		if ((k->type == BLOCK_PARAGRAPH || k->type == BLOCK_LIST_ITEM) && k->len < 300 && teaser(k->text))
			article_remove_block(a, i);
		else
			i++;
	}
	while (a->nblocks > 1) {
		const struct block *k = &a->blocks[a->nblocks - 1];
		if (!(k->type == BLOCK_PARAGRAPH || k->type == BLOCK_LIST_ITEM) || k->len >= 400 ||
		    promo_weight(k->text) < 2)
			break;
		article_remove_block(a, a->nblocks - 1);
	}
}

int build_blocks(struct xdoc *d, const int32_t *roots, size_t nroots, struct article *a)
{
	struct builder *b = calloc(1, sizeof *b);
	if (!b)
		return -1;
	b->d = d;
	b->a = a;
	b->li_number = 0;
	ab_init(&b->ab, a);
	for (size_t r = 0; r < nroots; r++) {
		walk(b, roots[r]);
		block_end(b);
	}
	int rc = ab_finish(&b->ab);
	free(b);
	if (rc < 0)
		return -1;
	/* a heading near the top that repeats the title is shown once */
	if (d->title)
		for (size_t i = 0; i < a->nblocks && i < 3; i++) {
			const struct block *k = &a->blocks[i];
			if (k->type != BLOCK_HEADING)
				break;
			if (repeats_title(k->text, d->title)) {
				article_remove_block(a, i);
				break;
			}
		}
	drop_promotions(a);
	return article_compact_links(a);
}

size_t article_text_chars(const struct article *a)
{
	size_t n = 0;
	for (size_t i = 0; i < a->nblocks; i++)
		n += utf8_length(a->blocks[i].text, a->blocks[i].len);
	return n;
}
