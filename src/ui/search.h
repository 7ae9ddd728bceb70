/* search.h — finding text in an article, and editing a line of input;
 * both without a terminal. */
#ifndef LEDE_SEARCH_H
#define LEDE_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "../article.h"

struct match {
	size_t block, start, end;       /* bytes in the block's text */
};

/* Every place pattern occurs in the article's blocks, in order. Smart
 * case: without a capital letter in the pattern, case does not count.
 * Returns 0 (with *out to be freed, possibly NULL when *n is 0), or -1
 * when out of memory. */
int search_article(const struct article *a, const char *pattern, struct match **out, size_t *n);
bool search_case_sensitive(const char *pattern);

/* A line being typed at a prompt: Ctrl-U clears it, Ctrl-W deletes a
 * word, Ctrl-K the rest, arrows, Home/End (Ctrl-A/E) move, Backspace and
 * Delete delete, Enter accepts, Esc (or Ctrl-G) cancels. */
#define EDIT_MAX 1024
struct line_edit {
	char text[EDIT_MAX];
	size_t len, cursor;             /* bytes */
};

enum edit_result { EDIT_GOING, EDIT_DONE, EDIT_CANCEL };

void edit_start(struct line_edit *e, const char *initial);
/* A key: a character (code point) when is_char, else an ncurses KEY_ code. */
enum edit_result edit_key(struct line_edit *e, unsigned key, bool is_char);

#endif
