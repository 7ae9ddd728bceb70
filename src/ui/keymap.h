/* keymap.h — one table from keys to actions. The defaults follow less and
 * vi; the config file may bind and unbind keys; the help screen is made
 * from the table as it is. */
#ifndef LEDE_KEYMAP_H
#define LEDE_KEYMAP_H

#include <stdbool.h>
#include <stddef.h>

enum action {
	ACT_NONE,
	ACT_LINE_DOWN,
	ACT_LINE_UP,
	ACT_PAGE_DOWN,
	ACT_PAGE_UP,
	ACT_HALF_DOWN,
	ACT_HALF_UP,
	ACT_TOP,
	ACT_BOTTOM,
	ACT_SEARCH_FORWARD,
	ACT_SEARCH_BACKWARD,
	ACT_NEXT_MATCH,
	ACT_PREV_MATCH,
	ACT_NEXT_QUOTE,
	ACT_PREV_QUOTE,
	ACT_FOCUS,              /* Tab: between the text and the panel */
	ACT_PANEL,              /* show or hide the panel */
	ACT_SELECT,             /* Enter: choose (a line forward in the text) */
	ACT_CLEAR,              /* Esc: clear marks, the person, the search */
	ACT_LINK_NUMBERS,
	ACT_LINKS,
	ACT_BACK,
	ACT_OPEN,
	ACT_SAVE,
	ACT_RELOAD,
	ACT_COMMAND,            /* ':' starts a two-key command */
	ACT_NEXT_ARTICLE,       /* :n */
	ACT_PREV_ARTICLE,       /* :p */
	ACT_HELP,
	ACT_REDRAW,
	ACT_QUIT,
	ACT_COUNT
};

/* Keys are characters below 128 and ncurses KEY_ codes as they are, and
 * characters from 128 on moved past both (so "ĉ", U+0109, is not F1,
 * 0411). */
#define KEYMAP_CHAR_BASE 0x1000000
#define KEYMAP_CHAR(c) ((c) < 128 ? (int)(c) : KEYMAP_CHAR_BASE + (int)(c))

enum action keymap_lookup(int key);
/* After ':' */
enum action keymap_command(int key);

/* Bind key to action (ACT_NONE unbinds it). Returns false when out of
 * memory. */
bool keymap_bind(int key, enum action action);
/* Back to the default keys. */
void keymap_reset(void);

/* "Ctrl-X", "Up", "F1", "Space", "Hash", "x", "é" ↔ a key; false when it
 * names none. */
bool keymap_key_parse(const char *name, int *key);
void keymap_key_name(int key, char *out, size_t size);
/* "line-down" ↔ an action. */
bool action_parse(const char *name, enum action *a);
const char *action_name(enum action a);

/* The help, in display order: each action's keys as bound now ("j, Down")
 * and its (untranslated, N_) description. */
struct action_help {
	enum action action;
	const char *text;
};
const struct action_help *keymap_help(size_t *n);
/* The keys bound to a, named and joined with ", ", into out. */
void keymap_keys_of(enum action a, char *out, size_t size);

#endif
