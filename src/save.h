/* save.h — write a file atomically, never replacing one unless told to. */
#ifndef LEDE_SAVE_H
#define LEDE_SAVE_H

#include <stdbool.h>
#include <stddef.h>

/* Write data to path through a temporary file in the same directory
 * (written, fsynced, renamed), so that path holds either its old contents
 * or all of the new, and no temporary file is left on any failure. Without
 * force, an existing path is left alone and the call fails with EEXIST; a
 * symbolic link at path is never written through nor replaced (ELOOP).
 * Returns 0, or -1 with errno set. */
int save_atomic(const char *path, const char *data, size_t len, bool force);

/* What a failure of save_atomic means, for the user ("no such directory",
 * "no space left on the disk", …); translated. */
const char *save_error(int err);

#endif
