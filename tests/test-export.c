/* test-export.c — text, Markdown and JSON writers. */
#include <config.h>

#include "article.h"
#include "export.h"
#include "tap.h"

#include <jansson.h>
#include <stdlib.h>

static void para(struct article_builder *b, enum block_type t, int level, int number, int q,
		 const char *text)
{
	ab_block_begin(b, t, level, number, q);
	ab_text(b, text, strlen(text));
	ab_block_end(b);
}

static char *render(const struct article *a, enum format f, int width)
{
	struct export_options o = { f, width, false, false };
	struct buf out = BUF_INIT;
	if (export_article(a, &o, &out) < 0)
		return NULL;
	return buf_steal(&out);
}

int main(void)
{
	struct article a = { 0 };
	article_set(&a.title, "Talks *resume*", 14);
	article_set(&a.author, "Jane Roe", 8);
	article_set(&a.published, "2021-11-12T18:30:00Z", 20);
	article_set(&a.site, "The Paper", 9);
	article_set(&a.url, "https://example.com/a", 21);
	struct article_builder b;
	ab_init(&b, &a);
	ab_block_begin(&b, BLOCK_PARAGRAPH, 0, 0, 0);
	ab_text(&b, "Officials met in ", 17);
	int l = ab_link(&b, "https://example.com/geneva");
	size_t h = ab_span_begin(&b, SPAN_LINK, l);
	ab_text(&b, "Geneva", 6);
	ab_span_end(&b, h);
	ab_text(&b, " on a *cold* day.", 17);
	ab_block_end(&b);
	para(&b, BLOCK_HEADING, 2, 0, 0, "What was said");
	para(&b, BLOCK_QUOTE, 0, 0, 1, "We will talk again.");
	para(&b, BLOCK_QUOTE, 0, 0, 1, "Soon.");
	para(&b, BLOCK_LIST_ITEM, 1, 0, 0, "first");
	para(&b, BLOCK_LIST_ITEM, 2, 1, 0, "nested one");
	para(&b, BLOCK_LIST_ITEM, 2, 2, 0, "nested two");
	ab_block_begin(&b, BLOCK_PRE, 0, 0, 0);
	ab_text(&b, "x = 1\n  y = 2", 13);
	ab_block_end(&b);
	ab_block_begin(&b, BLOCK_TABLE_ROW, 0, 0, 0);
	ab_text(&b, "City", 4);
	ab_tab(&b);
	ab_text(&b, "Score", 5);
	ab_block_end(&b);
	ab_block_begin(&b, BLOCK_TABLE_ROW, 0, 0, 0);
	ab_text(&b, "Geneva", 6);
	ab_tab(&b);
	ab_text(&b, "9", 1);
	ab_block_end(&b);
	para(&b, BLOCK_PARAGRAPH, 0, 0, 0, "1. Not a list, just a number.");
	ab_finish(&b);
	article_compact_links(&a);

	char *t = render(&a, FORMAT_TEXT, 0);
	const char *head = "Talks *resume*\nJane Roe \xC2\xB7 2021-11-12 \xC2\xB7 The Paper\nhttps://example.com/a\n\n";
	ok(t && strncmp(t, head, strlen(head)) == 0,
	   "text starts with the title, a byline and the address");
	ok(t && strstr(t, "\n\nOfficials met in Geneva on a *cold* day.\n"), "a paragraph is one line at width 0");
	ok(t && strstr(t, "\n    We will talk again.\n\n    Soon.\n"), "block quotes are indented");
	ok(t && strstr(t, "\n* first\n  1. nested one\n  2. nested two\n"), "lists are marked and nested, without blank lines");
	ok(t && strstr(t, "\n    x = 1\n      y = 2\n"), "preformatted text is kept as it is, indented");
	ok(t && strstr(t, "\nCity    Score\nGeneva  9\n"), "table rows line up in columns");
	free(t);

	t = render(&a, FORMAT_TEXT, 20);
	int longest = 0, cur = 0;
	for (const char *p = t; p && *p; p++) {
		if (*p == '\n') {
			if (cur > longest)
				longest = cur;
			cur = 0;
		} else if (((unsigned char)*p & 0xC0) != 0x80) {
			cur++;
		}
	}
	ok(t && longest <= 21 && strstr(t, "Officials met in\nGeneva on a *cold*\nday.\n"),
	   "--width wraps paragraphs (the address alone may be longer)");
	free(t);

	char *m = render(&a, FORMAT_MARKDOWN, 0);
	ok(m && strncmp(m, "# Talks \\*resume\\*\n", 19) == 0, "Markdown starts with the title as '# ', escaped");
	ok(m && strstr(m, "Officials met in [Geneva](https://example.com/geneva) on a \\*cold\\* day."),
	   "links become [text](url) and stray asterisks are escaped");
	ok(m && strstr(m, "\n## What was said\n"), "headings keep their level");
	ok(m && strstr(m, "\n> We will talk again.\n>\n> Soon.\n"), "block quotes are '> ' and stay one quote");
	ok(m && strstr(m, "\n-   first\n    1. nested one\n    2. nested two\n"), "nested lists");
	ok(m && strstr(m, "\n```\nx = 1\n  y = 2\n```\n"), "preformatted text is fenced");
	ok(m && strstr(m, "\n| City | Score |\n| --- | --- |\n| Geneva | 9 |\n"), "tables become Markdown tables");
	ok(m && strstr(m, "\n1\\. Not a list"), "a number at the start of a paragraph does not start a list");
	free(m);

	char *j = render(&a, FORMAT_JSON, 0);
	json_error_t e;
	json_t *v = j ? json_loads(j, 0, &e) : NULL;
	ok(v != NULL, "JSON output parses");
	ok(j && strchr(j, '\n') == j + strlen(j) - 1, "and is one line");
	static const char *const keys[] = { "url", "title", "author", "published", "site", "lang", "excerpt",
		"text", "blocks", "links", "people", "organizations", "places", "quotes" };
	int all = 1;
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
		all = all && json_object_get(v, keys[i]) != NULL;
	ok(all, "every key of the contract is present");
	ok(json_is_null(json_object_get(v, "lang")), "unknown values are null");
	is(json_string_value(json_object_get(v, "title")), "Talks *resume*", "title");
	const char *text = json_string_value(json_object_get(v, "text"));
	const char *start = "Officials met in Geneva on a *cold* day.\n\nWhat was said\n\n";
	ok(text && strncmp(text, start, strlen(start)) == 0,
	   "text joins blocks with blank lines");
	json_t *b0 = json_array_get(json_object_get(v, "blocks"), 2);
	is(json_string_value(json_object_get(b0, "type")), "quote", "block types are named");
	json_t *l0 = json_array_get(json_object_get(v, "links"), 0);
	is(json_string_value(json_object_get(l0, "url")), "https://example.com/geneva", "the link table");
	is(json_string_value(json_object_get(l0, "text")), "Geneva", "with link texts");
	ok(json_is_array(json_object_get(v, "people")), "people is an array");
	json_decref(v);
	free(j);

	enum format f;
	ok(format_from_path("out.md", &f) && f == FORMAT_MARKDOWN, ".md is Markdown");
	ok(format_from_path("dir.v2/out.JSON", &f) && f == FORMAT_JSON, ".JSON is JSON");
	ok(format_from_path("a.txt", &f) && f == FORMAT_TEXT, ".txt is text");
	ok(!format_from_path("dir.d/noext", &f), "no extension, no format");
	article_free(&a);
	return done_testing();
}
