/* pipeline.c — the stages in order. */
#include <config.h>

#include "pipeline.h"
#include "buf.h"
#include "charset.h"
#include "extract/extract.h"
#include "analyze/analyze.h"
#include "html.h"
#include "i18n.h"
#include "sandbox.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A message to hand back; NULL (shown as "out of memory") if even that fails. */
static char *dup_msg(const char *s)
{
	return strdup(s);
}

/* JSON whatever its label says: an object or an array at the start, and
 * no markup near it ("{"a": [1, 2]}"). */
static bool looks_like_json(const char *d, size_t n)
{
	size_t i = 0;
	if (n >= 3 && !memcmp(d, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n && (d[i] == ' ' || d[i] == '\t' || d[i] == '\r' || d[i] == '\n'))
		i++;
	if (i >= n || (d[i] != '{' && d[i] != '['))
		return false;
	size_t j = i + 1;
	while (j < n && (d[j] == ' ' || d[j] == '\t' || d[j] == '\r' || d[j] == '\n'))
		j++;
	if (j >= n || !strchr(d[i] == '{' ? "\"}" : "\"{[]-0123456789tfn", d[j]))
		return false;
	size_t look = n - i < 1024 ? n - i : 1024;
	return memchr(d + i, '<', look) == NULL;
}

/* An RSS or Atom feed, however it is labelled: "<rss" or "<feed" among
 * the first elements, and no <html>. */
static bool looks_like_feed(const char *d, size_t n)
{
	size_t look = n < 1024 ? n : 1024;
	char head[1025];
	for (size_t i = 0; i < look; i++)
		head[i] = d[i] >= 'A' && d[i] <= 'Z' ? (char)(d[i] | 0x20) : d[i];
	head[look] = '\0';
	if (memchr(head, '\0', look))
		return false;
	return (strstr(head, "<rss") || strstr(head, "<feed") || strstr(head, "<rdf:rdf")) &&
	       !strstr(head, "<html");
}

const char *pipeline_not_html(const char *d, size_t n, const char *ct)
{
	const unsigned char *u = (const unsigned char *)d;
	if (n >= 5 && memcmp(d, "%PDF-", 5) == 0)
		return _("a PDF document");
	if (n >= 8 && memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0)
		return _("a PNG image");
	if (n >= 3 && u[0] == 0xFF && u[1] == 0xD8 && u[2] == 0xFF)
		return _("a JPEG image");
	if (n >= 6 && (memcmp(d, "GIF87a", 6) == 0 || memcmp(d, "GIF89a", 6) == 0))
		return _("a GIF image");
	if (n >= 12 && memcmp(d, "RIFF", 4) == 0 && memcmp(d + 8, "WEBP", 4) == 0)
		return _("a WebP image");
	if (n >= 4 && memcmp(d, "PK\x03\x04", 4) == 0)
		return _("a ZIP archive");
	if (n >= 2 && u[0] == 0x1F && u[1] == 0x8B)
		return _("gzip-compressed data");
	if (looks_like_json(d, n))
		return _("JSON data");
	if (looks_like_feed(d, n))
		return _("a news feed");
	if (!ct)
		return NULL;
	/* the media type without parameters */
	size_t tl = strcspn(ct, ";");
	while (tl > 0 && ct[tl - 1] == ' ')
		tl--;
#define IS(t) (tl == strlen(t) && strncasecmp(ct, t, tl) == 0)
	if (IS("text/html") || IS("application/xhtml+xml") || IS("application/xml") ||
	    IS("text/xml") || IS("application/octet-stream") || tl == 0)
		return NULL;
	if (IS("application/pdf"))
		return _("a PDF document");
	if (tl > 6 && strncasecmp(ct, "image/", 6) == 0)
		return _("an image");
	if (tl > 6 && strncasecmp(ct, "video/", 6) == 0)
		return _("a video");
	if (tl > 6 && strncasecmp(ct, "audio/", 6) == 0)
		return _("an audio file");
	if (IS("application/json") || (tl > 5 && strncasecmp(ct + tl - 5, "+json", 5) == 0))
		return _("JSON data");
	if (IS("text/plain"))
		return _("plain text");
	if (IS("text/css"))
		return _("a style sheet");
	if (IS("application/javascript") || IS("text/javascript"))
		return _("a script");
	if (IS("application/rss+xml") || IS("application/atom+xml"))
		return _("a news feed");
#undef IS
	return "";      /* the caller names the media type */
}

/* Refuse what is plainly not HTML, with a message saying what it is. */
static bool refuse_not_html(const char *data, size_t len, const char *ct, char **err)
{
	const char *what = pipeline_not_html(data, len, ct);
	if (!what)
		return false;
	struct buf m = BUF_INIT;
	if (*what) {
		buf_printf(&m, _("not an HTML page (%s)"), what);
	} else {
		/* the media type as the server gave it, printable ASCII only */
		char type[64];
		size_t k = 0;
		for (const char *p = ct; *p && *p != ';' && k + 1 < sizeof type; p++)
			if (*p > 0x20 && *p < 0x7F)
				type[k++] = *p;
		type[k] = '\0';
		buf_printf(&m, _("not an HTML page (%s)"), type);
	}
	*err = buf_steal(&m);
	return true;
}

/* Parse, extract and analyze UTF-8 markup (which must live until this
 * returns): in this process, or in a confined child when sandbox is set. */
static int from_utf8(const char *utf8, size_t len, const char *url, struct article *a, char **err,
		     bool *no_article, bool sandbox)
{
	enum extract_status st;
	if (sandbox) {
		char *reason = NULL;
		bool unconfined = false;
		if (sandbox_extract(utf8, len, url, a, &st, &reason, &unconfined) < 0) {
			struct buf m = BUF_INIT;
			buf_printf(&m, _("could not parse the page (%s)"), reason ? reason : "");
			free(reason);
			*err = buf_steal(&m);
			return -1;
		}
		static bool warned;     /* said once a run */
		if (unconfined && !warned) {
			warned = true;
			fprintf(stderr, "lede: %s\n",
				_("seccomp is not available here: pages are parsed in a limited child "
				  "process without it"));
		}
		if (st == EXTRACT_NO_MEMORY) {
			article_free(a);
			*err = dup_msg(_("could not parse the page (it needed more memory than allowed)"));
			return -1;
		}
	} else {
		struct html_doc doc;
		if (html_parse(utf8, len, &doc) < 0) {
			*err = dup_msg(strerror(ENOMEM));
			return -1;
		}
		st = extract_article(doc.output, url, a);
		html_free(&doc);
		if (st == EXTRACT_OK && analyze_article(a) < 0) {
			article_free(a);
			*err = dup_msg(strerror(ENOMEM));
			return -1;
		}
	}
	switch (st) {
	case EXTRACT_OK:
		return 0;
	case EXTRACT_NO_ARTICLE:
		*err = dup_msg(_("no article found on the page"));
		if (no_article && a->nblocks > 0) {
			*no_article = true;
			return 0;
		}
		article_free(a);
		return -1;
	case EXTRACT_NO_MEMORY:
	default:
		article_free(a);
		*err = dup_msg(strerror(ENOMEM));
		return -1;
	}
}

int pipeline_from_bytes(const char *data, size_t len, const char *ct, const char *url,
			struct article *a, char **err, bool *no_article)
{
	memset(a, 0, sizeof *a);
	*err = NULL;
	if (no_article)
		*no_article = false;
	if (refuse_not_html(data, len, ct, err))
		return -1;
	struct buf utf8 = BUF_INIT;
	if (charset_decode(data, len, ct, &utf8, NULL) < 0 || !buf_reserve(&utf8, 0)) {
		buf_free(&utf8);
		*err = dup_msg(strerror(ENOMEM));
		return -1;
	}
	int r = from_utf8(utf8.data, utf8.len, url, a, err, no_article, false);
	buf_free(&utf8);
	return r;
}

int pipeline_process(struct fetched *f, const struct fetch_options *fo, struct article *a,
		     char **err, bool *no_article)
{
	memset(a, 0, sizeof *a);
	*err = NULL;
	if (no_article)
		*no_article = false;
	int r = -1;
	/* decode in place: the raw bytes are gone before the tree is built */
	if (!refuse_not_html(f->data, f->len, f->content_type, err)) {
		if (charset_decode_owned(&f->data, &f->len, f->content_type, NULL) < 0)
			*err = dup_msg(strerror(ENOMEM));
		else
			r = from_utf8(f->data, f->len, f->url, a, err, no_article, fo && fo->sandbox);
	}
	fetched_free(f);
	return r;
}

int pipeline_load(const char *source, const struct fetch_options *fo, struct article *a,
		  char **err, bool *no_article)
{
	struct fetched f;
	memset(a, 0, sizeof *a);
	*err = NULL;
	if (no_article)
		*no_article = false;
	if (fetch_source(source, fo, &f, err) < 0)
		return -1;
	return pipeline_process(&f, fo, a, err, no_article);
}
