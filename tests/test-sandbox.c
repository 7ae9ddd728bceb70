/* test-sandbox.c — the confined child, and the article's wire form read
 * as untrusted input. */
#include <config.h>

#include "analyze/analyze.h"
#include "article.h"
#include "export.h"
#include "pipeline.h"
#include "sandbox.h"
#include "tap.h"
#include "wire.h"

#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int work_ok(void *ctx, struct buf *out)
{
	(void)ctx;
	buf_puts(out, "an answer");
	return 7;
}

static int work_crash(void *ctx, struct buf *out)
{
	(void)ctx;
	(void)out;
#ifdef LEDE_SANITIZERS
	/* die as a normal build does: ASan would catch the signal to report,
	 * and its report needs files the sandbox forbids */
	signal(SIGSEGV, SIG_DFL);
#endif
	raise(SIGSEGV);
	return 0;
}

static int work_spin(void *ctx, struct buf *out)
{
	(void)ctx;
	(void)out;
	for (volatile unsigned long i = 0;; i++)
		;
	return 0;
}

static int work_open(void *ctx, struct buf *out)
{
	(void)ctx;
	int fd = open("/etc/passwd", O_RDONLY);
	buf_puts(out, fd >= 0 ? "opened" : "refused");
	return 0;
}

static int work_greedy(void *ctx, struct buf *out)
{
	(void)ctx;
	(void)out;
	/* more than the child may have: malloc says no */
	void *p = malloc(SANDBOX_MEMORY + (64u << 20));
	return p ? 1 : 2;
}

static int work_silent(void *ctx, struct buf *out)
{
	(void)ctx;
	(void)out;
	_exit(0);
}

static void child_process(void)
{
	struct buf r = BUF_INIT;
	int st = -1;
	char *why = NULL;
	bool unconfined = true;
	ok(sandbox_call(work_ok, NULL, 5, &r, &st, &why, &unconfined) == 0 && st == 7 && r.len == 9 &&
	   !memcmp(r.data, "an answer", 9), "the child's answer and status reach the parent");
	if (unconfined)
		diag("seccomp is not available here; the confinement tests are skipped");
	buf_free(&r);
	int rc = sandbox_call(work_crash, NULL, 5, &r, &st, &why, NULL);
	ok(rc < 0 && why && !strcmp(why, "the parser crashed"), "a crash is one error: %s",
	   why ? why : "(none)");
	free(why);
	why = NULL;
	rc = sandbox_call(work_spin, NULL, 1, &r, &st, &why, NULL);
	ok(rc < 0 && why && !strcmp(why, "it took too long"), "running over the CPU limit is one error: %s",
	   why ? why : "(none)");
	free(why);
	why = NULL;
	ok(sandbox_call(work_greedy, NULL, 5, &r, &st, &why, NULL) == 0 && st == 2,
	   "the child cannot have more memory than allowed");
	buf_free(&r);
	ok(sandbox_call(work_silent, NULL, 5, &r, &st, &why, NULL) < 0 && why &&
	   !strcmp(why, "the parser ended without an answer"), "ending without an answer is an error");
	free(why);
	why = NULL;
	if (!unconfined) {
		int r2 = sandbox_call(work_open, NULL, 5, &r, &st, &why, NULL);
		ok(r2 < 0 && why && !strcmp(why, "it tried something the sandbox forbids"),
		   "opening a file is forbidden, and kills the child: %s", why ? why : "(none)");
		free(why);
		why = NULL;
	} else {
		skip("opening a file is forbidden", "no seccomp");
	}
	buf_free(&r);
}

static char *render(const struct article *a, enum format f)
{
	struct export_options o = { f, 0, true, true };
	struct buf out = BUF_INIT;
	export_article(a, &o, &out);
	return buf_steal(&out);
}

