/* config.c — reading the pager's settings. */
#include <config.h>

#include "config.h"
#include "keymap.h"
#include "../buf.h"
#include "../i18n.h"
#include "../text.h"

#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const face_names[FACE_COUNT] = {
	[FACE_TEXT] = "text",
	[FACE_TITLE] = "title",
	[FACE_META] = "meta",
	[FACE_HEADING] = "heading",
	[FACE_LINK] = "link",
	[FACE_CODE] = "code",
	[FACE_MARKER] = "marker",
	[FACE_PERSON] = "person",
	[FACE_ORGANIZATION] = "organization",
	[FACE_PLACE] = "place",
	[FACE_QUOTE] = "quote",
	[FACE_SPEAKER] = "speaker",
	[FACE_SEARCH] = "search",
	[FACE_MARK] = "mark",
	[FACE_STATUS] = "status",
	[FACE_PANEL_HEADING] = "panel-heading",
	[FACE_SELECTION] = "selection",
};

const char *face_name(enum face f)
{
	return f < FACE_COUNT ? face_names[f] : "";
}

void config_init(struct ui_config *c)
{
	memset(c, 0, sizeof *c);
	/* the faces of names and quotes each have attributes of their own,
	 * so that nothing is told by colour alone: people bold, speakers
	 * bold and underlined, organizations dim and underlined, places dim,
	 * quotes in italics, links underlined. Where the terminal has no
	 * italics a quote is told by its quotation marks. */
	static const struct face_spec defaults[FACE_COUNT] = {
		[FACE_TEXT] = { 0, FACE_NO_COLOR, FACE_NO_COLOR },
		[FACE_TITLE] = { FA_BOLD, COLOR_CYAN, FACE_NO_COLOR },
		[FACE_META] = { FA_DIM, COLOR_YELLOW, FACE_NO_COLOR },
		[FACE_HEADING] = { FA_BOLD, FACE_NO_COLOR, FACE_NO_COLOR },
		[FACE_LINK] = { FA_UNDERLINE, COLOR_BLUE, FACE_NO_COLOR },
		[FACE_CODE] = { 0, COLOR_GREEN, FACE_NO_COLOR },
		[FACE_MARKER] = { 0, COLOR_MAGENTA, FACE_NO_COLOR },
		[FACE_PERSON] = { FA_BOLD, COLOR_YELLOW, FACE_NO_COLOR },
		[FACE_ORGANIZATION] = { FA_UNDERLINE | FA_DIM, COLOR_CYAN, FACE_NO_COLOR },
		[FACE_PLACE] = { FA_DIM, COLOR_GREEN, FACE_NO_COLOR },
		[FACE_QUOTE] = { FA_ITALIC, COLOR_MAGENTA, FACE_NO_COLOR },
		[FACE_SPEAKER] = { FA_BOLD | FA_UNDERLINE, COLOR_RED, FACE_NO_COLOR },
		[FACE_SEARCH] = { FA_REVERSE, COLOR_YELLOW, FACE_NO_COLOR },
		[FACE_MARK] = { FA_REVERSE | FA_BOLD, COLOR_CYAN, FACE_NO_COLOR },
		[FACE_STATUS] = { FA_REVERSE, FACE_NO_COLOR, FACE_NO_COLOR },
		[FACE_PANEL_HEADING] = { FA_BOLD | FA_UNDERLINE, FACE_NO_COLOR, FACE_NO_COLOR },
		[FACE_SELECTION] = { FA_REVERSE, FACE_NO_COLOR, FACE_NO_COLOR },
	};
	memcpy(c->faces, defaults, sizeof defaults);
	c->panel = PANEL_RIGHT;
	c->panel_width = 32;
	c->text_width = 80;
}

void config_free(struct ui_config *c)
{
	for (size_t i = 0; i < c->nerrors; i++)
		free(c->errors[i]);
	free(c->errors);
	c->errors = NULL;
	c->nerrors = 0;
}

static bool report(struct ui_config *c, const char *file, size_t line, const char *fmt,
		   const char *arg)
{
	struct buf b = BUF_INIT;
	if (line > 0)
		buf_printf(&b, "%s:%zu: ", file, line);
	else
		buf_printf(&b, "%s: ", file);
	/* fmt holds at most one %s (translations keep it) */
	const char *pct = strstr(fmt, "%s");
	if (pct) {
		buf_append(&b, fmt, (size_t)(pct - fmt));
		buf_puts(&b, arg ? arg : "");
		buf_puts(&b, pct + 2);
	} else {
		buf_puts(&b, fmt);
	}
	char *clean = b.failed ? NULL : text_clean(b.data, b.len, false);
	buf_free(&b);
	size_t cap = c->nerrors;
	char **v = clean ? array_grow(c->errors, &cap, c->nerrors, sizeof *v) : NULL;
	if (!v) {
		free(clean);
		return false;
	}
	c->errors = v;
	c->errors[c->nerrors++] = clean;
	return true;
}

static bool color_parse(const char *s, short *out)
{
	static const char *const names[] = {
		"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
	};
	for (short i = 0; i < 8; i++)
		if (!strcasecmp(s, names[i])) {
			*out = i;
			return true;
		}
	if (!strcasecmp(s, "default")) {
		*out = FACE_NO_COLOR;
		return true;
	}
	return false;
}

