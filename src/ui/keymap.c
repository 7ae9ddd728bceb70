/* keymap.c — the default keys, after less and vi. */
#include <config.h>

#include "keymap.h"
#include "../i18n.h"

#include <curses.h>

#define CTRL(c) ((c) & 0x1F)

static const struct keybinding bindings[] = {
	{ 'j', ACT_LINE_DOWN }, { KEY_DOWN, ACT_LINE_DOWN }, { CTRL('n'), ACT_LINE_DOWN },
	{ CTRL('e'), ACT_LINE_DOWN }, { '\n', ACT_LINE_DOWN }, { '\r', ACT_LINE_DOWN },
	{ KEY_ENTER, ACT_LINE_DOWN }, { 'e', ACT_LINE_DOWN },
	{ 'k', ACT_LINE_UP }, { KEY_UP, ACT_LINE_UP }, { CTRL('p'), ACT_LINE_UP },
	{ CTRL('y'), ACT_LINE_UP }, { 'y', ACT_LINE_UP },
	{ ' ', ACT_PAGE_DOWN }, { KEY_NPAGE, ACT_PAGE_DOWN }, { CTRL('f'), ACT_PAGE_DOWN },
	{ 'f', ACT_PAGE_DOWN }, { CTRL('v'), ACT_PAGE_DOWN },
	{ 'b', ACT_PAGE_UP }, { KEY_PPAGE, ACT_PAGE_UP }, { CTRL('b'), ACT_PAGE_UP },
	{ 'd', ACT_HALF_DOWN }, { CTRL('d'), ACT_HALF_DOWN },
	{ 'u', ACT_HALF_UP }, { CTRL('u'), ACT_HALF_UP },
	{ 'g', ACT_TOP }, { '<', ACT_TOP }, { KEY_HOME, ACT_TOP },
	{ 'G', ACT_BOTTOM }, { '>', ACT_BOTTOM }, { KEY_END, ACT_BOTTOM },
	{ ':', ACT_COMMAND },
	{ 'h', ACT_HELP }, { KEY_F(1), ACT_HELP },
	{ CTRL('l'), ACT_REDRAW }, { 'R', ACT_REDRAW },
	{ 'q', ACT_QUIT }, { 'Q', ACT_QUIT },
};

static const struct action_help help[] = {
	{ ACT_LINE_DOWN, "j, Down, Enter, Ctrl-N, Ctrl-E", N_("forward one line") },
	{ ACT_LINE_UP, "k, Up, Ctrl-P, Ctrl-Y", N_("back one line") },
	{ ACT_PAGE_DOWN, "Space, PgDn, f, Ctrl-F", N_("forward one page") },
	{ ACT_PAGE_UP, "b, PgUp, Ctrl-B", N_("back one page") },
	{ ACT_HALF_DOWN, "d, Ctrl-D", N_("forward half a page") },
	{ ACT_HALF_UP, "u, Ctrl-U", N_("back half a page") },
	{ ACT_TOP, "g, <, Home", N_("go to the top") },
	{ ACT_BOTTOM, "G, >, End", N_("go to the end") },
	{ ACT_NEXT_ARTICLE, ":n", N_("next article (several SOURCEs)") },
	{ ACT_PREV_ARTICLE, ":p", N_("previous article") },
	{ ACT_HELP, "h, F1", N_("show this help; q leaves it") },
	{ ACT_REDRAW, "Ctrl-L, R", N_("redraw the screen") },
	{ ACT_QUIT, "q, Q", N_("quit") },
};

enum action keymap_lookup(int key)
{
	for (size_t i = 0; i < sizeof bindings / sizeof *bindings; i++)
		if (bindings[i].key == key)
			return bindings[i].action;
	return ACT_NONE;
}

enum action keymap_command(int key)
{
	switch (key) {
	case 'n': return ACT_NEXT_ARTICLE;
	case 'p': case 'N': return ACT_PREV_ARTICLE;
	case 'q': return ACT_QUIT;
	default: return ACT_NONE;
	}
}

const struct action_help *keymap_help(size_t *n)
{
	*n = sizeof help / sizeof *help;
	return help;
}
