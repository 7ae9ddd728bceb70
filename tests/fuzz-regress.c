/* fuzz-regress.c — the inputs kept in tests/data/fuzz (each once a
 * finding of the fuzzers, or a seed worth keeping) through every fuzz
 * target, in `make check`. A finding aborts, and the test fails there.
 *
 *   tests/fuzz-regress FILE...          run them, TAP
 *   tests/fuzz-regress -w DIR PAGE...   write the wire form of each page
 *                                       into DIR (seeds for fuzz-wire) */
#include <config.h>

#include "buf.h"
#include "fuzz/fuzz.h"
#include "pipeline.h"
#include "sanitize.h"
#include "wire.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int fuzz_decode(const uint8_t *data, size_t size);
int fuzz_extract(const uint8_t *data, size_t size);
int fuzz_analyze(const uint8_t *data, size_t size);
int fuzz_layout(const uint8_t *data, size_t size);
int fuzz_wire(const uint8_t *data, size_t size);
int fuzz_pipeline(const uint8_t *data, size_t size);

static const struct {
	const char *name;
	int (*run)(const uint8_t *, size_t);
} targets[] = {
	{ "decode", fuzz_decode }, { "extract", fuzz_extract }, { "analyze", fuzz_analyze },
	{ "layout", fuzz_layout }, { "wire", fuzz_wire }, { "pipeline", fuzz_pipeline },
};

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct buf b = BUF_INIT;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_append(&b, chunk, n);
	int bad = ferror(f) || b.failed;
	fclose(f);
	if (bad) {
		buf_free(&b);
		return NULL;
	}
	*len = b.len;
	return b.data ? b.data : calloc(1, 1);
}

int main(int argc, char **argv)
{
	if (argc > 2 && !strcmp(argv[1], "-w")) {
		for (int i = 3; i < argc; i++) {
			struct article a;
			char *err = NULL;
			if (pipeline_load(argv[i], NULL, &a, &err, NULL) < 0) {
				free(err);
				continue;
			}
			struct buf w = BUF_INIT;
			wire_write(&a, &w);
			char path[4096];
			snprintf(path, sizeof path, "%s/wire-%d", argv[2], i);
			FILE *f = fopen(path, "wb");
			if (f) {
				fwrite(w.data, 1, w.len, f);
				fclose(f);
			}
			buf_free(&w);
			article_free(&a);
		}
		return 0;
	}
	int n = 0;
	for (int i = 1; i < argc; i++) {
		size_t len;
		char *data = slurp(argv[i], &len);
		if (!data) {
			printf("not ok %d - %s cannot be read\n", ++n, argv[i]);
			continue;
		}
		const char *base = strrchr(argv[i], '/');
		base = base ? base + 1 : argv[i];
		for (size_t t = 0; t < sizeof targets / sizeof *targets; t++) {
			fflush(stdout);
			targets[t].run((const uint8_t *)data, len);
			printf("ok %d - %s through %s\n", ++n, base, targets[t].name);
		}
		free(data);
	}
	printf("1..%d\n", n);
	return 0;
}
