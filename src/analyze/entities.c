/* entities.c — people, organizations and places.
 *
 * Three passes. Discovery walks each block's capitalized runs ("CIA
 * Director Ambassador William Burns", "Secretary of State Anthony
 * Blinken", "the Mike Rogers Center for Intelligence & Global Affairs")
 * and decides from the word lists and the context what each names.
 * Resolution merges what names one person ("Joseph Biden", "Biden",
 * "President Biden"), picks the fullest form as the name, and fills the
 * form table. Scanning then finds every form anywhere in the text, the
 * longest first, so a name seen once as a person is a person everywhere
 * and a center named after someone stays a center. */
#include <config.h>

#include "internal.h"
#include "lists.h"
#include "../buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- words ---- */

static bool connector(const struct unit *u, size_t i)
{
	if (tok_punct(u, i, '&'))
		return true;
	return tok_is(u, i, "of") || tok_is(u, i, "for") || tok_is(u, i, "the") ||
	       tok_is(u, i, "and") || tok_is(u, i, "on");
}

/* Lower-case words inside names: "Osama bin Laden", "Charles de Gaulle". */
static bool particle_word(const struct unit *u, size_t i, bool capital);

static bool particle(const struct unit *u, size_t i)
{
	return particle_word(u, i, false);
}

/* A particle, capitalized or not ("In 1998, Bin Laden’s agents"). */
static bool particle_or_capital(const struct unit *u, size_t i)
{
	return particle_word(u, i, true);
}

static bool particle_word(const struct unit *u, size_t i, bool capital)
{
	static const char *const p[] = {
		"al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du",
		"el", "ibn", "la", "le", "st", "ten", "ter", "van", "von", "y",
	};
	char low[KEY_MAX];
	/* most words are longer than any particle, or begin otherwise: no
	 * copy for them */
	if (!tok_word(u, i) || ((u->tk.v[i].flags & TK_CAP) && !capital) || tok_len(u, i) > 5 ||
	    !strchr("abdeilstvy", *tok_ptr(u, i) | 0x20) || !tok_lower(u, i, low))
		return false;
	for (size_t k = 0; k < sizeof p / sizeof *p; k++)
		if (!strcmp(low, p[k]))
			return true;
	return false;
}

/* "al-Assad", "el-Sisi": a lower-case prefix and a capitalized name. */
static bool prefixed_name(const struct unit *u, size_t i)
{
	if (!tok_word(u, i) || (u->tk.v[i].flags & TK_CAP) || tok_len(u, i) < 4)
		return false;
	const char *s = tok_ptr(u, i);
	return (!strncmp(s, "al-", 3) || !strncmp(s, "el-", 3)) && s[3] >= 'A' && s[3] <= 'Z';
}

/* "I", "I've", "I’m": the writer, not a name. */
static bool first_person(const struct unit *u, size_t i)
{
	const char *s = tok_ptr(u, i);
	size_t n = tok_len(u, i);
	/* "Lucia I. Suarez": an initial */
	if (n == 1 && (u->tk.v[i].flags & TK_DOT) && i > 0 && tok_cap(u, i - 1) && tok_cap(u, i + 2))
		return false;
	return s[0] == 'I' && (n == 1 || s[1] == '\'' || (n > 3 && !memcmp(s + 1, "\xE2\x80\x99", 3)));
}

static bool name_word(const struct unit *u, size_t i)
{
	return (tok_cap(u, i) && !first_person(u, i)) || prefixed_name(u, i);
}

static bool common(const struct unit *u, size_t i)
{
	return TOK_IN(u, i, common_words);
}

static bool given(const struct unit *u, size_t i)
{
	return TOK_IN(u, i, given_names);
}

/* A given name that is not also a common word ("Dmytro", "Joseph"), or
 * one of the names that are words but common as names ("Mike", "Bill"). */
static bool strong_given(const struct unit *u, size_t i)
{
	/* (not a particle that is also a given name: "La Violencia", "Van
	 * Gogh"; but "Al Gore") */
	if (particle_word(u, i, true) && !TOK_IN(u, i, given_names_words))
		return false;
	return given(u, i) && (!common(u, i) || TOK_IN(u, i, given_names_words));
}

static bool nationality(const struct unit *u, size_t i)
{
	return TOK_IN(u, i, nationalities);
}

