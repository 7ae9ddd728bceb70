/* benchlib.h — what the benchmark programs share: a clock, medians, and
 * reading a page the way lede reads a SOURCE. */
#ifndef LEDE_BENCHLIB_H
#define LEDE_BENCHLIB_H

#include "fetch.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static inline double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static inline int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static inline double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* A file's bytes, read the way lede reads a SOURCE. */
static inline char *slurp(const char *path, size_t *len)
{
	struct fetched f;
	char *err = NULL;
	if (fetch_source(path, NULL, &f, &err) < 0) {
		fprintf(stderr, "%s: %s\n", path, err ? err : "cannot read");
		free(err);
		return NULL;
	}
	free(f.content_type);
	free(f.url);
	*len = f.len;
	return f.data;
}

#endif
