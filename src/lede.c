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
#include "save.h"
#include "ui/pager.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdint.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
		 "      --color=WHEN       use color in the pager: auto, always or never\n"
		 "      --timeout=SECONDS  give up on a download after SECONDS (default 30)\n"
		 "      --max-size=BYTES   refuse pages larger than BYTES (default 32M;\n"
		 "                         suffixes k, M, G)\n"
		 "      --user-agent=TEXT  the User-Agent to send\n"
		 "  -h, --help             show this help and exit\n"
		 "  -V, --version          show the version and exit\n\n"));
	printf(_("Keys in the pager: j, k, Down, Up scroll a line; Space, b a page;\n"
		 "d, u half a page; g, G top and end; :n, :p next and previous article;\n"
		 "h help; q quit.\n\n"));
	printf(_("Exit status: 0 if every SOURCE was read, 1 if some failed (the others\n"
		 "are still shown), 2 for a usage error.\n"));
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

static void parse_options(int argc, char **argv, struct options *o)
{
	enum { OPT_COLOR = 256, OPT_FORCE, OPT_TIMEOUT, OPT_MAX_SIZE, OPT_USER_AGENT, OPT_LINKS };
	static const struct option longs[] = {
		{ "dump", no_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, OPT_FORCE },
		{ "width", required_argument, NULL, 'w' },
		{ "links", no_argument, NULL, OPT_LINKS },
		{ "color", required_argument, NULL, OPT_COLOR },
		{ "colour", required_argument, NULL, OPT_COLOR },
		{ "timeout", required_argument, NULL, OPT_TIMEOUT },
		{ "max-size", required_argument, NULL, OPT_MAX_SIZE },
		{ "user-agent", required_argument, NULL, OPT_USER_AGENT },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	memset(o, 0, sizeof *o);
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, ":df:o:w:hV", longs, NULL)) != -1) {
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
			o->output = optarg;
			break;
		case OPT_FORCE:
			o->force = true;
			break;
		case OPT_LINKS:
			o->links = true;
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
			exit(0);
		case 'V':
			version();
			exit(0);
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

/* Read every SOURCE and print or save the articles. */
static int run_dump(const struct options *o)
{
	struct export_options eo = { o->format, o->width, o->links };
	struct buf all = BUF_INIT;      /* for --output */
	int status = 0, done = 0;
	for (int i = 0; i < o->nsources; i++) {
		const char *src = o->sources[i];
		struct article a;
		char *err = NULL;
		if (pipeline_load(src, &o->fetch, &a, &err, NULL) < 0) {
			report(src, err);
			free(err);
			status = EXIT_SOME_FAILED;
			continue;
		}
		struct buf out = BUF_INIT;
		/* text and Markdown articles are separated by a form-feed line */
		if (done > 0 && o->format != FORMAT_JSON)
			buf_puts(&out, "\f\n");
		int r = export_article(&a, &eo, &out);
		article_free(&a);
		if (r < 0 || out.failed) {
			report(src, strerror(ENOMEM));
			buf_free(&out);
			status = EXIT_SOME_FAILED;
			continue;
		}
		done++;
		if (o->output) {
			buf_append(&all, out.data, out.len);
		} else if (!write_stdout(&out)) {
			int e = errno;
			buf_free(&out);
			if (e == EPIPE)
				return status;
			fprintf(stderr, "lede: %s: %s\n", _("standard output"), strerror(e));
			return EXIT_SOME_FAILED;
		}
		buf_free(&out);
	}
	if (o->output) {
		if (all.failed) {
			report(o->output, strerror(ENOMEM));
			status = EXIT_SOME_FAILED;
		} else if (done > 0 && save_atomic(o->output, all.data, all.len, o->force) < 0) {
			if (errno == EEXIST)
				report(o->output, _("file exists; use --force to replace it"));
			else
				report(o->output, strerror(errno));
			status = EXIT_SOME_FAILED;
		}
		buf_free(&all);
	}
	return status;
}

static int run_pager(const struct options *o)
{
	struct article *arts = calloc((size_t)o->nsources, sizeof *arts);
	bool *no_article = calloc((size_t)o->nsources, sizeof *no_article);
	if (!arts || !no_article) {
		free(arts);
		free(no_article);
		report(o->sources[0], strerror(ENOMEM));
		return EXIT_SOME_FAILED;
	}
	int status = 0;
	size_t n = 0;
	for (int i = 0; i < o->nsources; i++) {
		char *err = NULL;
		/* a page without an article is still shown, with a notice */
		if (pipeline_load(o->sources[i], &o->fetch, &arts[n], &err, &no_article[n]) < 0) {
			report(o->sources[i], err);
			free(err);
			status = EXIT_SOME_FAILED;
			continue;
		}
		free(err);
		n++;
	}
	if (n > 0) {
		struct pager_options po = { .color = o->color, .no_article = no_article };
		char *err = NULL;
		int r = pager_run(arts, n, &po, &err);
		if (r == PAGER_NO_TERMINAL) {
			/* like man on a terminal it cannot drive: print instead */
			struct export_options eo = { FORMAT_TEXT, 0, false };
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
	free(no_article);
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
	if (o.nsources == 0) {
		if (isatty(STDIN_FILENO))
			usage_error(_("no SOURCE given"));
		o.sources = stdin_source;
		o.nsources = 1;
	}
	int dashes = 0;
	for (int i = 0; i < o.nsources; i++)
		dashes += strcmp(o.sources[i], "-") == 0;
	if (dashes > 1)
		usage_error(_("standard input (-) can be read only once"));
	bool page = !o.dump && !o.output && isatty(STDOUT_FILENO);
	int status = page ? run_pager(&o) : run_dump(&o);
	fetch_cleanup();
	return status;
}
