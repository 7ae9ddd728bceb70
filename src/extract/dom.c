/* dom.c — the flattened document and what its attributes say. */
#include <config.h>

#include "internal.h"
#include "../buf.h"
#include "../text.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool dom_is_block_tag(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
	case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
	case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
	case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
	case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
	case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
	case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
	case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
	case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
	case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
	case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
	case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT:
	case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL:
	case GUMBO_TAG_CAPTION: case GUMBO_TAG_HTML: case GUMBO_TAG_LISTING:
	case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_XMP: case GUMBO_TAG_NOSCRIPT:
	case GUMBO_TAG_OPTION: case GUMBO_TAG_LEGEND:
		return true;
	default:
		return false;
	}
}

static bool is_heading(GumboTag t)
{
	return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

static bool grow_nodes(struct xdoc *d)
{
	struct xnode *n = array_grow(d->n, &d->cap, d->count, sizeof *n);
	if (!n)
		return false;
	d->n = n;
	return true;
}

/* Text statistics of a text node: characters with whitespace runs counted
 * once, and commas (Latin, CJK, Arabic). */
static void text_counts(const char *s, size_t len, int32_t *chars, int32_t *commas)
{
	int32_t c = 0, k = 0;
	bool space = true;      /* leading whitespace does not count */
	for (size_t i = 0; i < len;) {
		unsigned char b = (unsigned char)s[i];
		if (b < 0x80) {
			i++;
			if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f') {
				if (!space)
					c++;
				space = true;
				continue;
			}
			if (b == ',')
				k++;
			c++;
			space = false;
			continue;
		}
		unsigned cp = utf8_decode(s, len, &i);
		if (cp == 0xFF0C || cp == 0x3001 || cp == 0x060C)
			k++;
		c++;
		space = false;
	}
	if (space && c > 0)
		c--;            /* trailing whitespace */
	*chars = c;
	*commas = k;
}

/* An id made from a heading ("getting-into-trouble-with-shared-history")
 * names a section, not a part of the page's furniture. */
static bool slug_id(const char *id)
{
	int words = 1;
	for (const char *p = id; *p; p++)
		words += (*p == '-' || *p == '_') && p[1] && p[1] != '-' && p[1] != '_';
	return words >= 5;
}

struct walk {
	GumboNode *g;
	unsigned ci;
	int32_t xi, last;
};

int dom_flatten(struct xdoc *d, GumboNode *root)
{
	d->html = d->head = d->body = -1;
	size_t scap = 64, sp = 0;
	struct walk *st = malloc(scap * sizeof *st);
	if (!st || !grow_nodes(d)) {
		free(st);
		return -1;
	}
	struct xnode *x = &d->n[d->count++];
	memset(x, 0, sizeof *x);
	x->g = root;
	x->parent = x->first = x->next = -1;
	x->tag = root->v.element.tag;
	d->html = 0;
	st[sp++] = (struct walk){ root, 0, 0, -1 };
	while (sp > 0) {
		struct walk *w = &st[sp - 1];
		GumboVector *kids = &w->g->v.element.children;
		if (w->ci >= kids->length) {
			d->n[w->xi].end = (int32_t)d->count;
			sp--;
			continue;
		}
		GumboNode *c = kids->data[w->ci++];
		if (c->type != GUMBO_NODE_ELEMENT && c->type != GUMBO_NODE_TEXT &&
		    c->type != GUMBO_NODE_WHITESPACE && c->type != GUMBO_NODE_CDATA)
			continue;       /* comments, templates */
		if (!grow_nodes(d)) {
			free(st);
			return -1;
		}
		int32_t i = (int32_t)d->count++;
		int32_t p = w->xi;
		x = &d->n[i];
		memset(x, 0, sizeof *x);
		x->g = c;
		x->parent = p;
		x->first = x->next = -1;
		x->end = i + 1;
		if (w->last >= 0)
			d->n[w->last].next = i;
		else
			d->n[p].first = i;
		w->last = i;
		const struct xnode *px = &d->n[p];
		if (px->tag == GUMBO_TAG_A) {
			/* a link to a place on the page (a table of contents,
			 * footnotes) weighs less as a link */
			const char *href = dom_attr(px, "href");
			x->flags |= XN_IN_LINK;
			if (href && href[0] == '#')
				x->flags |= XN_HASH_LINK;
		} else {
			x->flags |= px->flags & (XN_IN_LINK | XN_HASH_LINK);
		}
		if (c->type != GUMBO_NODE_ELEMENT) {
			x->flags |= XN_TEXT;
			x->tag = GUMBO_TAG_UNKNOWN;
			text_counts(c->v.text.text, strlen(c->v.text.text), &x->own_chars, &x->own_commas);
			continue;
		}
		x->tag = c->v.element.tag;
		if (dom_is_block_tag(x->tag))
			x->flags |= XN_BLOCK;
		const char *cls = dom_attr(x, "class");
		const char *id = dom_attr(x, "id");
		x->cw_class = (uint16_t)(cls && *cls ? classify_attr(cls) : 0);
		x->cw_id = (uint16_t)(id && *id && !slug_id(id) ? classify_attr(id) : 0);
		if (x->tag == GUMBO_TAG_HEAD && d->head < 0)
			d->head = i;
		else if (x->tag == GUMBO_TAG_BODY && d->body < 0)
			d->body = i;
		struct walk *ns = array_grow(st, &scap, sp, sizeof *st);
		if (!ns) {
			free(st);
			return -1;
		}
		st = ns;
		st[sp++] = (struct walk){ c, 0, i, -1 };
	}
	free(st);
	if (d->body < 0)
		d->body = 0;
	return 0;
}

