/* export.c — text, Markdown and JSON writers. */
#include <config.h>

#include "export.h"
#include "i18n.h"
#include "wrap.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool format_from_name(const char *name, enum format *f)
{
	if (strcmp(name, "text") == 0 || strcmp(name, "txt") == 0)
		*f = FORMAT_TEXT;
	else if (strcmp(name, "markdown") == 0 || strcmp(name, "md") == 0)
		*f = FORMAT_MARKDOWN;
	else if (strcmp(name, "json") == 0)
		*f = FORMAT_JSON;
	else
		return false;
	return true;
}

bool format_from_path(const char *path, enum format *f)
{
	const char *slash = strrchr(path, '/');
	const char *dot = strrchr(slash ? slash : path, '.');
	if (!dot)
		return false;
	dot++;
	if (strcasecmp(dot, "txt") == 0 || strcasecmp(dot, "text") == 0)
		*f = FORMAT_TEXT;
	else if (strcasecmp(dot, "md") == 0 || strcasecmp(dot, "markdown") == 0)
		*f = FORMAT_MARKDOWN;
	else if (strcasecmp(dot, "json") == 0)
		*f = FORMAT_JSON;
	else
		return false;
	return true;
}

void export_byline(const struct article *a, struct buf *out)
{
	const char *parts[3] = { a->author, a->published, a->site };
	size_t before = out->len;
	for (int i = 0; i < 3; i++) {
		if (!parts[i])
			continue;
		if (out->len > before)
			buf_puts(out, " \xC2\xB7 ");        /* · */
		if (i == 1 && strlen(parts[i]) > 10 && parts[i][10] == 'T')
			buf_append(out, parts[i], 10);      /* the date is enough */
		else
			buf_puts(out, parts[i]);
	}
}

/* ---- plain text ---- */

static void put_indent(struct buf *out, int n)
{
	for (int i = 0; i < n; i++)
		buf_putc(out, ' ');
}

/* Write text with a first-line prefix and an indent for the lines after,
 * wrapped to width (0: not wrapped). */
static void put_wrapped(struct buf *out, const char *s, size_t len, const char *prefix,
			int indent, int width)
{
	if (width <= 0) {
		/* a line a paragraph: only the block's own line breaks */
		buf_puts(out, prefix);
		for (size_t i = 0; i < len; i++) {
			buf_putc(out, s[i]);
			if (s[i] == '\n')
				for (int k = 0; k < indent; k++)
					buf_putc(out, ' ');
		}
		buf_putc(out, '\n');
		return;
	}
	int avail = width > 0 ? width - indent : 0;
	if (width > 0 && avail < 10)
		avail = 10;
	struct wrap_line *lines = NULL;
	long n = wrap_text(s, len, avail, &lines);
	if (n < 0) {
		out->failed = true;
		return;
	}
	for (long i = 0; i < n; i++) {
		if (i == 0)
			buf_puts(out, prefix);
		else
			put_indent(out, indent);
		buf_append(out, s + lines[i].start, lines[i].end - lines[i].start);
		buf_putc(out, '\n');
	}
	free(lines);
}

size_t export_table_rows(const struct article *a, size_t first, const char *indent, struct buf *out)
{
	size_t last = first;
	while (last < a->nblocks && a->blocks[last].type == BLOCK_TABLE_ROW)
		last++;
	enum { MAXCOLS = 64 };
	int widths[MAXCOLS] = { 0 };
	for (size_t r = first; r < last; r++) {
		const struct block *b = &a->blocks[r];
		size_t c = 0, start = 0;
		for (size_t i = 0; i <= b->len && c < MAXCOLS; i++)
			if (i == b->len || b->text[i] == '\t') {
				int w = text_width(b->text + start, i - start);
				if (w > widths[c])
					widths[c] = w;
				c++;
				start = i + 1;
			}
	}
	for (size_t r = first; r < last; r++) {
		const struct block *b = &a->blocks[r];
		size_t c = 0, start = 0;
		buf_puts(out, indent);
		for (size_t i = 0; i <= b->len; i++) {
			if (i < b->len && b->text[i] != '\t')
				continue;
			if (c > 0)
				buf_puts(out, "  ");
			buf_append(out, b->text + start, i - start);
			bool more = i < b->len;
			if (more && c < MAXCOLS)
				put_indent(out, widths[c] - text_width(b->text + start, i - start));
			c++;
			start = i + 1;
		}
		/* no trailing blanks */
		while (out->len > 0 && out->data[out->len - 1] == ' ')
			buf_truncate(out, out->len - 1);
		buf_putc(out, '\n');
	}
	return last;
}

