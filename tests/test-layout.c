/* test-layout.c — the pager's layout, without a terminal. */
#include <config.h>

#include "article.h"
#include "analyze/analyze.h"
#include "tap.h"
#include "ui/layout.h"
#include "wrap.h"

#include <stdlib.h>

static void add(struct article_builder *b, enum block_type t, int level, int number, int q,
		const char *text)
{
	ab_block_begin(b, t, level, number, q);
	ab_text(b, text, strlen(text));
	ab_block_end(b);
}

/* The text of line i, segments joined. */
static char *line_text(const struct layout *l, size_t i)
{
	static char buf[1024];
	size_t n = 0;
	const struct lline *ln = &l->lines[i];
	for (size_t k = 0; k < ln->nseg; k++) {
		const struct lseg *s = &l->segs[ln->seg + k];
		memcpy(buf + n, s->text, s->len);
		n += s->len;
	}
	buf[n] = '\0';
	return buf;
}

static size_t find_line(const struct layout *l, const char *needle)
{
	for (size_t i = 0; i < l->nlines; i++)
		if (strstr(line_text(l, i), needle))
			return i;
	return (size_t)-1;
}

int main(void)
{
	struct article a = { 0 };
	article_set(&a.title, "A title", 7);
	article_set(&a.author, "Ann Author", 10);
	struct article_builder b;
	ab_init(&b, &a);
	add(&b, BLOCK_PARAGRAPH, 0, 0, 0,
	    "The first paragraph is long enough that it has to wrap at a narrow width like this one.");
	add(&b, BLOCK_QUOTE, 0, 0, 1, "A quoted paragraph that also wraps over more than one line here.");
	add(&b, BLOCK_LIST_ITEM, 1, 0, 0, "first item");
	add(&b, BLOCK_LIST_ITEM, 2, 3, 0, "nested numbered item that wraps around the width");
	add(&b, BLOCK_PARAGRAPH, 0, 0, 0,
	    "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE6\x96\x87\xE7\xAB\xA0\xE3\x81\xAF"
	    "\xE7\xA9\xBA\xE7\x99\xBD\xE3\x81\xAA\xE3\x81\x97\xE3\x81\xA7\xE6\x94\xB9\xE8\xA1\x8C"
	    "\xE3\x81\x95\xE3\x82\x8C\xE3\x81\xBE\xE3\x81\x99");
	add(&b, BLOCK_PARAGRAPH, 0, 0, 0,
	    "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D \xD7\x96\xD7\x94 "
	    "\xD7\x98\xD7\xA7\xD7\xA1\xD7\x98 \xD7\x91\xD7\xA2\xD7\x91\xD7\xA8\xD7\x99\xD7\xAA");
	add(&b, BLOCK_PARAGRAPH, 0, 0, 0,
	    "https://example.com/an/address/much/longer/than/any/line/of/the/layout/can/hold");
	ab_block_begin(&b, BLOCK_PRE, 0, 0, 0);
	ab_text(&b, "int\tx;\n\tint y;", 15);
	ab_block_end(&b);
	ab_finish(&b);

	struct layout_options o = { 30, false, false };
	struct layout l;
	ok(layout_article(&a, &o, &l) == 0, "an article lays out at 30 columns");
	int widest = 0;
	for (size_t i = 0; i < l.nlines; i++)
		if (l.lines[i].cols > widest)
			widest = l.lines[i].cols;
	ok(widest <= 30, "no line is wider than 30 columns (widest %d)", widest);
	is(line_text(&l, 0), "A title", "the title comes first");
	ok(l.lines[0].block == LINE_HEADER, "and maps to the header");
	ok(strstr(line_text(&l, 1), "Ann Author") != NULL, "then the author");

	size_t q = find_line(&l, "A quoted");
	ok(q != (size_t)-1 && strncmp(line_text(&l, q), "\xE2\x94\x82 ", 4) == 0,
	   "a block quote is marked with a bar");
	ok(strncmp(line_text(&l, q + 1), "\xE2\x94\x82 ", 4) == 0, "on every line");
	size_t li = find_line(&l, "first item");
	ok(li != (size_t)-1 && strncmp(line_text(&l, li), "\xE2\x80\xA2 first item", 13) == 0,
	   "a list item has a bullet");
	size_t nest = find_line(&l, "3. nested");
	ok(nest != (size_t)-1 && strncmp(line_text(&l, nest), "  3. nested", 11) == 0,
	   "a nested numbered item is indented and numbered");
	ok(nest == li + 1, "list items are not separated by blank lines");
	ok(strncmp(line_text(&l, nest + 1), "     ", 5) == 0, "a wrapped item hangs under its text");
	size_t pre = find_line(&l, "int");
	ok(pre != (size_t)-1 && strcmp(line_text(&l, pre), "    int     x;") == 0,
	   "preformatted text keeps its tabs as columns");
	ok(l.lines[q].block == 1, "lines map back to their block");
	is_int(layout_find(&l, 1, 0), q, "a block's first line is found again");
	layout_free(&l);

	o.width = 12;
	o.ascii = true;
	ok(layout_article(&a, &o, &l) == 0, "the same article at 12 columns");
	widest = 0;
	for (size_t i = 0; i < l.nlines; i++)
		if (l.lines[i].cols > widest)
			widest = l.lines[i].cols;
	ok(widest <= 12, "still fits (widest %d)", widest);
	q = find_line(&l, "A quoted");
	ok(q != (size_t)-1 && strncmp(line_text(&l, q), "| ", 2) == 0, "ASCII quote bars when asked");
	layout_free(&l);
	article_free(&a);

	/* nesting deeper than the screen is wide still fits */
	struct article deep = { 0 };
	ab_init(&b, &deep);
	add(&b, BLOCK_LIST_ITEM, 40, 123, 25, "an item nested forty lists deep in twenty-five quotes");
	add(&b, BLOCK_QUOTE, 0, 0, 60, "a quote sixty deep");
	ab_finish(&b);
	o.width = 30;
	o.ascii = false;
	ok(layout_article(&deep, &o, &l) == 0, "deep nesting lays out");
	widest = 0;
	for (size_t i = 0; i < l.nlines; i++)
		if (l.lines[i].cols > widest)
			widest = l.lines[i].cols;
	ok(widest <= 30, "and fits 30 columns (widest %d)", widest);
	ok(find_line(&l, "sixty") != (size_t)-1, "with its text shown");
	layout_free(&l);
	article_free(&deep);

	/* combining marks stay with their letters; link numbers when asked;
	 * every piece of article text knows where it came from */
	struct article links = { 0 };
	ab_init(&b, &links);
	ab_block_begin(&b, BLOCK_PARAGRAPH, 0, 0, 0);
	const char *t1 = "Officials met in ";
	ab_text(&b, t1, strlen(t1));
	int l0 = ab_link(&b, "https://example.com/geneva");
	size_t h = ab_span_begin(&b, SPAN_LINK, l0);
	ab_text(&b, "Geneva", 6);
	ab_span_end(&b, h);
	const char *t2 = " and talked of cafe\xCC\x81s, re\xCC\x81sume\xCC\x81s and "
			 "na\xC3\xAFve\xCC\x81te\xCC\x81 for hours on end.";
	ab_text(&b, t2, strlen(t2));
	ab_block_end(&b);
	ab_finish(&b);
	o.width = 20;
	o.link_numbers = true;
	ok(layout_article(&links, &o, &l) == 0, "an article with a link lays out with link numbers");
	size_t numbered = (size_t)-1;
	bool fits = true, sources = true, marks = true;
	for (size_t i = 0; i < l.nlines; i++) {
		if (l.lines[i].cols > 20)
			fits = false;
		const struct lline *ln = &l.lines[i];
		for (size_t k = 0; k < ln->nseg; k++) {
			const struct lseg *sg = &l.segs[ln->seg + k];
			if ((sg->attr & LA_LINKNUM) && sg->len == 3 && !memcmp(sg->text, "[1]", 3) && sg->link == 0)
				numbered = i;
			if (sg->src != SEG_MADE && ln->block >= 0 &&
			    sg->text != links.blocks[ln->block].text + sg->src)
				sources = false;
			/* a line never starts with a combining mark */
			if (k == 1 && sg->len >= 2 && (unsigned char)sg->text[0] == 0xCC)
				marks = false;
		}
	}
	ok(numbered != (size_t)-1 && strstr(line_text(&l, numbered), "Geneva[1]"),
	   "the link's number follows it: Geneva[1]");
	ok(fits, "and lines still fit");
	ok(sources, "article text maps back to its place in the block");
	ok(marks, "combining marks stay with their letters");
	layout_free(&l);
	o.link_numbers = false;
	ok(layout_article(&links, &o, &l) == 0 && find_line(&l, "[1]") == (size_t)-1,
	   "without link numbers, no [1]");
	layout_free(&l);
	article_free(&links);

	/* names and quotes found by the analysis have their own attributes */
	struct article named = { 0 };
	ab_init(&b, &named);
	add(&b, BLOCK_PARAGRAPH, 0, 0, 0,
	    "President Joseph Biden said “we will stand together” in Moscow, and NATO agreed.");
	ab_finish(&b);
	ok(analyze_article(&named) == 0, "an analyzed article");
	o.width = 80;
	ok(layout_article(&named, &o, &l) == 0, "lays out");
	unsigned person = 0, place = 0, org = 0, quoted = 0, title = 0;
	for (size_t i = 0; i < l.nsegs; i++) {
		const struct lseg *s = &l.segs[i];
		if (s->len == 12 && !memcmp(s->text, "Joseph Biden", 12))
			person = s->attr;
		else if (s->len == 6 && !memcmp(s->text, "Moscow", 6))
			place = s->attr;
		else if (s->len == 4 && !memcmp(s->text, "NATO", 4))
			org = s->attr;
		else if (s->len >= 9 && !memcmp(s->text, "President", 9))
			title = s->attr;
		else if (s->len >= 5 && !memcmp(s->text, "we wi", 5))
			quoted = s->attr;
	}
	ok(person & LA_PERSON, "a person's name is marked as a person's");
	ok(place & LA_PLACE, "a place as a place");
	ok(org & LA_ORG, "an organization as one");
	ok(quoted & LA_QUOTED, "the words of a quote as quoted");
	ok(!(title & (LA_PERSON | LA_QUOTED)), "and the title before the name is plain text");
	layout_free(&l);
	article_free(&named);

	/* a table row too long for the line goes on under its last cell */
	struct article t = { 0 };
	ab_init(&b, &t);
	ab_block_begin(&b, BLOCK_TABLE_ROW, 0, 0, 0);
	ab_text(&b, "Ctrl-W", 6);
	ab_tab(&b);
	ab_text(&b, "delete the word before the cursor, back to a blank", 50);
	ab_block_end(&b);
	ab_finish(&b);
	struct layout_options to = { 40, false, false };
	int laid = layout_article(&t, &to, &l);
	ok(laid == 0 && l.nlines >= 2, "a long table row wraps (%zu lines)", l.nlines);
	int widest_row = 0;
	char words[512] = "";
	for (size_t i = 0; i < l.nlines; i++) {
		if (l.lines[i].cols > widest_row)
			widest_row = l.lines[i].cols;
		strncat(words, line_text(&l, i), sizeof words - strlen(words) - 1);
		strncat(words, " ", sizeof words - strlen(words) - 1);
	}
	ok(widest_row <= 40, "no line of it is wider than the width (%d)", widest_row);
	ok(strstr(words, "blank") && strstr(words, "cursor,"), "and no word is lost");
	size_t first = find_line(&l, "Ctrl-W");
	size_t col = first != (size_t)-1 ? (size_t)(strstr(line_text(&l, first), "delete") - line_text(&l, first)) : 0;
	char *next = first != (size_t)-1 && first + 1 < l.nlines ? line_text(&l, first + 1) : "";
	size_t lead = strspn(next, " ");
	ok(col > 0 && lead == col, "its next line starts under the last cell (column %zu, not %zu)", col, lead);
	layout_free(&l);
	article_free(&t);
	return done_testing();
}
