/* pager.c — the ncurses loop: draw, read a key, act.
 *
 * What is shown is a stack of views: the article from the command line at
 * the bottom, the pages reached by following links above it (B goes back
 * down). A view keeps its own place, search, chosen person, marked quote
 * and panel selection. The layout is a pure function of the article and
 * the width; marks (search matches, a person's mentions, a quote) are laid
 * over it when drawing. */
#include <config.h>

#include "pager.h"
#include "keymap.h"
#include "layout.h"
#include "../url.h"
#include "panel.h"
#include "search.h"
#include "../export.h"
#include "../i18n.h"
#include "../save.h"
#include "../text.h"
#include "../wrap.h"

#include <curses.h>
#include <unicase.h>
#include <unictype.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#define PANEL_MIN_COLS 100      /* the panel hides itself on narrower screens */
#define LIST_INDENT 2

/* Set by the handler of a fatal signal; the loop restores the terminal and
 * re-raises it. */
static volatile sig_atomic_t fatal_signal;

#ifdef BUTTON5_PRESSED
#define PAGER_MOUSE (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED)
#else
#define PAGER_MOUSE (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED)
#endif

enum mode { MODE_TEXT, MODE_HELP, MODE_LINKS };
enum nav { NAV_NONE, NAV_SEARCH, NAV_PERSON };
enum prompt { PROMPT_NONE, PROMPT_SEARCH, PROMPT_SAVE, PROMPT_OVERWRITE };

struct view {
	struct article *art;
	bool owned;             /* the pager loaded it (a link followed) */
	bool no_article;
	char *source;           /* where it came from, to reload; NULL if it cannot be */
	struct layout lay;
	size_t top;
	/* search */
	char pattern[EDIT_MAX];
	bool backward;
	struct match *matches;
	size_t nmatches;
	long cur_match;
	/* the person chosen in the panel */
	int person;
	struct match *mentions;
	size_t nmentions;
	long cur_mention;
	enum nav nav;           /* what n and N go through */
	long marked_quote;
	struct panel panel;
	size_t psel, ptop;
	bool anchored;          /* the place read at the last layout, while top stays */
	int anchor_block;
	size_t anchor_offset, anchor_top;
	size_t lsel, ltop;      /* the link list */
};

struct pager {
	struct article *arts;
	size_t narts, cur;
	const bool *no_article;
	const char *const *sources;
	pager_load_fn load;
	void *load_ctx;
	struct ui_config cfg;
	struct view *views;
	size_t nviews, capviews;
	enum mode mode;
	bool panel_on, panel_focus, link_numbers;
	bool hint;              /* "h: help  q: quit" until the first key */
	int rows, cols;
	int text_x, width, panel_x, panel_w;    /* panel_w 0: hidden */
	bool color, ascii, italic;
	attr_t fattr[FACE_COUNT];
	short fpair[FACE_COUNT];
	struct article help;
	struct layout help_lay;
	size_t help_top;
	enum prompt prompt;
	bool prompt_backward;
	struct line_edit edit;
	char prompt_label[128];
	char pending[EDIT_MAX]; /* the path an overwrite question is about */
	char msg[4096];
	bool failed;
};

static void on_fatal(int sig)
{
	fatal_signal = sig;
}

/* Back from Ctrl-Z: the terminal's keypad and mouse modes are set again
 * in the loop (ncurses brings the screen back, not always those). */
static volatile sig_atomic_t resumed;

static struct {
	char seq[64];
	size_t len;
	int out_fd;
} resume;

static void on_continue(int sig)
{
	(void)sig;
	resumed = 1;
	/* the keypad's mode at once: the next key may come before the loop
	 * sees the flag (ncurses restarts its read) */
	if (resume.len)
		(void)!write(resume.out_fd, resume.seq, resume.len);
}

/* What a crash (SIGSEGV, SIGABRT…) does to the terminal before the
 * process ends: the escape sequences that leave the pager's modes, and
 * the terminal's settings as they were. Made before the pager starts, as
 * nothing else may be done in such a handler. */
static struct {
	char seq[256];
	size_t len;
	int out_fd, in_fd;
	struct termios tio;
	bool have_tio;
} crash;