static bool attr_parse(const char *s, unsigned *out)
{
	static const struct {
		const char *name;
		unsigned attr;
	} names[] = {
		{ "bold", FA_BOLD }, { "dim", FA_DIM }, { "italic", FA_ITALIC },
		{ "underline", FA_UNDERLINE }, { "reverse", FA_REVERSE }, { "normal", 0 },
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (!strcasecmp(s, names[i].name)) {
			*out = names[i].attr;
			return true;
		}
	return false;
}

#define MAX_WORDS 16

/* Split line (modified) into words at blanks. */
static size_t split(char *line, char **w)
{
	size_t n = 0;
	char *save = NULL;
	for (char *t = strtok_r(line, " \t", &save); t && n < MAX_WORDS; t = strtok_r(NULL, " \t", &save))
		w[n++] = t;
	return n;
}

static bool number(const char *s, int lo, int hi, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v < lo || v > hi)
		return false;
	*out = (int)v;
	return true;
}

static bool parse_line(struct ui_config *c, const char *file, size_t ln, char *line)
{
	char *w[MAX_WORDS];
	size_t n = split(line, w);
	if (n == 0 || w[0][0] == '#')
		return true;
	if (!strcmp(w[0], "bind") || !strcmp(w[0], "unbind")) {
		bool bind = w[0][0] == 'b';
		if (n != (bind ? 3u : 2u))
			return report(c, file, ln, bind ? _("usage: bind KEY ACTION") :
					  _("usage: unbind KEY"), NULL);
		int key;
		if (!keymap_key_parse(w[1], &key))
			return report(c, file, ln, _("unknown key '%s'"), w[1]);
		enum action a = ACT_NONE;
		if (bind && !action_parse(w[2], &a))
			return report(c, file, ln, _("unknown action '%s'"), w[2]);
		return keymap_bind(key, a);
	}
	if (!strcmp(w[0], "face")) {
		if (n < 2)
			return report(c, file, ln, _("usage: face NAME ATTRIBUTE..."), NULL);
		int f = -1;
		for (int i = 0; i < FACE_COUNT; i++)
			if (!strcmp(w[1], face_names[i]))
				f = i;
		if (f < 0)
			return report(c, file, ln, _("unknown face '%s'"), w[1]);
		struct face_spec spec = { 0, FACE_NO_COLOR, FACE_NO_COLOR };
		for (size_t i = 2; i < n; i++) {
			unsigned a;
			short col;
			if (attr_parse(w[i], &a)) {
				spec.attrs |= a;
			} else if (!strcmp(w[i], "on") && i + 1 < n) {
				if (!color_parse(w[++i], &spec.bg))
					return report(c, file, ln, _("unknown colour '%s'"), w[i]);
			} else if (color_parse(w[i], &col)) {
				spec.fg = col;
			} else {
				return report(c, file, ln, _("unknown attribute or colour '%s'"), w[i]);
			}
		}
		c->faces[f] = spec;
		return true;
	}
	if (!strcmp(w[0], "panel")) {
		if (n == 2 && !strcmp(w[1], "right"))
			c->panel = PANEL_RIGHT;
		else if (n == 2 && !strcmp(w[1], "left"))
			c->panel = PANEL_LEFT;
		else if (n == 2 && !strcmp(w[1], "off"))
			c->panel = PANEL_OFF;
		else
			return report(c, file, ln, _("usage: panel right|left|off"), NULL);
		return true;
	}
	if (!strcmp(w[0], "panel-width")) {
		if (n != 2 || !number(w[1], 20, 60, &c->panel_width))
			return report(c, file, ln, _("usage: panel-width N (20 to 60)"), NULL);
		return true;
	}
	if (!strcmp(w[0], "width")) {
		if (n != 2 || !number(w[1], 20, 300, &c->text_width))
			return report(c, file, ln, _("usage: width N (20 to 300)"), NULL);
		return true;
	}
	return report(c, file, ln, _("unknown setting '%s'"), w[0]);
}

bool config_parse(struct ui_config *c, const char *file, const char *text, size_t len)
{
	size_t ln = 0;
	for (size_t i = 0; i < len;) {
		size_t e = i;
		while (e < len && text[e] != '\n')
			e++;
		ln++;
		size_t l = e - i;
		if (l > 1000)
			l = 1000;
		char line[1001];
		memcpy(line, text + i, l);
		line[l] = '\0';
		/* a comment may end any line */
		char *hash = strstr(line, " #");
		if (hash)
			*hash = '\0';
		if (l > 0 && line[l - 1] == '\r')
			line[l - 1] = '\0';
		if (!parse_line(c, file, ln, line))
			return false;
		i = e + 1;
	}
	return true;
}

char *config_path(void)
{
	const char *x = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	struct buf b = BUF_INIT;
	if (x && *x == '/')
		buf_printf(&b, "%s/lede/config", x);
	else if (home && *home)
		buf_printf(&b, "%s/.config/lede/config", home);
	else
		return NULL;
	return buf_steal(&b);
}

bool config_load(struct ui_config *c)
{
	char *path = config_path();
	if (!path)
		return true;
	FILE *f = fopen(path, "r");
	if (!f) {
		bool ok = errno == ENOENT || report(c, path, 0, "%s", strerror(errno));
		free(path);
		return ok;
	}
	struct buf b = BUF_INIT;
	char chunk[4096];
	size_t got;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len < (1u << 20))
		buf_append(&b, chunk, got);
	bool ok;
	if (ferror(f))
		ok = report(c, path, 0, "%s", strerror(errno));
	else
		ok = !b.failed && config_parse(c, path, b.data ? b.data : "", b.len);
	fclose(f);
	buf_free(&b);
	free(path);
	return ok;
}
