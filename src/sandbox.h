/* sandbox.h — parsing, extraction and analysis in a child process.
 *
 * The child limits itself (CPU seconds, address space) and enters a
 * seccomp allow-list (libseccomp) before it touches the page: it can do
 * little beyond using memory and writing to its pipe. It hands the parent
 * the article in its wire form (wire.h), which the parent reads as
 * untrusted input. A child that crashes, is killed, or runs over its
 * limits is one clear error for its page. */
#ifndef LEDE_SANDBOX_H
#define LEDE_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>

#include "article.h"
#include "buf.h"
#include "extract/extract.h"

#define SANDBOX_CPU_SECONDS 10
#define SANDBOX_MEMORY (512ul << 20)    /* bytes the child may add to what it starts with */

/* Run work(ctx, out) in a confined child with at most cpu_seconds of CPU
 * and SANDBOX_MEMORY more memory; what it appends to out reaches *result.
 * work returns a status byte (0-127) handed back in *status. Returns 0,
 * or -1 with *reason set (to be freed) when the child crashed, was killed,
 * ran over its limits or answered nothing. */
int sandbox_call(int (*work)(void *ctx, struct buf *out), void *ctx, unsigned cpu_seconds,
		 struct buf *result, int *status, char **reason, bool *unconfined);

/* Parse, extract and analyze utf8 (len bytes, NUL-terminated) in a child
 * (one worker serves page after page while it behaves).
 * Returns 0 with *st set (EXTRACT_OK, EXTRACT_NO_ARTICLE with what text the
 * page has, EXTRACT_NO_MEMORY) and *a filled; or -1 with *reason set (to
 * be freed): why the child did not give an article. When seccomp cannot be
 * used, the child still runs, limited, and *unconfined is set. */
int sandbox_extract(const char *utf8, size_t len, const char *url, struct article *a,
		    enum extract_status *st, char **reason, bool *unconfined);
/* Start the worker now, so that it readies itself (limits, filter) while
 * the page is read or fetched; sandbox_extract waits for it then. */
void sandbox_prepare(void);
/* End the worker sandbox_extract keeps for the next page. (Callers ignore
 * SIGPIPE: a worker that is gone makes writes to it fail, not kill.) */
void sandbox_stop(void);

#endif
