/* tokens.h — words, punctuation and sentences of one block of text. */
#ifndef LEDE_ANALYZE_TOKENS_H
#define LEDE_ANALYZE_TOKENS_H

#include <stddef.h>
#include <stdint.h>

enum {
	TK_WORD     = 1 << 0,   /* letters and digits (else one punctuation character) */
	TK_CAP      = 1 << 1,   /* begins with a capital letter */
	TK_ALLCAPS  = 1 << 2,   /* two or more letters, all capitals ("NATO") */
	TK_INITIAL  = 1 << 3,   /* one capital letter followed by a period ("C.") */
	TK_SENTENCE = 1 << 4,   /* first word of a sentence */
	TK_POSS     = 1 << 5,   /* a possessive 's or ' was cut off the end */
	TK_DOT      = 1 << 6,   /* a period follows at once (abbreviation, initial) */
	TK_OPENQ    = 1 << 7,   /* punctuation: an opening quotation mark */
	TK_CLOSEQ   = 1 << 8,   /* punctuation: a closing quotation mark */
	TK_DIGIT    = 1 << 9,   /* begins with a digit */
};

struct token {
	uint32_t start, end;    /* bytes in the block's text */
	uint32_t cp;            /* punctuation: the character */
	uint16_t flags;
	uint16_t sentence;      /* number of the sentence in the block */
};

struct tokens {
	struct token *v;
	size_t n, cap;
};

/* Tokenize text; returns 0, or -1 when out of memory. */
int tokenize(const char *text, size_t len, struct tokens *t);
void tokens_free(struct tokens *t);

/* Quotation marks: whether cp opens, closes, or may do either. */
enum { QM_NONE, QM_OPEN, QM_CLOSE, QM_BOTH };
int quote_mark(uint32_t cp);
/* The mark that closes what cp opens (0 for straight quotes: themselves). */
uint32_t quote_partner(uint32_t cp);

#endif
