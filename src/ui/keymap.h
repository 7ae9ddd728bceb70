/* keymap.h — one table from keys to actions; the help screen is made
 * from it. */
#ifndef LEDE_KEYMAP_H
#define LEDE_KEYMAP_H

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
	ACT_COMMAND,            /* ':' starts a two-key command */
	ACT_NEXT_ARTICLE,       /* :n */
	ACT_PREV_ARTICLE,       /* :p */
	ACT_HELP,
	ACT_REDRAW,
	ACT_QUIT,
};

struct keybinding {
	int key;                /* a character or an ncurses KEY_ code */
	enum action action;
};

struct action_help {
	enum action action;
	const char *keys;       /* as shown in help, e.g. "j, Down, Ctrl-N" */
	const char *text;       /* untranslated (N_) description */
};

enum action keymap_lookup(int key);
/* After ':' */
enum action keymap_command(int key);
/* The help table, in display order. */
const struct action_help *keymap_help(size_t *n);

#endif
