/* fuzz-pipeline.c — libFuzzer target: any bytes through decode, parse,
 * extract, every writer and the pager's layout. Build and run:
 *
 *   tests/fuzz/run [SECONDS]
 *
 * Crashes, sanitizer reports, control characters in the output or a
 * layout line wider than asked are all findings. */
#include <config.h>

#include "article.h"
#include "export.h"
#include "pipeline.h"
#include "ui/layout.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void check_clean(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\n' && c != '\t' && c != '\f') || c == 0x7F)
			abort();
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9F)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* the first byte picks a content type, so charsets get exercised */
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
	for (int f = FORMAT_TEXT; f <= FORMAT_JSON; f++) {
		struct export_options o = { (enum format)f, f == FORMAT_TEXT ? 40 : 0, f == FORMAT_TEXT };
		struct buf out = BUF_INIT;
		if (export_article(&a, &o, &out) == 0 && f != FORMAT_JSON)
			check_clean(out.data, out.len);
		buf_free(&out);
	}
	struct layout_options lo = { 30, false, size & 1 };
	struct layout l;
	if (layout_article(&a, &lo, &l) == 0) {
		for (size_t i = 0; i < l.nlines; i++)
			if (l.lines[i].cols > 30)
				abort();
		for (size_t i = 0; i < l.nsegs; i++)
			check_clean(l.segs[i].text, l.segs[i].len);
		layout_free(&l);
	}
	article_free(&a);
	return 0;
}
