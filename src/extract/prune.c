/* prune.c — drop what is never article.
 *
 * Two passes. prune_structural() drops what an element is (scripts, forms'
 * controls, embeds) and what is hidden. prune_boilerplate() then drops
 * page chrome by role, tag and class, and, so that it holds on sites never
 * seen, by what a block says: a "Most Popular" or "Related" label over a
 * list of links, an "Advertisement" slot, a copyright line, a cookie
 * notice, a newsletter box. Nothing holding more than half the page's text
 * is dropped for its class or label. */
#include <config.h>

#include "internal.h"
#include "../text.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicase.h>

extern const char *const section_labels[];
extern const size_t section_labels_count;
extern const char *const ad_labels[];
extern const size_t ad_labels_count;

static bool struct_tag(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
	case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_LINK:
	case GUMBO_TAG_META: case GUMBO_TAG_TITLE: case GUMBO_TAG_SVG:
	case GUMBO_TAG_CANVAS: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
	case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_VIDEO:
	case GUMBO_TAG_AUDIO: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
	case GUMBO_TAG_MAP: case GUMBO_TAG_AREA: case GUMBO_TAG_SELECT:
	case GUMBO_TAG_OPTION: case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA:
	case GUMBO_TAG_BUTTON: case GUMBO_TAG_FRAMESET:
	case GUMBO_TAG_FRAME: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED:
	case GUMBO_TAG_PARAM: case GUMBO_TAG_BASE: case GUMBO_TAG_KEYGEN:
		return true;
	default:
		return false;
	}
}

/* Whether an inline style sets property to value ("display: none"). */
static bool style_sets(const char *style, const char *property, const char *value)
{
	size_t pl = strlen(property), vl = strlen(value);
	for (const char *p = style; (p = strcasestr(p, property)) != NULL; p += pl) {
		const char *q = p + pl;
		while (*q == ' ' || *q == '\t')
			q++;
		if (*q != ':')
			continue;
		q++;
		while (*q == ' ' || *q == '\t')
			q++;
		if (strncasecmp(q, value, vl) == 0)
			return true;
	}
	return false;
}

static bool is_hidden(const struct xnode *x)
{
	if (x->cw_class & CW_HIDDEN)
		return true;
	if (dom_attr(x, "hidden"))
		return true;
	const char *a = dom_attr(x, "aria-hidden");
	if (a && strcasecmp(a, "true") == 0)
		return true;
	const char *s = dom_attr(x, "style");
	return s && (style_sets(s, "display", "none") || style_sets(s, "visibility", "hidden"));
}

void prune_structural(struct xdoc *d)
{
	for (size_t i = 0; i < d->count; i++) {
		struct xnode *x = &d->n[i];
		x->flags &= ~(uint32_t)(XN_DROP | XN_DEAD | XN_STRUCT | XN_HIDDEN);
		x->why = WHY_NONE;
	}
	for (size_t i = 0; i < d->count; i++) {
		struct xnode *x = &d->n[i];
		if (x->flags & XN_TEXT)
			continue;
		if (struct_tag(x->tag) || dom_unknown_named(x, "dialog")) {
			x->flags |= XN_DROP | XN_STRUCT;
			x->why = WHY_STRUCT;
		} else if (x->tag != GUMBO_TAG_BODY && x->tag != GUMBO_TAG_HTML && is_hidden(x)) {
			x->flags |= XN_DROP | XN_HIDDEN;
			x->why = WHY_HIDDEN;
		} else {
			continue;
		}
		i = (size_t)x->end - 1;
	}
	dom_stats(d);
}

/* ---- labels ---- */

/* Lower-case and trim a label into out; returns its length. */
static size_t normalize_label(const char *s, char *out, size_t max)
{
	size_t len = strlen(s);
	if (len >= max)
		return 0;       /* no label is that long: not worth lower-casing */
	size_t n = max - 1;
	uint8_t *r = u8_tolower((const uint8_t *)s, len, NULL, NULL, (uint8_t *)out, &n);
	if (!r)
		return 0;
	if (r != (uint8_t *)out) {
		free(r);
		return 0;
	}
	/* trailing punctuation and arrows: "Related:", "More news »" */
	for (;;) {
		while (n > 0 && strchr(" :.|-", out[n - 1]))
			n--;
		if (n >= 2 && (unsigned char)out[n - 2] == 0xC2 && (unsigned char)out[n - 1] == 0xBB)
			n -= 2;                 /* » */
		else if (n >= 3 && (unsigned char)out[n - 3] == 0xE2 &&
			 ((unsigned char)out[n - 2] == 0x80 || (unsigned char)out[n - 2] == 0x86))
			n -= 3;                 /* › → */
		else
			break;
	}
	out[n] = '\0';
	return n;
}

