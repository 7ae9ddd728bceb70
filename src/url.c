/* url.c — URL helpers: resolving a link against its page (RFC 3986,
 * section 5.2, with the WHATWG URL standard's leniency about blanks and
 * backslashes). No libcurl here: link resolution runs for every page, and
 * libcurl is loaded only to fetch. */
#include <config.h>

#include "url.h"
#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool url_is_http(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0;
}

static bool scheme_char(char c, bool first)
{
	bool alpha = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	return first ? alpha : alpha || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

bool url_has_scheme(const char *s)
{
	if (!scheme_char(*s, true))
		return false;
	const char *p = s + 1;
	while (scheme_char(*p, false))
		p++;
	return *p == ':';
}

/* A URL's five parts, as ranges of one string; a NULL start means the
 * part is absent (an empty part is present but empty). */
struct parts {
	const char *scheme, *auth, *path, *query, *frag;
	size_t scheme_len, auth_len, path_len, query_len, frag_len;
};

static void split(const char *s, struct parts *p)
{
	memset(p, 0, sizeof *p);
	const char *q = s;
	if (url_has_scheme(s)) {
		p->scheme = s;
		p->scheme_len = strcspn(s, ":");
		q = s + p->scheme_len + 1;
	}
	if (q[0] == '/' && q[1] == '/') {
		p->auth = q + 2;
		p->auth_len = strcspn(p->auth, "/?#");
		q = p->auth + p->auth_len;
	}
	p->path = q;
	p->path_len = strcspn(q, "?#");
	q += p->path_len;
	if (*q == '?') {
		p->query = q + 1;
		p->query_len = strcspn(p->query, "#");
		q = p->query + p->query_len;
	}
	if (*q == '#') {
		p->frag = q + 1;
		p->frag_len = strlen(p->frag);
	}
}

/* RFC 3986 5.2.4: remove "." and ".." segments. */
static void remove_dots(const char *in, size_t n, struct buf *out)
{
	size_t start = out->len;
	size_t i = 0;
	while (i < n) {
		const char *s = in + i;
		size_t left = n - i;
		if (left >= 3 && !strncmp(s, "../", 3)) {
			i += 3;
		} else if (left >= 2 && !strncmp(s, "./", 2)) {
			i += 2;
		} else if (left >= 3 && !strncmp(s, "/./", 3)) {
			i += 2;
		} else if (left == 2 && !strncmp(s, "/.", 2)) {
			buf_putc(out, '/');
			i += 2;
		} else if ((left >= 4 && !strncmp(s, "/../", 4)) || (left == 3 && !strncmp(s, "/..", 3))) {
			/* drop the last segment written */
			while (out->len > start && out->data[out->len - 1] != '/')
				out->len--;
			if (out->len > start)
				out->len--;
			if (left == 3) {
				buf_putc(out, '/');
				i += 3;
			} else {
				i += 3;
			}
		} else if ((left == 1 && s[0] == '.') || (left == 2 && !strncmp(s, "..", 2))) {
			i = n;
		} else {
			/* the first segment, with its leading "/" */
			size_t k = s[0] == '/' ? 1 : 0;
			while (k < left && s[k] != '/')
				k++;
			buf_append(out, s, k);
			i += k;
		}
	}
	if (out->data)
		out->data[out->len] = '\0';
}

/* The reference as given, cleaned as browsers do: blanks trimmed, tabs and
 * newlines inside removed, inner spaces encoded, backslashes in http(s)
 * addresses read as slashes. */
static char *tidy(const char *ref)
{
	while (*ref == ' ' || *ref == '\t' || *ref == '\n' || *ref == '\r' || *ref == '\f')
		ref++;
	size_t n = strlen(ref);
	while (n && (ref[n - 1] == ' ' || ref[n - 1] == '\t' || ref[n - 1] == '\n' ||
		     ref[n - 1] == '\r' || ref[n - 1] == '\f'))
		n--;
	bool special = !url_has_scheme(ref) || url_is_http(ref);
	struct buf b = BUF_INIT;
	buf_reserve(&b, n);
	for (size_t i = 0; i < n; i++) {
		char c = ref[i];
		if (c == '\t' || c == '\n' || c == '\r')
			continue;
		if (c == ' ')
			buf_puts(&b, "%20");
		else if (c == '\\' && special && !memchr(ref, '?', i) && !memchr(ref, '#', i))
			buf_putc(&b, '/');
		else
			buf_putc(&b, c);
	}
	return buf_steal(&b);
}

static void lower(struct buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		buf_putc(b, (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]));
}

char *url_resolve(const char *base, const char *ref)
{
	if (!ref)
		return NULL;
	char *r = tidy(ref);
	if (!r)
		return NULL;
	if (r[0] == '\0' || r[0] == '#' || strncasecmp(r, "javascript:", 11) == 0 ||
	    strncasecmp(r, "data:", 5) == 0 || strncasecmp(r, "vbscript:", 9) == 0) {
		free(r);
		return NULL;
	}
	if (url_has_scheme(r) && !url_is_http(r))
		return r;               /* mailto:, tel:, ftp: as they are */
	if (!url_is_http(r) && (!base || !url_is_http(base)))
		return r;               /* nothing to resolve against */
	struct parts R, B;
	split(r, &R);
	split(url_is_http(r) ? r : base, &B);
	const struct parts *Bp = &B;
	struct buf out = BUF_INIT;
	const char *scheme = R.scheme ? R.scheme : Bp->scheme;
	size_t scheme_len = R.scheme ? R.scheme_len : Bp->scheme_len;
	lower(&out, scheme, scheme_len);
	buf_puts(&out, "://");
	const struct parts *A = R.auth ? &R : Bp;      /* the authority's owner */
	/* the host in lower case, userinfo and port as written */
	const char *at = memchr(A->auth, '@', A->auth_len);
	size_t host_from = at ? (size_t)(at - A->auth) + 1 : 0;
	buf_append(&out, A->auth, host_from);
	lower(&out, A->auth + host_from, A->auth_len - host_from);
	if (R.scheme || R.auth) {
		remove_dots(R.path, R.path_len, &out);
		if (R.path_len == 0)
			buf_putc(&out, '/');
		if (R.query) {
			buf_putc(&out, '?');
			buf_append(&out, R.query, R.query_len);
		}
	} else if (R.path_len == 0) {
		buf_append(&out, Bp->path, Bp->path_len);
		if (Bp->path_len == 0)
			buf_putc(&out, '/');
		const struct parts *Q = R.query ? &R : Bp;
		if (Q->query) {
			buf_putc(&out, '?');
			buf_append(&out, Q->query, Q->query_len);
		}
	} else {
		if (R.path[0] == '/') {
			remove_dots(R.path, R.path_len, &out);
		} else {
			/* merge: the base's path up to its last "/", then the reference */
			struct buf merged = BUF_INIT;
			if (Bp->path_len == 0) {
				buf_putc(&merged, '/');
			} else {
				size_t k = Bp->path_len;
				while (k > 0 && Bp->path[k - 1] != '/')
					k--;
				buf_append(&merged, Bp->path, k);
			}
			buf_append(&merged, R.path, R.path_len);
			if (merged.failed)
				out.failed = true;
			else
				remove_dots(merged.data, merged.len, &out);
			buf_free(&merged);
		}
		if (R.query) {
			buf_putc(&out, '?');
			buf_append(&out, R.query, R.query_len);
		}
	}
	if (R.frag) {
		buf_putc(&out, '#');
		buf_append(&out, R.frag, R.frag_len);
	}
	free(r);
	return buf_steal(&out);
}
