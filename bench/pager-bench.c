/* pager-bench.c — how long the pager's work takes, without a terminal.
 *
 *   bench/pager-bench [-r ROUNDS] PAGE...
 *
 * For every page: the median time to lay the article out at 80 and at 200
 * columns (what opening it and every resize cost). Then a 2 MB article
 * made of the pages' text repeated: laying it out, searching all of it,
 * building the panel, and finding a place in it (what a resize does to
 * keep the reader's paragraph). */
#include <config.h>

#include "article.h"
#include "buf.h"
#include "fetch.h"
#include "pipeline.h"
#include "ui/layout.h"
#include "ui/panel.h"
#include "ui/search.h"

#include "benchlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double time_layout(const struct article *a, int width, int rounds)
{
	double *t = calloc((size_t)rounds, sizeof *t);
	struct layout_options o = { width, false, false };
	for (int r = 0; r < rounds; r++) {
		struct layout l;
		double t0 = now();
		if (layout_article(a, &o, &l) == 0)
			layout_free(&l);
		t[r] = now() - t0;
	}
	double m = median(t, rounds);
	free(t);
	return m;
}

int main(int argc, char **argv)
{
	int rounds = 5, first = 1;
	if (argc > 2 && !strcmp(argv[1], "-r")) {
		rounds = atoi(argv[2]);
		first = 3;
	}
	if (rounds < 1 || first >= argc) {
		fprintf(stderr, "usage: pager-bench [-r ROUNDS] PAGE...\n");
		return 2;
	}
	struct fetch_options fo;
	memset(&fo, 0, sizeof fo);
	double worst = 0, sum = 0;
	const char *worst_page = "";
	int pages = 0;
	/* the big article: every page's blocks, again and again */
	struct article big = { 0 };
	article_set(&big.title, "A long article", 14);
	struct article_builder bb;
	ab_init(&bb, &big);
	size_t big_bytes = 0;
	struct article *arts = calloc((size_t)argc, sizeof *arts);
	for (int i = first; i < argc; i++) {
		char *err = NULL;
		struct article *a = &arts[i];
		if (pipeline_load(argv[i], &fo, a, &err, NULL) < 0) {
			free(err);
			continue;
		}
		double t80 = time_layout(a, 80, rounds), t200 = time_layout(a, 200, rounds);
		double t = t80 > t200 ? t80 : t200;
		sum += t80 + t200;
		pages++;
		if (t > worst) {
			worst = t;
			worst_page = argv[i];
		}
	}
	while (big_bytes < (2u << 20)) {
		size_t before = big_bytes;
		for (int i = first; i < argc && big_bytes < (2u << 20); i++)
			for (size_t k = 0; k < arts[i].nblocks; k++) {
				const struct block *b = &arts[i].blocks[k];
				if (b->type != BLOCK_PARAGRAPH)
					continue;
				ab_block_begin(&bb, BLOCK_PARAGRAPH, 0, 0, 0);
				ab_text(&bb, b->text, b->len);
				ab_block_end(&bb);
				big_bytes += b->len;
			}
		if (big_bytes == before)
			break;
	}
	ab_finish(&bb);
	printf("pages %d: layout at 80 and 200 columns %.2f ms a page on average; slowest %.2f ms (%s)\n",
	       pages, pages ? sum * 1e3 / (2 * pages) : 0, worst * 1e3, worst_page);
	double t0 = now();
	struct layout l;
	struct layout_options o = { 80, false, false };
	if (layout_article(&big, &o, &l) < 0)
		return 1;
	double t1 = now();
	struct match *m;
	size_t nm;
	search_article(&big, "the", &m, &nm);
	double t2 = now();
	struct panel p;
	panel_build(&big, -1, &p);
	double t3 = now();
	size_t line = layout_find(&l, (int)(big.nblocks / 2), 0);
	double t4 = now();
	printf("a %zu-byte article (%zu blocks, %zu lines): layout %.1f ms, searching all of it %.1f ms "
	       "(%zu matches), panel %.2f ms, finding a paragraph %.3f ms (line %zu)\n",
	       big_bytes, big.nblocks, l.nlines, (t1 - t0) * 1e3, (t2 - t1) * 1e3, nm,
	       (t3 - t2) * 1e3, (t4 - t3) * 1e3, line);
	free(m);
	panel_free(&p);
	layout_free(&l);
	article_free(&big);
	for (int i = first; i < argc; i++)
		article_free(&arts[i]);
	free(arts);
	return 0;
}
