/* panel.c — what the side panel lists. */
#include <config.h>

#include "panel.h"
#include "../buf.h"
#include "../i18n.h"

#include <stdlib.h>
#include <string.h>

bool quote_listed(const struct article *a, size_t q)
{
	return q < a->nquotes && a->quotes[q].kind != QUOTE_SCARE && a->quotes[q].text &&
	       a->quotes[q].block < a->nblocks;
}

static bool add(struct panel *p, size_t *cap, enum pitem_type t, int index, int count,
		struct buf *text)
{
	char *s = NULL;
	if (text) {
		s = buf_steal(text);
		if (!s)
			return false;
	}
	struct pitem *v = array_grow(p->items, cap, p->n, sizeof *v);
	if (!v) {
		free(s);
		return false;
	}
	p->items = v;
	v[p->n++] = (struct pitem){ t, index, s, count };
	return true;
}

static bool add_text(struct panel *p, size_t *cap, enum pitem_type t, const char *s)
{
	struct buf b = BUF_INIT;
	buf_puts(&b, s);
	return add(p, cap, t, -1, 0, &b);
}

int panel_build(const struct article *a, int person, struct panel *p)
{
	memset(p, 0, sizeof *p);
	size_t cap = 0;
	bool ok = add_text(p, &cap, PI_HEADING, _("People"));
	size_t people = 0;
	for (size_t i = 0; ok && i < a->nentities; i++) {
		const struct entity *e = &a->entities[i];
		if (e->kind != ENTITY_PERSON)
			continue;
		struct buf b = BUF_INIT;
		buf_puts(&b, e->name);
		ok = add(p, &cap, PI_PERSON, (int)i, e->mentions, &b);
		people++;
	}
	if (ok && people == 0)
		ok = add_text(p, &cap, PI_NOTE, _("(no one named)"));
	if (ok)
		ok = add(p, &cap, PI_BLANK, -1, 0, NULL);
	if (ok) {
		struct buf h = BUF_INIT;
		if (person >= 0 && (size_t)person < a->nentities)
			buf_printf(&h, _("Quotes of %s"), a->entities[person].name);
		else
			buf_puts(&h, _("Quotes"));
		ok = add(p, &cap, PI_HEADING, -1, 0, &h);
	}
	size_t quotes = 0;
	for (size_t i = 0; ok && i < a->nquotes; i++) {
		const struct quote *q = &a->quotes[i];
		if (!quote_listed(a, i) || (person >= 0 && q->speaker != person))
			continue;
		struct buf b = BUF_INIT;
		if (q->speaker >= 0 && (size_t)q->speaker < a->nentities) {
			/* the family name is enough in a narrow column */
			const struct entity *e = &a->entities[q->speaker];
			const char *name = e->name, *sp = strrchr(name, ' ');
			buf_printf(&b, "%s: ", e->kind == ENTITY_PERSON && sp ? sp + 1 : name);
		}
		else
			buf_printf(&b, "%s: ", _("unattributed"));
		buf_printf(&b, "\u201C%s\u201D", q->text);
		ok = add(p, &cap, PI_QUOTE, (int)i, 0, &b);
		quotes++;
	}
	if (ok && quotes == 0)
		ok = add_text(p, &cap, PI_NOTE, _("(no quotes)"));
	if (!ok) {
		panel_free(p);
		return -1;
	}
	return 0;
}

void panel_free(struct panel *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->items[i].text);
	free(p->items);
	memset(p, 0, sizeof *p);
}

bool panel_selectable(const struct pitem *it)
{
	return it->type == PI_PERSON || it->type == PI_QUOTE;
}

size_t panel_step(const struct panel *p, size_t i, int dir)
{
	size_t k = i;
	while (dir > 0 ? k + 1 < p->n : k > 0) {
		k = dir > 0 ? k + 1 : k - 1;
		if (panel_selectable(&p->items[k]))
			return k;
	}
	return i;
}
