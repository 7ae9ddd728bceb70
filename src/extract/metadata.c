/* metadata.c — title, author, date, site, language and excerpt from what
 * the page says about itself: JSON-LD (schema.org), OpenGraph, Dublin Core,
 * <meta>, <title>, <html lang>, <link rel=canonical>, <time>, and byline
 * markup.
 *
 * The order of preference follows Readability's, so that lede agrees with
 * the browsers' reader views on which of several titles a page means; lede
 * adds sources Readability does not read (Dublin Core dates, <time>,
 * article:author names) after those. */
#include <config.h>

#include "internal.h"
#include "../text.h"
#include "../url.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The <meta> keys read, by name after normalizing ("DC.Title" →
 * "dc:title"). A later tag with the same key replaces an earlier one. */
enum meta_key {
	M_DC_TITLE, M_DCTERM_TITLE, M_OG_TITLE, M_WEIBO_ARTICLE_TITLE, M_WEIBO_WEBPAGE_TITLE,
	M_TITLE, M_TWITTER_TITLE, M_PARSELY_TITLE,
	M_DC_CREATOR, M_DCTERM_CREATOR, M_AUTHOR, M_PARSELY_AUTHOR, M_ARTICLE_AUTHOR,
	M_TWITTER_CREATOR, M_ITEMPROP_AUTHOR,
	M_DC_DESCRIPTION, M_DCTERM_DESCRIPTION, M_OG_DESCRIPTION, M_WEIBO_ARTICLE_DESCRIPTION,
	M_WEIBO_WEBPAGE_DESCRIPTION, M_DESCRIPTION, M_TWITTER_DESCRIPTION,
	M_OG_SITE_NAME,
	M_ARTICLE_PUBLISHED_TIME, M_PARSELY_PUB_DATE, M_DATE_PUBLISHED, M_DC_DATE, M_OG_URL,
	M_COUNT
};

static const char *const meta_names[M_COUNT] = {
	"dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
	"title", "twitter:title", "parsely-title",
	"dc:creator", "dcterm:creator", "author", "parsely-author", "article:author",
	"twitter:creator", "itemprop:author",
	"dc:description", "dcterm:description", "og:description", "weibo:article:description",
	"weibo:webpage:description", "description", "twitter:description",
	"og:site_name",
	"article:published_time", "parsely-pub-date", "datepublished", "dc:date", "og:url",
};

struct jsonld {
	bool found;
	char *title, *byline, *excerpt, *site, *published;
};

struct collect {
	char *meta[M_COUNT];
	struct jsonld ld;
	char *doc_title, *lang, *canonical, *base, *time;
	const struct xdoc *d;
};

/* Metadata values are sometimes escaped twice ("&amp;#8217;"): decode the
 * entities a second parse would have. */
static void unescape_entities(char *s)
{
	static const struct { const char *name; char c; } named[] = {
		{ "&quot;", '"' }, { "&amp;", '&' }, { "&apos;", '\'' }, { "&lt;", '<' }, { "&gt;", '>' },
	};
	struct buf b = BUF_INIT;
	const char *p = s;
	bool changed = false;
	while (*p) {
		if (*p == '&') {
			bool done = false;
			for (size_t i = 0; i < sizeof named / sizeof *named && !done; i++) {
				size_t l = strlen(named[i].name);
				if (strncmp(p, named[i].name, l) == 0) {
					buf_putc(&b, named[i].c);
					p += l;
					done = true;
				}
			}
			if (!done && p[1] == '#') {
				const char *q = p + 2;
				int hex = *q == 'x' || *q == 'X';
				q += hex;
				char *end;
				unsigned long cp = strtoul(q, &end, hex ? 16 : 10);
				if (end > q && *end == ';') {
					/* what no character can be is U+FFFD */
					if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
						cp = 0xFFFD;
					buf_put_utf8(&b, (unsigned)cp);
					p = end + 1;
					done = true;
				}
			}
			if (done) {
				changed = true;
				continue;
			}
		}
		buf_putc(&b, *p++);
	}
	if (changed && !b.failed && b.len <= strlen(s))
		memcpy(s, b.data, b.len + 1);
	buf_free(&b);
}

