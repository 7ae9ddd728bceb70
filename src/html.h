/* html.h — parse UTF-8 HTML with gumbo, safely.
 *
 * gumbo 0.10 takes time quadratic in nesting depth and in the number of
 * attributes on one tag, and recurses deeply enough on nested tables to
 * overflow the stack. Before parsing, a quick scan of the markup drops the
 * start tags that would nest deeper than HTML_MAX_DEPTH and tags with more
 * than HTML_MAX_ATTRS attributes (their text is kept), the way browsers cap
 * their DOM depth. */
#ifndef LEDE_HTML_H
#define LEDE_HTML_H

#include <gumbo.h>
#include <stddef.h>

#define HTML_MAX_DEPTH 400
#define HTML_MAX_ATTRS 256

struct html_doc {
	GumboOutput *output;
	char *markup;           /* rewritten markup when the guard changed it */
	size_t dropped_tags;    /* start tags the guard removed */
};

/* Parse; utf8 must stay alive as long as the document. Returns 0, or -1
 * when out of memory. */
int html_parse(const char *utf8, size_t len, struct html_doc *doc);
void html_free(struct html_doc *doc);

/* The depth guard alone: returns a rewritten copy of the markup in *out
 * (NULL when nothing needed to change) and the number of tags dropped, or
 * -1 when out of memory. Exposed for the tests. */
long html_guard(const char *s, size_t len, char **out, size_t *out_len);

/* Scripts and style sheets emptied: their text is of no use to a reader,
 * and gumbo reads it a character at a time. JSON-LD stays (it is
 * metadata), and so does a script with "<!--" in it, whose end is not
 * simply the first "</script". Returns how many were emptied, with the
 * rewritten copy in *out (NULL when none), or -1 when out of memory.
 * Exposed for the tests. */
long html_quiet(const char *s, size_t len, char **out, size_t *out_len);

#endif