static void on_crash(int sig)
{
	if (crash.len)
		(void)!write(crash.out_fd, crash.seq, crash.len);
	if (crash.have_tio)
		tcsetattr(crash.in_fd, TCSANOW, &crash.tio);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Escape sequences v, without their delays ("$<2>"), added to buf[*len]. */
static void seq_add(char *buf, size_t size, size_t *len, const char *v)
{
	for (const char *c = v; *c; c++) {
		if (c[0] == '$' && c[1] == '<') {
			const char *e = strchr(c, '>');
			if (e) {
				c = e;
				continue;
			}
		}
		if (*len + 1 < size)
			buf[(*len)++] = *c;
	}
}

/* The terminal's capability cap, added so. */
static void cap_add(char *buf, size_t size, size_t *len, const char *cap)
{
	const char *v = tigetstr(cap);
	if (v && v != (char *)-1)
		seq_add(buf, size, len, v);
}

static void crash_add(const char *cap)
{
	cap_add(crash.seq, sizeof crash.seq, &crash.len, cap);
}

static void crash_prepare(int out_fd, int in_fd, const struct termios *saved, bool have)
{
	crash.len = 0;
	crash.out_fd = out_fd;
	crash.in_fd = in_fd;
	crash.have_tio = have;
	if (have)
		crash.tio = *saved;
	resume.len = 0;
	resume.out_fd = out_fd;
	cap_add(resume.seq, sizeof resume.seq, &resume.len, "smkx");
	crash_add("sgr0");
	crash_add("cnorm");
	crash_add("rmkx");
	crash_add("rmcup");
	const char *kmous = tigetstr("kmous");
	if (kmous && kmous != (char *)-1)
		seq_add(crash.seq, sizeof crash.seq, &crash.len, "\033[?1000l\033[?1002l\033[?1006l");
}

int pager_text_width(int cols, int max, int *margin)
{
	int m = cols > 84 ? 2 : cols > 40 ? 1 : 0;
	int w = cols - m - 1;
	if (w > max)
		w = max;
	if (w < 10)
		w = cols > 10 ? cols - 1 : 10;
	if (margin)
		*margin = m;
	return w;
}

static void say(struct pager *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(struct pager *p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(p->msg, sizeof p->msg, fmt, ap);
	va_end(ap);
	/* a message may hold what came from outside ($BROWSER, an error
	 * about an address): nothing in it may control the terminal */
	char *clean = text_clean(p->msg, strlen(p->msg), false);
	if (clean) {
		snprintf(p->msg, sizeof p->msg, "%s", clean);
		free(clean);
	} else {
		p->msg[0] = '\0';
	}
}

static struct view *view(struct pager *p)
{
	return &p->views[p->nviews - 1];
}

static int page_rows(const struct pager *p)
{
	return p->rows > 1 ? p->rows - 1 : 1;
}

/* ---- views ---- */

static void view_clear_marks(struct view *v)
{
	free(v->matches);
	free(v->mentions);
	v->matches = v->mentions = NULL;
	v->nmatches = v->nmentions = 0;
	v->cur_match = v->cur_mention = -1;
	v->person = -1;
	v->marked_quote = -1;
	v->nav = NAV_NONE;
	v->pattern[0] = '\0';
}

static void view_free(struct view *v)
{
	view_clear_marks(v);
	layout_free(&v->lay);
	panel_free(&v->panel);
	free(v->source);
	if (v->owned) {
		article_free(v->art);
		free(v->art);
	}
	memset(v, 0, sizeof *v);
}

static bool view_init(struct view *v, struct article *a, bool owned, bool no_article,
		      const char *source)
{
	memset(v, 0, sizeof *v);
	v->art = a;
	v->owned = owned;
	v->no_article = no_article;
	v->person = -1;
	v->cur_match = v->cur_mention = v->marked_quote = -1;
	if (source && strcmp(source, "-") != 0) {
		v->source = strdup(source);
		if (!v->source)
			return false;
	}
	if (panel_build(a, -1, &v->panel) < 0)
		return false;
	v->psel = panel_step(&v->panel, 0, 1);
	return true;
}

static bool push_view(struct pager *p, struct article *a, bool owned, bool no_article,
		      const char *source)
{
	struct view *v = array_grow(p->views, &p->capviews, p->nviews, sizeof *v);
	if (!v)
		return false;
	p->views = v;
	if (!view_init(&v[p->nviews], a, owned, no_article, source)) {
		view_free(&v[p->nviews]);
		return false;
	}
	p->nviews++;
	return true;
}

/* ---- geometry and layout ---- */

static size_t max_top(const struct pager *p, const struct layout *l)
{
	size_t n = l->nlines, rows = (size_t)page_rows(p);
	return n > rows ? n - rows : 0;
}

static void geometry(struct pager *p)
{
	getmaxyx(stdscr, p->rows, p->cols);
	bool panel = p->mode == MODE_TEXT && p->panel_on && p->cfg.panel != PANEL_OFF &&
		     p->cols >= PANEL_MIN_COLS;
	p->panel_w = panel ? p->cfg.panel_width : 0;
	int area = p->cols - (panel ? p->panel_w + 1 : 0);
	int margin;
	p->width = pager_text_width(area, p->cfg.text_width, &margin);
	p->text_x = margin + (panel && p->cfg.panel == PANEL_LEFT ? p->panel_w + 1 : 0);
	p->panel_x = p->cfg.panel == PANEL_LEFT ? 0 : p->cols - p->panel_w;
	if (!panel)
		p->panel_focus = false;
}

/* Lay the view out again at the current width, keeping the line at the
 * top of the screen where it was. */
static int relayout_view(struct pager *p, struct view *v)
{
	struct layout_options lo = { p->width, p->ascii, p->link_numbers };
	int block = LINE_HEADER;
	size_t offset = 0;
	bool had = v->lay.nlines > 0;
	if (had && v->anchored && v->top == v->anchor_top) {
		/* not moved since the last layout: the place read then, or
		 * resize after resize would creep back a line at a time */
		block = v->anchor_block;
		offset = v->anchor_offset;
	} else if (had && v->top < v->lay.nlines) {
		block = v->lay.lines[v->top].block;
		offset = v->lay.lines[v->top].offset;
	}
	struct layout nl;
	if (layout_article(v->art, &lo, &nl) < 0)
		return -1;
	layout_free(&v->lay);
	v->lay = nl;
	v->top = had ? layout_find(&v->lay, block, offset) : 0;
	if (v->top > max_top(p, &v->lay))
		v->top = max_top(p, &v->lay);
	v->anchored = had;
	v->anchor_block = block;
	v->anchor_offset = offset;
	v->anchor_top = v->top;
	return 0;
}

static int relayout(struct pager *p)
{
	geometry(p);
	if (relayout_view(p, view(p)) < 0)
		return -1;
	struct layout_options lo = { p->cols - 2 > 20 ? p->cols - 2 : 20, p->ascii, false };
	struct layout nh;
	if (layout_article(&p->help, &lo, &nh) < 0)
		return -1;
	layout_free(&p->help_lay);
	p->help_lay = nh;
	if (p->help_top > max_top(p, &p->help_lay))
		p->help_top = max_top(p, &p->help_lay);
	return 0;
}

/* Scroll so that (block, offset) shows, in the upper third of the screen
 * when asked. */
static void show_at(struct pager *p, struct view *v, size_t block, size_t offset, bool upper_third)
{
	size_t line = layout_find(&v->lay, (int)block, offset);
	size_t rows = (size_t)page_rows(p);
	if (upper_third) {
		size_t third = rows / 3;
		v->top = line > third ? line - third : 0;
	} else if (line < v->top || line >= v->top + rows) {
		v->top = line > rows / 2 ? line - rows / 2 : 0;
	}
	if (v->top > max_top(p, &v->lay))
		v->top = max_top(p, &v->lay);
}

/* Where the reader is: the block and offset of the first line shown. */
static void here(const struct view *v, size_t *block, size_t *offset)
{
	*block = 0;
	*offset = 0;
	for (size_t i = v->top; i < v->lay.nlines; i++)
		if (v->lay.lines[i].block >= 0) {
			*block = (size_t)v->lay.lines[i].block;
			*offset = v->lay.lines[i].offset;
			return;
		}
}

static bool before(size_t b1, size_t o1, size_t b2, size_t o2)
{
	return b1 < b2 || (b1 == b2 && o1 < o2);
}

/* ---- faces ---- */

static void setup_faces(struct pager *p, enum color_when when)
{
	const char *nc = getenv("NO_COLOR");
	bool want = when == COLOR_ALWAYS || (when == COLOR_AUTO && !(nc && *nc));
	p->color = want && has_colors() && start_color() != ERR;
	if (p->color)
		use_default_colors();
	for (int f = 0; f < FACE_COUNT; f++) {
		const struct face_spec *s = &p->cfg.faces[f];
		attr_t a = A_NORMAL;
		if (s->attrs & FA_BOLD)
			a |= A_BOLD;
		if (s->attrs & FA_DIM)
			a |= A_DIM;
		if (s->attrs & FA_UNDERLINE)
			a |= A_UNDERLINE;
		if (s->attrs & FA_REVERSE)
			a |= A_REVERSE;
		/* no italics: nothing in their place, as anything else
		 * (underline) would look like another face */
		if ((s->attrs & FA_ITALIC) && p->italic)
			a |= A_ITALIC;
		p->fattr[f] = a;
		p->fpair[f] = 0;
		if (p->color && (s->fg != FACE_NO_COLOR || s->bg != FACE_NO_COLOR) &&
		    f + 1 < COLOR_PAIRS) {
			init_pair((short)(f + 1), s->fg, s->bg);
			p->fpair[f] = (short)(f + 1);
		}
	}
}

static bool speaker_in_block(const struct article *a, int entity, int block)
{
	if (entity < 0 || block < 0)
		return false;
	for (size_t i = 0; i < a->nquotes; i++) {
		const struct quote *q = &a->quotes[i];
		if (q->speaker == entity && q->kind != QUOTE_SCARE && q->block <= (size_t)block &&
		    (size_t)block <= q->end_block)
			return true;
	}
	return false;
}

/* The face of a laid-out segment, and the attributes it adds. */
static void seg_face(const struct pager *p, const struct view *v, int block, const struct lseg *s,
		     attr_t *attr, short *pair)
{
	unsigned a = s->attr;
	enum face f = FACE_TEXT;
	if (a & LA_TITLE)
		f = FACE_TITLE;
	else if (a & LA_META)
		f = FACE_META;
	else if (a & (LA_MARKER | LA_LINKNUM))
		f = FACE_MARKER;
	else if (a & LA_PERSON)
		f = speaker_in_block(v->art, s->entity, block) ? FACE_SPEAKER : FACE_PERSON;
	else if (a & LA_ORG)
		f = FACE_ORGANIZATION;
	else if (a & LA_PLACE)
		f = FACE_PLACE;
	else if (a & LA_LINK)
		f = FACE_LINK;
	else if (a & (LA_CODE | LA_PRE))
		f = FACE_CODE;
	else if (a & LA_HEADING)
		f = FACE_HEADING;
	else if (a & LA_QUOTED)
		f = FACE_QUOTE;
	attr_t r = p->fattr[f];
	if (a & (LA_HEADING | LA_STRONG))
		r |= A_BOLD;
	if (a & LA_LINK)
		r |= p->fattr[FACE_LINK];
	if ((a & LA_QUOTED) && f != FACE_QUOTE)
		r |= p->fattr[FACE_QUOTE];
	if (a & (LA_EMPH | LA_QUOTE | LA_CAPTION))
		r |= p->italic ? A_ITALIC : (a & LA_EMPH ? A_UNDERLINE : A_NORMAL);
	*attr = r;
	*pair = p->fpair[f];
}

/* ---- drawing ---- */

/* Draw s (UTF-8), at most maxcols columns; returns the columns used. In a
 * locale that is not UTF-8, characters beyond ASCII show as '?'. */
static int put_text(const struct pager *p, const char *s, size_t len, int maxcols)
{
	int used = 0;
	size_t i = 0;
	while (i < len) {
		size_t start = i;
		unsigned cp = utf8_decode(s, len, &i);
		int w = text_width(s + start, i - start);
		if (used + w > maxcols)
			break;
		/* combining marks that follow belong to this character */
		while (i < len) {
			size_t k = i;
			utf8_decode(s, len, &k);
			if (text_width(s + i, k - i) != 0)
				break;
			i = k;
		}
		if (p->ascii && cp >= 0x80)
			addstr(w == 2 ? "??" : w == 1 ? "?" : "");
		else
			addnstr(s + start, (int)(i - start));
		used += w;
	}
	return used;
}

/* put_text, with "…" when it does not fit. */
/* How many bytes of s fill at most cols columns (at least one character). */
static size_t fit_bytes(const char *s, size_t len, int cols)
{
	size_t i = 0;
	int used = 0;
	while (i < len) {
		size_t k = i;
		utf8_decode(s, len, &k);
		int w = text_width(s + i, k - i);
		if (used + w > cols && i > 0)
			break;
		used += w;
		i = k;
	}
	return i;
}

static int put_cut(const struct pager *p, const char *s, size_t len, int maxcols)
{
	if (text_width(s, len) <= maxcols)
		return put_text(p, s, len, maxcols);
	int used = put_text(p, s, len, maxcols - 1);
	addstr(p->ascii ? ">" : "\xE2\x80\xA6");
	return used + 1;
}

/* The first of sorted matches in block at or after offset (by end). */
static size_t first_match(const struct match *m, size_t n, size_t block, size_t offset)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m[mid].block < block || (m[mid].block == block && m[mid].end <= offset))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* What is laid over the text at (block, pos): a search match or a mark;
 * and where that changes. */
static int overlay_at(const struct view *v, size_t block, size_t pos, size_t *change)
{
	int face = -1;
	size_t next = SIZE_MAX;
	if (v->marked_quote >= 0) {
		const struct quote *q = &v->art->quotes[v->marked_quote];
		if (q->block <= block && block <= q->end_block) {
			size_t from = block == q->block ? q->start : 0;
			size_t to = block == q->end_block ? q->end : SIZE_MAX;
			if (pos >= from && pos < to) {
				face = FACE_MARK;
				next = to;
			} else if (pos < from) {
				next = from;
			}
		}
	}
	if (v->nmatches > 0 && v->nav != NAV_PERSON) {
		size_t i = first_match(v->matches, v->nmatches, block, pos);
		if (i < v->nmatches && v->matches[i].block == block) {
			const struct match *m = &v->matches[i];
			if (m->start <= pos) {
				face = (long)i == v->cur_match ? FACE_MARK : FACE_SEARCH;
				if (m->end < next)
					next = m->end;
			} else if (m->start < next) {
				next = m->start;
			}
		}
	}
	*change = next;
	return face;
}

static void draw_text_line(struct pager *p, struct view *v, const struct lline *ln, int y)
{
	move(y, p->text_x);
	int left = p->width + 1;
	for (size_t k = 0; k < ln->nseg && left > 0; k++) {
		const struct lseg *s = &v->lay.segs[ln->seg + k];
		attr_t a;
		short pair;
		seg_face(p, v, ln->block, s, &a, &pair);
		if (v->person >= 0 && s->entity == v->person) {
			a |= p->fattr[FACE_MARK];
			pair = p->fpair[FACE_MARK];
		}
		if (s->src == SEG_MADE || ln->block < 0) {
			attr_set(a, pair, NULL);
			left -= put_text(p, s->text, s->len, left);
			continue;
		}
		size_t pos = s->src, end = s->src + s->len;
		while (pos < end && left > 0) {
			size_t change;
			int o = overlay_at(v, (size_t)ln->block, pos, &change);
			size_t stop = change < end && change > pos ? change : end;
			if (o >= 0)
				attr_set(a | p->fattr[o], p->fpair[o], NULL);
			else
				attr_set(a, pair, NULL);
			left -= put_text(p, s->text + (pos - s->src), stop - pos, left);
			pos = stop;
		}
	}
	attr_set(A_NORMAL, 0, NULL);
}

static void draw_panel(struct pager *p, struct view *v)
{
	if (p->panel_w == 0)
		return;
	int rows = page_rows(p);
	int sep = p->cfg.panel == PANEL_LEFT ? p->panel_w : p->panel_x - 1;
	attr_set(p->fattr[FACE_MARKER], p->fpair[FACE_MARKER], NULL);
	for (int y = 0; y < rows; y++)
		mvaddstr(y, sep, p->ascii ? "|" : "\xE2\x94\x82");
	attr_set(A_NORMAL, 0, NULL);
	/* keep the selection in sight */
	if (v->psel < v->ptop)
		v->ptop = v->psel;
	if (v->psel >= v->ptop + (size_t)rows)
		v->ptop = v->psel - (size_t)rows + 1;
	/* no blank rows at the bottom while lines above are hidden (after
	 * the terminal grew again) */
	if (rows > 0 && v->ptop > 0 && v->ptop + (size_t)rows > v->panel.n)
		v->ptop = v->panel.n > (size_t)rows ? v->panel.n - (size_t)rows : 0;
	int x = (p->cfg.panel == PANEL_LEFT ? 0 : p->panel_x) + 1;
	int w = p->panel_w - 2;
	for (int y = 0; y < rows && v->ptop + (size_t)y < v->panel.n; y++) {
		size_t i = v->ptop + (size_t)y;
		const struct pitem *it = &v->panel.items[i];
		attr_t a = A_NORMAL;
		short pair = 0;
		if (it->type == PI_HEADING) {
			a = p->fattr[FACE_PANEL_HEADING];
			pair = p->fpair[FACE_PANEL_HEADING];
		} else if (it->type == PI_NOTE) {
			a = p->fattr[FACE_META];
			pair = p->fpair[FACE_META];
		} else if (it->type == PI_PERSON) {
			a = p->fattr[FACE_PERSON];
			pair = p->fpair[FACE_PERSON];
		}
		bool chosen = (it->type == PI_PERSON && it->index == v->person) ||
			      (it->type == PI_QUOTE && it->index == v->marked_quote);
		if (chosen) {
			a |= p->fattr[FACE_MARK];
			pair = p->fpair[FACE_MARK];
		}
		if (i == v->psel && p->panel_focus) {
			a = p->fattr[FACE_SELECTION];
			pair = p->fpair[FACE_SELECTION];
		}
		attr_set(a, pair, NULL);
		move(y, x);
		if (i == v->psel && p->panel_focus)
			for (int k = 0; k < w; k++)
				addch(' ');
		move(y, x);
		if (!it->text)
			continue;
		if (it->type == PI_PERSON) {
			char num[16];
			int nl = snprintf(num, sizeof num, " %d", it->count);
			int used = put_cut(p, it->text, strlen(it->text), w - nl);
			(void)used;
			mvaddstr(y, x + w - nl, num);
		} else {
			put_cut(p, it->text, strlen(it->text), w);
		}
		attr_set(A_NORMAL, 0, NULL);
	}
	attr_set(A_NORMAL, 0, NULL);
}

static void draw_links(struct pager *p, struct view *v)
{
	const struct article *a = v->art;
	int rows = page_rows(p);
	attr_set(p->fattr[FACE_TITLE], p->fpair[FACE_TITLE], NULL);
	mvaddstr(0, 1, _("Links (Enter reads one, o opens it in $BROWSER, q goes back)"));
	attr_set(A_NORMAL, 0, NULL);
	if (a->nlinks == 0) {
		mvaddstr(2, 1, _("This article has no links."));
		return;
	}
	int list_rows = rows - 2;
	if (list_rows < 1)
		list_rows = 1;
	if (v->lsel < v->ltop)
		v->ltop = v->lsel;
	if (v->lsel >= v->ltop + (size_t)list_rows)
		v->ltop = v->lsel - (size_t)list_rows + 1;
	for (int y = 0; y < list_rows && v->ltop + (size_t)y < a->nlinks; y++) {
		size_t i = v->ltop + (size_t)y;
		const struct link *l = &a->links[i];
		bool sel = i == v->lsel;
		attr_set(sel ? p->fattr[FACE_SELECTION] : A_NORMAL, sel ? p->fpair[FACE_SELECTION] : 0, NULL);
		move(y + 2, 0);
		for (int k = 0; sel && k < p->cols; k++)
			addch(' ');
		move(y + 2, 1);
		char num[32];
		snprintf(num, sizeof num, "[%zu] ", i + 1);
		addstr(num);
		int left = p->cols - 2 - (int)strlen(num);
		const char *t = l->text && *l->text ? l->text : "";
		int used = put_cut(p, t, strlen(t), left / 2 > 10 ? left / 2 : left);
		left -= used;
		if (l->url && left > 4) {
			addstr("  ");
			if (!sel)
				attr_set(p->fattr[FACE_LINK], p->fpair[FACE_LINK], NULL);
			put_cut(p, l->url, strlen(l->url), left - 2);
		}
	}
	attr_set(A_NORMAL, 0, NULL);
}

static void draw_status(struct pager *p)
{
	struct view *v = view(p);
	int y = p->rows - 1;
	attr_set(p->fattr[FACE_STATUS], p->fpair[FACE_STATUS], NULL);
	move(y, 0);
	for (int x = 0; x < p->cols; x++)
		addch(' ');
	if (p->prompt != PROMPT_NONE) {
		move(y, 0);
		int used = put_text(p, p->prompt_label, strlen(p->prompt_label), p->cols - 2);
		/* the line being typed, scrolled to keep the cursor in sight */
		int room = p->cols - used - 1;
		size_t from = 0;
		while (text_width(p->edit.text + from, p->edit.cursor - from) >= room && from < p->edit.cursor)
			utf8_decode(p->edit.text, p->edit.len, &from);
		put_text(p, p->edit.text + from, p->edit.len - from, room);
		int cx = used + text_width(p->edit.text + from, p->edit.cursor - from);
		attr_set(A_NORMAL, 0, NULL);
		move(y, cx < p->cols ? cx : p->cols - 1);
		return;
	}
	char right[160];
	const struct layout *l = p->mode == MODE_HELP ? &p->help_lay : &v->lay;
	size_t top = p->mode == MODE_HELP ? p->help_top : v->top, rows = (size_t)page_rows(p);
	if (p->mode == MODE_LINKS)
		snprintf(right, sizeof right, "%s", _("links"));
	else if (l->nlines <= rows)
		snprintf(right, sizeof right, "%s", _("All"));
	else if (top >= max_top(p, l))
		snprintf(right, sizeof right, "%s", _("(END)"));
	else if (top == 0)
		snprintf(right, sizeof right, "%s", _("Top"));
	else
		snprintf(right, sizeof right, "%zu%%", (top + rows) * 100 / l->nlines);
	char mode[160] = "";
	if (p->hint)
		snprintf(mode, sizeof mode, "%s  ", _("h: help  q: quit"));
	if (p->mode == MODE_TEXT) {
		if (v->person >= 0)
			snprintf(mode, sizeof mode, "%s: %.60s  ", _("person"), v->art->entities[v->person].name);
		else if (v->nmatches > 0 || v->pattern[0])
			snprintf(mode, sizeof mode, "%c%.40s  ", v->backward ? '?' : '/', v->pattern);
		if (p->panel_focus)
			strncat(mode, _("[panel]  "), sizeof mode - strlen(mode) - 1);
		if (v->no_article)
			strncat(mode, _("(no article)  "), sizeof mode - strlen(mode) - 1);
		if (p->nviews > 1) {
			char d[32];
			snprintf(d, sizeof d, _("(page %zu)  "), p->nviews);
			strncat(mode, d, sizeof mode - strlen(mode) - 1);
		}
		if (p->narts > 1) {
			char n[48];
			snprintf(n, sizeof n, "[%zu/%zu]  ", p->cur + 1, p->narts);
			strncat(mode, n, sizeof mode - strlen(mode) - 1);
		}
		/* no mode of those: reading */
		if (v->person < 0 && !v->nmatches && !v->pattern[0] && !p->panel_focus)
			strncat(mode, _("[reading]  "), sizeof mode - strlen(mode) - 1);
	}
	char all[300];
	snprintf(all, sizeof all, "%s%s", mode, right);
	int rw = text_width(all, strlen(all));
	/* on a narrow terminal the hint goes first, then the mode */
	if (rw + 1 >= p->cols && p->hint && strlen(mode) > 0) {
		const char *h = _("h: help  q: quit");
		size_t hl = strlen(h) + 2;
		if (strlen(mode) >= hl && !strncmp(mode, h, strlen(h)))
			memmove(mode, mode + hl, strlen(mode + hl) + 1);
		snprintf(all, sizeof all, "%s%s", mode, right);
		rw = text_width(all, strlen(all));
	}
	if (rw + 1 >= p->cols) {
		snprintf(all, sizeof all, "%s", right);
		rw = text_width(all, strlen(all));
	}
	const char *left = p->msg[0] ? p->msg : p->mode == MODE_HELP ? p->help.title :
			   v->art->title ? v->art->title : "";
	int room = p->cols - rw - 3;
	size_t mlen = strlen(p->msg);
	if (p->msg[0] && room > 0 && text_width(p->msg, mlen) > room && p->cols > 4) {
		/* a message too long for the status line (an address to copy)
		 * is shown whole, on as many lines above it as it needs */
		int width = p->cols - 2, lines = 0;
		for (size_t i = 0; i < mlen; lines++)
			i += fit_bytes(p->msg + i, mlen - i, width);
		int y0 = y - lines < 0 ? 0 : y - lines;
		size_t i = 0;
		for (int k = 0; k < lines - (y - y0); k++)
			i += fit_bytes(p->msg + i, mlen - i, width);     /* too many: the end shows */
		for (int row = y0; row < y; row++) {
			move(row, 0);
			for (int x = 0; x < p->cols; x++)
				addch(' ');
			move(row, 1);
			size_t n = fit_bytes(p->msg + i, mlen - i, width);
			put_text(p, p->msg + i, n, width);
			i += n;
		}
		left = "";
	}
	if (room > 0) {
		move(y, 1);
		put_cut(p, left, strlen(left), room);
	}
	if (rw + 1 < p->cols) {
		move(y, p->cols - rw - 1);
		put_text(p, all, strlen(all), rw);
	}
	attr_set(A_NORMAL, 0, NULL);
}

static void draw(struct pager *p)
{
	erase();
	struct view *v = view(p);
	int rows = page_rows(p);
	if (p->mode == MODE_HELP) {
		for (int y = 0; y < rows && p->help_top + (size_t)y < p->help_lay.nlines; y++) {
			const struct lline *ln = &p->help_lay.lines[p->help_top + (size_t)y];
			move(y, 1);
			int left = p->cols - 1;
			for (size_t k = 0; k < ln->nseg && left > 0; k++) {
				const struct lseg *s = &p->help_lay.segs[ln->seg + k];
				attr_set(s->attr & LA_TITLE ? p->fattr[FACE_TITLE] : A_NORMAL,
					 s->attr & LA_TITLE ? p->fpair[FACE_TITLE] : 0, NULL);
				left -= put_text(p, s->text, s->len, left);
			}
			attr_set(A_NORMAL, 0, NULL);
		}
	} else if (p->mode == MODE_LINKS) {
		draw_links(p, v);
	} else {
		for (int y = 0; y < rows && v->top + (size_t)y < v->lay.nlines; y++)
			draw_text_line(p, v, &v->lay.lines[v->top + (size_t)y], y);
		draw_panel(p, v);
	}
	draw_status(p);
	curs_set(p->prompt != PROMPT_NONE ? 1 : 0);
	refresh();
}

/* ---- moving ---- */

static void scroll_by(struct pager *p, long delta)
{
	struct view *v = view(p);
	size_t *top = p->mode == MODE_HELP ? &p->help_top : &v->top;
	const struct layout *l = p->mode == MODE_HELP ? &p->help_lay : &v->lay;
	long t = (long)*top + delta;
	long mt = (long)max_top(p, l);
	if (t > mt)
		t = mt;
	if (t < 0)
		t = 0;
	*top = (size_t)t;
}

/* ---- search, mentions and quotes ---- */

static void go_match(struct pager *p, struct view *v, bool forward_key)
{
	bool forward = v->backward ? !forward_key : forward_key;
	if (v->nmatches == 0) {
		if (v->pattern[0])
			say(p, _("Pattern not found: %s"), v->pattern);
		else
			say(p, "%s", _("No search yet: / searches"));
		return;
	}
	size_t block, offset;
	long i;
	if (v->cur_match >= 0) {
		i = v->cur_match + (forward ? 1 : -1);
	} else {
		here(v, &block, &offset);
		i = (long)first_match(v->matches, v->nmatches, block, offset);
		if (!forward)
			i--;
	}
	if (i >= (long)v->nmatches) {
		i = 0;
		say(p, "%s", _("Search hit the end; went on from the top"));
	} else if (i < 0) {
		i = (long)v->nmatches - 1;
		say(p, "%s", _("Search hit the top; went on from the end"));
	} else {
		say(p, _("Match %ld of %zu"), i + 1, v->nmatches);
	}
	v->cur_match = i;
	v->nav = NAV_SEARCH;
	show_at(p, v, v->matches[i].block, v->matches[i].start, false);
}

static void start_search(struct pager *p, struct view *v, const char *pattern, bool backward)
{
	free(v->matches);
	v->matches = NULL;
	v->nmatches = 0;
	v->cur_match = -1;
	snprintf(v->pattern, sizeof v->pattern, "%s", pattern);
	v->backward = backward;
	if (!pattern[0]) {
		say(p, "%s", "");
		return;
	}
	if (search_article(v->art, pattern, &v->matches, &v->nmatches) < 0) {
		p->failed = true;
		return;
	}
	v->nav = NAV_SEARCH;
	go_match(p, v, true);
}

static void go_mention(struct pager *p, struct view *v, bool forward)
{
	if (v->nmentions == 0)
		return;
	long i = v->cur_mention + (forward ? 1 : -1);
	const char *name = v->art->entities[v->person].name;
	if (i >= (long)v->nmentions) {
		i = 0;
		say(p, _("Back at the first mention of %s"), name);
	} else if (i < 0) {
		i = (long)v->nmentions - 1;
		say(p, _("At the last mention of %s"), name);
	} else {
		say(p, _("Mention %ld of %zu of %s"), i + 1, v->nmentions, name);
	}
	v->cur_mention = i;
	show_at(p, v, v->mentions[i].block, v->mentions[i].start, false);
}

static bool choose_person(struct pager *p, struct view *v, int e)
{
	free(v->mentions);
	v->mentions = NULL;
	v->nmentions = 0;
	size_t cap = 0;
	const struct article *a = v->art;
	for (size_t b = 0; b < a->nblocks; b++)
		for (size_t k = 0; k < a->blocks[b].nspans; k++) {
			const struct span *s = &a->blocks[b].spans[k];
			if (s->kind != SPAN_MENTION || s->ref != e)
				continue;
			struct match *m = array_grow(v->mentions, &cap, v->nmentions, sizeof *m);
			if (!m)
				return false;
			v->mentions = m;
			m[v->nmentions++] = (struct match){ b, s->start, s->end };
		}
	v->person = e;
	v->nav = NAV_PERSON;
	v->marked_quote = -1;
	panel_free(&v->panel);
	if (panel_build(a, e, &v->panel) < 0)
		return false;
	/* the person stays selected */
	v->psel = 0;
	for (size_t i = 0; i < v->panel.n; i++)
		if (v->panel.items[i].type == PI_PERSON && v->panel.items[i].index == e)
			v->psel = i;
	/* the first mention from here on */
	size_t block, offset;
	here(v, &block, &offset);
	size_t i = first_match(v->mentions, v->nmentions, block, offset);
	v->cur_mention = (long)(i < v->nmentions ? i : 0) - 1;
	if (v->nmentions > 0) {
		go_mention(p, v, true);
		say(p, _("%s: %zu mentions (n, N go through them; Esc clears)"), a->entities[e].name,
		    v->nmentions);
	} else {
		say(p, _("%s is named only in the title"), a->entities[e].name);
	}
	return true;
}

static void mark_quote(struct pager *p, struct view *v, long q)
{
	v->marked_quote = q;
	const struct quote *qq = &v->art->quotes[q];
	show_at(p, v, qq->block, qq->start, true);
	/* and select it in the panel, if listed */
	for (size_t i = 0; i < v->panel.n; i++)
		if (v->panel.items[i].type == PI_QUOTE && v->panel.items[i].index == q)
			v->psel = i;
}

static void go_quote(struct pager *p, struct view *v, bool forward)
{
	const struct article *a = v->art;
	size_t rb, ro;
	bool strict = v->marked_quote >= 0;
	if (strict) {
		rb = a->quotes[v->marked_quote].block;
		ro = a->quotes[v->marked_quote].start;
	} else {
		here(v, &rb, &ro);
	}
	long found = -1, first = -1, last = -1;
	for (size_t i = 0; i < a->nquotes; i++) {
		if (!quote_listed(a, i) || (v->person >= 0 && a->quotes[i].speaker != v->person))
			continue;
		const struct quote *q = &a->quotes[i];
		if (first < 0)
			first = (long)i;
		last = (long)i;
		bool after = strict ? before(rb, ro, q->block, q->start) : !before(q->block, q->start, rb, ro);
		bool earlier = before(q->block, q->start, rb, ro);
		if (forward && after && found < 0)
			found = (long)i;
		if (!forward && earlier)
			found = (long)i;
	}
	if (first < 0) {
		say(p, "%s", v->person >= 0 ? _("No quotes of this person") : _("No quotes in this article"));
		return;
	}
	if (found < 0) {
		found = forward ? first : last;
		say(p, "%s", forward ? _("No more quotes; back to the first") :
			     _("No quotes before; on to the last"));
	} else {
		const struct quote *q = &a->quotes[found];
		const char *who = q->speaker >= 0 ? a->entities[q->speaker].name : _("unattributed");
		say(p, "%s", who);
	}
	mark_quote(p, v, found);
}

static void clear_marks(struct pager *p, struct view *v)
{
	bool had_person = v->person >= 0;
	view_clear_marks(v);
	if (had_person) {
		panel_free(&v->panel);
		if (panel_build(v->art, -1, &v->panel) < 0)
			p->failed = true;
		v->psel = panel_step(&v->panel, 0, 1);
	}
	say(p, "%s", "");
}

static void panel_choose(struct pager *p, struct view *v)
{
	if (v->psel >= v->panel.n)
		return;
	const struct pitem *it = &v->panel.items[v->psel];
	if (it->type == PI_PERSON) {
		if (!choose_person(p, v, it->index))
			p->failed = true;
	} else if (it->type == PI_QUOTE) {
		mark_quote(p, v, it->index);
		const struct quote *q = &v->art->quotes[it->index];
		say(p, "%s", q->speaker >= 0 ? v->art->entities[q->speaker].name : _("unattributed"));
	}
}

/* ---- pages: following links, going back, reloading ---- */

static bool followable(const char *url)
{
	return url && (!strncmp(url, "http://", 7) || !strncmp(url, "https://", 8) ||
		       (strncmp(url, "mailto:", 7) && strncmp(url, "javascript:", 11) &&
			!strchr(url, ':')));
}

static void follow(struct pager *p, const char *url)
{
	if (!p->load) {
		say(p, "%s", _("Links cannot be read from here"));
		return;
	}
	if (!followable(url)) {
		say(p, "%s", _("lede reads web pages and files only; o opens this link in $BROWSER"));
		return;
	}
	/* a relative link on a page read from a file is next to that file */
	char joined[4096];
	const char *src = view(p)->source;
	if (!strchr(url, ':') && url[0] != '/' && src && !strchr(src, ':')) {
		const char *slash = strrchr(src, '/');
		size_t ulen = strcspn(url, "?#");
		snprintf(joined, sizeof joined, "%.*s%.*s", slash ? (int)(slash - src + 1) : 0, src,
			 (int)ulen, url);
		url = joined;
	}
	say(p, _("Reading %s ..."), url);
	draw(p);
	struct article *a = calloc(1, sizeof *a);
	char *err = NULL;
	bool none = false;
	if (!a) {
		p->failed = true;
		return;
	}
	if (p->load(p->load_ctx, url, a, &err, &none) < 0) {
		say(p, "lede: %s: %s", url, err ? err : "");
		free(err);
		free(a);
		return;
	}
	free(err);
	if (!push_view(p, a, true, none, url)) {
		article_free(a);
		free(a);
		p->failed = true;
		return;
	}
	p->mode = MODE_TEXT;
	if (relayout_view(p, view(p)) < 0) {
		p->failed = true;
		return;
	}
	say(p, "%s", none ? _("No article found on this page; showing its text") :
			    _("B or Backspace goes back"));
}

static void go_back(struct pager *p)
{
	if (p->nviews <= 1) {
		say(p, "%s", _("This is the first page read"));
		return;
	}
	view_free(&p->views[--p->nviews]);
	if (relayout_view(p, view(p)) < 0)
		p->failed = true;
	say(p, "%s", _("Back"));
}

static void reload(struct pager *p)
{
	struct view *v = view(p);
	if (!p->load || !v->source) {
		say(p, "%s", _("This page cannot be read again (it came on standard input)"));
		return;
	}
	say(p, _("Reading %s again ..."), v->source);
	draw(p);
	struct article fresh;
	char *err = NULL;
	bool none = false;
	if (p->load(p->load_ctx, v->source, &fresh, &err, &none) < 0) {
		say(p, "lede: %s: %s", v->source, err ? err : "");
		free(err);
		return;
	}
	free(err);
	/* the same article object, new contents: marks refer to the old */
	view_clear_marks(v);
	article_free(v->art);
	*v->art = fresh;
	v->no_article = none;
	panel_free(&v->panel);
	if (panel_build(v->art, -1, &v->panel) < 0 || relayout_view(p, v) < 0) {
		p->failed = true;
		return;
	}
	v->psel = panel_step(&v->panel, 0, 1);
	say(p, "%s", _("Read again"));
}

static void switch_article(struct pager *p, size_t to)
{
	while (p->nviews > 0)
		view_free(&p->views[--p->nviews]);
	p->cur = to;
	if (!push_view(p, &p->arts[to], false, p->no_article && p->no_article[to],
		       p->sources ? p->sources[to] : NULL) || relayout(p) < 0) {
		p->failed = true;
		return;
	}
	if (view(p)->no_article)
		say(p, "%s", _("No article found on this page; showing its text"));
	else
		say(p, _("Article %zu of %zu"), p->cur + 1, p->narts);
}

/* ---- outside programs ---- */

static void open_in_browser(struct pager *p, const char *url)
{
	if (!url || !*url) {
		say(p, "%s", _("This page has no address"));
		return;
	}
	const char *browser = getenv("BROWSER");
	if (!browser || !*browser) {
		say(p, _("BROWSER is not set; the address is %s"), url);
		return;
	}
	def_prog_mode();
	endwin();
	pid_t pid = fork();
	if (pid == 0) {
		/* the address goes as an argument, never through the shell's
		 * parsing; "%s" in $BROWSER marks where it goes */
		const char *pct = strstr(browser, "%s");
		char cmd[1024];
		if (pct)
			snprintf(cmd, sizeof cmd, "%.*s\"$1\"%s", (int)(pct - browser), browser, pct + 2);
		else
			snprintf(cmd, sizeof cmd, "%s \"$1\"", browser);
		execl("/bin/sh", "sh", "-c", cmd, "sh", url, (char *)NULL);
		_exit(127);
	}
	int status = 0;
	if (pid > 0)
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
	reset_prog_mode();
	clearok(curscr, TRUE);
	if (pid < 0)
		say(p, "%s: %s", browser, strerror(errno));
	else if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
		say(p, _("%s ended with status %d"), browser, WEXITSTATUS(status));
	else
		say(p, _("Opened %s"), url);
}

/* ---- saving ---- */

char *pager_save_name(const struct article *a)
{
	struct buf b = BUF_INIT;
	const char *t = a->title ? a->title : "";
	size_t n = strlen(t);
	bool dash = false;
	for (size_t i = 0; i < n && b.len <= 60;) {
		char c = t[i];
		/* apostrophes join ("it’s" is "its") */
		if (c == '\'' || !strncmp(t + i, "\xE2\x80\x99", 3)) {
			i += c == '\'' ? 1 : 3;
			continue;
		}
		if ((unsigned char)c >= 0x80) {
			/* letters and digits of any script stay ("Новости",
			 * "日本語"), in lower case; the rest separates words */
			ucs4_t cp = utf8_decode(t, n, &i);
			if (uc_is_alnum(cp)) {
				if (dash && b.len > 0)
					buf_putc(&b, '-');
				dash = false;
				buf_put_utf8(&b, uc_tolower(cp));
			} else {
				dash = true;
			}
			continue;
		}
		i++;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c | 0x20);
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && b.len > 0)
				buf_putc(&b, '-');
			dash = false;
			buf_putc(&b, c);
		} else {
			dash = true;
		}
	}
	/* at most 60 bytes, cut between words (or at least between
	 * characters) */
	if (b.len > 60) {
		size_t cut = 60;
		while (cut > 0 && b.data[cut] != '-')
			cut--;
		if (cut == 0) {
			cut = 60;
			while (cut > 0 && ((unsigned char)b.data[cut] & 0xC0) == 0x80)
				cut--;
		}
		buf_truncate(&b, cut);
	}
	if (b.len == 0)
		buf_puts(&b, "article");
	buf_puts(&b, ".txt");
	return buf_steal(&b);
}