static void text_header(const struct article *a, struct buf *out, int width)
{
	if (a->title)
		put_wrapped(out, a->title, strlen(a->title), "", 0, width);
	struct buf by = BUF_INIT;
	export_byline(a, &by);
	if (by.len)
		put_wrapped(out, by.data, by.len, "", 0, width);
	if (by.failed)
		out->failed = true;
	buf_free(&by);
	if (a->url) {
		buf_puts(out, a->url);
		buf_putc(out, '\n');
	}
}

static int by_end(const void *x, const void *y)
{
	const struct span *p = *(const struct span *const *)x, *q = *(const struct span *const *)y;
	if (p->end != q->end)
		return p->end < q->end ? -1 : 1;
	return p->start < q->start ? -1 : p->start > q->start;
}

/* A block's text with "[N]" after each link, N the link's number. */
static void text_with_refs(const struct block *b, struct buf *out)
{
	const struct span **ends = malloc(b->nspans * sizeof *ends);
	if (!ends) {
		out->failed = true;
		return;
	}
	size_t n = 0;
	for (size_t k = 0; k < b->nspans; k++)
		if (b->spans[k].kind == SPAN_LINK && b->spans[k].ref >= 0)
			ends[n++] = &b->spans[k];
	qsort(ends, n, sizeof *ends, by_end);
	size_t pos = 0;
	for (size_t k = 0; k < n; k++) {
		buf_append(out, b->text + pos, ends[k]->end - pos);
		buf_printf(out, "[%d]", ends[k]->ref + 1);
		pos = ends[k]->end;
	}
	buf_append(out, b->text + pos, b->len - pos);
	free(ends);
}

/* ---- --annotate: who is named, who said what ---- */

/* Quotes that are someone's words (not scare quotes or titles). */
static bool listed_quote(const struct quote *q)
{
	return q->kind != QUOTE_SCARE && q->text;
}

static const char *speaker_name(const struct article *a, const struct quote *q)
{
	if (q->speaker >= 0 && (size_t)q->speaker < a->nentities)
		return a->entities[q->speaker].name;
	return NULL;
}

static size_t count_people(const struct article *a)
{
	size_t n = 0;
	for (size_t i = 0; i < a->nentities; i++)
		n += a->entities[i].kind == ENTITY_PERSON;
	return n;
}

static size_t count_quotes(const struct article *a)
{
	size_t n = 0;
	for (size_t i = 0; i < a->nquotes; i++)
		n += listed_quote(&a->quotes[i]);
	return n;
}

static void text_annotations(const struct article *a, struct buf *out, int width)
{
	struct buf t = BUF_INIT;
	if (count_people(a) > 0) {
		buf_printf(out, "\n%s\n\n", _("People"));
		for (size_t i = 0; i < a->nentities; i++) {
			const struct entity *e = &a->entities[i];
			if (e->kind != ENTITY_PERSON)
				continue;
			buf_truncate(&t, 0);
			buf_printf(&t, "%s (%d)", e->name, e->mentions);
			put_wrapped(out, t.data, t.len, "* ", 2, width);
		}
	}
	if (count_quotes(a) > 0) {
		buf_printf(out, "\n%s\n\n", _("Quotes"));
		for (size_t i = 0; i < a->nquotes; i++) {
			const struct quote *q = &a->quotes[i];
			if (!listed_quote(q))
				continue;
			const char *who = speaker_name(a, q);
			buf_truncate(&t, 0);
			buf_printf(&t, "%s: \u201C%s\u201D", who ? who : _("(unattributed)"), q->text);
			put_wrapped(out, t.data, t.len, "* ", 2, width);
		}
	}
	if (t.failed)
		out->failed = true;
	buf_free(&t);
}