/* A sanitized copy, or NULL for nothing. */
static char *clean(const char *v, size_t len)
{
	char *c = text_clean(v, len, true);
	if (c)
		unescape_entities(c);
	return c;
}

static void set(char **slot, const char *v, size_t len)
{
	char *c = clean(v, len);
	if (!c)
		return;
	free(*slot);
	*slot = c;
}

static void set_if_empty(char **slot, const char *v, size_t len)
{
	if (!*slot)
		set(slot, v, len);
}

/* ---- text comparison, as Readability's _textSimilarity ---- */

/* Lower-case words (runs of letters and digits) of s, joined by spaces. */
static size_t word_string(const char *s, char *out, size_t max)
{
	size_t n = 0;
	bool sep = false;
	for (const unsigned char *p = (const unsigned char *)s; *p && n + 2 < max; p++) {
		bool w = *p >= 0x80 || (*p >= '0' && *p <= '9') || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || *p == '_';
		if (!w) {
			sep = n > 0;
			continue;
		}
		if (sep)
			out[n++] = ' ';
		sep = false;
		out[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p | 0x20 : *p);
	}
	out[n] = '\0';
	return n;
}

static bool has_word(const char *words, const char *w, size_t wl)
{
	for (const char *p = words; *p;) {
		size_t l = strcspn(p, " ");
		if (l == wl && memcmp(p, w, wl) == 0)
			return true;
		p += l + (p[l] == ' ');
	}
	return false;
}

/* 1 − (length of b's words not in a) / (length of b's words). */
static double text_similarity(const char *a, const char *b)
{
	char wa[1024], wb[1024];
	size_t la = word_string(a, wa, sizeof wa), lb = word_string(b, wb, sizeof wb);
	if (la == 0 || lb == 0)
		return 0;
	size_t uniq = 0, nuniq = 0;
	for (const char *p = wb; *p;) {
		size_t l = strcspn(p, " ");
		if (!has_word(wa, p, l)) {
			uniq += l;
			nuniq++;
		}
		p += l + (p[l] == ' ');
	}
	if (nuniq > 1)
		uniq += nuniq - 1;      /* the spaces joining them */
	return 1.0 - (double)uniq / (double)lb;
}

/* ---- the title from <title>, as Readability's _getArticleTitle ---- */

static bool is_sep_char(const char *s, size_t *len)
{
	if (*s == '|' || *s == '-' || *s == '\\' || *s == '/' || *s == '>') {
		*len = 1;
		return true;
	}
	if (strncmp(s, "\xC2\xBB", 2) == 0) {           /* » */
		*len = 2;
		return true;
	}
	if (strncmp(s, "\xE2\x80\x93", 3) == 0 || strncmp(s, "\xE2\x80\x94", 3) == 0) {
		*len = 3;                                /* – — */
		return true;
	}
	return false;
}

static bool is_hier_char(const char *s)
{
	return *s == '\\' || *s == '/' || *s == '>' || strncmp(s, "\xC2\xBB", 2) == 0;
}

/* As JavaScript's str.split(/\s+/).length. */
static size_t word_count(const char *s, size_t n)
{
	size_t c = 1;
	for (size_t i = 0; i < n; i++)
		if (s[i] == ' ' && (i == 0 || s[i - 1] != ' '))
			c++;
	return c;
}

static char *dup_range(const char *s, size_t n)
{
	while (n > 0 && *s == ' ') {
		s++;
		n--;
	}
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return text_clean(s, n, true);
}

/* Whether a <h1> or <h2> holds exactly text. */
static bool heading_is(const struct xdoc *d, const char *text)
{
	char buf[512];
	for (size_t i = 0; i < d->count; i++) {
		const struct xnode *x = &d->n[i];
		if ((x->flags & XN_TEXT) || (x->tag != GUMBO_TAG_H1 && x->tag != GUMBO_TAG_H2))
			continue;
		size_t n = 0;
		for (int32_t k = (int32_t)i; k < x->end && n + 1 < sizeof buf; k++)
			if (d->n[k].flags & XN_TEXT)
				for (const char *s = d->n[k].g->v.text.text; *s && n + 1 < sizeof buf; s++)
					buf[n++] = *s;
		buf[n] = '\0';
		char *c = text_clean(buf, n, true);
		bool same = c && strcmp(c, text) == 0;
		free(c);
		if (same)
			return true;
	}
	return false;
}

