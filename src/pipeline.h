/* pipeline.h — from a SOURCE to an article: fetch, decode, parse, extract. */
#ifndef LEDE_PIPELINE_H
#define LEDE_PIPELINE_H

#include <stdbool.h>

#include "article.h"
#include "fetch.h"

/* Load source into *a (which the call initializes). Returns 0, or -1 with
 * *err set to a message for the user (to be freed); *a is then empty.
 * A page without an article is an error too, unless no_article is given:
 * then *a holds the page's readable text, *no_article is set, and *err
 * says why. */
int pipeline_load(const char *source, const struct fetch_options *fo, struct article *a,
		  char **err, bool *no_article);

/* The same from fetched bytes, which the call takes (and frees). fo may
 * be NULL (then the page is parsed in this process). */
int pipeline_process(struct fetched *f, const struct fetch_options *fo, struct article *a,
		     char **err, bool *no_article);

/* From bytes already in memory (content_type and url may be NULL), parsed
 * in this process. */
int pipeline_from_bytes(const char *data, size_t len, const char *content_type,
			const char *url, struct article *a, char **err, bool *no_article);

/* What the bytes are when they are plainly not HTML ("a PDF document"),
 * "" when only the content type says so (an unusual one), else NULL.
 * content_type may be NULL. */
const char *pipeline_not_html(const char *data, size_t len, const char *content_type);

#endif
