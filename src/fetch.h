/* fetch.h — the bytes of a page: over http(s) with libcurl, from a file, or
 * from standard input. */
#ifndef LEDE_FETCH_H
#define LEDE_FETCH_H

#include <stdbool.h>
#include <stddef.h>

#define FETCH_DEFAULT_TIMEOUT 30                /* seconds, whole transfer */
#define FETCH_DEFAULT_MAX_SIZE (32u << 20)      /* bytes */
#define FETCH_DEFAULT_JOBS 4                    /* transfers at a time */
#define FETCH_MAX_PER_HOST 2                    /* …to one host */
#define FETCH_MAX_REDIRECTS 10

struct fetch_options {
	long timeout;           /* seconds; 0: the default */
	size_t max_size;        /* bytes; 0: the default */
	const char *user_agent; /* NULL: lede/VERSION */
	bool sandbox;           /* parse pages in a confined child (sandbox.h) */
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

/* Many http(s) transfers at once (libcurl's multi interface): at most jobs
 * at a time, FETCH_MAX_PER_HOST to one host. */
struct fetcher;
struct fetcher *fetcher_new(const struct fetch_options *o, int jobs, char **err);
/* Fetch url; index is the caller's number for it. It waits its turn (a
 * free job, and a place with its host), and its timeout counts from when
 * it starts. */
int fetcher_add(struct fetcher *fr, size_t index, const char *url, char **err);
/* Wait at most wait_ms for a transfer to finish. Returns 1 with *index and
 * *f (to free), -1 with *index and *err for a transfer that failed, 2 when
 * none finished in time, 0 when none is running. */
int fetcher_next(struct fetcher *fr, int wait_ms, size_t *index, struct fetched *f, char **err);
/* Transfers running or waiting their turn. */
size_t fetcher_active(const struct fetcher *fr);
/* Bytes received so far, by all transfers. */
size_t fetcher_bytes(const struct fetcher *fr);
void fetcher_free(struct fetcher *fr);
/* Release libcurl's global state if it was set up. */
void fetch_cleanup(void);

#endif
