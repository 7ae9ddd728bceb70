/* test-extract.c — extraction on pages written for each thing it must do:
 * metadata from each source, structure kept, boilerplate dropped. */
#include <config.h>

#include "article.h"
#include "pipeline.h"
#include "tap.h"

#include <stdlib.h>

/* Three paragraphs of plain article prose, so a page has an article. */
#define PROSE \
	"<p>The council met on Tuesday evening to discuss the budget, which has grown by a third " \
	"since last year, and to hear from residents who had come to speak about the plan.</p>" \
	"<p>Several speakers said the new library, the repaired bridge and the longer bus routes " \
	"were worth the cost, while others asked why the pool would close for another summer.</p>" \
	"<p>The vote, expected next month, will decide whether the plan goes ahead as written, " \
	"with changes, or not at all, the mayor told reporters after the meeting ended.</p>" \
	"<p>Residents who could not attend may send their comments in writing until the end of " \
	"the month, and the full plan can be read at the town hall and in every branch library.</p>"

static struct article art;
static char all[1 << 16];

static int extract(const char *html, const char *url)
{
	char *err = NULL;
	article_free(&art);
	int r = pipeline_from_bytes(html, strlen(html), NULL, url, &art, &err, NULL);
	free(err);
	size_t n = 0;
	all[0] = '\0';
	for (size_t i = 0; r == 0 && i < art.nblocks; i++) {
		size_t l = art.blocks[i].len;
		if (n + l + 2 >= sizeof all)
			break;
		memcpy(all + n, art.blocks[i].text, l);
		n += l;
		all[n++] = '\n';
		all[n] = '\0';
	}
	return r;
}

static int has(const char *s)
{
	return strstr(all, s) != NULL;
}

static const struct block *block_with(const char *s)
{
	for (size_t i = 0; i < art.nblocks; i++)
		if (strstr(art.blocks[i].text, s))
			return &art.blocks[i];
	return NULL;
}

