/* lede.c — main: the command line, then the pipeline, then the pager or a
 * writer. */
#include <config.h>

#include "article.h"
#include "buf.h"
#include "export.h"
#include "fetch.h"
#include "i18n.h"
#include "options.h"
#include "pipeline.h"
#include "sanitize.h"
#include "sandbox.h"
#include "save.h"
#include "ui/pager.h"
#include "url.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

/* Only printable text of a SOURCE reaches the terminal in messages. */
static void print_source(FILE *f, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7F)
			fprintf(f, "\\x%02X", *p);
		else
			fputc(*p, f);
}

static void report(const char *source, const char *msg)
{
	fputs("lede: ", stderr);
	print_source(stderr, source);
	fprintf(stderr, ": %s\n", msg ? msg : strerror(ENOMEM));
}

static void usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

static void usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("lede: ", stderr);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fprintf(stderr, _("Try 'lede --help' for more information.\n"));
	exit(EXIT_USAGE);
}

static void help(void)
{
	printf(_("Usage: lede [OPTION]... [SOURCE]...\n"
		 "Read the article in a web page: in a pager on a terminal, or printed\n"
		 "as clean text, Markdown or JSON.\n\n"));
	printf(_("SOURCE is an http(s) URL, a file, or - for standard input (the default\n"
		 "when standard input is not a terminal).\n\n"));
	printf(_("  -d, --dump             print the article instead of paging it (the default\n"
		 "                         when standard output is not a terminal)\n"
		 "  -f, --format=FORMAT    text, markdown or json (default text)\n"
		 "  -o, --output=FILE      save to FILE; the format follows its extension\n"
		 "                         (.txt, .md, .json) unless --format is given\n"
		 "      --force            let --output replace an existing file\n"
		 "  -w, --width=N          wrap printed text at N columns (0, the default:\n"
		 "                         one line per paragraph)\n"
		 "      --links            number the links in printed text [1] and list\n"
		 "                         their addresses at the end\n"
		 "      --annotate         end printed text and Markdown with the people\n"
		 "                         named and the quotes, with who said them\n"
		 "  -i, --input-file=FILE  read more SOURCEs from FILE (- for standard\n"
		 "                         input), one a line\n"
		 "  -j, --jobs=N           fetch N addresses at a time (default 4; at most\n"
		 "                         2 from one host)\n"
		 "  -q, --quiet            no progress line while fetching\n"
		 "      --color=WHEN       use color in the pager: auto, always or never\n"
		 "      --no-panel         start the pager without its panel (p shows it)\n"
		 "      --timeout=SECONDS  give up on a download after SECONDS (default 30)\n"
		 "      --max-size=BYTES   refuse pages larger than BYTES (default 32M;\n"
		 "                         suffixes k, M, G)\n"
		 "      --user-agent=TEXT  the User-Agent to send\n"
		 "      --no-sandbox       parse pages in lede's own process (for debugging)\n"
		 "  -h, --help             show this help and exit\n"
		 "  -V, --version          show the version and exit\n\n"));
	printf(_("Keys in the pager: j, k, Down, Up scroll a line; Space, b a page;\n"
		 "d, u half a page; g, G top and end; / ? search, n N next and previous;\n"
		 "] [ next and previous quote; p the panel of people and quotes, Tab moves\n"
		 "into it, Enter chooses; # link numbers, L the links, B back; o $BROWSER;\n"
		 "s save; r reload; :n, :p next and previous article; h help; q quit.\n\n"));
	printf(_("Settings: $XDG_CONFIG_HOME/lede/config (~/.config/lede/config), one a line:\n"
		 "  bind KEY ACTION     e.g. bind x quit, bind Ctrl-D half-page-down\n"
		 "  unbind KEY\n"
		 "  face NAME ATTR...   NAME: person organization place quote speaker search\n"
		 "                      mark link title heading meta code marker status\n"
		 "                      panel-heading selection text; ATTR: bold dim italic\n"
		 "                      underline reverse, a colour, on COLOUR\n"
		 "  panel right|left|off, panel-width N, width N (the text's width)\n"
		 "Actions are named in the man page. A mistake is reported with the file's\n"
		 "name and line and otherwise ignored.\n\n"));
	printf(_("Exit status: 0 if every SOURCE was read, 1 if some failed (the others\n"
		 "are still shown), 2 for a usage error.\n"));
}

