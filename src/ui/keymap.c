/* keymap.c — the keys, after less and vi. */
#include <config.h>

#include "keymap.h"
#include "../buf.h"
#include "../i18n.h"
#include "../text.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CTRL(c) ((c) & 0x1F)
#define KEY_ESC 27

struct keybinding {
	int key;                /* a character or an ncurses KEY_ code */
	enum action action;
};

static const struct keybinding defaults[] = {
	{ 'j', ACT_LINE_DOWN }, { KEY_DOWN, ACT_LINE_DOWN }, { CTRL('n'), ACT_LINE_DOWN },
	{ CTRL('e'), ACT_LINE_DOWN }, { 'e', ACT_LINE_DOWN },
	{ 'k', ACT_LINE_UP }, { KEY_UP, ACT_LINE_UP }, { CTRL('p'), ACT_LINE_UP },
	{ CTRL('y'), ACT_LINE_UP }, { 'y', ACT_LINE_UP },
	{ ' ', ACT_PAGE_DOWN }, { KEY_NPAGE, ACT_PAGE_DOWN }, { CTRL('f'), ACT_PAGE_DOWN },
	{ 'f', ACT_PAGE_DOWN }, { CTRL('v'), ACT_PAGE_DOWN },
	{ 'b', ACT_PAGE_UP }, { KEY_PPAGE, ACT_PAGE_UP }, { CTRL('b'), ACT_PAGE_UP },
	{ 'd', ACT_HALF_DOWN }, { CTRL('d'), ACT_HALF_DOWN },
	{ 'u', ACT_HALF_UP }, { CTRL('u'), ACT_HALF_UP },
	{ 'g', ACT_TOP }, { '<', ACT_TOP }, { KEY_HOME, ACT_TOP },
	{ 'G', ACT_BOTTOM }, { '>', ACT_BOTTOM }, { KEY_END, ACT_BOTTOM },
	{ '/', ACT_SEARCH_FORWARD }, { '?', ACT_SEARCH_BACKWARD },
	{ 'n', ACT_NEXT_MATCH }, { 'N', ACT_PREV_MATCH },
	{ ']', ACT_NEXT_QUOTE }, { '[', ACT_PREV_QUOTE },
	{ '\t', ACT_FOCUS }, { 'p', ACT_PANEL },
	{ '\n', ACT_SELECT }, { '\r', ACT_SELECT }, { KEY_ENTER, ACT_SELECT },
	{ KEY_ESC, ACT_CLEAR },
	{ '#', ACT_LINK_NUMBERS }, { 'L', ACT_LINKS },
	{ 'B', ACT_BACK }, { KEY_BACKSPACE, ACT_BACK }, { 127, ACT_BACK }, { CTRL('h'), ACT_BACK },
	{ 'o', ACT_OPEN }, { 's', ACT_SAVE }, { 'r', ACT_RELOAD },
	{ ':', ACT_COMMAND },
	{ 'h', ACT_HELP }, { KEY_F(1), ACT_HELP },
	{ CTRL('l'), ACT_REDRAW }, { 'R', ACT_REDRAW },
	{ 'q', ACT_QUIT }, { 'Q', ACT_QUIT },
};

static struct keybinding *table;
static size_t ntable, captable;
static bool custom;

static const struct keybinding *bindings(size_t *n)
{
	if (custom) {
		*n = ntable;
		return table;
	}
	*n = sizeof defaults / sizeof *defaults;
	return defaults;
}