/* "~/x" is in the home directory. */
static void expand_home(const char *in, char *out, size_t size)
{
	const char *home = getenv("HOME");
	if (in[0] == '~' && in[1] == '/' && home)
		snprintf(out, size, "%s%s", home, in + 1);
	else
		snprintf(out, size, "%s", in);
}

static void save_to(struct pager *p, const char *typed, bool force)
{
	char path[EDIT_MAX + 256];
	expand_home(typed, path, sizeof path);
	struct view *v = view(p);
	enum format f;
	if (!format_from_path(path, &f))
		f = FORMAT_TEXT;
	struct export_options eo = { f, 0, false, false };
	struct buf out = BUF_INIT;
	if (export_article(v->art, &eo, &out) < 0) {
		buf_free(&out);
		p->failed = true;
		return;
	}
	if (save_atomic(path, out.data ? out.data : "", out.len, force) < 0) {
		int e = errno;
		if (e == EEXIST && !force) {
			snprintf(p->pending, sizeof p->pending, "%s", typed);
			p->prompt = PROMPT_OVERWRITE;
			snprintf(p->prompt_label, sizeof p->prompt_label, "%s", _("The file exists. Replace it? (y/n) "));
			edit_start(&p->edit, "");
		} else {
			say(p, _("Not saved: %s: %s"), typed, save_error(e));
		}
	} else {
		say(p, _("Saved %s"), typed);
	}
	buf_free(&out);
}

