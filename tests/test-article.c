/* test-article.c — building the model: sanitized text, spans, links. */
#include <config.h>

#include "article.h"
#include "tap.h"

#include <stdlib.h>

int main(void)
{
	struct article a = { 0 };
	struct article_builder b;
	ab_init(&b, &a);

	ab_block_begin(&b, BLOCK_PARAGRAPH, 0, 0, 0);
	ab_text(&b, "  Read ", 7);
	int l = ab_link(&b, "https://example.com/x");
	size_t h = ab_span_begin(&b, SPAN_LINK, l);
	ab_text(&b, " the\x1B[2J report ", 16);
	ab_span_end(&b, h);
	ab_text(&b, " now. ", 6);
	ab_block_end(&b);

	ab_block_begin(&b, BLOCK_PARAGRAPH, 0, 0, 0);
	ab_text(&b, " \n\t ", 4);
	ab_block_end(&b);

	ab_block_begin(&b, BLOCK_QUOTE, 0, 0, 1);
	h = ab_span_begin(&b, SPAN_EMPHASIS, 0);
	ab_text(&b, "quoted", 6);
	ab_span_end(&b, h);
	ab_block_end(&b);

	ab_block_begin(&b, BLOCK_PARAGRAPH, 0, 0, 0);
	int l2 = ab_link(&b, "https://example.com/x");
	h = ab_span_begin(&b, SPAN_LINK, l2);
	ab_text(&b, "again", 5);
	ab_span_end(&b, h);
	int l3 = ab_link(&b, "https://example.com/unused");
	(void)l3;
	ab_block_end(&b);
	ab_block_begin(&b, BLOCK_QUOTE, 0, 0, 1);
	ab_text(&b, "cell", 4);
	ab_tab(&b);
	ab_text(&b, "after", 5);
	ab_block_end(&b);
	ok(ab_finish(&b) == 0, "building succeeds");
	ok(article_compact_links(&a) == 0, "compacting links succeeds");

	is_int(a.nblocks, 4, "a block of blanks is dropped");
	is(a.blocks[3].text, "cell after", "a tab outside a table row is a blank (the layout never sees one)");
	is(a.blocks[0].text, "Read the[2J report now.", "text is collapsed and the escape removed");
	is_int(a.blocks[0].nspans, 1, "one span");
	const struct span *s = &a.blocks[0].spans[0];
	is_int(s->start, 5, "the span starts at the word, not the space before it");
	is(a.blocks[0].text + s->start, "the[2J report now.", "span start points at its text");
	is_int(s->end - s->start, 13, "the span ends with its text");
	is_int(a.nlinks, 1, "two links to one address and an unused link make one entry");
	is(a.links[0].text, "the[2J report", "the link's text is its span's text");
	is_int(a.blocks[2].spans[0].ref, 0, "the second link refers to the merged entry");
	is_int(a.blocks[1].type, BLOCK_QUOTE, "block types are kept");
	is_int(a.blocks[1].quote_depth, 1, "and quote depth");

	ok(article_set(&a.title, "\xE2\x80\xAE" "Title\x07 ", 11), "set a field");
	is(a.title, "Title", "fields are sanitized too");
	ok(article_set(&a.author, "   ", 3) && a.author == NULL, "a blank field is no field");
	article_free(&a);
	return done_testing();
}