void dom_free(struct xdoc *d)
{
	free(d->n);
	free(d->title);
	free(d->base_url);
	memset(d, 0, sizeof *d);
}

bool dom_unknown_named(const struct xnode *x, const char *name)
{
	if ((x->flags & XN_TEXT) || x->tag != GUMBO_TAG_UNKNOWN)
		return false;
	GumboStringPiece t = x->g->v.element.original_tag;
	size_t n = strlen(name);
	return t.length > n + 1 && t.data[0] == '<' && strncasecmp(t.data + 1, name, n) == 0 &&
	       (t.data[n + 1] == '>' || t.data[n + 1] == ' ' || t.data[n + 1] == '\t' ||
		t.data[n + 1] == '\n' || t.data[n + 1] == '/' || t.data[n + 1] == '\r');
}

const char *dom_attr(const struct xnode *x, const char *name)
{
	if (x->flags & XN_TEXT)
		return NULL;
	GumboAttribute *a = gumbo_get_attribute(&x->g->v.element.attributes, name);
	return a ? a->value : NULL;
}

/* ---- classes and ids ---- */

enum { U = CW_UNLIKELY, M = CW_MAYBE, S = CW_STRONG, P = CW_POSITIVE,
       N = CW_NEGATIVE, H = CW_HIDDEN, B = CW_BYLINE };

/* Whole words of a class or id (split at punctuation and camelCase). */
static const struct { const char *w; unsigned f; } words[] = {
	{ "ad", U|S|N }, { "ads", U|S|N }, { "adv", U|S }, { "adslot", U|S },
	{ "adunit", U|S }, { "adsense", U|S }, { "dfp", U|S }, { "sponsored", U|S|N },
	{ "nav", U }, { "menu", U }, { "pager", U }, { "aside", U },
	{ "foot", N }, { "footnote", N }, { "footnotes", N },
	{ "replies", U }, { "respond", U }, { "reply", U },
	{ "recirc", U|S }, { "tag", N }, { "tags", U|S|N }, { "taglist", U|S },
	{ "keywords", U }, { "copyright", U|S }, { "tool", N }, { "tools", U|N },
	{ "modal", U|S }, { "overlay", U }, { "meta", N }, { "media", N },
	{ "contact", N }, { "shopping", N }, { "scroll", N }, { "hidden", N },
	{ "hid", N }, { "combx", U|N }, { "rss", U }, { "remark", U },
	{ "supplemental", U }, { "agegate", U|S }, { "legends", U },
	{ "community", U }, { "header", U }, { "subscription", U },
	{ "article", M|P }, { "body", M|P }, { "content", M|P }, { "entry", M|P },
	{ "hentry", P }, { "main", M|P }, { "page", P }, { "post", M|P },
	{ "text", M|P }, { "blog", M|P }, { "story", M|P }, { "column", M },
	{ "shadow", M }, { "mathjax", M }, { "prose", M|P },
	{ "dateline", B }, { "writtenby", B },
};