/* ---- prompts ---- */

static void start_prompt(struct pager *p, enum prompt k, const char *label, const char *initial)
{
	p->prompt = k;
	snprintf(p->prompt_label, sizeof p->prompt_label, "%s", label);
	edit_start(&p->edit, initial);
}

static void prompt_key(struct pager *p, unsigned key, bool is_char)
{
	struct view *v = view(p);
	if (p->prompt == PROMPT_OVERWRITE) {
		p->prompt = PROMPT_NONE;
		if (is_char && (key == 'y' || key == 'Y'))
			save_to(p, p->pending, true);
		else
			say(p, "%s", _("Not saved"));
		return;
	}
	enum edit_result r = edit_key(&p->edit, key, is_char);
	if (r == EDIT_GOING)
		return;
	enum prompt k = p->prompt;
	p->prompt = PROMPT_NONE;
	if (r == EDIT_CANCEL) {
		say(p, "%s", "");
		return;
	}
	if (k == PROMPT_SEARCH) {
		/* an empty pattern repeats the last search */
		if (!p->edit.text[0] && v->pattern[0]) {
			v->backward = p->prompt_backward;
			go_match(p, v, true);
		} else {
			start_search(p, v, p->edit.text, p->prompt_backward);
		}
	} else if (k == PROMPT_SAVE) {
		if (p->edit.text[0])
			save_to(p, p->edit.text, false);
		else
			say(p, "%s", _("Not saved"));
	}
}

