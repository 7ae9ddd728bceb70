/* sandbox-bench.c — what the sandbox costs a page: parse, extract and
 * analyze in lede's own process, then the same in a confined child (fork,
 * limits, seccomp, the article's wire form written and read back).
 *
 *   bench/sandbox-bench [-r ROUNDS] PAGE...
 *
 * Prints, over the pages, the median and mean extra time a page. */
#include <config.h>

#include "analyze/analyze.h"
#include "article.h"
#include "buf.h"
#include "charset.h"
#include "extract/extract.h"
#include "html.h"
#include "sandbox.h"

#include "benchlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(int argc, char **argv)
{
	int rounds = 5, first = 1;
	if (argc > 2 && !strcmp(argv[1], "-r")) {
		rounds = atoi(argv[2]);
		first = 3;
	}
	if (rounds < 1 || first >= argc) {
		fprintf(stderr, "usage: sandbox-bench [-r ROUNDS] PAGE...\n");
		return 2;
	}
	int n = argc - first, pages = 0;
	double *extra = calloc((size_t)n, sizeof *extra), *ti = calloc((size_t)rounds, sizeof *ti);
	double *ts = calloc((size_t)rounds, sizeof *ts), sum_in = 0, sum_sb = 0;
	bool confined = true;
	for (int i = first; i < argc; i++) {
		size_t len;
		char *data = slurp(argv[i], &len);
		if (!data)
			continue;
		struct buf utf8 = BUF_INIT;
		charset_decode(data, len, NULL, &utf8, NULL);
		free(data);
		for (int r = 0; r < rounds; r++) {
			double t0 = now();
			struct html_doc doc;
			if (html_parse(utf8.data, utf8.len, &doc) == 0) {
				struct article a;
				memset(&a, 0, sizeof a);
				if (extract_article(doc.output, NULL, &a) == EXTRACT_OK)
					analyze_article(&a);
				html_free(&doc);
				article_free(&a);
			}
			double t1 = now();
			struct article a;
			enum extract_status st;
			char *why = NULL;
			bool unconfined = false;
			if (sandbox_extract(utf8.data, utf8.len, NULL, &a, &st, &why, &unconfined) == 0)
				article_free(&a);
			free(why);
			if (unconfined)
				confined = false;
			double t2 = now();
			ti[r] = t1 - t0;
			ts[r] = t2 - t1;
		}
		double a = median(ti, rounds), b = median(ts, rounds);
		extra[pages++] = b - a;
		sum_in += a;
		sum_sb += b;
		buf_free(&utf8);
	}
	double sum_extra = sum_sb - sum_in;
	double med = pages ? median(extra, pages) : 0;
	printf("pages %d%s: in lede's process %.1f ms, in the sandbox %.1f ms; the sandbox adds "
	       "%.2f ms a page (median), %.2f ms on average\n", pages, confined ? "" : " (seccomp unavailable)",
	       sum_in * 1e3, sum_sb * 1e3, med * 1e3, pages ? sum_extra * 1e3 / pages : 0);
	free(extra);
	free(ti);
	free(ts);
	return 0;
}
