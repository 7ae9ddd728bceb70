/* export.h — the article as plain text, Markdown or JSON. */
#ifndef LEDE_EXPORT_H
#define LEDE_EXPORT_H

#include <stdbool.h>

#include "article.h"
#include "buf.h"

enum format { FORMAT_TEXT, FORMAT_MARKDOWN, FORMAT_JSON };

struct export_options {
	enum format format;
	int width;              /* text: wrap at this many columns; 0: a line a paragraph */
	bool links;             /* text: number links [1] and list their addresses at the end */
	bool annotate;          /* text, Markdown: append the people and the quotes */
};

/* "text", "markdown" (or "md"), "json". */
bool format_from_name(const char *name, enum format *f);
/* From a file name's extension: .txt, .md/.markdown, .json. */
bool format_from_path(const char *path, enum format *f);

/* Append the article to out. Returns 0, or -1 when out of memory. */
int export_article(const struct article *a, const struct export_options *o, struct buf *out);

/* The line of metadata under the title: "author · date · site". Empty when
 * nothing is known. */
void export_byline(const struct article *a, struct buf *out);

/* The table rows starting at block first, as lines of aligned columns,
 * each line starting with indent. Returns the index after the rows. */
size_t export_table_rows(const struct article *a, size_t first, const char *indent,
			 struct buf *out);

#endif