/* ---- the help screen: an article of its own, a table of keys ---- */

static int build_help(struct article *h)
{
	struct article_builder b;
	memset(h, 0, sizeof *h);
	if (!article_set(&h->title, _("lede: keys"), strlen(_("lede: keys"))))
		return -1;
	ab_init(&b, h);
	size_t n;
	const struct action_help *t = keymap_help(&n);
	for (size_t i = 0; i < n; i++) {
		char keys[256];
		keymap_keys_of(t[i].action, keys, sizeof keys);
		if (!keys[0])
			continue;       /* unbound */
		ab_block_begin(&b, BLOCK_TABLE_ROW, 0, 0, 0);
		ab_text(&b, keys, strlen(keys));
		ab_tab(&b);
		const char *d = _(t[i].text);
		ab_text(&b, d, strlen(d));
		ab_block_end(&b);
	}
	/* the keys no setting changes */
	static const char *const fixed[][2] = {
		{ "Ctrl-Z", N_("suspend lede; fg in the shell brings it back") },
		{ "y, n", N_("answer a question (replace a file?)") },
		{ N_("In a prompt:"), "" },
		{ "Enter", N_("accept") },
		{ "Esc, Ctrl-G", N_("cancel") },
		{ "Left, Right, Ctrl-B, Ctrl-F", N_("move the cursor") },
		{ "Home, Ctrl-A / End, Ctrl-E", N_("to the start / to the end") },
		{ "Backspace / Delete, Ctrl-D", N_("delete before / at the cursor") },
		{ "Ctrl-W", N_("delete the word before the cursor") },
		{ "Ctrl-U / Ctrl-K", N_("clear the line / delete to its end") },
	};
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) {
		const char *k = fixed[i][1][0] ? fixed[i][0] : _(fixed[i][0]);
		const char *d = fixed[i][1][0] ? _(fixed[i][1]) : "";
		ab_block_begin(&b, BLOCK_TABLE_ROW, 0, 0, 0);
		ab_text(&b, k, strlen(k));
		ab_tab(&b);
		ab_text(&b, d, strlen(d));
		ab_block_end(&b);
	}
	const char *more = _("Mouse: the wheel scrolls; a click chooses in the panel. "
			     "Settings and key bindings: ~/.config/lede/config (see man lede).");
	ab_block_begin(&b, BLOCK_PARAGRAPH, 0, 0, 0);
	ab_text(&b, more, strlen(more));
	ab_block_end(&b);
	return ab_finish(&b);
}

