/* extract.h — from a parsed page to an article. */
#ifndef LEDE_EXTRACT_H
#define LEDE_EXTRACT_H

#include <gumbo.h>

#include "../article.h"

enum extract_status {
	EXTRACT_OK,
	EXTRACT_NO_ARTICLE,     /* no article (a home page, an index): *a holds the
				 * page's readable text, if it has any */
	EXTRACT_NO_MEMORY,
};

/* Fill *a (zeroed by the caller) from the document. url is the page's
 * address (final URL after redirects) or NULL for a local file. */
enum extract_status extract_article(GumboOutput *doc, const char *url, struct article *a);

#endif