static char *single_h1(const struct xdoc *d)
{
	int32_t h = -1;
	for (size_t i = 0; i < d->count; i++)
		if (!(d->n[i].flags & XN_TEXT) && d->n[i].tag == GUMBO_TAG_H1) {
			if (h >= 0)
				return NULL;
			h = (int32_t)i;
		}
	if (h < 0)
		return NULL;
	struct buf b = BUF_INIT;
	for (int32_t k = h; k < d->n[h].end; k++)
		if (d->n[k].flags & XN_TEXT)
			buf_puts(&b, d->n[k].g->v.text.text);
	char *c = b.data ? text_clean(b.data, b.len, true) : NULL;
	buf_free(&b);
	return c;
}

char *title_from_document(const struct xdoc *d, const char *orig)
{
	if (!orig)
		return NULL;
	size_t n = strlen(orig);
	char *cur = NULL;
	bool hier = false;
	/* " | ", " - ", " – ", " — ", " \ ", " / ", " > ", " » " */
	size_t first = n, last = n, slen = 0, first_len = 0;
	for (size_t i = 1; i + 1 < n; i++) {
		size_t l;
		if (orig[i - 1] == ' ' && is_sep_char(orig + i, &l) && orig[i + l] == ' ') {
			if (first == n)
				first = i;
			hier = hier || is_hier_char(orig + i);
		}
	}
	if (first < n) {
		/* everything before the last separator followed by a blank */
		for (size_t i = 0; i < n; i++) {
			size_t l;
			if (is_sep_char(orig + i, &l) && orig[i + l] == ' ') {
				last = i;
				slen = l;
			}
		}
		(void)slen;
		cur = strndup(orig, last);
		if (cur && word_count(cur, strlen(cur)) < 3) {
			free(cur);
			/* everything after the first separator character */
			size_t i = 0;
			while (i < n && !is_sep_char(orig + i, &first_len))
				i++;
			cur = strdup(i < n ? orig + i + first_len : orig);
		}
	} else if (strstr(orig, ": ")) {
		if (heading_is(d, orig)) {
			cur = strdup(orig);
		} else {
			const char *lc = strrchr(orig, ':');
			cur = strdup(lc + 1);
			if (cur && word_count(cur, strlen(cur)) < 3) {
				free(cur);
				cur = strdup(strchr(orig, ':') + 1);
			} else if (word_count(orig, (size_t)(strchr(orig, ':') - orig)) > 5) {
				free(cur);
				cur = strdup(orig);
			}
		}
	} else if (utf8_length(orig, n) > 150 || utf8_length(orig, n) < 15) {
		cur = single_h1(d);
		if (!cur)
			cur = strdup(orig);
	} else {
		cur = strdup(orig);
	}
	if (!cur)
		return NULL;
	char *t = dup_range(cur, strlen(cur));
	free(cur);
	if (!t)
		return strdup(orig);
	/* four words or fewer: the original, unless a hierarchical separator
	 * took away just one word */
	size_t wc = word_count(t, strlen(t));
	if (wc <= 4) {
		struct buf stripped = BUF_INIT;
		for (size_t i = 0; i < n;) {
			size_t l;
			if (is_sep_char(orig + i, &l)) {
				i += l;
				continue;
			}
			buf_putc(&stripped, orig[i++]);
		}
		size_t owc = stripped.data ? word_count(stripped.data, stripped.len) : 1;
		buf_free(&stripped);
		if (!hier || wc != owc - 1) {
			free(t);
			return strdup(orig);
		}
	}
	return t;
}

/* ---- JSON-LD, as Readability's _getJSONLD ---- */

