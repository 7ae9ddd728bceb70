/* url.h — URLs: resolving links, telling kinds of source apart. */
#ifndef LEDE_URL_H
#define LEDE_URL_H

#include <stdbool.h>

/* Whether s is an http:// or https:// URL (case-insensitive scheme). */
bool url_is_http(const char *s);
/* Whether s starts with a URL scheme ("mailto:", "ftp:"). */
bool url_has_scheme(const char *s);
/* ref resolved against base (either may be NULL). A new string, or NULL
 * when ref is not worth keeping as a link (empty, fragment-only,
 * javascript:, data:) or memory ran out. */
char *url_resolve(const char *base, const char *ref);

#endif