static void round_trip(void)
{
	FILE *f = fopen(getenv("SAMPLE") ? getenv("SAMPLE") : "doc/thehill-senior-level-engagement.html", "rb");
	if (!f) {
		skip("the wire form round-trips", "no sample");
		return;
	}
	static char page[1 << 20];
	size_t n = fread(page, 1, sizeof page - 1, f);
	fclose(f);
	struct article a, b;
	char *err = NULL;
	ok(pipeline_from_bytes(page, n, NULL, NULL, &a, &err, NULL) == 0, "the sample is read");
	struct buf w = BUF_INIT;
	ok(wire_write(&a, &w) == 0, "its wire form is written");
	ok(wire_read(w.data, w.len, &b) == 0, "and read back");
	for (int fmt = FORMAT_TEXT; fmt <= FORMAT_JSON; fmt++) {
		char *x = render(&a, (enum format)fmt), *y = render(&b, (enum format)fmt);
		ok(x && y && !strcmp(x, y), "the same article comes back (format %d)", fmt);
		free(x);
		free(y);
	}
	size_t spans = 0, spans_b = 0;
	for (size_t i = 0; i < a.nblocks; i++)
		spans += a.blocks[i].nspans;
	for (size_t i = 0; i < b.nblocks; i++)
		spans_b += b.blocks[i].nspans;
	ok(spans > 0 && spans == spans_b && a.nquotes == b.nquotes && a.nentities == b.nentities,
	   "spans, quotes and entities too (%zu spans)", spans);
	article_free(&b);
	article_free(&a);
	buf_free(&w);
}

