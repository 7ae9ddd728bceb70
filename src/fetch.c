/* fetch.c — getting a page's bytes. */
#include <config.h>

#include "fetch.h"
#include "buf.h"
#include "i18n.h"
#include "url.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* libcurl is loaded on the first http(s) fetch, not at start-up: its
 * dependencies (TLS, HTTP/2, Kerberos, LDAP…) take ten times longer to load
 * than all the rest of lede, and most runs read a file or a pipe. The
 * library's one global state, kept here, is that table. */
static struct {
	void *lib;
	CURLcode (*global_init)(long);
	void (*global_cleanup)(void);
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
	CURLcode (*easy_perform)(CURL *);
	CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
	void (*easy_cleanup)(CURL *);
	const char *(*easy_strerror)(CURLcode);
	struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
	void (*slist_free_all)(struct curl_slist *);
	CURLM *(*multi_init)(void);
	CURLMcode (*multi_setopt)(CURLM *, CURLMoption, ...);
	CURLMcode (*multi_add_handle)(CURLM *, CURL *);
	CURLMcode (*multi_remove_handle)(CURLM *, CURL *);
	CURLMcode (*multi_perform)(CURLM *, int *);
	CURLMcode (*multi_poll)(CURLM *, struct curl_waitfd *, unsigned, int, int *);
	CURLMsg *(*multi_info_read)(CURLM *, int *);
	CURLMcode (*multi_cleanup)(CURLM *);
} curl;

static bool load_curl(void)
{
	if (curl.lib)
		return true;
	void *lib = dlopen(LEDE_LIBCURL, RTLD_NOW | RTLD_LOCAL);
	if (!lib)
		return false;
#define SYM(field, name) \
	if (!(*(void **)&curl.field = dlsym(lib, name))) \
		goto fail;
	SYM(global_init, "curl_global_init")
	SYM(global_cleanup, "curl_global_cleanup")
	SYM(easy_init, "curl_easy_init")
	SYM(easy_setopt, "curl_easy_setopt")
	SYM(easy_perform, "curl_easy_perform")
	SYM(easy_getinfo, "curl_easy_getinfo")
	SYM(easy_cleanup, "curl_easy_cleanup")
	SYM(easy_strerror, "curl_easy_strerror")
	SYM(slist_append, "curl_slist_append")
	SYM(slist_free_all, "curl_slist_free_all")
	SYM(multi_init, "curl_multi_init")
	SYM(multi_setopt, "curl_multi_setopt")
	SYM(multi_add_handle, "curl_multi_add_handle")
	SYM(multi_remove_handle, "curl_multi_remove_handle")
	SYM(multi_perform, "curl_multi_perform")
	SYM(multi_poll, "curl_multi_poll")
	SYM(multi_info_read, "curl_multi_info_read")
	SYM(multi_cleanup, "curl_multi_cleanup")
#undef SYM
	if (curl.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		goto fail;
	curl.lib = lib;
	return true;
fail:
	dlclose(lib);
	memset(&curl, 0, sizeof curl);
	return false;
}

static char *message(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *message(const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	char *s = buf_steal(&b);
	return s ? s : strdup(strerror(ENOMEM));
}

static char *too_big_message(size_t max)
{
	return message(ngettext("larger than %zu byte (see --max-size)",
				"larger than %zu bytes (see --max-size)", max), max);
}

static size_t limit_of(const struct fetch_options *o)
{
	return o && o->max_size ? o->max_size : FETCH_DEFAULT_MAX_SIZE;
}

/* ---- files and standard input ---- */

static int read_fd(int fd, size_t max, struct buf *b, bool *too_big)
{
	char chunk[65536];
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof chunk);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0)
			return 0;
		if (b->len + (size_t)n > max) {
			*too_big = true;
			return 0;
		}
		buf_append(b, chunk, (size_t)n);
		if (b->failed) {
			errno = ENOMEM;
			return -1;
		}
	}
}