/* ---- signals ---- */

#define PAGER_SIGNALS 10

static void install_signals(struct sigaction *old)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	static const int crashes[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_fatal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;        /* no SA_RESTART: a blocked read returns */
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigaction(sigs[i], &sa, &old[i]);
	sa.sa_handler = on_continue;
	sigaction(SIGCONT, &sa, &old[4]);
	sa.sa_handler = on_crash;
	sa.sa_flags = SA_RESETHAND;
	for (size_t i = 0; i < sizeof crashes / sizeof *crashes; i++)
		sigaction(crashes[i], &sa, &old[5 + i]);
}

static void restore_signals(const struct sigaction *old)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCONT,
				    SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigaction(sigs[i], &old[i], NULL);
}

/* ---- keys ---- */

static void panel_move(struct pager *p, struct view *v, long delta)
{
	(void)p;
	int dir = delta > 0 ? 1 : -1;
	for (long k = 0; k < (delta > 0 ? delta : -delta); k++)
		v->psel = panel_step(&v->panel, v->psel, dir);
}

static void mouse(struct pager *p, struct view *v)
{
	MEVENT ev;
	if (getmouse(&ev) != OK)
		return;
	bool in_panel = p->panel_w > 0 && p->mode == MODE_TEXT && ev.y < page_rows(p) &&
			(p->cfg.panel == PANEL_LEFT ? ev.x < p->panel_w : ev.x >= p->panel_x);
#ifdef BUTTON5_PRESSED
	if (ev.bstate & BUTTON5_PRESSED) {
		if (in_panel)
			panel_move(p, v, 3);
		else
			scroll_by(p, 3);
		return;
	}
#endif
	if (ev.bstate & BUTTON4_PRESSED) {
		if (in_panel)
			panel_move(p, v, -3);
		else
			scroll_by(p, -3);
		return;
	}
	if ((ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED)) && in_panel) {
		size_t i = v->ptop + (size_t)ev.y;
		if (i < v->panel.n && panel_selectable(&v->panel.items[i])) {
			v->psel = i;
			p->panel_focus = true;
		}
	}
}

