/* pager.c — the ncurses loop: draw, read a key, act. */
#include <config.h>

#include "pager.h"
#include "keymap.h"
#include "layout.h"
#include "../i18n.h"
#include "../text.h"
#include "../wrap.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_TEXT_WIDTH 80

/* Set by the handler of a fatal signal; the loop restores the terminal and
 * re-raises it. */
static volatile sig_atomic_t fatal_signal;

enum { PAIR_TITLE = 1, PAIR_META, PAIR_LINK, PAIR_CODE, PAIR_MARKER, PAIR_STATUS };

struct pager {
	struct article *arts;
	const bool *no_article;
	size_t narts, cur;
	struct layout lay;
	size_t top;
	int rows, cols, margin, width;
	bool color, ascii, italic;
	bool in_help;
	struct article help;
	struct layout help_lay;
	size_t help_top;
	char msg[256];
};

static void on_fatal(int sig)
{
	fatal_signal = sig;
}

int pager_text_width(int cols, int *margin)
{
	int m = cols > 84 ? 2 : cols > 40 ? 1 : 0;
	int w = cols - m - 1;
	if (w > MAX_TEXT_WIDTH)
		w = MAX_TEXT_WIDTH;
	if (w < 10)
		w = cols > 10 ? cols - 1 : 10;
	if (margin)
		*margin = m;
	return w;
}

static struct layout *cur_layout(struct pager *p)
{
	return p->in_help ? &p->help_lay : &p->lay;
}

static size_t *cur_top(struct pager *p)
{
	return p->in_help ? &p->help_top : &p->top;
}

static int page_rows(const struct pager *p)
{
	return p->rows > 1 ? p->rows - 1 : 1;
}

static size_t max_top(struct pager *p)
{
	size_t n = cur_layout(p)->nlines, rows = (size_t)page_rows(p);
	return n > rows ? n - rows : 0;
}

static int relayout(struct pager *p)
{
	getmaxyx(stdscr, p->rows, p->cols);
	p->width = pager_text_width(p->cols, &p->margin);
	struct layout_options lo = { p->width, p->ascii };
	/* keep the line at the top of the screen where it was */
	int block = LINE_HEADER;
	size_t offset = 0;
	if (p->lay.nlines > 0 && p->top < p->lay.nlines) {
		block = p->lay.lines[p->top].block;
		offset = p->lay.lines[p->top].offset;
	}
	struct layout nl, nh;
	if (layout_article(&p->arts[p->cur], &lo, &nl) < 0)
		return -1;
	if (layout_article(&p->help, &lo, &nh) < 0) {
		layout_free(&nl);
		return -1;
	}
	bool had = p->lay.nlines > 0;
	layout_free(&p->lay);
	layout_free(&p->help_lay);
	p->lay = nl;
	p->help_lay = nh;
	p->top = had ? layout_find(&p->lay, block, offset) : 0;
	if (p->top > max_top(p) && !p->in_help)
		p->top = max_top(p);
	if (p->help_top > max_top(p))
		p->help_top = 0;
	return 0;
}

static attr_t face(const struct pager *p, unsigned a, short *pair)
{
	attr_t r = A_NORMAL;
	*pair = 0;
	if (a & (LA_TITLE | LA_HEADING | LA_STRONG))
		r |= A_BOLD;
	if (a & LA_LINK)
		r |= A_UNDERLINE;
	if (a & (LA_EMPH | LA_QUOTE | LA_CAPTION))
		r |= p->italic ? A_ITALIC : (a & LA_EMPH ? A_UNDERLINE : A_NORMAL);
	if (p->color) {
		if (a & LA_TITLE)
			*pair = PAIR_TITLE;
		else if (a & LA_LINK)
			*pair = PAIR_LINK;
		else if (a & (LA_CODE | LA_PRE))
			*pair = PAIR_CODE;
		else if (a & LA_MARKER)
			*pair = PAIR_MARKER;
		else if (a & LA_META)
			*pair = PAIR_META;
	} else if (a & LA_META) {
		r |= A_DIM;
	}
	return r;
}

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