/* Writing the wire form by hand, to break it on purpose. */
static void w32(struct buf *b, uint32_t v)
{
	unsigned char c[4] = { (unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
			       (unsigned char)(v >> 24) };
	buf_append(b, c, 4);
}

static void w8(struct buf *b, unsigned v)
{
	unsigned char c = (unsigned char)v;
	buf_append(b, &c, 1);
}

static void wstr(struct buf *b, const char *s)
{
	if (!s) {
		w32(b, 0xFFFFFFFFu);
		return;
	}
	w32(b, (uint32_t)strlen(s));
	buf_puts(b, s);
}

enum fault { NONE_, BAD_MAGIC, SPAN_PAST_END, LINK_MISSING, BLOCK_TYPE, ESCAPE_IN_TEXT, BIDI_IN_TITLE,
	     SPANS_UNORDERED, QUOTE_BLOCK_MISSING, SPEAKER_MISSING, NAMELESS, COUNT_LIES, TRAILING,
	     INVALID_UTF8, NUL_IN_TEXT, SPAN_MID_CHAR, QUOTE_MID_CHAR, QUOTE_BACKWARDS,
	     MENTION_NOBODY };

/* A one-block, one-link, one-person, one-quote article, with a fault. */
static void build(struct buf *b, enum fault f)
{
	buf_append(b, f == BAD_MAGIC ? "LDW0" : "LDW1", 4);
	w32(b, f == COUNT_LIES ? 100000000u : 1);      /* blocks */
	w32(b, 1);                                      /* links */
	w32(b, 1);                                      /* entities */
	w32(b, 1);                                      /* quotes */
	wstr(b, "https://x.example/");
	wstr(b, f == BIDI_IN_TITLE ? "A \xE2\x80\xAEtitle" : "A title");
	for (int i = 0; i < 5; i++)
		wstr(b, NULL);
	wstr(b, "Geneva");                              /* link */
	wstr(b, "https://geneva.example/");
	w8(b, 0);                                       /* person */
	wstr(b, f == NAMELESS ? NULL : "Ann Smith");
	wstr(b, NULL);
	w32(b, 2);
	w32(b, 1);
	wstr(b, "Smith");
	w8(b, f == BLOCK_TYPE ? 9 : 0);                 /* block */
	w32(b, 0);
	w32(b, 0);
	w32(b, 0);
	wstr(b, f == ESCAPE_IN_TEXT ? "Ann \x1B[31mSmith met in Geneva" :
		f == INVALID_UTF8 ? "Ann \xC0\xAF Smith met in Geneva" :
		f == NUL_IN_TEXT ? "Ann" :
		f == SPAN_MID_CHAR || f == QUOTE_MID_CHAR ? "Ann Smith met in Gen\xC3\xA8va" :
		"Ann Smith met in Geneva");
	if (f == NUL_IN_TEXT) {
		/* the length said 3; the text goes on past a NUL: rewrite it */
		b->len -= 7;
		w32(b, 5);
		buf_append(b, "A\0nn!", 5);
	}
	wstr(b, NULL);
	w32(b, 2);                                      /* spans */
	w32(b, f == SPANS_UNORDERED ? 17 : 0);
	w32(b, f == SPANS_UNORDERED ? 23 : f == SPAN_PAST_END ? 99 : 9);
	w8(b, f == SPANS_UNORDERED ? SPAN_LINK : SPAN_MENTION);
	w32(b, f == MENTION_NOBODY ? 0xFFFFFFFFu : 0);
	w32(b, f == SPANS_UNORDERED ? 0 : 17);
	w32(b, f == SPANS_UNORDERED ? 9 : f == SPAN_MID_CHAR ? 21 : 23);
	w8(b, f == SPANS_UNORDERED ? SPAN_MENTION : SPAN_LINK);
	w32(b, f == LINK_MISSING ? 3 : 0);
	w32(b, f == QUOTE_BLOCK_MISSING ? 5 : 0);       /* quote */
	w32(b, f == QUOTE_MID_CHAR ? 21 : f == QUOTE_BACKWARDS ? 9 : 0);
	w32(b, f == QUOTE_BLOCK_MISSING ? 5 : 0);
	w32(b, f == QUOTE_MID_CHAR ? 24 : 3);
	w8(b, QUOTE_DIRECT);
	w8(b, 0);
	w32(b, f == SPEAKER_MISSING ? 4 : 0);
	wstr(b, "Ann");
	if (f == TRAILING)
		buf_puts(b, "more");
}

static void untrusted(void)
{
	struct buf good = BUF_INIT;
	build(&good, NONE_);
	struct article a;
	ok(wire_read(good.data, good.len, &a) == 0 && a.nblocks == 1 && a.nlinks == 1 &&
	   a.nentities == 1 && a.nquotes == 1 && a.blocks[0].nspans == 2,
	   "a small valid article is read");
	article_free(&a);
	static const struct {
		enum fault f;
		const char *why;
	} bad[] = {
		{ BAD_MAGIC, "not the wire form" },
		{ SPAN_PAST_END, "a span past its block's end" },
		{ LINK_MISSING, "a link that is not there" },
		{ BLOCK_TYPE, "a block of no known type" },
		{ ESCAPE_IN_TEXT, "an escape character in the text" },
		{ BIDI_IN_TITLE, "a bidi override in the title" },
		{ SPANS_UNORDERED, "spans out of order" },
		{ QUOTE_BLOCK_MISSING, "a quote in a block that is not there" },
		{ SPEAKER_MISSING, "a speaker who is not there" },
		{ NAMELESS, "a person without a name" },
		{ COUNT_LIES, "a count larger than what follows" },
		{ TRAILING, "bytes after the article" },
		{ INVALID_UTF8, "text that is not UTF-8" },
		{ NUL_IN_TEXT, "a NUL in the text" },
		{ SPAN_MID_CHAR, "a span that ends inside a character" },
		{ QUOTE_MID_CHAR, "a quote that starts inside a character" },
		{ QUOTE_BACKWARDS, "a quote that ends before it starts" },
		{ MENTION_NOBODY, "a name that is no one's" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct buf b = BUF_INIT;
		build(&b, bad[i].f);
		ok(wire_read(b.data, b.len, &a) == 1 && a.nblocks == 0, "refused: %s", bad[i].why);
		buf_free(&b);
	}
	/* every shorter piece of a good article is refused, never read past */
	bool all = true;
	for (size_t n = 0; n < good.len; n++)
		if (wire_read(good.data, n, &a) != 1)
			all = false;
	ok(all, "every truncation of it is refused");
	/* and no change of a single byte makes anything but a valid article */
	bool fine = true;
	for (size_t i = 0; i < good.len; i++)
		for (unsigned v = 0; v < 256; v += 17) {
			char *copy = malloc(good.len);
			memcpy(copy, good.data, good.len);
			copy[i] = (char)v;
			int r = wire_read(copy, good.len, &a);
			if (r == 0) {
				for (size_t k = 0; k < a.nblocks; k++)
					for (size_t s = 0; s < a.blocks[k].nspans; s++)
						if (a.blocks[k].spans[s].end > a.blocks[k].len)
							fine = false;
				article_free(&a);
			} else if (r != 1) {
				fine = false;
			}
			free(copy);
		}
	ok(fine, "a byte changed anywhere yields a refusal or a valid article");
	buf_free(&good);
}

int main(void)
{
	child_process();
	round_trip();
	untrusted();
	return done_testing();
}