/* Act on a key; false to quit. */
static bool act(struct pager *p, enum action a, int key)
{
	struct view *v = view(p);
	int page = page_rows(p);
	if (p->mode == MODE_HELP) {
		if (a == ACT_QUIT || a == ACT_HELP || a == ACT_CLEAR || a == ACT_BACK) {
			p->mode = MODE_TEXT;
			geometry(p);
			return true;
		}
		/* the help scrolls; the article's keys wait until it is left */
		switch (a) {
		case ACT_LINE_DOWN: case ACT_LINE_UP: case ACT_PAGE_DOWN: case ACT_PAGE_UP:
		case ACT_HALF_DOWN: case ACT_HALF_UP: case ACT_TOP: case ACT_BOTTOM:
		case ACT_SELECT: case ACT_REDRAW:
			break;
		default:
			say(p, "%s", _("q leaves the help"));
			return true;
		}
	} else if (p->mode == MODE_LINKS) {
		size_t n = v->art->nlinks;
		switch (a) {
		case ACT_QUIT: case ACT_CLEAR: case ACT_LINKS: case ACT_BACK:
			p->mode = MODE_TEXT;
			geometry(p);
			return true;
		case ACT_LINE_DOWN: if (v->lsel + 1 < n) v->lsel++; return true;
		case ACT_LINE_UP: if (v->lsel > 0) v->lsel--; return true;
		case ACT_PAGE_DOWN: case ACT_HALF_DOWN:
			v->lsel = v->lsel + (size_t)page < n ? v->lsel + (size_t)page : (n ? n - 1 : 0);
			return true;
		case ACT_PAGE_UP: case ACT_HALF_UP:
			v->lsel = v->lsel > (size_t)page ? v->lsel - (size_t)page : 0;
			return true;
		case ACT_TOP: v->lsel = 0; return true;
		case ACT_BOTTOM: v->lsel = n ? n - 1 : 0; return true;
		case ACT_SELECT:
			if (n > 0)
				follow(p, v->art->links[v->lsel].url);
			return true;
		case ACT_OPEN:
			if (n > 0)
				open_in_browser(p, v->art->links[v->lsel].url);
			return true;
		case ACT_HELP:
			p->mode = MODE_HELP;
			p->help_top = 0;
			return true;
		default:
			say(p, "%s", _("In the link list: j, k move; Enter reads; o opens; q leaves"));
			return true;
		}
	}
	if (p->panel_focus && p->panel_w > 0) {
		switch (a) {
		case ACT_LINE_DOWN: panel_move(p, v, 1); return true;
		case ACT_LINE_UP: panel_move(p, v, -1); return true;
		case ACT_PAGE_DOWN: case ACT_HALF_DOWN: panel_move(p, v, page / 2); return true;
		case ACT_PAGE_UP: case ACT_HALF_UP: panel_move(p, v, -(page / 2)); return true;
		case ACT_TOP:
		case ACT_BOTTOM: {
			/* the first or last item that can be chosen, itself
			 * included (a step from it would pass it) */
			if (v->panel.n == 0)
				return true;
			size_t k = a == ACT_TOP ? 0 : v->panel.n - 1;
			if (!panel_selectable(&v->panel.items[k]))
				k = panel_step(&v->panel, k, a == ACT_TOP ? 1 : -1);
			if (panel_selectable(&v->panel.items[k]))
				v->psel = k;    /* (a panel with nothing to choose keeps its place) */
			return true;
		}
		case ACT_SELECT: panel_choose(p, v); return true;
		default: break;
		}
	}
	switch (a) {
	case ACT_LINE_DOWN: case ACT_SELECT: scroll_by(p, 1); break;
	case ACT_LINE_UP: scroll_by(p, -1); break;
	case ACT_PAGE_DOWN: scroll_by(p, page); break;
	case ACT_PAGE_UP: scroll_by(p, -page); break;
	case ACT_HALF_DOWN: scroll_by(p, page / 2 ? page / 2 : 1); break;
	case ACT_HALF_UP: scroll_by(p, -(page / 2 ? page / 2 : 1)); break;
	case ACT_TOP:
		if (p->mode == MODE_HELP)
			p->help_top = 0;
		else
			v->top = 0;
		break;
	case ACT_BOTTOM:
		if (p->mode == MODE_HELP)
			p->help_top = max_top(p, &p->help_lay);
		else
			v->top = max_top(p, &v->lay);
		break;
	case ACT_SEARCH_FORWARD:
	case ACT_SEARCH_BACKWARD:
		p->prompt_backward = a == ACT_SEARCH_BACKWARD;
		start_prompt(p, PROMPT_SEARCH, p->prompt_backward ? "?" : "/", "");
		break;
	case ACT_NEXT_MATCH:
	case ACT_PREV_MATCH:
		if (v->nav == NAV_PERSON && v->person >= 0)
			go_mention(p, v, a == ACT_NEXT_MATCH);
		else
			go_match(p, v, a == ACT_NEXT_MATCH);
		break;
	case ACT_NEXT_QUOTE: go_quote(p, v, true); break;
	case ACT_PREV_QUOTE: go_quote(p, v, false); break;
	case ACT_PANEL:
		if (p->cfg.panel == PANEL_OFF) {
			say(p, "%s", _("The panel is off in the settings"));
			break;
		}
		/* on a narrow terminal the panel is hidden anyway: say why,
		 * and whether it comes when the terminal is wide enough */
		if (p->cols < PANEL_MIN_COLS) {
			/* it stays on, to show when the terminal is wide */
			p->panel_on = true;
			say(p, _("The panel needs a terminal %d columns wide"), PANEL_MIN_COLS);
			break;
		}
		p->panel_on = !p->panel_on;
		if (relayout(p) < 0)
			p->failed = true;
		break;
	case ACT_FOCUS:
		if (p->panel_w == 0)
			say(p, "%s", _("No panel (p shows it; it needs a wider terminal)"));
		else
			p->panel_focus = !p->panel_focus;
		break;
	case ACT_CLEAR: clear_marks(p, v); break;
	case ACT_LINK_NUMBERS:
		p->link_numbers = !p->link_numbers;
		if (relayout_view(p, v) < 0)
			p->failed = true;
		say(p, "%s", p->link_numbers ? _("Link numbers shown (L lists the links)") :
					       _("Link numbers hidden"));
		break;
	case ACT_LINKS:
		p->mode = MODE_LINKS;
		p->panel_focus = false;
		break;
	case ACT_BACK: go_back(p); break;
	case ACT_OPEN: {
		/* a page read from a file, with no address of its own: the
		 * file, as an absolute path */
		char path[4096];
		const char *url = v->art->url;
		if ((!url || !*url) && v->source && strcmp(v->source, "-") && !url_is_http(v->source) &&
		    realpath(v->source, path))
			url = path;
		open_in_browser(p, url);
		break;
	}
	case ACT_SAVE: {
		char *name = pager_save_name(v->art);
		if (!name) {
			p->failed = true;
			break;
		}
		start_prompt(p, PROMPT_SAVE, _("Save to: "), name);
		free(name);
		break;
	}
	case ACT_RELOAD: reload(p); break;
	case ACT_NEXT_ARTICLE:
		if (p->cur + 1 < p->narts)
			switch_article(p, p->cur + 1);
		else
			say(p, "%s", _("This is the last article"));
		break;
	case ACT_PREV_ARTICLE:
		if (p->cur > 0)
			switch_article(p, p->cur - 1);
		else
			say(p, "%s", _("This is the first article"));
		break;
	case ACT_HELP:
		p->mode = MODE_HELP;
		p->help_top = 0;
		p->panel_focus = false;
		break;
	case ACT_REDRAW: clearok(curscr, TRUE); break;
	case ACT_QUIT: return false;
	case ACT_COMMAND: break;
	case ACT_NONE:
	default: {
		char name[32];
		keymap_key_name(key, name, sizeof name);
		say(p, _("%s: no such key; h shows the keys"), name);
		break;
	}
	}
	return true;
}