static int export_text(const struct article *a, const struct export_options *o, struct buf *out)
{
	text_header(a, out, o->width);
	for (size_t i = 0; i < a->nblocks;) {
		const struct block *b = &a->blocks[i];
		bool tight = i > 0 && b->type == BLOCK_LIST_ITEM &&
			     a->blocks[i - 1].type == BLOCK_LIST_ITEM;
		if (out->len > 0 && !tight)
			buf_putc(out, '\n');
		/* deep quotes and lists are drawn at a depth that still
		 * leaves room for the text (and fits the prefix) */
		int qi = (b->quote_depth > 6 ? 6 : b->quote_depth) * 4;
		char prefix[64];
		int pn = snprintf(prefix, sizeof prefix, "%*s", qi, "");
		switch (b->type) {
		case BLOCK_TABLE_ROW:
			i = export_table_rows(a, i, prefix, out);
			continue;
		case BLOCK_PRE: {
			/* verbatim, indented, never wrapped */
			size_t start = 0;
			for (size_t k = 0; k <= b->len; k++)
				if (k == b->len || b->text[k] == '\n') {
					put_indent(out, qi + 4);
					buf_append(out, b->text + start, k - start);
					buf_putc(out, '\n');
					start = k + 1;
				}
			break;
		}
		case BLOCK_IMAGE: {
			struct buf t = BUF_INIT;
			/* TRANSLATORS: the label of a picture's description: [image: …] */
			buf_printf(&t, "[%s: %s]", _("image"), b->text);
			if (t.failed)
				out->failed = true;
			else
				put_wrapped(out, t.data, t.len, prefix, qi, o->width);
			buf_free(&t);
			break;
		}
		case BLOCK_LIST_ITEM: {
			struct buf t = BUF_INIT;
			if (o->links && b->nspans > 0)
				text_with_refs(b, &t);
			const char *txt = t.data ? t.data : b->text;
			size_t tl = t.data ? t.len : b->len;
			if (t.failed)
				out->failed = true;
			int depth = b->level > 0 ? b->level > 8 ? 8 : b->level : 1;
			int ind = qi + 2 * (depth - 1);
			char marker[32];
			if (b->number > 0)
				snprintf(marker, sizeof marker, "%d. ", b->number);
			else if (b->number == 0)
				snprintf(marker, sizeof marker, "* ");
			else
				snprintf(marker, sizeof marker, "  ");
			int mw = (int)strlen(marker);
			snprintf(prefix + pn, sizeof prefix - (size_t)pn, "%*s%s", ind - qi, "", marker);
			put_wrapped(out, txt, tl, prefix, ind + mw, o->width);
			buf_free(&t);
			break;
		}
		default:
			if (o->links && b->nspans > 0) {
				struct buf t = BUF_INIT;
				text_with_refs(b, &t);
				if (t.failed)
					out->failed = true;
				else
					put_wrapped(out, t.data, t.len, prefix, qi, o->width);
				buf_free(&t);
			} else {
				put_wrapped(out, b->text, b->len, prefix, qi, o->width);
			}
			break;
		}
		i++;
	}
	if (o->annotate)
		text_annotations(a, out, o->width);
	if (o->links && a->nlinks > 0) {
		buf_printf(out, "\n%s\n\n", _("Links:"));
		for (size_t k = 0; k < a->nlinks; k++)
			buf_printf(out, "[%zu] %s\n", k + 1, a->links[k].url);
	}
	return out->failed ? -1 : 0;
}

/* ---- Markdown ---- */