/* "*" matches any text; at most one star a pattern. */
static bool label_match(const char *pat, const char *s, size_t n)
{
	const char *star = strchr(pat, '*');
	if (!star)
		return strlen(pat) == n && memcmp(pat, s, n) == 0;
	size_t pre = (size_t)(star - pat), suf = strlen(star + 1);
	return n > pre + suf && memcmp(pat, s, pre) == 0 &&
	       memcmp(star + 1, s + n - suf, suf) == 0;
}

static bool in_list(const char *const *list, size_t count, const char *label)
{
	char norm[256];
	size_t n = normalize_label(label, norm, sizeof norm);
	if (n == 0)
		return false;
	for (size_t i = 0; i < count; i++)
		if (label_match(list[i], norm, n))
			return true;
	return false;
}

bool label_is_section(const char *label)
{
	return in_list(section_labels, section_labels_count, label);
}

bool label_is_ad(const char *label)
{
	return in_list(ad_labels, ad_labels_count, label);
}

/* ---- text of small blocks ---- */

static bool contains_ci(const char *s, const char *needle)
{
	return strcasestr(s, needle) != NULL;
}

static bool is_copyright(const char *t)
{
	if (contains_ci(t, "all rights reserved"))
		return true;
	if (strncmp(t, "\xC2\xA9", 2) == 0)    /* © */
		return true;
	if (strncasecmp(t, "copyright", 9) == 0) {
		const char *p = t + 9;
		while (*p == ' ')
			p++;
		return strncmp(p, "\xC2\xA9", 2) == 0 || strncasecmp(p, "(c)", 3) == 0 ||
		       (p[0] >= '0' && p[0] <= '9');
	}
	return false;
}

static bool is_cookie_notice(const char *t)
{
	if (!contains_ci(t, "cookie"))
		return false;
	return contains_ci(t, "we use") || contains_ci(t, "this site uses") ||
	       contains_ci(t, "this website uses") || contains_ci(t, "consent") ||
	       contains_ci(t, "by continuing") || contains_ci(t, "accept");
}

/* What a video or audio player says when it cannot play: "This video is
 * not available in your region", "Your browser does not support the
 * video tag". */
static bool is_player_notice(const char *t)
{
	if (!contains_ci(t, "video") && !contains_ci(t, "audio") && !contains_ci(t, "player"))
		return false;
	return contains_ci(t, "not available in your") || contains_ci(t, "isn't available in your") ||
	       contains_ci(t, "is unavailable in your") || contains_ci(t, "browser does not support") ||
	       contains_ci(t, "browser doesn't support") || contains_ci(t, "enable javascript") ||
	       contains_ci(t, "upgrade your browser") || contains_ci(t, "failed to load");
}

static bool is_signup(const char *t)
{
	return contains_ci(t, "newsletter") || contains_ci(t, "sign up") ||
	       contains_ci(t, "subscribe") || contains_ci(t, "inbox");
}

static bool container_tag(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ASIDE:
	case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_HEADER:
	case GUMBO_TAG_FOOTER: case GUMBO_TAG_TABLE: case GUMBO_TAG_NAV:
	case GUMBO_TAG_SPAN: case GUMBO_TAG_UNKNOWN: case GUMBO_TAG_CENTER:
	case GUMBO_TAG_FIGURE:
		return true;
	default:
		return false;
	}
}

static bool unlikely_role(const char *r)
{
	static const char *const roles[] = {
		"navigation", "banner", "contentinfo", "complementary", "menu",
		"menubar", "dialog", "alertdialog", "alert", "search", "toolbar",
	};
	for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
		if (strcasecmp(r, roles[i]) == 0)
			return true;
	return false;
}

static bool byline_markup(const struct xnode *x)
{
	const char *rel = dom_attr(x, "rel"), *ip = dom_attr(x, "itemprop");
	if ((rel && !strcasecmp(rel, "author")) || (ip && strstr(ip, "author")))
		return true;
	unsigned f = x->cw_class | x->cw_id;
	return (f & CW_BYLINE) != 0;
}

/* Whether element x is chrome by its tag or role: never the article, even
 * when it holds most of the page's text. */
static bool chrome_by_tag(const struct xnode *x)
{
	switch (x->tag) {
	case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER:
		return true;
	default:
		break;
	}
	const char *role = dom_attr(x, "role");
	return role && unlikely_role(role);
}

/* Whether element x is chrome by its class or id (or is a header or a
 * form, which some pages wrap around everything). */
