/* listsearch.c — looking words up in the compiled lists. */
#include <config.h>

#include "lists.h"

#include <stdlib.h>
#include <string.h>

static int by_string(const void *key, const void *entry)
{
	return strcmp(key, *(const char *const *)entry);
}

bool list_has(const char *const *list, size_t count, const char *key)
{
	return bsearch(key, list, count, sizeof *list, by_string) != NULL;
}

bool lower_copy(const char *s, size_t n, char *out, size_t max)
{
	if (n + 1 > max)
		return false;
	for (size_t i = 0; i < n; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
	out[n] = '\0';
	return true;
}