/* Escape what Markdown would read as markup. */
static void md_escape(struct buf *out, const char *s, size_t len, bool line_start)
{
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (strchr("\\`*_[]<>|", c))
			buf_putc(out, '\\');
		else if (line_start && (c == '#' || c == '+' || c == '-' || c == '='))
			buf_putc(out, '\\');
		else if (line_start && c >= '0' && c <= '9') {
			/* "1. " at the start of a line would start a list */
			size_t k = i;
			while (k < len && s[k] >= '0' && s[k] <= '9')
				k++;
			if (k < len && (s[k] == '.' || s[k] == ')')) {
				buf_append(out, s + i, k - i);
				buf_putc(out, '\\');
				i = k - 1;
				line_start = false;
				continue;
			}
		}
		buf_putc(out, c);
		line_start = c == '\n';
	}
}

/* An address inside (…): parentheses and blanks percent-encoded. */
static void md_url(struct buf *out, const char *u)
{
	for (const char *p = u; *p; p++) {
		if (*p == '(' || *p == ')' || *p == ' ')
			buf_printf(out, "%%%02X", (unsigned char)*p);
		else
			buf_putc(out, *p);
	}
}

static const char *md_mark(enum span_kind k)
{
	switch (k) {
	case SPAN_EMPHASIS: return "*";
	case SPAN_STRONG: return "**";
	case SPAN_CODE: return "`";
	default: return "";
	}
}

/* A block's text with its spans as Markdown; newlines continue with cont. */
static void md_inline(struct buf *out, const struct article *a, const struct block *b,
		      const char *cont)
{
	const struct span *open[32];
	int nopen = 0;
	size_t next = 0, pos = 0;
	bool line_start = true;
	while (pos <= b->len) {
		/* close spans ending here, innermost first */
		while (nopen > 0 && open[nopen - 1]->end <= pos) {
			const struct span *s = open[--nopen];
			if (s->kind == SPAN_LINK) {
				buf_puts(out, "](");
				md_url(out, s->ref >= 0 ? a->links[s->ref].url : "");
				buf_putc(out, ')');
			} else {
				buf_puts(out, md_mark(s->kind));
			}
		}
		if (pos == b->len)
			break;
		/* open spans starting here, outermost first */
		while (next < b->nspans && b->spans[next].start <= pos) {
			const struct span *s = &b->spans[next++];
			/* names and quotes are not Markdown */
			if (s->kind == SPAN_MENTION || s->kind == SPAN_QUOTE)
				continue;
			if (s->start < pos || s->end <= s->start || nopen == 32)
				continue;
			/* a code span inside a link or emphasis is fine; nothing crosses */
			if (nopen > 0 && s->end > open[nopen - 1]->end)
				continue;
			buf_puts(out, s->kind == SPAN_LINK ? "[" : md_mark(s->kind));
			open[nopen++] = s;
			line_start = false;
		}
		size_t stop = b->len;
		while (next < b->nspans && (b->spans[next].kind == SPAN_MENTION ||
					    b->spans[next].kind == SPAN_QUOTE))
			next++;
		if (next < b->nspans && b->spans[next].start < stop)
			stop = b->spans[next].start;
		if (nopen > 0 && open[nopen - 1]->end < stop)
			stop = open[nopen - 1]->end;
		for (int k = 0; k < nopen; k++)
			if (open[k]->end < stop)
				stop = open[k]->end;
		if (stop == pos) /* never inside a character */
			while (++stop < b->len && ((unsigned char)b->text[stop] & 0xC0) == 0x80)
				;
		bool in_code = false;
		for (int k = 0; k < nopen; k++)
			in_code = in_code || open[k]->kind == SPAN_CODE;
		for (size_t i = pos; i < stop; i++) {
			if (b->text[i] == '\n') {
				buf_puts(out, "  \n");
				buf_puts(out, cont);
				line_start = true;
				continue;
			}
			size_t j = i;
			while (j < stop && b->text[j] != '\n')
				j++;
			if (in_code)
				buf_append(out, b->text + i, j - i);
			else
				md_escape(out, b->text + i, j - i, line_start);
			line_start = false;
			i = j - 1;
		}
		pos = stop;
	}
}

