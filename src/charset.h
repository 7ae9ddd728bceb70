/* charset.h — turn a page's bytes, in whatever encoding, into UTF-8.
 *
 * The encoding is chosen as the HTML standard says: a byte-order mark, then
 * the charset parameter of the HTTP Content-Type, then the <meta> prescan,
 * then a guess (UTF-8 when the bytes are valid UTF-8, else windows-1252).
 * Bytes that are invalid in the chosen encoding become U+FFFD. */
#ifndef LEDE_CHARSET_H
#define LEDE_CHARSET_H

#include <stddef.h>

#include "buf.h"

/* The iconv name for a WHATWG encoding label, or NULL if unknown. */
const char *charset_from_label(const char *label, size_t len);

/* The HTML standard's prescan of the first bytes of a page for
 * <meta charset> or <meta http-equiv=content-type>. Returns the iconv name
 * of the label found, or NULL. */
const char *charset_prescan(const char *data, size_t len);

/* The charset parameter of a Content-Type value, as an iconv name, or NULL. */
const char *charset_from_content_type(const char *content_type);

/* Decode data into out (appended, valid UTF-8). content_type may be NULL.
 * *used receives the iconv name chosen. Returns 0, or -1 when out of memory
 * (out->failed is then set). */
int charset_decode(const char *data, size_t len, const char *content_type,
		   struct buf *out, const char **used);

/* The same for bytes the caller owns (malloc'd, NUL-terminated): clean
 * UTF-8 is kept as it is; otherwise *data is replaced by its decoding and
 * freed. Returns 0, or -1 when out of memory (*data is then untouched). */
int charset_decode_owned(char **data, size_t *len, const char *content_type, const char **used);

#endif
