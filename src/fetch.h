/* fetch.h — the bytes of a page: over http(s) with libcurl, from a file, or
 * from standard input. */
#ifndef LEDE_FETCH_H
#define LEDE_FETCH_H

#include <stddef.h>

#define FETCH_DEFAULT_TIMEOUT 30                /* seconds, whole transfer */
#define FETCH_DEFAULT_MAX_SIZE (32u << 20)      /* bytes */

struct fetch_options {
	long timeout;           /* seconds; 0: the default */
	size_t max_size;        /* bytes; 0: the default */
	const char *user_agent; /* NULL: lede/VERSION */
};

struct fetched {
	char *data;             /* the body, NUL-terminated */
	size_t len;
	char *content_type;     /* from HTTP, or NULL */
	char *url;              /* final URL after redirects, or NULL for files */
};

/* Fetch source ("-", a file, or an http(s) URL). Returns 0, or -1 with
 * *err set to a message for the user (to be freed). */
int fetch_source(const char *source, const struct fetch_options *o, struct fetched *f,
		 char **err);
void fetched_free(struct fetched *f);
/* Release libcurl's global state if it was set up. */
void fetch_cleanup(void);

#endif