static void md_fence(struct buf *out, const char *prefix, const struct block *b)
{
	const char *fence = strstr(b->text, "```") ? "~~~~" : "```";
	buf_puts(out, prefix);
	buf_puts(out, fence);
	buf_putc(out, '\n');
	size_t start = 0;
	for (size_t k = 0; k <= b->len; k++)
		if (k == b->len || b->text[k] == '\n') {
			buf_puts(out, prefix);
			buf_append(out, b->text + start, k - start);
			buf_putc(out, '\n');
			start = k + 1;
		}
	buf_puts(out, prefix);
	buf_puts(out, fence);
	buf_putc(out, '\n');
}

static size_t md_table(struct buf *out, const struct article *a, size_t first, const char *prefix)
{
	size_t r = first;
	int cols = 0;
	for (; r < a->nblocks && a->blocks[r].type == BLOCK_TABLE_ROW; r++) {
		const struct block *b = &a->blocks[r];
		int c = 1;
		for (size_t i = 0; i < b->len; i++)
			c += b->text[i] == '\t';
		if (c > cols)
			cols = c;
		buf_puts(out, prefix);
		buf_puts(out, "| ");
		int written = 1;
		for (size_t i = 0, start = 0; i <= b->len; i++) {
			if (i < b->len && b->text[i] != '\t')
				continue;
			if (start > 0) {
				buf_puts(out, " | ");
				written++;
			}
			md_escape(out, b->text + start, i - start, false);
			start = i + 1;
		}
		for (; written < cols; written++)
			buf_puts(out, " |");
		buf_puts(out, " |\n");
		if (r == first) {
			buf_puts(out, prefix);
			buf_putc(out, '|');
			for (int k = 0; k < c; k++)
				buf_puts(out, " --- |");
			buf_putc(out, '\n');
		}
	}
	return r;
}

static void md_annotations(const struct article *a, struct buf *out)
{
	if (count_people(a) > 0) {
		buf_printf(out, "\n## %s\n\n", _("People"));
		for (size_t i = 0; i < a->nentities; i++) {
			const struct entity *e = &a->entities[i];
			if (e->kind != ENTITY_PERSON)
				continue;
			buf_puts(out, "- ");
			md_escape(out, e->name, strlen(e->name), false);
			buf_printf(out, " (%d)\n", e->mentions);
		}
	}
	if (count_quotes(a) > 0) {
		buf_printf(out, "\n## %s\n\n", _("Quotes"));
		for (size_t i = 0; i < a->nquotes; i++) {
			const struct quote *q = &a->quotes[i];
			if (!listed_quote(q))
				continue;
			const char *who = speaker_name(a, q);
			buf_puts(out, "- ");
			if (who) {
				buf_puts(out, "**");
				md_escape(out, who, strlen(who), false);
				buf_puts(out, "**");
			} else {
				buf_puts(out, _("(unattributed)"));
			}
			buf_puts(out, ": \u201C");
			md_escape(out, q->text, strlen(q->text), false);
			buf_puts(out, "\u201D\n");
		}
	}
}