/* Whether what was printed reached standard output; says why not. */
static bool stdout_flushed(void)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return true;
	fprintf(stderr, "lede: %s: %s\n", _("standard output"), strerror(errno ? errno : EIO));
	return false;
}

static void version(void)
{
	printf("lede %s\n", PACKAGE_VERSION);
	printf(_("License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
		 "This is free software: you are free to change and redistribute it.\n"
		 "There is NO WARRANTY, to the extent permitted by law.\n"));
}

/* A number in [0, max], or -1. */
static long parse_number(const char *s, long max)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 0 || v > max)
		return -1;
	return v;
}

static size_t parse_size(const char *s)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	unsigned long long mul = 1;
	if (end != s && *end && !end[1]) {
		switch (*end) {
		case 'k': case 'K': mul = 1ull << 10; end++; break;
		case 'm': case 'M': mul = 1ull << 20; end++; break;
		case 'g': case 'G': mul = 1ull << 30; end++; break;
		default: break;
		}
	}
	if (errno || end == s || *end || s[0] == '-' || v == 0 || v > SIZE_MAX / mul)
		usage_error(_("invalid size: '%s'"), s);
	return (size_t)(v * mul);
}

/* The lists of -i: the array that replaced argv's, and where in it the
 * lines read begin. */
static char **listed;
static int listed_from;

/* Add the SOURCEs listed in a file (or "-": standard input), one a line;
 * blank lines and lines starting with # are skipped. */