static void draw_status(struct pager *p)
{
	int y = p->rows - 1;
	attr_t st = A_REVERSE;
	short pair = p->color ? PAIR_STATUS : 0;
	attr_set(st, pair, NULL);
	move(y, 0);
	for (int x = 0; x < p->cols; x++)
		addch(' ');
	char right[96];
	struct layout *l = cur_layout(p);
	size_t top = *cur_top(p), rows = (size_t)page_rows(p);
	if (l->nlines <= rows)
		snprintf(right, sizeof right, "%s", _("All"));
	else if (top >= max_top(p))
		snprintf(right, sizeof right, "%s", _("(END)"));
	else if (top == 0)
		snprintf(right, sizeof right, "%s", _("Top"));
	else
		snprintf(right, sizeof right, "%zu%%", (top + rows) * 100 / l->nlines);
	if (p->no_article && p->no_article[p->cur] && !p->in_help) {
		char n[64];
		snprintf(n, sizeof n, "  %s", _("(no article)"));
		strncat(right, n, sizeof right - strlen(right) - 1);
	}
	if (p->narts > 1 && !p->in_help) {
		char n[48];
		snprintf(n, sizeof n, "  [%zu/%zu]", p->cur + 1, p->narts);
		strncat(right, n, sizeof right - strlen(right) - 1);
	}
	int rw = text_width(right, strlen(right));
	const char *left = p->msg[0] ? p->msg :
			   p->in_help ? p->help.title :
			   p->arts[p->cur].title ? p->arts[p->cur].title : "";
	int room = p->cols - rw - 3;
	if (room > 0) {
		move(y, 1);
		put_text(p, left, strlen(left), room);
	}
	if (rw + 1 < p->cols) {
		move(y, p->cols - rw - 1);
		put_text(p, right, strlen(right), rw);
	}
	attr_set(A_NORMAL, 0, NULL);
}

static void draw(struct pager *p)
{
	erase();
	struct layout *l = cur_layout(p);
	size_t top = *cur_top(p);
	int rows = page_rows(p);
	for (int y = 0; y < rows && top + (size_t)y < l->nlines; y++) {
		const struct lline *ln = &l->lines[top + (size_t)y];
		move(y, p->margin);
		int left = p->cols - p->margin;
		for (size_t k = 0; k < ln->nseg && left > 0; k++) {
			const struct lseg *s = &l->segs[ln->seg + k];
			short pair;
			attr_t a = face(p, s->attr, &pair);
			attr_set(a, pair, NULL);
			left -= put_text(p, s->text, s->len, left);
		}
		attr_set(A_NORMAL, 0, NULL);
	}
	draw_status(p);
	refresh();
}

static void scroll_by(struct pager *p, long delta)
{
	size_t *top = cur_top(p);
	long t = (long)*top + delta;
	long mt = (long)max_top(p);
	if (t > mt)
		t = mt;
	if (t < 0)
		t = 0;
	*top = (size_t)t;
}

static int switch_article(struct pager *p, size_t to)
{
	p->cur = to;
	layout_free(&p->lay);
	p->top = 0;
	if (relayout(p) < 0)
		return -1;
	if (p->no_article && p->no_article[p->cur])
		snprintf(p->msg, sizeof p->msg, "%s", _("No article found on this page; showing its text"));
	else
		snprintf(p->msg, sizeof p->msg, _("Article %zu of %zu"), p->cur + 1, p->narts);
	return 0;
}

/* The help screen is an article of its own: a table of keys. */
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
		ab_block_begin(&b, BLOCK_TABLE_ROW, 0, 0, 0);
		ab_text(&b, t[i].keys, strlen(t[i].keys));
		ab_tab(&b);
		const char *d = _(t[i].text);
		ab_text(&b, d, strlen(d));
		ab_block_end(&b);
	}
	return ab_finish(&b);
}

static void setup_colors(struct pager *p, enum color_when when)
{
	const char *nc = getenv("NO_COLOR");
	bool want = when == COLOR_ALWAYS || (when == COLOR_AUTO && !(nc && *nc));
	p->color = false;
	if (!want || !has_colors() || start_color() == ERR)
		return;
	use_default_colors();
	init_pair(PAIR_TITLE, COLOR_CYAN, -1);
	init_pair(PAIR_META, COLOR_YELLOW, -1);
	init_pair(PAIR_LINK, COLOR_BLUE, -1);
	init_pair(PAIR_CODE, COLOR_GREEN, -1);
	init_pair(PAIR_MARKER, COLOR_MAGENTA, -1);
	init_pair(PAIR_STATUS, COLOR_BLACK, COLOR_WHITE);
	p->color = true;
}

