/* html.c — the markup guard and the gumbo parse. */
#include <config.h>

#include "html.h"
#include "buf.h"
#include "i18n.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool is_alpha(char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Elements whose content is text up to their end tag. */
static bool raw_text(const char *n, size_t l)
{
	static const char *const names[] = {
		"script", "style", "textarea", "title", "xmp", "iframe",
		"noembed", "noframes", "plaintext",
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strlen(names[i]) == l && strncasecmp(names[i], n, l) == 0)
			return true;
	return false;
}

static bool void_element(const char *n, size_t l)
{
	static const char *const names[] = {
		"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
		"meta", "param", "source", "track", "wbr", "keygen", "basefont",
		"bgsound", "frame", "image",
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strlen(names[i]) == l && strncasecmp(names[i], n, l) == 0)
			return true;
	return false;
}

/* Elements that a new one of the same name closes (<p>, <li>, <a>…). */
static bool self_closing_sibling(const char *n, size_t l)
{
	static const char *const names[] = {
		"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "a",
		"rb", "rt", "rp", "rtc", "thead", "tbody", "tfoot", "nobr", "button",
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strlen(names[i]) == l && strncasecmp(names[i], n, l) == 0)
			return true;
	return false;
}

static uint32_t name_hash(const char *n, size_t l)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < l; i++)
		h = (h ^ (uint32_t)(unsigned char)(n[i] | 0x20)) * 16777619u;
	return h;
}

/* Find needle (lower case) in s[from..len) ignoring ASCII case. */
static size_t find_ci(const char *s, size_t len, size_t from, const char *needle)
{
	size_t nl = strlen(needle);
	if (!is_alpha(needle[0])) {
		/* "</", "-->", ">": memchr finds the first character fast */
		for (size_t i = from; i + nl <= len;) {
			const char *c = memchr(s + i, needle[0], len - i - nl + 1);
			if (!c)
				return len;
			i = (size_t)(c - s);
			if (strncasecmp(s + i, needle, nl) == 0)
				return i;
			i++;
		}
		return len;
	}
	for (size_t i = from; i + nl <= len; i++)
		if ((s[i] | 0x20) == needle[0] && strncasecmp(s + i, needle, nl) == 0)
			return i;
	return len;
}

/* End of a tag starting at i (just past the name): the index after '>',
 * counting attributes and noting a self-closing slash. */
