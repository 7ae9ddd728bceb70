/* fuzz-extract.c — markup to an article (parse and extract, no analysis):
 * the model's promises hold, and every writer and the layout are clean. */
#include <config.h>

#include "fuzz.h"
#include "extract/extract.h"
#include "html.h"

#include <stdlib.h>
#include <string.h>

FUZZ_TARGET(extract)
{
	struct html_doc doc;
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (html_parse(text, size, &doc) == 0) {
		struct article a;
		memset(&a, 0, sizeof a);
		enum extract_status st = extract_article(doc.output, "https://example.com/a/b", &a);
		html_free(&doc);
		if (st != EXTRACT_NO_MEMORY) {
			fuzz_check_article(&a);
			fuzz_check_outputs(&a, 24);
		}
		article_free(&a);
	}
	free(text);
	return 0;
}
