/* lists.h — the word lists of data/, compiled in (src/analyze/lists.c is
 * generated): lower case (ASCII letters only), sorted, for binary search.
 * Each list is one string of NUL-terminated entries and their offsets, so
 * loading the program relocates nothing for them. */
#ifndef LEDE_ANALYZE_LISTS_H
#define LEDE_ANALYZE_LISTS_H

#include <stdbool.h>
#include <stddef.h>

struct wordlist {
	const char *blob;
	const unsigned *off;
	size_t count;
};

#define LIST(name) extern const struct wordlist list_##name;
LIST(given_names)
LIST(women_only)
LIST(men_only)
LIST(common_words)
LIST(places)
LIST(nationalities)
LIST(titles)
LIST(org_words)
LIST(speech_verbs)
LIST(place_words)
LIST(given_names_words)
LIST(function_words)
LIST(person_nouns)
LIST(famous_family)
LIST(famous_people)
LIST(org_names)
#undef LIST

/* Whether key (already lower case) is in the list. */
bool list_has(const struct wordlist *list, const char *key);
#define LIST_HAS(name, key) list_has(&list_##name, (key))

/* s[0..n) in lower case (ASCII letters), NUL-terminated, into out;
 * false when it does not fit. */
bool lower_copy(const char *s, size_t n, char *out, size_t max);

#endif
