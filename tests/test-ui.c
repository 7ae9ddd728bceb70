/* test-ui.c — the pager's parts that need no terminal: search, the line
 * editor of its prompts, the panel, the settings file, the key table. */
#include <config.h>

#include "article.h"
#include "analyze/analyze.h"
#include "tap.h"
#include "ui/config.h"
#include "ui/keymap.h"
#include "ui/pager.h"
#include "ui/panel.h"
#include "ui/search.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

static struct article *make(const char *title, const char *const *paras)
{
	struct article *a = calloc(1, sizeof *a);
	if (title)
		article_set(&a->title, title, strlen(title));
	struct article_builder b;
	ab_init(&b, a);
	for (; *paras; paras++) {
		ab_block_begin(&b, BLOCK_PARAGRAPH, 0, 0, 0);
		ab_text(&b, *paras, strlen(*paras));
		ab_block_end(&b);
	}
	ab_finish(&b);
	return a;
}

static void search(void)
{
	static const char *const paras[] = {
		"Putin met Burns. PUTIN was not named in capitals again.",
		"Ёлка and ёлка: Cyrillic folds too. Putin’s aides.",
		"A caf\u00e9 and a cafe\u0301, written two ways.",
		NULL,
	};
	struct article *a = make("T", paras);
	struct match *m;
	size_t n;
	int r = search_article(a, "putin", &m, &n);
	ok(r == 0 && n == 3, "without capitals, case does not count (%zu)", n);
	ok(n > 0 && m[0].block == 0 && m[0].start == 0 && m[0].end == 5, "matches know their block and bytes");
	free(m);
	r = search_article(a, "Putin", &m, &n);
	ok(r == 0 && n == 2, "a capital makes case count (%zu)", n);
	free(m);
	r = search_article(a, "ёлка", &m, &n);
	ok(r == 0 && n == 2, "case folds beyond ASCII (%zu)", n);
	free(m);
	r = search_article(a, "caf\u00e9", &m, &n);
	ok(r == 0 && n == 2, "a precomposed letter finds the letter with a combining accent too (%zu)", n);
	free(m);
	r = search_article(a, "cafe\u0301", &m, &n);
	ok(r == 0 && n == 2, "and the other way round (%zu)", n);
	free(m);
	r = search_article(a, "nowhere", &m, &n);
	ok(r == 0 && n == 0, "no match, no matches");
	free(m);
	article_free(a);
	free(a);
}

static void type(struct line_edit *e, const char *s)
{
	for (; *s; s++)
		edit_key(e, (unsigned char)*s, true);
}

static void editing(void)
{
	struct line_edit e;
	edit_start(&e, "story.txt");
	is(e.text, "story.txt", "a prompt starts with its default");
	edit_key(&e, 0x15, true);       /* Ctrl-U */
	is(e.text, "", "Ctrl-U clears the line");
	type(&e, "news/ today/story.md");
	edit_key(&e, 0x17, true);       /* Ctrl-W */
	is(e.text, "news/ ", "Ctrl-W deletes the word before the cursor, back to a blank, as a shell does");
	type(&e, "x");
	edit_key(&e, 0x17, true);
	edit_key(&e, 0x17, true);
	is(e.text, "", "word by word");
	type(&e, "news/");
	edit_key(&e, KEY_LEFT, false);
	edit_key(&e, KEY_LEFT, false);
	type(&e, "X");
	is(e.text, "newX" "s/", "arrows move the cursor; typing inserts there");
	edit_key(&e, KEY_HOME, false);
	edit_key(&e, KEY_DC, false);
	is(e.text, "ewXs/", "Home goes to the start, Delete deletes");
	edit_key(&e, KEY_END, false);
	edit_key(&e, 0x7F, true);
	is(e.text, "ewXs", "End, and Backspace deletes before the cursor");
	edit_key(&e, 0xE9, true);       /* é */
	edit_key(&e, KEY_BACKSPACE, false);
	is(e.text, "ewXs", "a character of several bytes is deleted whole");
	edit_key(&e, 0x1B, true);       /* a control character is not text */
	edit_key(&e, 0x9B, true);
	ok(edit_key(&e, 0x1B, true) == EDIT_CANCEL, "Esc cancels");
	ok(edit_key(&e, '\r', true) == EDIT_DONE, "Enter accepts");
	is(e.text, "ewXs", "and no control character got in");
}