static bool article_type(const char *t)
{
	/* Readability's pattern: "^Article" or one of these anywhere */
	static const char *const types[] = {
		"AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle",
		"AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
		"ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle",
		"ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting",
		"BlogPosting", "LiveBlogPosting", "DiscussionForumPosting", "TechArticle",
		"APIReference",
	};
	if (strncmp(t, "Article", 7) == 0)
		return true;
	for (size_t i = 0; i < sizeof types / sizeof *types; i++)
		if (strstr(t, types[i]))
			return true;
	return false;
}

static bool has_article_type(json_t *o)
{
	json_t *t = json_object_get(o, "@type");
	if (json_is_string(t))
		return article_type(json_string_value(t));
	if (json_is_array(t)) {
		size_t i;
		json_t *v;
		json_array_foreach(t, i, v)
			if (json_is_string(v) && article_type(json_string_value(v)))
				return true;
	}
	return false;
}

static bool schema_org(const char *s)
{
	return s && (!strcmp(s, "http://schema.org") || !strcmp(s, "https://schema.org") ||
		     !strcmp(s, "http://schema.org/") || !strcmp(s, "https://schema.org/"));
}

static void jsonld_script(const char *text, struct collect *c)
{
	if (c->ld.found)
		return;
	/* CDATA and comment markers some pages wrap the data in */
	while (*text == ' ' || *text == '\n' || *text == '\t' || *text == '\r')
		text++;
	if (strncmp(text, "<![CDATA[", 9) == 0)
		text += 9;
	else if (strncmp(text, "<!--", 4) == 0)
		text += 4;
	json_error_t err;
	json_t *root = json_loads(text, JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK, &err);
	if (!root)
		return;
	json_t *o = root;
	if (json_is_array(o)) {
		size_t i;
		json_t *v;
		json_t *found = NULL;
		json_array_foreach(root, i, v)
			if (!found && json_is_object(v) && has_article_type(v))
				found = v;
		o = found;
	}
	if (!json_is_object(o))
		goto done;
	json_t *ctx = json_object_get(o, "@context");
	if (!(json_is_string(ctx) && schema_org(json_string_value(ctx))) &&
	    !(json_is_object(ctx) && schema_org(json_string_value(json_object_get(ctx, "@vocab")))))
		goto done;
	if (!json_object_get(o, "@type") && json_is_array(json_object_get(o, "@graph"))) {
		size_t i;
		json_t *v, *found = NULL;
		json_array_foreach(json_object_get(o, "@graph"), i, v)
			if (!found && json_is_object(v) && has_article_type(v))
				found = v;
		o = found;
	}
	if (!json_is_object(o) || !has_article_type(o))
		goto done;
	c->ld.found = true;
	json_t *name = json_object_get(o, "name"), *headline = json_object_get(o, "headline");
	const char *ns = json_string_value(name), *hs = json_string_value(headline);
	if (ns && hs && strcmp(ns, hs) != 0) {
		/* some sites put their own name in "name": take the one that
		 * matches the document's title */
		char *title = title_from_document(c->d, c->doc_title);
		bool nm = title && text_similarity(ns, title) > 0.75;
		bool hm = title && text_similarity(hs, title) > 0.75;
		free(title);
		set(&c->ld.title, hm && !nm ? hs : ns, strlen(hm && !nm ? hs : ns));
	} else if (ns) {
		set(&c->ld.title, ns, strlen(ns));
	} else if (hs) {
		set(&c->ld.title, hs, strlen(hs));
	}
	json_t *author = json_object_get(o, "author");
	if (json_is_object(author) && json_is_string(json_object_get(author, "name"))) {
		const char *a = json_string_value(json_object_get(author, "name"));
		set(&c->ld.byline, a, strlen(a));
	} else if (json_is_array(author)) {
		struct buf b = BUF_INIT;
		size_t i;
		json_t *v;
		json_array_foreach(author, i, v) {
			const char *a = json_is_object(v) ? json_string_value(json_object_get(v, "name")) :
					json_string_value(v);
			if (!a || !*a)
				continue;
			if (b.len)
				buf_puts(&b, ", ");
			buf_puts(&b, a);
		}
		if (b.len)
			set(&c->ld.byline, b.data, b.len);
		buf_free(&b);
	} else if (json_is_string(author) && !url_is_http(json_string_value(author))) {
		set(&c->ld.byline, json_string_value(author), json_string_length(author));
	}
	json_t *desc = json_object_get(o, "description");
	if (json_is_string(desc))
		set(&c->ld.excerpt, json_string_value(desc), json_string_length(desc));
	json_t *pub = json_object_get(o, "publisher");
	if (json_is_object(pub) && json_is_string(json_object_get(pub, "name"))) {
		const char *s = json_string_value(json_object_get(pub, "name"));
		set(&c->ld.site, s, strlen(s));
	}
	json_t *date = json_object_get(o, "datePublished");
	if (json_is_string(date))
		set(&c->ld.published, json_string_value(date), json_string_length(date));
done:
	json_decref(root);
}

