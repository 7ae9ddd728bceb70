/* internal.h — what entities.c, quotes.c and analyze.c share. */
#ifndef LEDE_ANALYZE_INTERNAL_H
#define LEDE_ANALYZE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../article.h"
#include "tokens.h"

#define UNIT_TITLE ((size_t)-1)
/* The longest name looked for, in tokens. */
#define FORM_MAX_TOKENS 16
#define KEY_MAX 256

/* One piece of text: the title or a block. */
struct unit {
	const char *text;
	size_t len;
	size_t block;           /* block index, or UNIT_TITLE */
	struct tokens tk;
	int *ent;               /* per token: the entity named there, or -1 */
	uint8_t *inq;           /* per token: inside a quotation */
	bool discover;          /* new names may be learned from it (not headline case) */
	bool in_blockquote;
	bool cont;              /* opens with the mark of a quote continued from before */
	bool paragraph;         /* a paragraph or a block quote's (not a heading, caption, item) */
	bool table_row;         /* a table's row: cells split by tabs */
	bool caption;           /* a caption, an image's description or a list item */
	bool picture;           /* a caption or an image's description */
	uint32_t *memo;         /* per token: which word lists were looked up, and the answers */
	int8_t *titles;         /* per token: the length of a title starting there; -1 unknown */
};

/* A quotation while the article is analyzed: from the opening mark (token
 * o of unit u0) to the closing one (token c of unit u1); a block quote
 * has none. */
struct qrec {
	size_t u0, u1;
	uint32_t o, c;
	size_t start, end;      /* bytes of the quoted text in u0 and u1 */
	bool block;
	bool dead;
	enum quote_kind kind;
	int speaker;            /* entity, or -1 */
	bool own;               /* the speaker named by the quote's own sentence */
};

/* How sure we are that a name is a person's. */
enum evidence { EV_NONE, EV_WEAK, EV_SPEECH, EV_GIVEN, EV_UNKNOWN, EV_TITLE };

/* A name found in the text before the document-level decisions. */
struct candidate {
	enum entity_kind kind;
	enum evidence ev;
	size_t unit;
	uint32_t t0, t1;        /* tokens */
	uint32_t title0;        /* first token of the title before a person's name, or t0 */
};

/* An entity while the article is analyzed. */
struct went {
	enum entity_kind kind;
	char *name;             /* the fullest form, as the text writes it */
	size_t name_words;
	char *first, *last;     /* people: first and last word of the name, lower case */
	char *title;
	size_t order;           /* first seen (candidate index) */
	int mentions;
	size_t first_unit;      /* where it is first named */
	uint32_t first_tok;
	char **forms;           /* the forms the text uses, as written */
	char **form_keys;
	int *form_uses;         /* how often the scan found each form */
	size_t nforms, capforms;
	int final;              /* index in article.entities, or -1 */
	bool titled;            /* people: named after a title somewhere */
	bool given_named;       /* people: named with a known given name */
	bool heard;             /* people: said to speak somewhere */
	char gender;            /* people: 'f', 'm', or 0 when the name and title do not say */
	bool gender_titled;     /* people: the gender is a title's ("Mrs.") */
	bool gender_by_family;  /* people: ... given to the family name alone ("Mr. Trump") */
	size_t named_at;        /* people: 1 + the last mention by more than the family name */
};

struct form_slot {
	char *key;
	int ent;
};

struct mention {
	size_t unit;
	uint32_t t0, t1;
	int ent;
};

struct analysis {
	struct article *a;
	struct unit *u;
	size_t nu;
	struct candidate *c;
	size_t nc, capc;
	struct went *e;
	size_t ne, cape;
	struct form_slot *slots;        /* lower-case form -> entity */
	size_t nslots, nused;
	struct mention *m;
	size_t nm, capm;
	struct qrec *q;
	size_t nq, capq;
	/* spellings, hashed and sorted, of words that say something alone
	 * somewhere ("Roof said") and of words that follow a name's word
	 * somewhere ("Dylann Roof", "Dr. Long"); built when first asked */
	uint64_t *speak_alone, *after_name;
	size_t nspeak_alone, nafter_name;
	bool spellings;
	bool failed;
};

/* tokens */
static inline const char *tok_ptr(const struct unit *u, size_t i) { return u->text + u->tk.v[i].start; }
static inline size_t tok_len(const struct unit *u, size_t i) { return u->tk.v[i].end - u->tk.v[i].start; }
static inline bool tok_word(const struct unit *u, size_t i) { return i < u->tk.n && (u->tk.v[i].flags & TK_WORD); }
static inline bool tok_cap(const struct unit *u, size_t i) { return tok_word(u, i) && (u->tk.v[i].flags & TK_CAP); }
static inline bool tok_punct(const struct unit *u, size_t i, uint32_t cp)
{
	return i < u->tk.n && !(u->tk.v[i].flags & TK_WORD) && u->tk.v[i].cp == cp;
}
/* The token in lower case into out (KEY_MAX bytes); false when it is not a
 * word or too long. */
bool tok_lower(const struct unit *u, size_t i, char *out);
bool tok_is(const struct unit *u, size_t i, const char *lower);
char noun_gender(const struct unit *u, size_t i);
/* Whether the word at i is one of an array's (lower case). */
bool tok_among(const struct unit *u, size_t i, const char *const *words, size_t n);
#define TOK_AMONG(u, i, array) tok_among((u), (i), (array), sizeof (array) / sizeof *(array))
/* Whether the word at i is in a list. */
struct wordlist;
bool tok_in(const struct unit *u, size_t i, const struct wordlist *list);
#define TOK_IN(u, i, name) tok_in((u), (i), &list_##name)
/* Tokens [t0, t1) as a lookup key: lower case, words joined by one space, a
 * period glued to the word before it. False when too long. */
bool form_key(const struct unit *u, size_t t0, size_t t1, char *out, size_t max);
bool tok_month_or_day(const struct unit *u, size_t i);
bool tok_pronoun(const struct unit *u, size_t i, bool *plural);
/* Whose relative the name at token i is brought in as ("her mother,
 * X"): 'f', 'm', 'p' ("their", "Kelce's"), or 0. */
char kin_before(const struct unit *u, size_t i);
/* Whether the string w (lower case) is one of the n words. */
bool among(const char *w, const char *const *words, size_t n);

/* analyze.c: the form table */
int form_find(const struct analysis *an, const char *key);
bool form_add(struct analysis *an, const char *key, int ent);
void form_move(struct analysis *an, const char *key, int ent);
/* Whether a word (lower case, no period) ends a company's name: "inc". */
bool corporate_word(const char *low);

/* entities.c */
void entities_discover(struct analysis *an, size_t unit);
void entities_bylines(struct analysis *an, const char *author);
void entities_resolve(struct analysis *an);
void entities_scan(struct analysis *an, size_t unit);
/* Drop the people nothing but the shape of their name speaks for. */
void entities_confirm(struct analysis *an);
/* Correct a gender guessed from a given name by the pronouns the article
 * uses for the person (outside the quotes, so once they are paired). */
void entities_genders(struct analysis *an);
bool title_at(const struct unit *u, size_t i, size_t end, size_t *len);

/* quotes.c */
void quotes_find(struct analysis *an);
/* The quotes as the article keeps them (text filled in, speakers still
 * entity numbers of the analysis); NULL when out of memory. */
struct quote *quotes_take(struct analysis *an, size_t *n);

#endif
