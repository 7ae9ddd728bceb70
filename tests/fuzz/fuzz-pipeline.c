/* fuzz-pipeline.c — any bytes through the whole pipeline as lede runs it
 * in-process: decode, parse, extract, analyze, every writer and the
 * layout. The first byte picks a content type, so charsets get exercised. */
#include <config.h>

#include "fuzz.h"
#include "pipeline.h"

#include <stdlib.h>

FUZZ_TARGET(pipeline)
{
	static const char *const types[] = {
		NULL, "text/html; charset=utf-8", "text/html; charset=shift_jis",
		"text/html; charset=windows-1251", "text/html; charset=utf-16le",
		"text/html; charset=iso-2022-jp", "text/html; charset=gb18030",
	};
	const char *ct = size ? types[data[0] % (sizeof types / sizeof *types)] : NULL;
	struct article a;
	char *err = NULL;
	if (pipeline_from_bytes((const char *)data, size, ct, "https://example.com/a/b", &a, &err, NULL) < 0) {
		free(err);
		return 0;
	}
	fuzz_check_article(&a);
	fuzz_check_outputs(&a, 30);
	article_free(&a);
	return 0;
}
