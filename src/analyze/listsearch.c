/* listsearch.c — looking words up in the compiled lists. */
#include <config.h>

#include "lists.h"

#include <stdlib.h>
#include <string.h>

bool list_has(const struct wordlist *list, const char *key)
{
	size_t lo = 0, hi = list->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(key, list->blob + list->off[mid]);
		if (c == 0)
			return true;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
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