static int fetch_file(const char *source, const struct fetch_options *o, struct fetched *f,
		      char **err)
{
	bool is_stdin = strcmp(source, "-") == 0;
	int fd = is_stdin ? STDIN_FILENO : open(source, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		*err = message("%s", strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) < 0)
		memset(&st, 0, sizeof st);
	if (S_ISDIR(st.st_mode)) {
		if (!is_stdin)
			close(fd);
		*err = message("%s", strerror(EISDIR));
		return -1;
	}
	struct buf b = BUF_INIT;
	bool too_big = false;
	size_t max = limit_of(o);
	/* a file says how big it is: one allocation, not a doubling series */
	if (S_ISREG(st.st_mode) && st.st_size > 0 && (size_t)st.st_size <= max)
		buf_reserve(&b, (size_t)st.st_size);
	int r = read_fd(fd, max, &b, &too_big);
	int e = errno;
	if (!is_stdin)
		close(fd);
	if (r < 0) {
		buf_free(&b);
		*err = message("%s", strerror(e));
		return -1;
	}
	if (too_big) {
		buf_free(&b);
		*err = too_big_message(max);
		return -1;
	}
	buf_reserve(&b, 0);
	if (b.failed) {
		*err = message("%s", strerror(ENOMEM));
		return -1;
	}
	f->len = b.len;
	f->data = buf_steal(&b);
	return 0;
}

/* ---- http(s) ---- */

/* One transfer: its handle and what it has gathered. */
struct transfer {
	CURL *h;
	size_t index;           /* the caller's number for it */
	char *source;
	struct buf body;
	size_t max;
	long timeout;
	long connect;           /* the limit to connect */
	long slow;              /* …and to a server sending too little */
	bool too_big;
	char reason[128];       /* reason phrase of the last status line */
	char errbuf[CURL_ERROR_SIZE];
	struct curl_slist *headers;
	char host[256];         /* "host:port" of the address asked for, lower case */
	bool manual;            /* redirects are followed by the fetcher, not libcurl */
	int redirects;
	double started;         /* CLOCK_MONOTONIC seconds this hop started; 0 before */
	double spent;           /* seconds the hops before it took (not their waits) */
};

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The host and port of an http(s) address, lower case, into out. */
static void host_of(const char *url, char *out, size_t size)
{
	const char *p = strstr(url, "://");
	p = p ? p + 3 : url;
	size_t n = strcspn(p, "/?#");
	/* past any user:password@ */
	const char *at = memchr(p, '@', n);
	if (at) {
		n -= (size_t)(at + 1 - p);
		p = at + 1;
	}
	if (n >= size)
		n = size - 1;
	for (size_t i = 0; i < n; i++)
		out[i] = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] | 0x20) : p[i];
	out[n] = '\0';
	/* "host:80" over http and "host:443" over https are "host" */
	bool https = !strncasecmp(url, "https:", 6);
	const char *port = https ? ":443" : ":80";
	size_t pl = strlen(port);
	if (n > pl && !strcmp(out + n - pl, port))
		out[n - pl] = '\0';
}

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
	struct transfer *t = ud;
	size_t len = size * n;
	/* counted as the decoded bytes arrive: a small compressed body may
	 * inflate to gigabytes */
	if (t->body.len + len > t->max) {
		t->too_big = true;
		return 0;       /* abort: CURLE_WRITE_ERROR */
	}
	buf_append(&t->body, p, len);
	return t->body.failed ? 0 : len;
}

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
	struct transfer *t = ud;
	size_t len = size * n;
	/* "HTTP/1.1 404 Not Found" */
	if (len > 5 && memcmp(p, "HTTP/", 5) == 0) {
		t->reason[0] = '\0';
		const char *sp = memchr(p, ' ', len);
		if (sp)
			sp = memchr(sp + 1, ' ', len - (size_t)(sp + 1 - p));
		if (sp) {
			sp++;
			size_t rl = len - (size_t)(sp - p);
			while (rl > 0 && (sp[rl - 1] == '\r' || sp[rl - 1] == '\n'))
				rl--;
			if (rl >= sizeof t->reason)
				rl = sizeof t->reason - 1;
			/* only printable ASCII reaches the user */
			size_t k = 0;
			for (size_t i = 0; i < rl; i++)
				if (sp[i] >= 0x20 && sp[i] < 0x7F)
					t->reason[k++] = sp[i];
			t->reason[k] = '\0';
		}
	}
	return len;
}