/* Stems found inside longer words ("sidebarWidget", "socialshare"). */
#define STEM(s, f) { s, sizeof s - 1, f }
static const struct { const char *s; size_t len; unsigned f; } stems[] = {
	STEM("advert", U|S|N), STEM("sponsor", U|N), STEM("sidebar", U|N), STEM("footer", U|N),
	STEM("comment", U|N), STEM("related", U|S|N), STEM("share", U|S|N), STEM("social", U|S|N),
	STEM("newsletter", U|S), STEM("subscri", U|S), STEM("cookie", U|S), STEM("consent", U|S),
	STEM("gdpr", U|S|N), STEM("breadcrumb", U|S), STEM("popular", U|S), STEM("trending", U|S),
	STEM("recommend", U|S), STEM("outbrain", U|S|N), STEM("taboola", U|S), STEM("disqus", U|S),
	STEM("navbar", U), STEM("navigation", U), STEM("promo", U|N), STEM("banner", U|N),
	STEM("masthead", U|N), STEM("widget", N), STEM("pagination", U), STEM("skyscraper", U|S|N),
	STEM("shoutbox", U|N), STEM("byline", B), STEM("author", B), STEM("paywall", U),
	STEM("signup", U|S), STEM("popup", U|S), STEM("toolbar", U|N),
	STEM("article", M|P), STEM("content", M|P),
};

/* Whole class tokens that hide an element from sight. */
static const char *const hidden_tokens[] = {
	"sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
	"screen-reader-only", "screenreader-only", "u-visually-hidden",
	"element-invisible", "offscreen", "a11y-hidden", "hidden", "is-hidden",
	"d-none", "display-none", "invisible", "hide",
};

static unsigned classify_word(const char *w, size_t n)
{
	unsigned f = 0;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (words[i].w[0] == w[0] && strncmp(words[i].w, w, n) == 0 && words[i].w[n] == '\0') {
			f |= words[i].f;
			break;
		}
	if (n < 5)
		return f;
	for (size_t i = 0; i < sizeof stems / sizeof *stems; i++) {
		const char *s = stems[i].s;
		size_t sl = stems[i].len;
		if (sl > n)
			continue;
		for (size_t k = 0; k + sl <= n; k++)
			if (w[k] == s[0] && memcmp(w + k, s, sl) == 0) {
				/* "commentary" is an opinion piece, not comments;
				 * "shared" and "shareholder" are not share bars */
				if (sl == 7 && memcmp(s, "comment", 7) == 0 &&
				    k + 9 <= n && memcmp(w + k + 7, "ar", 2) == 0)
					break;
				if (sl == 5 && memcmp(s, "share", 5) == 0 && k + 5 < n &&
				    (w[k + 5] == 'd' || w[k + 5] == 'h'))
					break;
				/* "authorization", "authority" */
				if (sl == 6 && memcmp(s, "author", 6) == 0 && k + 6 < n && w[k + 6] == 'i')
					break;
				f |= stems[i].f;
				break;
			}
	}
	return f;
}

/* A run of letters and digits: the whole of it, and when it is camelCase
 * ("relatedPosts", "MathJax") each part too. */
static unsigned classify_token(const char *t, size_t n)
{
	char w[48];
	if (n == 0 || n >= sizeof w)
		return 0;
	for (size_t i = 0; i < n; i++)
		w[i] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] | 0x20 : t[i]);
	unsigned f = classify_word(w, n);
	size_t start = 0;
	bool camel = false;
	for (size_t i = 1; i <= n; i++) {
		bool cut = i == n || (t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] >= 'a' && t[i - 1] <= 'z');
		if (!cut)
			continue;
		if (i < n)
			camel = true;
		if (camel)
			f |= classify_word(w + start, i - start);
		start = i;
	}
	return f;
}