static void read_list(struct options *o, const char *path)
{
	bool is_stdin = strcmp(path, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(path, "r");
	if (!f) {
		fprintf(stderr, "lede: ");
		print_source(stderr, path);
		fprintf(stderr, ": %s\n", strerror(errno));
		exit(EXIT_USAGE);
	}
	/* the list joins the SOURCEs of the command line, after them */
	size_t cap = (size_t)o->nsources + 16;
	char **v = malloc(cap * sizeof *v);
	if (!v)
		goto nomem;
	memcpy(v, o->sources, (size_t)o->nsources * sizeof *v);
	char *line = NULL;
	size_t lcap = 0;
	ssize_t len;
	while ((len = getline(&line, &lcap, f)) >= 0) {
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		size_t l = strlen(p);
		while (l > 0 && (p[l - 1] == '\n' || p[l - 1] == '\r' || p[l - 1] == ' ' || p[l - 1] == '\t'))
			p[--l] = '\0';
		if (l == 0 || *p == '#')
			continue;
		if ((size_t)o->nsources + 1 >= cap) {
			char **nv = realloc(v, cap * 2 * sizeof *v);
			if (!nv)
				goto nomem;
			v = nv;
			cap *= 2;
		}
		if (!(v[o->nsources++] = strdup(p)))
			goto nomem;
	}
	free(line);
	if (ferror(f)) {
		fprintf(stderr, "lede: ");
		print_source(stderr, path);
		fprintf(stderr, ": %s\n", strerror(errno));
		exit(EXIT_USAGE);
	}
	if (!is_stdin)
		fclose(f);
	free(listed);           /* an earlier list's array; its lines live on in v */
	listed = v;
	o->sources = v;
	return;
nomem:
	fprintf(stderr, "lede: %s\n", strerror(ENOMEM));
	exit(EXIT_SOME_FAILED);
}

static void parse_options(int argc, char **argv, struct options *o)
{
	enum { OPT_COLOR = 256, OPT_FORCE, OPT_TIMEOUT, OPT_MAX_SIZE, OPT_USER_AGENT, OPT_LINKS,
	       OPT_ANNOTATE, OPT_NO_SANDBOX, OPT_NO_PANEL };
	static char *lists[16];
	int nlists = 0;
	static const struct option longs[] = {
		{ "dump", no_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, OPT_FORCE },
		{ "width", required_argument, NULL, 'w' },
		{ "links", no_argument, NULL, OPT_LINKS },
		{ "annotate", no_argument, NULL, OPT_ANNOTATE },
		{ "no-sandbox", no_argument, NULL, OPT_NO_SANDBOX },
		{ "jobs", required_argument, NULL, 'j' },
		{ "input-file", required_argument, NULL, 'i' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "color", required_argument, NULL, OPT_COLOR },
		{ "no-panel", no_argument, NULL, OPT_NO_PANEL },
		{ "colour", required_argument, NULL, OPT_COLOR },
		{ "timeout", required_argument, NULL, OPT_TIMEOUT },
		{ "max-size", required_argument, NULL, OPT_MAX_SIZE },
		{ "user-agent", required_argument, NULL, OPT_USER_AGENT },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	memset(o, 0, sizeof *o);
	o->fetch.sandbox = true;
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, ":df:o:w:j:i:qhV", longs, NULL)) != -1) {
		switch (c) {
		case 'd':
			o->dump = true;
			break;
		case 'f':
			if (!format_from_name(optarg, &o->format))
				usage_error(_("unknown format '%s' (use text, markdown or json)"), optarg);
			o->format_given = true;
			break;
		case 'o':
			if (!*optarg)
				usage_error(_("empty file name for --output"));
			/* "-o -": standard output, as elsewhere */
			o->output = strcmp(optarg, "-") ? optarg : NULL;
			if (!o->output)
				o->dump = true;
			break;
		case OPT_FORCE:
			o->force = true;
			break;
		case OPT_ANNOTATE:
			o->annotate = true;
			break;
		case OPT_NO_PANEL:
			o->no_panel = true;
			break;
		case OPT_NO_SANDBOX:
			o->fetch.sandbox = false;
			break;
		case OPT_LINKS:
			o->links = true;
			break;
		case 'j':
			o->jobs = (int)parse_number(optarg, 256);
			if (o->jobs < 1)
				usage_error(_("invalid number of jobs: '%s' (1 to 256)"), optarg);
			break;
		case 'i':
			o->list_from_stdin = o->list_from_stdin || strcmp(optarg, "-") == 0;
			if (nlists == (int)(sizeof lists / sizeof *lists))
				usage_error(_("too many --input-file options"));
			lists[nlists++] = optarg;
			break;
		case 'q':
			o->quiet = true;
			break;
		case 'w':
			o->width = (int)parse_number(optarg, 10000);
			if (o->width < 0)
				usage_error(_("invalid width: '%s'"), optarg);
			break;
		case OPT_COLOR:
			if (strcmp(optarg, "auto") == 0)
				o->color = COLOR_AUTO;
			else if (strcmp(optarg, "always") == 0)
				o->color = COLOR_ALWAYS;
			else if (strcmp(optarg, "never") == 0)
				o->color = COLOR_NEVER;
			else
				usage_error(_("invalid --color '%s' (use auto, always or never)"), optarg);
			break;
		case OPT_TIMEOUT:
			o->fetch.timeout = parse_number(optarg, 86400);
			if (o->fetch.timeout <= 0)
				usage_error(_("invalid timeout: '%s'"), optarg);
			break;
		case OPT_MAX_SIZE:
			o->fetch.max_size = parse_size(optarg);
			break;
		case OPT_USER_AGENT:
			o->fetch.user_agent = optarg;
			break;
		case 'h':
			help();
			exit(stdout_flushed() ? 0 : EXIT_SOME_FAILED);
		case 'V':
			version();
			exit(stdout_flushed() ? 0 : EXIT_SOME_FAILED);
		case ':':
			if (optopt && strncmp(argv[optind - 1], "--", 2) != 0)
				usage_error(_("option '-%c' needs a value"), optopt);
			usage_error(_("option '%s' needs a value"), argv[optind - 1]);
			break;
		default:
			if (optopt && strncmp(argv[optind - 1], "--", 2) != 0)
				usage_error(_("unknown option '-%c'"), optopt);
			usage_error(_("unknown option '%s'"), argv[optind - 1]);
			break;
		}
	}
	o->sources = argv + optind;
	o->nsources = argc - optind;
	listed_from = o->nsources;
	for (int i = 0; i < nlists; i++)
		read_list(o, lists[i]);
	if (o->output && !o->format_given && !format_from_path(o->output, &o->format))
		o->format = FORMAT_TEXT;
}

