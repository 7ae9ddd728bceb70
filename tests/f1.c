/* f1.c — the token-shingle F1 of public article-extraction benchmarks,
 * for the corpus regression test: words are runs of letters, digits and
 * underscores; 4-word shingles; precision and recall over the multisets.
 *
 *   f1 EXPECTED.txt GOT.txt     prints "precision recall f1" */
#include <config.h>

#include "buf.h"
#include "fetch.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>

/* A file's bytes, read the way lede reads a SOURCE. */
static char *slurp(const char *path, size_t *len)
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

/* Words, lower-cased ASCII, as offsets into one buffer. */
struct words {
	char *text;
	size_t *start, *len;
	size_t n, cap;
};

static bool word_char(unsigned cp)
{
	return cp == '_' || uc_is_general_category(cp, UC_CATEGORY_L) ||
	       uc_is_general_category(cp, UC_CATEGORY_N);
}

static void split_words(char *s, size_t len, struct words *w)
{
	memset(w, 0, sizeof *w);
	w->text = s;
	size_t i = 0;
	while (i < len) {
		size_t at = i;
		unsigned cp = utf8_decode(s, len, &i);
		if (!word_char(cp))
			continue;
		size_t end = i;
		while (end < len) {
			size_t k = end;
			if (!word_char(utf8_decode(s, len, &k)))
				break;
			end = k;
		}
		if (w->n == w->cap) {
			w->cap = w->cap ? w->cap * 2 : 1024;
			w->start = realloc(w->start, w->cap * sizeof *w->start);
			w->len = realloc(w->len, w->cap * sizeof *w->len);
		}
		for (size_t k = at; k < end; k++)
			if (s[k] >= 'A' && s[k] <= 'Z')
				s[k] = (char)(s[k] | 0x20);
		w->start[w->n] = at;
		w->len[w->n++] = end - at;
		i = end;
	}
}

/* A shingle as one string: four words joined by a space. */
static char **shingles(const struct words *w, size_t *count)
{
	size_t n = w->n >= 4 ? w->n - 3 : (w->n > 0 ? 1 : 0);
	char **v = calloc(n ? n : 1, sizeof *v);
	for (size_t i = 0; i < n; i++) {
		struct buf b = BUF_INIT;
		for (size_t k = i; k < i + 4 && k < w->n; k++) {
			if (k > i)
				buf_putc(&b, ' ');
			buf_append(&b, w->text + w->start[k], w->len[k]);
		}
		v[i] = buf_steal(&b);
	}
	*count = n;
	return v;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: f1 EXPECTED GOT\n");
		return 2;
	}
	size_t la, lb;
	char *a = slurp(argv[1], &la), *b = slurp(argv[2], &lb);
	if (!a || !b) {
		perror("f1");
		return 2;
	}
	struct words wa, wb;
	split_words(a, la, &wa);
	split_words(b, lb, &wb);
	size_t na, nb;
	char **sa = shingles(&wa, &na), **sb = shingles(&wb, &nb);
	qsort(sa, na, sizeof *sa, cmp);
	qsort(sb, nb, sizeof *sb, cmp);
	/* multiset intersection of two sorted lists */
	size_t i = 0, k = 0, tp = 0;
	while (i < na && k < nb) {
		int c = strcmp(sa[i], sb[k]);
		if (c == 0) {
			tp++;
			i++;
			k++;
		} else if (c < 0) {
			i++;
		} else {
			k++;
		}
	}
	double p = nb ? (double)tp / nb : (na ? 0 : 1), r = na ? (double)tp / na : 1;
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
	printf("%.3f %.3f %.3f\n", p, r, f);
	for (i = 0; i < na; i++)
		free(sa[i]);
	for (k = 0; k < nb; k++)
		free(sb[k]);
	free(sa);
	free(sb);
	free(wa.start);
	free(wa.len);
	free(wb.start);
	free(wb.len);
	free(a);
	free(b);
	return 0;
}