static int export_markdown(const struct article *a, const struct export_options *o,
			   struct buf *out)
{
	if (a->title) {
		buf_puts(out, "# ");
		md_escape(out, a->title, strlen(a->title), false);
		buf_putc(out, '\n');
	}
	struct buf by = BUF_INIT;
	export_byline(a, &by);
	if (by.len || a->url)
		buf_putc(out, '\n');
	if (by.len) {
		buf_putc(out, '*');
		md_escape(out, by.data, by.len, false);
		buf_puts(out, a->url ? "*  \n" : "*\n");
	}
	if (by.failed)
		out->failed = true;
	buf_free(&by);
	if (a->url)
		buf_printf(out, "<%s>\n", a->url);
	for (size_t i = 0; i < a->nblocks;) {
		const struct block *b = &a->blocks[i];
		const struct block *prev = i > 0 ? &a->blocks[i - 1] : NULL;
		bool tight = prev && b->type == BLOCK_LIST_ITEM && prev->type == BLOCK_LIST_ITEM;
		if (out->len > 0 && !tight) {
			/* a blank line inside a block quote keeps the quote going */
			int q = prev && prev->quote_depth < b->quote_depth ? prev->quote_depth : b->quote_depth;
			for (int k = 0; k < q; k++)
				buf_puts(out, k ? " >" : ">");
			buf_putc(out, '\n');
		}
		char prefix[80] = "";
		size_t pl = 0;
		for (int q = 0; q < b->quote_depth && pl + 3 < sizeof prefix; q++) {
			memcpy(prefix + pl, "> ", 2);
			pl += 2;
		}
		prefix[pl] = '\0';
		switch (b->type) {
		case BLOCK_HEADING:
			buf_puts(out, prefix);
			for (int k = 0; k < (b->level < 2 ? 2 : b->level > 6 ? 6 : b->level); k++)
				buf_putc(out, '#');
			buf_putc(out, ' ');
			md_inline(out, a, b, prefix);
			buf_putc(out, '\n');
			break;
		case BLOCK_PRE:
			md_fence(out, prefix, b);
			break;
		case BLOCK_TABLE_ROW:
			i = md_table(out, a, i, prefix);
			continue;
		case BLOCK_LIST_ITEM: {
			int depth = b->level > 0 ? b->level : 1;
			char cont[160];
			snprintf(cont, sizeof cont, "%s%*s", prefix, 4 * depth, "");
			buf_puts(out, prefix);
			for (int k = 1; k < depth; k++)
				buf_puts(out, "    ");
			if (b->number > 0)
				buf_printf(out, "%d. ", b->number);
			else if (b->number == 0)
				buf_puts(out, "-   ");
			else
				buf_puts(out, "    ");
			md_inline(out, a, b, cont);
			buf_putc(out, '\n');
			break;
		}
		case BLOCK_CAPTION:
			buf_puts(out, prefix);
			buf_putc(out, '*');
			md_inline(out, a, b, prefix);
			buf_puts(out, "*\n");
			break;
		case BLOCK_IMAGE:
			buf_puts(out, prefix);
			if (b->src) {
				buf_puts(out, "![");
				md_escape(out, b->text, b->len, false);
				buf_puts(out, "](");
				md_url(out, b->src);
				buf_puts(out, ")\n");
			} else {
				buf_puts(out, "\\[");
				buf_puts(out, _("image"));
				buf_puts(out, ": ");
				md_escape(out, b->text, b->len, false);
				buf_puts(out, "\\]\n");
			}
			break;
		case BLOCK_QUOTE:
		case BLOCK_PARAGRAPH:
		default:
			buf_puts(out, prefix);
			md_inline(out, a, b, prefix);
			buf_putc(out, '\n');
			break;
		}
		i++;
	}
	if (o->annotate)
		md_annotations(a, out);
	return out->failed ? -1 : 0;
}

/* ---- JSON ---- */

static json_t *jstr(const char *s)
{
	return s ? json_string(s) : json_null();
}

