/* metadata.c — title, author, date, site and language from what the page
 * says about itself: JSON-LD (schema.org), OpenGraph, Dublin Core, <meta>,
 * <title>, <html lang>, <link rel=canonical>, and byline markup. */
#include <config.h>

#include "internal.h"
#include "../text.h"
#include "../url.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Where a value came from decides which wins: lower is better. */
struct field {
	char *value;
	int rank;
};

static void field_offer(struct field *f, const char *v, size_t len, int rank)
{
	if (!v || (f->value && f->rank <= rank))
		return;
	char *c = text_clean(v, len, true);
	if (!c)
		return;
	free(f->value);
	f->value = c;
	f->rank = rank;
}

struct collect {
	struct field title, author, published, site, lang, canonical, og_title, base;
	char *doc_title;
};

static const char *node_text(const struct xnode *x)
{
	/* the text child of <title>, <script> */
	GumboVector *k = &x->g->v.element.children;
	if (k->length == 0)
		return NULL;
	GumboNode *c = k->data[0];
	if (c->type != GUMBO_NODE_TEXT && c->type != GUMBO_NODE_WHITESPACE &&
	    c->type != GUMBO_NODE_CDATA)
		return NULL;
	return c->v.text.text;
}

/* ---- JSON-LD ---- */

static bool article_type(const char *t)
{
	static const char *const types[] = {
		"Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle",
		"AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
		"ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle",
		"ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting",
		"BlogPosting", "LiveBlogPosting", "DiscussionForumPosting", "TechArticle",
		"APIReference",
	};
	for (size_t i = 0; i < sizeof types / sizeof *types; i++)
		if (strcmp(t, types[i]) == 0)
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

static const char *json_name(json_t *v)
{
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_object(v)) {
		json_t *n = json_object_get(v, "name");
		if (json_is_string(n))
			return json_string_value(n);
	}
	return NULL;
}

static void authors_from_json(json_t *a, struct buf *out)
{
	if (json_is_array(a)) {
		size_t i;
		json_t *v;
		json_array_foreach(a, i, v)
			authors_from_json(v, out);
		return;
	}
	const char *n = json_name(a);
	if (!n || !*n || url_is_http(n))
		return;
	if (out->len)
		buf_puts(out, ", ");
	buf_puts(out, n);
}

static void jsonld_article(json_t *o, struct collect *c)
{
	json_t *h = json_object_get(o, "headline");
	json_t *n = json_object_get(o, "name");
	const char *title = json_is_string(h) ? json_string_value(h) :
			    json_is_string(n) ? json_string_value(n) : NULL;
	if (title)
		field_offer(&c->title, title, strlen(title), 10);
	struct buf a = BUF_INIT;
	authors_from_json(json_object_get(o, "author"), &a);
	if (a.len)
		field_offer(&c->author, a.data, a.len, 10);
	buf_free(&a);
	json_t *d = json_object_get(o, "datePublished");
	if (json_is_string(d))
		field_offer(&c->published, json_string_value(d), json_string_length(d), 10);
	const char *site = json_name(json_object_get(o, "publisher"));
	if (site)
		field_offer(&c->site, site, strlen(site), 10);
	json_t *l = json_object_get(o, "inLanguage");
	if (json_is_string(l))
		field_offer(&c->lang, json_string_value(l), json_string_length(l), 30);
}

static void jsonld_walk(json_t *v, struct collect *c, int depth)
{
	if (depth > 8)
		return;
	if (json_is_array(v)) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e)
			jsonld_walk(e, c, depth + 1);
		return;
	}
	if (!json_is_object(v))
		return;
	if (has_article_type(v))
		jsonld_article(v, c);
	json_t *g = json_object_get(v, "@graph");
	if (g)
		jsonld_walk(g, c, depth + 1);
	json_t *m = json_object_get(v, "mainEntity");
	if (m)
		jsonld_walk(m, c, depth + 1);
}

static void jsonld(const char *s, struct collect *c)
{
	/* some pages wrap the data in a comment or CDATA marker */
	while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')
		s++;
	if (strncmp(s, "<!--", 4) == 0)
		s += 4;
	json_error_t err;
	json_t *v = json_loads(s, JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK, &err);
	if (!v)
		return;
	jsonld_walk(v, c, 0);
	json_decref(v);
}

/* ---- <meta> ---- */