static void metadata(void)
{
	extract("<html lang=fr><head><title>Budget vote | Daily Bugle</title>"
		"<meta property='og:site_name' content='Daily Bugle'>"
		"<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
		"\"@type\":\"NewsArticle\",\"headline\":\"Council weighs the budget\","
		"\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"name\":\"Bo Kim\"}],"
		"\"datePublished\":\"2024-03-05T10:00:00+01:00\",\"publisher\":{\"name\":\"The Bugle\"}}</script>"
		"</head><body><article>" PROSE "</article></body></html>", NULL);
	is(art.title, "Council weighs the budget", "JSON-LD headline is the title");
	is(art.author, "Ann Lee, Bo Kim", "JSON-LD authors, joined");
	is(art.published, "2024-03-05T10:00:00+01:00", "JSON-LD datePublished");
	is(art.site, "The Bugle", "JSON-LD publisher is the site");
	is(art.lang, "fr", "<html lang> is the language");

	extract("<html><head><title>Budget vote | Daily Bugle</title>"
		"<meta property='og:title' content='Budget vote, explained'>"
		"<meta property='og:site_name' content='Daily Bugle'>"
		"<meta name='author' content='Cy Young'>"
		"<meta property='article:published_time' content='2024-03-06'>"
		"<link rel=canonical href='https://bugle.example/budget'>"
		"</head><body><article>" PROSE "</article></body></html>", NULL);
	is(art.title, "Budget vote, explained", "og:title");
	is(art.author, "Cy Young", "<meta name=author>");
	is(art.published, "2024-03-06", "article:published_time");
	is(art.site, "Daily Bugle", "og:site_name");
	is(art.url, "https://bugle.example/budget", "a local page's address comes from its canonical link");

	extract("<html><head><title>Budget vote passes in a late session | Daily Bugle</title>"
		"<meta name='DC.creator' content='Di Prince'><meta name='DC.date' content='not a date'>"
		"</head><body><article>" PROSE "</article></body></html>", NULL);
	is(art.title, "Budget vote passes in a late session", "<title> without the site's name");
	is(art.author, "Di Prince", "Dublin Core creator");
	ok(art.published == NULL, "a date that is not ISO 8601 is left out");

	extract("<html><head><title>Vote</title></head><body><article>"
		"<div class='byline'>By Ed Stone</div>" PROSE "</article></body></html>", NULL);
	is(art.author, "Ed Stone", "a byline element names the author");
	ok(!has("By Ed Stone"), "and is not part of the text");

	extract("<html><head><title>Vote</title></head><body><article>"
		"<p class='byline'>By <a href='/author/fay-wray' rel='author'>Fay Wray</a> - Apr 16, 2015 8:02 pm</p>"
		PROSE "</article></body></html>", NULL);
	is(art.author, "Fay Wray", "a byline's author link is the name, without the date");
	extract("<html><head><title>Vote</title></head><body><article>"
		"<span class='dateline'>Sunday, Feb 1, 2015</span><span class='author'>Gil Evans \xE2\x80\xA2 8h</span>"
		PROSE "</article></body></html>", NULL);
	is(art.author, "Gil Evans", "a dateline is no author; what follows a bullet is no name");
	extract("<html><head><title>Vote</title><meta itemprop='author' content='Hal Foster'></head>"
		"<body><article><div class='byline'>By Hal Foster<br>Bugle city reporter</div>"
		PROSE "</article></body></html>", NULL);
	is(art.author, "Hal Foster", "microdata itemprop=author comes before a byline with a job title");
	extract("<html><head><title>Vote</title><meta name='twitter:creator' content='Ida Lupino'></head>"
		"<body><article>" PROSE "</article></body></html>", NULL);
	is(art.author, "Ida Lupino", "a twitter:creator that is a name is the last resort");
	extract("<html><head><title>Vote</title><meta name='twitter:creator' content='@bugle'></head>"
		"<body><article>" PROSE "</article></body></html>", NULL);
	is(art.author, NULL, "a @handle is not an author");

	extract("<html><head><title>Budget vote passes after a long night of debate - Daily Bugle</title>"
		"<script type='application/ld+json'>{\"@context\":\"http://schema.org\",\"@type\":\"NewsArticle\","
		"\"name\":\"Daily Bugle\",\"headline\":\"Budget vote passes after a long night of debate\"}</script>"
		"</head><body><article>" PROSE "</article></body></html>", NULL);
	is(art.title, "Budget vote passes after a long night of debate",
	   "JSON-LD: the headline when the name is the site's (it matches <title>)");
	extract("<html><head><title>x</title><meta name='parsely-title' content='Parsely says'>"
		"<meta name='twitter:title' content='Twitter says'></head><body><article>" PROSE
		"</article></body></html>", NULL);
	is(art.title, "Twitter says", "twitter:title before parsely-title");
	extract("<html><head><title>Outside the web: standalone WebAssembly binaries using Emscripten</title></head>"
		"<body><article>" PROSE "</article></body></html>", NULL);
	is(art.title, "standalone WebAssembly binaries using Emscripten", "<title>: the part after a colon");
	extract("<html><head><title>A long story about the town budget | Section | Daily Bugle</title></head>"
		"<body><article>" PROSE "</article></body></html>", NULL);
	is(art.title, "A long story about the town budget | Section", "<title>: the last separated part goes");
	extract("<html><head><title>x</title></head><body><article><time datetime='2023-05-06T07:08:09Z'>May 6</time>"
		PROSE "</article></body></html>", NULL);
	is(art.published, "2023-05-06T07:08:09Z", "<time datetime> when nothing else dates the page");
	extract("<html><head><title>x</title></head><body><article>" PROSE "</article></body></html>", NULL);
	ok(art.excerpt && !strncmp(art.excerpt, "The council met", 15),
	   "without a description the excerpt is the first paragraph");
}

