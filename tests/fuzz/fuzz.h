/* fuzz.h — what the fuzz targets share. Each target is
 *
 *   FUZZ_TARGET(name) { … }
 *
 * built as libFuzzer's LLVMFuzzerTestOneInput when FUZZ_ONE is defined
 * (tests/fuzz/run), and as fuzz_name for tests/fuzz-regress, which runs the
 * inputs kept in tests/data/fuzz through every target in `make check`.
 * A finding is a crash, a sanitizer report, or a failed check: abort(). */
#ifndef LEDE_FUZZ_H
#define LEDE_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"

#ifdef FUZZ_ONE
#define FUZZ_TARGET(name) \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size); \
	int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#else
#define FUZZ_TARGET(name) \
	int fuzz_##name(const uint8_t *data, size_t size); \
	int fuzz_##name(const uint8_t *data, size_t size)
#endif

/* abort() unless s holds no control character but tab, newline and (in
 * text output) form feed, and no C1 control. */
void fuzz_check_clean(const char *s, size_t n);
/* abort() unless the article keeps the model's promises: clean text,
 * spans in their blocks and in order, references that exist. */
void fuzz_check_article(const struct article *a);
/* Every writer and the layout at a few widths, checked. */
void fuzz_check_outputs(const struct article *a, int width);
/* An article made of the bytes: lines are paragraphs ("> " a block quote,
 * "# " a heading), cleaned as the model requires. */
void fuzz_article(const uint8_t *data, size_t size, struct article *a);

#endif
