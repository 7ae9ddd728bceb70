/* wire.h — the whole article model as bytes, spans and all, for handing
 * an article from the sandboxed child that made it to the parent that
 * shows it. The parent reads it as untrusted input: every index, range, kind and
 * character is checked, and an article that breaks a rule is refused
 * whole. */
#ifndef LEDE_WIRE_H
#define LEDE_WIRE_H

#include <stdbool.h>
#include <stddef.h>

#include "article.h"
#include "buf.h"

/* Append a's wire form to out. Returns 0, or -1 when out of memory. */
int wire_write(const struct article *a, struct buf *out);

/* Read an article from its wire form into *a (initialized by the call).
 * Returns 0; -1 when out of memory; 1 when the data is not a valid
 * article (*a is then empty). */
int wire_read(const char *data, size_t len, struct article *a);

#endif