static int export_json(const struct article *a, struct buf *out)
{
	json_t *o = json_object();
	json_t *blocks = json_array(), *links = json_array();
	struct buf text = BUF_INIT;
	if (!o || !blocks || !links)
		goto fail;
	for (size_t i = 0; i < a->nblocks; i++) {
		const struct block *b = &a->blocks[i];
		/* "text" is the article's words: images are only described */
		if (b->type != BLOCK_IMAGE) {
			if (text.len)
				buf_puts(&text, "\n\n");
			buf_append(&text, b->text, b->len);
		}
		json_t *jb = json_object();
		if (!jb || json_array_append_new(blocks, jb) < 0)
			goto fail;
		json_object_set_new(jb, "type", json_string(block_type_name(b->type)));
		json_object_set_new(jb, "text", json_stringn(b->text, b->len));
		if (b->type == BLOCK_HEADING || b->type == BLOCK_LIST_ITEM)
			json_object_set_new(jb, "level", json_integer(b->level));
		if (b->type == BLOCK_LIST_ITEM && b->number > 0)
			json_object_set_new(jb, "number", json_integer(b->number));
		if (b->quote_depth > 0 && b->type != BLOCK_QUOTE)
			json_object_set_new(jb, "quoted", json_true());
		if (b->type == BLOCK_IMAGE)
			json_object_set_new(jb, "url", jstr(b->src));
	}
	for (size_t i = 0; i < a->nlinks; i++) {
		json_t *l = json_object();
		if (!l || json_array_append_new(links, l) < 0)
			goto fail;
		json_object_set_new(l, "text", jstr(a->links[i].text));
		json_object_set_new(l, "url", jstr(a->links[i].url));
	}
	if (text.failed)
		goto fail;
	json_object_set_new(o, "url", jstr(a->url));
	json_object_set_new(o, "title", jstr(a->title));
	json_object_set_new(o, "author", jstr(a->author));
	json_object_set_new(o, "published", jstr(a->published));
	json_object_set_new(o, "site", jstr(a->site));
	json_object_set_new(o, "lang", jstr(a->lang));
	json_object_set_new(o, "excerpt", jstr(a->excerpt));
	json_object_set_new(o, "text", json_stringn(text.data ? text.data : "", text.len));
	json_object_set_new(o, "blocks", blocks);
	json_object_set_new(o, "links", links);
	blocks = links = NULL;
	static const char *const group[] = { "people", "organizations", "places" };
	static const enum entity_kind kind[] = { ENTITY_PERSON, ENTITY_ORGANIZATION, ENTITY_PLACE };
	for (size_t g = 0; g < 3; g++) {
		json_t *arr = json_array();
		if (!arr || json_object_set_new(o, group[g], arr) < 0)
			goto fail;
		for (size_t i = 0; i < a->nentities; i++) {
			const struct entity *e = &a->entities[i];
			if (e->kind != kind[g])
				continue;
			json_t *je = json_object(), *al = NULL;
			if (!je || json_array_append_new(arr, je) < 0)
				goto fail;
			json_object_set_new(je, "name", jstr(e->name));
			if (e->kind == ENTITY_PERSON) {
				al = json_array();
				for (size_t k = 0; al && k < e->naliases; k++)
					json_array_append_new(al, jstr(e->aliases[k]));
				json_object_set_new(je, "aliases", al ? al : json_array());
			}
			json_object_set_new(je, "mentions", json_integer(e->mentions));
		}
	}
	json_t *quotes = json_array();
	if (!quotes || json_object_set_new(o, "quotes", quotes) < 0)
		goto fail;
	for (size_t i = 0; i < a->nquotes; i++) {
		const struct quote *q = &a->quotes[i];
		/* scare quotes and titles are nobody's words */
		if (q->kind == QUOTE_SCARE)
			continue;
		json_t *jq = json_object();
		if (!jq || json_array_append_new(quotes, jq) < 0)
			goto fail;
		json_object_set_new(jq, "text", jstr(q->text));
		json_object_set_new(jq, "speaker", q->speaker >= 0 && (size_t)q->speaker < a->nentities ?
				    jstr(a->entities[q->speaker].name) : json_null());
		json_object_set_new(jq, "kind", json_string(quote_kind_name(q->kind)));
	}
	buf_free(&text);
	char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(o);
	if (!s)
		return -1;
	buf_puts(out, s);
	buf_putc(out, '\n');
	free(s);
	return out->failed ? -1 : 0;
fail:
	json_decref(o);
	json_decref(blocks);
	json_decref(links);
	buf_free(&text);
	return -1;
}

int export_article(const struct article *a, const struct export_options *o, struct buf *out)
{
	switch (o->format) {
	case FORMAT_MARKDOWN:
		return export_markdown(a, o, out);
	case FORMAT_JSON:
		return export_json(a, out);
	case FORMAT_TEXT:
	default:
		return export_text(a, o, out);
	}
}