static void structure(void)
{
	extract("<html><head><title>Structure test page</title><base href='/news/'></head><body><article>"
		"<h1>Structure test page</h1>" PROSE
		"<h2>A section</h2>"
		"<p>Read <a href='story.html'>the story</a>, <em>slowly</em> and <strong>twice</strong>, "
		"or run <code>make check</code> first.</p>"
		"<blockquote><p>A quoted paragraph of some length.</p><p>And its second one.</p></blockquote>"
		"<ul><li>one<ul><li>one point one</li></ul></li><li>two</li></ul>"
		"<ol start=3><li>three</li><li>four</li></ol>"
		"<pre>int main(void)\n{\n\treturn 0;\n}</pre>"
		"<table><tr><th>City</th><th>Votes</th></tr><tr><td>Oslo</td><td>12</td></tr></table>"
		"<figure><img src=x.jpg alt='x'><figcaption>The council chamber.</figcaption></figure>"
		"<p>Line one<br>line two<br><br>A new paragraph after two breaks.</p>"
		"</article></body></html>", "https://bugle.example/2024/page.html");
	ok(!block_with("Structure test page"), "a heading that repeats the title is shown once");
	const struct block *b = block_with("A section");
	ok(b && b->type == BLOCK_HEADING && b->level == 2, "headings keep their level");
	b = block_with("Read the story");
	ok(b != NULL, "inline markup keeps its text");
	ok(b && b->nspans == 4, "with spans for the link, emphasis, strong and code");
	ok(art.nlinks == 1 && strcmp(art.links[0].url, "https://bugle.example/news/story.html") == 0,
	   "a relative link is resolved against <base>");
	b = block_with("A quoted paragraph");
	ok(b && b->type == BLOCK_QUOTE && b->quote_depth == 1, "block quotes are quote blocks");
	ok(block_with("And its second one.") && block_with("And its second one.")->type == BLOCK_QUOTE,
	   "each of their paragraphs");
	b = block_with("one point one");
	ok(b && b->type == BLOCK_LIST_ITEM && b->level == 2, "nested list items have depth");
	b = block_with("four");
	ok(b && b->type == BLOCK_LIST_ITEM && b->number == 4, "ordered items are numbered from start=");
	b = block_with("return 0;");
	ok(b && b->type == BLOCK_PRE && strstr(b->text, "{\n\treturn 0;\n}"), "preformatted text is kept verbatim");
	b = block_with("Oslo");
	ok(b && b->type == BLOCK_TABLE_ROW && strcmp(b->text, "Oslo\t12") == 0, "table rows keep their cells");
	b = block_with("council chamber");
	ok(b && b->type == BLOCK_CAPTION, "figure captions are captions");
	b = block_with("Line one");
	ok(b && strcmp(b->text, "Line one\nline two") == 0, "<br> is a line break");
	ok(block_with("A new paragraph after") != NULL &&
	   block_with("A new paragraph after") != block_with("Line one"), "two <br> end a paragraph");
}

