/* test-html.c — the markup guard and parsing hostile pages. */
#include <config.h>

#include "html.h"
#include "tap.h"

#include <stdlib.h>

static char *repeat(const char *unit, size_t times, size_t *len)
{
	size_t ul = strlen(unit);
	char *s = malloc(ul * times + 1);
	for (size_t i = 0; i < times; i++)
		memcpy(s + i * ul, unit, ul);
	s[ul * times] = '\0';
	*len = ul * times;
	return s;
}

static size_t depth_of(GumboNode *n)
{
	size_t d = 0;
	while (n->type == GUMBO_NODE_ELEMENT && n->v.element.children.length > 0) {
		GumboVector *k = &n->v.element.children;
		n = k->data[k->length - 1];
		d++;
	}
	return d;
}

int main(void)
{
	char *out;
	size_t olen, len;
	const char *plain = "<html><body><div><p>one<p>two</div><script>if (a<b) x();</script></body></html>";
	is_int(html_guard(plain, strlen(plain), &out, &olen), 0, "an ordinary page passes the guard unchanged");
	ok(out == NULL, "and is not copied");

	char *deep = repeat("<div>", 100000, &len);
	long dropped = html_guard(deep, len, &out, &olen);
	ok(dropped == 100000 - HTML_MAX_DEPTH, "tags nested beyond the limit are dropped (%ld)", dropped);
	free(out);
	struct html_doc doc;
	ok(html_parse(deep, len, &doc) == 0, "100,000 nested divs parse");
	ok(depth_of(doc.output->root) <= HTML_MAX_DEPTH + 4, "to a bounded depth");
	html_free(&doc);
	free(deep);

	char *tables = repeat("<table><tr><td>x", 50000, &len);
	ok(html_parse(tables, len, &doc) == 0, "50,000 nested tables parse without exhausting the stack");
	html_free(&doc);
	free(tables);

	char *bold = repeat("<b>", 200000, &len);
	ok(html_parse(bold, len, &doc) == 0, "200,000 unclosed <b> tags parse");
	html_free(&doc);
	free(bold);

	char *paras = repeat("<p>text", 50000, &len);
	is_int(html_guard(paras, len, &out, &olen), 0, "many unclosed <p> are siblings, not depth");
	free(paras);

	/* a tag with far too many attributes */
	size_t an = 0;
	char *attrs = malloc(20 * 20000 + 64);
	an += (size_t)sprintf(attrs, "<p>before<div");
	for (int i = 0; i < 20000; i++)
		an += (size_t)sprintf(attrs + an, " a%d=1", i);
	an += (size_t)sprintf(attrs + an, ">after</div>");
	ok(html_guard(attrs, an, &out, &olen) == 1, "a tag with 20,000 attributes is dropped");
	ok(out && strstr(out, "before") && strstr(out, "after") && !strstr(out, "a19999"),
	   "its text stays, its attributes go");
	free(out);
	free(attrs);

	const char *raw = "<script>for(i=0;i<n;i++){<div><div><div></script><p>x";
	is_int(html_guard(raw, strlen(raw), &out, &olen), 0, "markup inside a script is not counted");

	/* scripts and style sheets are emptied before gumbo reads them */
	const char *page = "<head><style>p{color:red}</style><script type='application/ld+json'>{\"a\":1}"
			   "</script></head><body><script>var s = '<p>not text</p>';</script>"
			   "<script><!-- document.write('<script></script>'); --></script>"
			   "<textarea><script>x()</script></textarea><p>text</p></body>";
	long emptied = html_quiet(page, strlen(page), &out, &olen);
	is_int(emptied, 2, "a style sheet and a script are emptied");
	ok(out && strstr(out, "<style></style>") && strstr(out, "<script></script><script><!--") &&
	   !strstr(out, "not text"), "their tags stay, their text goes");
	ok(out && strstr(out, "{\"a\":1}"), "JSON-LD stays");
	ok(out && strstr(out, "document.write"), "a script with <!-- in it stays");
	ok(out && strstr(out, "<textarea><script>x()</script></textarea><p>text</p>"),
	   "what only looks like a script (in a textarea) stays");
	free(out);
	ok(html_quiet("<p>no scripts</p>", 17, &out, &olen) == 0 && out == NULL, "a page without them is not copied");

	const char *ent = "<p>&#27;[31m &#99999999999999999999; &#x110000; &#0; &#x80;</p>";
	ok(html_parse(ent, strlen(ent), &doc) == 0, "control and overflowing character references parse");
	html_free(&doc);

	/* beyond Unicode is U+FFFD, as the HTML standard says; gumbo would
	 * wrap these round to "&" and to ESC */
	const char *wrap = "<p>a &#xFFFFFFFF; b &#4294967323; c &#x110000 d</p>";
	ok(html_parse(wrap, strlen(wrap), &doc) == 0, "references past U+10FFFF parse");
	const char *text = NULL;
	const GumboNode *body = doc.output->root->v.element.children.length > 1
		? doc.output->root->v.element.children.data[1] : NULL;
	if (body && body->type == GUMBO_NODE_ELEMENT && body->v.element.children.length > 0) {
		const GumboNode *para = body->v.element.children.data[0];
		if (para->type == GUMBO_NODE_ELEMENT && para->v.element.children.length > 0)
			text = ((const GumboNode *)para->v.element.children.data[0])->v.text.text;
	}
	is(text, "a \xEF\xBF\xBD b \xEF\xBF\xBD c \xEF\xBF\xBD d", "each is one replacement character");
	html_free(&doc);
	return done_testing();
}