/* ---- <meta> ---- */

static void meta_set(struct collect *c, const char *key, size_t kl, const char *content)
{
	for (int k = 0; k < M_COUNT; k++)
		if (strlen(meta_names[k]) == kl && strncasecmp(meta_names[k], key, kl) == 0) {
			set(&c->meta[k], content, strlen(content));
			return;
		}
}

static bool is_blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f';
}

/* property="og:title": the first "(article|dc|dcterm|og|twitter):(author|
 * creator|description|published_time|title|site_name)" in the list. */
static bool meta_property(struct collect *c, const char *prop, const char *content)
{
	static const char *const prefixes[] = { "article", "dc", "dcterm", "og", "twitter" };
	static const char *const names[] = {
		"author", "creator", "description", "published_time", "title", "site_name",
	};
	for (const char *p = prop; *p; p++) {
		for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
			size_t pl = strlen(prefixes[i]);
			if (strncasecmp(p, prefixes[i], pl) != 0)
				continue;
			if (p > prop && (((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z')))
				continue;
			const char *q = p + pl;
			while (is_blank(*q))
				q++;
			if (*q != ':')
				continue;
			q++;
			while (is_blank(*q))
				q++;
			for (size_t j = 0; j < sizeof names / sizeof *names; j++) {
				size_t nl = strlen(names[j]);
				if (strncasecmp(q, names[j], nl) != 0)
					continue;
				char key[48];
				snprintf(key, sizeof key, "%s:%s", prefixes[i], names[j]);
				for (char *k = key; *k; k++)
					*k = (char)(*k >= 'A' && *k <= 'Z' ? *k | 0x20 : *k);
				/* article:author is often a profile URL */
				if (!strcmp(key, "article:author") && url_is_http(content))
					return true;
				meta_set(c, key, strlen(key), content);
				return true;
			}
		}
	}
	return false;
}

/* name="DC.title", "parsely-title", "author", "twitter:title"… */
static void meta_name(struct collect *c, const char *name, const char *content)
{
	char key[64];
	size_t n = 0;
	for (const char *p = name; *p && n + 1 < sizeof key; p++) {
		if (is_blank(*p))
			continue;
		key[n++] = *p == '.' ? ':' : (char)(*p >= 'A' && *p <= 'Z' ? *p | 0x20 : *p);
	}
	key[n] = '\0';
	/* dc-title and dc.title are dc:title */
	if (!strncmp(key, "dc-", 3) || !strncmp(key, "og-", 3))
		key[2] = ':';
	else if (!strncmp(key, "dcterm-", 7))
		key[6] = ':';
	else if (!strncmp(key, "dcterms:", 8)) {
		memmove(key + 6, key + 7, strlen(key + 7) + 1);
	}
	if (!strcmp(key, "pubdate") || !strcmp(key, "publish-date") || !strcmp(key, "date") ||
	    !strcmp(key, "dc:date:issued") || !strcmp(key, "dcterm:created") ||
	    !strcmp(key, "sailthru:date"))
		strcpy(key, "dc:date");
	meta_set(c, key, strlen(key), content);
}

static void meta_tag(const struct xnode *x, struct collect *c)
{
	const char *content = dom_attr(x, "content");
	if (!content || !*content)
		return;
	const char *prop = dom_attr(x, "property");
	bool matched = prop && meta_property(c, prop, content);
	if (prop && !matched && !strcasecmp(prop, "og:url"))
		meta_set(c, "og:url", 6, content);
	const char *name = dom_attr(x, "name");
	if (!matched && name)
		meta_name(c, name, content);
	const char *ip = dom_attr(x, "itemprop");
	if (ip && !strcasecmp(ip, "datePublished"))
		meta_set(c, "datepublished", 13, content);
	if (ip && !strcasecmp(ip, "author") && !url_is_http(content))   /* microdata */
		meta_set(c, "itemprop:author", 15, content);
	const char *he = dom_attr(x, "http-equiv");
	if (he && !strcasecmp(he, "content-language"))
		set_if_empty(&c->lang, content, strlen(content));
}

/* ---- byline markup in the body ---- */

static char *strip_by(char *s);

/* Inside a byline, the element that holds just the name: a link to the
 * author's page, or what microdata marks as the name. */
static int32_t byline_name(const struct xdoc *d, int32_t i)
{
	static const char *const paths[] = {
		"/author", "/by/", "/people/", "/profile", "/staff/", "/autor", "/auteur",
	};
	for (int32_t k = i + 1; k < d->n[i].end; k++) {
		const struct xnode *x = &d->n[k];
		if (x->flags & XN_TEXT)
			continue;
		const char *rel = dom_attr(x, "rel"), *ip = dom_attr(x, "itemprop");
		if ((rel && !strcasecmp(rel, "author")) || (ip && (strstr(ip, "name") || strstr(ip, "author"))))
			return k;
		const char *href = x->tag == GUMBO_TAG_A ? dom_attr(x, "href") : NULL;
		for (size_t p = 0; href && p < sizeof paths / sizeof *paths; p++)
			if (strstr(href, paths[p]))
				return k;
	}
	return -1;
}

static bool month_or_number(const char *w)
{
	static const char *const days[] = {
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon,", "tue,", "wed,", "thu,", "fri,", "sat,", "sun,", "updated", "published",
		"posted", "last updated",
	};
	for (size_t i = 0; i < sizeof days / sizeof *days; i++)
		if (!strncasecmp(w, days[i], strlen(days[i])))
			return true;
	static const char *const months[] = {
		"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	};
	if (*w >= '0' && *w <= '9')
		return true;
	size_t l = strcspn(w, " ,.");
	for (size_t i = 0; i < sizeof months / sizeof *months; i++)
		if (l >= 3 && !strncasecmp(w, months[i], 3) &&
		    (l == 3 || !strncasecmp(w, "january", l) || !strncasecmp(w, "february", l) ||
		     !strncasecmp(w, "march", l) || !strncasecmp(w, "april", l) ||
		     !strncasecmp(w, "june", l) || !strncasecmp(w, "july", l) ||
		     !strncasecmp(w, "august", l) || !strncasecmp(w, "september", l) ||
		     !strncasecmp(w, "october", l) || !strncasecmp(w, "november", l) ||
		     !strncasecmp(w, "december", l)))
			return true;
	return false;
}

/* "Jane Doe - Apr 16, 2015 8:02 pm" → "Jane Doe": a byline's name ends
 * at a separator, a date or a time, or a handle. */
static void trim_byline(char *s)
{
	static const char *const seps[] = {
		" \xE2\x80\xA2 ", " | ", " \xC2\xB7 ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ",
	};
	for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
		char *p = strstr(s, seps[i]);
		if (p && p > s)
			*p = '\0';
	}
	int words = 0;
	for (char *p = s; *p;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (words >= 2 && (month_or_number(p) || *p == '@')) {
			while (p > s && p[-1] == ' ')
				p--;
			*p = '\0';
			break;
		}
		words++;
		p += strcspn(p, " ");
	}
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '|'))
		s[--n] = '\0';
}

char *metadata_byline(const struct xdoc *d, int32_t node)
{
	if (node < 0)
		return NULL;
	char buf[256];
	int32_t name = byline_name(d, node);
	/* the byline was dropped: read its text whatever its state */
	size_t n = name >= 0 ? dom_text_all(d, name, buf, sizeof buf) : 0;
	if (n < 2)
		n = dom_text_all(d, node, buf, sizeof buf);
	if (n == 0 || utf8_length(buf, n) >= 100)
		return NULL;
	char *c = clean(buf, n);
	if (!c)
		return NULL;
	c = strip_by(c);
	trim_byline(c);
	/* a dateline is no author */
	if (!*c || month_or_number(c)) {
		free(c);
		return NULL;
	}
	return c;
}

/* ---- dates ---- */

static bool digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* A date as the page gave it when it starts like ISO 8601 (YYYY-MM-DD). */
static char *iso_date(const char *s)
{
	if (!s)
		return NULL;
	if (strlen(s) >= 10 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2) &&
	    s[7] == '-' && digits(s + 8, 2))
		return strdup(s);
	return NULL;
}