static size_t tag_end(const char *s, size_t len, size_t i, size_t *attrs, bool *selfclose)
{
	*attrs = 0;
	*selfclose = false;
	while (i < len) {
		while (i < len && (is_space(s[i]) || s[i] == '/')) {
			*selfclose = s[i] == '/';
			i++;
		}
		if (i >= len)
			return len;
		if (s[i] == '>')
			return i + 1;
		*selfclose = false;
		(*attrs)++;
		while (i < len && !is_space(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=')
			i++;
		while (i < len && is_space(s[i]))
			i++;
		if (i < len && s[i] == '=') {
			i++;
			while (i < len && is_space(s[i]))
				i++;
			if (i < len && (s[i] == '"' || s[i] == '\'')) {
				char q = s[i++];
				while (i < len && s[i] != q)
					i++;
				if (i < len)
					i++;
			} else {
				while (i < len && !is_space(s[i]) && s[i] != '>')
					i++;
			}
		}
	}
	return len;
}

/* The start tag at i ("<name ..."): its name, how many attributes it
 * has, whether it closes itself; returns the index after its '>'. */
static size_t start_tag(const char *s, size_t len, size_t i, const char **name, size_t *nl,
			size_t *attrs, bool *selfclose)
{
	size_t n0 = i + 1, n1 = n0;
	while (n1 < len && !is_space(s[n1]) && s[n1] != '/' && s[n1] != '>')
		n1++;
	*name = s + n0;
	*nl = n1 - n0;
	return tag_end(s, len, n1, attrs, selfclose);
}

/* Where the end tag of raw-text element name (nl bytes) begins, from i. */
static size_t raw_end(const char *s, size_t len, size_t i, const char *name, size_t nl)
{
	for (;;) {
		size_t e = find_ci(s, len, i, "</");
		if (e >= len)
			return len;
		if (e + 2 + nl <= len && strncasecmp(s + e + 2, name, nl) == 0 &&
		    (e + 2 + nl == len || is_space(s[e + 2 + nl]) || s[e + 2 + nl] == '>' ||
		     s[e + 2 + nl] == '/'))
			return e;
		i = e + 2;
	}
}

static bool named(const char *n, size_t l, const char *name)
{
	return strlen(name) == l && strncasecmp(n, name, l) == 0;
}

static bool contains_ci(const char *s, size_t len, const char *needle)
{
	return find_ci(s, len, 0, needle) < len;
}

/* The rest of a rewritten copy, from what was not copied yet; the copy
 * to *out. Returns 0, or -1 when out of memory. */
static int finish_copy(struct buf *b, const char *rest, size_t n, char **out, size_t *out_len)
{
	buf_append(b, rest, n);
	if (b->failed) {
		buf_free(b);
		return -1;
	}
	*out_len = b->len;
	*out = buf_steal(b);
	return *out ? 0 : -1;
}

/* One walk over the markup for both rewrites: with guard, start tags
 * nested too deep or with too many attributes are dropped (counted in
 * *dropped); with quiet, scripts and style sheets are emptied (counted in
 * *emptied). The rewritten copy goes to *out, NULL when nothing changed.
 * Returns 0, or -1 when out of memory. */
static int rewrite(const char *s, size_t len, bool guard, bool quiet, char **out, size_t *out_len,
		   long *dropped, long *emptied)
{
	uint32_t stack[HTML_MAX_DEPTH];
	size_t depth = 0, copied = 0;
	struct buf b = BUF_INIT;
	size_t i = 0;

	*out = NULL;
	*out_len = 0;
	*dropped = *emptied = 0;
	while (i < len) {
		const char *lt = memchr(s + i, '<', len - i);
		if (!lt)
			break;
		i = (size_t)(lt - s);
		if (i + 1 >= len)
			break;
		char c = s[i + 1];
		if (c == '!' && i + 4 <= len && s[i + 2] == '-' && s[i + 3] == '-') {
			size_t e = find_ci(s, len, i + 4, "-->");
			i = e < len ? e + 3 : len;
			continue;
		}
		if (c == '!' || c == '?') {
			const char *gt = memchr(s + i, '>', len - i);
			i = gt ? (size_t)(gt - s) + 1 : len;
			continue;
		}
		if (c == '/' && i + 2 < len && is_alpha(s[i + 2])) {
			size_t n0 = i + 2, n1 = n0;
			while (n1 < len && !is_space(s[n1]) && s[n1] != '/' && s[n1] != '>')
				n1++;
			uint32_t h = name_hash(s + n0, n1 - n0);
			size_t stop = depth > 128 ? depth - 128 : 0;
			for (size_t k = depth; k > stop; k--)
				if (stack[k - 1] == h) {
					depth = k - 1;
					break;
				}
			const char *gt = memchr(s + n1, '>', len - n1);
			i = gt ? (size_t)(gt - s) + 1 : len;
			continue;
		}
		if (!is_alpha(c)) {
			i++;
			continue;
		}
		const char *name;
		size_t nl, attrs;
		bool selfclose;
		size_t end = start_tag(s, len, i, &name, &nl, &attrs, &selfclose);
		bool drop = guard && attrs > HTML_MAX_ATTRS;
		if (guard && !drop && !selfclose && !void_element(name, nl)) {
			uint32_t h = name_hash(name, nl);
			if (self_closing_sibling(name, nl)) {
				size_t stop = depth > 4 ? depth - 4 : 0;
				for (size_t k = depth; k > stop; k--)
					if (stack[k - 1] == h) {
						depth = k - 1;
						break;
					}
			}
			if (depth >= HTML_MAX_DEPTH)
				drop = true;
			else
				stack[depth++] = h;
		}
		if (drop) {
			buf_append(&b, s + copied, i - copied);
			copied = end;
			(*dropped)++;
		}
		i = end;
		if (drop || !raw_text(name, nl))
			continue;
		/* to the matching end tag; a script (not JSON-LD, which is
		 * metadata, nor one with "<!--" in it, whose end is not simply
		 * the first "</script") or a style sheet emptied on the way */
		size_t e = raw_end(s, len, end, name, nl);
		if (quiet && e > end && e < len &&
		    (named(name, nl, "style") ||
		     (named(name, nl, "script") && !contains_ci(lt, end - (size_t)(lt - s), "ld+json") &&
		      !contains_ci(s + end, e - end, "<!--")))) {
			buf_append(&b, s + copied, end - copied);
			copied = e;
			(*emptied)++;
		}
		i = e;
	}
	if (*dropped == 0 && *emptied == 0)
		return 0;
	return finish_copy(&b, s + copied, len - copied, out, out_len);
}

long html_guard(const char *s, size_t len, char **out, size_t *out_len)
{
	long dropped, emptied;
	return rewrite(s, len, true, false, out, out_len, &dropped, &emptied) < 0 ? -1 : dropped;
}

long html_quiet(const char *s, size_t len, char **out, size_t *out_len)
{
	long dropped, emptied;
	return rewrite(s, len, false, true, out, out_len, &dropped, &emptied) < 0 ? -1 : emptied;
}

/* gumbo does not check its allocations; running out of memory inside the
 * parser cannot be recovered from, so say so and stop. */
static void *gumbo_alloc(void *userdata, size_t size)
{
	(void)userdata;
	void *p = malloc(size ? size : 1);
	if (!p) {
		fprintf(stderr, "lede: %s\n", _("out of memory while parsing"));
		exit(1);
	}
	return p;
}

static void gumbo_dealloc(void *userdata, void *p)
{
	(void)userdata;
	free(p);
}

static GumboOptions parse_options(void)
{
	GumboOptions o = kGumboDefaultOptions;
	o.allocator = gumbo_alloc;
	o.deallocator = gumbo_dealloc;
	o.max_errors = 0;       /* each recorded error copies the open-element stack */
	return o;
}

/* Numeric character references beyond Unicode ("&#xFFFFFFFF;",
 * "&#4294967323;") are U+FFFD by the HTML standard; gumbo wraps them
 * round to other characters (ESC, "&"), so they are written as "&#xFFFD;"
 * first. The copy goes to *out, NULL when there are none. Returns 0, or
 * -1 when out of memory. */
static int fix_char_refs(const char *s, size_t len, char **out, size_t *out_len)
{
	struct buf b = BUF_INIT;
	size_t copied = 0;
	*out = NULL;
	for (const char *p = s; (p = memchr(p, '&', len - (size_t)(p - s))) != NULL; p++) {
		size_t i = (size_t)(p - s) + 1;
		if (i >= len || s[i] != '#')
			continue;
		i++;
		bool hex = i < len && (s[i] == 'x' || s[i] == 'X');
		if (hex)
			i++;
		size_t d0 = i;
		uint64_t v = 0;
		bool over = false;
		while (i < len && ((s[i] >= '0' && s[i] <= '9') ||
				   (hex && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'f')))) {
			unsigned dv = s[i] <= '9' ? (unsigned)(s[i] - '0') : (unsigned)((s[i] | 0x20) - 'a' + 10);
			if (!over)
				v = v * (hex ? 16 : 10) + dv;
			over = over || v > 0x10FFFF;
			i++;
		}
		if (i == d0 || !over)
			continue;
		if (i < len && s[i] == ';')
			i++;
		buf_append(&b, s + copied, (size_t)(p - s) - copied);
		buf_puts(&b, "&#xFFFD;");
		copied = i;
		p = s + i - 1;
	}
	if (copied == 0)
		return 0;
	return finish_copy(&b, s + copied, len - copied, out, out_len);
}

int html_parse(const char *utf8, size_t len, struct html_doc *doc)
{
	memset(doc, 0, sizeof *doc);
	char *markup, *fixed;
	size_t mlen, flen;
	long dropped, emptied;
	if (fix_char_refs(utf8, len, &fixed, &flen) < 0)
		return -1;
	if (fixed) {
		utf8 = fixed;
		len = flen;
	}
	if (rewrite(utf8, len, true, true, &markup, &mlen, &dropped, &emptied) < 0) {
		free(fixed);
		return -1;
	}
	if (fixed && !markup) {
		markup = fixed;
		mlen = flen;
	} else {
		free(fixed);
	}
	if (markup) {
		doc->markup = markup;
		doc->dropped_tags = (size_t)dropped;
		utf8 = markup;
		len = mlen;
	}
	GumboOptions o = parse_options();
	doc->output = gumbo_parse_with_options(&o, utf8, len);
	if (!doc->output) {
		free(doc->markup);
		doc->markup = NULL;
		return -1;
	}
	return 0;
}

void html_free(struct html_doc *doc)
{
	if (doc->output) {
		GumboOptions o = parse_options();
		gumbo_destroy_output(&o, doc->output);
	}
	free(doc->markup);
	memset(doc, 0, sizeof *doc);
}