static bool acronym(const struct unit *u, size_t i)
{
	/* capitals that are not names of organizations */
	static const char *const not_org[] = {
		"ai", "aids", "am", "ap", "ceo", "cfo", "coo", "covid", "cto", "diy", "dna", "faq",
		"gdp", "hiv", "hr", "id", "iii", "ii", "iv", "lgbt", "lgbtq", "mp", "mps", "ok",
		"pdf", "phd", "pm", "pr", "rip", "sars", "tv", "ufo", "vi", "vii", "viii", "ix",
		"xi", "xii", "op", "ed", "uk", "us", "usa", "bc", "ad", "bce", "ce",
	};
	if (!tok_word(u, i) || !(u->tk.v[i].flags & TK_ALLCAPS) || tok_len(u, i) > 8)
		return false;
	/* a lawmaker's party and state: "D-N.Y.", "R-TX" */
	const char *w = tok_ptr(u, i);
	if (tok_len(u, i) >= 3 && w[1] == '-' && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I'))
		return false;
	char low[KEY_MAX];
	if (!tok_lower(u, i, low))
		return false;
	for (size_t k = 0; k < sizeof not_org / sizeof *not_org; k++)
		if (!strcmp(low, not_org[k]))
			return false;
	return true;
}

static bool org_word(const struct unit *u, size_t i)
{
	if (!tok_cap(u, i))
		return false;
	char key[KEY_MAX];
	/* "Inc.", "Co.", "Corp." are listed with their period */
	if ((u->tk.v[i].flags & TK_DOT) && form_key(u, i, i + 2, key, sizeof key) &&
	    LIST_HAS(org_words, key))
		return true;
	return TOK_IN(u, i, org_words);
}

/* (not a passive: "Kaligaminarile Kuttavalikal written by Vinoy Thomas"
 * and "Additional reporting by X" say nothing of what comes before; but
 * "X said by phone" speaks) */
static bool speech_verb(const struct unit *u, size_t i)
{
	static const char *const be[] = { "was", "were", "is", "are", "been", "be", "being" };
	static const char *const passive[] = {
		"written", "reported", "reporting", "quoted", "cited", "described", "posted", "tweeted",
		"called", "labeled", "labelled", "praised", "criticized", "criticised", "condemned", "dismissed",
		"hailed", "accused", "blasted", "slammed", "welcomed",
	};
	return tok_word(u, i) && !(u->tk.v[i].flags & TK_CAP) && TOK_IN(u, i, speech_verbs) &&
	       !(tok_is(u, i + 1, "by") && (TOK_AMONG(u, i, passive) || (i > 0 && TOK_AMONG(u, i - 1, be))));
}

/* Whether [i, i + n) is a place in the lists. */
static bool place(const struct unit *u, size_t i, size_t n)
{
	/* one word: asked often, and kept (without the "U.S" case) */
	if (n == 1 && !(tok_word(u, i) && (u->tk.v[i].flags & TK_DOT)))
		return TOK_IN(u, i, places);
	char key[KEY_MAX];
	if (!form_key(u, i, i + n, key, sizeof key - 1))
		return false;
	if (LIST_HAS(places, key))
		return true;
	/* "U.S" as the run ends is "U.S." */
	if (n > 0 && tok_word(u, i + n - 1) && (u->tk.v[i + n - 1].flags & TK_DOT)) {
		strcat(key, ".");
		return LIST_HAS(places, key);
	}
	return false;
}

static bool has_digit(const struct unit *u, size_t i)
{
	const char *s = tok_ptr(u, i);
	for (size_t k = 0; k < tok_len(u, i); k++)
		if (s[k] >= '0' && s[k] <= '9')
			return true;
	return false;
}

/* Whether [t0, t1) can be a person's name: a word of two letters or more
 * (not only initials), no digits. */
static bool name_like(const struct unit *u, size_t t0, size_t t1)
{
	bool word = false;
	for (size_t i = t0; i < t1; i++) {
		if (!tok_word(u, i))
			continue;
		if (has_digit(u, i))
			return false;
		/* a capital well inside a word is a product's or a program's
		 * ("LibreOffice", "WordPress"); names have theirs early
		 * ("McCarthy", "MacKenzie", "DeShawn") */
		const char *w = tok_ptr(u, i);
		for (size_t k = 4; k < tok_len(u, i); k++)
			if (w[k] >= 'A' && w[k] <= 'Z' && w[k - 1] >= 'a' && w[k - 1] <= 'z')
				return false;
		if (!(u->tk.v[i].flags & TK_INITIAL) && tok_len(u, i) >= 2)
			word = true;
	}
	return word;
}

/* The words after a family name that say which of a family: "Jr.",
 * "Snr". */
static const char *const generations[] = { "jr", "sr", "jnr", "snr" };

/* The number of tokens a title starting at i takes ("Secretary of State",
 * "Lt. Gen.", "Director"), up to end; 0 when none does. */
bool title_at(const struct unit *u, size_t i, size_t end, size_t *len)
{
	if (!tok_cap(u, i))
		return false;
	/* the longest title from i, whatever the end, is kept per token */
	int8_t known = u->titles ? u->titles[i] : -1;
	if (known < 0) {
		char key[KEY_MAX];
		known = 0;
		for (size_t n = 5; n >= 1; n--) {
			if (i + n > u->tk.n)
				continue;
			if (form_key(u, i, i + n, key, sizeof key) && LIST_HAS(titles, key)) {
				known = (int8_t)n;
				break;
			}
		}
		if (u->titles)
			u->titles[i] = known;
	}
	if (known == 0)
		return false;
	/* "Martin Luther King Jr.": a family name, before a generation */
	if (known == 1 && i + 1 < u->tk.n && TOK_AMONG(u, i + 1, generations))
		return false;
	/* "PM Anwar", "PM Sunak": a given name or a famous family name after
	 * it (not "5 PM Wednesday", "1 PM ET", "PM Kisan Scheme", "PM
	 * Levels") */
	if (known == 1 && tok_is(u, i, "pm") &&
	    ((i > 0 && (u->tk.v[i - 1].flags & TK_DIGIT)) || tok_month_or_day(u, i + 1) ||
	     !(strong_given(u, i + 1) || (!common(u, i + 1) && TOK_IN(u, i + 1, famous_family)))))
		return false;
	if (i + (size_t)known <= end) {
		*len = (size_t)known;
		return true;
	}
	/* a shorter title that fits before end */
	char key[KEY_MAX];
	for (size_t n = end - i; n >= 1; n--)
		if (form_key(u, i, i + n, key, sizeof key) && LIST_HAS(titles, key)) {
			*len = n;
			return true;
		}
	return false;
}

/* Titles that are also ordinary words before names of things ("General
 * Motors", "Justice Department"): a name after them must look like one. */
static bool weak_title(const struct unit *u, size_t i)
{
	static const char *const w[] = {
		"chief", "dame", "deputy", "doctor", "duke", "father", "general", "judge",
		"justice", "king", "lady", "lord", "major", "officer", "premier", "prince",
		"princess", "queen", "sister", "speaker", "coach", "captain", "inspector",
		"detective", "director", "president", "minister", "secretary", "governor",
		"ceo", "leader",
	};
	char low[KEY_MAX];
	if (!tok_lower(u, i, low))
		return false;
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (!strcmp(low, w[k]))
			return true;
	return false;
}

/* ---- candidates ---- */

static bool person_context(const struct unit *u, size_t end);
static bool credited(const struct unit *u, size_t i);

/* Letters after a name that are no part of it: "KC", "MP", "OBE". */
static const char *const postnominal[] = {
	"kc", "qc", "mp", "msp", "mla", "td", "mep", "obe", "mbe", "cbe", "kbe", "dbe", "bem",
};

static void candidate(struct analysis *an, size_t unit, enum entity_kind kind, enum evidence ev,
		      size_t t0, size_t t1, size_t title0)
{
	if (t1 <= t0 || t1 - t0 > FORM_MAX_TOKENS)
		return;
	/* a name does not end in an initial ("Lee, Stephanie M. (2014)") */
	while (kind == ENTITY_PERSON && t1 > t0 + 1 &&
	       ((an->u[unit].tk.v[t1 - 1].flags & TK_INITIAL) ||
		(tok_punct(&an->u[unit], t1 - 1, '.') && (an->u[unit].tk.v[t1 - 2].flags & TK_INITIAL))))
		t1--;
	/* letters after a name are not part of it ("Paul Farrer KC", "Jane
	 * Smith MP", "Ann Lee OBE") */
	while (kind == ENTITY_PERSON && t1 > t0 + 2 && (an->u[unit].tk.v[t1 - 1].flags & TK_ALLCAPS) &&
	       TOK_AMONG(&an->u[unit], t1 - 1, postnominal))
		t1--;
	if (kind == ENTITY_PERSON && !name_like(&an->u[unit], t0, t1))
		return;
	/* in a headline or a credit line, only what the words around say
	 * is a person ("JIM WATSON/AFP/Getty Images") */
	/* (a line that is a name and nothing else, such as a book's author
	 * under its title, is someone's when a given name begins it) */
	bool alone = ev == EV_GIVEN && t0 == 0 && t1 == an->u[unit].tk.n && an->u[unit].block != UNIT_TITLE;
	if (!an->u[unit].discover &&
	    (kind != ENTITY_PERSON ||
	     (ev != EV_TITLE && !alone && !person_context(&an->u[unit], t1) && !credited(&an->u[unit], t0))))
		return;
	struct candidate *v = array_grow(an->c, &an->capc, an->nc, sizeof *v);
	if (!v) {
		an->failed = true;
		return;
	}
	an->c = v;
	v[an->nc++] = (struct candidate){ kind, ev, unit, (uint32_t)t0, (uint32_t)t1, (uint32_t)title0 };
}

/* The words of a name from i: capitalized words, initials with their
 * periods, particles between capitalized words; not organization words.
 * Returns the end. */
static size_t name_extent(const struct unit *u, size_t i, size_t end)
{
	size_t j = i, last = i;
	while (j < end) {
		if (name_word(u, j) && !org_word(u, j) && !title_at(u, j, end, &(size_t){ 0 })) {
			j++;
			last = j;
		} else if (tok_punct(u, j, '.') && j > i && (u->tk.v[j - 1].flags & TK_DOT)) {
			j++;
		} else if (particle(u, j) && j > i && (name_word(u, j + 1) ||
						       (particle(u, j + 1) && name_word(u, j + 2)))) {
			j++;    /* "von der Leyen" */
		} else {
			break;
		}
	}
	return last;
}

static size_t words_in(const struct unit *u, size_t t0, size_t t1)
{
	size_t n = 0;
	for (size_t i = t0; i < t1; i++)
		n += tok_word(u, i);
	return n;
}

/* The last word of [t0, t1). */
static size_t last_word(const struct unit *u, size_t t0, size_t t1)
{
	size_t i = t1;
	while (i > t0 && !tok_word(u, i - 1))
		i--;
	return i > t0 ? i - 1 : t0;
}

/* Whether the word at i is said to speak: "Burns said", "said Burns",
 * "according to Burns", "Burns told". */
static bool speaks(const struct unit *u, size_t i, size_t end)
{
	if (speech_verb(u, end))
		return true;
	/* "The leader of Ennahda, Rachid Ghannouchi, condemned …" */
	if (tok_punct(u, end, ',') && end + 1 < u->tk.n && speech_verb(u, end + 1))
		return true;
	/* "Mythobisi Sabelo, one of the protesters, told …" */
	if (tok_punct(u, end, ',') && !tok_cap(u, end + 1))
		for (size_t k = end + 1; k < u->tk.n && k < end + 10; k++) {
			if (u->tk.v[k].flags & (TK_OPENQ | TK_CLOSEQ))
				break;
			if (tok_punct(u, k, ','))
				return k + 1 < u->tk.n && speech_verb(u, k + 1);
		}
	/* "Wray Grimaldi of the University of Otago in Dunedin, New
	 * Zealand, said": where they work, and a speech verb */
	static const char *const where[] = { "of", "from", "at", "with" };
	static const char *const glue[] = { "of", "the", "in", "at", "and", "for" };
	if (TOK_AMONG(u, end, where) && tok_cap(u, end + 1 + tok_is(u, end + 1, "the")))
		for (size_t k = end + 1; k < u->tk.n && k < end + 16; k++) {
			if (speech_verb(u, k))
				return true;
			if (!tok_cap(u, k) && !TOK_AMONG(u, k, glue) && !tok_punct(u, k, ',') &&
			    !tok_punct(u, k, '.') && !tok_punct(u, k, '&'))
				break;
		}
	if (i >= 1 && speech_verb(u, i - 1))
		return true;
	if (i >= 2 && tok_is(u, i - 2, "according") && tok_is(u, i - 1, "to"))
		return true;
	return false;
}

/* What follows a name that says it is a person's: ", a member", ", who",
 * ", 45,", "said". */
static uint64_t spelling(const struct unit *u, size_t t)
{
	uint64_t h = 1469598103934665603u;      /* FNV-1a */
	const unsigned char *p = (const unsigned char *)tok_ptr(u, t);
	for (size_t k = 0, n = tok_len(u, t); k < n; k++)
		h = (h ^ p[k]) * 1099511628211u;
	return h;
}

static int by_value(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* One pass over the article for the two sets of spellings (an article is
 * read once; a rule that asked the whole article for every name it met
 * would take minutes on a long page). */
static void learn_spellings(struct analysis *an)
{
	an->spellings = true;
	size_t total = 0;
	for (size_t k = 0; k < an->nu; k++)
		total += an->u[k].tk.n;
	an->speak_alone = malloc((total + 1) * sizeof *an->speak_alone);
	an->after_name = malloc((total + 1) * sizeof *an->after_name);
	if (!an->speak_alone || !an->after_name) {
		an->failed = true;
		return;
	}
	for (size_t k = 0; k < an->nu; k++) {
		const struct unit *v = &an->u[k];
		int depth = 0;          /* quotes are not paired yet: count the marks */
		for (size_t t = 0; t < v->tk.n; t++) {
			uint16_t f = v->tk.v[t].flags;
			if (f & TK_OPENQ)
				depth++;
			else if ((f & TK_CLOSEQ) && depth > 0)
				depth--;
			if (!tok_word(v, t))
				continue;
			/* "Roof said", "Roof told her" */
			if (depth == 0 && !(t > 0 && tok_cap(v, t - 1)) && !tok_cap(v, t + 1) && speaks(v, t, t + 1))
				an->speak_alone[an->nspeak_alone++] = spelling(v, t);
			/* "Dylann Roof", "Jordan Banks", "Dr. Long" */
			bool named = t > 0 && tok_cap(v, t - 1) && !TOK_IN(v, t - 1, function_words);
			named = named || (t > 1 && tok_punct(v, t - 1, '.') && tok_cap(v, t - 2));
			/* ("President-elect Trump", "president Trump") */
			named = named || (t > 0 && (TOK_IN(v, t - 1, titles) || tok_is(v, t - 1, "elect")));
			if (named)
				an->after_name[an->nafter_name++] = spelling(v, t);
		}
	}
	qsort(an->speak_alone, an->nspeak_alone, sizeof *an->speak_alone, by_value);
	qsort(an->after_name, an->nafter_name, sizeof *an->after_name, by_value);
}

static bool spelled(struct analysis *an, const struct unit *u, size_t i, bool alone)
{
	if (!an->spellings)
		learn_spellings(an);
	if (an->failed)
		return false;
	uint64_t h = spelling(u, i);
	const uint64_t *set = alone ? an->speak_alone : an->after_name;
	return bsearch(&h, set, alone ? an->nspeak_alone : an->nafter_name, sizeof h, by_value) != NULL;
}

static bool person_context(const struct unit *u, size_t end)
{
	if (speech_verb(u, end) || tok_is(u, end, "contributed"))
		return true;
	/* "Saphina Ndali is a mother of two" (not "… Tool is a computer
	 * model") */
	static const char *const things_too[] = { "model", "host", "guide", "giant", "pioneer", "leader", "star" };
	if ((tok_is(u, end, "is") || tok_is(u, end, "was")) && (tok_is(u, end + 1, "a") || tok_is(u, end + 1, "an")))
		for (size_t k = end + 2; k < u->tk.n && k < end + 5 && tok_word(u, k) && !tok_cap(u, k); k++)
			if ((TOK_IN(u, k, person_nouns) || TOK_IN(u, k, titles)) && !TOK_AMONG(u, k, things_too))
				return true;
	/* a credit: "Olena Shmahalo/Quanta Magazine", "Jim Watson/AFP" */
	if (tok_punct(u, end, '/') && tok_cap(u, end + 1))
		return true;
	if (!tok_punct(u, end, ',') && !tok_punct(u, end, '('))
		return false;
	size_t n = end + 1;
	if (tok_word(u, n) && (u->tk.v[n].flags & TK_DIGIT))
		return true;
	/* a role, then a comma or the end: "Adelee Cabrera, regional director,
	 * Starr Catering Group", "Diego Lowenstein, CEO, Lionstone" */
	if (tok_punct(u, end, ',')) {
		bool role = false;
		size_t k = n;
		for (; k < n + 3 && tok_word(u, k) && (!tok_cap(u, k) || (u->tk.v[k].flags & TK_ALLCAPS)); k++)
			role = role || TOK_IN(u, k, titles) || TOK_IN(u, k, person_nouns);
		if (role && k > n && (k >= u->tk.n || tok_punct(u, k, ',')))
			return true;
	}
	/* ", Albania’s foreign minister,", ", Al Jazeera's manager of …":
	 * someone's role somewhere */
	size_t p = n;
	while (p < u->tk.n && p < n + 3 && tok_cap(u, p) && !(u->tk.v[p].flags & TK_POSS))
		p++;
	if (tok_punct(u, end, ',') && p < u->tk.n && tok_cap(u, p) && (u->tk.v[p].flags & TK_POSS))
		for (size_t k = p + 1; k < p + 4 && tok_word(u, k) && !tok_cap(u, k); k++)
			if (TOK_IN(u, k, titles) || TOK_IN(u, k, person_nouns))
				return true;
	/* in lower case: ", The Empire Strikes Back" goes on a list of titles */
	if (n >= u->tk.n || (u->tk.v[n].flags & TK_CAP))
		return false;
	/* a handle after a name: "— Tom Phillips (@tomphillipsin)" */
	if (tok_punct(u, end, '(') && tok_punct(u, end + 1, '@'))
		return true;
	static const char *const w[] = {
		"a", "an", "the", "who", "whose", "his", "her", "whom", "our", "their", "my", "your",
	};
	if (TOK_AMONG(u, n, w))
		return true;
	/* ", president of the foundation's board, said" */
	return tok_punct(u, end, ',') && tok_word(u, n + 1) && !(u->tk.v[n + 1].flags & TK_CAP) &&
	       (TOK_IN(u, n, titles) || TOK_IN(u, n, person_nouns));
}

/* A credit before a name: "Photo by", "Reporting by", "Photograph:",
 * "Illustration by", or a line that opens "By". Whoever is credited with
 * a photograph or a story is someone, whatever their name's words. */
static bool credited(const struct unit *u, size_t i)
{
	static const char *const w[] = {
		"photo", "photos", "photograph", "photographs", "photography", "picture",
		"pictures", "image", "images", "illustration", "illustrations", "portrait",
		"video", "videos", "graphic", "graphics", "animation", "design", "map", "maps",
		"credit", "credits", "reporting", "editing", "interview", "interviews", "translation",
		"research", "additional",
	};
	if (i == 0)
		return false;
	size_t k = i - 1;
	if (tok_is(u, k, "by")) {
		if (k == 0)
			return true;    /* "By Tariq Panja" */
		k--;
		/* "Posted on Tuesday 15 October 2019 at 09:11 by …" */
		if (tok_word(u, k) && ((u->tk.v[k].flags & TK_DIGIT) || tok_month_or_day(u, k) ||
				       tok_is(u, k, "posted") || tok_is(u, k, "published") ||
				       tok_is(u, k, "updated") || tok_is(u, k, "pm") || tok_is(u, k, "am")))
			return true;
		/* "Credit: By Karl Tate" */
		if (tok_punct(u, k, ':') && k > 0)
			k--;
	} else if (!tok_punct(u, k, ':') || k == 0) {
		return false;
	} else {
		k--;
	}
	/* "Reporting by", "additional reporting by"; "Produced by" opening
	 * a credit, not "the app produced by Weather Underground" */
	static const char *const done[] = {
		"written", "reported", "edited", "produced", "photographed", "illustrated", "filmed",
		"compiled", "directed", "translated",
	};
	if (TOK_AMONG(u, k, done))
		return k == 0 || (u->tk.v[k].flags & TK_SENTENCE) || !tok_word(u, k - 1);
	return TOK_AMONG(u, k, w);
}

/* Described after a comma: ", a former typist", ", 52,", ", who". */
static bool described_after(const struct unit *u, size_t end)
{
	return (tok_punct(u, end, ',') || tok_punct(u, end, '(')) && person_context(u, end);
}

/* A word for someone just before: "his wife, Sally", "counterpart Kuleba". */
static bool noun_before(const struct unit *u, size_t i)
{
	size_t b = i;
	if (b > 0 && tok_punct(u, b - 1, ','))
		b--;
	return b > 0 && tok_word(u, b - 1) && !(u->tk.v[b - 1].flags & TK_CAP) &&
	       TOK_IN(u, b - 1, person_nouns);
}

/* "a spokesperson for National Highways", "the charity Medical Aid for
 * Palestinians": a name after a word for someone who speaks for others,
 * or for a kind of organization, is an organization's — when its words
 * look like one (an organization's word, capitals, or common words
 * only; not "a spokesman for Elon Musk"). */
static bool org_like(const struct unit *u, size_t i, size_t seg)
{
	bool all_common = true;
	for (size_t k = i; k < seg; k++) {
		if (!tok_word(u, k))
			continue;
		if (org_word(u, k) || acronym(u, k))
			return true;
		all_common = all_common && common(u, k) && !strong_given(u, k);
	}
	return all_common;
}

static bool voice_for(const struct unit *u, size_t i, size_t seg)
{
	/* "the charity Medical Aid for Palestinians", "the nonprofit
	 * Sunrise Movement" */
	static const char *const kinds[] = {
		"charity", "nonprofit", "non-profit", "organisation", "organization", "group", "company",
		"firm", "startup", "start-up", "agency", "retailer", "broadcaster", "airline", "carmaker",
		"automaker", "insurer", "lender", "bank", "union", "think-tank", "watchdog", "regulator",
	};
	if (i >= 2 && tok_is(u, i - 2, "the") && TOK_AMONG(u, i - 1, kinds) && !(u->tk.v[i - 1].flags & TK_CAP) &&
	    !strong_given(u, i) && !place(u, i, seg - i) && org_like(u, i, seg))
		return true;
	static const char *const voices[] = {
		"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
	};
	static const char *const preps[] = { "for", "of", "at", "from" };
	size_t b = i;
	if (b > 0 && tok_is(u, b - 1, "the"))
		b--;
	if (b < 2 || !TOK_AMONG(u, b - 1, preps) || !TOK_AMONG(u, b - 2, voices))
		return false;
	return words_in(u, i, seg) >= 2 && !strong_given(u, i) && !place(u, i, seg - i) && org_like(u, i, seg);
}

/* A word for people in the plural ("ministers", "actors"). */
/* Whether a lower-case word is the plural of a word for someone
 * ("ministers"; "actresses", "witnesses"); it is cut in the looking. */
static bool person_plural(char *low)
{
	size_t n = strlen(low);
	if (n < 4 || low[n - 1] != 's')
		return false;
	low[n - 1] = '\0';
	if (LIST_HAS(person_nouns, low))
		return true;
	if (n > 4 && low[n - 2] == 'e' && low[n - 3] == 's') {
		low[n - 2] = '\0';
		return LIST_HAS(person_nouns, low);
	}
	return false;
}

static bool person_noun_plural(const struct unit *u, size_t i)
{
	char low[KEY_MAX];
	if (!tok_word(u, i) || (u->tk.v[i].flags & TK_CAP) || !tok_lower(u, i, low))
		return false;
	return person_plural(low);
}

/* A name the words around call an actor's or an author's: "Claes Bang
 * stars as", "starring the great Saoirse Ronan", "Elio (Timothée
 * Chalamet)", "André Aciman’s 2007 novel". */
static bool maker_around(const struct unit *u, size_t t0, size_t t1)
{
	static const char *const works[] = {
		"novel", "novels", "book", "books", "memoir", "memoirs", "poem", "poems", "poetry",
		"essay", "essays", "album", "albums", "song", "songs", "painting", "paintings",
		"biography", "autobiography", "screenplay", "theory", "theories", "lyrics",
	};
	if (tok_is(u, t1, "stars") || tok_is(u, t1, "co-stars") || tok_is(u, t1, "starred"))
		return true;
	/* a photographer's credit: "Kevin C. Downs/for New York Daily News" */
	if (tok_punct(u, t1, '/') && (tok_cap(u, t1 + 1) || tok_is(u, t1 + 1, "for")) && t1 - t0 >= 2 &&
	    strong_given(u, t0))
		return true;
	size_t b = t0;
	while (b > 0 && b + 2 > t0 && (tok_is(u, b - 1, "the") || tok_is(u, b - 1, "great")))
		b--;
	if (b > 0 && (tok_is(u, b - 1, "starring") || tok_is(u, b - 1, "co-starring")))
		return true;
	if (t0 >= 2 && tok_punct(u, t0 - 1, '(') && tok_cap(u, t0 - 2) && tok_punct(u, t1, ')'))
		return true;
	if (u->tk.v[t1 - 1].flags & TK_POSS)
		for (size_t k = t1, n = 0; k < u->tk.n && n < 3 && tok_word(u, k); k++, n++)
			if (TOK_AMONG(u, k, works))
				return true;
	return false;
}

/* A name that a word for someone introduces: "economist Jane Doe",
 * "Commenter Paul Stoffregen", or one of a list after a plural
 * ("cabinet ministers Jonathan Moyo and Saviour Kasukuwere"). */
static bool introduced(const struct unit *u, size_t i)
{
	if (i == 0)
		return false;
	size_t b = i - 1;
	/* "Nigeria's president, Bola Tinubu," */
	if (tok_punct(u, b, ',') && b > 0 && tok_word(u, b - 1) && !(u->tk.v[b - 1].flags & TK_CAP) &&
	    TOK_IN(u, b - 1, person_nouns))
		return true;
	if (tok_word(u, b) && TOK_IN(u, b, person_nouns) &&
	    (!(u->tk.v[b].flags & TK_CAP) || (u->tk.v[b].flags & TK_SENTENCE)))
		return true;
	/* back over the names before this one in the list */
	for (size_t steps = 0; steps < 16; steps++, b--) {
		if (person_noun_plural(u, b))
			return true;
		if (!(tok_punct(u, b, ',') || tok_is(u, b, "and") || name_word(u, b) ||
		      (tok_punct(u, b, '.') && b > 0 && (u->tk.v[b - 1].flags & TK_DOT))) ||
		    b == 0)
			return false;
	}
	return false;
}

/* The family name of someone well known ("Obama’s surge", "as Lenin put
 * it"), and not the company or prize named after one ("Disney", "Nobel"),
 * nor a word or a given name ("Page", "Rice", "Paul"). */
static bool famous(const struct unit *u, size_t i)
{
	static const char *const brands[] = {
		"benz", "boeing", "chanel", "chrysler", "dell", "dior", "disney", "dodge", "edison",
		"ferrari", "ford", "gucci", "heinz", "hilton", "honda", "kellogg", "marriott", "nobel",
		"porsche", "pulitzer", "siemens", "tesla", "toyota", "walmart", "bloomberg", "reuters",
	};
	const struct token *t = &u->tk.v[i];
	if (!tok_cap(u, i) || (t->flags & TK_ALLCAPS) || !TOK_IN(u, i, famous_family) ||
	    nationality(u, i) || tok_month_or_day(u, i) || place(u, i, 1) || common(u, i) || given(u, i))
		return false;
	if (TOK_AMONG(u, i, brands))
		return false;
	/* "Liskow & Lewis", "Johnson & Johnson": a firm's name */
	if ((i > 0 && tok_punct(u, i - 1, '&')) || tok_punct(u, i + 1, '&'))
		return false;
	/* "the Kardashian sisters": a family */
	static const char *const kin[] = {
		"sisters", "brothers", "family", "families", "clan", "dynasty", "siblings", "twins",
	};
	if (TOK_AMONG(u, i + 1, kin))
		return false;
	/* "a Turing award", "the Palme d’Or": named after them */
	static const char *const eponyms[] = {
		"award", "awards", "prize", "medal", "test", "machine", "equation", "effect",
		"syndrome", "disease", "doctrine", "principle", "scale", "trophy", "cup",
	};
	if (i + 1 < u->tk.n && tok_word(u, i + 1)) {
		const char *n = tok_ptr(u, i + 1);
		if (n[0] == 'd' && (n[1] == '\'' || !strncmp(n + 1, "\xE2\x80\x99", 3)))
			return false;
		if (TOK_AMONG(u, i + 1, eponyms))
			return false;
	}
	return true;
}

/* A word in capitals too long for an acronym ("ALEXANDRIA"). */
static bool long_capitals(const struct unit *u, size_t i)
{
	return tok_word(u, i) && (u->tk.v[i].flags & TK_ALLCAPS) && tok_len(u, i) >= 5;
}

/* Whether a person's name met so far begins or ends with the word key
 * (lower case): "Chanel" after "Chanel Johnson", "Prada" after "Miuccia
 * Prada". */
static bool word_of_someone(const struct analysis *an, const char *key)
{
	for (size_t c = 0; c < an->nc; c++) {
		const struct candidate *k = &an->c[c];
		if (k->kind != ENTITY_PERSON || k->t1 <= k->t0 + 1)
			continue;
		const struct unit *u = &an->u[k->unit];
		char w[KEY_MAX];
		if ((tok_lower(u, k->t0, w) && !strcmp(w, key)) || (tok_lower(u, k->t1 - 1, w) && !strcmp(w, key)))
			return true;
	}
	return false;
}

static void classify_single(struct analysis *an, size_t unit, size_t i)
{
	struct unit *u = &an->u[unit];
	const struct token *t = &u->tk.v[i];
	if (place(u, i, 1)) {
		candidate(an, unit, ENTITY_PLACE, EV_NONE, i, i + 1, i);
		return;
	}
	/* (not a word of a line in capitals: "ALEXANDRIA DOUZIECH:") */
	bool in_capitals = tok_len(u, i) >= 5 && ((i > 0 && long_capitals(u, i - 1)) || long_capitals(u, i + 1));
	if (acronym(u, i) && !in_capitals) {
		candidate(an, unit, ENTITY_ORGANIZATION, EV_NONE, i, i + 1, i);
		return;
	}
	if (org_word(u, i) && !(t->flags & TK_SENTENCE) && !common(u, i)) {
		candidate(an, unit, ENTITY_ORGANIZATION, EV_NONE, i, i + 1, i);
		return;
	}
	if (famous(u, i)) {
		candidate(an, unit, ENTITY_PERSON, EV_TITLE, i, i + 1, i);
		return;
	}
	char key[KEY_MAX];
	bool keyed = !(t->flags & TK_ALLCAPS) && form_key(u, i, i + 1, key, sizeof key);
	/* an organization the list knows ("Nvidia", "Pfizer"; not a given
	 * name too: "Chanel said" after Chanel Johnson) */
	if (keyed && LIST_HAS(org_names, key) && !(common(u, i) && (t->flags & TK_SENTENCE)) && !given(u, i) &&
	    !word_of_someone(an, key)) {
		candidate(an, unit, ENTITY_ORGANIZATION, EV_NONE, i, i + 1, i);
		return;
	}
	/* someone known by one name ("Rihanna", "Pelé"), though it is a
	 * given name too */
	if (keyed && LIST_HAS(famous_people, key)) {
		candidate(an, unit, ENTITY_PERSON, EV_TITLE, i, i + 1, i);
		return;
	}
	/* "Sarah said: …" opening a sentence: the given name of someone
	 * named in full (it names no one new) */
	if ((t->flags & TK_SENTENCE) && !(t->flags & TK_ALLCAPS) && strong_given(u, i) &&
	    !nationality(u, i) && !tok_month_or_day(u, i) && speaks(u, i, i + 1)) {
		candidate(an, unit, ENTITY_PERSON, EV_SPEECH, i, i + 1, i);
		return;
	}
	if (nationality(u, i) || tok_month_or_day(u, i) || (t->flags & (TK_SENTENCE | TK_ALLCAPS)))
		return;
	/* "“…,” Apple said", "Target says": a word written with a capital
	 * within a sentence, saying something, names an organization — not
	 * a word for someone ("Mom said"), nor one the article writes after
	 * a name's word ("Dr. Long", "Jordan Banks": a family name) */
	if (common(u, i) && !given(u, i) && speech_verb(u, i + 1) && !(t->flags & TK_POSS) &&
	    !(i > 0 && (tok_cap(u, i - 1) || connector(u, i - 1))) &&
	    !TOK_IN(u, i, person_nouns) && !TOK_IN(u, i, titles) && !TOK_IN(u, i, function_words) &&
	    !TOK_IN(u, i, famous_family) && !spelled(an, u, i, false)) {
		candidate(an, unit, ENTITY_ORGANIZATION, EV_NONE, i, i + 1, i);
		return;
	}
	if (common(u, i) && !given(u, i))
		return;
	if (tok_is(u, i + 1, "administration") && !common(u, i))
		candidate(an, unit, ENTITY_PERSON, EV_TITLE, i, i + 1, i);
	/* a given name alone that the words around call someone: "52-year-old
	 * Grace, a former typist", "his first wife, Sally, was" */
	else if (given(u, i) && (!common(u, i) || TOK_IN(u, i, given_names_words)) &&
		 (described_after(u, i + 1) || noun_before(u, i)))
		candidate(an, unit, ENTITY_PERSON, EV_TITLE, i, i + 1, i);
	else if (speaks(u, i, i + 1))
		candidate(an, unit, ENTITY_PERSON, EV_SPEECH, i, i + 1, i);
	else if (given(u, i) && !common(u, i))
		candidate(an, unit, ENTITY_PERSON, EV_WEAK, i, i + 1, i);
}

/* Whether the initials [i, end) are a person's rather than an
 * abbreviation's ("U.S. Steel", "D.C. Council", "L.A. Galaxy"). */
static bool initials_name(const struct unit *u, size_t i, size_t end)
{
	static const char *const abbreviations[] = {
		"us", "uk", "un", "eu", "dc", "la", "ny", "nj", "sf", "am", "pm", "st", "ft", "mt",
		"ad", "bc", "tv", "nyc", "usa", "ussr", "gop", "nba", "nfl", "nhl", "ok", "no", "vs",
		"ie", "eg", "op", "ed", "md", "ps", "rn", "sc", "nc", "nh", "nd", "sd", "wv", "pr",
	};
	char key[8];
	size_t n = 0;
	for (size_t k = i; k < end; k++) {
		if (tok_punct(u, k, '.'))
			continue;
		if (!(u->tk.v[k].flags & TK_INITIAL) || n + 1 >= sizeof key)
			return false;
		key[n++] = (char)(tok_ptr(u, k)[0] | 0x20);
	}
	key[n] = '\0';
	if (n == 0)
		return false;
	for (size_t k = 0; k < sizeof abbreviations / sizeof *abbreviations; k++)
		if (!strcmp(key, abbreviations[k]))
			return false;
	return true;
}

/* Whether the "and" at i is inside one name: "The Post and Courier
 * newspaper" (not "the Senate and House"). */
static bool and_joins(const struct unit *u, size_t i, size_t end)
{
	static const char *const kinds[] = {
		"newspaper", "paper", "magazine", "website", "company", "firm", "network", "agency",
	};
	/* one word on each side ("CBS News and Fox network affiliates" are
	 * two) */
	return i > 0 && name_word(u, i - 1) && !(i > 1 && name_word(u, i - 2) && !tok_is(u, i - 2, "the")) &&
	       i + 2 <= end &&
	       name_word(u, i + 1) && i + 2 < u->tk.n && TOK_AMONG(u, i + 2, kinds);
}

/* Whether the "and" at i is inside the "of" part of an institution's
 * name: "Department of Fish and Wildlife", "Department of Health and
 * Human Services", "Office of Management and Budget" — common words on
 * both sides, and the name ends after them (not "the Department of Justice
 * and Google", nor "… of Labor and Congress"). */
static bool of_and(const struct unit *u, size_t i, size_t end)
{
	/* (words that head an institution of their own: "the Department of
	 * Justice and Treasury Department") */
	static const char *const heads[] = {
		"department", "ministry", "agency", "commission", "office", "bureau", "council",
		"committee", "administration", "authority", "court", "university", "institute", "police",
		"party", "company", "corporation", "officials",
	};
	if (!tok_is(u, i, "and") || i < 3)
		return false;
	bool of = false;
	for (size_t k = i - 1; k > 0 && k + 4 > i && !of; k--)
		of = tok_is(u, k, "of") || tok_is(u, k, "for");
	if (!of || !tok_cap(u, i - 1) || !common(u, i - 1) || strong_given(u, i - 1) || place(u, i - 1, 1))
		return false;
	size_t j = i + 1;
	while (j < end && j < i + 4 && name_word(u, j))
		j++;
	/* (nor "… of Health and Treasury officials": a word for people after) */
	if (j == i + 1 || (j < u->tk.n && name_word(u, j)) || person_noun_plural(u, j) ||
	    (tok_word(u, j) && !tok_cap(u, j) && TOK_IN(u, j, person_nouns)))
		return false;
	for (size_t k = i + 1; k < j; k++)
		if (!common(u, k) || strong_given(u, k) || place(u, k, 1) || acronym(u, k) ||
		    (org_word(u, k) && j == i + 2) || TOK_AMONG(u, k, heads))
			return false;
	return true;
}

/* Whether the words [i, j) may stand in an institution's name joined by
 * "and": capitalized common words, none a given name, a place, a
 * nationality, a day, an acronym or a word for an institution of its
 * own ("the Senate and House Committee" names two). */
static bool and_institution(const struct unit *u, size_t i, size_t j)
{
	static const char *const heads[] = {
		"senate", "house", "congress", "parliament", "assembly", "government", "department",
		"ministry", "agency", "commission", "office", "bureau", "council", "committee",
		"administration", "authority", "court", "university", "college", "institute", "police",
		"party", "company", "corporation", "army", "navy", "board", "union", "club", "school",
	};
	for (size_t k = i; k < j; k++)
		if (!tok_word(u, k) || !tok_cap(u, k) || !common(u, k) || strong_given(u, k) || place(u, k, 1) ||
		    nationality(u, k) || tok_month_or_day(u, k) || acronym(u, k) || TOK_AMONG(u, k, heads))
			return false;
	return true;
}

/* Whether ", a chemistry researcher at …" after token end says the name
 * before it is someone's: an article, a few words in lower case, and a
 * word for a person that is none for an organization. */
static bool described_as_person(const struct unit *u, size_t end)
{
	static const char *const things[] = {
		"company", "firm", "group", "outlet", "broadcaster", "network", "station", "channel",
		"brand", "agency", "organization", "organisation", "charity", "newspaper", "magazine",
		"website", "app", "platform", "service", "publication", "show", "programme", "program",
		"band", "team", "club", "label", "studio",
	};
	/* (words for people that are none for organizations: not "a
	 * leader in steel", "an adviser to the deal") */
	static const char *const jobs[] = {
		"researcher", "scientist", "professor", "student", "teacher", "doctor", "nurse", "lawyer",
		"economist", "engineer", "author", "writer", "journalist", "reporter", "activist",
		"spokesman", "spokeswoman", "resident", "mother", "father", "farmer", "physician",
		"surgeon", "lecturer", "historian", "artist", "musician", "singer", "actor", "actress",
		"poet", "novelist", "pastor", "priest", "soldier", "officer", "detective", "chemist",
		"biologist", "physicist", "psychologist", "volunteer", "worker", "driver", "mechanic",
	};
	static const char *const articles[] = { "a", "an", "the" };
	if (!tok_punct(u, end, ',') || !TOK_AMONG(u, end + 1, articles))
		return false;
	for (size_t k = end + 2; k < u->tk.n && k < end + 6 && tok_word(u, k) && !tok_cap(u, k); k++) {
		if (TOK_AMONG(u, k, things))
			return false;
		if (TOK_AMONG(u, k, jobs))
			return true;
	}
	return false;
}

/* "Devon and Cornwall Police", "Avon and Somerset Constabulary": two
 * places of one word each, joined by "and" at seg, before a word for a
 * police force (or, when the lists know one of the places, a council)
 * that serves both (not "Sarah Patel and Kent Police"). */
static bool and_places(const struct unit *u, size_t i, size_t seg, size_t end)
{
	static const char *const forces[] = { "police", "constabulary", "fire", "ambulance" };
	static const char *const councils[] = { "council", "councils", "trust", "authority" };
	size_t r = seg + 1;
	/* (each a place, or a word that is no common word: "Devon") */
	if (seg != i + 1 || !name_word(u, i) || (!place(u, i, 1) && common(u, i)) || !name_word(u, r) ||
	    (!place(u, r, 1) && common(u, r)))
		return false;
	return r + 1 < end &&
	       (TOK_AMONG(u, r + 1, forces) || (TOK_AMONG(u, r + 1, councils) && (place(u, i, 1) || place(u, r, 1))));
}

/* A stretch of capitalized words without titles or connectors. Returns
 * where it ends (an organization's name may run on: "Bank of America"). */
static size_t classify_plain(struct analysis *an, size_t unit, size_t i, size_t seg, size_t end,
			     bool tainted);

/* "a bartender at the Violet Hour", "the Hoover Dam": a name after
 * "the" that ends the phrase is a thing's, not a person's (but "the Tom
 * Brady era" and "the Stanley Thompson-designed course" name him, and
 * "the Rev. Al Sharpton" has his title). */
static bool thing_after_the(const struct unit *u, size_t i, size_t seg, size_t end)
{
	/* (but "the Ann Arbor-based Center" is a place's) */
	static const char *const located[] = { "based", "born", "bred", "area", "headquartered", "made" };
	return i > 0 && tok_is(u, i - 1, "the") &&
	       (!(u->tk.v[i - 1].flags & TK_CAP) || (u->tk.v[i - 1].flags & TK_SENTENCE)) && seg == end &&
	       words_in(u, i, seg) >= 2 &&
	       (seg >= u->tk.n || (!tok_word(u, seg) && !(tok_punct(u, seg, '-') && !TOK_AMONG(u, seg + 1, located))) ||
		TOK_IN(u, seg, function_words));
}

static bool word_of_someone(const struct analysis *an, const char *key);

static size_t classify_plain_run(struct analysis *an, size_t unit, size_t i, size_t seg, size_t end,
				 bool tainted)
{
	struct unit *u = &an->u[unit];
	/* a leading "The" is not part of the name */
	while (i < seg && (tok_is(u, i, "the") || !tok_word(u, i)))
		i++;
	if (i >= seg)
		return seg;
	/* "Goldman Sachs", "Morgan Stanley": an organization the list
	 * knows, whatever its words (but "Raymond James, 45, a plumber,
	 * said" is someone, and so is "Chanel said" after Chanel Johnson) */
	char okey[KEY_MAX];
	bool one = words_in(u, i, seg) == 1;
	if (form_key(u, i, seg, okey, sizeof okey) && LIST_HAS(org_names, okey) &&
	    !(given(u, i) && (one || (tok_punct(u, seg, ',') && person_context(u, seg)))) &&
	    !(one && word_of_someone(an, okey))) {
		candidate(an, unit, ENTITY_ORGANIZATION, EV_NONE, i, seg, i);
		return seg;
	}
	/* "Angus MacLeod MSP": letters after a name */
	if (seg > i + 2 && (u->tk.v[seg - 1].flags & TK_ALLCAPS) && TOK_AMONG(u, seg - 1, postnominal) &&
	    strong_given(u, i) && !(u->tk.v[seg - 2].flags & TK_ALLCAPS)) {
		classify_plain(an, unit, i, seg - 1, seg - 1, tainted);
		return seg;
	}
	size_t n = seg - i, words = words_in(u, i, seg);
	/* "Joyce Wein Jazz & Heritage Center", "Liskow & Lewis LLC": an
	 * organization's name runs on past "&" */
	if (seg < end && tok_punct(u, seg, '&')) {
		size_t j = seg + 1;
		while (j < end && (name_word(u, j) || connector(u, j)))
			j++;
		for (size_t k = seg + 1; k < j; k++)
			if (org_word(u, k) && !connector(u, k)) {
				while (j > k + 1 && connector(u, j - 1))
					j--;
				candidate(an, unit, ENTITY_ORGANIZATION, EV_NONE, i, j, i);
				return j;
			}
	}
	/* "the Food and Drug Administration", "the Securities and Exchange
	 * Commission", "the National Oceanic and Atmospheric
	 * Administration": common words on both sides of "and", and a word
	 * for an institution last */
	bool joined = seg < end && tok_is(u, seg, "and") && words <= 3;
	bool places = joined && and_places(u, i, seg, end);
	if (joined && (places || and_institution(u, i, seg))) {
		/* (up to its last word for an institution: "… Commission
		 * Investor Advocate Rick Fleming") */
		size_t j = seg + 1, last = 0;
		while (j < end && j < seg + 4 && name_word(u, j)) {
			if (org_word(u, j))
				last = j;
			j++;
		}
		if (last > 0 && (places || and_institution(u, seg + 1, last))) {
			candidate(an, unit, ENTITY_ORGANIZATION, EV_NONE, i, last + 1, i);
			return last + 1;
		}
	}
	if (n > 1 && place(u, i, n)) {
		candidate(an, unit, ENTITY_PLACE, EV_NONE, i, seg, i);
		return seg;
	}
	/* "Frenchman Corentin Moutet", "American Coco Gauff": where someone
	 * is from, then their name */
	/* (its given name known: not "Italian Serie A clubs"; and not a
	 * given name itself: "Finn Russell Jones") */
	static const char *const demonyms[] = {
		"frenchman", "frenchwoman", "englishman", "englishwoman", "scotsman", "scotswoman",
		"irishman", "irishwoman", "welshman", "welshwoman", "dutchman", "dutchwoman", "briton",
		"spaniard", "swede", "pole", "kiwi", "aussie",
	};
	char dkey[KEY_MAX];
	if (words >= 3 && words <= 4 && !given(u, i) &&
	    (TOK_AMONG(u, i, demonyms) ||
	     (nationality(u, i) && tok_len(u, i) > 3 && tok_ptr(u, i)[tok_len(u, i) - 1] != 's')) &&
	    !(form_key(u, i + 1, seg, dkey, sizeof dkey) && LIST_HAS(org_names, dkey))) {
		bool plain = tok_word(u, i + 1) && !(u->tk.v[i + 1].flags & TK_INITIAL) && strong_given(u, i + 1) &&
			     tok_len(u, seg - 1) > 1;
		for (size_t k = i + 1; k < seg && plain; k++)
			plain = !tok_word(u, k) || (!org_word(u, k) && !place(u, k, 1) && !acronym(u, k) &&
						   !nationality(u, k) && !tok_month_or_day(u, k) && !has_digit(u, k) &&
						   !(common(u, k) && !strong_given(u, k) && k == seg - 1));
		if (plain) {
			candidate(an, unit, ENTITY_PERSON, EV_TITLE, i + 1, seg, i + 1);
			return seg;
		}
	}
	/* "Serhii Radio, a chemistry researcher at DonNU, says": a name
	 * that ends in a word for an organization, said to be someone's */
	if (words == 2 && seg == i + 2 && org_word(u, i + 1) && !org_word(u, i) && !common(u, i) &&
	    !place(u, i, 1) && !acronym(u, i) && described_as_person(u, seg)) {
		candidate(an, unit, ENTITY_PERSON, EV_UNKNOWN, i, seg, i);
		return seg;
	}
	for (size_t k = i; k < seg; k++) {
		if (!org_word(u, k) || (k == i && words == 1 && common(u, k) &&
					(u->tk.v[k].flags & TK_SENTENCE)))
			continue;
		/* "Securities and Exchange Commission Investor Advocate Rick
		 * Fleming said": someone after the organization's name */
		for (size_t j = k + 1; j + 1 < seg; j++) {
			if (!strong_given(u, j) || org_word(u, j) || !(speaks(u, j, seg) || person_context(u, seg)))
				continue;
			size_t last_org = k;
			for (size_t o = k; o < j; o++)
				if (org_word(u, o))
					last_org = o;
			candidate(an, unit, ENTITY_ORGANIZATION, EV_NONE, i, last_org + 1, i);
			return classify_plain(an, unit, j, seg, end, false);
		}
		/* the name runs on through "of", "for", "&", "the" */
		size_t stop = seg;
		while (stop < end && connector(u, stop) &&
		       (!tok_is(u, stop, "and") || and_joins(u, stop, end) || of_and(u, stop, end))) {
			size_t j = stop;
			while (j < end && connector(u, j) && (!tok_is(u, j, "and") || j == stop))
				j++;
			/* (not "the Senate on Tuesday") */
			if (j >= end || !name_word(u, j) || tok_month_or_day(u, j))
				break;
			/* (up to a title with a name after it: "American
			 * Federation of Government Employees President J.
			 * David Cox"; not "the Pamphlet Collection of Sir
			 * Robert Stout", named after him) */
			size_t tl;
			while (j < end && (name_word(u, j) || tok_punct(u, j, '.')) &&
			       !(j > stop && !connector(u, j - 1) && title_at(u, j, end, &tl) &&
				 name_extent(u, j + tl, end) > j + tl))
				j++;
			stop = j;
		}
		candidate(an, unit, ENTITY_ORGANIZATION, EV_NONE, i, stop, i);
		return stop;
	}
	if (voice_for(u, i, seg)) {
		/* (running on: "Medical Aid for Palestinians") */
		size_t stop = seg;
		while (stop + 1 < end && connector(u, stop) && !tok_is(u, stop, "and") && name_word(u, stop + 1)) {
			stop++;
			while (stop < end && name_word(u, stop))
				stop++;
		}
		candidate(an, unit, ENTITY_ORGANIZATION, EV_NONE, i, stop, i);
		return stop;
	}
	if (words == 1) {
		classify_single(an, unit, i);
		return seg;
	}
	size_t first = i, last = last_word(u, i, seg);
	/* "Photo by Marisol Quintanilla", "Reporting by Claes Bang" */
	if (words <= 4 && credited(u, i) && name_like(u, i, seg)) {
		bool odd = false;
		for (size_t k = i; k < seg; k++)
			odd = odd || acronym(u, k) || nationality(u, k) || tok_month_or_day(u, k) ||
			      TOK_IN(u, k, titles) || tok_is(u, k, "former") ||
			      (tok_word(u, k) && (u->tk.v[k].flags & TK_ALLCAPS) && !(u->tk.v[i].flags & TK_ALLCAPS));
		if (!odd && !place(u, i, seg - i)) {
			candidate(an, unit, ENTITY_PERSON, EV_TITLE, i, seg, i);
			return seg;
		}
	}
	/* "Stewart Island", "the Roosevelt Room"; but "union president Lee
	 * Park said" is someone */
	bool someone = first + 1 == last && strong_given(u, first) && !place(u, first, 1) && !tainted &&
		       (speaks(u, i, seg) || noun_before(u, i) ||
			(i > 0 && tok_word(u, i - 1) && !(u->tk.v[i - 1].flags & TK_CAP) &&
			 TOK_IN(u, i - 1, titles)));
	if (TOK_IN(u, last, place_words) && last > first && !someone) {
		candidate(an, unit, ENTITY_PLACE, EV_NONE, i, seg, i);
		return seg;
	}
	/* the given name is the first word that is not an initial */
	while (first < last && (u->tk.v[first].flags & TK_INITIAL || !tok_word(u, first)))
		first++;
	bool any_common = false, any_odd = false, odd_not_place = false, inner_common = false;
	for (size_t k = i; k < seg; k++) {
		if (!tok_word(u, k) || particle(u, k))
			continue;
		/* "bin Laden": after a particle, a family name */
		if (common(u, k) && !strong_given(u, k) && !(k > i && particle(u, k - 1))) {
			any_common = true;
			inner_common = inner_common || k != first;
		}
		/* ("the Roswell UFO incident": capitals last, in a name that is
		 * not all capitals; but "Henry Ford III") */
		static const char *const numerals[] = { "ii", "iii", "iv", "jr", "sr" };
		bool caps_last = k == last && k > i && (u->tk.v[k].flags & TK_ALLCAPS) && tok_len(u, k) > 1 &&
				 !(u->tk.v[i].flags & TK_ALLCAPS) && !TOK_AMONG(u, k, numerals);
		bool odd = acronym(u, k) || nationality(u, k) || tok_month_or_day(u, k) || has_digit(u, k) ||
			   caps_last;
		odd_not_place = odd_not_place || odd;
		if (odd || (place(u, k, 1) && !(k < last && strong_given(u, k))))
			any_odd = true;
	}
	/* "Guadalupe Salinas Hernández": a given name, and a family name that
	 * is no word, no place and no organization's, whatever the places
	 * between */
	if (strong_given(u, first) && first + 1 < last && !odd_not_place && !inner_common && !tainted &&
	    !(u->tk.v[first].flags & TK_SENTENCE) && !place(u, last, 1) && !org_word(u, last) &&
	    !TOK_IN(u, last, place_words)) {
		candidate(an, unit, ENTITY_PERSON, EV_GIVEN, i, seg, i);
		return seg;
	}
	/* "Margaret Hamilton" even though Hamilton is a city */
	/* ("Joy Baker, an OBGYN", opening a sentence; "Mark May" and "Billy
	 * Sunday", but not "Easter Sunday") */
	static const char *const weekdays[] = {
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	};
	static const char *const feasts[] = {
		"easter", "palm", "good", "ash", "black", "cyber", "super", "holy", "maundy", "shrove",
		"whit", "bloody", "giving", "small", "low", "trinity", "rose", "gaudete", "pentecost",
	};
	if (strong_given(u, first) && first < last && !place(u, first, 1) && !acronym(u, last) &&
	    !nationality(u, last) && !has_digit(u, last) &&
	    !(TOK_AMONG(u, last, weekdays) && TOK_AMONG(u, first, feasts)) &&
	    (!tainted || !common(u, last) || (first + 1 == last && person_context(u, seg)))) {
		candidate(an, unit, ENTITY_PERSON, EV_GIVEN, i, seg, i);
		return seg;
	}
	/* "Florence Pugh" even though Florence is a city: a given name and a
	 * family name that is no word, no place and no organization's */
	if (strong_given(u, first) && place(u, first, 1) && first + 1 == last && !tainted &&
	    !(u->tk.v[first].flags & TK_SENTENCE) && !common(u, last) && !place(u, last, 1) &&
	    !org_word(u, last) && !acronym(u, last) && !nationality(u, last) && !has_digit(u, last) &&
	    !TOK_IN(u, last, place_words)) {
		candidate(an, unit, ENTITY_PERSON, EV_GIVEN, i, seg, i);
		return seg;
	}
	/* "Aerospace Writer Marcia Dunn": a known given name further in, with
	 * a family name after it, begins a name of its own */
	bool lead_common = false;
	for (size_t k = first + 1; k < last; k++) {
		lead_common = lead_common || (common(u, k - 1) && !strong_given(u, k - 1));
		/* ("Veteran Wall Streeter Charlotte Beyer": a city's name as a
		 * given name, when a family name ends the run) */
		bool family_next = k + 1 == last && !common(u, last) && !place(u, last, 1) &&
				   !org_word(u, last) && !TOK_IN(u, last, place_words);
		/* (not "the New York Yankees": the given name ends a place's
		 * name) */
		bool in_place = place(u, k - 1, 2) || (k >= first + 2 && place(u, k - 2, 3));
		if (lead_common && strong_given(u, k) && !common(u, k) && (!place(u, k, 1) || family_next) &&
		    !in_place && tok_word(u, k + 1) && !(u->tk.v[k].flags & TK_INITIAL)) {
			/* the words before describe them ("Veteran Wall
			 * Streeter"): an organization's or a place's name
			 * perhaps, no one else's */
			bool thing = false;
			for (size_t t = i; t < k; t++)
				thing = thing || org_word(u, t) || place(u, t, 1) || acronym(u, t);
			if (thing)
				classify_plain(an, unit, i, k, k, tainted);
			return classify_plain(an, unit, k, seg, end, false);
		}
	}
	size_t full_words = 0;
	for (size_t k = i; k < seg; k++)
		full_words += tok_word(u, k) && !(u->tk.v[k].flags & TK_INITIAL) && !particle(u, k);
	/* "Xi Jinping", "Recep Tayyip Erdogan": someone well known */
	char key[KEY_MAX];
	if (full_words >= 2 && form_key(u, i, seg, key, sizeof key) && LIST_HAS(famous_people, key)) {
		candidate(an, unit, ENTITY_PERSON, EV_GIVEN, i, seg, i);
		return seg;
	}
	/* "U.S. Attorney for Massachusetts Joshua Levy", "Ohio Gov. …": a
	 * place's name, then someone's, given name first */
	/* (after "President of" or "Attorney for", any name: "the former
	 * President of Iceland Ólafur Grímsson") */
	bool office_of = i >= 2 && (tok_is(u, i - 1, "of") || tok_is(u, i - 1, "for")) && TOK_IN(u, i - 2, titles) &&
			 tok_cap(u, i - 2);
	for (size_t p = 1; p <= 3 && i + p + 1 < seg; p++) {
		size_t g = i + p;
		/* (not "Georgia Ann Wright": a given name first) */
		if (!tok_word(u, g) || !place(u, i, p) || place(u, g, 1) || given(u, i) ||
		    !(strong_given(u, g) || (office_of && !common(u, g) && !org_word(u, g) && !acronym(u, g))))
			continue;
		bool plain = true;
		for (size_t k = g + 1; k < seg && plain; k++)
			plain = !tok_word(u, k) || (!acronym(u, k) && !org_word(u, k) && !place(u, k, 1) &&
						   !nationality(u, k) && !has_digit(u, k) &&
						   (strong_given(u, g) || !common(u, k)));
		if (!plain || words_in(u, g, seg) < 2)
			break;
		candidate(an, unit, ENTITY_PLACE, EV_NONE, i, g, i);
		candidate(an, unit, ENTITY_PERSON, EV_GIVEN, g, seg, g);
		return seg;
	}
	/* "J.C. Chandor", "T. J. Miller": initials, then a family name (not
	 * "the D.A. Davidson brokerage") */
	if (full_words == 1 && first == last && first > i && !any_common && !any_odd && !tainted &&
	    !(i > 0 && tok_is(u, i - 1, "the")) &&
	    !org_word(u, last) && !TOK_IN(u, last, place_words) && initials_name(u, i, first)) {
		candidate(an, unit, ENTITY_PERSON, EV_GIVEN, i, seg, i);
		return seg;
	}
	/* at the start of a sentence, unknown words need a person's context
	 * ("Ajmi Lourimi, a member of …", "Ajmi Lourimi said") */
	/* at a sentence's start too: confirmation keeps it only if the text
	 * says more (a context, or the family name alone elsewhere) */
	bool start_ok = true;
	if (!any_common && !any_odd && (!tainted || person_context(u, seg)) && full_words >= 2 &&
	    start_ok) {
		candidate(an, unit, ENTITY_PERSON, EV_UNKNOWN, i, seg, i);
		return seg;
	}
	/* "Dylann Roof": a first word no list knows and a common word, when
	 * that word alone says something elsewhere ("Roof said") */
	if (full_words == 2 && first + 1 == last && !common(u, first) && !given(u, first) &&
	    !place(u, first, 1) && !org_word(u, first) && !acronym(u, first) && !nationality(u, first) &&
	    !has_digit(u, first) && common(u, last) && !place(u, last, 1) && !org_word(u, last) &&
	    !acronym(u, last) && !TOK_IN(u, last, place_words) && spelled(an, u, last, true)) {
		candidate(an, unit, ENTITY_PERSON, EV_SPEECH, i, seg, i);
		return seg;
	}
	/* common words, but a word for someone before: "actor Claes Bang" */
	/* (not "executive director, South Florida": a part of a place; but
	 * "saxophonist Kidd Jordan") */
	static const char *const parts[] = {
		"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
		"upper", "lower", "greater", "inner", "outer",
	};
	bool region = first + 1 == last && TOK_AMONG(u, first, parts) && place(u, last, 1);
	if ((!any_odd || (!odd_not_place && !place(u, first, 1))) && !region && full_words >= 2 &&
	    full_words <= 3 && (introduced(u, i) || maker_around(u, i, seg)) &&
	    (!common(u, first) || !common(u, last))) {
		candidate(an, unit, ENTITY_PERSON, EV_TITLE, i, seg, i);
		return seg;
	}
	/* common words, but said to be someone: "said Mar Hicks, a
	 * historian", "named Man Haron Monis, who" */
	if (!any_odd && full_words >= 2 && full_words <= 3 && !tainted && person_context(u, seg) &&
	    i > 0 && (speech_verb(u, i - 1) || tok_is(u, i - 1, "named"))) {
		candidate(an, unit, ENTITY_PERSON, EV_UNKNOWN, i, seg, i);
		return seg;
	}
	/* names in capitals: "JIM WATSON/AFP/Getty Images" */
	bool capitals = true;
	for (size_t k = i; k < seg; k++)
		if (tok_word(u, k) && !(u->tk.v[k].flags & TK_ALLCAPS))
			capitals = false;
	if (capitals && full_words >= 2 && full_words <= 3 && strong_given(u, first) &&
	    !place(u, first, 1) && person_context(u, seg)) {
		candidate(an, unit, ENTITY_PERSON, EV_GIVEN, i, seg, i);
		return seg;
	}
	/* a photographer's credit glued to a caption: "… in Paris Benoit
	 * Tessier/Reuters": the last two or three words */
	if (tok_punct(u, seg, '/') && tok_cap(u, seg + 1) && words >= 3) {
		for (size_t want = 3; want >= 2; want--) {
			size_t k = seg, got = 0;
			while (k > i && got < want) {
				k--;
				got += tok_word(u, k);
			}
			bool fine = got == want && tok_word(u, k) && name_like(u, k, seg);
			for (size_t t = k; t < seg && fine; t++)
				if (tok_word(u, t) && (acronym(u, t) || org_word(u, t) || place(u, t, 1) ||
						       nationality(u, t) || (common(u, t) && !strong_given(u, t))))
					fine = false;
			if (fine) {
				classify_plain(an, unit, i, k, k, tainted);
				candidate(an, unit, ENTITY_PERSON, EV_TITLE, k, seg, k);
				return seg;
			}
		}
	}
	/* "Eastern Europe", "Kherson Oblast": a place at the end */
	if (place(u, last, 1)) {
		candidate(an, unit, ENTITY_PLACE, EV_NONE, last, last + 1, last);
		seg = last;
	}
	for (size_t k = i; k < seg; k++)
		if (tok_word(u, k))
			classify_single(an, unit, k);
	return seg;
}

static size_t classify_plain(struct analysis *an, size_t unit, size_t i, size_t seg, size_t end,
			     bool tainted)
{
	size_t from = an->nc;
	size_t next = classify_plain_run(an, unit, i, seg, end, tainted);
	/* (also after a "The" that opens a sentence: "The Beaufort Gyre,
	 * for instance, …") */
	const struct unit *u = &an->u[unit];
	size_t at = i;
	if (tok_is(u, i, "the") && (u->tk.v[i].flags & TK_SENTENCE) && u->block != UNIT_TITLE &&
	    !(u->tk.v[i].flags & TK_ALLCAPS) && i + 1 < seg)
		at = i + 1;
	if (thing_after_the(u, at, seg, end)) {
		size_t keep = from;
		for (size_t c = from; c < an->nc; c++)
			if (an->c[c].kind != ENTITY_PERSON || an->c[c].t0 != at)
				an->c[keep++] = an->c[c];
		an->nc = keep;
	}
	return next;
}

static bool sentence_start_drop(const struct unit *u, size_t i, size_t end)
{
	const struct token *t = &u->tk.v[i];
	if (!(t->flags & TK_SENTENCE))
		return false;
	size_t n;
	if (title_at(u, i, end, &n) || place(u, i, 1) || nationality(u, i) || org_word(u, i))
		return false;
	/* ("Boeing said", "Kering owns"): an organization the list knows */
	char key[KEY_MAX];
	if (form_key(u, i, i + 1, key, sizeof key) && LIST_HAS(org_names, key))
		return false;
	if (given(u, i) && i + 1 < end && name_word(u, i + 1) && !common(u, i + 1))
		return false;
	/* "Joy Baker, an OBGYN, …": a given name and one more word, said to
	 * be someone */
	if (strong_given(u, i) && i + 2 == end && name_word(u, i + 1) && person_context(u, end))
		return false;
	if (common(u, i))
		return true;
	/* "Commenter Paul Stoffregen": a word for someone, then the name */
	if (TOK_IN(u, i, person_nouns) && i + 1 < end)
		return true;
	/* "Strengthening NATO", "Speaking with": verbs and adverbs */
	size_t l = tok_len(u, i);
	const char *s = tok_ptr(u, i);
	/* ("Nathaly Cartas Leon": a name, as the words after it are too) */
	if (!given(u, i) && l > 4 && (!memcmp(s + l - 3, "ing", 3) || !memcmp(s + l - 2, "ed", 2) ||
				       (!memcmp(s + l - 2, "ly", 2) && !(i + 1 < end && name_word(u, i + 1)))))
		return true;
	return false;
}

/* One run of capitalized words [s, e). */
static void classify_run(struct analysis *an, size_t unit, size_t s, size_t e)
{
	struct unit *u = &an->u[unit];
	/* a sentence that begins with a capitalized word other than "But" or
	 * "In" ("Super Mario Run", "Actor Tom Hanks") may be naming a thing */
	bool tainted = false;
	while (s < e) {
		/* ("Credit: By Karl Tate") */
		if (!tok_word(u, s) || connector(u, s) || particle(u, s) || tok_is(u, s, "a") ||
		    tok_is(u, s, "an") || tok_month_or_day(u, s) || tok_is(u, s, "by") || tok_is(u, s, "via")) {
			s++;
			continue;
		}
		if (sentence_start_drop(u, s, e)) {
			/* (but "Stars Ryan Gosling and Emma Stone", "Actor
			 * Tom Hanks" bring in names) */
			static const char *const acting[] = { "stars", "starring", "co-stars" };
			char low[KEY_MAX];
			bool brings = TOK_AMONG(u, s, acting) ||
				      (tok_lower(u, s, low) && (LIST_HAS(person_nouns, low) || person_plural(low)));
			if (!TOK_IN(u, s, function_words) && !brings)
				tainted = true;
			s++;
			continue;
		}
		break;
	}
	size_t i = s;
	while (i < e && !an->failed) {
		if (!tok_word(u, i) || connector(u, i)) {
			i++;
			continue;
		}
		/* a title and the name after it */
		size_t seg = i;
		while (seg < e && !connector(u, seg))
			seg++;
		size_t tpos = i, tlen = 0;
		bool has_title = false;
		for (; tpos < e; tpos++) {
			if (title_at(u, tpos, e, &tlen)) {
				has_title = true;
				break;
			}
			if (connector(u, tpos))
				break;
		}
		if (has_title) {
			size_t k = tpos + tlen, more;
			while (k < e && title_at(u, k, e, &more))
				k += more;
			/* "President-elect Trump" */
			if (k + 2 < u->tk.n && tok_punct(u, k, '-') &&
			    (tok_is(u, k + 1, "elect") || tok_is(u, k + 1, "designate")) && tok_cap(u, k + 2)) {
				k += 2;
				e = e > k ? e : name_extent(u, k, u->tk.n);
			}
			size_t name_end = name_extent(u, k, e);
			/* in a headline, every word has a capital: the name
			 * stops at a common word ("Lady Gaga Shares Pic") */
			/* (after a given name, the next word is the family
			 * name whatever it means: "Coach Mark Long Fired") */
			for (size_t w = k + 1 + strong_given(u, k); !u->discover && w < name_end; w++)
				if (tok_word(u, w) && common(u, w) && !strong_given(u, w)) {
					name_end = w;
					break;
				}
			/* "Adjunct Professor UNSW Strategic Health Policy
			 * Consultant Bill Bowtell": the name is the given name
			 * and what follows, not the words of the job before */
			for (size_t w = name_end >= 2 ? name_end - 2 : k; w > k; w--) {
				if (!strong_given(u, w) || (u->tk.v[w].flags & TK_INITIAL))
					continue;
				bool job = false;
				for (size_t b = k; b < w && !job; b++)
					job = tok_word(u, b) && (acronym(u, b) || org_word(u, b) || TOK_IN(u, b, titles) ||
								 (common(u, b) && !strong_given(u, b)));
				if (job)
					k = w;
				break;
			}
			bool org_follows = name_end < e && org_word(u, name_end);
			bool ok = name_end > k && !org_follows;
			if (ok && weak_title(u, k - 1)) {
				/* "General Motors", "General Public License",
				 * "CEO Resignation": nothing but words after a
				 * title that is a word too */
				bool words_only = true, one = words_in(u, k, name_end) == 1;
				for (size_t w = k; w < name_end && words_only; w++)
					if (tok_word(u, w) &&
					    (!common(u, w) || (one ? given(u, w) : strong_given(u, w))))
						words_only = false;
				if (words_only)
					ok = false;
			}
			if (ok && words_in(u, k, name_end) == 1 && place(u, k, 1) && !strong_given(u, k))
				ok = false;
			/* (not a model's name and number: "the Bishop Pass 15") */
			if (ok && name_end < u->tk.n && (u->tk.v[name_end].flags & TK_DIGIT) &&
			    words_in(u, k, name_end) == 1 && !strong_given(u, k))
				ok = false;
			if (ok) {
				if (tpos > i)
					classify_plain(an, unit, i, tpos, tpos, tainted);
				candidate(an, unit, ENTITY_PERSON, EV_TITLE, k, name_end, tpos);
				i = name_end;
				continue;
			}
			/* "Peter King", "Carole King": a title word last,
			 * after a given name, is a family name */
			bool family = k == e && tlen == 1 && tpos > i && strong_given(u, tpos - 1);
			if (name_end == k && !org_follows && !family) {
				/* a title alone: "the President", "Director of ..." */
				if (tpos > i)
					classify_plain(an, unit, i, tpos, tpos, tainted);
				i = k;
				continue;
			}
		}
		size_t next = classify_plain(an, unit, i, seg, e, tainted);
		i = next > i ? next : i + 1;
	}
}

/* The plural nouns whose possessive stands inside institutions' names
 * ("Children's Hospital", "People's Party", "Veterans' Affairs"). */
static bool group_noun(const struct unit *u, size_t i)
{
	static const char *const w[] = {
		"children", "women", "men", "people", "veterans", "workers", "boys", "girls",
		"students", "teachers", "nurses", "farmers", "citizens", "soldiers", "sailors",
		"mothers", "fathers", "friends", "peoples", "nations", "chiefs", "officers", "governors",
		"mayors", "ministers", "parents", "survivors",
	};
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (tok_is(u, i, w[k]))
			return true;
	return false;
}

/* A possessive inside an institution's name: "Murdoch Children's
 * Research Institute", "People's Party", "the Marin County Sheriff's
 * Office", "the U.S. Attorney's Office". */
static bool possessive_inside(const struct unit *u, size_t i)
{
	static const char *const holders[] = {
		"sheriff", "attorney", "general", "examiner", "coroner", "marshal", "prosecutor",
		"governor", "mayor", "comptroller", "controller", "auditor", "treasurer", "clerk",
		"assessor", "commissioner", "solicitor", "defender", "recorder", "inspector",
	};
	static const char *const offices[] = { "office", "department", "bureau" };
	if (!name_word(u, i + 1) || (u->tk.v[i + 1].flags & TK_SENTENCE))
		return false;
	return group_noun(u, i) || (tok_cap(u, i) && TOK_AMONG(u, i, holders) && TOK_AMONG(u, i + 1, offices));
}

void entities_discover(struct analysis *an, size_t unit)
{
	struct unit *u = &an->u[unit];
	size_t n = u->tk.n;
	for (size_t i = 0; i < n && !an->failed;) {
		if (!name_word(u, i)) {
			i++;
			continue;
		}
		size_t j = i + 1;
		while (j < n) {
			const struct token *prev = &u->tk.v[j - 1];
			/* a name ends at a possessive, but for a common word's
			 * inside an institution's name: "Murdoch Children's
			 * Research Institute", "People's Party" */
			if ((prev->flags & TK_POSS) && !possessive_inside(u, j - 1))
				break;
			if (tok_punct(u, j, '.') && (prev->flags & TK_WORD) && (prev->flags & TK_DOT) &&
			    name_word(u, j + 1) && !(u->tk.v[j + 1].flags & TK_SENTENCE)) {
				j++;
				continue;
			}
			if (name_word(u, j) && !(u->tk.v[j].flags & TK_SENTENCE)) {
				j++;
				continue;
			}
			if ((particle(u, j) || connector(u, j)) && j + 1 < n &&
			    (name_word(u, j + 1) || (tok_is(u, j + 1, "the") && name_word(u, j + 2)) ||
			     (particle(u, j) && particle(u, j + 1) && name_word(u, j + 2))) &&
			    !(u->tk.v[j + 1].flags & TK_SENTENCE)) {
				j++;
				continue;
			}
			break;
		}
		/* no trailing connectors or periods */
		size_t e = j;
		while (e > i && !tok_word(u, e - 1))
			e--;
		while (e > i && (connector(u, e - 1) || particle(u, e - 1)))
			e--;
		classify_run(an, unit, i, e);
		i = j;
	}
}

/* The article's byline names its writers: where a writer's name stands
 * in the text, even in capitals ("LAURIE OAKES IS THE NINE NETWORK
 * POLITICAL EDITOR"), it is a person's. Only a name that begins with a
 * given name, so that "Associated Press" or "Fox News" stays what it is. */
void entities_bylines(struct analysis *an, const char *author)
{
	struct unit au = { .text = author, .len = strlen(author), .block = UNIT_TITLE };
	if (tokenize(author, au.len, &au.tk) < 0) {
		an->failed = true;
		return;
	}
	for (size_t a0 = 0; a0 < au.tk.n;) {
		/* one name: capitalized words and initials, up to a comma, "and" … */
		size_t a1 = a0, words = 0;
		bool ok = true;
		while (a1 < au.tk.n && (tok_cap(&au, a1) || (tok_punct(&au, a1, '.') && a1 > a0))) {
			if (tok_word(&au, a1)) {
				words++;
				ok = ok && !org_word(&au, a1) && !(au.tk.v[a1].flags & TK_ALLCAPS);
			}
			a1++;
		}
		if (a1 == a0) {
			a0++;
			continue;
		}
		/* (its first word and its whole key, in lower case, once) */
		char first[KEY_MAX], key[KEY_MAX], x[KEY_MAX];
		size_t len = a1 - a0;
		if (ok && words >= 2 && words <= 4 && given(&au, a0) && tok_lower(&au, a0, first) &&
		    form_key(&au, a0, a1, key, sizeof key))
			for (size_t k = 0; k < an->nu && !an->failed; k++) {
				const struct unit *u = &an->u[k];
				for (size_t i = 0; i + len <= u->tk.n; i++) {
					if (!tok_cap(u, i) || !tok_lower(u, i, x) || strcmp(x, first) ||
					    !form_key(u, i, i + len, x, sizeof x) || strcmp(x, key))
						continue;
					bool caps = true;       /* each word capitalized */
					for (size_t m = 0; m < len && caps; m++)
						caps = !tok_word(&au, a0 + m) || tok_cap(u, i + m);
					if (caps)
						candidate(an, k, ENTITY_PERSON, EV_TITLE, i, i + len, i);
				}
			}
		a0 = a1;
	}
	tokens_free(&au.tk);
}

/* ---- resolution ---- */

static char *display(const struct unit *u, size_t t0, size_t t1)
{
	size_t a = u->tk.v[t0].start, b = u->tk.v[t1 - 1].end;
	char *s = malloc(b - a + 1);
	if (s) {
		memcpy(s, u->text + a, b - a);
		s[b - a] = '\0';
	}
	return s;
}

static char *lower_word(const struct unit *u, size_t i)
{
	char low[KEY_MAX];
	if (!tok_lower(u, i, low))
		low[0] = '\0';
	/* "al-Bashir" is "Mr. Bashir" */
	if (prefixed_name(u, i))
		return strdup(low + 3);
	return strdup(low);
}

static int new_entity(struct analysis *an, enum entity_kind kind, size_t order)
{
	struct went *v = array_grow(an->e, &an->cape, an->ne, sizeof *v);
	if (!v) {
		an->failed = true;
		return -1;
	}
	an->e = v;
	memset(&v[an->ne], 0, sizeof *v);
	v[an->ne].kind = kind;
	v[an->ne].order = order;
	v[an->ne].final = -1;
	return (int)an->ne++;
}

/* Remember that entity e is written [t0, t1) in unit u. */
static void add_form(struct analysis *an, int e, const struct unit *u, size_t t0, size_t t1)
{
	char key[KEY_MAX];
	if (!form_key(u, t0, t1, key, sizeof key))
		return;
	struct went *w = &an->e[e];
	for (size_t k = 0; k < w->nforms; k++)
		if (!strcmp(w->form_keys[k], key))
			return;
	size_t cap = w->capforms, cap2 = w->capforms;
	char **f = array_grow(w->forms, &cap, w->nforms, sizeof *f);
	if (f)
		w->forms = f;
	int *fu = f ? array_grow(w->form_uses, &cap2, w->nforms, sizeof *fu) : NULL;
	if (fu)
		w->form_uses = fu;
	char **fk = fu ? array_grow(w->form_keys, &w->capforms, w->nforms, sizeof *fk) : NULL;
	if (fk)
		w->form_keys = fk;
	char *d = display(u, t0, t1), *k = strdup(key);
	if (!f || !fu || !fk || !d || !k) {
		free(d);
		free(k);
		an->failed = true;
		return;
	}
	w->forms[w->nforms] = d;
	w->form_uses[w->nforms] = 0;
	w->form_keys[w->nforms++] = k;
	size_t words = words_in(u, t0, t1);
	/* the fullest form is the name (written as in body text, not in capitals) */
	if (!w->name || words > w->name_words) {
		w->name = d;
		w->name_words = words;
	}
	if (!form_add(an, key, e))
		an->failed = true;
}

/* Whether two given names (lower case) are one name and its familiar
 * form: "dave" and "david", "bill" and "william". */
static bool nickname(const char *a, const char *b)
{
	static const char *const pairs[][2] = {
		{ "abe", "abraham" }, { "al", "albert" }, { "alex", "alexander" },
		{ "andy", "andrew" }, { "bart", "bartholomew" }, { "ben", "benjamin" },
		{ "betsy", "elizabeth" }, { "betty", "elizabeth" }, { "bill", "william" },
		{ "billy", "william" }, { "bob", "robert" }, { "bobby", "robert" },
		{ "cathy", "catherine" }, { "chuck", "charles" }, { "dan", "daniel" },
		{ "danny", "daniel" }, { "dave", "david" }, { "dick", "richard" },
		{ "don", "donald" }, { "ed", "edward" }, { "eddie", "edward" },
		{ "frank", "francis" }, { "fred", "frederick" }, { "greg", "gregory" },
		{ "hank", "henry" }, { "jack", "john" }, { "jim", "james" }, { "jimmy", "james" },
		{ "joe", "joseph" }, { "jon", "jonathan" }, { "kate", "katherine" },
		{ "kathy", "katherine" }, { "ken", "kenneth" }, { "larry", "lawrence" },
		{ "liz", "elizabeth" }, { "matt", "matthew" }, { "meg", "margaret" },
		{ "mike", "michael" }, { "nick", "nicholas" }, { "pat", "patrick" },
		{ "peggy", "margaret" }, { "pete", "peter" }, { "phil", "philip" },
		{ "rich", "richard" }, { "rick", "richard" }, { "rob", "robert" },
		{ "ron", "ronald" }, { "sam", "samuel" }, { "sandy", "sandra" },
		{ "steve", "stephen" }, { "sue", "susan" }, { "ted", "edward" },
		{ "tom", "thomas" }, { "tommy", "thomas" }, { "tony", "anthony" },
		{ "vicky", "victoria" }, { "will", "william" }, { "zach", "zachary" },
	};
	for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++)
		if ((!strcmp(a, pairs[k][0]) && !strcmp(b, pairs[k][1])) ||
		    (!strcmp(b, pairs[k][0]) && !strcmp(a, pairs[k][1])))
			return true;
	return false;
}

static int find_person(struct analysis *an, const char *first, const char *last, bool single)
{
	for (size_t k = 0; k < an->ne; k++) {
		struct went *w = &an->e[k];
		if (w->kind != ENTITY_PERSON || !w->last)
			continue;
		if (single) {
			if (!strcmp(w->last, last))
				return (int)k;
			continue;
		}
		if (strcmp(w->last, last))
			continue;
		size_t a = strlen(first), b = strlen(w->first);
		/* "Joe" and "Joseph", "Joseph" and "Joseph": one person;
		 * a one-word name so far ("Putin") takes a first name */
		if (!strcmp(w->first, w->last) || !strncmp(first, w->first, a < b ? a : b) ||
		    nickname(first, w->first))
			return (int)k;
	}
	return -1;
}

/* What a title says of whom it is given to ("Mrs.", "Congresswoman",
 * "King"): 'f', 'm' or 0. */
static char title_gender(const struct unit *u, size_t t0, size_t t1)
{
	static const char *const women[] = {
		"mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "duchess", "sister",
		"congresswoman", "chairwoman", "assemblywoman", "councilwoman", "spokeswoman",
		"empress", "baroness", "countess",
	};
	static const char *const men[] = {
		"mr", "sir", "king", "prince", "lord", "duke", "father", "pope", "congressman",
		"assemblyman", "councilman", "spokesman", "emperor", "baron", "count", "sheikh",
		"sultan",
	};
	for (size_t i = t0; i < t1; i++) {
		char low[KEY_MAX];
		if (!tok_lower(u, i, low))
			continue;
		for (size_t k = 0; k < sizeof women / sizeof *women; k++)
			if (!strcmp(low, women[k]))
				return 'f';
		for (size_t k = 0; k < sizeof men / sizeof *men; k++)
			if (!strcmp(low, men[k]))
				return 'm';
	}
	return 0;
}

/* The sex a person's title or given name says: 'f', 'm' or 0. */
static char person_sex(const struct went *w)
{
	if (w->gender && !w->gender_by_family)
		return w->gender;
	if (!w->first || !w->last || !strcmp(w->first, w->last))
		return 0;
	return LIST_HAS(women_only, w->first) ? 'f' : LIST_HAS(men_only, w->first) ? 'm' : 0;
}

/* The person of that family name, other than e, whose sex is that one
 * or, failing that, unknown: the one named last, or -1. */
static int namesake_of_sex(const struct analysis *an, int e, const char *last, char sex)
{
	int best = -1, unknown = -1;
	for (size_t k = 0; k < an->ne; k++) {
		const struct went *w = &an->e[k];
		if ((int)k == e || w->kind != ENTITY_PERSON || !w->last || strcmp(w->last, last))
			continue;
		char s = person_sex(w);
		if (s == sex && (best < 0 || w->named_at > an->e[best].named_at))
			best = (int)k;
		if (!s && (unknown < 0 || w->named_at > an->e[unknown].named_at))
			unknown = (int)k;
	}
	return best >= 0 ? best : unknown;
}

/* Whether "Mr.", "Ms.", "Mrs." or "Miss" is among the tokens. */
static bool honorific(const struct unit *u, size_t t0, size_t t1)
{
	static const char *const h[] = { "mr", "mrs", "ms", "miss" };
	for (size_t i = t0; i < t1; i++)
		if (TOK_AMONG(u, i, h))
			return true;
	return false;
}

/* Forget that entity e is written so (its name stays). */
static void drop_form(struct went *w, const char *key)
{
	for (size_t k = 0; k < w->nforms; k++) {
		if (strcmp(w->form_keys[k], key) || w->forms[k] == w->name)
			continue;
		free(w->forms[k]);
		free(w->form_keys[k]);
		w->nforms--;
		memmove(&w->forms[k], &w->forms[k + 1], (w->nforms - k) * sizeof *w->forms);
		memmove(&w->form_keys[k], &w->form_keys[k + 1], (w->nforms - k) * sizeof *w->form_keys);
		memmove(&w->form_uses[k], &w->form_uses[k + 1], (w->nforms - k) * sizeof *w->form_uses);
		return;
	}
}

/* A person already known whose name begins with these words, or whose
 * whole name these words begin with ("Te Kaurinui" and "Te Kaurinui
 * Robert Parata"). */
static int find_prefix(struct analysis *an, const struct unit *u, size_t t0, size_t t1)
{
	char key[KEY_MAX];
	if (!form_key(u, t0, t1, key, sizeof key))
		return -1;
	size_t n = strlen(key);
	for (size_t k = 0; k < an->ne; k++) {
		const struct went *w = &an->e[k];
		if (w->kind != ENTITY_PERSON || w->name_words < 2)
			continue;
		for (size_t f = 0; f < w->nforms; f++) {
			const char *fk = w->form_keys[f];
			size_t m = strlen(fk);
			if (!strchr(fk, ' '))
				continue;
			if ((m > n && !strncmp(fk, key, n) && fk[n] == ' ') ||
			    (n > m && !strncmp(key, fk, m) && key[m] == ' '))
				return (int)k;
		}
	}
	return -1;
}

/* A person's own name without particles: the first and last words. */
static void person_words(const struct unit *u, size_t t0, size_t t1, size_t *first, size_t *last)
{
	*first = t0;
	while (*first < t1 && (!tok_word(u, *first) || (u->tk.v[*first].flags & TK_INITIAL)))
		(*first)++;
	if (*first >= t1)
		*first = t0;
	*last = last_word(u, t0, t1);
	/* "James Roosevelt Jr.": the family name is before the generation */
	/* (not "John Paul II": a numeral follows a given name as often) */
	if (*last > *first && TOK_AMONG(u, *last, generations)) {
		size_t k = *last;
		while (k > *first && !tok_word(u, k - 1))
			k--;
		/* (not "Jerry Jr.", whose one name is his father's) */
		if (k > *first + 1)
			*last = k - 1;
	}
}

/* Whether an organization's name begins with the word (lower case). */
static bool begins_entity(const struct analysis *an, const char *word, enum entity_kind kind, bool longer)
{
	size_t n = strlen(word);
	for (size_t k = 0; k < an->ne; k++) {
		const char *name = an->e[k].name;
		if (an->e[k].kind == kind && name && strncasecmp(name, word, n) == 0 &&
		    (name[n] == ' ' || (!longer && (name[n] == '.' || name[n] == '\0'))))
			return true;
	}
	return false;
}

static bool begins_organization(const struct analysis *an, const char *word)
{
	return begins_entity(an, word, ENTITY_ORGANIZATION, false);
}


static bool korean_given(const struct unit *u, size_t i)
{
	const char *w = tok_ptr(u, i);
	size_t n = tok_len(u, i);
	const char *h = memchr(w, '-', n);
	return tok_cap(u, i) && h && h > w + 1 && (size_t)(h - w) + 2 < n && h[1] >= 'a' && h[1] <= 'z' &&
	       !memchr(h + 1, '-', n - (size_t)(h - w) - 1);
}

static void resolve_person(struct analysis *an, size_t ci)
{
	const struct candidate *c = &an->c[ci];
	const struct unit *u = &an->u[c->unit];
	size_t fw, lw;
	person_words(u, c->t0, c->t1, &fw, &lw);
	bool single = words_in(u, c->t0, c->t1) == 1;
	/* "Lee Jae-myung", "Kim Yong-hyun": a Korean name, the family name
	 * first (a given name of two syllables joined by a hyphen, the second
	 * in lower case) */
	if (words_in(u, c->t0, c->t1) == 2 && fw < lw && korean_given(u, lw)) {
		size_t t = fw;
		fw = lw;
		lw = t;
	}
	char *first = lower_word(u, fw), *last = lower_word(u, lw);
	if (!first || !last) {
		free(first);
		free(last);
		an->failed = true;
		return;
	}
	char key[KEY_MAX] = "";
	int e = -1;
	if (form_key(u, c->t0, c->t1, key, sizeof key))
		e = form_find(an, key);
	if (e >= 0 && an->e[e].kind != ENTITY_PERSON)
		e = -1;
	if (e < 0)
		e = find_person(an, first, last, single);
	/* "Mr. Trump" is not Ivanka Trump: a title of the other sex names
	 * another of the family — one of that sex, or someone new, who
	 * takes the family name alone from her */
	/* (so is "Mr. Trump" written before "his daughter Ivanka Trump":
	 * news names someone in full before it calls them Mr.) */
	char sex = c->title0 < c->t0 ? title_gender(u, c->title0, c->t0) : 0;
	int apart = -1;
	if (e >= 0 && single && sex) {
		const struct went *w = &an->e[e];
		const struct candidate *f = &an->c[w->order];
		bool before = w->name_words >= 2 && u->paragraph && !u->caption && !u->picture &&
			      honorific(u, c->title0, c->t0) && person_sex(w) != sex &&
			      (c->unit < f->unit || (c->unit == f->unit && c->t0 < f->t0));
		if (before || (person_sex(w) && person_sex(w) != sex)) {
			apart = e;
			e = namesake_of_sex(an, e, last, sex);
		}
	}
	if (e < 0 && single && !begins_organization(an, first)) {
		/* a first name alone: the one person who has it (not a word
		 * that begins an organization's name too: "Arduino" is
		 * Arduino LLC's rather than Arduino Yún's) */
		/* (not "Jerry Jr.": "Jerry" is the father) */
		static const char *const suffixes[] = { "jr", "sr", "ii", "iii", "iv" };
		int found = -1, count = 0;
		for (size_t k = 0; k < an->ne; k++)
			if (an->e[k].kind == ENTITY_PERSON && an->e[k].first &&
			    !strcmp(an->e[k].first, first) && strcmp(an->e[k].first, an->e[k].last) &&
			    !among(an->e[k].last, suffixes, sizeof suffixes / sizeof *suffixes)) {
				found = (int)k;
				count++;
			}
		if (count == 1)
			e = found;
		else if (count > 1) {
			free(first);
			free(last);
			return;
		}
	}
	/* a single word names someone new only after a title ("President
	 * Putin", "Mr. Bashir"): news names people in full first; one that
	 * speaks without ("Amtrak said", "United said it is …") is an
	 * organization's name */
	if (e < 0 && single && c->ev != EV_TITLE) {
		free(first);
		free(last);
		const struct token *t = &u->tk.v[c->t0];
		if (c->ev == EV_SPEECH && speech_verb(u, c->t1) && !given(u, c->t0) && !common(u, c->t0) &&
		    !(t->flags & TK_SENTENCE) &&
		    !place(u, c->t0, 1) && !nationality(u, c->t0) && (e = new_entity(an, ENTITY_ORGANIZATION, ci)) >= 0)
			add_form(an, e, u, c->t0, c->t1);
		return;
	}
	if (e < 0 && !single)
		e = find_prefix(an, u, c->t0, c->t1);
	if (e < 0) {
		e = new_entity(an, ENTITY_PERSON, ci);
		if (e < 0) {
			free(first);
			free(last);
			return;
		}
		an->e[e].first = first;
		an->e[e].last = last;
		if (apart >= 0 && key[0]) {
			form_move(an, key, e);
			drop_form(&an->e[apart], key);
		}
	} else {
		struct went *w = &an->e[e];
		/* a one-word person learns a first name */
		if (!single && !strcmp(w->first, w->last)) {
			free(w->first);
			w->first = first;
			first = NULL;
		}
		/* a longer form brings the family name */
		if (!single && words_in(u, c->t0, c->t1) > w->name_words && strcmp(w->last, last)) {
			free(w->last);
			w->last = last;
			last = NULL;
		}
		free(first);
		free(last);
	}
	if (c->ev == EV_TITLE)
		an->e[e].titled = true;
	else if (c->ev == EV_GIVEN)
		an->e[e].given_named = true;
	else if (c->ev == EV_SPEECH)
		an->e[e].heard = true;
	if (c->title0 < c->t0) {
		/* ("Mr. Trump" and "Ms. Trump" both joined to Ivanka Trump:
		 * which is she is not known) */
		struct went *w = &an->e[e];
		char g = title_gender(u, c->title0, c->t0);
		bool by_family = single && w->name_words >= 2;
		if (!w->gender) {
			w->gender = g;
			w->gender_titled = g != 0;
			w->gender_by_family = g && by_family;
		} else if (g && g != w->gender && w->gender_by_family) {
			w->gender = 0;
			w->gender_titled = true;
			w->gender_by_family = false;
		}
	}
	if (c->title0 < c->t0 && !an->e[e].title) {
		an->e[e].title = display(u, c->title0, c->t0);
		if (!an->e[e].title)
			an->failed = true;
	}
	add_form(an, e, u, c->t0, c->t1);
	/* the family name alone ("Biden", "bin Laden") names them too */
	if (!single) {
		/* ("Robert De Niro" is "De Niro") */
		size_t from = lw;
		while (from > c->t0 + 1 && particle_or_capital(u, from - 1))
			from--;
		char lkey[KEY_MAX];
		/* even when it is a place's name too ("Hamilton"): a person
		 * named in full is who the family name means in this article */
		if (form_key(u, from, lw + 1, lkey, sizeof lkey) && form_find(an, lkey) < 0)
			add_form(an, e, u, from, lw + 1);
		if (prefixed_name(u, lw) && strlen(an->e[e].last) > 0 && form_find(an, an->e[e].last) < 0 &&
		    !form_add(an, an->e[e].last, e))
			an->failed = true;
		/* "Guadalupe Salinas Hernández" is "Salinas" too: the first
		 * of two family names, as Spanish names have them */
		size_t mid = fw + 1;
		if (words_in(u, c->t0, c->t1) == 3 && strong_given(u, fw) && mid < lw && tok_cap(u, mid) &&
		    !(u->tk.v[mid].flags & TK_INITIAL) && !given(u, mid) && !common(u, mid) && !particle(u, mid) &&
		    form_key(u, mid, mid + 1, lkey, sizeof lkey) && form_find(an, lkey) < 0)
			add_form(an, e, u, mid, mid + 1);
	}
}

/* The words that end a company's name: "Inc.", "Co.", "Ltd." */
static const char *const corporate[] = { "inc", "co", "corp", "ltd", "llc", "plc", "ag", "nv" };

bool corporate_word(const char *low)
{
	for (size_t k = 0; k < sizeof corporate / sizeof *corporate; k++)
		if (!strcmp(low, corporate[k]))
			return true;
	return false;
}

/* Whether the capitalized words of name begin with the letters of the
 * acronym (n capitals): "Competition and Markets Authority" and "CMA". */
static bool initials_are(const char *name, const char *acr, size_t n)
{
	size_t got = 0;
	for (const char *p = name; *p;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (*p >= 'A' && *p <= 'Z') {
			if (got == n || *p != acr[got])
				return false;
			got++;
		} else if (!(*p >= 'a' && *p <= 'z') && *p != '&') {
			return false;   /* (not a name of other letters) */
		}
		while (*p && *p != ' ')
			p++;
	}
	return got == n;
}

/* Whether some paragraph writes the name with the letters after it in
 * brackets: "Competition and Markets Authority (CMA)". */
static bool introduced_as(const struct analysis *an, const char *name, const char *acr, size_t n)
{
	char want[KEY_MAX + 16];
	if (strlen(name) + n + 4 >= sizeof want)
		return false;
	snprintf(want, sizeof want, "%s (%.*s)", name, (int)n, acr);
	size_t wl = strlen(want);
	for (size_t k = 0; k < an->nu; k++)
		if (an->u[k].text && an->u[k].len >= wl && memmem(an->u[k].text, an->u[k].len, want, wl))
			return true;
	return false;
}

static void resolve_other(struct analysis *an, size_t ci)
{
	const struct candidate *c = &an->c[ci];
	const struct unit *u = &an->u[c->unit];
	char key[KEY_MAX];
	if (!form_key(u, c->t0, c->t1, key, sizeof key))
		return;
	int e = form_find(an, key);
	if (e >= 0) {
		/* the same words: remember how they were written */
		if (an->e[e].kind == c->kind)
			add_form(an, e, u, c->t0, c->t1);
		return;
	}
	/* "the Times" after "The New York Times": the one organization
	 * whose name ends in the word */
	if (c->kind == ENTITY_ORGANIZATION && words_in(u, c->t0, c->t1) == 1) {
		int found = -1, count = 0;
		size_t kl = strlen(key);
		for (size_t k = 0; k < an->ne; k++) {
			const struct went *w = &an->e[k];
			if (w->kind != ENTITY_ORGANIZATION || !w->name || w->name_words < 2)
				continue;
			for (size_t f = 0; f < w->nforms; f++) {
				const char *fk = w->form_keys[f];
				size_t fl = strlen(fk);
				if (fl > kl && fk[fl - kl - 1] == ' ' && !strcmp(fk + fl - kl, key)) {
					count++;
					found = (int)k;
					break;
				}
			}
		}
		if (count == 1) {
			add_form(an, found, u, c->t0, c->t1);
			return;
		}
	}
	/* "the CMA" after "the Competition and Markets Authority (CMA)": the
	 * one organization whose capitalized words begin with its letters,
	 * when the text says so (not "AA" for American Airlines, nor "PRC"
	 * for the Pew Research Center) */
	if (c->kind == ENTITY_ORGANIZATION && c->t1 == c->t0 + 1 && acronym(u, c->t0) &&
	    tok_len(u, c->t0) <= 6) {
		int found = -1, count = 0;
		for (size_t k = 0; k < an->ne; k++) {
			const struct went *w = &an->e[k];
			if (w->kind == ENTITY_ORGANIZATION && w->name && w->name_words >= 2 &&
			    initials_are(w->name, tok_ptr(u, c->t0), tok_len(u, c->t0)) &&
			    introduced_as(an, w->name, tok_ptr(u, c->t0), tok_len(u, c->t0))) {
				count++;
				found = (int)k;
			}
		}
		if (count == 1) {
			add_form(an, found, u, c->t0, c->t1);
			return;
		}
	}
	e = new_entity(an, c->kind, ci);
	if (e < 0)
		return;
	add_form(an, e, u, c->t0, c->t1);
}

/* "Boeing Co." is "Boeing" too (not "Economic Co-operation", nor "Dell"
 * when Mr. Dell is someone: known once every person is) */
static void company_short_names(struct analysis *an)
{
	for (size_t k = 0; k < an->ne && !an->failed; k++) {
		const struct went *w = &an->e[k];
		if (w->kind != ENTITY_ORGANIZATION || w->order >= an->nc)
			continue;
		const struct candidate *c = &an->c[w->order];
		const struct unit *u = &an->u[c->unit];
		size_t lw = last_word(u, c->t0, c->t1), end = lw;
		if (!TOK_AMONG(u, lw, corporate) || tok_punct(u, lw + 1, '-'))
			continue;
		while (end > c->t0 && !tok_word(u, end - 1))
			end--;
		char key[KEY_MAX];
		if (end > c->t0 && form_key(u, c->t0, end, key, sizeof key) && form_find(an, key) < 0)
			add_form(an, (int)k, u, c->t0, end);
	}
}

void entities_resolve(struct analysis *an)
{
	/* strongest evidence first, so one-word names join full ones */
	static const enum evidence order[] = { EV_TITLE, EV_GIVEN, EV_SPEECH, EV_UNKNOWN };
	for (size_t o = 0; o < sizeof order / sizeof *order; o++)
		for (size_t i = 0; i < an->nc && !an->failed; i++) {
			const struct candidate *c = &an->c[i];
			if (c->kind == ENTITY_PERSON && c->ev == order[o] &&
			    words_in(&an->u[c->unit], c->t0, c->t1) > 1)
				resolve_person(an, i);
		}
	for (size_t i = 0; i < an->nc && !an->failed; i++)
		if (an->c[i].kind != ENTITY_PERSON)
			resolve_other(an, i);
	for (size_t i = 0; i < an->nc && !an->failed; i++) {
		const struct candidate *c = &an->c[i];
		if (c->kind == ENTITY_PERSON && c->ev >= EV_SPEECH &&
		    words_in(&an->u[c->unit], c->t0, c->t1) == 1)
			resolve_person(an, i);
	}
	/* first names alone last: they only join someone already known */
	for (size_t i = 0; i < an->nc && !an->failed; i++) {
		const struct candidate *c = &an->c[i];
		if (c->kind == ENTITY_PERSON && c->ev == EV_WEAK)
			resolve_person(an, i);
	}
	company_short_names(an);
	/* a given name that is only women's or only men's says which */
	for (size_t k = 0; k < an->ne; k++) {
		struct went *w = &an->e[k];
		if (w->kind != ENTITY_PERSON || w->gender || !w->first)
			continue;
		if (LIST_HAS(women_only, w->first))
			w->gender = 'f';
		else if (LIST_HAS(men_only, w->first))
			w->gender = 'm';
	}
}

/* ---- scanning ---- */

static void add_mention(struct analysis *an, size_t unit, size_t t0, size_t t1, int e)
{
	struct mention *v = array_grow(an->m, &an->capm, an->nm, sizeof *v);
	if (!v) {
		an->failed = true;
		return;
	}
	an->m = v;
	v[an->nm++] = (struct mention){ unit, (uint32_t)t0, (uint32_t)t1, e };
}

/* "Jones" (the family name alone) where the article names Leslie Jones
 * and Chuck Jones: the one of them named last by more than the family name
 * (named_at). */
static int nearest_namesake(const struct analysis *an, int e)
{
	const struct went *w = &an->e[e];
	if (w->kind != ENTITY_PERSON || w->name_words < 2)
		return e;
	int best = e;
	for (size_t k = 0; k < an->ne; k++) {
		const struct went *o = &an->e[k];
		if (o->kind == ENTITY_PERSON && o->name_words >= 2 && o->last && !strcmp(o->last, w->last) &&
		    o->named_at > an->e[best].named_at)
			best = (int)k;
	}
	return best;
}

void entities_scan(struct analysis *an, size_t unit)
{
	struct unit *u = &an->u[unit];
	size_t n = u->tk.n;
	char key[KEY_MAX];
	size_t ends[FORM_MAX_TOKENS + 1];
	for (size_t i = 0; i < n && !an->failed;) {
		if (!(name_word(u, i) || (particle(u, i) && name_word(u, i + 1)))) {
			i++;
			continue;
		}
		/* the key of [i, i + k) for every k at once: its length at each end */
		size_t kmax = n - i < FORM_MAX_TOKENS ? n - i : FORM_MAX_TOKENS, len = 0;
		size_t k, have = 0;
		for (k = 1; k <= kmax; k++) {
			if (!form_key(u, i + k - 1, i + k, key + len, sizeof key - len - 1))
				break;          /* too long: the keys so far are all there is */
			size_t l = strlen(key + len);
			bool glue = k > 1 && tok_punct(u, i + k - 1, '.') &&
				    (u->tk.v[i + k - 2].flags & TK_DOT);
			if (k > 1 && !glue) {
				memmove(key + len + 1, key + len, l + 1);
				key[len] = ' ';
				l++;
			}
			len += l;
			ends[k] = len;
			have = k;
			/* names stop where the sentence or a possessive does, and
			 * before what no name holds (a word in lower case other
			 * than a particle or "of", punctuation other than "." and
			 * "&") */
			if (((u->tk.v[i + k - 1].flags & TK_POSS) && !possessive_inside(u, i + k - 1)) ||
			    (i + k < n && (u->tk.v[i + k].flags & TK_SENTENCE)))
				break;
			size_t nx = i + k;
			if (nx < n && !name_word(u, nx) && !particle(u, nx) && !connector(u, nx) &&
			    !tok_punct(u, nx, '.') && !tok_punct(u, nx, '&'))
				break;
		}
		int found = -1;
		size_t got = 0;
		for (k = have; k >= 1; k--) {
			char save = key[ends[k]];
			key[ends[k]] = '\0';
			int e = form_find(an, key);
			key[ends[k]] = save;
			/* a name must begin with a capital (or a particle) and end
			 * with a word */
			if (e >= 0 && tok_word(u, i + k - 1)) {
				found = e;
				got = k;
				break;
			}
		}
		if (found < 0) {
			i++;
			continue;
		}
		char low[KEY_MAX];
		bool family_only = got == 1 && an->e[found].last && tok_lower(u, i, low) &&
				   !strcmp(low, an->e[found].last);
		if (family_only)
			found = nearest_namesake(an, found);
		/* "Ms. Trump": the one of the family the title fits */
		char sex = i > 0 ? title_gender(u, i >= 2 ? i - 2 : 0, i) : 0;
		if (family_only && sex && person_sex(&an->e[found]) && person_sex(&an->e[found]) != sex) {
			int other = namesake_of_sex(an, found, an->e[found].last, sex);
			if (other >= 0)
				found = other;
		}
		add_mention(an, unit, i, i + got, found);
		/* (a caption's names are an aside: "Scott" goes on to mean
		 * the senator after a picture of him with his mother, Frances
		 * Scott; so is a relative brought in as one, "his mother,
		 * Adrianne Fischer", but not one named before, "watched by
		 * his father, Hori Parata") */
		if (!family_only && !u->picture && !(an->e[found].named_at == 0 && kin_before(u, i)))
			an->e[found].named_at = an->nm;
		/* every way the text writes a name is one of its aliases */
		add_form(an, found, u, i, i + got);
		if (form_key(u, i, i + got, key, sizeof key)) {
			struct went *w = &an->e[found];
			for (size_t f = 0; f < w->nforms; f++)
				if (!strcmp(w->form_keys[f], key)) {
					w->form_uses[f]++;
					break;
				}
		}
		for (size_t t = i; t < i + got; t++)
			u->ent[t] = found;
		if (an->e[found].mentions++ == 0) {
			an->e[found].first_unit = unit;
			an->e[found].first_tok = (uint32_t)i;
		}
		i += got;
	}
}

/* ---- confirmation ---- */

/* "Nigeria's": a place's possessive, before a name it is the place of. */
static bool place_owner(const struct analysis *an, const struct unit *u, size_t k)
{
	int e = u->ent[k];
	return e >= 0 && an->e[e].kind == ENTITY_PLACE && (u->tk.v[k].flags & TK_POSS) &&
	       (k + 1 >= u->tk.n || u->ent[k + 1] != e);
}

/* The person entity a list goes on to, from a mention: the one just
 * before it or just after it, past commas and "and"; -1 when none. */
static int list_neighbour(const struct analysis *an, const struct unit *u, size_t t, bool after)
{
	size_t k = t;
	if (after) {
		while (k < u->tk.n && (tok_punct(u, k, ',') || tok_is(u, k, "and")))
			k++;
		if (k == t || k >= u->tk.n)
			return -1;
		/* "William Ruto and Nigeria's Bola Tinubu" */
		if (place_owner(an, u, k) && k + 1 < u->tk.n)
			k++;
	} else {
		if (k > 0 && place_owner(an, u, k - 1))
			k--;
		size_t from = k;
		while (k > 0 && (tok_punct(u, k - 1, ',') || tok_is(u, k - 1, "and")))
			k--;
		if (k == from || k == 0)
			return -1;
		k--;
	}
	int e = u->ent[k];
	return e >= 0 && an->e[e].kind == ENTITY_PERSON ? e : -1;
}

/* Whether the words around a mention say it is a person's: "said",
 * ", a spokesman", "counterpart Dmytro Kuleba". */
static bool person_around(const struct analysis *an, const struct unit *u, size_t t0, size_t t1)
{
	if (speaks(u, t0, t1) || person_context(u, t1) || maker_around(u, t0, t1))
		return true;
	/* in a list of people: "Kate Hudson, Brent Rose, and Nicholas
	 * Maronese" */
	for (int side = 0; side < 2; side++) {
		int j = list_neighbour(an, u, side ? t1 : t0, side);
		if (j >= 0 && an->e[j].given_named)
			return true;
	}
	size_t b = t0;
	if (b > 0 && tok_punct(u, b - 1, ','))
		b--;
	return b > 0 && tok_word(u, b - 1) && !(u->tk.v[b - 1].flags & TK_CAP) &&
	       (TOK_IN(u, b - 1, person_nouns) || TOK_IN(u, b - 1, titles));
}

/* A role, not a person: "plays Abel Morales", "the role of Anna",
 * "co-stars as his wife, Anna". */
static bool role_before(const struct unit *u, size_t t0)
{
	static const char *const plays[] = {
		"plays", "played", "playing", "portrays", "portrayed", "portraying", "voices",
		"voiced", "voicing",
	};
	size_t b = t0;
	if (b > 0 && tok_punct(u, b - 1, ','))
		b--;
	if (b == 0)
		return false;
	if (TOK_AMONG(u, b - 1, plays))
		return true;
	if (b >= 2 && tok_is(u, b - 1, "of") && (tok_is(u, b - 2, "role") || tok_is(u, b - 2, "character")))
		return true;
	/* "as his wife," "as the detective" after a word for acting */
	for (size_t k = b, n = 0; k-- > 0 && n < 4; n++) {
		if (!tok_is(u, k, "as"))
			continue;
		return k > 0 && (tok_is(u, k - 1, "stars") || tok_is(u, k - 1, "co-stars") ||
				 tok_is(u, k - 1, "starred") || tok_is(u, k - 1, "starring") ||
				 tok_is(u, k - 1, "cast") || tok_is(u, k - 1, "appears"));
	}
	return false;
}

/* A role's name that the words after it give to an actor: "Sebastian,
 * the jazz musician played by Gosling", "Mia (played by Emma Stone)". */
static bool role_after(const struct unit *u, size_t t1)
{
	if (!tok_punct(u, t1, ',') && !tok_punct(u, t1, '('))
		return false;
	static const char *const played[] = { "played", "portrayed", "voiced" };
	for (size_t k = t1 + 1; k + 1 < u->tk.n && k < t1 + 9; k++) {
		if (TOK_AMONG(u, k, played) && tok_is(u, k + 1, "by"))
			return true;
		if (!tok_word(u, k) || (u->tk.v[k].flags & TK_CAP))
			return false;
	}
	return false;
}

/* Words that end the names of products and prizes, not of people (lower
 * case): "Meta Quest Pro", "the Joseph V. Bologna Award". */
static bool product_word(const char *w)
{
	static const char *const p[] = {
		"pro", "plus", "mini", "ultra", "lite", "edition", "online", "series", "os",
		"max", "award", "awards", "prize", "medal", "trophy", "scholarship", "fellowship",
		"lecture",
	};
	for (size_t k = 0; k < sizeof p / sizeof *p; k++)
		if (!strcmp(w, p[k]))
			return true;
	return false;
}

static size_t uf_find(size_t *parent, size_t k)
{
	while (parent[k] != k)
		k = parent[k] = parent[parent[k]];
	return k;
}

#define TABLE_ROW_MAX 4096

/* The cell of a table row that token t is in: its index, and the tokens
 * [*c0, *c1) in it. */
static size_t cell_of(const struct unit *u, size_t t, size_t *c0, size_t *c1)
{
	size_t cell = 0;
	for (size_t b = 0; b < u->tk.v[t].start; b++)
		cell += u->text[b] == '\t';
	size_t a = t, z = t + 1;
	while (a > 0 && !memchr(u->text + u->tk.v[a - 1].end, '\t', u->tk.v[a].start - u->tk.v[a - 1].end))
		a--;
	while (z < u->tk.n && !memchr(u->text + u->tk.v[z - 1].end, '\t', u->tk.v[z].start - u->tk.v[z - 1].end))
		z++;
	*c0 = a;
	*c1 = z;
	return cell;
}

/* The person named by the whole of cell number cell of a table row, or
 * -1. */
static int cell_person(const struct analysis *an, const struct unit *u, size_t cell)
{
	size_t c = 0, t = 0;
	for (size_t b = 0; b < u->len && c < cell; b++)
		if (u->text[b] == '\t') {
			c++;
			while (t < u->tk.n && u->tk.v[t].start <= b)
				t++;
		}
	if (c != cell || t >= u->tk.n)
		return -1;
	size_t c0, c1;
	cell_of(u, t, &c0, &c1);
	int e = u->ent[c0];
	if (e < 0 || an->e[e].kind != ENTITY_PERSON)
		return -1;
	for (size_t k = c0; k < c1; k++)
		if (u->ent[k] != e && tok_word(u, k))
			return -1;
	return e;
}

void entities_confirm(struct analysis *an)
{
	/* what the mentions say of each entity */
	struct evidence_of {
		bool context;           /* the words around call it someone */
		bool short_form;        /* shortened as people's names are */
		bool veto;              /* a thing's name, whatever else */
		bool thing;             /* written as a craft's or a storm's name */
		bool spoke;             /* a mention says something */
		int placed;             /* mentions after "in", "from" */
		bool ok;                /* a person's, on its own evidence */
		bool group;             /* (of a list's root) some name in the list is ok */
		bool drop;
		bool met;               /* a mention was seen (they come in order) */
	} *ev = calloc(an->ne + 1, sizeof *ev);
	size_t *parent = malloc((an->ne + 1) * sizeof *parent);
	if (!ev || !parent) {
		free(ev);
		free(parent);
		an->failed = true;
		return;
	}
	for (size_t k = 0; k < an->ne; k++) {
		ev[k].context = an->e[k].heard;
		parent[k] = k;
	}
	for (size_t i = 0; i < an->nm; i++) {
		const struct mention *m = &an->m[i];
		const struct went *w = &an->e[m->ent];
		if (w->kind != ENTITY_PERSON)
			continue;
		const struct unit *u = &an->u[m->unit];
		if (!ev[m->ent].context && person_around(an, u, m->t0, m->t1))
			ev[m->ent].context = true;
		/* "Firefox 3.6": a version, so a product; not for a name
		 * that the words around call someone's */
		/* (but "knocking out Radu Albot 6-1, 6-4": a player and a
		 * score) */
		if (!w->titled && !w->heard && m->t1 < u->tk.n && tok_word(u, m->t1) &&
		    (u->tk.v[m->t1].flags & TK_DIGIT) && m->t1 > 0 &&
		    u->tk.v[m->t1].start == u->tk.v[m->t1 - 1].end + 1 && u->text[u->tk.v[m->t1 - 1].end] == ' ' &&
		    !(w->given_named && (memchr(tok_ptr(u, m->t1), '-', tok_len(u, m->t1)) ||
					 (tok_punct(u, m->t1 + 1, '-') && m->t1 + 2 < u->tk.n &&
					  (u->tk.v[m->t1 + 2].flags & TK_DIGIT)))))
			ev[m->ent].veto = true;
		/* a character in a film or a play, brought in as one (not
		 * "a film about Emily Dickinson … Cynthia Nixon plays Emily
		 * Dickinson", nor Casey Affleck when someone plays a Casey) */
		if (!ev[m->ent].met && !w->heard && role_before(u, m->t0))
			ev[m->ent].veto = true;
		/* "Sebastian, the jazz musician played by Gosling" */
		if (!w->heard && role_after(u, m->t1))
			ev[m->ent].veto = true;
		/* "the Rosetta spacecraft", "the Ian hurricane": a craft's, a
		 * storm's, a program's name (not "the Lucy Letby probe", nor
		 * one said to speak) */
		static const char *const things[] = {
			"spacecraft", "lander", "rover", "orbiter", "satellite", "telescope",
			"rocket", "missile", "ship", "vessel", "yacht", "submarine", "hurricane",
			"storm", "typhoon", "cyclone", "app", "chatbot", "robot", "vaccine", "variant",
			"aircraft", "helicopter", "drone", "software", "spaceship", "capsule", "shuttle",
		};
		if ((!w->titled || w->name_words == 1) && !w->heard && !(u->tk.v[m->t1 - 1].flags & TK_POSS) &&
		    m->t1 < u->tk.n && tok_word(u, m->t1) &&
		    !(u->tk.v[m->t1].flags & TK_CAP) && TOK_AMONG(u, m->t1, things))
			ev[m->ent].thing = true;
		if (speech_verb(u, m->t1) && !(u->tk.v[m->t1 - 1].flags & TK_POSS))
			ev[m->ent].spoke = true;
		/* "in Gary", "from Gary to Hammond": a one-word name in a
		 * place's place */
		static const char *const at[] = { "in", "from", "near", "outside" };
		if (w->name_words == 1 && m->t0 > 0 && TOK_AMONG(u, m->t0 - 1, at) && ++ev[m->ent].placed >= 2)
			ev[m->ent].thing = true;
		/* "No. 6 Regis Jesuit (6-4)": a team with its rank and its
		 * record */
		if (!w->titled && tok_punct(u, m->t1, '(') && tok_word(u, m->t1 + 1) &&
		    (u->tk.v[m->t1 + 1].flags & TK_DIGIT) && memchr(tok_ptr(u, m->t1 + 1), '-', tok_len(u, m->t1 + 1)))
			ev[m->ent].thing = true;
		/* (but "world No 38 Anna Blinkova", a player's ranking) */
		bool world = (m->t0 >= 3 && tok_is(u, m->t0 - 3, "world")) || (m->t0 >= 4 && tok_is(u, m->t0 - 4, "world"));
		if (!w->titled && !world && m->t0 >= 2 && tok_word(u, m->t0 - 1) &&
		    (u->tk.v[m->t0 - 1].flags & TK_DIGIT) &&
		    (tok_is(u, m->t0 - 2, "no") || tok_punct(u, m->t0 - 2, '.')) &&
		    (tok_is(u, m->t0 - 2, "no") || (m->t0 >= 3 && tok_is(u, m->t0 - 3, "no"))))
			ev[m->ent].thing = true;
		ev[m->ent].met = true;
		/* shortened as people's names are: not to a first word that
		 * is no known given name ("Arduino" is no short form of
		 * "Arduino Yún") */
		if (!ev[m->ent].short_form && words_in(u, m->t0, m->t1) < w->name_words) {
			char low[KEY_MAX];
			size_t lw = last_word(u, m->t0, m->t1);
			/* several words left ("López Obrador") are a family
			 * name only if none is a common word ("Quest Pro" is
			 * no short form of "Meta Quest Pro") */
			bool words_ok = true;
			size_t own = 0;         /* words other than particles ("bin Laden": 1) */
			for (size_t k = m->t0; k < m->t1; k++)
				own += tok_word(u, k) && !particle_or_capital(u, k);
			if (own > 1)
				for (size_t k = m->t0; k < m->t1; k++)
					if (tok_word(u, k) && !particle_or_capital(u, k) && common(u, k))
						words_ok = false;
			/* ("J.C. Chandor": after initials, the first word is
			 * the family name) */
			/* nor one that keeps the first word and drops the last
			 * ("Pinot Noir" of "Pinot Noir Précoce") */
			char head[KEY_MAX];
			bool keeps_first = own > 1 && w->first && !w->given_named && tok_lower(u, m->t0, head) &&
					   !strcmp(head, w->first);
			if (words_ok && !keeps_first &&
			    (w->given_named || !w->first || !tok_lower(u, lw, low) || strcmp(low, w->first) ||
			     (w->last && !strcmp(w->first, w->last))))
				ev[m->ent].short_form = true;
		}
		/* names listed together are of one kind: "Rajiv Desai, Peng
		 * Kang and Ryan Armstrong" are people if one of them is */
		for (int side = 0; side < 2; side++) {
			int j = list_neighbour(an, u, side ? m->t1 : m->t0, side);
			if (j >= 0)
				parent[uf_find(parent, (size_t)j)] = uf_find(parent, (size_t)m->ent);
		}
		/* so are the names that fill one column of a table (of rows
		 * short enough to look through) */
		if (u->table_row && m->unit > 0 && an->u[m->unit - 1].table_row &&
		    an->u[m->unit - 1].block + 1 == u->block && u->len <= TABLE_ROW_MAX &&
		    an->u[m->unit - 1].len <= TABLE_ROW_MAX) {
			size_t c0, c1, cell = cell_of(u, m->t0, &c0, &c1);
			int j;
			if (c0 == m->t0 && c1 == m->t1 && (j = cell_person(an, &an->u[m->unit - 1], cell)) >= 0)
				parent[uf_find(parent, (size_t)j)] = uf_find(parent, (size_t)m->ent);
		}
	}
	/* a name from no list, never said to be anyone's nor shortened to a
	 * family name, is more likely a thing's ("Dolby Atmos"); so is a
	 * name always written out in full ("Meta Quest Pro"), as news
	 * writing shortens people's names after the first time */
	for (size_t k = 0; k < an->ne; k++) {
		const struct went *w = &an->e[k];
		ev[k].ok = w->kind == ENTITY_PERSON &&
			   (w->titled || ev[k].context ||
			    (w->given_named ? w->mentions < 3 || ev[k].short_form ||
						 /* ("Elton John": a family name that is a
						  * given name too is seldom used alone) */
						 (w->last && w->name_words == 2 && LIST_HAS(given_names, w->last))
					    : ev[k].short_form));
		/* a name of unknown words that begins as an organization's
		 * does ("Mozilla Firefox" beside "Mozilla Foundation") is a
		 * thing of theirs, whatever the words around say */
		if (w->kind == ENTITY_PERSON && !w->titled && !w->given_named && w->first &&
		    begins_organization(an, w->first))
			ev[k].veto = true;
		/* "Iconic Jasper" (a headline's adjective and a town) beside
		 * "Jasper National Park": a family name that begins a place's
		 * longer name, in a name no given name, title or speech vouches
		 * for */
		if (w->kind == ENTITY_PERSON && !w->titled && !w->given_named && !w->heard && w->last &&
		    w->name_words > 1 && begins_entity(an, w->last, ENTITY_PLACE, true))
			ev[k].veto = true;
		/* "Meta Quest Pro", "Galaxy S Ultra": the words products end in */
		if (w->kind == ENTITY_PERSON && !w->titled && !w->heard && w->last && w->name_words > 1 &&
		    product_word(w->last))
			ev[k].veto = true;
	}
	for (size_t k = 0; k < an->ne; k++) {
		if (ev[k].thing && !ev[k].spoke)
			ev[k].veto = true;
		if (ev[k].ok)
			ev[uf_find(parent, k)].group = true;
	}
	bool any = false;
	for (size_t k = 0; k < an->ne; k++)
		if (an->e[k].kind == ENTITY_PERSON && an->e[k].mentions > 0 &&
		    (ev[k].veto || (!ev[k].ok && !ev[uf_find(parent, k)].group)))
			ev[k].drop = any = true;
	if (getenv("LEDE_DEBUG_ANALYZE") != NULL)
		for (size_t k = 0; k < an->ne; k++)
			fprintf(stderr, "entity %s (%s) kind=%d mentions=%d ok=%d veto=%d drop=%d\n",
				an->e[k].name ? an->e[k].name : "?", an->e[k].title ? an->e[k].title : "", an->e[k].kind, an->e[k].mentions,
				ev[k].ok, ev[k].veto, ev[k].drop);
	free(parent);
	if (any) {
		size_t n = 0;
		for (size_t i = 0; i < an->nm; i++) {
			const struct mention *m = &an->m[i];
			if (!ev[m->ent].drop) {
				an->m[n++] = *m;
				continue;
			}
			for (size_t t = m->t0; t < m->t1; t++)
				an->u[m->unit].ent[t] = -1;
		}
		an->nm = n;
		for (size_t k = 0; k < an->ne; k++)
			if (ev[k].drop)
				an->e[k].mentions = 0;
	}
	free(ev);
}

/* "he" or "she" (also "he's", "she'd") at i: 'm', 'f', else 0. */
static char subject_pronoun(const struct unit *u, size_t i)
{
	bool plural;
	if (u->inq[i] || !tok_pronoun(u, i, &plural) || plural)
		return 0;
	return (tok_ptr(u, i)[0] | 0x20) == 's' ? 'f' : 'm';
}

/* Whether someone other than e whom a pronoun of gender g fits is named in
 * unit ui or the one before ("Michael Brown lost his daughter Amy … Brown
 * said she loved horses": she is Amy). */
static bool other_fits(const struct analysis *an, size_t ui, int e, char g)
{
	for (size_t k = ui > 0 ? ui - 1 : 0; k <= ui; k++) {
		const struct unit *u = &an->u[k];
		for (size_t t = 0; t < u->tk.n; t++) {
			int o = u->ent[t];
			if (o >= 0 && o != e && an->e[o].kind == ENTITY_PERSON && an->e[o].gender == g)
				return true;
		}
	}
	return false;
}

/* The gender of what the person named up to token v is said to be:
 * "Cristian Gonzalez, an illegal immigrant, is a stay-at-home mother of
 * four", "Ann Lee, the widow of …"; 0 when not so. Only the words before
 * "of", "who" and the like describe the person ("a friend of his
 * mother" is no mother). */
static char described(const struct unit *u, size_t v, size_t s1)
{
	static const char *const be[] = { "is", "was" };
	static const char *const det[] = { "a", "an", "the", "his", "her", "their" };
	static const char *const stop[] = {
		"of", "for", "at", "in", "from", "with", "to", "who", "whose", "whom", "which", "that", "and", "or",
	};
	for (int step = 0; step < 2; step++) {
		bool comma = tok_punct(u, v, ',');
		size_t k = comma ? v + 1 : v;
		if (k < s1 && TOK_AMONG(u, k, be))
			k++;
		else if (!comma)
			return 0;
		if (k >= s1 || !TOK_AMONG(u, k, det))
			return 0;
		size_t end = k + 1;
		while (end < s1 && end < k + 10 && !tok_punct(u, end, ',') && !u->inq[end])
			end++;
		for (size_t w = k + 1; w < end; w++) {
			if (tok_punct(u, w, '-'))
				continue;
			if (!tok_word(u, w) || tok_cap(u, w) || TOK_AMONG(u, w, stop) || (u->tk.v[w].flags & TK_POSS))
				break;
			char g = noun_gender(u, w);
			/* (the word the description ends on: not "Sarah
			 * Miller, her husband Tom and …") */
			if (g && (w + 1 >= end || TOK_AMONG(u, w + 1, stop)) && !tok_is(u, w + 1, "and") &&
			    !tok_is(u, w + 1, "or"))
				return g;
			if (g)
				return 0;
		}
		/* past a description that says nothing of it, to the next:
		 * ", an illegal immigrant from Mexico, is a … mother" */
		if (!comma || end >= s1 || !tok_punct(u, end, ','))
			return 0;
		v = end;
	}
	return 0;
}

/* A given name says "she" of Di Li, whom the article calls "he": the
 * article knows better. Where a pronoun can only be the person's — "Li
 * says that he …", "X said he …", or "He …" opening the sentence after one
 * that names no one else — it counts; two or more of one kind and none of
 * the other settle the person's gender, unless a title did ("Mrs."). */
void entities_genders(struct analysis *an)
{
	int (*count)[2] = calloc(an->ne + 1, sizeof *count);
	if (!count) {
		an->failed = true;
		return;
	}
	for (size_t ui = 0; ui < an->nu; ui++) {
		const struct unit *u = &an->u[ui];
		if (u->block == UNIT_TITLE)
			continue;
		int carried = -1;       /* the one person of the sentence before */
		for (size_t s0 = 0; s0 < u->tk.n;) {
			size_t s1 = s0;
			while (s1 < u->tk.n && u->tk.v[s1].sentence == u->tk.v[s0].sentence)
				s1++;
			/* "He …", "But she …" */
			size_t first = s0;
			if (tok_is(u, first, "but") || tok_is(u, first, "and") || tok_is(u, first, "then"))
				first++;
			char g = carried >= 0 && first < s1 ? subject_pronoun(u, first) : 0;
			if (g && !other_fits(an, ui, carried, g))
				count[carried][g == 'f']++;
			int one = -1;
			bool many = false;
			for (size_t t = s0; t < s1; t++) {
				int e = u->ent[t];
				if (e < 0 || u->inq[t] || an->e[e].kind != ENTITY_PERSON)
					continue;
				if (one >= 0 && e != one)
					many = true;
				one = e;
				/* "Li says that he", "Li said he'd" */
				size_t v = t;
				while (v + 1 < s1 && u->ent[v + 1] == e)
					v++;
				v++;
				/* (a word for them says as much as two pronouns) */
				char d = described(u, v, s1);
				if (d)
					count[e][d == 'f'] += 2;
				t = v - 1;      /* (once a mention) */
				if (v < s1 && tok_word(u, v) && TOK_IN(u, v, speech_verbs)) {
					size_t p = v + 1;
					if (tok_is(u, p, "that"))
						p++;
					g = p < s1 ? subject_pronoun(u, p) : 0;
					if (g && !other_fits(an, ui, e, g))
						count[e][g == 'f']++;
				}
			}
			carried = many || one < 0 ? -1 : one;
			s0 = s1;
		}
	}
	bool debug = getenv("LEDE_DEBUG_ANALYZE") != NULL;
	for (size_t k = 0; k < an->ne; k++) {
		struct went *w = &an->e[k];
		if (w->kind != ENTITY_PERSON || w->gender_titled)
			continue;
		if (debug)
			fprintf(stderr, "gender %s: %c, he %d, she %d\n", w->name ? w->name : "?",
				w->gender ? w->gender : '-', count[k][0], count[k][1]);
		if (count[k][0] >= 2 && !count[k][1])
			w->gender = 'm';
		else if (count[k][1] >= 2 && !count[k][0])
			w->gender = 'f';
	}
	free(count);
}
