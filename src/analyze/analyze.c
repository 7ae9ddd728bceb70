/* analyze.c — the analysis as a whole: the article's text as units, the
 * passes in order, and the result written into the article. */
#include <config.h>

#include "analyze.h"
#include "internal.h"
#include "lists.h"
#include "../buf.h"
#include "../text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- tokens ---- */

bool tok_lower(const struct unit *u, size_t i, char *out)
{
	if (!tok_word(u, i))
		return false;
	return lower_copy(tok_ptr(u, i), tok_len(u, i), out, KEY_MAX);
}

bool tok_among(const struct unit *u, size_t i, const char *const *words, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (tok_is(u, i, words[k]))
			return true;
	return false;
}

bool tok_is(const struct unit *u, size_t i, const char *lower)
{
	if (!tok_word(u, i))
		return false;
	size_t n = tok_len(u, i);
	if (strlen(lower) != n)
		return false;
	const char *s = tok_ptr(u, i);
	for (size_t k = 0; k < n; k++) {
		char c = s[k] >= 'A' && s[k] <= 'Z' ? (char)(s[k] | 0x20) : s[k];
		if (c != lower[k])
			return false;
	}
	return true;
}

/* The lists looked up again and again for the same words: the answers are
 * kept per token, two bits a list (asked, and the answer). */
static const struct wordlist *const memo_lists[] = {
	&list_common_words, &list_given_names, &list_given_names_words, &list_nationalities,
	&list_org_words, &list_function_words, &list_speech_verbs, &list_person_nouns,
	&list_place_words, &list_titles, &list_places, &list_women_only, &list_men_only,
};

/* A lower-case word with the accents of Latin letters taken off ("andré"
 * → "andre"), as the name lists write most names; false if nothing
 * changed or it does not fit. */