static void boilerplate(void)
{
	/* chrome marked by class, role and tag */
	extract("<html><head><title>t</title></head><body>"
		"<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
		"<div class='cookie-consent'>We use cookies to improve your experience. Accept</div>"
		"<main><article>"
		"<div class='share-tools'><a href='#'>Facebook</a> <a href='#'>Twitter</a></div>"
		PROSE
		"<div class='ad-slot'><span>Advertisement</span></div>"
		"<div class='tags'><a href=/t/a>Budget</a> <a href=/t/b>Council</a></div>"
		"<section id='comments'><h3>42 comments</h3><p>First! This is a comment that is long "
		"enough to look like a paragraph of text to a naive extractor.</p></section>"
		"</article>"
		"<aside><h2>Most Popular</h2><ol><li><a href=/1>Other story one</a></li></ol></aside>"
		"</main><footer><p>Copyright 2024 Bugle Media. All rights reserved.</p></footer>"
		"</body></html>", NULL);
	ok(has("The council met"), "the article is kept");
	ok(!has("Home"), "navigation is dropped");
	ok(!has("cookies"), "a cookie banner is dropped");
	ok(!has("Facebook"), "a share bar is dropped");
	ok(!has("Advertisement"), "an ad slot is dropped");
	ok(!has("Council\n") && !has("Budget\n"), "the tag list is dropped");
	ok(!has("First!") && !has("42 comments"), "the comment section is dropped");
	ok(!has("Most Popular") && !has("Other story"), "'Most Popular' is dropped");
	ok(!has("All rights reserved"), "the copyright line is dropped");

	/* a layout's modifier class names what is beside the article */
	extract("<html><head><title>t</title></head><body><div class='page'>"
		"<div class='container with-sidebar-right'><p>The first half of the story, written in one "
		"long paragraph about the bridge, the river and the town that grew up around them.</p>"
		"<p>And a second paragraph about the engineers who came to study the cracks in its "
		"arches, and what they told the council about the cost of mending them.</p></div>"
		PROSE
		"<div class='sidebar'><h3>Most Read</h3><p>A story from elsewhere on the site that is "
		"long enough to be read as a paragraph of text by an extractor.</p></div>"
		"</div></body></html>", NULL);
	ok(has("The first half of the story") && has("The council met"),
	   "an article's part in a 'with-sidebar-right' container is kept");
	ok(!has("Most Read"), "and the sidebar itself is dropped");

	/* the same chrome with class names lede has never seen: only its
	 * words and links tell what it is */
	extract("<html><head><title>t</title></head><body><div class='x1'>"
		"<div class='q7'>" PROSE
		"<div class='z3'><span>Advertisement</span></div>"
		"<p>The mayor's office said a full report would be published before the vote, along "
		"with a list of the projects that would be paid for first.</p>"
		"</div>"
		"<div class='r2'><h3>Related</h3><a href=/a>A story about roads and their repair</a>"
		"<a href=/b>A story about the bridge and its history</a></div>"
		"<div class='r5'><h2>More Local News</h2><ul><li><a href=/c>School board meets again</a></li>"
		"<li><a href=/d>Library opens a branch downtown</a></li></ul></div>"
		"<div class='k9'><h4>Sign up for our newsletter</h4><p>The news in your inbox.</p>"
		"<input type=email><button>Subscribe</button></div>"
		"<p class='f1'>\xC2\xA9 2024 Bugle Media Group. All rights reserved.</p>"
		"<div class='c4'>This site uses cookies. By continuing you accept our policy.</div>"
		"</div></body></html>", NULL);
	ok(has("The council met") && has("full report"), "the article is kept");
	ok(!has("Advertisement"), "an unmarked 'Advertisement' label is dropped");
	ok(!has("Related") && !has("roads"), "an unmarked 'Related' block is dropped");
	ok(!has("More Local News") && !has("School board"), "an unmarked 'More … News' block is dropped");
	ok(!has("newsletter") && !has("inbox"), "an unmarked newsletter box is dropped");
	ok(!has("rights reserved"), "an unmarked copyright line is dropped");
	ok(!has("cookies"), "an unmarked cookie notice is dropped");

	/* a block that is mostly a list is judged as a list: items of prose,
	 * each with a "learn more" link, are the article; a list of
	 * headlines (all links) is not */
	{
		struct buf pg = BUF_INIT;
		buf_puts(&pg, "<html><body><article>" PROSE "<div class='c3'><h2>What the plan pays for</h2><ul>");
		static const char *const item[] = { "Bridge", "Library", "Buses", "Pool", "Parks", "Roads" };
		for (int i = 0; i < 6; i++)
			buf_printf(&pg, "<li><a href='/v/%d'><img src='/%d.jpg' alt='x'></a><h3>%s</h3>"
				   "<p>The %s item is described here in a sentence of plain words.</p>"
				   "<a href='/more/%d'>Learn more about the %s</a></li>",
				   i, i, item[i], item[i], i, item[i]);
		buf_puts(&pg, "</ul></div><div class='d4'><h2>Elsewhere today</h2><ul>");
		for (int i = 0; i < 6; i++)
			buf_printf(&pg, "<li><a href='/s/%d'>Another story about the town, number %d</a></li>", i, i);
		buf_puts(&pg, "</ul></div></article></body></html>");
		extract(pg.data, NULL);
		ok(has("The council met") && has("The Roads item is described"),
		   "a heading over items of prose with links is kept, to the last item");
		ok(!has("Another story"), "a list of headline links is not");
		buf_free(&pg);
	}

	/* what a video player says when it cannot play */
	extract("<html><body><article>" PROSE
		"<div class='p9'><div class='e1'><div>Video Not Available</div>"
		"<div>Unfortunately, this video is not available in your region.</div></div>"
		"<div>Your browser does not support the video tag.</div>"
		"<div>Replay</div><div>Captions</div><div>Settings</div></div>"
		"</article></body></html>", NULL);
	ok(has("The council met") && !has("not available in your region") && !has("does not support"),
	   "a video player's notices are dropped");

	/* an author box and an image */
	extract("<html><body><article>" PROSE
		"<figure><img src='/a.jpg' alt='The town hall'><figcaption>The hall.</figcaption></figure>"
		"<p>Inline <img src='/icon.png' alt='icon'> picture.</p><img src='/deco.png' alt=''>"
		"<div class='author-bio'><img src='/me.jpg' alt=''><p>Jane writes about the town.</p></div>"
		"</article></body></html>", "https://bugle.example/story");
	const struct block *img = block_with("The town hall");
	ok(img && img->type == BLOCK_IMAGE && img->src && !strcmp(img->src, "https://bugle.example/a.jpg"),
	   "an image that stands alone is an image block with its address");
	ok(!has("icon") && has("Inline picture."), "an image inside a line of text is left out");
	ok(!has("Jane writes"), "an author box is dropped");

	/* hidden things never show */
	extract("<html><body><article>" PROSE
		"<p hidden>Hidden by attribute.</p><p style='display: none'>Hidden by style.</p>"
		"<p aria-hidden='true'>Hidden from readers.</p><span class='sr-only'>Screen reader text.</span>"
		"<script>document.write('script text')</script><style>p{}</style>"
		"<noscript>Please enable JavaScript.</noscript>"
		"</article></body></html>", NULL);
	ok(has("The council met"), "the article is kept");
	ok(!has("Hidden") && !has("Screen reader") && !has("script text") && !has("JavaScript"),
	   "hidden elements, scripts and noscript are dropped");

	/* a publisher's promotions written as paragraphs of the article */
	extract("<html><head><title>t</title></head><body><article>" PROSE
		"<p>READ MORE: Council to vote on the new bus routes next month</p>"
		"<p>The mayor said the pool would open again in the spring, when repairs are done.</p>"
		"<p>Get the latest news sent straight to your messages by joining our WhatsApp community today.</p>"
		"<p>You'll receive daily updates on breaking news as well as the top headlines.</p>"
		"<p>To leave our community click on the name at the top of your screen.</p>"
		"<p>Don't miss the latest news - Sign up to our daily newsletter here.</p>"
		"</article></body></html>", NULL);
	ok(has("The council met") && has("open again in the spring"), "the article is kept");
	ok(!has("READ MORE") && !has("bus routes next month"), "a 'READ MORE:' teaser is dropped");
	ok(!has("WhatsApp") && !has("top headlines") && !has("leave our community") && !has("newsletter"),
	   "and so is the run of paragraphs that sell a newsletter or a chat group at the end");

	/* a page with nothing to read */
	ok(extract("<html><body><nav><a href=/>Home</a></nav></body></html>", NULL) < 0,
	   "a page without an article is an error");
	/* a home page: headlines and links, no article */
	struct buf home = BUF_INIT;
	buf_puts(&home, "<html><body><main>");
	for (int i = 0; i < 20; i++)
		buf_printf(&home, "<div><h3><a href='/n/%d'>Headline number %d about the town</a></h3>"
			   "<p>A short summary. <a href='/n/%d'>More</a></p></div>", i, i, i);
	buf_puts(&home, "</main></body></html>");
	ok(extract(home.data, NULL) < 0, "a home page of headlines has no article");
	buf_free(&home);
}

static void hostile(void)
{
	extract("<html><head><title>Esc\x1B]0;owned\x07 title &#27;[2J</title></head><body><article>"
		"<p>Text with &#27;[31m red &#x9b;1m and \x1B[5m blink, a\x08 backspace, a\rCR, "
		"&#x202E;override&#x202C; and &#99999999999; and &#0; across a sentence that is long "
		"enough to be an article paragraph on its own, with commas, and more words.</p>"
		PROSE "</article></body></html>", NULL);
	int bad = 0;
	for (const unsigned char *p = (const unsigned char *)all; *p; p++)
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7F)
			bad++;
	ok(bad == 0, "no control character from the page reaches the model");
	ok(!strstr(all, "\xE2\x80\xAE") && !strstr(all, "\xC2\x9B"), "nor a bidi override or C1 control");
	ok(art.title && !strchr(art.title, 0x1B) && !strchr(art.title, 0x07), "nor the title");
	ok(has("[31m red"), "the visible rest of the text stays");
}

int main(void)
{
	metadata();
	structure();
	boilerplate();
	hostile();
	article_free(&art);
	return done_testing();
}
