/* buf.h — a growable byte buffer that remembers allocation failure.
 *
 * Appends after a failed allocation do nothing, so a caller can build a
 * whole string and check buf.failed once at the end. */
#ifndef LEDE_BUF_H
#define LEDE_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

struct buf {
	char *data;     /* always NUL-terminated once anything was appended */
	size_t len;
	size_t cap;
	bool failed;    /* an allocation failed; contents are incomplete */
};

#define BUF_INIT { NULL, 0, 0, false }

bool buf_reserve(struct buf *b, size_t extra);
void buf_append(struct buf *b, const void *data, size_t len);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
void buf_put_utf8(struct buf *b, unsigned cp);
void buf_truncate(struct buf *b, size_t len);
/* Hand the contents to the caller (NUL-terminated, never NULL unless the
 * buffer failed) and leave the buffer empty. */
char *buf_steal(struct buf *b);
void buf_free(struct buf *b);

/* Room for element n (0-based) in an array of *cap elements of size sz:
 * returns the array, moved if it had to grow, or NULL when out of memory
 * (the old array is then untouched). */
void *array_grow(void *arr, size_t *cap, size_t n, size_t sz);

#endif