enum action keymap_lookup(int key)
{
	size_t n;
	const struct keybinding *b = bindings(&n);
	for (size_t i = 0; i < n; i++)
		if (b[i].key == key)
			return b[i].action;
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

static bool bind_one(int key, enum action action);

/* The keys that are one key to a reader: Enter comes as a carriage
 * return, a newline or the keypad's Enter; Backspace as DEL, Ctrl-H or
 * ncurses' KEY_BACKSPACE. Binding one binds them all. */
bool keymap_bind(int key, enum action action)
{
	static const int enter[] = { '\n', '\r', KEY_ENTER };
	static const int backspace[] = { KEY_BACKSPACE, 127, CTRL('h') };
	const int *group = NULL;
	for (size_t i = 0; i < 3; i++) {
		if (key == enter[i])
			group = enter;
		if (key == backspace[i])
			group = backspace;
	}
	if (!group)
		return bind_one(key, action);
	for (size_t i = 0; i < 3; i++)
		if (!bind_one(group[i], action))
			return false;
	return true;
}

static bool bind_one(int key, enum action action)
{
	if (!custom) {
		size_t n = sizeof defaults / sizeof *defaults;
		table = malloc(n * sizeof *table);
		if (!table)
			return false;
		memcpy(table, defaults, n * sizeof *table);
		ntable = captable = n;
		custom = true;
	}
	for (size_t i = 0; i < ntable; i++)
		if (table[i].key == key) {
			if (action == ACT_NONE) {
				memmove(&table[i], &table[i + 1], (ntable - i - 1) * sizeof *table);
				ntable--;
			} else {
				table[i].action = action;
			}
			return true;
		}
	if (action == ACT_NONE)
		return true;
	struct keybinding *t = array_grow(table, &captable, ntable, sizeof *t);
	if (!t)
		return false;
	table = t;
	table[ntable++] = (struct keybinding){ key, action };
	return true;
}

void keymap_reset(void)
{
	free(table);
	table = NULL;
	ntable = captable = 0;
	custom = false;
}

/* ---- names ---- */

static const struct {
	const char *name;
	int key;
} named[] = {
	{ "Space", ' ' }, { "Enter", '\n' }, { "Return", '\r' }, { "Tab", '\t' },
	{ "Esc", KEY_ESC }, { "Escape", KEY_ESC }, { "Backspace", KEY_BACKSPACE },
	{ "Del", 127 }, { "Up", KEY_UP }, { "Down", KEY_DOWN }, { "Left", KEY_LEFT },
	{ "Right", KEY_RIGHT }, { "PgUp", KEY_PPAGE }, { "PageUp", KEY_PPAGE },
	{ "PgDn", KEY_NPAGE }, { "PageDown", KEY_NPAGE }, { "Home", KEY_HOME },
	{ "End", KEY_END }, { "KpEnter", KEY_ENTER },
};

/* One UTF-8 character from U+00A0 on, the whole of s: its code point,
 * or 0. */
static unsigned one_char(const char *s, size_t len)
{
	size_t pos = 0;
	unsigned cp = utf8_decode(s, len, &pos);
	return pos == len && cp >= 0xA0 && cp != UTF8_REPLACEMENT ? cp : 0;
}

bool keymap_key_parse(const char *name, int *key)
{
	size_t len = strlen(name);
	if (len == 1 && (unsigned char)name[0] > ' ' && (unsigned char)name[0] < 127) {
		*key = name[0];
		return true;
	}
	/* "#" would start a comment in the config */
	if (!strcasecmp(name, "Hash")) {
		*key = '#';
		return true;
	}
	unsigned cp = len > 1 ? one_char(name, len) : 0;
	if (cp) {
		*key = KEYMAP_CHAR(cp);
		return true;
	}
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (!strcasecmp(name, named[i].name)) {
			*key = named[i].key;
			return true;
		}
	/* Ctrl-X, C-x, ^X */
	const char *c = NULL;
	if (!strncasecmp(name, "Ctrl-", 5))
		c = name + 5;
	else if (!strncasecmp(name, "C-", 2))
		c = name + 2;
	else if (name[0] == '^' && len == 2)
		c = name + 1;
	if (c && strlen(c) == 1 && ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
				    strchr("@[\\]^_", *c))) {
		*key = CTRL(*c);
		return true;
	}
	if ((name[0] == 'F' || name[0] == 'f') && len >= 2 && len <= 3) {
		int n = atoi(name + 1);
		if (n >= 1 && n <= 24) {
			*key = KEY_F(n);
			return true;
		}
	}
	return false;
}

void keymap_key_name(int key, char *out, size_t size)
{
	if (key == '\r' || key == KEY_ENTER)
		key = '\n';
	if (key == 127 || key == CTRL('h'))
		key = KEY_BACKSPACE;
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (named[i].key == key) {
			snprintf(out, size, "%s", named[i].name);
			return;
		}
	/* a character the terminal must not be sent is shown by number */
	if (key >= KEYMAP_CHAR_BASE + 0xA0 && key <= KEYMAP_CHAR_BASE + 0x10FFFF &&
	    !text_char_dropped((unsigned)(key - KEYMAP_CHAR_BASE))) {
		struct buf u = BUF_INIT;
		buf_put_utf8(&u, (unsigned)(key - KEYMAP_CHAR_BASE));
		snprintf(out, size, "%.*s", (int)u.len, u.data ? u.data : "");
		buf_free(&u);
		return;
	}
	if (key >= KEY_F(1) && key <= KEY_F(24))
		snprintf(out, size, "F%d", key - KEY_F0);
	else if (key > 0 && key < ' ')
		snprintf(out, size, "Ctrl-%c", key + '@');
	else if (key > ' ' && key < 127)
		snprintf(out, size, "%c", key);
	else
		snprintf(out, size, "#%d", key);
}