int pager_run(struct article *arts, size_t n, const struct pager_options *o, char **err)
{
	struct pager p;
	memset(&p, 0, sizeof p);
	p.arts = arts;
	p.narts = n;
	p.no_article = o->no_article;
	p.sources = o->sources;
	p.load = o->load;
	p.load_ctx = o->load_ctx;
	if (o->config)
		p.cfg = *o->config;
	else
		config_init(&p.cfg);
	p.cfg.errors = NULL;
	p.cfg.nerrors = 0;
	p.panel_on = !o->no_panel;
	*err = NULL;
	if (build_help(&p.help) < 0) {
		article_free(&p.help);
		return PAGER_ERROR;
	}
	/* keys come from the terminal even when the page came on stdin */
	FILE *in = NULL;
	if (!isatty(STDIN_FILENO)) {
		in = fopen("/dev/tty", "r");
		if (!in) {
			article_free(&p.help);
			return PAGER_NO_TERMINAL;
		}
	}
	SCREEN *scr = newterm(NULL, stdout, in ? in : stdin);
	/* a terminal that cannot move its cursor (TERM=dumb) cannot show
	 * a page: the article is printed instead */
	const char *cup = scr ? tigetstr("cup") : NULL;
	if (scr && (!cup || cup == (char *)-1)) {
		endwin();
		delscreen(scr);
		scr = NULL;
	}
	if (!scr) {
		if (in)
			fclose(in);
		article_free(&p.help);
		return PAGER_NO_TERMINAL;
	}
	struct sigaction old[PAGER_SIGNALS];
	struct termios saved_tio;
	bool have_tio = tcgetattr(in ? fileno(in) : STDIN_FILENO, &saved_tio) == 0;
	fatal_signal = 0;
	install_signals(old);
	set_term(scr);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	mousemask(PAGER_MOUSE, NULL);
	mouseinterval(0);
	crash_prepare(STDOUT_FILENO, in ? fileno(in) : STDIN_FILENO, &saved_tio, have_tio);
	const char *cs = nl_langinfo(CODESET);
	p.ascii = !(cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0));
	p.italic = tigetstr("sitm") != NULL && tigetstr("sitm") != (char *)-1;
	setup_faces(&p, o->color);
	int rc = PAGER_OK;
	if (!push_view(&p, &arts[0], false, p.no_article && p.no_article[0],
		       p.sources ? p.sources[0] : NULL) || relayout(&p) < 0) {
		rc = PAGER_ERROR;
		goto out;
	}
	if (view(&p)->no_article)
		say(&p, "%s", _("No article found on this page; showing its text"));
	else if (o->config && o->config->nerrors > 0)
		say(&p, "%s", o->config->errors[0]);
	else
		p.hint = true;
	bool command = false;
	while (!fatal_signal && !p.failed) {
		draw(&p);
		wint_t wc;
		int r = get_wch(&wc);
		if (fatal_signal)
			break;
		if (resumed) {
			/* back from Ctrl-Z: the keypad sends its keys as
			 * such again, the mouse reports again */
			resumed = 0;
			keypad(stdscr, FALSE);
			keypad(stdscr, TRUE);
			mousemask(0, NULL);
			mousemask(PAGER_MOUSE, NULL);
			clearok(curscr, TRUE);
		}
		if (r == ERR)
			continue;
		if (!(r == KEY_CODE_YES && (wc == KEY_RESIZE || wc == KEY_MOUSE)))
			p.hint = false;
		bool is_char = r == OK;
		int key = is_char ? KEYMAP_CHAR(wc) : (int)wc;
		if (!is_char && key == KEY_RESIZE) {
			if (relayout(&p) < 0)
				p.failed = true;
			continue;
		}
		if (p.prompt != PROMPT_NONE) {
			p.msg[0] = '\0';
			prompt_key(&p, (unsigned)wc, is_char);
			continue;
		}
		p.msg[0] = '\0';
		if (!is_char && key == KEY_MOUSE) {
			mouse(&p, view(&p));
			continue;
		}
		enum action a;
		if (command) {
			command = false;
			a = keymap_command(key);
		} else {
			a = keymap_lookup(key);
		}
		if (a == ACT_COMMAND) {
			command = true;
			say(&p, "%s", ":");
			continue;
		}
		if (!act(&p, a, key))
			break;
	}
	if (p.failed)
		rc = PAGER_ERROR;
out:
	endwin();
	delscreen(scr);
	if (in)
		fclose(in);
	restore_signals(old);
	while (p.nviews > 0)
		view_free(&p.views[--p.nviews]);
	free(p.views);
	layout_free(&p.help_lay);
	article_free(&p.help);
	if (fatal_signal) {
		/* end the way the signal would have, terminal restored */
		signal(fatal_signal, SIG_DFL);
		raise(fatal_signal);
	}
	if (rc == PAGER_ERROR)
		*err = strdup(strerror(ENOMEM));
	return rc;
}