/* Write all of b to stdout; false when it could not be written. */
static bool write_stdout(const struct buf *b)
{
	if (b->len && fwrite(b->data, 1, b->len, stdout) != b->len)
		return false;
	return fflush(stdout) == 0;
}

/* ---- reading many SOURCEs ---- */

/* What became of one SOURCE. */
struct slot {
	enum { SLOT_WAITING, SLOT_RUNNING, SLOT_DONE } state;
	bool failed;
	char *err;
	struct article art;
	bool no_article;
};

/* Called for each SOURCE in input order, as soon as it and those before it
 * are done; it takes the slot's article and message. */
typedef void deliver_fn(void *ctx, const char *source, struct slot *s);

static double seconds(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

struct progress {
	bool enabled, shown;
	double start;
};

/* One line on stderr, redrawn, once the work has taken half a second. */
static void progress_draw(struct progress *p, size_t done, size_t total, size_t bytes, size_t failed)
{
	if (!p->enabled || seconds() - p->start < 0.5)
		return;
	char amount[32];
	if (bytes >= 10u << 20)
		snprintf(amount, sizeof amount, "%zu MB", bytes >> 20);
	else
		snprintf(amount, sizeof amount, "%zu kB", bytes >> 10);
	char line[256];
	snprintf(line, sizeof line, _("lede: %zu of %zu done, %s, %zu failed"), done, total, amount,
		 failed);
	/* no wider than the terminal, or it would wrap and leave its old
	 * self behind at each redraw (cut between characters) */
	struct winsize ws;
	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1) {
		size_t cols = ws.ws_col - 1, i = 0, used = 0;
		while (line[i] && used < cols) {
			i++;
			while (((unsigned char)line[i] & 0xC0) == 0x80)
				i++;
			used++;
		}
		line[i] = '\0';
	}
	fprintf(stderr, "\r\033[K%s", line);
	fflush(stderr);
	p->shown = true;
}

static void progress_clear(struct progress *p)
{
	if (p->shown)
		fputs("\r\033[K", stderr);
	p->shown = false;
}

/* Read every SOURCE: files and standard input in turn, addresses
 * several at a time; hand each to deliver in input order. Only a window
 * of SOURCEs ahead of the next to deliver is started, so memory stays
 * flat however many there are. */