static void install_signals(struct sigaction *old)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_fatal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;        /* no SA_RESTART: a blocked read returns */
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigaction(sigs[i], &sa, &old[i]);
}

static void restore_signals(const struct sigaction *old)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigaction(sigs[i], &old[i], NULL);
}

int pager_run(struct article *arts, size_t n, const struct pager_options *o, char **err)
{
	struct pager p;
	memset(&p, 0, sizeof p);
	p.arts = arts;
	p.narts = n;
	p.no_article = o->no_article;
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
	if (!scr) {
		if (in)
			fclose(in);
		article_free(&p.help);
		return PAGER_NO_TERMINAL;
	}
	struct sigaction old[4];
	fatal_signal = 0;
	install_signals(old);
	set_term(scr);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	const char *cs = nl_langinfo(CODESET);
	p.ascii = !(cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0));
	p.italic = tigetstr("sitm") != NULL && tigetstr("sitm") != (char *)-1;
	setup_colors(&p, o->color);
	int rc = PAGER_OK;
	if (relayout(&p) < 0) {
		rc = PAGER_ERROR;
		goto out;
	}
	if (p.no_article && p.no_article[0])
		snprintf(p.msg, sizeof p.msg, "%s", _("No article found on this page; showing its text"));
	else
		snprintf(p.msg, sizeof p.msg, "%s", _("h: help  q: quit"));
	bool command = false;
	while (!fatal_signal) {
		draw(&p);
		int ch = getch();
		if (fatal_signal)
			break;
		if (ch == ERR)
			continue;
		p.msg[0] = '\0';
		if (ch == KEY_RESIZE) {
			if (relayout(&p) < 0) {
				rc = PAGER_ERROR;
				break;
			}
			continue;
		}
		enum action act;
		if (command) {
			command = false;
			act = keymap_command(ch);
		} else {
			act = keymap_lookup(ch);
		}
		if (p.in_help && (act == ACT_QUIT || act == ACT_HELP || ch == 27)) {
			p.in_help = false;
			continue;
		}
		int page = page_rows(&p);
		switch (act) {
		case ACT_LINE_DOWN: scroll_by(&p, 1); break;
		case ACT_LINE_UP: scroll_by(&p, -1); break;
		case ACT_PAGE_DOWN: scroll_by(&p, page); break;
		case ACT_PAGE_UP: scroll_by(&p, -page); break;
		case ACT_HALF_DOWN: scroll_by(&p, page / 2 ? page / 2 : 1); break;
		case ACT_HALF_UP: scroll_by(&p, -(page / 2 ? page / 2 : 1)); break;
		case ACT_TOP: *cur_top(&p) = 0; break;
		case ACT_BOTTOM: *cur_top(&p) = max_top(&p); break;
		case ACT_COMMAND:
			command = true;
			snprintf(p.msg, sizeof p.msg, ":");
			break;
		case ACT_NEXT_ARTICLE:
			if (p.cur + 1 < p.narts) {
				if (switch_article(&p, p.cur + 1) < 0)
					rc = PAGER_ERROR;
			} else {
				snprintf(p.msg, sizeof p.msg, "%s", _("This is the last article"));
			}
			break;
		case ACT_PREV_ARTICLE:
			if (p.cur > 0) {
				if (switch_article(&p, p.cur - 1) < 0)
					rc = PAGER_ERROR;
			} else {
				snprintf(p.msg, sizeof p.msg, "%s", _("This is the first article"));
			}
			break;
		case ACT_HELP:
			p.in_help = true;
			p.help_top = 0;
			break;
		case ACT_REDRAW:
			clearok(curscr, TRUE);
			break;
		case ACT_QUIT:
			goto out;
		case ACT_NONE:
		default:
			snprintf(p.msg, sizeof p.msg, "%s", _("Unknown key; h shows the keys"));
			break;
		}
		if (rc != PAGER_OK)
			break;
	}
out:
	endwin();
	delscreen(scr);
	if (in)
		fclose(in);
	restore_signals(old);
	layout_free(&p.lay);
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