static void panel(void)
{
	static const char *const paras[] = {
		"Secretary of State Anthony Blinken met Dmytro Kuleba. “We stand together,” "
		"Blinken said. “We are grateful,” Kuleba said. Blinken left.",
		"The so-called “reset” failed.",
		NULL,
	};
	struct article *a = make("Talks", paras);
	analyze_article(a);
	struct panel p;
	ok(panel_build(a, -1, &p) == 0, "the panel is built");
	ok(p.n >= 6 && p.items[0].type == PI_HEADING && !strcmp(p.items[0].text, "People"),
	   "it starts with the people");
	ok(p.items[1].type == PI_PERSON && !strcmp(p.items[1].text, "Anthony Blinken") && p.items[1].count == 3,
	   "most mentioned first, with the count");
	size_t quotes = 0;
	for (size_t i = 0; i < p.n; i++)
		if (p.items[i].type == PI_QUOTE)
			quotes++;
	ok(quotes == 2, "the quotes follow, not the scare quote (%zu)", quotes);
	size_t first = panel_step(&p, 0, 1);
	ok(first == 1, "the first item that can be chosen is the first person");
	bool found = false;
	for (size_t i = 0; i < p.n; i++)
		if (p.items[i].type == PI_QUOTE && !strcmp(p.items[i].text, "Blinken: \u201CWe stand together,\u201D"))
			found = true;
	ok(found, "a quote is “speaker: words”");
	int kuleba = p.items[2].index;
	panel_free(&p);
	ok(panel_build(a, kuleba, &p) == 0, "chosen person: the panel again");
	quotes = 0;
	for (size_t i = 0; i < p.n; i++)
		if (p.items[i].type == PI_QUOTE)
			quotes++;
	ok(quotes == 1, "the quotes narrow to that person's");
	panel_free(&p);
	article_free(a);
	free(a);
}

static void settings(void)
{
	struct ui_config c;
	config_init(&c);
	const char *text =
		"# mine\n"
		"bind x quit\n"
		"unbind q\n"
		"face person bold red on black\n"
		"panel left\n"
		"panel-width 40\n"
		"width 66   # narrower\n"
		"frobnicate 3\n"
		"bind Ctrl-D nope\n"
		"face nobody bold\n"
		"width 5\n";
	ok(config_parse(&c, "cfg", text, strlen(text)), "a settings file is read");
	ok(keymap_lookup('x') == ACT_QUIT, "bind: x quits");
	ok(keymap_lookup('q') == ACT_NONE, "unbind: q does nothing now");
	ok(c.faces[FACE_PERSON].attrs == FA_BOLD && c.faces[FACE_PERSON].fg == COLOR_RED &&
	   c.faces[FACE_PERSON].bg == COLOR_BLACK, "a face: attributes, colour and background");
	ok(c.panel == PANEL_LEFT && c.panel_width == 40, "the panel's side and width");
	ok(c.text_width == 66, "the text's width, with a comment after it");
	ok(c.nerrors == 4, "four mistakes are reported (%zu)", c.nerrors);
	is(c.nerrors > 0 ? c.errors[0] : "", "cfg:8: unknown setting 'frobnicate'", "with the file and the line");
	is(c.nerrors > 1 ? c.errors[1] : "", "cfg:9: unknown action 'nope'", "an unknown action");
	ok(c.nerrors > 3 && strstr(c.errors[3], "cfg:11:"), "a width out of range");
	char keys[128];
	keymap_keys_of(ACT_QUIT, keys, sizeof keys);
	is(keys, "Q, x", "the help shows the keys as bound now");
	config_free(&c);
	keymap_reset();
	ok(keymap_lookup('q') == ACT_QUIT, "and the defaults come back");
	keymap_keys_of(ACT_PAGE_DOWN, keys, sizeof keys);
	is(keys, "Space, PgDn, Ctrl-F, f, Ctrl-V", "keys are named as a reader would");
	int k;
	ok(keymap_key_parse("Ctrl-D", &k) && k == 4 && keymap_key_parse("C-d", &k) && k == 4 &&
	   keymap_key_parse("^D", &k) && k == 4, "Ctrl-D, C-d and ^D are one key");
	ok(keymap_key_parse("F5", &k) && k == KEY_F(5) && keymap_key_parse("PgDn", &k) && k == KEY_NPAGE,
	   "function keys and named keys");
	ok(!keymap_key_parse("Hyper-Q", &k), "not every name is a key");
	ok(keymap_key_parse("Hash", &k) && k == '#', "# has a name, as it starts a comment in the config");
	ok(keymap_key_parse("Enter", &k) && keymap_bind(k, ACT_QUIT) && keymap_lookup('\r') == ACT_QUIT &&
	   keymap_lookup('\n') == ACT_QUIT && keymap_lookup(KEY_ENTER) == ACT_QUIT,
	   "binding Enter binds the key however the terminal sends it");
	keymap_reset();
	ok(keymap_lookup(KEYMAP_CHAR(0x109)) == ACT_NONE && keymap_lookup(KEYMAP_CHAR(0x102)) == ACT_NONE,
	   "typed letters are not function keys of the same number (\u0109 is not F1, \u0102 not Down)");
	ok(keymap_key_parse("\u00e9", &k) && k == KEYMAP_CHAR(0xE9) && keymap_bind(k, ACT_QUIT) &&
	   keymap_lookup(KEYMAP_CHAR(0xE9)) == ACT_QUIT, "a letter beyond ASCII can be bound");
	char name[16];
	keymap_key_name(KEYMAP_CHAR(0xE9), name, sizeof name);
	is(name, "\u00e9", "and is named as itself");
	keymap_reset();
}