unsigned classify_attr(const char *v)
{
	unsigned f = 0;
	const char *p = v;
	while (*p) {
		/* one class token (between blanks) */
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
			p++;
		const char *tok = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f')
			p++;
		size_t tl = (size_t)(p - tok);
		if (tl == 0)
			break;
		for (size_t i = 0; i < sizeof hidden_tokens / sizeof *hidden_tokens; i++)
			if (strlen(hidden_tokens[i]) == tl && strncasecmp(hidden_tokens[i], tok, tl) == 0)
				f |= H;
		/* a layout's modifier ("with-sidebar-right", "has-comments",
		 * "no-sidebar") says what is beside the element, not what it
		 * is */
		static const char *const modifiers[] = { "with-", "has-", "no-", "without-" };
		bool modifier = false;
		for (size_t i = 0; i < sizeof modifiers / sizeof *modifiers; i++)
			modifier = modifier || (tl > strlen(modifiers[i]) &&
						strncasecmp(tok, modifiers[i], strlen(modifiers[i])) == 0);
		if (modifier)
			continue;
		/* its words: runs of letters and digits */
		for (const char *q = tok; q < p;) {
			while (q < p && !((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z') && !(*q >= '0' && *q <= '9'))
				q++;
			const char *w = q;
			while (q < p && (((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z') || (*q >= '0' && *q <= '9')))
				q++;
			f |= classify_token(w, (size_t)(q - w));
		}
	}
	return f;
}

int class_weight(const struct xnode *x)
{
	int w = 0;
	if (x->cw_class & CW_NEGATIVE)
		w -= 25;
	if (x->cw_class & CW_POSITIVE)
		w += 25;
	if (x->cw_id & CW_NEGATIVE)
		w -= 25;
	if (x->cw_id & CW_POSITIVE)
		w += 25;
	return w;
}

/* ---- statistics ---- */

static int32_t nearest_block(const struct xdoc *d, int32_t i)
{
	int32_t p = d->n[i].parent;
	while (p >= 0 && !(d->n[p].flags & XN_BLOCK))
		p = d->n[p].parent;
	return p;
}

void dom_stats(struct xdoc *d)
{
	struct xnode *n = d->n;
	size_t cnt = d->count;
	/* own_chars of text nodes is their fixed count; reset elements */
	for (size_t i = 0; i < cnt; i++) {
		struct xnode *x = &n[i];
		bool dead = (x->flags & XN_DROP) || (x->parent >= 0 && (n[x->parent].flags & XN_DEAD));
		x->flags = dead ? x->flags | XN_DEAD : x->flags & ~(uint32_t)XN_DEAD;
		if (!(x->flags & XN_TEXT)) {
			x->own_chars = 0;
			x->own_commas = 0;
		}
		memset(&x->st, 0, sizeof x->st);
	}
	for (size_t k = cnt; k-- > 0;) {
		struct xnode *x = &n[k];
		int32_t p = x->parent;
		if (x->flags & XN_DEAD) {
			/* embeds and form controls removed for what they are still
			 * count for their parent: they say what kind of block it is */
			if (p < 0 || !(x->flags & XN_DROP) || (n[p].flags & XN_DEAD))
				continue;
			switch (x->tag) {
			case GUMBO_TAG_IFRAME: case GUMBO_TAG_EMBED: case GUMBO_TAG_OBJECT:
			case GUMBO_TAG_VIDEO:
				n[p].st.n_embed++;
				break;
			case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA:
				n[p].st.n_input++;
				break;
			default:
				break;
			}
			continue;
		}
		struct xstats *s = &x->st;
		if (x->flags & XN_TEXT) {
			s->chars = x->own_chars;
			s->commas = x->own_commas;
			if (x->flags & XN_HASH_LINK)
				s->link_chars = x->own_chars * 3 / 10;
			else if (x->flags & XN_IN_LINK)
				s->link_chars = x->own_chars;
			int32_t b = nearest_block(d, (int32_t)k);
			if (b >= 0) {
				n[b].own_chars += x->own_chars;
				n[b].own_commas += x->own_commas;
			}
		} else {
			switch (x->tag) {
			case GUMBO_TAG_P: s->n_p++; break;
			case GUMBO_TAG_IMG: s->n_img++; break;
			case GUMBO_TAG_LI: s->n_li++; break;
			case GUMBO_TAG_PRE: s->n_pre++; break;
			case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA:
				s->n_input++; break;
			default: break;
			}
			if (is_heading(x->tag)) {
				s->n_heading++;
				s->heading_chars = s->chars;
			}
		}
		if (p < 0)
			continue;
		struct xstats *t = &n[p].st;
		t->chars += s->chars;
		t->link_chars += s->link_chars;
		t->commas += s->commas;
		t->heading_chars += s->heading_chars;
		t->n_p += s->n_p;
		t->n_img += s->n_img;
		t->n_li += s->n_li;
		t->n_input += s->n_input;
		t->n_embed += s->n_embed;
		t->n_heading += s->n_heading;
		t->n_pre += s->n_pre;
	}
}

void dom_drop(struct xdoc *d, int32_t i, enum drop_why why)
{
	struct xnode *x = &d->n[i];
	if (x->flags & XN_DEAD)
		return;
	x->flags |= XN_DROP;
	x->why = (uint8_t)why;
	struct xstats s = x->st;
	for (int32_t k = i; k < x->end; k++)
		d->n[k].flags |= XN_DEAD;
	if (!(x->flags & XN_BLOCK) || (x->flags & XN_TEXT)) {
		int32_t b = nearest_block(d, i);
		if (b >= 0) {
			d->n[b].own_chars -= s.chars;
			d->n[b].own_commas -= s.commas;
		}
	}
	for (int32_t p = x->parent; p >= 0; p = d->n[p].parent) {
		struct xstats *t = &d->n[p].st;
		t->chars -= s.chars;
		t->link_chars -= s.link_chars;
		t->commas -= s.commas;
		t->heading_chars -= s.heading_chars;
		t->n_p -= s.n_p;
		t->n_img -= s.n_img;
		t->n_li -= s.n_li;
		t->n_input -= s.n_input;
		t->n_embed -= s.n_embed;
		t->n_heading -= s.n_heading;
		t->n_pre -= s.n_pre;
	}
}

static size_t text_of(const struct xdoc *d, int32_t i, char *out, size_t max, bool all)
{
	size_t n = 0;
	bool space = false;
	if (max == 0)
		return 0;
	for (int32_t k = i; k < d->n[i].end && n + 1 < max; k++) {
		const struct xnode *x = &d->n[k];
		if ((x->flags & XN_DEAD) && !all) {
			k = x->end - 1;
			continue;
		}
		if (!(x->flags & XN_TEXT)) {
			if ((x->flags & XN_BLOCK) && n > 0)
				space = true;
			continue;
		}
		for (const char *s = x->g->v.text.text; *s && n + 1 < max; s++) {
			char c = *s;
			if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
				space = n > 0;
				continue;
			}
			if (space && n + 2 < max)
				out[n++] = ' ';
			space = false;
			out[n++] = c;
		}
	}
	n = utf8_prefix(out, n, n);
	out[n] = '\0';
	return n;
}

size_t dom_text(const struct xdoc *d, int32_t i, char *out, size_t max)
{
	return text_of(d, i, out, max, false);
}

size_t dom_text_all(const struct xdoc *d, int32_t i, char *out, size_t max)
{
	return text_of(d, i, out, max, true);
}

size_t dom_label(const struct xdoc *d, int32_t i, char *out, size_t max)
{
	const struct xnode *r = &d->n[i];
	for (int32_t k = i + 1; k < r->end; k++) {
		const struct xnode *x = &d->n[k];
		if (x->flags & XN_DEAD) {
			k = x->end - 1;
			continue;
		}
		if (!(x->flags & XN_TEXT) || x->own_chars == 0)
			continue;
		/* the first text: is its element nothing but this text? */
		int32_t e = x->parent;
		if (e == i || d->n[e].st.chars != x->own_chars || x->own_chars > 60)
			return 0;
		size_t n = dom_text(d, k, out, max);
		for (size_t j = 0; j < n; j++)
			if (out[j] >= 'A' && out[j] <= 'Z')
				out[j] = (char)(out[j] | 0x20);
		while (n > 0 && (out[n - 1] == ':' || out[n - 1] == '.' || out[n - 1] == ' '))
			out[--n] = '\0';
		return n;
	}
	return 0;
}