static const char *standard_reason(long status)
{
	switch (status) {
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 402: return "Payment Required";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 406: return "Not Acceptable";
	case 408: return "Request Timeout";
	case 410: return "Gone";
	case 429: return "Too Many Requests";
	case 451: return "Unavailable For Legal Reasons";
	case 500: return "Internal Server Error";
	case 501: return "Not Implemented";
	case 502: return "Bad Gateway";
	case 503: return "Service Unavailable";
	case 504: return "Gateway Timeout";
	default: return "";
	}
}

static char *curl_message(CURLcode rc, const struct transfer *t)
{
	const char *detail = t->errbuf[0] ? t->errbuf : curl.easy_strerror(rc);
	switch (rc) {
	case CURLE_COULDNT_RESOLVE_HOST:
		return message(_("could not resolve host"));
	case CURLE_COULDNT_RESOLVE_PROXY:
		return message(_("could not resolve proxy"));
	case CURLE_COULDNT_CONNECT:
		return message(_("could not connect (%s)"), detail);
	case CURLE_OPERATION_TIMEDOUT: {
		/* which limit it was: the connection's, the slow server's or
		 * the whole transfer's */
		curl_off_t connected = 0, total = 0;
		long request = 0;
		curl.easy_getinfo(t->h, CURLINFO_CONNECT_TIME_T, &connected);
		curl.easy_getinfo(t->h, CURLINFO_TOTAL_TIME_T, &total);
		/* a connection reused (a redirect to the same host) has no time
		 * to connect of its own, but its request went out */
		curl.easy_getinfo(t->h, CURLINFO_REQUEST_SIZE, &request);
		if (request > 0 && connected == 0)
			connected = 1;
		bool whole = (double)total / 1e6 + t->spent >= (double)t->timeout - 0.5;
		if (!whole && connected == 0)
			return message(ngettext("could not connect within %ld second",
						"could not connect within %ld seconds",
						(unsigned long)t->connect), t->connect);
		if (!whole)
			return message(ngettext("the server sent almost nothing for %ld second",
						"the server sent almost nothing for %ld seconds",
						(unsigned long)t->slow), t->slow);
		return message(ngettext("timed out after %ld second", "timed out after %ld seconds",
					(unsigned long)t->timeout), t->timeout);
	}
	case CURLE_TOO_MANY_REDIRECTS:
		return message(_("too many redirects"));
	case CURLE_UNSUPPORTED_PROTOCOL:
		return message(_("redirected to an address that is not http or https"));
	case CURLE_FILESIZE_EXCEEDED:
		return too_big_message(t->max);
	case CURLE_WRITE_ERROR:
		if (t->too_big)
			return too_big_message(t->max);
		if (t->body.failed)
			return message("%s", strerror(ENOMEM));
		break;
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_ISSUER_ERROR:
		return message(_("TLS error (%s)"), detail);
	default:
		break;
	}
	return message("%s", detail);
}

static void transfer_free(struct transfer *t)
{
	if (!t)
		return;
	if (t->h)
		curl.easy_cleanup(t->h);
	if (t->headers)
		curl.slist_free_all(t->headers);
	buf_free(&t->body);
	free(t->source);
	free(t);
}