static void meta_tag(const struct xnode *x, struct collect *c)
{
	const char *content = dom_attr(x, "content");
	if (!content || !*content)
		return;
	size_t cl = strlen(content);
	const char *keys[3] = { dom_attr(x, "property"), dom_attr(x, "name"), dom_attr(x, "itemprop") };
	for (int k = 0; k < 3; k++) {
		const char *key = keys[k];
		if (!key)
			continue;
		/* property may list several, separated by spaces */
		for (const char *p = key; *p;) {
			while (*p == ' ')
				p++;
			size_t n = strcspn(p, " ");
			if (n == 0)
				break;
			char name[64];
			if (n < sizeof name) {
				for (size_t i = 0; i < n; i++)
					name[i] = (char)((p[i] >= 'A' && p[i] <= 'Z') ? p[i] | 0x20 : p[i]);
				name[n] = '\0';
				/* dc.title, dc:title, dcterm:title are one key */
				for (char *q = name; *q; q++)
					if (*q == '.')
						*q = ':';
				if (!strcmp(name, "dc:title") || !strcmp(name, "dcterm:title") ||
				    !strcmp(name, "dcterms:title"))
					field_offer(&c->title, content, cl, 20);
				else if (!strcmp(name, "og:title"))
					field_offer(&c->og_title, content, cl, 30);
				else if (!strcmp(name, "twitter:title"))
					field_offer(&c->og_title, content, cl, 40);
				else if (!strcmp(name, "title"))
					field_offer(&c->og_title, content, cl, 35);
				else if (!strcmp(name, "dc:creator") || !strcmp(name, "dcterm:creator") ||
					 !strcmp(name, "dcterms:creator"))
					field_offer(&c->author, content, cl, 20);
				else if (!strcmp(name, "author") || !strcmp(name, "parsely-author") ||
					 !strcmp(name, "sailthru:author") || !strcmp(name, "byl") ||
					 (!strcmp(name, "article:author") && !url_is_http(content)))
					field_offer(&c->author, content, cl, 30);
				else if (!strcmp(name, "article:published_time") ||
					 !strcmp(name, "datepublished") || !strcmp(name, "parsely-pub-date") ||
					 !strcmp(name, "og:published_time"))
					field_offer(&c->published, content, cl, 20);
				else if (!strcmp(name, "dc:date") || !strcmp(name, "dcterms:created") ||
					 !strcmp(name, "dc:date:issued") || !strcmp(name, "date") ||
					 !strcmp(name, "pubdate") || !strcmp(name, "publish-date") ||
					 !strcmp(name, "sailthru:date"))
					field_offer(&c->published, content, cl, 30);
				else if (!strcmp(name, "og:site_name"))
					field_offer(&c->site, content, cl, 20);
				else if (!strcmp(name, "application-name"))
					field_offer(&c->site, content, cl, 40);
				else if (!strcmp(name, "og:url"))
					field_offer(&c->canonical, content, cl, 20);
			}
			p += n;
		}
	}
	const char *he = dom_attr(x, "http-equiv");
	if (he && strcasecmp(he, "content-language") == 0)
		field_offer(&c->lang, content, cl, 20);
}

/* ---- byline markup in the body ---- */

static bool is_byline_node(const struct xnode *x)
{
	const char *rel = dom_attr(x, "rel");
	if (rel && strcasecmp(rel, "author") == 0)
		return true;
	const char *ip = dom_attr(x, "itemprop");
	if (ip && strstr(ip, "author"))
		return true;
	return ((x->cw_class | x->cw_id) & CW_BYLINE) != 0;
}

static void byline(const struct xdoc *d, int32_t i, struct collect *c)
{
	const struct xnode *x = &d->n[i];
	char buf[256];
	size_t n = dom_text(d, i, buf, sizeof buf);
	if (n == 0 || n >= 100 || x->st.chars >= 100)
		return;
	const char *s = buf;
	if (strncasecmp(s, "by ", 3) == 0)
		s += 3;
	field_offer(&c->author, s, strlen(s), 50);
}

/* ---- dates ---- */

static bool digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* An ISO 8601 date as the page gave it, when it starts like one. */
static char *iso_date(const char *s)
{
	if (!s)
		return NULL;
	if (strlen(s) >= 10 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2) &&
	    s[7] == '-' && digits(s + 8, 2))
		return strdup(s);
	return NULL;
}

/* ---- title ---- */

