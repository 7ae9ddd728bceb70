/* analyze.h — who is named in an article and who said what.
 *
 * Fills article.entities (people, organizations, places, each with its
 * mentions counted), article.quotes (every quotation, with its kind and
 * speaker), and adds SPAN_MENTION and SPAN_QUOTE spans to the blocks so the
 * pager can mark them. Rule-based: capitalized words plus the word lists of
 * data/, then document-level merging; see DESIGN.md. */
#ifndef LEDE_ANALYZE_H
#define LEDE_ANALYZE_H

#include "../article.h"

/* Returns 0, or -1 when out of memory (the article is then left as it was
 * before, without entities or quotes). */
int analyze_article(struct article *a);

#endif