static void read_sources(const struct options *o, deliver_fn *deliver, void *ctx, bool pages)
{
	size_t n = (size_t)o->nsources;
	struct slot *slots = calloc(n, sizeof *slots);
	if (!slots) {
		report(o->sources[0], strerror(ENOMEM));
		exit(EXIT_SOME_FAILED);
	}
	int jobs = o->jobs > 0 ? o->jobs : FETCH_DEFAULT_JOBS;
	size_t window = (size_t)jobs * 4 < 16 ? 16 : (size_t)jobs * 4;
	struct fetcher *fr = NULL;
	char *fetcher_err = NULL;
	struct progress prog = { !o->quiet && isatty(STDERR_FILENO), false, seconds() };
	size_t next_start = 0, next_out = 0, failed = 0;
	while (next_out < n) {
		/* start what the window allows */
		while (next_start < n && next_start < next_out + window) {
			struct slot *s = &slots[next_start];
			const char *src = o->sources[next_start];
			if (url_is_http(src)) {
				if (!fr && !fetcher_err)
					fr = fetcher_new(&o->fetch, jobs, &fetcher_err);
				char *err = NULL;
				if (!fr) {
					s->failed = true;
					s->err = fetcher_err ? strdup(fetcher_err) : NULL;
					s->state = SLOT_DONE;
				} else if (fetcher_add(fr, next_start, src, &err) < 0) {
					s->failed = true;
					s->err = err;
					s->state = SLOT_DONE;
				} else {
					s->state = SLOT_RUNNING;
				}
			} else {
				s->failed = pipeline_load(src, &o->fetch, &s->art, &s->err,
							  pages ? &s->no_article : NULL) < 0;
				s->state = SLOT_DONE;
			}
			next_start++;
		}
		/* hand over, in order, what is done */
		while (next_out < n && slots[next_out].state == SLOT_DONE) {
			failed += slots[next_out].failed;
			progress_clear(&prog);
			deliver(ctx, o->sources[next_out], &slots[next_out]);
			next_out++;
		}
		if (next_out >= n)
			break;
		/* wait for the network */
		size_t idx;
		struct fetched f;
		char *err = NULL;
		int r = fr ? fetcher_next(fr, 100, &idx, &f, &err) : 0;
		if (r == 1) {
			struct slot *s = &slots[idx];
			s->failed = pipeline_process(&f, &o->fetch, &s->art, &s->err, pages ? &s->no_article : NULL) < 0;
			s->state = SLOT_DONE;
		} else if (r == -1) {
			slots[idx].failed = true;
			slots[idx].err = err;
			slots[idx].state = SLOT_DONE;
		} else if (r == 0) {
			/* nothing runs, yet something waits: cannot happen; do not spin */
			for (size_t k = next_out; k < n; k++)
				if (slots[k].state == SLOT_RUNNING) {
					slots[k].failed = true;
					slots[k].state = SLOT_DONE;
				}
		}
		progress_draw(&prog, next_out, n, fr ? fetcher_bytes(fr) : 0, failed);
	}
	progress_clear(&prog);
	fetcher_free(fr);
	free(fetcher_err);
	free(slots);
}

struct dump {
	const struct options *o;
	struct export_options eo;
	struct buf all;         /* for --output */
	int status, done;
	bool stop;              /* standard output is gone */
};

static void deliver_dump(void *ctx, const char *src, struct slot *s)
{
	struct dump *d = ctx;
	if (s->failed) {
		report(src, s->err);
		free(s->err);
		d->status = EXIT_SOME_FAILED;
		return;
	}
	free(s->err);
	if (d->stop) {
		article_free(&s->art);
		return;
	}
	struct buf out = BUF_INIT;
	/* text and Markdown articles are separated by a form-feed line */
	if (d->done > 0 && d->o->format != FORMAT_JSON)
		buf_puts(&out, "\f\n");
	int r = export_article(&s->art, &d->eo, &out);
	article_free(&s->art);
	if (r < 0 || out.failed) {
		report(src, strerror(ENOMEM));
		buf_free(&out);
		d->status = EXIT_SOME_FAILED;
		return;
	}
	d->done++;
	if (d->o->output) {
		buf_append(&d->all, out.data, out.len);
	} else if (!write_stdout(&out)) {
		int e = errno;
		if (e != EPIPE) {
			fprintf(stderr, "lede: %s: %s\n", _("standard output"), strerror(e));
			d->status = EXIT_SOME_FAILED;
		}
		d->stop = true;
	}
	buf_free(&out);
}

/* Read every SOURCE and print or save the articles. */
static int run_dump(const struct options *o)
{
	struct dump d = { o, { o->format, o->width, o->links, o->annotate }, BUF_INIT, 0, 0, false };
	read_sources(o, deliver_dump, &d, false);
	if (o->output) {
		if (d.all.failed) {
			report(o->output, strerror(ENOMEM));
			d.status = EXIT_SOME_FAILED;
		} else if (d.done > 0 && save_atomic(o->output, d.all.data, d.all.len, o->force) < 0) {
			if (errno == EEXIST)
				report(o->output, _("file exists; use --force to replace it"));
			else
				report(o->output, save_error(errno));
			d.status = EXIT_SOME_FAILED;
		}
		buf_free(&d.all);
	}
	return d.status;
}

struct pages {
	struct article *arts;
	bool *no_article;
	const char **sources;
	size_t n;
	int status;
};