/* A transfer set up for source; NULL with *err when that fails. */
static struct transfer *transfer_new(const char *source, size_t index,
				     const struct fetch_options *o, bool manual, char **err)
{
	if (!load_curl()) {
		*err = message(_("could not load libcurl (%s)"), LEDE_LIBCURL);
		return NULL;
	}
	struct transfer *t = calloc(1, sizeof *t);
	if (t) {
		t->source = strdup(source);
		t->h = curl.easy_init();
		t->headers = curl.slist_append(NULL,
			"Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
	}
	if (!t || !t->source || !t->h || !t->headers) {
		transfer_free(t);
		*err = message("%s", strerror(ENOMEM));
		return NULL;
	}
	t->index = index;
	host_of(source, t->host, sizeof t->host);
	t->max = limit_of(o);
	t->timeout = o && o->timeout > 0 ? o->timeout : FETCH_DEFAULT_TIMEOUT;
	long connect = t->timeout < 10 ? t->timeout : 10L;
	t->connect = connect;
	/* a server sending too little fails after 10 seconds, or a third of
	 * a longer --timeout (whoever waits longer gives slow servers longer) */
	long slow = t->timeout / 3 > connect ? t->timeout / 3 : connect;
	t->slow = slow;
	const char *ua = o && o->user_agent ? o->user_agent : PACKAGE_NAME "/" PACKAGE_VERSION;
	CURL *h = t->h;
	curl.easy_setopt(h, CURLOPT_URL, source);
	curl.easy_setopt(h, CURLOPT_PRIVATE, t);
	/* a libcurl that cannot keep to http and https (older than 7.85,
	 * loaded at run time) is not used */
	if (curl.easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https") != CURLE_OK ||
	    curl.easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https") != CURLE_OK ||
	    curl.easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L) != CURLE_OK ||
	    curl.easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L) != CURLE_OK) {
		transfer_free(t);
		*err = message(_("this libcurl cannot keep to http and https addresses"));
		return NULL;
	}
	t->manual = manual;
	curl.easy_setopt(h, CURLOPT_FOLLOWLOCATION, manual ? 0L : 1L);
	curl.easy_setopt(h, CURLOPT_MAXREDIRS, (long)FETCH_MAX_REDIRECTS);
	curl.easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
	curl.easy_setopt(h, CURLOPT_CONNECTTIMEOUT, connect);
	curl.easy_setopt(h, CURLOPT_TIMEOUT, t->timeout);
	/* a server that drips a byte at a time fails long before the timeout */
	curl.easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 512L);
	curl.easy_setopt(h, CURLOPT_LOW_SPEED_TIME, slow);
	curl.easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)t->max);
	curl.easy_setopt(h, CURLOPT_USERAGENT, ua);
	curl.easy_setopt(h, CURLOPT_HTTPHEADER, t->headers);
	curl.easy_setopt(h, CURLOPT_COOKIEFILE, "");
	curl.easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl.easy_setopt(h, CURLOPT_ERRORBUFFER, t->errbuf);
	curl.easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	curl.easy_setopt(h, CURLOPT_WRITEDATA, t);
	curl.easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
	curl.easy_setopt(h, CURLOPT_HEADERDATA, t);
	return t;
}

/* What a finished transfer brought: 0 with *f, or -1 with *err. */
static int transfer_result(struct transfer *t, CURLcode rc, struct fetched *f, char **err)
{
	memset(f, 0, sizeof *f);
	if (rc != CURLE_OK) {
		*err = curl_message(rc, t);
		return -1;
	}
	long status = 0;
	curl.easy_getinfo(t->h, CURLINFO_RESPONSE_CODE, &status);
	if (status >= 400) {
		const char *reason = t->reason[0] ? t->reason : standard_reason(status);
		*err = message("HTTP %ld%s%s", status, *reason ? " " : "", reason);
		return -1;
	}
	buf_reserve(&t->body, 0);
	if (t->body.failed) {
		*err = message("%s", strerror(ENOMEM));
		return -1;
	}
	char *ct = NULL, *eff = NULL;
	curl.easy_getinfo(t->h, CURLINFO_CONTENT_TYPE, &ct);
	curl.easy_getinfo(t->h, CURLINFO_EFFECTIVE_URL, &eff);
	f->content_type = ct ? strdup(ct) : NULL;
	f->url = strdup(eff ? eff : t->source);
	f->len = t->body.len;
	f->data = buf_steal(&t->body);
	if (!f->data || !f->url || (ct && !f->content_type)) {
		fetched_free(f);
		*err = message("%s", strerror(ENOMEM));
		return -1;
	}
	return 0;
}

static int fetch_http(const char *source, const struct fetch_options *o, struct fetched *f,
		      char **err)
{
	struct transfer *t = transfer_new(source, 0, o, false, err);
	if (!t)
		return -1;
	CURLcode rc = curl.easy_perform(t->h);
	int r = transfer_result(t, rc, f, err);
	transfer_free(t);
	return r;
}

/* ---- many at once ---- */