static const char *const action_names[ACT_COUNT] = {
	[ACT_NONE] = "none",
	[ACT_LINE_DOWN] = "line-down",
	[ACT_LINE_UP] = "line-up",
	[ACT_PAGE_DOWN] = "page-down",
	[ACT_PAGE_UP] = "page-up",
	[ACT_HALF_DOWN] = "half-page-down",
	[ACT_HALF_UP] = "half-page-up",
	[ACT_TOP] = "top",
	[ACT_BOTTOM] = "bottom",
	[ACT_SEARCH_FORWARD] = "search-forward",
	[ACT_SEARCH_BACKWARD] = "search-backward",
	[ACT_NEXT_MATCH] = "next-match",
	[ACT_PREV_MATCH] = "previous-match",
	[ACT_NEXT_QUOTE] = "next-quote",
	[ACT_PREV_QUOTE] = "previous-quote",
	[ACT_FOCUS] = "focus",
	[ACT_PANEL] = "panel",
	[ACT_SELECT] = "select",
	[ACT_CLEAR] = "clear",
	[ACT_LINK_NUMBERS] = "link-numbers",
	[ACT_LINKS] = "links",
	[ACT_BACK] = "back",
	[ACT_OPEN] = "open",
	[ACT_SAVE] = "save",
	[ACT_RELOAD] = "reload",
	[ACT_COMMAND] = "command",
	[ACT_NEXT_ARTICLE] = "next-article",
	[ACT_PREV_ARTICLE] = "previous-article",
	[ACT_HELP] = "help",
	[ACT_REDRAW] = "redraw",
	[ACT_QUIT] = "quit",
};

bool action_parse(const char *name, enum action *a)
{
	for (int i = 0; i < ACT_COUNT; i++)
		if (action_names[i] && !strcmp(name, action_names[i])) {
			*a = (enum action)i;
			return true;
		}
	return false;
}

const char *action_name(enum action a)
{
	return a < ACT_COUNT && action_names[a] ? action_names[a] : "none";
}

/* ---- help ---- */

static const struct action_help help[] = {
	{ ACT_LINE_DOWN, N_("forward one line") },
	{ ACT_LINE_UP, N_("back one line") },
	{ ACT_PAGE_DOWN, N_("forward one page") },
	{ ACT_PAGE_UP, N_("back one page") },
	{ ACT_HALF_DOWN, N_("forward half a page") },
	{ ACT_HALF_UP, N_("back half a page") },
	{ ACT_TOP, N_("go to the top") },
	{ ACT_BOTTOM, N_("go to the end") },
	{ ACT_SEARCH_FORWARD, N_("search forward (a capital letter makes case count)") },
	{ ACT_SEARCH_BACKWARD, N_("search backward") },
	{ ACT_NEXT_MATCH, N_("next match, or next mention of the chosen person") },
	{ ACT_PREV_MATCH, N_("previous match or mention") },
	{ ACT_NEXT_QUOTE, N_("next quote") },
	{ ACT_PREV_QUOTE, N_("previous quote") },
	{ ACT_PANEL, N_("show or hide the panel of people and quotes") },
	{ ACT_FOCUS, N_("move between the text and the panel") },
	{ ACT_SELECT, N_("in the panel or a list: choose; in the text: forward one line") },
	{ ACT_CLEAR, N_("clear the marks, the chosen person and the search") },
	{ ACT_LINK_NUMBERS, N_("show or hide link numbers") },
	{ ACT_LINKS, N_("list the links; Enter reads one, o opens it in $BROWSER") },
	{ ACT_BACK, N_("back to the page read before") },
	{ ACT_OPEN, N_("open the article in $BROWSER (or show its address)") },
	{ ACT_SAVE, N_("save as text, Markdown or JSON (by the file's extension)") },
	{ ACT_RELOAD, N_("read the page again") },
	{ ACT_NEXT_ARTICLE, N_("next article (several SOURCEs)") },
	{ ACT_PREV_ARTICLE, N_("previous article") },
	{ ACT_HELP, N_("show this help; q leaves it") },
	{ ACT_REDRAW, N_("redraw the screen") },
	{ ACT_QUIT, N_("quit") },
};

const struct action_help *keymap_help(size_t *n)
{
	*n = sizeof help / sizeof *help;
	return help;
}

void keymap_keys_of(enum action a, char *out, size_t size)
{
	if (size == 0)
		return;
	out[0] = '\0';
	if (a == ACT_NEXT_ARTICLE || a == ACT_PREV_ARTICLE) {
		snprintf(out, size, "%s", a == ACT_NEXT_ARTICLE ? ":n" : ":p, :N");
		return;
	}
	size_t n, len = 0;
	const struct keybinding *b = bindings(&n);
	for (size_t i = 0; i < n; i++) {
		if (b[i].action != a)
			continue;
		char name[32];
		keymap_key_name(b[i].key, name, sizeof name);
		/* Enter and Return, Backspace and Del: one name */
		bool seen = false;
		for (size_t k = 0; k < i; k++) {
			char other[32];
			if (b[k].action != a)
				continue;
			keymap_key_name(b[k].key, other, sizeof other);
			if (!strcmp(other, name))
				seen = true;
		}
		if (seen)
			continue;
		int w = snprintf(out + len, size - len, "%s%s", len ? ", " : "", name);
		if (w < 0 || (size_t)w >= size - len)
			break;
		len += (size_t)w;
	}
}