static size_t word_count(const char *s, size_t n)
{
	size_t w = 0;
	bool in = false;
	for (size_t i = 0; i < n; i++) {
		bool sp = s[i] == ' ';
		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

/* Separators between a title and its site: " | ", " - ", " – ", " — ",
 * " / ", " \ ", " > ", " » ". Returns the length of the separator at s[i]
 * (including its spaces) or 0. */
static size_t separator_at(const char *s, size_t n, size_t i)
{
	if (s[i] != ' ')
		return 0;
	static const char *const seps[] = {
		"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "/", "\\", ">", "\xC2\xBB",
	};
	for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
		size_t l = strlen(seps[k]);
		if (i + 1 + l < n && memcmp(s + i + 1, seps[k], l) == 0 && s[i + 1 + l] == ' ')
			return l + 2;
	}
	return 0;
}

char *title_clean(const char *doc_title, const char *site)
{
	if (!doc_title)
		return NULL;
	const char *s = doc_title;
	size_t n = strlen(s);
	size_t first = 0, first_len = 0, last = 0, last_len = 0;
	for (size_t i = 0; i < n; i++) {
		size_t l = separator_at(s, n, i);
		if (!l)
			continue;
		if (!first_len) {
			first = i;
			first_len = l;
		}
		last = i;
		last_len = l;
		i += l - 1;
	}
	if (!last_len)
		return strdup(s);
	/* the site's name on either end goes */
	if (site) {
		size_t sl = strlen(site);
		if (n - (last + last_len) == sl && strncasecmp(s + last + last_len, site, sl) == 0)
			return strndup(s, last);
		if (first == sl && strncasecmp(s, site, sl) == 0)
			return strdup(s + first + first_len);
	}
	/* else the part before the last separator, if it says enough */
	if (word_count(s, last) >= 3)
		return strndup(s, last);
	const char *after = s + first + first_len;
	if (word_count(after, strlen(after)) >= 3)
		return strdup(after);
	return strdup(s);
}

int metadata_collect(const struct xdoc *d, struct xmeta *m)
{
	struct collect c;
	memset(&c, 0, sizeof c);
	const char *lang = dom_attr(&d->n[d->html], "lang");
	if (lang)
		field_offer(&c.lang, lang, strlen(lang), 10);
	for (size_t i = 0; i < d->count; i++) {
		const struct xnode *x = &d->n[i];
		if (x->flags & XN_TEXT)
			continue;
		switch (x->tag) {
		case GUMBO_TAG_TITLE:
			if (!c.doc_title && node_text(x))
				c.doc_title = text_clean(node_text(x), strlen(node_text(x)), true);
			break;
		case GUMBO_TAG_META:
			meta_tag(x, &c);
			break;
		case GUMBO_TAG_LINK: {
			const char *rel = dom_attr(x, "rel"), *href = dom_attr(x, "href");
			if (rel && href && strcasecmp(rel, "canonical") == 0)
				field_offer(&c.canonical, href, strlen(href), 10);
			break;
		}
		case GUMBO_TAG_BASE: {
			const char *href = dom_attr(x, "href");
			if (href)
				field_offer(&c.base, href, strlen(href), 10);
			break;
		}
		case GUMBO_TAG_SCRIPT: {
			const char *type = dom_attr(x, "type");
			if (type && strcasecmp(type, "application/ld+json") == 0 && node_text(x))
				jsonld(node_text(x), &c);
			break;
		}
		default:
			if (!c.author.value && i > (size_t)d->body && is_byline_node(x) &&
			    !(x->flags & XN_DEAD)) {
				byline(d, (int32_t)i, &c);
				i = (size_t)x->end - 1;
			}
			break;
		}
	}
	memset(m, 0, sizeof *m);
	m->author = c.author.value;
	m->site = c.site.value;
	m->lang = c.lang.value;
	m->canonical = c.canonical.value;
	m->doc_title = c.doc_title;
	m->published = iso_date(c.published.value);
	free(c.published.value);
	m->title = c.title.value;
	m->og_title = c.og_title.value;
	if (!m->title && m->og_title)
		m->title = strdup(m->og_title);
	if (!m->title && m->doc_title)
		m->title = title_clean(m->doc_title, m->site);
	m->base = c.base.value;
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
	free(m->og_title);
	free(m->doc_title);
	free(m->base);
	memset(m, 0, sizeof *m);
}