/* Transfers wait here, in order, until one of the jobs and a place with
 * their host are free; only then do they go to libcurl, whose timeouts
 * count from then (libcurl's own queue would count the wait). Limits on
 * transfers rather than connections hold through a proxy and over
 * HTTP/2 too. */
struct fetcher {
	CURLM *multi;
	const struct fetch_options *o;
	size_t jobs;
	struct transfer **running;      /* the transfers with libcurl, not done (jobs at most) */
	size_t active;
	struct transfer **pending;      /* the transfers waiting their turn */
	size_t npending, cappending;
	size_t bytes;                   /* received by finished transfers */
};

/* Hand the waiting transfers that may start now to libcurl. */
static void start_pending(struct fetcher *fr)
{
	size_t kept = 0;
	for (size_t i = 0; i < fr->npending; i++) {
		struct transfer *t = fr->pending[i];
		size_t same_host = 0;
		for (size_t k = 0; k < fr->active; k++)
			same_host += !strcmp(fr->running[k]->host, t->host);
		if (fr->active < fr->jobs && same_host < FETCH_MAX_PER_HOST) {
			/* the whole transfer, redirects and all, keeps to the
			 * timeout; the time its hops wait here does not count */
			t->started = now_seconds();
			long left = (long)(((double)t->timeout - t->spent) * 1000);
			curl.easy_setopt(t->h, CURLOPT_TIMEOUT_MS, left > 1 ? left : 1L);
			if (curl.multi_add_handle(fr->multi, t->h) != CURLM_OK) {
				fr->pending[kept++] = t;
				continue;
			}
			fr->running[fr->active++] = t;
			continue;
		}
		fr->pending[kept++] = t;
	}
	fr->npending = kept;
}

struct fetcher *fetcher_new(const struct fetch_options *o, int jobs, char **err)
{
	*err = NULL;
	if (!load_curl()) {
		*err = message(_("could not load libcurl (%s)"), LEDE_LIBCURL);
		return NULL;
	}
	struct fetcher *fr = calloc(1, sizeof *fr);
	if (fr)
		fr->multi = curl.multi_init();
	if (!fr || !fr->multi) {
		free(fr);
		*err = message("%s", strerror(ENOMEM));
		return NULL;
	}
	fr->o = o;
	fr->jobs = jobs > 0 ? (size_t)jobs : 1;
	fr->running = calloc(fr->jobs, sizeof *fr->running);
	if (!fr->running) {
		curl.multi_cleanup(fr->multi);
		free(fr);
		*err = message("%s", strerror(ENOMEM));
		return NULL;
	}
	return fr;
}

int fetcher_add(struct fetcher *fr, size_t index, const char *url, char **err)
{
	*err = NULL;
	struct transfer **q = array_grow(fr->pending, &fr->cappending, fr->npending, sizeof *q);
	if (!q) {
		*err = message("%s", strerror(ENOMEM));
		return -1;
	}
	fr->pending = q;
	struct transfer *t = transfer_new(url, index, fr->o, true, err);
	if (!t)
		return -1;
	fr->pending[fr->npending++] = t;
	start_pending(fr);
	return 0;
}

size_t fetcher_active(const struct fetcher *fr)
{
	return fr->active + fr->npending;
}

size_t fetcher_bytes(const struct fetcher *fr)
{
	size_t b = fr->bytes;
	for (size_t i = 0; i < fr->active; i++)
		b += fr->running[i]->body.len;
	return b;
}

/* A transfer that ended in a redirect goes back to the queue for its new
 * address, so the limit of transfers to one host holds wherever the
 * redirects lead: 1. The end of the chain: 0. A redirect that may not be
 * followed: -1 with *err. */
