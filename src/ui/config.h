/* config.h — the pager's settings: faces, the panel, the text width, and
 * key bindings, from $XDG_CONFIG_HOME/lede/config (~/.config/lede/config).
 *
 *   # a comment
 *   bind KEY ACTION        bind x quit; bind Ctrl-D half-page-down; bind F5 reload
 *   unbind KEY
 *   face NAME ATTR...      face person bold yellow; face quote italic magenta on black
 *   panel right|left|off
 *   panel-width N          20 to 60 columns
 *   width N                the text's width, 20 to 300 columns
 *
 * A line with a mistake is reported ("FILE:LINE: what is wrong") and
 * otherwise ignored. */
#ifndef LEDE_UI_CONFIG_H
#define LEDE_UI_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

enum face {
	FACE_TEXT,
	FACE_TITLE,
	FACE_META,
	FACE_HEADING,
	FACE_LINK,
	FACE_CODE,
	FACE_MARKER,
	FACE_PERSON,
	FACE_ORGANIZATION,
	FACE_PLACE,
	FACE_QUOTE,
	FACE_SPEAKER,
	FACE_SEARCH,
	FACE_MARK,
	FACE_STATUS,
	FACE_PANEL_HEADING,
	FACE_SELECTION,
	FACE_COUNT
};

enum {
	FA_BOLD = 1 << 0,
	FA_DIM = 1 << 1,
	FA_ITALIC = 1 << 2,
	FA_UNDERLINE = 1 << 3,
	FA_REVERSE = 1 << 4,
};

#define FACE_NO_COLOR (-1)      /* the terminal's own */

struct face_spec {
	unsigned attrs;
	short fg, bg;           /* curses colour numbers, or FACE_NO_COLOR */
};

enum panel_side { PANEL_RIGHT, PANEL_LEFT, PANEL_OFF };

struct ui_config {
	struct face_spec faces[FACE_COUNT];
	enum panel_side panel;
	int panel_width;
	int text_width;
	char **errors;          /* "FILE:LINE: message", to report */
	size_t nerrors;
};

/* The defaults. */
void config_init(struct ui_config *c);
/* Apply the settings in text (from file, for messages); key bindings go to
 * the keymap. Returns false when out of memory. */
bool config_parse(struct ui_config *c, const char *file, const char *text, size_t len);
/* Read the user's file if there is one. Returns false when out of memory;
 * a file that cannot be read is an error in c->errors. */
bool config_load(struct ui_config *c);
/* Where the user's file is (to be freed), or NULL. */
char *config_path(void);
void config_free(struct ui_config *c);

const char *face_name(enum face f);

#endif