/* ---- putting it together ---- */

static char *first_of(char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (v[i])
			return strdup(v[i]);
	return NULL;
}

/* "By Jane Doe" → "Jane Doe", in the languages news sites use */
static char *strip_by(char *s)
{
	static const char *const by[] = { "by", "par", "por", "von", "door" };
	if (!s)
		return NULL;
	for (size_t i = 0; i < sizeof by / sizeof *by; i++) {
		size_t l = strlen(by[i]);
		if (strncasecmp(s, by[i], l) != 0 || (s[l] != ' ' && s[l] != ':'))
			continue;
		const char *rest = s + l + 1;
		while (*rest == ' ')
			rest++;
		/* only before a name */
		if (!*rest || (*rest >= 'a' && *rest <= 'z'))
			break;
		char *t = text_clean(rest, strlen(rest), true);
		if (t) {
			free(s);
			return t;
		}
		break;
	}
	return s;
}

int metadata_collect(const struct xdoc *d, struct xmeta *m)
{
	struct collect c;
	memset(&c, 0, sizeof c);
	c.d = d;
	const char *lang = dom_attr(&d->n[d->html], "lang");
	if (lang)
		set(&c.lang, lang, strlen(lang));
	/* <title> first: JSON-LD needs it to choose between name and headline */
	for (size_t i = 0; i < d->count && !c.doc_title; i++) {
		const struct xnode *x = &d->n[i];
		if (!(x->flags & XN_TEXT) && x->tag == GUMBO_TAG_TITLE) {
			struct buf b = BUF_INIT;
			for (int32_t k = (int32_t)i + 1; k < x->end; k++)
				if (d->n[k].flags & XN_TEXT)
					buf_puts(&b, d->n[k].g->v.text.text);
			c.doc_title = b.data ? text_clean(b.data, b.len, true) : NULL;
			buf_free(&b);
		}
	}
	for (size_t i = 0; i < d->count; i++) {
		const struct xnode *x = &d->n[i];
		if (x->flags & XN_TEXT)
			continue;
		switch (x->tag) {
		case GUMBO_TAG_META:
			meta_tag(x, &c);
			break;
		case GUMBO_TAG_LINK: {
			const char *rel = dom_attr(x, "rel"), *href = dom_attr(x, "href");
			if (rel && href && strcasecmp(rel, "canonical") == 0)
				set_if_empty(&c.canonical, href, strlen(href));
			break;
		}
		case GUMBO_TAG_BASE: {
			const char *href = dom_attr(x, "href");
			if (href)
				set_if_empty(&c.base, href, strlen(href));
			break;
		}
		case GUMBO_TAG_SCRIPT: {
			const char *type = dom_attr(x, "type");
			GumboVector *kids = &x->g->v.element.children;
			if (type && strcasecmp(type, "application/ld+json") == 0 && kids->length > 0 &&
			    ((GumboNode *)kids->data[0])->type == GUMBO_NODE_TEXT)
				jsonld_script(((GumboNode *)kids->data[0])->v.text.text, &c);
			break;
		}
		case GUMBO_TAG_TIME: {
			const char *dt = dom_attr(x, "datetime");
			const char *pd = dom_attr(x, "pubdate");
			const char *ip = dom_attr(x, "itemprop");
			/* the one marked as the publication date, else the first */
			if (dt && (pd || (ip && !strcasecmp(ip, "datePublished")))) {
				free(c.time);
				c.time = NULL;
				set(&c.time, dt, strlen(dt));
			} else if (dt) {
				set_if_empty(&c.time, dt, strlen(dt));
			}
			break;
		}
		default:
			break;
		}
	}
	memset(m, 0, sizeof m[0]);
	char *const titles[] = {
		c.ld.title, c.meta[M_DC_TITLE], c.meta[M_DCTERM_TITLE], c.meta[M_OG_TITLE],
		c.meta[M_WEIBO_ARTICLE_TITLE], c.meta[M_WEIBO_WEBPAGE_TITLE], c.meta[M_TITLE],
		c.meta[M_TWITTER_TITLE], c.meta[M_PARSELY_TITLE],
	};
	m->title = first_of(titles, sizeof titles / sizeof *titles);
	if (!m->title)
		m->title = title_from_document(d, c.doc_title);
	char *const authors[] = {
		c.ld.byline, c.meta[M_DC_CREATOR], c.meta[M_DCTERM_CREATOR], c.meta[M_AUTHOR],
		c.meta[M_PARSELY_AUTHOR], c.meta[M_ITEMPROP_AUTHOR],
	};
	m->author = strip_by(first_of(authors, sizeof authors / sizeof *authors));
	/* the last resorts: an article:author that is not a URL, a
	 * twitter:creator that is a name rather than a @handle */
	const char *tc = c.meta[M_TWITTER_CREATOR];
	if (tc && (tc[0] == '@' || url_is_http(tc)))
		tc = NULL;
	const char *last = c.meta[M_ARTICLE_AUTHOR] ? c.meta[M_ARTICLE_AUTHOR] : tc;
	m->author_link = last ? strdup(last) : NULL;
	char *const excerpts[] = {
		c.ld.excerpt, c.meta[M_DC_DESCRIPTION], c.meta[M_DCTERM_DESCRIPTION],
		c.meta[M_OG_DESCRIPTION], c.meta[M_WEIBO_ARTICLE_DESCRIPTION],
		c.meta[M_WEIBO_WEBPAGE_DESCRIPTION], c.meta[M_DESCRIPTION], c.meta[M_TWITTER_DESCRIPTION],
	};
	m->excerpt = first_of(excerpts, sizeof excerpts / sizeof *excerpts);
	char *const sites[] = { c.ld.site, c.meta[M_OG_SITE_NAME] };
	m->site = first_of(sites, 2);
	char *const dates[] = {
		c.ld.published, c.meta[M_ARTICLE_PUBLISHED_TIME], c.meta[M_PARSELY_PUB_DATE],
		c.meta[M_DATE_PUBLISHED], c.meta[M_DC_DATE], c.time,
	};
	for (size_t i = 0; i < sizeof dates / sizeof *dates && !m->published; i++)
		m->published = iso_date(dates[i]);
	m->lang = c.lang;
	m->canonical = c.canonical ? c.canonical : c.meta[M_OG_URL] ? strdup(c.meta[M_OG_URL]) : NULL;
	m->base = c.base;
	m->doc_title = c.doc_title;
	for (int k = 0; k < M_COUNT; k++)
		free(c.meta[k]);
	free(c.ld.title);
	free(c.ld.byline);
	free(c.ld.excerpt);
	free(c.ld.site);
	free(c.ld.published);
	free(c.time);
	return 0;
}

void metadata_free(struct xmeta *m)
{
	free(m->title);
	free(m->author);
	free(m->published);
	free(m->site);
	free(m->lang);
	free(m->canonical);
	free(m->excerpt);
	free(m->author_link);
	free(m->doc_title);
	free(m->base);
	memset(m, 0, sizeof m[0]);
}
