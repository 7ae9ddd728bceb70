/* fuzz-wire.c — the article's wire form, as the parent reads it from the
 * sandboxed child: anything it accepts keeps the model's promises. */
#include <config.h>

#include "fuzz.h"
#include "wire.h"

FUZZ_TARGET(wire)
{
	struct article a;
	if (wire_read((const char *)data, size, &a) == 0) {
		fuzz_check_article(&a);
		fuzz_check_outputs(&a, 40);
		article_free(&a);
	}
	return 0;
}
