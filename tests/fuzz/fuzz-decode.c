/* fuzz-decode.c — bytes in any charset to UTF-8: valid, whatever came in. */
#include <config.h>

#include "fuzz.h"
#include "buf.h"
#include "charset.h"
#include "text.h"

#include <stdlib.h>

FUZZ_TARGET(decode)
{
	static const char *const types[] = {
		NULL, "text/html; charset=utf-8", "text/html; charset=shift_jis",
		"text/html; charset=windows-1251", "text/html; charset=utf-16le",
		"text/html; charset=iso-2022-jp", "text/html; charset=gb18030", "text/html; charset=x-nonsense",
	};
	const char *ct = size ? types[data[0] % (sizeof types / sizeof *types)] : NULL;
	struct buf out = BUF_INIT;
	if (charset_decode((const char *)data, size, ct, &out, NULL) == 0 && !out.failed &&
	    !utf8_valid(out.data ? out.data : "", out.len))
		abort();
	buf_free(&out);
	return 0;
}