static int redirect(struct fetcher *fr, struct transfer *t, char **err)
{
	long status = 0;
	char *to = NULL;
	curl.easy_getinfo(t->h, CURLINFO_RESPONSE_CODE, &status);
	if (!t->manual || status < 300 || status > 399 ||
	    curl.easy_getinfo(t->h, CURLINFO_REDIRECT_URL, &to) != CURLE_OK || !to)
		return 0;
	if (!url_is_http(to)) {
		*err = message(_("redirected to an address that is not http or https"));
		return -1;
	}
	if (++t->redirects > FETCH_MAX_REDIRECTS) {
		*err = message(_("too many redirects"));
		return -1;
	}
	struct transfer **q = array_grow(fr->pending, &fr->cappending, fr->npending, sizeof *q);
	if (!q || curl.easy_setopt(t->h, CURLOPT_URL, to) != CURLE_OK) {
		*err = message("%s", strerror(ENOMEM));
		return -1;
	}
	fr->pending = q;
	t->spent += now_seconds() - t->started;
	host_of(to, t->host, sizeof t->host);
	t->body.len = 0;
	t->too_big = false;
	t->reason[0] = '\0';
	t->errbuf[0] = '\0';
	/* first in line: it was started before the others waiting */
	memmove(fr->pending + 1, fr->pending, fr->npending * sizeof *fr->pending);
	fr->pending[0] = t;
	fr->npending++;
	start_pending(fr);
	return 1;
}

/* A finished transfer, if there is one: 1 or -1 as fetcher_next says,
 * 0 when none has finished. */
static int take_done(struct fetcher *fr, size_t *index, struct fetched *f, char **err)
{
	int left;
	CURLMsg *m;
	while ((m = curl.multi_info_read(fr->multi, &left)) != NULL) {
		if (m->msg != CURLMSG_DONE)
			continue;
		struct transfer *t = NULL;
		curl.easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&t);
		CURLcode rc = m->data.result;
		curl.multi_remove_handle(fr->multi, t->h);
		for (size_t i = 0; i < fr->active; i++)
			if (fr->running[i] == t) {
				fr->running[i] = fr->running[--fr->active];
				break;
			}
		fr->bytes += t->body.len;
		*index = t->index;
		int next = rc == CURLE_OK ? redirect(fr, t, err) : 0;
		if (next > 0)
			continue;       /* it waits its turn at the new host */
		int r = next < 0 ? -1 : transfer_result(t, rc, f, err);
		transfer_free(t);
		start_pending(fr);
		return r < 0 ? -1 : 1;
	}
	return 0;
}

int fetcher_next(struct fetcher *fr, int wait_ms, size_t *index, struct fetched *f, char **err)
{
	*err = NULL;
	int r = take_done(fr, index, f, err);
	if (!r && fr->active == 0 && fr->npending > 0)
		start_pending(fr);
	if (r || fr->active == 0)
		return r;
	int running, n;
	curl.multi_perform(fr->multi, &running);
	if ((r = take_done(fr, index, f, err)) != 0)
		return r;
	curl.multi_poll(fr->multi, NULL, 0, wait_ms, &n);
	curl.multi_perform(fr->multi, &running);
	if ((r = take_done(fr, index, f, err)) != 0)
		return r;
	return 2;
}

void fetcher_free(struct fetcher *fr)
{
	if (!fr)
		return;
	/* transfers still running are abandoned */
	for (size_t i = 0; i < fr->active; i++) {
		curl.multi_remove_handle(fr->multi, fr->running[i]->h);
		transfer_free(fr->running[i]);
	}
	for (size_t i = 0; i < fr->npending; i++)
		transfer_free(fr->pending[i]);
	free(fr->pending);
	free(fr->running);
	curl.multi_cleanup(fr->multi);
	free(fr);
}

int fetch_source(const char *source, const struct fetch_options *o, struct fetched *f,
		 char **err)
{
	memset(f, 0, sizeof *f);
	*err = NULL;
	if (url_is_http(source))
		return fetch_http(source, o, f, err);
	if (url_has_scheme(source) && strlen(source) > 2 && access(source, F_OK) != 0) {
		*err = message(_("only http(s) addresses, files and standard input (-) can be read"));
		return -1;
	}
	return fetch_file(source, o, f, err);
}

void fetched_free(struct fetched *f)
{
	free(f->data);
	free(f->content_type);
	free(f->url);
	memset(f, 0, sizeof *f);
}

void fetch_cleanup(void)
{
	if (curl.lib) {
		curl.global_cleanup();
		dlclose(curl.lib);
		memset(&curl, 0, sizeof curl);
	}
}