static enum drop_why chrome_by_class(const struct xdoc *d, const struct xnode *x)
{
	if (x->tag == GUMBO_TAG_FORM)
		return WHY_TAG;
	unsigned f = x->cw_class | x->cw_id;
	/* a byline is never article text, whatever the attempt */
	if ((f & CW_BYLINE) && !(f & CW_MAYBE) && x->st.chars < 400)
		return WHY_BYLINE;
	if (byline_markup(x) && x->st.chars > 0 && x->st.chars < 100)
		return WHY_BYLINE;
	/* a link is text in a sentence, whatever its class */
	if (!d->strip_unlikely || x->tag == GUMBO_TAG_A)
		return WHY_NONE;
	if (f & CW_STRONG)
		return WHY_CLASS;
	if ((f & CW_UNLIKELY) && !(f & CW_MAYBE))
		return WHY_CLASS;
	return WHY_NONE;
}

/* Whether the block's words say it is chrome. */
static enum drop_why chrome_by_text(const struct xdoc *d, int32_t i)
{
	const struct xnode *x = &d->n[i];
	int32_t chars = x->st.chars;
	if (chars == 0)
		return WHY_NONE;
	double ld = (double)x->st.link_chars / chars;
	char buf[640];
	if (container_tag(x->tag) && chars < 3000) {
		size_t ln = dom_label(d, i, buf, sizeof buf);
		if (ln > 0) {
			if (label_is_section(buf) && (ld > 0.3 || chars < 200))
				return WHY_LABEL;
			if (label_is_ad(buf) && chars <= (int32_t)utf8_length(buf, ln) + 30)
				return WHY_LABEL;
		}
	}
	/* a player's notice, wherever it stands: an element of text alone */
	if (chars < 200 && x->own_chars == chars) {
		dom_text(d, i, buf, sizeof buf);
		if (is_player_notice(buf))
			return WHY_TEXT;
	}
	/* the outermost small block: its whole text */
	int32_t p = x->parent;
	if (chars > 500 || (p >= 0 && d->n[p].st.chars <= 500))
		return WHY_NONE;
	dom_text(d, i, buf, sizeof buf);
	if (label_is_ad(buf) || is_copyright(buf) || is_cookie_notice(buf))
		return WHY_TEXT;
	if (x->st.n_input > 0 && chars < 300 && is_signup(buf))
		return WHY_TEXT;
	return WHY_NONE;
}

int32_t prune_find_byline(const struct xdoc *d, int32_t from)
{
	/* the first byline in document order, outside what is chrome by its
	 * class or role (a header, aside or footer tag may hold the article's
	 * byline) */
	for (size_t k = (size_t)(from > d->body ? from : d->body); k < d->count; k++) {
		const struct xnode *x = &d->n[k];
		if (x->flags & XN_DEAD) {
			k = (size_t)x->end - 1;
			continue;
		}
		if (x->flags & XN_TEXT)
			continue;
		if (byline_markup(x) && x->st.chars > 0 && x->st.chars < 100)
			return (int32_t)k;
		unsigned f = x->cw_class | x->cw_id;
		const char *role = dom_attr(x, "role");
		bool most = x->st.chars * 2 > d->n[d->body].st.chars;
		if (x->tag != GUMBO_TAG_BODY && !most &&
		    ((f & CW_STRONG) || ((f & CW_UNLIKELY) && !(f & CW_MAYBE)) ||
		     (role && unlikely_role(role))))
			k = (size_t)x->end - 1;
	}
	return -1;
}

void prune_boilerplate(struct xdoc *d)
{
	int32_t total = d->n[d->body].st.chars;
	for (size_t k = 0; k < d->count; k++) {
		struct xnode *x = &d->n[k];
		if (x->flags & XN_DEAD) {
			k = (size_t)x->end - 1;
			continue;
		}
		if ((x->flags & XN_TEXT) || x->tag == GUMBO_TAG_BODY || x->tag == GUMBO_TAG_HTML)
			continue;
		bool most = total > 0 && x->st.chars * 2 > total && x->tag != GUMBO_TAG_UL &&
			    x->tag != GUMBO_TAG_OL && x->tag != GUMBO_TAG_DL;
		/* what holds most of the page's text is not dropped for its
		 * class or words, only for what it is */
		enum drop_why why = chrome_by_tag(x) ? WHY_TAG : WHY_NONE;
		if (!why && !most)
			why = chrome_by_class(d, x);
		if (!why && !most)
			why = chrome_by_text(d, (int32_t)k);
		if (why) {
			dom_drop(d, (int32_t)k, why);
			k = (size_t)x->end - 1;
		}
	}
}
