/* fuzz-analyze.c — people and quotes in any text: spans stay in their
 * blocks and in order, references exist, nothing hangs. */
#include <config.h>

#include "fuzz.h"
#include "analyze/analyze.h"

FUZZ_TARGET(analyze)
{
	struct article a;
	fuzz_article(data, size, &a);
	if (analyze_article(&a) == 0) {
		fuzz_check_article(&a);
		fuzz_check_outputs(&a, 30);
	}
	article_free(&a);
	return 0;
}