static void save_names(void)
{
	struct article a = { 0 };
	article_set(&a.title, "Senior-level engagement with Russia is good \u2014 if it\u2019s realistic",
		    strlen("Senior-level engagement with Russia is good \u2014 if it\u2019s realistic"));
	char *n = pager_save_name(&a);
	is(n, "senior-level-engagement-with-russia-is-good-if-its-realistic.txt",
	   "a file name from the title: lower case, words joined by -, .txt");
	free(n);
	article_set(&a.title, "An exceedingly long title that goes on and on well beyond sixty characters in all",
		    strlen("An exceedingly long title that goes on and on well beyond sixty characters in all"));
	n = pager_save_name(&a);
	ok(n && strlen(n) <= 64 && n[strlen(n) - 5] != '-', "at most 60 characters, cut between words (%s)", n);
	free(n);
	article_set(&a.title, "\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f: \u0447\u0442\u043e \u043d\u043e\u0432\u043e\u0433\u043e?",
		    strlen("\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f: \u0447\u0442\u043e \u043d\u043e\u0432\u043e\u0433\u043e?"));
	n = pager_save_name(&a);
	is(n, "\u043d\u043e\u0432\u043e\u0441\u0442\u0438-\u0434\u043d\u044f-\u0447\u0442\u043e-\u043d\u043e\u0432\u043e\u0433\u043e.txt",
	   "a title in another script keeps its letters, in lower case");
	free(n);
	article_set(&a.title, "\u65e5\u672c\u8a9e\u306e\u30cb\u30e5\u30fc\u30b9\u3067\u3059\u3002\u65e5\u672c\u8a9e\u306e\u30cb\u30e5\u30fc\u30b9\u3067\u3059",
		    strlen("\u65e5\u672c\u8a9e\u306e\u30cb\u30e5\u30fc\u30b9\u3067\u3059\u3002\u65e5\u672c\u8a9e\u306e\u30cb\u30e5\u30fc\u30b9\u3067\u3059"));
	n = pager_save_name(&a);
	ok(n && strlen(n) <= 64 && strlen(n) > 4 && ((unsigned char)n[strlen(n) - 5] & 0xC0) != 0xC0 &&
	   !strcmp(n + strlen(n) - 4, ".txt"), "a long name is cut between characters (%s)", n ? n : "");
	free(n);
	free(a.title);
	a.title = NULL;
	n = pager_save_name(&a);
	is(n, "article.txt", "no title: article.txt");
	free(n);
}

int main(void)
{
	search();
	editing();
	panel();
	settings();
	save_names();
	return done_testing();
}
