/* quotes.c — quotations, their kinds and their speakers.
 *
 * Marks are paired within a block, so an unbalanced one costs at most its
 * own paragraph; a quote left open at the end of a paragraph goes on when
 * the next paragraph opens with the same mark (the newspaper convention
 * for a quote over several paragraphs). Block quotes are quotes of their
 * own. A speaker is looked for where news writing puts one: "…,” Burns
 * said", "said Burns", "Burns said, “…”", "according to Burns", an
 * introduction ending in a colon, "he added" (the last person named
 * before), "the senator said" (the one senator of the article). When none
 * of these fits, the quote has no speaker: better none than a wrong one. */
#include <config.h>

#include "internal.h"
#include "lists.h"
#include "../buf.h"

#include <stdlib.h>
#include <string.h>

#define STACK_MAX 8

struct mark {
	size_t unit;
	uint32_t tok;
	uint32_t cp;
};

/* Whether the word at i begins with a digit. */
static bool has_digit_tok(const struct unit *u, size_t i)
{
	return tok_word(u, i) && (u->tk.v[i].flags & TK_DIGIT);
}

static bool closes(uint32_t open, uint32_t cp)
{
	if (cp == quote_partner(open))
		return true;
	/* German „…“ and ‚…‘ */
	return (open == 0x201E && cp == 0x201C) || (open == 0x201A && cp == 0x2018);
}

/* Marks that may carry a quote over to the next paragraph. */
static bool double_mark(uint32_t cp)
{
	return cp == 0x201C || cp == '"' || cp == 0x00AB || cp == 0x201E || cp == 0x300C ||
	       cp == 0x2018;
}

static struct qrec *new_quote(struct analysis *an)
{
	struct qrec *v = array_grow(an->q, &an->capq, an->nq, sizeof *v);
	if (!v) {
		an->failed = true;
		return NULL;
	}
	an->q = v;
	memset(&v[an->nq], 0, sizeof *v);
	v[an->nq].speaker = -1;
	return &v[an->nq++];
}

static void pair(struct analysis *an, struct mark open, size_t unit, size_t tok)
{
	struct unit *u0 = &an->u[open.unit], *u1 = &an->u[unit];
	if (open.unit == unit && tok == open.tok + 1)
		return;                 /* “” */
	struct qrec *q = new_quote(an);
	if (!q)
		return;
	q->u0 = open.unit;
	q->u1 = unit;
	q->o = open.tok;
	q->c = (uint32_t)tok;
	q->start = u0->tk.v[open.tok].end;
	q->end = tok < u1->tk.n ? u1->tk.v[tok].start : u1->len;
	for (size_t k = open.unit; k <= unit; k++) {
		struct unit *u = &an->u[k];
		if (k != open.unit && k != unit && u->picture)
			continue;       /* a picture set between its paragraphs */
		size_t from = k == open.unit ? open.tok + 1 : 0, to = k == unit ? tok : u->tk.n;
		for (size_t t = from; t < to; t++)
			if (u->inq[t] < 255)
				u->inq[t]++;
	}
}

/* A quote its paragraph never closes, nor the next goes on with: closed
 * where the paragraph ends, if it ends a sentence there (“He thinks
 * daddy is still at work. — the mark the writer forgot). */
static void close_at_end(struct analysis *an, struct mark open)
{
	const struct unit *u = &an->u[open.unit];
	size_t n = u->tk.n, words = 0;
	for (size_t t = open.tok + 1; t < n; t++)
		words += tok_word(u, t);
	if (n == 0 || words < 3 || tok_word(u, n - 1) ||
	    !(tok_punct(u, n - 1, '.') || tok_punct(u, n - 1, '!') || tok_punct(u, n - 1, '?')))
		return;
	/* ‘ is an elision as often ("a tour of ‘Merica", "‘em"): only where
	 * a ’ taken for an apostrophe ends it ("… the misery of others’.") */
	if (open.cp == 0x2018) {
		/* (the ’ is left out of the word before the stop: look between
		 * them) */
		const struct token *w = &u->tk.v[n - 2], *stop = &u->tk.v[n - 1];
		if (n - 2 <= open.tok || stop->start - w->end != 3 ||
		    memcmp(tok_ptr(u, n - 1) - 3, "\xE2\x80\x99", 3))
			return;
	}
	pair(an, open, open.unit, n);
}

/* Pair the marks of every unit. */
static void pair_marks(struct analysis *an)
{
	struct mark carry = { 0, 0, 0 };
	bool carrying = false;
	size_t carry_last = 0;  /* the last paragraph the carried quote is in */
	for (size_t ui = 0; ui < an->nu && !an->failed; ui++) {
		struct unit *u = &an->u[ui];
		struct mark stack[STACK_MAX];
		size_t depth = 0, t = 0;
		/* a picture and its caption set between two paragraphs of a
		 * quote: the quote goes on past them */
		bool passing = carrying && u->picture && u->block != UNIT_TITLE && ui - carry_last <= 3 &&
			       u->block == an->u[ui - 1].block + 1;
		if (carrying && !passing) {
			/* a quote goes on in this paragraph if it opens with the
			 * same mark, and this paragraph follows at once (or
			 * after the pictures passed) */
			const struct unit *p = &an->u[carry_last];
			bool next = u->block == an->u[ui - 1].block + 1;
			if (u->block != UNIT_TITLE && p->block != UNIT_TITLE && next && u->paragraph &&
			    u->tk.n > 0 && (u->tk.v[0].flags & TK_OPENQ) && u->tk.v[0].cp == carry.cp) {
				stack[depth++] = carry;
				u->cont = true;
				t = 1;
			} else if (carry.unit == carry_last)
				close_at_end(an, carry);
			carrying = false;
		}
		for (; t < u->tk.n; t++) {
			const struct token *tk = &u->tk.v[t];
			if (!(tk->flags & (TK_OPENQ | TK_CLOSEQ)))
				continue;
			uint32_t cp = tk->cp;
			if (depth > 0 && closes(stack[depth - 1].cp, cp)) {
				pair(an, stack[--depth], ui, t);
				continue;
			}
			/* “…,“ with the opening mark turned round: glued to the
			 * word before it and not to one after */
			if (depth > 0 && stack[depth - 1].cp == 0x201C && cp == 0x201C && t > 0 &&
			    u->tk.v[t - 1].end == tk->start && !u->inq[t - 1] &&
			    (t + 1 >= u->tk.n || u->tk.v[t + 1].start > tk->end || !tok_word(u, t + 1))) {
				pair(an, stack[--depth], ui, t);
				continue;
			}
			/* a page that mixes its marks: "…” and “…" (not the
			 * inches of 6'7") */
			if (depth > 0 && (tk->flags & TK_CLOSEQ) &&
			    ((stack[depth - 1].cp == '"' && cp == 0x201D) ||
			     (stack[depth - 1].cp == 0x201C && cp == '"' && !(t > 0 && has_digit_tok(u, t - 1))))) {
				pair(an, stack[--depth], ui, t);
				continue;
			}
			/* a closing mark for an outer quote: the inner ones were
			 * not quotes ("the ‘90s”) */
			size_t d = depth;
			while (d > 0 && !closes(stack[d - 1].cp, cp))
				d--;
			if (d > 0 && cp != 0x2019 && cp != '\'') {
				depth = d - 1;
				pair(an, stack[depth], ui, t);
				continue;
			}
			if (!(tk->flags & TK_OPENQ))
				continue;       /* an apostrophe, or a stray mark */
			/* the same mark opening again: the earlier one was never
			 * closed */
			for (size_t k = 0; k < depth; k++)
				if (stack[k].cp == cp) {
					depth = k;
					break;
				}
			if (depth < STACK_MAX)
				stack[depth++] = (struct mark){ ui, (uint32_t)t, cp };
		}
		if (passing)
			continue;
		if (depth > 0 && double_mark(stack[0].cp) && u->block != UNIT_TITLE) {
			carry = stack[0];
			carrying = true;
			carry_last = ui;
		}
	}
	if (carrying && carry.unit == carry_last)
		close_at_end(an, carry);
}

/* ---- block quotes ---- */

static bool only_punct_after(const struct unit *u, size_t t)
{
	for (size_t k = t + 1; k < u->tk.n; k++)
		if (tok_word(u, k))
			return false;
	return true;
}

static int by_position(const void *pa, const void *pb)
{
	const struct qrec *a = pa, *b = pb;
	if (a->u0 != b->u0)
		return a->u0 < b->u0 ? -1 : 1;
	if (a->block != b->block)
		return a->block ? -1 : 1;
	return a->o < b->o ? -1 : a->o > b->o;
}

static bool dash(const struct unit *u, size_t i)
{
	return tok_punct(u, i, 0x2014) || tok_punct(u, i, 0x2013);
}

/* Where a post's signature begins at the end of a line: a dash, a name,
 * and its handle in brackets ("— Jane Doe (@janedoe) …"); SIZE_MAX if
 * none. */