static void deliver_page(void *ctx, const char *src, struct slot *s)
{
	struct pages *p = ctx;
	if (s->failed) {
		report(src, s->err);
		free(s->err);
		p->status = EXIT_SOME_FAILED;
		return;
	}
	/* a page without an article is still shown, with a notice */
	free(s->err);
	p->arts[p->n] = s->art;
	p->no_article[p->n] = s->no_article;
	p->sources[p->n] = src;
	p->n++;
}

/* What the pager reads a followed link or a reloaded page with. */
static int pager_load(void *ctx, const char *source, struct article *a, char **err, bool *no_article)
{
	const struct options *o = ctx;
	return pipeline_load(source, &o->fetch, a, err, no_article);
}

static int run_pager(const struct options *o)
{
	struct pages p = { calloc((size_t)o->nsources, sizeof *p.arts),
			   calloc((size_t)o->nsources, sizeof *p.no_article),
			   calloc((size_t)o->nsources, sizeof *p.sources), 0, 0 };
	if (!p.arts || !p.no_article || !p.sources) {
		free(p.arts);
		free(p.no_article);
		free(p.sources);
		report(o->sources[0], strerror(ENOMEM));
		return EXIT_SOME_FAILED;
	}
	read_sources(o, deliver_page, &p, true);
	int status = p.status;
	size_t n = p.n;
	struct article *arts = p.arts;
	if (n > 0) {
		/* the settings; their mistakes stay on the screen after the
		 * pager leaves */
		struct ui_config cfg;
		config_init(&cfg);
		if (!config_load(&cfg))
			report("config", strerror(ENOMEM));
		for (size_t i = 0; i < cfg.nerrors; i++)
			fprintf(stderr, "lede: %s\n", cfg.errors[i]);
		struct pager_options po = { .color = o->color, .no_article = p.no_article,
					    .sources = p.sources, .load = pager_load,
					    .load_ctx = (void *)o, .config = &cfg,
					    .no_panel = o->no_panel };
		char *err = NULL;
		int r = pager_run(arts, n, &po, &err);
		config_free(&cfg);
		if (r == PAGER_NO_TERMINAL) {
			/* like man on a terminal it cannot drive: print instead */
			struct export_options eo = { FORMAT_TEXT, 0, false, false };
			for (size_t i = 0; i < n; i++) {
				struct buf out = BUF_INIT;
				if (i > 0)
					buf_puts(&out, "\f\n");
				if (export_article(&arts[i], &eo, &out) < 0 || !write_stdout(&out))
					status = EXIT_SOME_FAILED;
				buf_free(&out);
			}
		} else if (r != PAGER_OK) {
			fprintf(stderr, "lede: %s\n", err ? err : strerror(ENOMEM));
			status = EXIT_SOME_FAILED;
		}
		free(err);
	}
	for (size_t i = 0; i < n; i++)
		article_free(&arts[i]);
	free(arts);
	free(p.no_article);
	free(p.sources);
	return status;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	bindtextdomain(PACKAGE, LOCALEDIR);
	textdomain(PACKAGE);
	signal(SIGPIPE, SIG_IGN);

	struct options o;
	parse_options(argc, argv, &o);
	static char *stdin_source[] = { (char *)"-", NULL };
	if (o.nsources == 0 && o.list_from_stdin)
		return 0;       /* an empty list: nothing to do */
	if (o.nsources == 0) {
		if (isatty(STDIN_FILENO))
			usage_error(_("no SOURCE given"));
		o.sources = stdin_source;
		o.nsources = 1;
	}
	int dashes = 0;
	for (int i = 0; i < o.nsources; i++)
		dashes += strcmp(o.sources[i], "-") == 0;
	if (dashes > 1 || (dashes > 0 && o.list_from_stdin))
		usage_error(_("standard input (-) can be read only once"));
	bool page = !o.dump && !o.output && isatty(STDOUT_FILENO);
	if (o.fetch.sandbox)
		sandbox_prepare();
	int status = page ? run_pager(&o) : run_dump(&o);
	fetch_cleanup();
	if (listed) {
		for (int i = listed_from; i < o.nsources; i++)
			free(o.sources[i]);
		free(listed);
	}
	return status;
}