static bool unaccent(const char *s, char *out, size_t max)
{
	/* U+00E0 … U+00FF, then a few of Latin Extended-A */
	static const char latin1[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
	size_t n = 0, len = strlen(s);
	bool changed = false;
	for (size_t i = 0; i < len;) {
		unsigned cp = utf8_decode(s, len, &i);
		char c = 0;
		if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
			cp += 0x20;     /* capitals of Latin-1 */
		if (cp < 0x80)
			c = (char)cp;
		else if (cp >= 0xE0 && cp <= 0xFF && latin1[cp - 0xE0] != '/' && cp != 0xF0 && cp != 0xFE)
			c = latin1[cp - 0xE0];
		else if (cp == 0xF8)
			c = 'o';
		else if (cp >= 0x100 && cp <= 0x17F) {
			/* pairs of capital and small letters, in the order of
			 * the alphabet's base letters */
			static const char ext_a[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkk"
						    "llllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
			c = ext_a[cp - 0x100];
		} else
			return false;
		changed = changed || cp >= 0x80;
		if (n + 1 >= max)
			return false;
		out[n++] = c;
	}
	out[n] = '\0';
	return changed;
}

bool tok_in(const struct unit *u, size_t i, const struct wordlist *list)
{
	size_t k = 0;
	while (k < sizeof memo_lists / sizeof *memo_lists && memo_lists[k] != list)
		k++;
	bool memo = u->memo && i < u->tk.n && k < 16;
	if (memo && (u->memo[i] & (1u << (2 * k))))
		return (u->memo[i] >> (2 * k + 1)) & 1;
	char low[KEY_MAX], plain[KEY_MAX];
	bool r = tok_lower(u, i, low) && list_has(list, low);
	/* "André", "Zoë", "José": the given-name lists spell them plain */
	if (!r && (list == &list_given_names || list == &list_given_names_words) && tok_word(u, i) &&
	    unaccent(low, plain, sizeof plain))
		r = list_has(list, plain);
	if (memo)
		u->memo[i] |= (1u << (2 * k)) | ((uint32_t)r << (2 * k + 1));
	return r;
}

bool form_key(const struct unit *u, size_t t0, size_t t1, char *out, size_t max)
{
	size_t len = 0;
	for (size_t i = t0; i < t1 && i < u->tk.n; i++) {
		bool glue = i > t0 && tok_punct(u, i, '.') && (u->tk.v[i - 1].flags & TK_DOT);
		if (i > t0 && !glue) {
			if (len + 1 >= max)
				return false;
			out[len++] = ' ';
		}
		size_t n = tok_len(u, i);
		if (!lower_copy(tok_ptr(u, i), n, out + len, max - len))
			return false;
		/* ("Kim Jong-un" is "Kim Jong Un") */
		for (size_t k = len; k < len + n; k++)
			if (out[k] == '-')
				out[k] = ' ';
		len += n;
	}
	if (len >= max)
		return false;
	out[len] = '\0';
	return true;
}

bool tok_month_or_day(const struct unit *u, size_t i)
{
	static const char *const w[] = {
		"april", "august", "december", "february", "friday", "january", "july", "june",
		"march", "may", "monday", "november", "october", "saturday", "september", "sunday",
		"thursday", "tuesday", "wednesday",
	};
	/* abbreviations only with their period or a day: "Mar. 3", "Mar 3" */
	static const char *const abbr[] = {
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	};
	char low[KEY_MAX];
	if (!tok_cap(u, i) || !tok_lower(u, i, low))
		return false;
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (!strcmp(low, w[k]))
			return true;
	bool dated = (u->tk.v[i].flags & TK_DOT) ||
		     (i + 1 < u->tk.n && tok_word(u, i + 1) && (u->tk.v[i + 1].flags & TK_DIGIT));
	for (size_t k = 0; dated && k < sizeof abbr / sizeof *abbr; k++)
		if (!strcmp(low, abbr[k]))
			return true;
	return false;
}

bool tok_pronoun(const struct unit *u, size_t i, bool *plural)
{
	*plural = false;
	if (tok_is(u, i, "he") || tok_is(u, i, "she"))
		return true;
	/* "he’d shouted", "she's philosophical": he or she, and a verb */
	char low[KEY_MAX];
	if (tok_lower(u, i, low)) {
		const char *rest = !strncmp(low, "he", 2) ? low + 2 : !strncmp(low, "she", 3) ? low + 3 : NULL;
		if (rest && (!strcmp(rest, "'d") || !strcmp(rest, "'s") || !strcmp(rest, "\xE2\x80\x99" "d") ||
			     !strcmp(rest, "\xE2\x80\x99" "s")))
			return true;
	}
	if (tok_is(u, i, "they") || tok_is(u, i, "it")) {
		*plural = true;
		return true;
	}
	return false;
}

bool among(const char *w, const char *const *words, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (!strcmp(w, words[k]))
			return true;
	return false;
}

/* Whose relative the name at token i is brought in as: 'f' after "her
 * mother, X" or "her younger sister X", 'm' after "his …", 'p' after
 * "their …" or "Kelce's …"; 0 when it is not brought in so. */
char kin_before(const struct unit *u, size_t i)
{
	static const char *const kin[] = {
		"sister", "brother", "mother", "father", "mom", "dad", "mum", "son", "daughter", "wife",
		"husband", "aunt", "uncle", "cousin", "niece", "nephew", "grandmother", "grandfather",
		"stepmother", "stepfather", "stepson", "stepdaughter", "grandson", "granddaughter",
		"partner", "girlfriend", "boyfriend",
	};
	static const char *const own[] = { "his", "her", "their" };
	size_t k = i;
	if (k > 0 && tok_punct(u, k - 1, ','))
		k--;
	if (k == 0 || !TOK_AMONG(u, k - 1, kin))
		return 0;
	k--;
	/* (one word between: "her younger sister", "his 22-year-old son") */
	if (k > 0 && tok_word(u, k - 1) && !tok_cap(u, k - 1) && !TOK_AMONG(u, k - 1, own))
		k--;
	if (k == 0)
		return 0;
	if (tok_is(u, k - 1, "her"))
		return 'f';
	if (tok_is(u, k - 1, "his"))
		return 'm';
	return tok_is(u, k - 1, "their") || (u->tk.v[k - 1].flags & TK_POSS) ? 'p' : 0;
}

/* ---- the form table: lower-case forms to entities ---- */

static size_t hash(const char *s)
{
	size_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

int form_find(const struct analysis *an, const char *key)
{
	if (!an->nslots)
		return -1;
	for (size_t i = hash(key) & (an->nslots - 1);; i = (i + 1) & (an->nslots - 1)) {
		if (!an->slots[i].key)
			return -1;
		if (!strcmp(an->slots[i].key, key))
			return an->slots[i].ent;
	}
}

/* Make a form known to name another entity. */
void form_move(struct analysis *an, const char *key, int ent)
{
	if (!an->nslots)
		return;
	for (size_t i = hash(key) & (an->nslots - 1); an->slots[i].key; i = (i + 1) & (an->nslots - 1))
		if (!strcmp(an->slots[i].key, key)) {
			an->slots[i].ent = ent;
			return;
		}
}

static bool slot_put(struct form_slot *slots, size_t nslots, char *key, int ent)
{
	for (size_t i = hash(key) & (nslots - 1);; i = (i + 1) & (nslots - 1)) {
		if (!slots[i].key) {
			slots[i].key = key;
			slots[i].ent = ent;
			return true;
		}
		if (!strcmp(slots[i].key, key))
			return false;
	}
}

bool form_add(struct analysis *an, const char *key, int ent)
{
	if (form_find(an, key) >= 0)
		return true;
	if ((an->nused + 1) * 2 > an->nslots) {
		size_t n = an->nslots ? an->nslots * 2 : 64;
		struct form_slot *s = calloc(n, sizeof *s);
		if (!s)
			return false;
		for (size_t i = 0; i < an->nslots; i++)
			if (an->slots[i].key)
				slot_put(s, n, an->slots[i].key, an->slots[i].ent);
		free(an->slots);
		an->slots = s;
		an->nslots = n;
	}
	char *k = strdup(key);
	if (!k)
		return false;
	slot_put(an->slots, an->nslots, k, ent);
	an->nused++;
	return true;
}

/* ---- units ---- */

/* Headline case ("Biden Says Russia Is Winning"), or all capitals: no new
 * names are learned from it, known ones are still found. */
static bool headline_case(const struct unit *u)
{
	size_t capital = 0, caps = 0, words = 0, initials = 0, commas = 0;
	bool lower = false;
	for (size_t i = 0; i < u->tk.n; i++) {
		commas += tok_punct(u, i, ',') || tok_punct(u, i, ';');
		if (!tok_word(u, i))
			continue;
		words++;
		if (u->tk.v[i].flags & TK_ALLCAPS)
			caps++;
		else if (tok_len(u, i) == 1 && (u->tk.v[i].flags & TK_CAP))
			initials++;
		if (u->tk.v[i].flags & TK_DIGIT)
			continue;
		if (tok_len(u, i) >= 4 && (u->tk.v[i].flags & TK_CAP))
			capital++;
		/* a short verb is enough: "We met Rajiv Desai, Peng Kang and …" */
		else if (!(u->tk.v[i].flags & TK_CAP) && tok_len(u, i) >= 2 && !lower &&
			 !TOK_IN(u, i, function_words))
			lower = true;
	}
	if (words >= 3 && caps * 10 >= words * 7)
		return true;
	/* "MIRAIS M. HOLDEN": capitals and initials only */
	if (caps >= 2 && caps + initials == words)
		return true;
	/* a list of names, commas between ("Iowa: Charlie Arlinghaus, Arnie
	 * Arnesen, Patrick Arnold, …"), is not a headline: names are learned
	 * from it */
	if (commas >= 3 && words <= 4 * (commas + 1))
		return false;
	/* every word that matters capitalized; a sentence full of names
	 * still has its verbs and nouns in lower case */
	return capital >= 3 && !lower;
}

static int add_unit(struct analysis *an, const char *text, size_t len, size_t block, bool inbq)
{
	struct unit *u = &an->u[an->nu];
	memset(u, 0, sizeof *u);
	u->text = text;
	u->len = len;
	u->block = block;
	u->in_blockquote = inbq;
	if (tokenize(text, len, &u->tk) < 0)
		return -1;
	u->ent = malloc((u->tk.n + 1) * sizeof *u->ent);
	u->inq = calloc(u->tk.n + 1, 1);
	u->memo = calloc(u->tk.n + 1, sizeof *u->memo);
	u->titles = malloc(u->tk.n + 1);
	if (!u->ent || !u->inq || !u->memo || !u->titles) {
		tokens_free(&u->tk);
		free(u->ent);
		free(u->inq);
		free(u->memo);
		free(u->titles);
		return -1;
	}
	memset(u->titles, -1, u->tk.n + 1);
	for (size_t i = 0; i < u->tk.n; i++)
		u->ent[i] = -1;
	u->discover = !headline_case(u);
	an->nu++;
	return 0;
}

static void analysis_free(struct analysis *an)
{
	for (size_t i = 0; i < an->nu; i++) {
		tokens_free(&an->u[i].tk);
		free(an->u[i].ent);
		free(an->u[i].inq);
		free(an->u[i].memo);
		free(an->u[i].titles);
	}
	free(an->u);
	free(an->c);
	free(an->speak_alone);
	free(an->after_name);
	for (size_t i = 0; i < an->ne; i++) {
		struct went *w = &an->e[i];
		for (size_t k = 0; k < w->nforms; k++) {
			free(w->forms[k]);
			free(w->form_keys[k]);
		}
		free(w->forms);
		free(w->form_keys);
		free(w->form_uses);
		free(w->first);
		free(w->last);
		free(w->title);
	}
	free(an->e);
	for (size_t i = 0; i < an->nslots; i++)
		free(an->slots[i].key);
	free(an->slots);
	free(an->m);
	free(an->q);
	memset(an, 0, sizeof *an);
}

/* ---- the result ---- */

static int by_prominence(const void *pa, const void *pb, void *ctx)
{
	const struct went *e = ctx;
	int a = *(const int *)pa, b = *(const int *)pb;
	if (e[a].kind != e[b].kind)
		return (int)e[a].kind - (int)e[b].kind;
	if (e[a].mentions != e[b].mentions)
		return e[b].mentions - e[a].mentions;
	return e[a].order < e[b].order ? -1 : e[a].order > e[b].order;
}

/* qsort with a context, for C11 without qsort_r: a small insertion sort on
 * indices is enough for the few dozen names of an article. */
static void sort_indices(int *v, size_t n, const struct went *e)
{
	for (size_t i = 1; i < n; i++) {
		int x = v[i];
		size_t j = i;
		while (j > 0 && by_prominence(&v[j - 1], &x, (void *)e) > 0) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = x;
	}
}

static char *xstrdup(const char *s, bool *failed)
{
	if (!s)
		return NULL;
	char *d = strdup(s);
	if (!d)
		*failed = true;
	return d;
}

/* A person's name: the fullest form that ends in the family name the
 * text uses most on its own ("Margaret Hamilton", not the "Margaret
 * Hamilton Lego" of one figure of speech); the fullest form when it never
 * shortens it. */
static const char *canonical(const struct went *w)
{
	/* (a company's as the text writes it short, if it does: "Boeing",
	 * not "Boeing Co.") */
	if (w->kind == ENTITY_ORGANIZATION && w->name) {
		const char *sp = strrchr(w->name, ' ');
		char low[16];
		size_t n = 0;
		for (const char *p = sp ? sp + 1 : ""; *p && *p != '.' && n + 1 < sizeof low; p++)
			low[n++] = (char)(*p | 0x20);
		low[n] = '\0';
		if (sp && n && corporate_word(low))
			for (size_t f = 0; f < w->nforms; f++)
				if (w->form_uses[f] > 0 && strlen(w->forms[f]) == (size_t)(sp - w->name) &&
				    !strncmp(w->forms[f], w->name, (size_t)(sp - w->name)))
					return w->forms[f];
	}
	/* (an organization's letters when the text uses them more than its
	 * full name: "UPS", not "United Parcel Service" named once) */
	if (w->kind == ENTITY_ORGANIZATION && w->name) {
		int full = 0, letters = -1;
		for (size_t f = 0; f < w->nforms; f++) {
			const char *k = w->forms[f];
			bool caps = strlen(k) >= 2 && strlen(k) <= 6;
			for (const char *p = k; *p && caps; p++)
				caps = *p >= 'A' && *p <= 'Z';
			if (caps && (letters < 0 || w->form_uses[f] > w->form_uses[letters]))
				letters = (int)f;
			else if (!strcmp(k, w->name))
				full += w->form_uses[f];
		}
		if (letters >= 0 && w->form_uses[letters] > full)
			return w->forms[letters];
	}
	if (w->kind != ENTITY_PERSON)
		return w->name;
	int best = -1;
	for (size_t f = 0; f < w->nforms; f++)
		if (!strchr(w->form_keys[f], ' ') && w->form_uses[f] > 0 &&
		    (best < 0 || w->form_uses[f] > w->form_uses[best]))
			best = (int)f;
	if (best < 0)
		return w->name;
	const char *family = w->form_keys[best], *name = NULL;
	size_t fl = strlen(family), words = 0;
	for (size_t f = 0; f < w->nforms; f++) {
		const char *k = w->form_keys[f];
		size_t kl = strlen(k), n = 1;
		if (kl <= fl || k[kl - fl - 1] != ' ' || strcmp(k + kl - fl, family))
			continue;
		for (const char *p = k; *p; p++)
			n += *p == ' ';
		if (n > words) {
			words = n;
			name = w->forms[f];
		}
	}
	return name ? name : w->name;
}

/* A name only ever written in capitals ("LAURIE OAKES IS …") as the
 * byline writes it ("Laurie Oakes"), if it does; else NULL. */
static const char *byline_case(const char *author, const char *name, size_t *len)
{
	size_t n = strlen(name);
	for (const char *p = name; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			return NULL;
	for (const char *p = author; p && *p; p++) {
		size_t k = 0;
		while (k < n && p[k] && (p[k] | 0x20) == (name[k] | 0x20))
			k++;
		if (k == n && (p == author || p[-1] == ' ' || p[-1] == ',') &&
		    !((p[n] | 0x20) >= 'a' && (p[n] | 0x20) <= 'z')) {
			*len = n;
			return p;
		}
	}
	return NULL;
}

static int publish(struct analysis *an, struct quote *q, size_t nq)
{
	struct article *a = an->a;
	a->quotes = q;
	a->nquotes = nq;
	size_t n = 0;
	int *idx = malloc((an->ne + 1) * sizeof *idx);
	if (!idx)
		return -1;
	for (size_t i = 0; i < an->ne; i++)
		if (an->e[i].mentions > 0 && an->e[i].name)
			idx[n++] = (int)i;
	sort_indices(idx, n, an->e);
	struct entity *ents = calloc(n + 1, sizeof *ents);
	if (!ents) {
		free(idx);
		return -1;
	}
	bool failed = false;
	for (size_t k = 0; k < n; k++) {
		struct went *w = &an->e[idx[k]];
		struct entity *d = &ents[k];
		w->final = (int)k;
		d->kind = w->kind;
		d->mentions = w->mentions;
		d->name = xstrdup(canonical(w), &failed);
		size_t bl;
		const char *b = d->name && w->kind == ENTITY_PERSON ? byline_case(a->author, d->name, &bl) : NULL;
		if (b)
			memcpy(d->name, b, bl);
		d->title = xstrdup(w->title, &failed);
		d->aliases = calloc(w->nforms + 1, sizeof *d->aliases);
		if (!d->aliases) {
			failed = true;
			continue;
		}
		for (size_t f = 0; f < w->nforms; f++) {
			if (!strcmp(w->forms[f], d->name ? d->name : ""))
				continue;
			/* the same words in other capitals are one alias */
			bool seen = false;
			for (size_t g = 0; g < f; g++)
				if (!strcmp(w->form_keys[g], w->form_keys[f]))
					seen = true;
			if (!seen)
				d->aliases[d->naliases++] = xstrdup(w->forms[f], &failed);
		}
	}
	free(idx);
	a->entities = ents;
	a->nentities = n;
	if (failed)
		return -1;
	for (size_t i = 0; i < nq; i++)
		if (q[i].speaker >= 0)
			q[i].speaker = an->e[q[i].speaker].final;
	/* the spans the pager marks */
	for (size_t i = 0; i < an->nm; i++) {
		const struct mention *m = &an->m[i];
		const struct unit *u = &an->u[m->unit];
		int f = an->e[m->ent].final;
		if (u->block == UNIT_TITLE || f < 0)
			continue;
		struct span s = { u->tk.v[m->t0].start, u->tk.v[m->t1 - 1].end, SPAN_MENTION, f };
		if (!article_add_span(a, u->block, s))
			return -1;
	}
	for (size_t i = 0; i < nq; i++) {
		if (q[i].block == UNIT_TITLE)
			continue;
		for (size_t b = q[i].block; b <= q[i].end_block && b < a->nblocks; b++) {
			/* (not a picture set between the paragraphs of a quote) */
			if (b != q[i].block && b != q[i].end_block && !q[i].is_block &&
			    (a->blocks[b].type == BLOCK_CAPTION || a->blocks[b].type == BLOCK_IMAGE))
				continue;
			size_t from = b == q[i].block ? q[i].start : 0;
			size_t to = b == q[i].end_block ? q[i].end : a->blocks[b].len;
			if (to <= from)
				continue;
			struct span s = { from, to, SPAN_QUOTE, (int)i };
			if (!article_add_span(a, b, s))
				return -1;
		}
	}
	return 0;
}

int analyze_article(struct article *a)
{
	struct analysis an;
	memset(&an, 0, sizeof an);
	an.a = a;
	an.u = calloc(a->nblocks + 1, sizeof *an.u);
	if (!an.u)
		return -1;
	int r = -1;
	if (a->title && add_unit(&an, a->title, strlen(a->title), UNIT_TITLE, false) < 0)
		goto out;
	for (size_t i = 0; i < a->nblocks; i++) {
		const struct block *b = &a->blocks[i];
		if (b->type == BLOCK_PRE)
			continue;
		/* (a table in a block quote is no one's words) */
		if (add_unit(&an, b->text, b->len, i, b->quote_depth > 0 && b->type != BLOCK_TABLE_ROW) < 0)
			goto out;
		an.u[an.nu - 1].paragraph = b->type == BLOCK_PARAGRAPH || b->type == BLOCK_QUOTE;
		an.u[an.nu - 1].table_row = b->type == BLOCK_TABLE_ROW;
		an.u[an.nu - 1].picture = b->type == BLOCK_CAPTION || b->type == BLOCK_IMAGE;
		an.u[an.nu - 1].caption = an.u[an.nu - 1].picture || b->type == BLOCK_LIST_ITEM;
	}
	/* headline-case and capitals units too, but strictly (see
	 * candidate()) */
	for (size_t i = 0; i < an.nu && !an.failed; i++)
		entities_discover(&an, i);
	if (a->author && !an.failed)
		entities_bylines(&an, a->author);
	if (getenv("LEDE_DEBUG_ANALYZE"))
		for (size_t i = 0; i < an.nc; i++) {
			const struct candidate *c = &an.c[i];
			const struct unit *u = &an.u[c->unit];
			fprintf(stderr, "cand kind=%d ev=%d unit=%zu [%.*s]\n", c->kind, c->ev, c->unit,
				(int)(u->tk.v[c->t1 - 1].end - u->tk.v[c->t0].start), u->text + u->tk.v[c->t0].start);
		}
	if (!an.failed)
		entities_resolve(&an);
	for (size_t i = 0; i < an.nu && !an.failed; i++)
		entities_scan(&an, i);
	if (!an.failed)
		entities_confirm(&an);
	if (!an.failed)
		quotes_find(&an);
	if (an.failed)
		goto out;
	size_t nq;
	struct quote *q = quotes_take(&an, &nq);
	if (!q || publish(&an, q, nq) < 0) {
		article_clear_analysis(a);
		goto out;
	}
	r = 0;
out:
	analysis_free(&an);
	return r;
}