static size_t signature_at(const struct unit *u)
{
	for (size_t i = u->tk.n; i-- > 0;) {
		if (!dash(u, i))
			continue;
		/* (a display name may be in lower case: "anna or whatever") */
		size_t k = i + 1;
		while (k < u->tk.n && k < i + 6 && tok_word(u, k))
			k++;
		if (k > i + 1 && tok_punct(u, k, '(') && tok_punct(u, k + 1, '@'))
			return i;
		return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* Whether unit k is a quoted post's signature line, right after the line
 * before it in the same block quote ("— Jane Doe (@janedoe) …"). */
static bool signature_line(const struct analysis *an, size_t k)
{
	const struct unit *u = &an->u[k];
	return k > 0 && k < an->nu && u->in_blockquote && u->block == an->u[k - 1].block + 1 && u->tk.n > 0 &&
	       dash(u, 0);
}

static void block_quotes(struct analysis *an)
{
	for (size_t g0 = 0; g0 < an->nu && !an->failed;) {
		if (!an->u[g0].in_blockquote) {
			g0++;
			continue;
		}
		/* (two posts quoted one after the other are two quotes: a
		 * signature line ends one) */
		size_t g1 = g0;
		while (g1 + 1 < an->nu && an->u[g1 + 1].in_blockquote &&
		       an->u[g1 + 1].block == an->u[g1].block + 1 && !(g1 > g0 && signature_line(an, g1)))
			g1++;
		/* a post's signature, "— Jane Doe (@janedoe) December 31,
		 * 2014", says who wrote it and is no part of it: a line of its
		 * own, or at the end of the last line */
		size_t sig_tok = SIZE_MAX;
		if (g1 > g0 && signature_line(an, g1))
			g1--;
		else
			sig_tok = signature_at(&an->u[g1]);
		const struct unit *first = &an->u[g0], *last = &an->u[g1];
		size_t start = 0, end = last->len;
		/* marks around the whole block quote are not a quote of their own */
		for (size_t i = 0; i < an->nq; i++) {
			struct qrec *q = &an->q[i];
			if (q->u0 == g0 && q->o == 0 && q->u1 == g1 && only_punct_after(last, q->c)) {
				q->dead = true;
				start = q->start;
				end = q->end;
			}
		}
		struct qrec *q = new_quote(an);
		if (!q)
			return;
		q->u0 = g0;
		q->u1 = g1;
		q->block = true;
		q->o = 0;
		q->c = (uint32_t)last->tk.n;
		q->start = start;
		q->end = end;
		if (sig_tok != SIZE_MAX && sig_tok > 0) {
			q->c = (uint32_t)sig_tok;
			q->end = last->tk.v[sig_tok].start;
			while (q->end > 0 && last->text[q->end - 1] == ' ')
				q->end--;
		}
		q->kind = QUOTE_DIRECT;
		(void)first;
		for (size_t k = g0; k <= g1; k++)
			for (size_t t = 0; t < (k == g1 ? q->c : an->u[k].tk.n); t++)
				if (an->u[k].inq[t] < 255)
					an->u[k].inq[t]++;
		g0 = g1 + 1;
		if (signature_line(an, g0))
			g0++;
	}
}

/* ---- speakers ---- */

enum found { NOT_FOUND, FOUND, BLOCKED };

/* Whether the word at i is an -ing form ("speaking", "adding"). */
static bool participle(const struct unit *u, size_t i)
{
	char low[KEY_MAX];
	size_t n = tok_lower(u, i, low) ? strlen(low) : 0;
	return n > 4 && !strcmp(low + n - 3, "ing");
}

/* Whether a name of that kind, outside the quotes, is at token t. */
static bool named(const struct analysis *an, const struct unit *u, size_t t, enum entity_kind kind)
{
	return t < u->tk.n && u->ent[t] >= 0 && !u->inq[t] && an->e[u->ent[t]].kind == kind;
}

static bool speaker_entity(const struct analysis *an, int e)
{
	return e >= 0 && (an->e[e].kind == ENTITY_PERSON || an->e[e].kind == ENTITY_ORGANIZATION);
}

/* "the Obama administration": a name used as a noun's modifier is not
 * someone who speaks. */
static bool attributive(const struct unit *u, size_t i)
{
	return i + 1 < u->tk.n && (tok_is(u, i + 1, "administration") || tok_is(u, i + 1, "campaign") ||
				   tok_is(u, i + 1, "era") || tok_is(u, i + 1, "supporters") ||
				   tok_is(u, i + 1, "government"));
}

static bool verb(const struct unit *u, size_t i);
static size_t name_end(const struct unit *u, size_t i);

/* Whether token i is an age: "36-year-old". */
static bool year_old(const struct unit *u, size_t i)
{
	return tok_len(u, i) > 9 && (u->tk.v[i].flags & TK_DIGIT) &&
	       !memcmp(tok_ptr(u, i) + tok_len(u, i) - 9, "-year-old", 9);
}
static bool sentence_end(const struct unit *u, size_t i);
static bool aside(const struct unit *u);

/* A short line that credits a picture: "Win McNamee/Getty Images",
 * "Photo: AP". */
static bool credit_line(const struct unit *u)
{
	if (u->tk.n == 0 || u->tk.n > 12)
		return false;
	static const char *const openers[] = { "photo", "photograph", "credit", "image", "caption", "toggle" };
	if (TOK_AMONG(u, 0, openers))
		return true;
	for (size_t t = 1; t + 1 < u->tk.n; t++)
		if ((tok_punct(u, t, '/') && tok_cap(u, t - 1) && tok_cap(u, t + 1)) || tok_is(u, t, "getty"))
			return true;
	return false;
}

/* What "he" or "she" at i may be said of: 'f', 'm', or 0 for "it" and
 * "they". */
static char pronoun_gender(const struct unit *u, size_t i, bool plural)
{
	if (plural)
		return 0;
	return (tok_ptr(u, i)[0] | 0x20) == 's' ? 'f' : 'm';
}

/* Whether the entity named at token i may be what a pronoun of that
 * number and gender stands for. */
static bool fits(const struct analysis *an, const struct unit *u, size_t i, bool plural, char gender)
{
	int e = u->ent[i];
	if (e < 0 || u->inq[i] || attributive(u, i))
		return false;
	if (an->e[e].kind != (plural ? ENTITY_ORGANIZATION : ENTITY_PERSON))
		return false;
	return !gender || !an->e[e].gender || an->e[e].gender == gender;
}

/* The person (or, for "it" and "they", organization) a pronoun at token
 * t of unit ui stands for: one just said to speak, else, of the sentence
 * that names one last, the first named — the subject, more often than
 * not ("Kreuzberg regards the Frühburgunder … as the Pinot Noir … “…,”
 * he says"); for "he" and "she", one who may be called so. */
static int antecedent(const struct analysis *an, size_t ui, size_t t, bool plural, char gender)
{
	bool they = plural && tok_is(&an->u[ui], t, "they");
	/* (an organization "it" or "they" stands for is named in the
	 * pronoun's sentence or the one before: not "It was the same with
	 * Cosby", two paragraphs after one) */
	size_t sentences = 0;
	for (size_t k = ui + 1, steps = 0; k-- > 0 && steps < 6;) {
		const struct unit *u = &an->u[k];
		if (u->block == UNIT_TITLE)
			break;
		/* (past the captions and credits set between paragraphs: the
		 * people in them are not who the text goes on about) */
		if (k != ui && (u->caption || aside(u) || credit_line(u)))
			continue;
		steps++;
		size_t i = k == ui ? t : u->tk.n;
		/* (a paragraph ends a sentence, with a stop or not) */
		if (k != ui && !(u->tk.n > 0 && sentence_end(u, u->tk.n - 1)))
			sentences++;
		while (i-- > 0) {
			if (!u->inq[i] && sentence_end(u, i))
				sentences++;
			if (plural && sentences > 1)
				return -1;
			/* "they" after a sentence that opens on "Gallagher and
			 * his colleagues" (or "X and Y") are people, not an
			 * organization named before */
			/* (the sentence's start looked for only then, within two
			 * tokens) */
			if (they && u->ent[i] >= 0 && !u->inq[i] && an->e[u->ent[i]].kind == ENTITY_PERSON &&
			    (i == 0 || u->ent[i - 1] != u->ent[i]) && tok_is(u, name_end(u, i), "and") &&
			    (i < 3 || u->tk.v[i - 3].sentence != u->tk.v[i].sentence))
				return -1;
			/* (nor after people of some kind, "the authors argued",
			 * "hundreds of protesters converged"; but not an
			 * organization's, "FAA officials") */
			static const char *const people[] = {
				"authors", "researchers", "scientists", "lawmakers", "officials", "experts",
				"analysts", "economists", "investigators", "prosecutors", "members", "leaders",
				"residents", "protesters", "students", "parents", "workers", "doctors", "critics",
				"activists", "senators", "legislators", "organizers", "organisers", "lawyers",
				"attorneys", "scholars", "editors", "writers", "engineers", "developers",
				/* ("an unidentified poster … wrote they found") */
				"poster", "user", "commenter", "person", "someone", "reader", "viewer",
				"caller", "listener", "employee", "customer", "patient", "people", "users",
			};
			if (they && !u->inq[i] && u->ent[i] < 0 && TOK_AMONG(u, i, people) && !(i > 0 && tok_cap(u, i - 1)))
				return -1;
			if (!fits(an, u, i, plural, gender))
				continue;
			/* who was just said to speak ("Blinken said, “…” He
			 * added") */
			if (verb(u, name_end(u, i)))
				return u->ent[i];
			/* (not one brought in as a relative of the one "she"
			 * stands for: "her younger sister Maya … she wrote") */
			size_t after = name_end(u, i);
			if (!plural && gender && kin_before(u, i) == gender &&
			    !(tok_punct(u, after, ',') && verb(u, after + 1)))
				continue;
			size_t s = i;
			while (s > 0 && u->tk.v[s - 1].sentence == u->tk.v[i].sentence)
				s--;
			/* past an opening phrase: "Following the death of his
			 * father Gerhard, Alexander Stodden has …" */
			static const char *const opening[] = {
				"after", "although", "as", "because", "before", "despite", "following", "if",
				"in", "since", "though", "when", "while", "with", "without", "unlike", "like",
			};
			/* ("Speaking with his counterpart Dmytro Kuleba,
			 * Blinken said") */
			if (TOK_AMONG(u, s, opening) || participle(u, s))
				for (size_t c = s; c < i; c++)
					if (tok_punct(u, c, ',')) {
						s = c + 1;
						break;
					}
			/* a sentence whose subject is "she" already ("she
			 * acquiesced …, agreeing with Tim Flesher") speaks of
			 * someone named before it */
			bool same = false;
			/* (before any name: not "Swallow told Johnson that he
			 * might help") */
			for (size_t c = s; c < i && c < s + 8 && !same &&
					   !(c == s && fits(an, u, c, plural, gender) &&
					     !(u->tk.v[name_end(u, c) - 1].flags & TK_POSS));
			     c++) {
				bool pl;
				/* (for a description, of no gender: "he") */
				same = !u->inq[c] && tok_pronoun(u, c, &pl) && pl == plural &&
				       pronoun_gender(u, c, pl) == (plural || gender ? gender : 'm');
			}
			if (same) {
				i = s;
				continue;
			}
			/* (not one whose something the sentence is about: "it
			 * was Kelly’s question … that created a sensation. He
			 * seemed wounded") */
			for (; s < i; s++)
				if (fits(an, u, s, plural, gender) && !(u->tk.v[name_end(u, s) - 1].flags & TK_POSS))
					return u->ent[s];
			return u->ent[i];
		}
	}
	return -1;
}

/* Whether the word low (lower case) is, whole, in hay: "Minister" in
 * "Prime Minister". */
static bool has_word(const char *hay, const char *low)
{
	if (!hay)
		return false;
	size_t n = strlen(low);
	for (const char *p = hay; *p; p++) {
		size_t m = 0;
		while (m < n && p[m] && (p[m] | 0x20) == low[m])
			m++;
		bool before = p == hay || p[-1] == ' ' || p[-1] == '-';
		bool after = !(p[m] >= 'a' && p[m] <= 'z') && !(p[m] >= 'A' && p[m] <= 'Z');
		if (m == n && before && after)
			return true;
	}
	return false;
}

/* Whether a title says low: "Senator" or "Sen." for "senator". */
static bool title_says(const char *title, const char *low)
{
	static const char *const abbr[][2] = {
		{ "governor", "gov" }, { "senator", "sen" }, { "representative", "rep" },
		{ "general", "gen" }, { "lieutenant", "lt" }, { "colonel", "col" },
		{ "sergeant", "sgt" }, { "captain", "capt" }, { "professor", "prof" },
		{ "doctor", "dr" }, { "detective", "det" }, { "superintendent", "supt" },
		{ "congressman", "rep" }, { "congresswoman", "rep" }, { "congressman", "representative" },
		{ "congresswoman", "representative" }, { "councillor", "cllr" },
	};
	if (has_word(title, low))
		return true;
	for (size_t a = 0; a < sizeof abbr / sizeof *abbr; a++)
		if (!strcmp(low, abbr[a][0]) && has_word(title, abbr[a][1]))
			return true;
	return false;
}

/* Whether mention m calls its person low: by the word just before it
 * ("fire chief Daniel Brooks") or in a description after it ("Jake
 * Ortiz, a firefighter from Elm Grove"). */
static bool mention_says(const struct analysis *an, const struct mention *m, const char *low)
{
	const struct unit *u = &an->u[m->unit];
	if (m->t0 > 0 && tok_is(u, m->t0 - 1, low))
		return true;
	if (!tok_punct(u, m->t1, ','))
		return false;
	for (size_t t = m->t1 + 1; t < u->tk.n && t < m->t1 + 8; t++) {
		if (!tok_word(u, t) || u->ent[t] >= 0)
			break;
		if (tok_is(u, t, low))
			return true;
	}
	return false;
}

/* Whether entity k has been met by token i of unit ui. */
static bool met(const struct went *w, size_t ui, size_t i)
{
	return w->mentions > 0 && (w->first_unit < ui || (w->first_unit == ui && w->first_tok <= i));
}

/* How far back, in paragraphs, a description looks for who was called so
 * ("the chief" is someone the reader met not long before). */
#define DESCRIBED_WITHIN 30

/* How many mentions at most a look back at those before a point reads:
 * a paragraph of thousands of names costs no more than a long article. */
#define LOOKBACK 400

/* The first mention in unit lo or after (mentions are in text order),
 * among the last LOOKBACK before token i of unit ui. */
static size_t mentions_from(const struct analysis *an, size_t lo, size_t ui, size_t i)
{
	size_t a = 0, b = an->nm;
	while (a < b) {
		size_t mid = a + (b - a) / 2;
		if (an->m[mid].unit < lo)
			a = mid + 1;
		else
			b = mid;
	}
	size_t c = a, d = an->nm;
	while (c < d) {
		size_t mid = c + (d - c) / 2;
		const struct mention *m = &an->m[mid];
		if (m->unit < ui || (m->unit == ui && m->t0 < i))
			c = mid + 1;
		else
			d = mid;
	}
	return c - a > LOOKBACK ? c - LOOKBACK : a;
}

/* The one person met by token i of unit ui who has been called low (by a
 * title, or by the words around a mention not long before i); of several
 * ("Mayor Bill de Blasio", then "Mayor J. Christian Bollwage"), the only
 * one of them named in the paragraph or the three before; -1 when none,
 * -2 when more than one may be meant. */
static int called(const struct analysis *an, const char *low, size_t ui, size_t i)
{
	int cand[8];
	size_t nc = 0;
	for (size_t k = 0; k < an->ne; k++) {
		const struct went *w = &an->e[k];
		if (w->kind != ENTITY_PERSON || !met(w, ui, i) || !title_says(w->title, low))
			continue;
		if (nc == sizeof cand / sizeof *cand)
			return -2;
		cand[nc++] = (int)k;
	}
	for (size_t mi = mentions_from(an, ui > DESCRIBED_WITHIN ? ui - DESCRIBED_WITHIN : 0, ui, i); mi < an->nm; mi++) {
		const struct mention *m = &an->m[mi];
		if (m->unit > ui || (m->unit == ui && m->t0 >= i))
			break;
		if (an->e[m->ent].kind != ENTITY_PERSON || !mention_says(an, m, low))
			continue;
		bool have = false;
		for (size_t c = 0; c < nc && !have; c++)
			have = cand[c] == m->ent;
		if (have)
			continue;
		if (nc == sizeof cand / sizeof *cand)
			return -2;
		cand[nc++] = m->ent;
	}
	if (nc <= 1)
		return nc ? cand[0] : -1;
	int near = -1;
	for (size_t mi = mentions_from(an, ui > 3 ? ui - 3 : 0, ui, i); mi < an->nm; mi++) {
		const struct mention *m = &an->m[mi];
		if (m->unit > ui || (m->unit == ui && m->t0 >= i))
			break;
		for (size_t c = 0; c < nc; c++)
			if (cand[c] == m->ent) {
				if (near >= 0 && near != m->ent)
					return -2;
				near = m->ent;
			}
	}
	return near >= 0 ? near : -2;
}

/* Words for someone the story does not name, as often as not ("the
 * official said", "the witness said"): they are never taken for the
 * person the story is about. */
static bool person_word_generic(const struct unit *u, size_t i)
{
	static const char *const w[] = {
		"official", "source", "spokesman", "spokeswoman", "spokesperson", "statement", "company",
		"report", "study", "man", "woman", "person", "witness", "resident", "neighbor",
		"neighbour", "officer", "victim", "suspect", "driver", "passenger", "lawyer", "attorney",
		"aide", "analyst", "researcher", "employee", "worker", "student", "teacher", "nurse",
		"friend", "relative", "customer", "user", "insider", "observer", "voter", "fan",
		"parent", "local", "bystander", "colleague", "staffer", "agent", "deputy", "trooper",
		"investigator", "doctor", "patient", "boy", "girl", "child", "teen", "teenager",
		"owner", "manager", "member", "leader", "representative", "administrator", "director",
		"minister", "secretary", "officials", "president", "chief", "coach", "judge",
		"prosecutor", "detective", "inspector", "sergeant", "captain", "mayor", "governor",
		"police", "lawmaker", "legislator", "candidate", "author", "expert", "professor",
		"scientist", "economist", "historian", "activist", "advocate", "organizer", "volunteer",
		"survivor", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister",
		"dad", "mom", "mum", "guy", "kid", "people",
	};
	return TOK_AMONG(u, i, w);
}

/* The gender a word for someone says: 'f' for "actress", 'm' for
 * "congressman", 0 for "star". */
char noun_gender(const struct unit *u, size_t i)
{
	static const char *const f[] = {
		"actress", "congresswoman", "chairwoman", "businesswoman", "sportswoman", "queen",
		"princess", "duchess", "grandmother", "widow", "heiress", "waitress", "hostess",
		"songstress", "comedienne", "sister", "mother", "daughter", "wife", "girl", "woman",
		"spokeswoman",
	};
	/* (not "actor", which news gives women too) */
	static const char *const m[] = {
		"congressman", "chairman", "businessman", "sportsman", "king", "prince",
		"duke", "grandfather", "widower", "brother", "father", "son", "husband", "boy", "man",
		"spokesman",
	};
	return TOK_AMONG(u, i, f) ? 'f' : TOK_AMONG(u, i, m) ? 'm' : 0;
}

/* The one person other than e, of e's family name, whom the word for a
 * parent at token i of unit ui fits ("mom", "father"), named in that
 * paragraph or the one before: "Travis Kelce's mom" is Donna Kelce when
 * she is the only other Kelce, and a woman. -1 when none or several. */
static int relative_of(const struct analysis *an, int e, const struct unit *u, size_t i, size_t ui)
{
	/* (a parent: a wife, a daughter or a sister of that name is as
	 * likely another woman of the family) */
	static const char *const f[] = { "mom", "mum", "mother" };
	static const char *const m[] = { "dad", "father" };
	char g = TOK_AMONG(u, i, f) ? 'f' : TOK_AMONG(u, i, m) ? 'm' : 0;
	const char *family = an->e[e].last;
	if (!g || !family)
		return -1;
	int found = -1;
	for (size_t k = 0; k < an->ne; k++) {
		const struct went *w = &an->e[k];
		if ((int)k == e || w->kind != ENTITY_PERSON || w->gender != g || !w->last || strcmp(w->last, family))
			continue;
		if (found >= 0)
			return -1;
		found = (int)k;
	}
	/* (named just before: in this paragraph or the one before it) */
	if (found < 0)
		return -1;
	size_t from = ui > 0 && an->u[ui - 1].block != UNIT_TITLE ? ui - 1 : ui;
	for (size_t mi = 0; mi < an->nm; mi++) {
		const struct mention *mm = &an->m[mi];
		if (mm->ent == found && mm->unit >= from && (mm->unit < ui || (mm->unit == ui && mm->t0 < i)))
			return found;
	}
	return -1;
}

/* "Actress Jennifer Lawrence … “…,” the Oscar winner said": a word for
 * the one person the story has just been about stands for them, as "she"
 * would — when no one else is named in this paragraph before it or in
 * the one before. -1 when not so. (described: the word has a
 * description after it, "says the mother of four": the verb is before
 * it.) */
static int epithet(const struct analysis *an, size_t ui, size_t i, bool described)
{
	/* (the one who speaks: "the star said", "said the star." — not
	 * "said the senator is “…”") */
	const struct unit *u = &an->u[ui];
	size_t ln = tok_len(u, i);
	const char *w = tok_ptr(u, i);
	if (ln < 3 || (w[ln - 1] == 's' && w[ln - 2] != 's'))
		return -1;      /* "the scientists": more than one */
	size_t nx = i + 1;
	static const char *const adverbs[] = { "later", "also", "then", "again", "once", "simply", "had", "has" };
	/* (past an adverb: "the actress authoritatively stated") */
	char low[KEY_MAX];
	size_t ln2 = tok_lower(u, nx, low) ? strlen(low) : 0;
	bool adverb = TOK_AMONG(u, nx, adverbs) || (ln2 > 4 && !strcmp(low + ln2 - 2, "ly"));
	if (!described && nx < u->tk.n && tok_word(u, nx) && !verb(u, nx) &&
	    !(adverb && nx + 1 < u->tk.n && verb(u, nx + 1)))
		return -1;
	char g = noun_gender(u, i);
	int e = antecedent(an, ui, i, false, g);
	if (e < 0 || an->e[e].kind != ENTITY_PERSON)
		return -1;
	/* (the paragraph before too, when this one has not named them yet) */
	size_t from = ui;
	bool here = false;
	for (size_t mi = mentions_from(an, ui, ui, i); mi < an->nm && !here; mi++) {
		if (an->m[mi].unit > ui || an->m[mi].t0 >= i)
			break;
		here = an->m[mi].ent == e;
	}
	if (!here && from > 0 && an->u[from - 1].block != UNIT_TITLE)
		from--;
	for (size_t mi = mentions_from(an, from, ui, i); mi < an->nm; mi++) {
		const struct mention *m = &an->m[mi];
		if (m->unit > ui || (m->unit == ui && m->t0 >= i))
			break;
		/* (a man named by "the actress" is not in the way) */
		const struct went *o = &an->e[m->ent];
		if (m->ent != e && o->kind == ENTITY_PERSON && !an->u[m->unit].inq[m->t0] &&
		    !(g && o->gender && o->gender != g))
			return -1;
	}
	return e;
}

/* What news calls a company by its trade: "Goldman Sachs … the bank
 * said". */
static const char *const trades[] = {
	"bank", "lender", "airline", "carrier", "retailer", "automaker", "carmaker", "insurer",
	"chain", "startup", "manufacturer", "supermarket", "grocer",
};

/* Whether an organization of that name may be called "the union", "the
 * group", "the company": a union or a guild a union; any one a group or
 * an organization; a company, a firm or a trade's word none of the
 * state's. */
static bool org_fits(const char *name, const char *low)
{
	static const char *const state[] = {
		"department", "ministry", "commission", "agency", "forces", "force", "police", "court",
		"council", "parliament", "senate", "congress", "administration", "office", "army",
		"navy", "government", "authority", "bureau", "committee",
	};
	if (!strcmp(low, "union") || !strcmp(low, "guild"))
		return has_word(name, "union") || has_word(name, "guild") || has_word(name, "federation");
	if (!strcmp(low, "group") || !strcmp(low, "organization") || !strcmp(low, "organisation"))
		return true;
	if (!strcmp(low, "company") || !strcmp(low, "firm") || among(low, trades, sizeof trades / sizeof *trades)) {
		for (size_t k = 0; k < sizeof state / sizeof *state; k++)
			if (has_word(name, state[k]))
				return false;
		return true;
	}
	return false;
}

/* The organization a sentence opens with, in unit ui before token i or in
 * the paragraph before, that the word low (lower case) may stand for:
 * the last one, if no other it may stand for is named after it; -1 when
 * none. */
static int org_subject(const struct analysis *an, size_t ui, size_t i, const char *low)
{
	int found = -1;
	size_t from = ui > 0 && an->u[ui - 1].block != UNIT_TITLE ? ui - 1 : ui;
	for (size_t mi = mentions_from(an, from, ui, i); mi < an->nm; mi++) {
		const struct mention *m = &an->m[mi];
		if (m->unit > ui || (m->unit == ui && m->t0 >= i))
			break;
		const struct unit *u = &an->u[m->unit];
		if (u->inq[m->t0])
			continue;
		/* (only those the word fits: "Boeing is building Air Force
		 * One’s replacement. The company said") */
		if (an->e[m->ent].kind != ENTITY_ORGANIZATION || !org_fits(an->e[m->ent].name, low))
			continue;
		/* at the sentence's start, past "The" */
		size_t s = m->t0;
		if (s > 0 && tok_is(u, s - 1, "the"))
			s--;
		bool opens = s == 0 || u->tk.v[s - 1].sentence != u->tk.v[s].sentence;
		if (opens)
			found = m->ent;
		else if (found >= 0 && m->ent != found)
			found = -1;     /* another named after it */
	}
	return found;
}

/* "the senator", "the ministry": the one person with that title, the one
 * organization with that word in its name (or, for "the union" and the
 * like, the one the text is about); "the Oscar winner": the one person
 * the story is on. */
static enum found description(const struct analysis *an, size_t ui, size_t i, int *out)
{
	const struct unit *u = &an->u[ui];
	/* ("the Texas Republican") */
	static const char *const parties[] = { "republican", "democrat", "independent", "tory" };
	if (!tok_word(u, i) || i == 0 ||
	    ((u->tk.v[i].flags & TK_CAP) && !TOK_IN(u, i, nationalities) && !TOK_AMONG(u, i, parties)))
		return NOT_FOUND;
	size_t det = i - 1;
	/* "the former senator", "the Russian leader", "a district
	 * representative" */
	static const char *const articles[] = { "the", "a", "an" };
	if (!TOK_AMONG(u, det, articles) && det > 0 && tok_word(u, det) &&
	    (!tok_cap(u, det) || TOK_IN(u, det, nationalities)) && TOK_AMONG(u, det - 1, articles))
		det--;
	/* "the Oscar winner", "the infectious disease expert": a word or
	 * two before the noun, no one's name among them */
	bool modified = false;
	size_t hl = tok_len(u, i);
	const char *hw = tok_ptr(u, i);
	bool singular = hl > 2 && (hw[hl - 1] != 's' || hw[hl - 2] == 's');
	for (size_t b = i - 1, n = 0; !TOK_AMONG(u, det, articles) && singular && b > 0 && n < 2; b--, n++) {
		if (!tok_word(u, b) || u->inq[b] || named(an, u, b, ENTITY_PERSON) ||
		    named(an, u, b, ENTITY_ORGANIZATION) || verb(u, b) || TOK_IN(u, b, function_words))
			break;
		if (TOK_AMONG(u, b - 1, articles)) {
			det = b - 1;
			modified = true;
		}
	}
	bool definite = tok_is(u, det, "the");
	bool indefinite = tok_is(u, det, "a") || tok_is(u, det, "an") || tok_is(u, i - 1, "one");
	if (!definite && !indefinite)
		return NOT_FOUND;
	char low[KEY_MAX];
	if (!tok_lower(u, i, low))
		return NOT_FOUND;
	/* "the 72-year-old said": the one whose age was given as 72 */
	size_t digits = strspn(low, "0123456789");
	if (digits > 0 && digits < 4 && !strcmp(low + digits, "-year-old")) {
		if (!definite)
			return BLOCKED;
		int found = -1;
		bool ages = false;
		for (size_t mi = mentions_from(an, ui > DESCRIBED_WITHIN ? ui - DESCRIBED_WITHIN : 0, ui, i); mi < an->nm;
		     mi++) {
			const struct mention *m = &an->m[mi];
			if (m->unit > ui || (m->unit == ui && m->t0 >= i))
				break;
			if (an->e[m->ent].kind != ENTITY_PERSON)
				continue;
			const struct unit *w = &an->u[m->unit];
			/* "Ruth Mendel, 72," or "72-year-old Ruth Mendel" */
			bool aged = (m->t0 > 0 && tok_is(w, m->t0 - 1, low)) ||
				    (tok_punct(w, m->t1, ',') && m->t1 + 1 < w->tk.n &&
				     tok_len(w, m->t1 + 1) == digits && !memcmp(tok_ptr(w, m->t1 + 1), low, digits));
			/* (anyone's age given at all) */
			ages = ages || (tok_punct(w, m->t1, ',') && m->t1 + 1 < w->tk.n && tok_word(w, m->t1 + 1) &&
					(w->tk.v[m->t1 + 1].flags & TK_DIGIT) && tok_len(w, m->t1 + 1) <= 3);
			if (!aged || found == m->ent)
				continue;
			if (found >= 0)
				return BLOCKED;
			found = m->ent;
		}
		/* (else, when the story gives no one's age and calls no one
		 * else "a 28-year-old", as "she" would be, the one the story
		 * has just been on: "Murray served out for victory. “…,” said
		 * the 36-year-old") */
		for (size_t k = ui > DESCRIBED_WITHIN ? ui - DESCRIBED_WITHIN : 0; k <= ui && !ages && found < 0; k++) {
			const struct unit *w = &an->u[k];
			for (size_t t = 0; t < (k == ui ? i : w->tk.n) && !ages; t++)
				ages = year_old(w, t);
		}
		if (found < 0 && !ages)
			found = epithet(an, ui, i, false);
		if (found < 0)
			return BLOCKED;
		*out = found;
		return FOUND;
	}
	/* ("the president-elect": a title to be) */
	char base[KEY_MAX];
	size_t ln = strlen(low);
	bool elect = ln > 6 && !strcmp(low + ln - 6, "-elect");
	if (elect) {
		memcpy(base, low, ln - 6);
		base[ln - 6] = '\0';
	}
	bool is_title = LIST_HAS(titles, low) || (elect && LIST_HAS(titles, base));
	bool is_org = LIST_HAS(org_words, low) || TOK_AMONG(u, i, trades);
	bool person_word = is_title || !strcmp(low, "spokesman") || !strcmp(low, "spokeswoman") ||
			   !strcmp(low, "spokesperson") || !strcmp(low, "official") ||
			   !strcmp(low, "leader") || !strcmp(low, "man") || !strcmp(low, "woman") ||
			   !strcmp(low, "source") || !strcmp(low, "statement") || !strcmp(low, "company") ||
			   !strcmp(low, "lawyer") || !strcmp(low, "attorney") || !strcmp(low, "author") ||
			   !strcmp(low, "expert") || !strcmp(low, "analyst") || !strcmp(low, "aide") ||
			   !strcmp(low, "researcher") || !strcmp(low, "report") || !strcmp(low, "study");
	/* any other word for someone ("the firefighter") */
	/* (words for someone well known that are words for things too) */
	static const char *const epithets[] = {
		"star", "superstar", "winner", "legend", "icon", "champion", "nominee", "front-runner",
		"frontrunner", "hopeful", "incumbent", "challenger", "newcomer", "veteran", "tycoon",
		"magnate", "hitmaker", "crooner", "heavyweight",
	};
	static const char *const fame[] = {
		"actress", "actor", "singer", "rapper", "comedian", "musician", "songwriter", "billionaire",
		"millionaire", "entrepreneur", "mogul", "businessman", "businesswoman", "celebrity",
		"influencer", "socialite", "footballer", "golfer", "quarterback", "striker",
	};
	bool noun = !person_word && (TOK_IN(u, i, person_nouns) || TOK_AMONG(u, i, epithets));
	/* "the Malawian told Al Jazeera": the person just named (not "the
	 * American Horror Story actress", where the word is no noun) */
	if (!person_word && !is_org && definite && TOK_IN(u, i, nationalities) && low[strlen(low) - 1] != 's' &&
	    (!tok_word(u, i + 1) || verb(u, i + 1))) {
		int e = antecedent(an, ui, i, false, 0);
		if (e < 0)
			return BLOCKED;
		*out = e;
		return FOUND;
	}
	if (!person_word && !is_org && !noun)
		return NOT_FOUND;
	/* ("the Dallas police department" is not the one department met) */
	if (modified && is_org)
		return NOT_FOUND;
	/* "a spokesman said", "a district representative said": someone
	 * unnamed; but "X, an oceanographer at … told" goes on to X */
	if (indefinite)
		return noun && !verb(u, i + 1) ? NOT_FOUND : BLOCKED;
	/* "the same official": the one met unnamed before */
	if (tok_is(u, i - 1, "same") || tok_is(u, i - 1, "other"))
		return BLOCKED;
	int found = -1;
	/* "the company" is whichever company the story is about, which is
	 * seldom the one with "Company" in its name */
	if (is_org && strcmp(low, "company")) {
		/* the one organization met by then with that word in its name */
		for (size_t k = 0; k < an->ne && found != -2; k++) {
			const struct went *w = &an->e[k];
			if (w->kind == ENTITY_ORGANIZATION && met(w, ui, i) && has_word(w->name, low))
				found = found < 0 ? (int)k : -2;
		}
	}
	if (is_org) {
		/* else the organization the paragraph, or the one before, is
		 * about, if the word fits it: "The Writers Guild of America
		 * applauded the deal. “…,” the union said" (not "the ministry
		 * said" after "The Israel Defense Forces struck") */
		if (found == -1) {
			found = org_subject(an, ui, i, low);
		}
	} else {
		found = called(an, low, ui, i);
		/* (not "the sheriff", "the firefighter": people news seldom
		 * names, unless a title or a description said so) */
		if (found == -1 && (TOK_AMONG(u, i, parties) || TOK_AMONG(u, i, epithets) || TOK_AMONG(u, i, fame)) &&
		    !person_word_generic(u, i))
			found = epithet(an, ui, i, false);
		/* "says the mother of four": how many children the one the
		 * story is on has (not "the father of one of the victims") */
		static const char *const kin[] = { "mother", "father", "mom", "dad", "mum", "grandmother", "grandfather" };
		static const char *const counts[] = {
			"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		};
		if (found == -1 && TOK_AMONG(u, i, kin) && tok_is(u, i + 1, "of") &&
		    (TOK_AMONG(u, i + 2, counts) || (tok_word(u, i + 2) && (u->tk.v[i + 2].flags & TK_DIGIT))) &&
		    !tok_is(u, i + 3, "of") && i >= 2 && verb(u, i - 2))
			found = epithet(an, ui, i, true);
	}
	if (found >= 0) {
		*out = found;
		return FOUND;
	}
	return BLOCKED;
}

/* "he says" with no one named in the paragraphs before: whoever was
 * quoted last, not long before, if "he" may be said of them. */
static int last_quoted(const struct analysis *an, size_t ui, size_t i, char gender)
{
	for (size_t k = an->nq; k-- > 0;) {
		const struct qrec *p = &an->q[k];
		if (p->dead || p->u1 > ui || (p->u1 == ui && p->c >= i))
			continue;
		if (ui - p->u1 > 12)
			return -1;
		if (p->speaker < 0 || p->kind == QUOTE_SCARE || an->e[p->speaker].kind != ENTITY_PERSON)
			continue;
		const struct went *w = &an->e[p->speaker];
		return !w->gender || w->gender == gender ? p->speaker : -1;
	}
	return -1;
}

/* The organization, met before token i of unit ui, whose name of two
 * words or more the capitalized word at i begins: "American said" after
 * "American Airlines"; -1 when none or more than one. */
static int org_begun(const struct analysis *an, size_t ui, size_t i)
{
	const struct unit *u = &an->u[ui];
	if (!tok_cap(u, i) || u->inq[i] || u->ent[i] >= 0 || (u->tk.v[i].flags & TK_POSS))
		return -1;
	const char *w = tok_ptr(u, i);
	size_t n = tok_len(u, i);
	int found = -1;
	for (size_t k = 0; k < an->ne; k++) {
		const struct went *e = &an->e[k];
		if (e->kind != ENTITY_ORGANIZATION || !e->name || e->name_words < 2 || e->mentions == 0)
			continue;
		if (e->first_unit > ui || (e->first_unit == ui && e->first_tok > i))
			continue;
		const char *nm = e->name;
		if (!strncmp(nm, "The ", 4))
			nm += 4;
		if (strncmp(nm, w, n) || nm[n] != ' ')
			continue;
		if (found >= 0 && found != (int)k)
			return -1;
		found = (int)k;
	}
	return found;
}

/* The words for those who speak for an organization. */
static const char *const voices[] = {
	"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
	"representative", "representatives", "statement", "official", "officials", "leader",
	"leaders", "member", "members",
};

/* "a spokesman for the agency", "an Air Mobility spokesperson": someone
 * unnamed who speaks for an organization the article names — for the
 * reader, the organization speaks. */
static int spokesman_for(const struct analysis *an, size_t ui, size_t i)
{
	const struct unit *u = &an->u[ui];
	/* "the lawsuit of Fox anchor Andrea Tantaros", "a statement from
	 * Rep. Smith": a person's own writing speaks for them */
	static const char *const writings[] = { "statement", "lawsuit", "suit", "complaint", "letter", "filing" };
	if (TOK_AMONG(u, i, writings) && (tok_is(u, i + 1, "of") || tok_is(u, i + 1, "from") || tok_is(u, i + 1, "by"))) {
		for (size_t j = i + 2; j < u->tk.n && j < i + 8 && !u->inq[j] && (tok_word(u, j) || tok_punct(u, j, '.'));
		     j++) {
			if (named(an, u, j, ENTITY_PERSON))
				return u->ent[j];
			if (u->ent[j] >= 0)
				break;
		}
	}
	/* "a 2014 report from the World Bank", "a study by Ann Lee" */
	static const char *const documents[] = { "report", "study", "survey", "analysis", "paper", "memo", "review" };
	if (TOK_AMONG(u, i, documents) && (tok_is(u, i + 1, "from") || tok_is(u, i + 1, "by"))) {
		size_t j = i + 2 + tok_is(u, i + 2, "the");
		if (named(an, u, j, ENTITY_ORGANIZATION) || named(an, u, j, ENTITY_PERSON))
			return u->ent[j];
	}
	if (!TOK_AMONG(u, i, voices))
		return -1;
	/* the organization before the word: "an Air Mobility spokesperson" */
	if (i > 0 && named(an, u, i - 1, ENTITY_ORGANIZATION))
		return u->ent[i - 1];
	/* or after it: "a spokesman for the National Defense Commission" */
	static const char *const preps[] = { "for", "of", "at", "from" };
	size_t j = i + 1;
	if (!TOK_AMONG(u, j, preps))
		return -1;
	j++;
	if (tok_is(u, j, "the"))
		j++;
	if (named(an, u, j, ENTITY_ORGANIZATION))
		return u->ent[j];
	return -1;
}

static enum found description(const struct analysis *an, size_t ui, size_t i, int *out);

/* Who a pronoun at token t of unit ui stands for when someone unnamed
 * was said to speak after anyone it may stand for was named: "A
 * spokeswoman for the union said … . “…,” she said" is the union's;
 * "…, the mayor said. “…,” he said" is the mayor's, if the story names
 * him, else no one named before. -1 when no one unnamed was; -2 when
 * the pronoun stands for no one named. */
static int unnamed_before(const struct analysis *an, size_t ui, size_t t, char gender)
{
	/* (a sentence or two back, not the whole of a long paragraph) */
	size_t budget = 150;
	for (size_t k = ui + 1, steps = 0; k-- > 0 && steps < 2; steps++) {
		const struct unit *u = &an->u[k];
		if (u->block == UNIT_TITLE)
			break;
		size_t i = k == ui ? t : u->tk.n;
		while (i-- > 0) {
			if (budget-- == 0)
				return -1;
			if (fits(an, u, i, false, gender))
				return -1;
			if (u->inq[i] || !tok_word(u, i) || tok_cap(u, i))
				continue;
			if (tok_is(u, i, "spokeswoman") || tok_is(u, i, "spokesman") || tok_is(u, i, "spokesperson")) {
				char g = noun_gender(u, i);
				if (g && g != gender)
					return -1;
				int o = spokesman_for(an, k, i);
				if (o < 0)
					return -1;
				for (size_t v = i + 1; v < u->tk.n && u->tk.v[v].sentence == u->tk.v[i].sentence; v++)
					if (!u->inq[v] && verb(u, v))
						return o;
				return -1;
			}
			/* (one said to speak: "the mayor said", "…, said the
			 * mayor." — not "he said the mayor had failed") */
			bool speaks = verb(u, i + 1) || (i >= 2 && tok_is(u, i - 1, "the") && verb(u, i - 2) &&
							 (i + 1 >= u->tk.n || tok_punct(u, i + 1, ',') ||
							  tok_punct(u, i + 1, '.')));
			if (!speaks || i == 0 || !tok_is(u, i - 1, "the") ||
			    !(TOK_IN(u, i, person_nouns) || TOK_IN(u, i, titles)))
				continue;
			/* (not one spoken of in someone's sentence: "Hill told
			 * reporters that the mayor said nothing") */
			bool tag = i >= 2 && tok_punct(u, i - 2, ',');
			for (size_t b = i; !tag && b-- > 0 && u->tk.v[b].sentence == u->tk.v[i].sentence;) {
				bool pl;
				if (fits(an, u, b, false, gender) ||
				    (!u->inq[b] && tok_pronoun(u, b, &pl) && !pl && pronoun_gender(u, b, pl) == gender))
					return -1;
			}
			int e = -1;
			enum found f = description(an, k, i, &e);
			if (f == FOUND && an->e[e].kind == ENTITY_PERSON &&
			    (!an->e[e].gender || an->e[e].gender == gender))
				return e;
			return f == NOT_FOUND ? -1 : -2;
		}
	}
	return -1;
}

/* "a GOP insider", "a Google engineer": an organization's name before a
 * word for one person who is not its voice (as a spokesman is). */
static bool org_member(const struct analysis *an, const struct unit *u, size_t i)
{
	if (u->ent[i] < 0 || an->e[u->ent[i]].kind != ENTITY_ORGANIZATION)
		return false;
	size_t e1 = name_end(u, i);
	if (!tok_word(u, e1) || tok_cap(u, e1) || u->inq[e1] || verb(u, e1))
		return false;
	/* (a paper's reporter writes the paper's words) */
	static const char *const writers[] = {
		"reporter", "reporters", "correspondent", "columnist", "writer", "editor",
	};
	if (TOK_AMONG(u, e1, voices) || TOK_AMONG(u, e1, writers))
		return false;
	/* (but "NYPD officers saying “thank you”" speak for it, as many) */
	if (tok_ptr(u, e1)[tok_len(u, e1) - 1] == 's')
		return false;
	return TOK_IN(u, e1, person_nouns) || tok_is(u, e1, "source");
}

/* Who is at token i: a name, a pronoun, a description. */
static enum found who(const struct analysis *an, size_t ui, size_t i, int *out)
{
	const struct unit *u = &an->u[ui];
	if (i >= u->tk.n)
		return NOT_FOUND;
	if (u->ent[i] >= 0 && !u->inq[i]) {
		/* a country that says something: "the United Arab Emirates
		 * (UAE) warned", "Russia said" (not "Burns of Kansas said") */
		static const char *const preps[] = { "of", "in", "from", "at", "for", "to", "on", "near" };
		size_t b = i;
		while (b > 0 && u->ent[b - 1] == u->ent[i])
			b--;
		if (b > 0 && tok_is(u, b - 1, "the"))
			b--;
		size_t after = name_end(u, i);
		if (tok_punct(u, after, '(')) {
			while (after < u->tk.n && after < i + 12 && !tok_punct(u, after, ')'))
				after++;
			after++;
		}
		if (tok_punct(u, after, ','))
			after++;
		if (an->e[u->ent[i]].kind == ENTITY_PLACE && !(b > 0 && TOK_AMONG(u, b - 1, preps)) &&
		    after < u->tk.n && verb(u, after)) {
			*out = u->ent[i];
			return FOUND;
		}
		if (!speaker_entity(an, u->ent[i]))
			return NOT_FOUND;       /* a place: "Burns of Kansas said" */
		if (org_member(an, u, i))
			return BLOCKED;         /* someone of theirs, unnamed */
		*out = u->ent[i];
		return FOUND;
	}
	bool plural;
	if (tok_pronoun(u, i, &plural)) {
		char gender = pronoun_gender(u, i, plural);
		int e = plural ? -1 : unnamed_before(an, ui, i, gender);
		if (e == -2)
			return BLOCKED;
		if (e < 0)
			e = antecedent(an, ui, i, plural, gender);
		if (e < 0 && !plural)
			e = last_quoted(an, ui, i, gender);
		if (e < 0)
			return BLOCKED;
		*out = e;
		return FOUND;
	}
	/* (only right by the verb: "American said", "said American"; not
	 * "New data shows") */
	int e = verb(u, i + 1) || (i > 0 && verb(u, i - 1)) ? org_begun(an, ui, i) : -1;
	if (e < 0)
		e = spokesman_for(an, ui, i);
	if (e >= 0) {
		*out = e;
		return FOUND;
	}
	return description(an, ui, i, out);
}

/* Speech verbs whose object is not the speaker: the one spoken to
 * ("told reporters", "asked him") or spoken of ("accused Mr. Trump of",
 * "praised Haley"). */
static const char *const tell_verbs[] = { "told", "tells", "tell", "telling" };
static const char *const ask_verbs[] = { "asked", "asks", "asking", "urged", "warned", "advised" };
static const char *const target_verbs[] = {
	"accused", "accuses", "blasted", "condemned", "criticised", "criticized", "dismissed",
	"hailed", "labeled", "labelled", "praised", "slammed", "welcomed", "called", "calls",
	"described", "describes",
};

static bool no_object(const struct unit *u, size_t v)
{
	return TOK_AMONG(u, v, tell_verbs) || TOK_AMONG(u, v, ask_verbs) || TOK_AMONG(u, v, target_verbs);
}

/* Whether the words before token v, back to lo, are the clause of a
 * "said that" ("X said that women who had accused …"), with no other
 * verb or comma between. */
static bool said_that_before(const struct unit *u, size_t lo, size_t v)
{
	for (size_t w = v; w-- > lo;) {
		if (verb(u, w) && tok_is(u, w + 1, "that"))
			return true;
		if (verb(u, w) || tok_punct(u, w, ','))
			return false;
	}
	return false;
}

static bool verb(const struct unit *u, size_t i)
{
	/* "She went on, “…”" */
	static const char *const go[] = { "went", "goes" };
	if (tok_word(u, i) && !u->inq[i] && TOK_AMONG(u, i, go) && tok_is(u, i + 1, "on"))
		return true;
	/* "Haley shot back", "she chimed in" */
	static const char *const back[] = { "shot", "fired", "hit", "snapped", "pushed", "shoots", "fires", "hits" };
	static const char *const in[] = { "chimed", "weighed", "chimes", "weighs" };
	if (tok_word(u, i) && !u->inq[i] &&
	    ((TOK_AMONG(u, i, back) && tok_is(u, i + 1, "back")) || (TOK_AMONG(u, i, in) && tok_is(u, i + 1, "in"))))
		return true;
	/* "“…,” she shared." (but not "shared rides", "shared in", "a photo
	 * that Ann Keller shared."): right after the quote and whoever
	 * speaks, with nothing after it but a stop */
	if (tok_is(u, i, "shared") && !u->inq[i] && i > 1 && i + 1 < u->tk.n &&
	    (tok_punct(u, i + 1, '.') || tok_punct(u, i + 1, ',') || tok_punct(u, i + 1, ':'))) {
		size_t b = i - 1;
		while (b > 0 && u->ent[b] >= 0 && u->ent[b - 1] == u->ent[b])
			b--;
		bool plural;
		return (u->ent[b] >= 0 || tok_pronoun(u, b, &plural)) && b > 0 &&
		       (u->tk.v[b - 1].flags & TK_CLOSEQ);
	}
	/* ("Lorenz had written, “…”", not "the memo, which was written in
	 * March and obtained by Reuters") */
	static const char *const have[] = { "had", "has", "have" };
	if (tok_is(u, i, "written"))
		return !u->inq[i] && i > 0 && TOK_AMONG(u, i - 1, have);
	if (!tok_word(u, i) || u->inq[i] || (u->tk.v[i].flags & TK_CAP) || !TOK_IN(u, i, speech_verbs))
		return false;
	/* ("its original asking price": a noun's word) */
	if (tok_is(u, i, "asking") && (tok_is(u, i + 1, "price") || tok_is(u, i + 1, "prices")))
		return false;
	/* "states" is a noun more often than not ("EU states", "member
	 * states will meet"): a verb after a pronoun or a name ("Smith
	 * states"), or before "that" or a stop */
	bool pl;
	if (tok_is(u, i, "states") && !(i > 0 && tok_pronoun(u, i - 1, &pl)) &&
	    !(i > 0 && tok_cap(u, i - 1) && !(u->tk.v[i - 1].flags & TK_ALLCAPS)) &&
	    !tok_is(u, i + 1, "that") && !tok_punct(u, i + 1, ',') &&
	    !tok_punct(u, i + 1, '.') && !tok_punct(u, i + 1, ':'))
		return false;
	/* "one of Jones’s tweets", "his remarks", "the reports": a noun */
	static const char *const determiners[] = {
		"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "these", "those",
	};
	if (i > 0 && ((u->tk.v[i - 1].flags & TK_POSS) || TOK_AMONG(u, i - 1, determiners)))
		return false;
	/* "calls to … “…”" after "to", "amid", "despite": a plural noun */
	static const char *const preps[] = { "to", "of", "amid", "despite", "about", "with", "for", "after" };
	size_t n = tok_len(u, i);
	const char *w = tok_ptr(u, i);
	return !(i > 0 && TOK_AMONG(u, i - 1, preps) && n > 3 && w[n - 1] == 's' && w[n - 2] != 's');
}


/* The token after the name that covers token i. */
static size_t name_end(const struct unit *u, size_t i)
{
	while (i + 1 < u->tk.n && u->ent[i + 1] >= 0 && u->ent[i + 1] == u->ent[i])
		i++;
	return i + 1;
}

/* Who is named from token j on, past an article, titles and a few lower-case
 * words ("the agency's district supervisor"); not a pronoun ("wrote they
 * found" names no one). */
static enum found named_after(const struct analysis *an, size_t ui, size_t j, size_t hi, int *out)
{
	const struct unit *u = &an->u[ui];
	/* "declared a later chancellor, Bernhard von Bülow": a word for
	 * someone, and their name after a comma (after someone's, even one
	 * lede does not know: "said Gastelum-Vera’s neighbor, Brian
	 * Kinder") */
	size_t j0 = j;
	if (j0 + 1 < hi && tok_cap(u, j0) && (u->tk.v[j0].flags & TK_POSS) && !u->inq[j0] && u->ent[j0] < 0)
		j0++;
	for (size_t k = j0; k < hi && k < j0 + 5 && tok_word(u, k) && !(u->tk.v[k].flags & TK_CAP) &&
			   !u->inq[k] && !verb(u, k); k++)
		if (tok_punct(u, k + 1, ',') && k + 2 < u->tk.n && u->ent[k + 2] >= 0 && !u->inq[k + 2] &&
		    (TOK_IN(u, k, titles) || TOK_IN(u, k, person_nouns)))
			return who(an, ui, k + 2, out);
	/* "said his friend Paul Grant", "said her mother, Jane": the one
	 * named after the word for them; "said his wife", no one named */
	static const char *const possessives[] = { "his", "her", "their", "my", "our" };
	if (j < hi && TOK_AMONG(u, j, possessives) && !u->inq[j]) {
		for (size_t c = j + 1; c < hi && c < j + 4 && tok_word(u, c) && !tok_cap(u, c) && !u->inq[c]; c++) {
			if (!TOK_IN(u, c, person_nouns) && !TOK_IN(u, c, titles))
				continue;
			size_t n = c + 1 + tok_punct(u, c + 1, ',');
			if (n < hi && named(an, u, n, ENTITY_PERSON))
				return who(an, ui, n, out);
			return BLOCKED;
		}
	}
	for (size_t k = j; k < hi && k < j + 6; k++) {
		if (!tok_word(u, k) && !tok_punct(u, k, '.'))
			break;
		/* (past a year, "according to a 2014 report from …", and an
		 * age, "said the 36-year-old") */
		if (u->inq[k] ||
		    (has_digit_tok(u, k) && !year_old(u, k) && !(k > j && tok_len(u, k) == 4 && tok_word(u, k + 1))))
			break;
		/* "saying as much in a … op-ed" names no one after the verb */
		if (!tok_is(u, k, "the") && !tok_is(u, k, "a") && !tok_is(u, k, "an") &&
		    TOK_IN(u, k, function_words))
			break;
		bool plural;
		/* "according to RedMonk’s Stephens": the one after the
		 * possessive */
		if (u->ent[k] >= 0 && an->e[u->ent[k]].kind != ENTITY_PERSON) {
			size_t e1 = name_end(u, k);
			if (e1 > k && (u->tk.v[e1 - 1].flags & TK_POSS) && tok_cap(u, e1)) {
				k = e1 - 1;
				continue;
			}
			/* "said National Treasury Employees Union President
			 * Tony Reardon": the one with the title */
			size_t tl;
			/* (not "said Kyiv Mayor Vitali Klitschko’s spokesman") */
			if (title_at(u, e1, hi, &tl) && e1 + tl < hi && u->ent[e1 + tl] >= 0 &&
			    an->e[u->ent[e1 + tl]].kind == ENTITY_PERSON)
				return (u->tk.v[name_end(u, e1 + tl) - 1].flags & TK_POSS) ? BLOCKED
											   : who(an, ui, e1 + tl, out);
			/* "said Kyiv resident Svitlana Onofryichuk" */
			for (size_t c = e1; c < hi && c < e1 + 3 && tok_word(u, c) && !tok_cap(u, c) && !u->inq[c]; c++)
				if ((TOK_IN(u, c, person_nouns) || TOK_IN(u, c, titles)) && named(an, u, c + 1, ENTITY_PERSON))
					return (u->tk.v[name_end(u, c + 1) - 1].flags & TK_POSS) ? BLOCKED
											 : who(an, ui, c + 1, out);
		}
		/* "said Kerr’s wife, Mary", "said Alvarez spokeswoman Karen
		 * Liu", "said University of Miami weather expert Brian
		 * McNoldy": not Kerr, not Alvarez, not the university; the
		 * one named after the word for them, if any */
		if (u->ent[k] >= 0 && speaker_entity(an, u->ent[k])) {
			size_t e1 = name_end(u, k);
			bool poss = u->tk.v[e1 - 1].flags & TK_POSS;
			bool person = an->e[u->ent[k]].kind == ENTITY_PERSON;
			/* ("says Ravens GM Ozzie Newsome") */
			if (!person && e1 < hi && named(an, u, e1, ENTITY_PERSON))
				return who(an, ui, e1, out);
			if (tok_word(u, e1) && !tok_cap(u, e1)) {
				for (size_t c = e1; c < hi && c < e1 + 4 && tok_word(u, c) && !tok_cap(u, c) &&
						    !TOK_IN(u, c, function_words); c++) {
					size_t n = c + 1 + tok_punct(u, c + 1, ',');
					/* ("said NOAA head Jane Lubchenco") */
					static const char *const roles[] = { "head", "chair", "czar" };
					if ((TOK_IN(u, c, person_nouns) || TOK_IN(u, c, titles) || TOK_AMONG(u, c, roles)) &&
					    n < hi && named(an, u, n, ENTITY_PERSON))
						return who(an, ui, n, out);
				}
				if (poss && person)
					return BLOCKED;
			}
		}
		if (u->ent[k] >= 0 || (k == j && tok_pronoun(u, k, &plural)))
			return u->ent[k] >= 0 ? who(an, ui, k, out) : NOT_FOUND;
		/* "according to a statement from the Pentagon" */
		int org = spokesman_for(an, ui, k);
		if (org >= 0) {
			*out = org;
			return FOUND;
		}
		enum found f = description(an, ui, k, out);
		if (f != NOT_FOUND)
			return f;
		if (verb(u, k))
			break;
	}
	return NOT_FOUND;
}

/* The speaker of a speech verb at v, looked for in [lo, hi): before it
 * (the subject, past an appositive between commas) and then after it. */
static enum found around_verb(const struct analysis *an, size_t ui, size_t v, size_t lo, size_t hi,
			      int *out)
{
	const struct unit *u = &an->u[ui];
	if (tok_is(u, v, "according")) {
		if (v + 2 < hi && tok_is(u, v + 1, "to"))
			return named_after(an, ui, v + 2, hi, out);
		return NOT_FOUND;
	}
	/* "she was warned that “…”": said to her, by someone else ("by X") */
	static const char *const be[] = { "was", "were", "been", "being", "is", "are", "be" };
	if (v > lo && TOK_AMONG(u, v - 1, be)) {
		for (size_t k = v + 1; k + 1 < hi; k++)
			if (tok_is(u, k, "by"))
				return named_after(an, ui, k + 1, hi, out);
		return BLOCKED;
	}
	/* "Regev told Collins that Israel warned them and said he was
	 * “…”": the one who said the first thing of the sentence */
	/* ("… but added, “…”", "and later said") */
	size_t cj = v - 1;
	static const char *const then[] = { "then", "later", "also" };
	if (cj > lo && TOK_AMONG(u, cj, then))
		cj--;
	if (v > lo + 1 && (tok_is(u, cj, "and") || tok_is(u, cj, "but")))
		for (size_t w = lo; w + 1 < cj; w++)
			if (verb(u, w)) {
				enum found f = around_verb(an, ui, w, lo, cj, out);
				if (f == FOUND)
					return f;
				break;
			}
	/* "Kimmel asked her about a photo from her new movie Office
	 * Christmas Party …, saying, “…”": the one the sentence opens on */
	/* (the only person there who may speak: not "Davis stayed; Lee left
	 * early, saying") */
	if (participle(u, v) && v > lo + 1 && tok_punct(u, v - 1, ',')) {
		/* (a name after a word in lower case is an object, "opened up
		 * about her friends Jay Z and Beyoncé, saying": not after one
		 * that opens a clause, "Davis stayed and Lee left, saying") */
		static const char *const clause[] = {
			"and", "but", "or", "while", "as", "when", "then", "so", "because", "although", "though",
			"since", "if", "after", "before", "until", "once",
		};
		int one = -1;
		bool object = false;    /* the name before was one */
		for (size_t k = lo; k + 1 < v && one != -2; k++) {
			if (u->inq[k] || u->ent[k] < 0)
				continue;
			int e = u->ent[k];
			/* (the word before the name's title decides: "Former
			 * president Barack Obama endorsed Joe Biden, saying") */
			size_t p = k;
			while (p > lo && (TOK_IN(u, p - 1, titles) || TOK_IN(u, p - 1, person_nouns) ||
					  tok_is(u, p - 1, "former")))
				p--;
			/* (a comma goes on a list of objects only when the list
			 * goes on: "advice for Swift about growing older, Donna
			 * dismissed the idea, noting" opens on Donna) */
			size_t after = name_end(u, k);
			bool listed = tok_punct(u, after, ',') || tok_is(u, after, "and") || tok_is(u, after, "or");
			bool obj = p > lo && ((tok_word(u, p - 1) && !tok_cap(u, p - 1) && !TOK_AMONG(u, p - 1, clause)) ||
					      (object && (tok_is(u, p - 1, "and") || (tok_punct(u, p - 1, ',') && listed))));
			if (an->e[e].kind == ENTITY_PERSON && e != one && !obj &&
			    !(u->tk.v[name_end(u, k) - 1].flags & TK_POSS) && !attributive(u, name_end(u, k) - 1))
				one = one == -1 ? e : -2;
			object = obj;
			k = name_end(u, k) - 1;
		}
		if (one >= 0) {
			*out = one;
			return FOUND;
		}
		/* "(In 2022,) she withdrew her allegations against
		 * Dershowitz, saying": the pronoun the sentence opens on */
		bool pl;
		size_t s = lo;
		if (!tok_pronoun(u, s, &pl))
			for (size_t c = lo; c + 1 < v && c < lo + 6; c++)
				if (tok_punct(u, c, ',')) {
					s = c + 1;
					break;
				}
		if (one == -1 && tok_pronoun(u, s, &pl) && !pl && s + 1 < v && tok_word(u, s + 1) && !tok_cap(u, s + 1))
			return who(an, ui, s, out);
	}
	/* "Thomas M. Hoenig, the Fed's longest-serving policymaker and one
	 * of 10 people who decides what rates borrowers pay on mortgages,
	 * loans and other credit products, said": however long the
	 * description between the commas, the one the sentence opens on,
	 * when it names no one else and says no one else spoke */
	if (v > lo + 2 && tok_punct(u, v - 1, ',')) {
		size_t s = v - 1;
		while (s > lo && u->tk.v[s - 1].sentence == u->tk.v[v].sentence)
			s--;
		if (tok_is(u, s, "but") || tok_is(u, s, "and"))
			s++;
		/* (past what they lead: "Federal Reserve Bank of Kansas City
		 * President Thomas M. Hoenig") */
		for (size_t p = s; p < v && p < s + 12 && (tok_cap(u, p) || tok_is(u, p, "of")); p++)
			if (named(an, u, p, ENTITY_PERSON)) {
				s = p;
				break;
			}
		int e = s < v && !u->inq[s] ? u->ent[s] : -1;
		size_t c = e >= 0 ? name_end(u, s) : v;
		bool plain = e >= 0 && an->e[e].kind == ENTITY_PERSON && tok_punct(u, c, ',') && v - c < 64;
		/* (a description, not a clause of its own: not "X, the
		 * founder, will step down, the board said", nor "X, the chief,
		 * and a group of engineers said", unless after "who") */
		static const char *const finite[] = {
			"is", "was", "were", "are", "will", "would", "has", "have", "had", "did", "does",
			"can", "could", "may", "might", "should", "must",
		};
		static const char *const rel[] = { "who", "which", "that", "whose", "whom" };
		bool relative = false;
		for (size_t k = c + 1; plain && k + 1 < v; k++) {
			relative = relative || TOK_AMONG(u, k, rel);
			plain = !u->inq[k] && !(u->tk.v[k].flags & (TK_OPENQ | TK_CLOSEQ)) && !verb(u, k) &&
				!(u->ent[k] >= 0 && an->e[u->ent[k]].kind == ENTITY_PERSON) &&
				!(tok_is(u, k, "and") && tok_punct(u, k - 1, ',')) &&
				!(!relative && TOK_AMONG(u, k, finite));
		}
		if (plain) {
			*out = e;
			return FOUND;
		}
	}
	/* subject: the nearest name before the verb */
	size_t i = v;
	size_t steps = 0;
	while (i > lo && steps < 14) {
		i--;
		steps++;
		if (tok_punct(u, i, ',')) {
			/* "Burns, the director, said": skip the appositive;
			 * "her mother, Fiona, said": unless it is the name */
			size_t k = i;
			while (k > lo && !tok_punct(u, k - 1, ',') && i - k < 12)
				k--;
			/* (a clause of its own may be long: "Tri Wobowo, who
			 * co-piloted the aircraft that first saw …, told") */
			if (!(k > lo && tok_punct(u, k - 1, ','))) {
				size_t r = i;
				while (r > lo && !tok_punct(u, r - 1, ',') && i - r < 32)
					r--;
				static const char *const rel[] = { "who", "whose", "whom", "which" };
				if (r > lo && tok_punct(u, r - 1, ',') &&
				    (TOK_AMONG(u, r, rel) || (r >= 2 && named(an, u, r - 2, ENTITY_PERSON))))
					k = r;
			}
			if (k > lo && tok_punct(u, k - 1, ',') && k - 1 < i) {
				if (u->ent[k] >= 0 && name_end(u, k) == i && speaker_entity(an, u->ent[k])) {
					*out = u->ent[k];
					return FOUND;
				}
				i = k - 1;
			}
			/* else "Burns knows this, saying": the subject is
			 * further back */
			continue;
		}
		if (u->tk.v[i].flags & (TK_OPENQ | TK_CLOSEQ))
			break;
		if (u->inq[i])
			break;
		/* "Sandy Ching, president of the American Academy of
		 * Pediatrics (AAP) said": past what the brackets gloss */
		if (tok_punct(u, i, ')')) {
			size_t b = i;
			while (b > lo && i - b < 12 && !tok_punct(u, b, '('))
				b--;
			if (tok_punct(u, b, '(')) {
				i = b;
				continue;
			}
		}
		/* "says Stephen, who told his old man, “…”": the one the
		 * clause is about */
		if (tok_is(u, i, "who") && i >= 2 && tok_punct(u, i - 1, ',') && named(an, u, i - 2, ENTITY_PERSON)) {
			*out = u->ent[i - 2];
			return FOUND;
		}
		/* "Kerr’s wife said": someone of Kerr's, not Kerr; "retweeting
		 * one of Jones’s tweets and accusing her": whoever did that,
		 * further back */
		if (u->ent[i] >= 0 && an->e[u->ent[i]].kind == ENTITY_PERSON && (u->tk.v[i].flags & TK_POSS) &&
		    i + 1 < v && tok_word(u, i + 1) && !tok_cap(u, i + 1)) {
			if (i + 2 != v)
				continue;
			/* "Travis Kelce's mom confirmed": the one other Kelce the
			 * article names that the word fits, if only one */
			int kin = relative_of(an, u->ent[i], u, i + 1, ui);
			if (kin < 0)
				return BLOCKED;
			*out = kin;
			return FOUND;
		}
		enum found f = who(an, ui, i, out);
		size_t b = i;   /* where the name found begins */
		while (f == FOUND && u->ent[i] == *out && b > lo && u->ent[b - 1] == *out)
			b--;
		/* "a person close to Kelly told me", "an adviser to Trump
		 * said": someone unnamed near them */
		static const char *const near[] = { "to", "with", "of", "near" };
		if (f == FOUND && u->ent[i] == *out && an->e[*out].kind == ENTITY_PERSON && b > lo + 1 &&
		    TOK_AMONG(u, b - 1, near) && tok_word(u, b - 2) && !tok_cap(u, b - 2) && !u->inq[b - 2])
			return BLOCKED;
		/* "Chief James Hall with the New York Police Department
		 * said", "X, an oceanographer at the University of New South
		 * Wales told": the organization is where the speaker works */
		if (f == FOUND && u->ent[i] == *out && an->e[*out].kind == ENTITY_ORGANIZATION) {
			/* ("of the Kent and Essex Serious Crime Directorate") */
			while (b > lo + 1 && (tok_is(u, b - 1, "and") || tok_punct(u, b - 1, '&')) && tok_cap(u, b - 2) &&
			       !named(an, u, b - 2, ENTITY_PERSON)) {
				b -= 2;
				while (b > lo && tok_cap(u, b - 1) && !named(an, u, b - 1, ENTITY_PERSON))
					b--;
			}
			if (b > lo && tok_is(u, b - 1, "the"))
				b--;
			static const char *const preps[] = { "with", "at", "of", "from", "for", "in", "to", "on" };
			if (b > lo && TOK_AMONG(u, b - 1, preps)) {
				i = b - 1;
				continue;
			}
		}
		if (f != NOT_FOUND)
			return f;
		if (verb(u, i))
			break;
	}
	if (no_object(u, v))
		return NOT_FOUND;
	/* object: "said Burns", "said the senator", "said chief inspector
	 * Jennifer Mattinson" */
	size_t j = v + 1;
	if (tok_punct(u, j, ','))
		j++;
	return named_after(an, ui, j, hi, out);
}

/* Whether the period (or ? or !) at i ends a sentence: the tokenizer
 * numbered the sentences, knowing "Dr." and "C." do not end one. */
static bool sentence_end(const struct unit *u, size_t i)
{
	if (u->inq[i] || !(tok_punct(u, i, '.') || tok_punct(u, i, '?') || tok_punct(u, i, '!')))
		return false;
	for (size_t j = i + 1; j < u->tk.n; j++)
		if (tok_word(u, j))
			return u->tk.v[j].sentence != u->tk.v[i].sentence;
	return true;
}

/* Whether a verb at v is near enough the start lo of the sentence after
 * a quote that ended its own to be what attributes it: within its first
 * four words ("“….” Jane Smith, 45, said"), or right after the name it
 * opens with and a description between commas ("“….” Jane Doe, a
 * spokeswoman for the agency, said"). */
static bool near_start(const struct analysis *an, const struct unit *u, size_t lo, size_t v)
{
	size_t words = 0;
	for (size_t t = lo; t < v; t++)
		words += tok_word(u, t);
	if (words <= 3)
		return true;
	return u->ent[lo] >= 0 && an->e[u->ent[lo]].kind == ENTITY_PERSON && tok_punct(u, name_end(u, lo), ',') &&
	       v > 0 && tok_punct(u, v - 1, ',') && v - lo < 40;
}

/* After the closing mark: "…,” Burns said", "…,” said Burns", "…” –
 * Charles Dickens, A Christmas Carol". */
static enum found after_quote(const struct analysis *an, const struct qrec *q, int *out, bool *cue)
{
	const struct unit *u = &an->u[q->u1];
	size_t lo = q->c + 1, hi = lo;
	if (lo + 1 < u->tk.n && dash(u, lo) && u->ent[lo + 1] >= 0 &&
	    an->e[u->ent[lo + 1]].kind == ENTITY_PERSON) {
		*cue = true;
		*out = u->ent[lo + 1];
		return FOUND;
	}
	/* (further when a name and a description come first: "…,” Michael
	 * Joseph, the South Africa–born former CEO of Safaricom who helped
	 * create M-Pesa, tells me") */
	size_t reach = 20;
	if (lo < u->tk.n && u->ent[lo] >= 0 && an->e[u->ent[lo]].kind == ENTITY_PERSON &&
	    tok_punct(u, name_end(u, lo), ','))
		reach = 40;
	while (hi < u->tk.n && hi < lo + reach && !sentence_end(u, hi) &&
	       !(u->tk.v[hi].flags & TK_OPENQ && !u->inq[hi]))
		hi++;
	/* a quote that ended its sentence with a period is not what the
	 * words after it introduce ("…States.” He added, “…”) */
	bool period = q->c > 0 && tok_punct(u, q->c - 1, '.');
	/* (that the words introduce: "He added, “…”", not a phrase
	 * quoted later in a clause of theirs, "Chao said, adding that
	 * people settled there for a “sense of business opportunity.”") */
	bool next_quote = hi < u->tk.n && (u->tk.v[hi].flags & TK_OPENQ) && hi > lo &&
			  (tok_punct(u, hi - 1, ',') || tok_punct(u, hi - 1, ':') || hi - lo <= 4);
	if (period && next_quote)
		return NOT_FOUND;
	/* nor a sentence that opens with a clause of its own ("…me.” As she
	 * left the office, she says, Ailes tried to kiss her.") */
	static const char *const openers[] = {
		"as", "when", "after", "while", "since", "because", "if", "although", "though", "before",
		"once", "until", "during",
	};
	bool stop = period || (q->c > 0 && (tok_punct(u, q->c - 1, '?') || tok_punct(u, q->c - 1, '!')));
	if (stop && lo < u->tk.n && tok_cap(u, lo) && TOK_AMONG(u, lo, openers))
		return NOT_FOUND;
	/* "“…,” Mark McCaughrean, senior science adviser for ESA.": a name
	 * and what they are, and no verb, sign the quote */
	if (lo < u->tk.n && u->ent[lo] >= 0 && an->e[u->ent[lo]].kind == ENTITY_PERSON && q->c > 0 &&
	    tok_punct(u, q->c - 1, ',') && tok_punct(u, name_end(u, lo), ',')) {
		bool any_verb = false;
		size_t end = lo;
		while (end < u->tk.n && !sentence_end(u, end))
			end++;
		for (size_t v = lo; v < end && !any_verb; v++)
			any_verb = tok_word(u, v) && TOK_IN(u, v, speech_verbs);
		if (!any_verb && end < u->tk.n && end - lo < 16) {
			*cue = true;
			*out = u->ent[lo];
			return FOUND;
		}
	}
	for (size_t v = lo; v < hi; v++) {
		/* (after a quote that ended its sentence, only a verb right
		 * after it: "“….” Chao said", not "“….” Up until recently,
		 * Caudevilla answered questions", nor "“….” Wage gains have
		 * been flat, he said", which the sentence before may settle) */
		bool speaks = verb(u, v) || (tok_is(u, v, "according") && tok_is(u, v + 1, "to"));
		bool word = !u->inq[v] && tok_word(u, v) && !tok_cap(u, v) && TOK_IN(u, v, speech_verbs);
		if ((speaks || word) && stop && !near_start(an, u, lo, v))
			break;
		/* ("“All right,” came the reply": someone's words, though
		 * the noun names no one) */
		if (word)
			*cue = true;
		if (!speaks)
			continue;
		*cue = true;
		/* "“…,” she recalls him saying": the one heard saying it */
		static const char *const heard[] = { "him", "her" };
		static const char *const saying[] = { "saying", "say", "telling", "tell", "asking", "ask" };
		if (v + 2 < hi && TOK_AMONG(u, v + 1, heard) && TOK_AMONG(u, v + 2, saying)) {
			char g = tok_is(u, v + 1, "her") ? 'f' : 'm';
			int e = antecedent(an, q->u1, v, false, g);
			if (e < 0)
				return BLOCKED;
			/* (not the one recalling: "she recalls her saying") */
			int r = -1;
			if (around_verb(an, q->u1, v, lo, v, &r) == FOUND && r == e)
				return BLOCKED;
			*out = e;
			return FOUND;
		}
		return around_verb(an, q->u1, v, lo, hi, out);
	}
	return NOT_FOUND;
}

/* A speech verb that goes on from a clause before it ("…, adding",
 * "… and added"), whose subject is that clause's. */
static bool follow_on(const struct unit *u, size_t v)
{
	return (participle(u, v) && v > 0 && tok_punct(u, v - 1, ',')) || (v > 0 && tok_is(u, v - 1, "and"));
}

/* Nouns for what someone said or wrote: "his statement:", "Ailes’s
 * reply:". */
static const char *const writing[] = {
	"text", "statement", "letter", "post", "tweet", "message", "note", "email", "words",
	"response", "reply", "remarks", "speech", "answer", "retort",
};

/* "But here is his text:", "Read her full statement:": whom "his" stands
 * for, when the words end right before the colon at token end. */
static enum found their_writing(const struct analysis *an, size_t ui, size_t lo, size_t end, int *out)
{
	const struct unit *u = &an->u[ui];
	static const char *const own[] = { "his", "her" };
	for (size_t i = lo; i + 1 < end; i++) {
		if (u->inq[i] || !TOK_AMONG(u, i, own))
			continue;
		size_t n = i + 1;
		while (n + 1 < end && n < i + 3 && tok_word(u, n) && !TOK_AMONG(u, n, writing))
			n++;
		if (!TOK_AMONG(u, n, writing) || n + 1 != end)
			continue;
		int e = antecedent(an, ui, i, false, tok_is(u, i, "her") ? 'f' : 'm');
		if (e < 0)
			return BLOCKED;
		*out = e;
		return FOUND;
	}
	return NOT_FOUND;
}

/* Before the opening mark, in the same sentence: "Burns said, “…”",
 * "according to Burns, “…”", "Burns wrote that “…”". */
static enum found before_quote(const struct analysis *an, size_t ui, size_t o, int *out, bool *cue)
{
	const struct unit *u = &an->u[ui];
	size_t lo = o;
	while (lo > 0 && o - lo < 80 && !sentence_end(u, lo - 1))
		lo--;
	/* "She remembers Ailes’s reply: “…”": whose reply, not who
	 * remembers it */
	/* (not "Jane Doe responded to Donald Trump’s tweet:") */
	size_t pb = o >= 3 ? o - 3 : 0;
	while (pb > lo && u->ent[pb - 1] >= 0 && u->ent[pb - 1] == u->ent[o - 3])
		pb--;
	static const char *const to[] = { "to", "at", "on", "about", "of", "against", "with" };
	if (o >= lo + 3 && tok_punct(u, o - 1, ':') && TOK_AMONG(u, o - 2, writing) && !u->inq[o - 3] &&
	    u->ent[o - 3] >= 0 && (u->tk.v[o - 3].flags & TK_POSS) && speaker_entity(an, u->ent[o - 3]) &&
	    !(pb > lo && TOK_AMONG(u, pb - 1, to))) {
		*out = u->ent[o - 3];
		return FOUND;
	}
	/* (the verb within 40 tokens of the quote; its subject may be
	 * further, past a long description) */
	size_t vlo = o - lo > 40 ? o - 40 : lo;
	for (size_t v = o; v-- > vlo;) {
		if (u->inq[v] > u->inq[o])
			continue;
		if (verb(u, v) || (tok_is(u, v, "according") && tok_is(u, v + 1, "to"))) {
			/* "she recalled saying “…”": the verb before says who */
			if (participle(u, v) && v > vlo && verb(u, v - 1))
				continue;
			/* "Anwar said in a statement, first reported by Sky
			 * News: “…”": an aside about the words, not who said them */
			if (tok_is(u, v + 1, "by") && v > lo + 1 &&
			    (tok_punct(u, v - 1, ',') || tok_punct(u, v - 2, ',')))
				continue;
			*cue = true;
			enum found f = around_verb(an, ui, v, lo, o, out);
			/* ("X said that women who had accused Mr. Trump “…”":
			 * the one who said, further back) */
			if (f == NOT_FOUND && no_object(u, v) && !tok_is(u, v, "told") && u->inq[v] == u->inq[o]) {
				/* (past "asking"; past "accused" only inside "X said
				 * that …", not "When Davis announced the cuts,
				 * teachers called the plan") */
				if (TOK_AMONG(u, v, ask_verbs) || said_that_before(u, lo, v))
					continue;
				return f;
			}
			if (f != NOT_FOUND || !follow_on(u, v) || u->inq[v] != u->inq[o])
				return f;
			/* "“…,” he said, adding, “…”": who said the quote
			 * before, in this sentence, else the subject of the
			 * verb before */
			for (size_t k = an->nq; k-- > 0;) {
				const struct qrec *p = &an->q[k];
				if (p->dead || p->block || p->u1 != ui || p->c >= v)
					continue;
				if (p->c >= lo && p->speaker >= 0 && p->kind != QUOTE_SCARE) {
					*out = p->speaker;
					return FOUND;
				}
				break;
			}
		}
	}
	/* "In Dr. Shadlen’s words, “…”" */
	for (size_t v = lo; v + 1 < o; v++)
		if (u->ent[v] >= 0 && !u->inq[v] && (u->tk.v[v].flags & TK_POSS) &&
		    (tok_is(u, v + 1, "words") || tok_is(u, v + 1, "view")) &&
		    speaker_entity(an, u->ent[v])) {
			*out = u->ent[v];
			return FOUND;
		}
	/* "Obama: ‘…’", "Alverson summed up the journey …: “…”": the
	 * first person of the sentence */
	if (o > 0 && tok_punct(u, o - 1, ':')) {
		for (size_t i = lo; i < o; i++)
			if (named(an, u, i, ENTITY_PERSON)) {
				*out = u->ent[i];
				return FOUND;
			}
		/* "He’s philosophical about it: “…”" */
		bool plural;
		if (tok_pronoun(u, lo, &plural) && !plural)
			return who(an, ui, lo, out);
		enum found f = their_writing(an, ui, lo, o - 1, out);
		if (f != NOT_FOUND)
			return f;
	}
	return NOT_FOUND;
}

/* An introduction ending in a colon in the paragraph before: "Burns …
 * in a 2017 New York Times op-ed:". */
static enum found colon_intro(const struct analysis *an, size_t ui, int *out, bool *cue)
{
	if (ui == 0)
		return NOT_FOUND;
	const struct unit *p = &an->u[ui - 1], *u = &an->u[ui];
	if (p->block == UNIT_TITLE || p->tk.n == 0 || !tok_punct(p, p->tk.n - 1, ':') ||
	    (u->block != UNIT_TITLE && p->block + 1 != u->block))
		return NOT_FOUND;
	size_t end = p->tk.n - 1;
	*cue = true;
	enum found f = before_quote(an, ui - 1, end, out, cue);
	if (f != NOT_FOUND)
		return f;
	/* no verb: the first person of the sentence, or the organization
	 * it opens with ("Twitter issued a statement to Slate …:") */
	size_t lo = end;
	while (lo > 0 && !sentence_end(p, lo - 1))
		lo--;
	for (size_t i = lo; i < end; i++)
		if (named(an, p, i, ENTITY_PERSON)) {
			*out = p->ent[i];
			return FOUND;
		}
	f = their_writing(an, ui - 1, lo, end, out);
	if (f != NOT_FOUND)
		return f;
	/* (past an opening phrase: "After the election, Twitter …") */
	size_t s = lo;
	for (size_t c = lo; c < end && c < lo + 8; c++)
		if (tok_punct(p, c, ',')) {
			s = c + 1;
			break;
		}
	s += tok_is(p, s, "the");
	if (s < end && named(an, p, s, ENTITY_ORGANIZATION) &&
	    !org_member(an, p, s)) {
		*out = p->ent[s];
		return FOUND;
	}
	return NOT_FOUND;
}

/* The person whose name, its words run together, begins the handle at
 * token t ("annapickard", "tomphillipsin"), if exactly one does. */
static int handle_owner(const struct analysis *an, const struct unit *u, size_t t)
{
	char h[KEY_MAX];
	if (!tok_lower(u, t, h))
		return -1;
	int found = -1;
	for (size_t k = 0; k < an->ne; k++) {
		const struct went *w = &an->e[k];
		if (w->kind != ENTITY_PERSON || !w->name || w->name_words < 2 || w->mentions == 0)
			continue;
		char joined[KEY_MAX];
		size_t n = 0;
		for (const char *p = w->name; *p && n + 1 < sizeof joined; p++)
			if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))
				joined[n++] = (char)(*p | (*p >= 'A' && *p <= 'Z' ? 0x20 : 0));
		joined[n] = '\0';
		if (n >= 6 && !strncmp(h, joined, n)) {
			if (found >= 0 && found != (int)k)
				return -1;
			found = (int)k;
		}
	}
	return found;
}

/* The name that signs a block quote: "— Donald J. Trump (@realDonaldTrump)". */
static enum found signature(const struct analysis *an, const struct qrec *q, int *out)
{
	const struct unit *u = &an->u[q->u1];
	/* (a signature line of its own, after the quote) */
	if (signature_line(an, q->u1 + 1))
		u = &an->u[q->u1 + 1];
	size_t st = signature_at(u);
	if (st != SIZE_MAX && u->ent[st + 1] >= 0 && speaker_entity(an, u->ent[st + 1])) {
		*out = u->ent[st + 1];
		return FOUND;
	}
	/* "— anna or whatever (@annapickard)": a handle made of the name of
	 * someone the article names */
	for (size_t i = 0; i + 2 < u->tk.n; i++) {
		if (!tok_punct(u, i, '(') || !tok_punct(u, i + 1, '@') || !tok_word(u, i + 2))
			continue;
		int e = handle_owner(an, u, i + 2);
		if (e >= 0) {
			*out = e;
			return FOUND;
		}
	}
	for (size_t i = 0; i + 1 < u->tk.n; i++) {
		if (!dash(u, i) && !tok_punct(u, i, '-'))
			continue;
		if (u->ent[i + 1] >= 0 && speaker_entity(an, u->ent[i + 1]) &&
		    (i == 0 || !tok_word(u, i - 1) || i + 8 >= u->tk.n)) {
			*out = u->ent[i + 1];
			return FOUND;
		}
	}
	return NOT_FOUND;
}

static int continued_speaker(const struct analysis *an, size_t qi);
static int sentence_before(const struct analysis *an, const struct qrec *q, bool *cue);
static int paragraph_speaker(const struct analysis *an, size_t qi);

/* A block quote after a few words and a colon that name no one ("and
 * here:", "And again:") between it and the block quote before: the same
 * speaker's. */
static int again_intro(const struct analysis *an, size_t qi)
{
	const struct qrec *q = &an->q[qi];
	if (q->u0 < 2)
		return -1;
	const struct unit *p = &an->u[q->u0 - 1];
	if (p->block == UNIT_TITLE || p->tk.n == 0 || p->tk.n > 6 || !tok_punct(p, p->tk.n - 1, ':'))
		return -1;
	for (size_t t = 0; t < p->tk.n; t++)
		if (p->ent[t] >= 0 || (tok_word(p, t) && (p->tk.v[t].flags & TK_CAP) && t > 0))
			return -1;
	for (size_t k = qi; k-- > 0;) {
		const struct qrec *b = &an->q[k];
		if (b->dead)
			continue;
		if (!b->block || b->u1 + 2 != q->u0 || b->kind == QUOTE_SCARE)
			return -1;
		return b->speaker;
	}
	return -1;
}

/* A quote inside a quote, attributed inside it: "“‘Donald Trump, who’s
 * that again?’ asked Millie Tracer of Skokie. ‘I came to see the game.’”"
 * — the name by a speech verb next to it at its own depth, else whoever
 * said the quote before it at that depth. */
static int nested_speaker(const struct analysis *an, size_t qi)
{
	const struct qrec *q = &an->q[qi];
	const struct unit *u = &an->u[q->u0];
	uint8_t d = u->inq[q->o];
	if (q->u0 != q->u1 || d == 0)
		return -1;
	/* ‘…’ asked Millie Tracer; ‘…’ Tracer said */
	for (size_t v = q->c + 1; v < u->tk.n && v < q->c + 4 && u->inq[v] == d; v++) {
		if (!tok_word(u, v) || tok_cap(u, v) || !TOK_IN(u, v, speech_verbs))
			continue;
		size_t n = v + 1;
		if (tok_is(u, n, "the"))
			n++;
		if (n < u->tk.n && u->inq[n] == d && u->ent[n] >= 0 && speaker_entity(an, u->ent[n]))
			return u->ent[n];
		if (v > 0 && u->inq[v - 1] == d && u->ent[v - 1] >= 0 && speaker_entity(an, u->ent[v - 1]))
			return u->ent[v - 1];
		return -1;
	}
	/* the one before, at this depth in the same quote */
	for (size_t k = qi; k-- > 0;) {
		const struct qrec *p = &an->q[k];
		if (p->dead || p->block)
			continue;
		if (p->u1 < q->u0)
			break;
		if (p->u0 != q->u0 || p->u1 != q->u0 || u->inq[p->o] != d || p->c >= q->o)
			continue;
		for (size_t t = p->c; t < q->o; t++)
			if (u->inq[t] < d)
				return -1;      /* not in the same quote */
		return p->kind == QUOTE_SCARE ? -1 : p->speaker;
	}
	return -1;
}

static int find_speaker(const struct analysis *an, size_t qi, bool *cue, bool *own)
{
	const struct qrec *q = &an->q[qi];
	int e = -1;
	enum found f = NOT_FOUND;
	if (q->block) {
		f = signature(an, q, &e);
		if (f == NOT_FOUND)
			f = colon_intro(an, q->u0, &e, cue);
		if (f == NOT_FOUND && (e = again_intro(an, qi)) >= 0)
			return e;
		if (f == NOT_FOUND)
			return continued_speaker(an, qi);
		return f == FOUND ? e : -1;
	}
	int inner = nested_speaker(an, qi);
	if (inner >= 0) {
		*cue = true;
		return inner;
	}
	const struct unit *u0 = &an->u[q->u0];
	size_t first = q->o;
	if (an->u[q->u0].cont)
		first = 0;
	/* a quote that runs on into the writer's sentence (no comma or
	 * other stop of its own at the end) belongs to the verb before it:
	 * "Mackey said that the “… less relevant” as Whole Foods lowered
	 * its prices, Yahoo Finance reported" */
	const struct unit *u1 = &an->u[q->u1];
	bool runs_on = q->c > 0 && tok_word(u1, q->c - 1) && q->o > 0 && !(u0->cont && first == 0);
	if (runs_on)
		f = before_quote(an, q->u0, q->o, &e, cue);
	/* (a quote its own sentence introduces and ends, "Ishiba was
	 * asked, “Do you feel any guilt?” The prime minister admitted that
	 * he did.": the words after it are another sentence's) */
	bool introduced = false;
	if (q->o > 1 && (tok_punct(u0, q->o - 1, ',') || tok_punct(u0, q->o - 1, ':')) && q->c > 0 &&
	    (tok_punct(u1, q->c - 1, '.') || tok_punct(u1, q->c - 1, '?') || tok_punct(u1, q->c - 1, '!')))
		for (size_t v = q->o - 1; v-- > 0 && v + 4 >= q->o && !introduced;) {
			/* (someone before the verb: not "When asked, “Never!”
			 * Johnson replied.") */
			bool pl, subject = false;
			for (size_t k = v; k-- > 0 && k + 4 >= v && !subject;)
				subject = (u0->ent[k] >= 0 && !u0->inq[k]) || tok_pronoun(u0, k, &pl);
			introduced = verb(u0, v) && subject;
		}
	bool verb_after = false;
	if (f == NOT_FOUND && !introduced) {
		f = after_quote(an, q, &e, &verb_after);
		*cue = *cue || verb_after;
	}
	if (f == NOT_FOUND && !runs_on)
		f = before_quote(an, q->u0, q->o, &e, cue);
	if (f == NOT_FOUND && (q->o == 0 || (first == 0 && u0->cont)))
		f = colon_intro(an, q->u0, &e, cue);
	if (f == FOUND) {
		*own = true;
		return e;
	}
	if (f == BLOCKED)
		return -1;
	/* "“…,” Microsoft said": said by a name lede does not know, not by
	 * whoever spoke before */
	if (verb_after)
		return -1;
	if (q->o == 0)
		return continued_speaker(an, qi);
	int e2 = sentence_before(an, q, cue);
	return e2 >= 0 ? e2 : paragraph_speaker(an, qi);
}

/* A quote that opens a sentence of its own later in a paragraph where
 * someone was quoted, with no one else named between: theirs ("…,” said
 * Foreman, who … . He worked in … . “Eventually I think …”"). */
static int paragraph_speaker(const struct analysis *an, size_t qi)
{
	const struct qrec *q = &an->q[qi];
	const struct unit *u = &an->u[q->u0];
	if (q->o == 0 || !sentence_end(u, q->o - 1))
		return -1;
	for (size_t k = qi; k-- > 0;) {
		const struct qrec *p = &an->q[k];
		if (p->dead || p->block)
			continue;
		if (p->u1 != q->u0 || p->kind == QUOTE_SCARE || p->speaker < 0)
			return -1;
		for (size_t t = p->c + 1; t < q->o; t++)
			if (u->ent[t] >= 0 && !u->inq[t] && u->ent[t] != p->speaker &&
			    an->e[u->ent[t]].kind == ENTITY_PERSON)
				return -1;
		return p->speaker;
	}
	return -1;
}

/* The one person the sentence lo..end names outside quotes and outside
 * a clause about someone else, -2 when it names two, -1 when none. */
static int one_person(const struct analysis *an, const struct unit *u, size_t lo, size_t end)
{
	int one = -1;
	bool relative = false;
	for (size_t i = lo; i < end; i++) {
		/* (not one named in a clause about someone else: "quoted a
		 * fan who didn't even know who Trump was") */
		static const char *const rel[] = { "who", "whom", "whose" };
		relative = relative || (!u->inq[i] && TOK_AMONG(u, i, rel) && i > lo && !tok_punct(u, i - 1, ','));
		int e = u->ent[i];
		if (e < 0 || u->inq[i] || an->e[e].kind != ENTITY_PERSON || attributive(u, i) || relative)
			continue;
		if (one >= 0 && e != one)
			return -2;      /* two people: which one? */
		one = e;
	}
	return one;
}

/* A quote that opens a sentence of its own, after one about a single
 * person: "Charles Schultze … once summed up the danger with a metaphor.
 * “It’s not so much …”". */
static int sentence_before(const struct analysis *an, const struct qrec *q, bool *cue)
{
	const struct unit *u = &an->u[q->u0];
	if (q->o == 0 || !sentence_end(u, q->o - 1))
		return -1;
	size_t end = q->o - 1, lo = end;
	while (lo > 0 && !sentence_end(u, lo - 1))
		lo--;
	/* "“A,” she said. “B.”": the quote before, in that sentence, says
	 * whose */
	for (const struct qrec *p = q; p-- > an->q;) {
		if (p->dead || p->block || p->u1 != q->u0)
			continue;
		if (p->c < lo || p->c >= q->o)
			break;
		/* (someone's words go on, even when lede cannot say whose) */
		if (p->kind != QUOTE_SCARE) {
			*cue = true;
			if (p->speaker >= 0)
				return p->speaker;
		}
		break;
	}
	int one = one_person(an, u, lo, end);
	if (one >= 0)
		return one;
	/* no one named, but someone said to speak: "He says his fortunes
	 * fell so low … “I called Marine friends …”"; of two named, the one
	 * said to speak ("Paltrow said that she approves of Affleck's wife,
	 * Jennifer Garner. “…”") */
	for (size_t v = lo; v < end; v++) {
		if (u->inq[v] || !verb(u, v))
			continue;
		int e = -1;
		if (around_verb(an, q->u0, v, lo, end, &e) != FOUND || an->e[e].kind != ENTITY_PERSON)
			break;
		/* (not "Ann Keller told the jury that Mark Davis had written
		 * to her": the one reported may be the one quoted) */
		if (one == -2)
			for (size_t w = v + 1; w < end; w++)
				if (!u->inq[w] && verb(u, w))
					return -1;
		return e;
	}
	return -1;
}

/* The speaker of the last speech verb of unit ui ("Zuckerberg said this
 * was the reason."), or -1. */
static int last_speaker(const struct analysis *an, size_t ui)
{
	const struct unit *u = &an->u[ui];
	for (size_t v = u->tk.n; v-- > 0;) {
		if (!verb(u, v))
			continue;
		size_t lo = v;
		while (lo > 0 && !sentence_end(u, lo - 1))
			lo--;
		size_t hi = v;
		while (hi < u->tk.n && !sentence_end(u, hi))
			hi++;
		int e = -1;
		/* a verb with no one before or after it ("… asking price") is
		 * not the one: look further back */
		enum found f = around_verb(an, ui, v, lo, hi, &e);
		if (f != NOT_FOUND)
			return f == FOUND ? e : -1;
	}
	return -1;
}

/* A caption, a picture or a list item set in the flow of the text, or a
 * figure's short label ("whale strandings"): not a paragraph of the
 * story, and no one's words. */
static bool aside(const struct unit *u)
{
	if (u->block == UNIT_TITLE || u->in_blockquote)
		return false;
	if (u->caption)
		return true;
	if (!u->paragraph || u->tk.n == 0 || u->tk.n > 4)
		return false;
	for (size_t t = 0; t < u->tk.n; t++)
		if (!tok_word(u, t) || u->ent[t] >= 0)
			return false;
	return true;
}

/* A paragraph that opens with a quote no sentence of its own attributes:
 * in news writing, the words of whoever spoke last in the paragraph
 * before, when no one else is named in between. */
static int continued_speaker(const struct analysis *an, size_t qi)
{
	const struct qrec *q = &an->q[qi];
	if (q->u0 == 0)
		return -1;
	/* the paragraph before, past the captions, pictures and figure
	 * labels set between the two */
	size_t pi = q->u0 - 1;
	while (pi > 0 && aside(&an->u[pi]) && an->u[pi].block + 1 == an->u[pi + 1].block)
		pi--;
	const struct unit *prev = &an->u[pi], *u = &an->u[q->u0];
	if (prev->block == UNIT_TITLE || u->block == UNIT_TITLE || !u->paragraph || !prev->paragraph)
		return -1;
	for (size_t k = pi; k < q->u0; k++)
		if (an->u[k].block + 1 != an->u[k + 1].block)
			return -1;
	/* no one else named in this paragraph outside the quotes (nor in a
	 * picture's caption set inside the quote) */
	for (size_t k = q->u0; k <= q->u1; k++) {
		const struct unit *w = &an->u[k];
		if (k != q->u0 && k != q->u1 && w->picture)
			continue;
		for (size_t t = 0; t < w->tk.n; t++)
			if (named(an, w, t, ENTITY_PERSON))
				return -1;
	}
	/* the last quote of the paragraph before, if it has a speaker */
	const struct qrec *p = NULL;
	for (size_t k = qi; k-- > 0;)
		if (!an->q[k].dead) {
			p = &an->q[k];
			break;
		}
	if (p && p->u1 == pi) {
		if (p->speaker < 0 || p->kind == QUOTE_SCARE)
			return -1;
		/* (a name in the attribution's possessive is not another:
		 * "“Terrific guy,” Epstein's neighbor, Donald Trump, said") */
		const struct unit *pu = &an->u[p->u1];
		for (size_t t = p->c + 1; t < pu->tk.n; t++)
			if (pu->ent[t] >= 0 && !pu->inq[t] && pu->ent[t] != p->speaker &&
			    an->e[pu->ent[t]].kind == ENTITY_PERSON && !(pu->tk.v[name_end(pu, t) - 1].flags & TK_POSS))
				return -1;
		return p->speaker;
	}
	/* or the last one said to speak in it */
	int e = last_speaker(an, pi);
	if (e >= 0)
		return e;
	/* or, when no one spoke there, the one person its last sentence
	 * is about: "Allan Snr believes someone in Glenrothes must know.
	 * ¶ “It just doesn't add up …”" */
	size_t end = prev->tk.n;
	while (end > 0 && !tok_word(prev, end - 1))
		end--;
	if (end == 0 || prev->tk.n == 0)
		return -1;
	size_t lo = end - 1;
	while (lo > 0 && !sentence_end(prev, lo - 1))
		lo--;
	e = one_person(an, prev, lo, prev->tk.n);
	/* (its subject: not "Officers arrested John Smith, 45, on
	 * Tuesday.") */
	size_t s = lo + (tok_is(prev, lo, "the") ? 1 : 0);
	size_t tl;
	if (title_at(prev, s, prev->tk.n, &tl))
		s += tl;
	return e >= 0 && prev->ent[s] == e ? e : -1;
}

/* ---- kinds ---- */

/* Words that say a title follows, however long: "with the headline
 * “Something is deeply broken at the FBI,”". */
static bool title_word(const struct unit *u, size_t o)
{
	static const char *const w[] = { "headline", "headlined", "titled", "entitled" };
	size_t i = o > 0 && tok_punct(u, o - 1, ',') ? o - 1 : o;
	return i > 0 && TOK_AMONG(u, i - 1, w);
}

static bool scare_cue(const struct unit *u, size_t o)
{
	static const char *const cue[] = {
		"so-called", "dubbed", "nicknamed", "titled", "entitled", "term", "terms", "word",
		"words", "phrase", "slogan", "label", "hashtag", "book", "film", "movie", "song",
		"album", "show", "series", "novel", "play", "documentary", "podcast", "game",
		"headline", "motto", "branded", "named", "called", "calls", "calling", "known", "as", "coined",
		"article", "essay", "paper", "column", "op-ed", "poem", "report", "study", "exhibition",
		"exhibit", "campaign", "program", "programme", "project", "initiative", "operation",
		"opera", "musical", "painting", "episode", "chapter", "magazine", "newspaper", "blog",
		"website", "app", "course", "lecture", "speech",
	};
	if (o == 0)
		return false;
	size_t i = o - 1;
	if (tok_punct(u, i, ',') && i > 0)
		i--;
	/* "an event dubbed a “thank you” party" */
	static const char *const article[] = { "a", "an", "the" };
	static const char *const naming[] = { "dubbed", "called", "named", "nicknamed", "as" };
	if (i > 0 && TOK_AMONG(u, i, article) && TOK_AMONG(u, i - 1, naming))
		return true;
	/* "in Shadlen’s words, “…”" quotes someone */
	if (i > 0 && (tok_is(u, i, "words") || tok_is(u, i, "word")) &&
	    ((u->tk.v[i - 1].flags & TK_POSS) || tok_is(u, i - 1, "his") || tok_is(u, i - 1, "her") ||
	     tok_is(u, i - 1, "their") || tok_is(u, i - 1, "own")))
		return false;
	if (TOK_AMONG(u, i, cue))
		return true;
	/* "the traditional “peace be with you”": a term (but "the “firmness
	 * and vigilance” Burns articulates" are his words, and "the state
	 * “will rebuild”" goes on the writer's sentence with a verb) */
	static const char *const aux[] = {
		"will", "would", "can", "could", "should", "shall", "may", "might", "must", "is",
		"are", "was", "were", "has", "have", "had", "does", "did", "do", "not", "never",
	};
	return i > 0 && tok_is(u, i - 1, "the") && tok_word(u, i) && !(u->tk.v[i].flags & TK_CAP) &&
	       !verb(u, i) && !TOK_AMONG(u, o + 1, aux);
}

/* A title in a reference: "Eich, Brendan (2008). “Title”. Site.
 * Retrieved 2012-08-19." or "^ “Title”". */
static bool cited_title(const struct unit *u, size_t o, size_t c)
{
	if (o >= 1 && tok_punct(u, o - 1, '^'))
		return true;
	if (o >= 2 && tok_punct(u, o - 1, '.') && tok_punct(u, o - 2, ')')) {
		bool digit = false;
		for (size_t k = o - 2, n = 0; k-- > 0 && n < 10; n++) {
			if (tok_punct(u, k, '('))
				return digit;
			digit = digit || (tok_word(u, k) && (u->tk.v[k].flags & TK_DIGIT));
		}
	}
	/* (in the same reference, not anywhere in a long paragraph) */
	for (size_t k = c + 1; k + 1 < u->tk.n && k < c + 60; k++)
		if ((tok_is(u, k, "retrieved") || tok_is(u, k, "accessed")) &&
		    tok_word(u, k + 1) && (u->tk.v[k + 1].flags & TK_DIGIT || tok_month_or_day(u, k + 1)))
			return true;
	return false;
}

/* A speech verb within the three words before the opening mark: "said
 * “…”", "told reporters “…”". */
static bool verb_near(const struct unit *u, size_t o)
{
	for (size_t k = o, n = 0; k-- > 0 && n < 3; n++)
		if (verb(u, k))
			return true;
	return false;
}

/* Nouns after a short quote that make it a name for a thing of that kind
 * ("a new “quick edit” feature"; not "a “clearer and fairer” system",
 * which may be someone's words). */
static const char *const kinds_of_thing[] = {
	"feature", "features", "option", "button", "mode", "tool", "setting", "tab", "menu",
	"label", "category", "brand", "plan", "tier", "program", "programme", "tour", "challenge",
	"trend", "franchise", "hashtag", "app",
};

static void classify(struct analysis *an, size_t qi)
{
	struct qrec *q = &an->q[qi];
	if (q->block) {
		q->kind = QUOTE_DIRECT;
		bool cue;
		q->speaker = find_speaker(an, qi, &cue, &q->own);
		return;
	}
	const struct unit *u0 = &an->u[q->u0], *u1 = &an->u[q->u1];
	size_t words = 0, long_words = 0, capital = 0;
	bool first_cap = false, first_seen = false;
	for (size_t k = q->u0; k <= q->u1; k++) {
		const struct unit *u = &an->u[k];
		if (!q->block && k != q->u0 && k != q->u1 && u->picture)
			continue;
		size_t from = k == q->u0 ? q->o + 1 : 0, to = k == q->u1 ? q->c : u->tk.n;
		for (size_t t = from; t < to; t++) {
			if (!tok_word(u, t))
				continue;
			if (!first_seen) {
				first_cap = (u->tk.v[t].flags & TK_CAP) != 0;
				first_seen = true;
			}
			words++;
			if (tok_len(u, t) >= 4) {
				long_words++;
				if (u->tk.v[t].flags & TK_CAP)
					capital++;
			}
		}
	}
	bool ends_punct = false;
	size_t last = q->c;
	/* “It’s ‘Showtime at the Apollo.’” ends where the inner quote does */
	while (last > 0 && (u1->tk.v[last - 1].flags & TK_CLOSEQ))
		last--;
	if (last > 0 && !tok_word(u1, last - 1)) {
		uint32_t cp = u1->tk.v[last - 1].cp;
		ends_punct = cp == '.' || cp == ',' || cp == '?' || cp == '!' || cp == 0x2026 ||
			     cp == ':' || cp == ';' || cp == 0x2014;
	}
	bool whole = q->o == 0 && only_punct_after(u1, q->c);
	bool cue = false;
	q->speaker = find_speaker(an, qi, &cue, &q->own);
	/* (a speaker only guessed from the sentences around does not make
	 * a title someone's words) */
	bool said = cue;
	cue = cue || q->speaker >= 0;
	/* punctuation after the closing mark, as British and European
	 * writing puts it («We will not give in», said Macron), ends a quote
	 * that opened its sentence, and that someone is said to have said,
	 * as well as punctuation inside it */
	bool opens_sentence = q->o == 0 || (u0->tk.v[q->o].sentence != u0->tk.v[q->o - 1].sentence) ||
			      tok_punct(u0, q->o - 1, ':') || tok_punct(u0, q->o - 1, '.') ||
			      tok_punct(u0, q->o - 1, '?') || tok_punct(u0, q->o - 1, '!');
	if (!ends_punct && opens_sentence && cue && q->c + 1 < u1->tk.n && !tok_word(u1, q->c + 1)) {
		uint32_t cp = u1->tk.v[q->c + 1].cp;
		ends_punct = cp == '.' || cp == ',' || cp == '?' || cp == '!' || cp == 0x2026;
	}
	/* a title: every long word capitalized ("Super Mario Run", “Rush of
	 * Blood,”) and nobody said to say it */
	/* (not in a headline, where every word is capitalized) */
	bool title_case = words >= 2 && long_words >= 1 && capital == long_words && words <= 15 && u0->discover &&
			  !(ends_punct && u1->tk.v[last - 1].cp != '.' && u1->tk.v[last - 1].cp != ',');
	/* a question or an exclamation is a clause of its own, capital or
	 * not ("what is possible?") */
	bool asks = last > 0 && !tok_word(u1, last - 1) &&
		    (u1->tk.v[last - 1].cp == '?' || u1->tk.v[last - 1].cp == '!');
	bool sentence = (first_cap && ends_punct) || (asks && words >= 2);
	if (words == 0 || (q->u0 == q->u1 && cited_title(u0, q->o, q->c)))
		q->kind = QUOTE_SCARE;
	else if ((q->u1 > q->u0 || whole) && words >= 3)
		q->kind = QUOTE_DIRECT;
	else if (scare_cue(u0, q->o) && (words <= 4 || title_case || title_word(u0, q->o)))
		q->kind = QUOTE_SCARE;
	/* a name given to a thing of some kind: "a new “quick edit”
	 * feature" */
	else if (words <= 2 && !ends_punct && q->u0 == q->u1 && TOK_AMONG(u1, q->c + 1, kinds_of_thing) &&
		 !(words == 2 && q->c >= 2 && (tok_is(u1, q->c - 1, "and") || tok_is(u1, q->c - 2, "and") ||
					       tok_is(u1, q->c - 2, "or"))))
		q->kind = QUOTE_SCARE;
	else if (title_case && (!said || (!ends_punct && !verb_near(u0, q->o))))
		q->kind = QUOTE_SCARE;
	/* "told ABC News’ “This Week”", "NBC’s “Meet the Press”": a show's
	 * title after its maker's name */
	else if (title_case && q->o > 0 && (u0->tk.v[q->o - 1].flags & TK_POSS) && u0->ent[q->o - 1] >= 0 &&
		 q->u0 == q->u1)
		q->kind = QUOTE_SCARE;
	else if (sentence && (words >= 3 || cue))
		q->kind = QUOTE_DIRECT;
	else if (words == 1)
		q->kind = QUOTE_SCARE;
	else if (q->speaker >= 0 || (words >= 3 && cue))
		q->kind = QUOTE_PARTIAL;
	else
		q->kind = QUOTE_SCARE;      /* a phrase no one is said to have said */
	if (q->kind == QUOTE_SCARE)
		q->speaker = -1;
}

/* A quote that is a sentence of its own, with no one said to say it,
 * before one in the same paragraph whose own sentence names its speaker:
 * "“Your seven-day forecast is pretty accurate.” But beyond that, … .
 * “There’s a natural amount of chaos,” Menard says." — that speaker's,
 * when the paragraph names no other person. Taken from the last quote
 * back, so that a run of such quotes all go to the one named after them. */
static void forward_speakers(struct analysis *an)
{
	int next = -1;          /* the quote after, in the same unit */
	/* the people a unit names outside quotes: none, one (who), or more
	 * (-2), counted once a unit */
	size_t seen_unit = SIZE_MAX;
	int named_one = -1;
	for (size_t qi = an->nq; qi-- > 0;) {
		struct qrec *q = &an->q[qi];
		if (q->dead || q->block || q->kind == QUOTE_SCARE)
			continue;
		int after = next;
		next = (int)qi;
		if (q->speaker >= 0 || q->kind != QUOTE_DIRECT || q->u0 != q->u1 || after < 0)
			continue;
		const struct qrec *n = &an->q[after];
		const struct unit *u = &an->u[q->u0];
		if (n->u0 != q->u0 || n->speaker < 0 || !n->own || !u->paragraph)
			continue;
		/* (a sentence of its own: "… ago.” But …", not "…,” a
		 * witness said") */
		if (q->o > 0 && !sentence_end(u, q->o - 1))
			continue;
		/* (a statement, not a question the next one answers: "“Why
		 * did you vote against it?” “Because …,” Jones said.") */
		size_t last = q->c;
		while (last > 0 && (u->tk.v[last - 1].flags & TK_CLOSEQ))
			last--;
		if (last == 0 || !(tok_punct(u, last - 1, '.') || tok_punct(u, last - 1, '!')))
			continue;
		/* (nor a line of a dialogue: "… Governor Ann Lee replied") */
		static const char *const answers[] = {
			"replied", "replies", "answered", "answers", "responded", "responds", "countered",
			"retorted", "shot",
		};
		bool answer = false;
		for (size_t t = n->c + 1; t < u->tk.n && t < n->c + 8 && !answer; t++)
			answer = TOK_AMONG(u, t, answers);
		if (answer)
			continue;
		/* (nor after a sentence that has someone else speak: "A police
		 * officer shouted at the crowd. “Go home.”") */
		const struct unit *bu = u;
		size_t b = q->o;
		if (b == 0 && q->u0 > 0 && an->u[q->u0 - 1].paragraph && an->u[q->u0 - 1].block + 1 == u->block) {
			bu = &an->u[q->u0 - 1];
			b = bu->tk.n;
		}
		bool spoke = false;
		for (size_t t = b; t-- > 0 && !spoke;) {
			if (bu->tk.v[t].sentence != bu->tk.v[b - 1].sentence)
				break;
			spoke = !bu->inq[t] && verb(bu, t);
		}
		if (spoke)
			continue;
		size_t j = q->c + 1;
		while (j < u->tk.n && !tok_word(u, j))
			j++;
		if (j < u->tk.n && u->tk.v[j].sentence == u->tk.v[last - 1].sentence)
			continue;
		/* (no one else named, and no one else said to speak between:
		 * "“Go home.” The crowd left, a witness said.") */
		if (seen_unit != q->u0) {
			seen_unit = q->u0;
			named_one = -1;
			for (size_t t = 0; t < u->tk.n && named_one != -2; t++)
				if (!u->inq[t] && u->ent[t] >= 0 && an->e[u->ent[t]].kind == ENTITY_PERSON &&
				    u->ent[t] != named_one)
					named_one = named_one == -1 ? u->ent[t] : -2;
		}
		if (named_one == -2 || (named_one >= 0 && named_one != n->speaker))
			continue;
		bool said = false;
		for (size_t t = q->c + 1; t < n->o && !said; t++)
			said = !u->inq[t] && verb(u, t);
		if (said)
			continue;
		q->speaker = n->speaker;
		q->own = true;
	}
}

/* The words of a quote, in lower case and one blank apart, with a blank
 * before the first and after the last. */
static void quote_words(const struct analysis *an, const struct qrec *q, struct buf *b)
{
	for (size_t k = q->u0; k <= q->u1; k++) {
		const struct unit *u = &an->u[k];
		if (!q->block && k != q->u0 && k != q->u1 && u->picture)
			continue;
		size_t from = q->block ? 0 : k == q->u0 ? q->o + 1 : 0;
		size_t to = q->block || k != q->u1 ? u->tk.n : q->c;
		char low[KEY_MAX];
		for (size_t t = from; t < to; t++)
			if (tok_lower(u, t, low)) {
				buf_putc(b, ' ');
				buf_puts(b, low);
			}
	}
	buf_putc(b, ' ');
}

/* Whether a pull quote may take its speaker from the words it repeats:
 * one no one is said to say, and that no introduction gives to someone
 * unnamed ("People are telling her:"). */
static bool pull_candidate(const struct analysis *an, const struct qrec *q)
{
	if (q->dead || q->kind == QUOTE_SCARE || q->speaker >= 0)
		return false;
	const struct unit *pu = q->u0 > 0 ? &an->u[q->u0 - 1] : NULL;
	return !((q->block || q->o == 0) && pu && pu->tk.n > 0 && tok_punct(pu, pu->tk.n - 1, ':'));
}

/* Every quote's words (quote_words), once; NULL when no quote is wanted
 * (want), or when memory runs out (an->failed). */
static struct buf *every_quote_words(struct analysis *an,
				     bool (*want)(const struct analysis *, const struct qrec *))
{
	bool any = false;
	for (size_t i = 0; i < an->nq && !any; i++)
		any = want(an, &an->q[i]);
	if (!any)
		return NULL;
	struct buf *w = calloc(an->nq + 1, sizeof *w);
	if (!w) {
		an->failed = true;
		return NULL;
	}
	for (size_t i = 0; i < an->nq; i++) {
		quote_words(an, &an->q[i], &w[i]);
		an->failed = an->failed || w[i].failed;
	}
	return w;
}

static void free_quote_words(const struct analysis *an, struct buf *w)
{
	for (size_t i = 0; w && i < an->nq; i++)
		buf_free(&w[i]);
	free(w);
}

/* A pull quote, set apart with no one named, repeats words the article
 * quotes in full elsewhere: those words' speaker is its speaker. Its
 * first words or its last are looked for ("But What The Hell Do I Know?"
 * of "But again, what the hell do I know?"). */
static void pull_quotes(struct analysis *an, const struct buf *w)
{
	enum { OPENING = 6 };
	for (size_t i = 0; i < an->nq && !an->failed; i++) {
		struct qrec *q = &an->q[i];
		if (!pull_candidate(an, q))
			continue;
		/* " w1 … w6 " and " w(n-5) … wn ", of six words or more */
		const char *all = w[i].data;
		size_t len = w[i].len, cut = 0, blanks = 0;
		const char *tail = NULL;
		for (size_t k = 0; k < len; k++)
			if (all[k] == ' ' && ++blanks == OPENING + 1)
				cut = k + 1;
		for (size_t k = len, n = 0; k-- > 0 && !tail;)
			if (all[k] == ' ' && ++n == OPENING + 1)
				tail = all + k;
		/* a subheading that is a quote of three words or more, alone
		 * ("‘An infinite arsenal’"): all of it */
		const struct unit *u0 = &an->u[q->u0];
		if ((!cut || !tail) && !q->block && q->u0 == q->u1 && q->o == 0 && only_punct_after(u0, q->c) &&
		    !u0->paragraph && u0->block != UNIT_TITLE && blanks >= 4) {
			cut = len;
			tail = all;
		}
		if (!cut || !tail)
			continue;
		struct buf head = BUF_INIT;
		buf_append(&head, all, cut);
		for (size_t j = 0; j < an->nq && !head.failed; j++) {
			const struct qrec *p = &an->q[j];
			if (j == i || p->dead || p->kind == QUOTE_SCARE || p->speaker < 0)
				continue;
			if (strstr(w[j].data, head.data) || strstr(w[j].data, tail)) {
				q->speaker = p->speaker;
				break;
			}
		}
		an->failed = an->failed || head.failed;
		buf_free(&head);
	}
}

/* A headline's quoted word or words that someone says in the article
 * ("Tributes paid to ‘bubbly’ teen" when her mother is quoted "Chloe was
 * bubbly …"): a partial quote, theirs — when only one speaker says them. */
static bool echo_candidate(const struct analysis *an, const struct qrec *q)
{
	const struct unit *u = &an->u[q->u0];
	/* (the headline, or a heading at the top: not every heading of a
	 * long page, each against every quote) */
	return !q->dead && !q->block && q->kind == QUOTE_SCARE && q->u0 == q->u1 && !u->paragraph &&
	       !u->caption && q->c > q->o + 1 && (u->block == UNIT_TITLE || q->u0 < 4);
}

/* Whether quote p writes the long words of quote q (in unit hu) with
 * capitals wherever it has them. */
static bool capitalized_in(const struct analysis *an, const struct qrec *p, const struct unit *hu,
			   const struct qrec *q)
{
	for (size_t t = q->o + 1; t < q->c; t++) {
		char want[KEY_MAX];
		if (!tok_word(hu, t) || tok_len(hu, t) < 4 || !tok_lower(hu, t, want))
			continue;
		for (size_t k = p->u0; k <= p->u1; k++) {
			const struct unit *u = &an->u[k];
			size_t from = k == p->u0 ? p->o + 1 : 0, to = k == p->u1 ? p->c : u->tk.n;
			for (size_t x = from; x < to; x++)
				if (tok_is(u, x, want) && !(u->tk.v[x].flags & TK_CAP))
					return false;
		}
	}
	return true;
}

static void echoes(struct analysis *an, const struct buf *w)
{
	for (size_t i = 0; i < an->nq && !an->failed; i++) {
		struct qrec *q = &an->q[i];
		if (!echo_candidate(an, q) || w[i].len < 3)
			continue;
		/* (a single word, a long one: not "no", "the") */
		size_t blanks = 0;
		for (size_t k = 0; k < w[i].len; k++)
			blanks += w[i].data[k] == ' ';
		if (blanks < 2 || (blanks == 2 && w[i].len < 7))
			continue;
		/* (not a title or a name, words with every long one
		 * capitalized in the quote that says them too: "How ‘La La
		 * Land’ Resurrected the Musical" — but "Schumer Calls It ‘A
		 * Historic Victory’" echoes "a historic victory for …") */
		const struct unit *u = &an->u[q->u0];
		size_t words = 0, long_words = 0, capital = 0;
		for (size_t t = q->o + 1; t < q->c; t++)
			if (tok_word(u, t)) {
				words++;
				if (tok_len(u, t) >= 4) {
					long_words++;
					capital += (u->tk.v[t].flags & TK_CAP) != 0;
				}
			}
		bool titled = words > 1 && long_words > 0 && capital == long_words;
		int speaker = -1;
		for (size_t j = 0; j < an->nq; j++) {
			const struct qrec *p = &an->q[j];
			if (j == i || p->dead || p->kind != QUOTE_DIRECT || !strstr(w[j].data, w[i].data))
				continue;
			if (p->speaker < 0 || (speaker >= 0 && speaker != p->speaker)) {
				speaker = -2;
				break;
			}
			speaker = p->speaker;
			if (titled && !capitalized_in(an, p, u, q))
				titled = false;
		}
		if (speaker >= 0 && !titled) {
			q->kind = QUOTE_PARTIAL;
			q->speaker = speaker;
		}
	}
}

/* Whether pull quotes or headline echoes need every quote's words. */
static bool words_wanted(const struct analysis *an, const struct qrec *q)
{
	return pull_candidate(an, q) || echo_candidate(an, q);
}

/* A subheading that is a quote and its source ("‘Ends recession
 * debate’: CPA Canada") heads the section where the source is quoted:
 * the words are theirs, and whoever the section quotes first said them
 * (else the person the subheading names). */
static void heading_sources(struct analysis *an)
{
	for (size_t i = 0; i < an->nq; i++) {
		struct qrec *q = &an->q[i];
		const struct unit *u = &an->u[q->u0];
		if (q->dead || q->block || q->u0 != q->u1 || q->o != 0 || u->paragraph || u->caption ||
		    u->table_row || u->block == UNIT_TITLE || !tok_punct(u, q->c + 1, ':') || q->c + 2 >= u->tk.n)
			continue;
		/* (a name of a few capitalized words, and nothing more, after
		 * the colon) */
		size_t t = q->c + 2, words = 0;
		while (t < u->tk.n && (!tok_word(u, t) || tok_cap(u, t)) && !u->inq[t]) {
			words += tok_word(u, t);
			t++;
		}
		if (t < u->tk.n || words == 0 || words > 5)
			continue;
		/* (words someone may say, not a title: "‘Succession’: Season
		 * Four") */
		size_t said = 0, caps = 0;
		for (size_t k = q->o + 1; k < q->c; k++)
			if (tok_word(u, k)) {
				said++;
				caps += tok_cap(u, k) && k > q->o + 1;
			}
		if (said < 3 || caps + 1 >= said)
			continue;
		/* (a person named there is theirs) */
		int first = u->ent[q->c + 2];
		int who = first >= 0 && an->e[first].kind == ENTITY_PERSON ? first : -1;
		for (size_t j = i + 1; j < an->nq && who < 0; j++) {
			const struct qrec *p = &an->q[j];
			const struct unit *pu = &an->u[p->u0];
			if (p->dead)
				continue;
			if (!pu->paragraph)
				break;          /* the next heading */
			if (p->kind != QUOTE_SCARE && p->speaker >= 0) {
				who = p->speaker;
				break;
			}
		}
		q->kind = QUOTE_DIRECT;
		q->speaker = who;
	}
}

void quotes_find(struct analysis *an)
{
	pair_marks(an);
	if (an->failed)
		return;
	block_quotes(an);
	if (an->failed)
		return;
	if (an->nq > 1)
		qsort(an->q, an->nq, sizeof *an->q, by_position);
	/* (once the quotes are known: their words are not the writer's) */
	entities_genders(an);
	if (an->failed)
		return;
	for (size_t i = 0; i < an->nq; i++)
		if (!an->q[i].dead)
			classify(an, i);
	forward_speakers(an);
	heading_sources(an);
	/* (the words of every quote, once, for both) */
	struct buf *w = every_quote_words(an, words_wanted);
	if (w) {
		pull_quotes(an, w);
		if (!an->failed)
			echoes(an, w);
		free_quote_words(an, w);
	}
}

/* ---- the result ---- */

static void piece(struct buf *b, const struct unit *u, size_t from, size_t to)
{
	while (from < to && u->text[from] == ' ')
		from++;
	while (to > from && (u->text[to - 1] == ' ' || u->text[to - 1] == '\n'))
		to--;
	if (to <= from)
		return;
	if (b->len)
		buf_putc(b, ' ');
	for (size_t i = from; i < to; i++)
		buf_putc(b, u->text[i] == '\n' ? ' ' : u->text[i]);
}

struct quote *quotes_take(struct analysis *an, size_t *n)
{
	*n = 0;
	struct quote *v = calloc(an->nq + 1, sizeof *v);
	if (!v)
		return NULL;
	for (size_t i = 0; i < an->nq; i++) {
		const struct qrec *q = &an->q[i];
		if (q->dead)
			continue;
		struct buf b = BUF_INIT;
		for (size_t k = q->u0; k <= q->u1; k++) {
			const struct unit *u = &an->u[k];
			if (!q->block && k != q->u0 && k != q->u1 && u->picture)
				continue;
			size_t from = k == q->u0 ? q->start : 0, to = k == q->u1 ? q->end : u->len;
			if (k != q->u0 && u->cont && u->tk.n > 0)
				from = u->tk.v[0].end;
			piece(&b, u, from, to);
		}
		if (!b.len && !b.failed)
			continue;       /* nothing but marks */
		char *text = buf_steal(&b);
		if (!text) {
			for (size_t k = 0; k < *n; k++)
				free(v[k].text);
			free(v);
			*n = 0;
			return NULL;
		}
		struct quote *d = &v[(*n)++];
		d->block = an->u[q->u0].block;
		d->end_block = an->u[q->u1].block;
		d->start = q->start;
		d->end = q->end;
		d->kind = q->kind;
		d->is_block = q->block;
		d->speaker = q->speaker;
		d->text = text;
	}
	return v;
}
