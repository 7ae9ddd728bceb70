/* fuzz-layout.c — the pager's layout of any text, with links, emphasis
 * and names laid over it from the bytes themselves, at any width. */
#include <config.h>

#include "fuzz.h"
#include "ui/layout.h"

FUZZ_TARGET(layout)
{
	if (size < 2)
		return 0;
	int width = 2 + data[0] % 89;   /* the layout's narrowest */
	struct article a;
	fuzz_article(data + 1, size - 1, &a);
	/* a span for every other byte pair, by their values */
	for (size_t b = 0; b < a.nblocks; b++) {
		struct block *bl = &a.blocks[b];
		for (size_t k = 0; k + 1 < bl->len && k < 64; k += 7) {
			size_t s = (unsigned char)bl->text[k] % (bl->len + 1);
			size_t e = s + (unsigned char)bl->text[k + 1] % 9;
			if (e > bl->len)
				e = bl->len;
			/* on character boundaries, as the builder would make them */
			while (s > 0 && ((unsigned char)bl->text[s] & 0xC0) == 0x80)
				s--;
			while (e < bl->len && ((unsigned char)bl->text[e] & 0xC0) == 0x80)
				e++;
			struct span sp = { s, e, SPAN_EMPHASIS + (int)(k % 3), 0 };
			article_add_span(&a, b, sp);
		}
	}
	fuzz_check_outputs(&a, width);
	article_free(&a);
	return 0;
}
