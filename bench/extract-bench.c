/* extract-bench.c — time decode + parse + extract on pages, in one
 * process, next to the parse alone (as lede runs gumbo) on the same bytes.
 *
 *   bench/extract-bench [-r ROUNDS] [-q] PAGE...
 *
 * For each page: its size, the median over the rounds of the parse as
 * lede runs it (the markup guard, scripts and styles emptied, gumbo, free)
 * of the decoded page, of lede's extraction (decode, guard, parse,
 * extract, free), of the analysis (people, places, quotes) of the
 * extracted article, and what extraction adds to the parse and analysis
 * to extraction. Then the totals and the process's peak RSS. */
#include <config.h>

#include "article.h"
#include "buf.h"
#include "fetch.h"
#include "charset.h"
#include "html.h"
#include "pipeline.h"
#include "analyze/analyze.h"

#include "benchlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

int main(int argc, char **argv)
{
	int rounds = 5, quiet = 0, first = 1;
	while (first < argc && argv[first][0] == '-') {
		if (!strcmp(argv[first], "-r") && first + 1 < argc) {
			rounds = atoi(argv[first + 1]);
			first += 2;
		} else if (!strcmp(argv[first], "-q")) {
			quiet = 1;
			first++;
		} else {
			break;
		}
	}
	if (rounds < 1 || first >= argc) {
		fprintf(stderr, "usage: extract-bench [-r ROUNDS] [-q] PAGE...\n");
		return 2;
	}
	double *tp = calloc((size_t)rounds, sizeof *tp), *tl = calloc((size_t)rounds, sizeof *tl);
	double *ta = calloc((size_t)rounds, sizeof *ta);
	double sum_parse = 0, sum_lede = 0, sum_an = 0;
	size_t sum_bytes = 0, max_page = 0;
	int pages = 0;
	if (!quiet)
		printf("%-40s %9s %9s %9s %8s %8s %8s\n", "page", "bytes", "parse ms", "extr. ms",
		       "+extract", "anal. ms", "+analyze");
	for (int i = first; i < argc; i++) {
		size_t len;
		char *data = slurp(argv[i], &len);
		if (!data) {
			perror(argv[i]);
			continue;
		}
		struct buf utf8 = BUF_INIT;
		charset_decode(data, len, NULL, &utf8, NULL);
		for (int r = 0; r < rounds; r++) {
			/* the parse as lede runs it (html.c): what extraction adds
			 * is everything after it */
			double t0 = now();
			struct html_doc doc;
			if (html_parse(utf8.data, utf8.len, &doc) == 0)
				html_free(&doc);
			double t1 = now();
			struct article a;
			char *err = NULL;
			if (pipeline_from_bytes(data, len, NULL, NULL, &a, &err, NULL) == 0) {
				/* the pipeline analyzes too: time the analysis again
				 * on the same article and take it out of extraction */
				double t2 = now();
				article_clear_analysis(&a);
				double t3 = now();
				analyze_article(&a);
				double t4 = now();
				article_free(&a);
				double t5 = now();
				ta[r] = t4 - t3;
				tl[r] = (t2 - t1) - ta[r] + (t5 - t4);
			} else {
				ta[r] = 0;
				tl[r] = now() - t1;
			}
			free(err);
			tp[r] = t1 - t0;
		}
		double p = median(tp, rounds), l = median(tl, rounds), an = median(ta, rounds);
		sum_parse += p;
		sum_lede += l;
		sum_an += an;
		sum_bytes += len;
		if (len > max_page)
			max_page = len;
		pages++;
		if (!quiet) {
			const char *name = argv[i];
			size_t nl = strlen(name);
			if (nl > 40)
				name += nl - 40;
			printf("%-40s %9zu %9.2f %9.2f %7.0f%% %8.2f %7.0f%%\n", name, len, p * 1e3,
			       l * 1e3, p > 0 ? (l - p) / p * 100 : 0, an * 1e3, l > 0 ? an / l * 100 : 0);
		}
		buf_free(&utf8);
		free(data);
	}
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("pages %d, %zu bytes; parse %.1f ms, lede %.1f ms in all "
	       "(%.2f / %.2f ms a page); extraction adds %.0f%% to the parse\n",
	       pages, sum_bytes, sum_parse * 1e3, sum_lede * 1e3,
	       pages ? sum_parse * 1e3 / pages : 0, pages ? sum_lede * 1e3 / pages : 0,
	       sum_parse > 0 ? (sum_lede - sum_parse) / sum_parse * 100 : 0);
	printf("analysis %.1f ms in all (%.2f ms a page): %.0f%% of extraction's time\n",
	       sum_an * 1e3, pages ? sum_an * 1e3 / pages : 0,
	       sum_lede > 0 ? sum_an / sum_lede * 100 : 0);
	printf("peak RSS %ld KiB; largest page %zu bytes (8 x page + 8 MiB = %zu KiB)\n",
	       ru.ru_maxrss, max_page, (8 * max_page + (8u << 20)) / 1024);
	free(tp);
	free(tl);
	free(ta);
	return 0;
}
