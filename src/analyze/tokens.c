/* tokens.c — a small tokenizer for news prose. */
#include <config.h>

#include "tokens.h"
#include "lists.h"
#include "../buf.h"
#include "../text.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>

int quote_mark(uint32_t cp)
{
	switch (cp) {
	case 0x201C: case 0x2018: case 0x00AB: case 0x201E: case 0x201A: case 0x300C:
	case 0x300E: case 0x2039:
		return QM_OPEN;
	case 0x201D: case 0x2019: case 0x00BB: case 0x300D: case 0x300F: case 0x203A:
		return QM_CLOSE;
	case '"': case '\'':
		return QM_BOTH;
	default:
		return QM_NONE;
	}
}

uint32_t quote_partner(uint32_t cp)
{
	switch (cp) {
	case 0x201C: case 0x201E: return 0x201D;   /* “…” „…“ (and „…” ) */
	case 0x2018: case 0x201A: return 0x2019;
	case 0x00AB: return 0x00BB;
	case 0x300C: return 0x300D;
	case 0x300E: return 0x300F;
	case 0x2039: return 0x203A;
	default: return cp;
	}
}

static bool letter(uint32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	return uc_is_alpha(cp) || uc_is_property_diacritic(cp) ||
	       uc_is_general_category(cp, UC_CATEGORY_M);
}

static bool apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

static bool push(struct tokens *t, struct token tk)
{
	struct token *v = array_grow(t->v, &t->cap, t->n, sizeof *v);
	if (!v)
		return false;
	t->v = v;
	t->v[t->n++] = tk;
	return true;
}

static uint32_t at(const char *s, size_t len, size_t i, size_t *next)
{
	size_t k = i;
	uint32_t cp = utf8_decode(s, len, &k);
	if (next)
		*next = k;
	return cp;
}

/* Words that a period does not end a sentence after. */
static bool abbreviation(const char *s, size_t n)
{
	static const char *const abbr[] = {
		"mr", "mrs", "ms", "dr", "sen", "gov", "gen", "rep", "st", "lt", "col", "sgt",
		"prof", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "no", "adm", "maj", "capt",
		"rev", "mt", "ft", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "jan", "feb", "aug",
		"sept", "oct", "nov", "dec", "supt", "cpl",
	};
	char low[8];
	if (!lower_copy(s, n, low, sizeof low))
		return false;
	for (size_t i = 0; i < sizeof abbr / sizeof *abbr; i++)
		if (!strcmp(low, abbr[i]))
			return true;
	return false;
}

/* Whether the lower-case part after the hyphen at k of the word
 * [start, end) is a syllable of a Korean given name ("Jae-myung"): short
 * on both sides, the last part, and no English word or suffix
 * ("Trump-backed", "Kelly-ish"). */
static bool syllable_after(const char *s, size_t start, size_t k, size_t end)
{
	static const char *const suffixes[] = { "ish", "esque", "ism", "ist", "ite", "ian", "ly", "y" };
	size_t n = end - (k + 1);
	char low[32];
	if (k - start > 5 || n > 5 || memchr(s + k + 1, '-', n) || !lower_copy(s + k + 1, n, low, sizeof low) ||
	    LIST_HAS(common_words, low))
		return false;
	for (size_t x = 0; x < sizeof suffixes / sizeof *suffixes; x++)
		if (!strcmp(low, suffixes[x]))
			return false;
	return true;
}

int tokenize(const char *s, size_t len, struct tokens *t)
{
	memset(t, 0, sizeof *t);
	uint16_t sentence = 0;
	bool new_sentence = true;
	size_t i = 0;
	while (i < len) {
		size_t next;
		uint32_t cp = at(s, len, i, &next);
		if (cp == ' ' || cp == '\n' || cp == '\t' || cp == 0xA0 || cp == 0x200B) {
			/* a line break or a table's next cell: no name runs on
			 * past it */
			if (cp == '\n' || cp == '\t')
				new_sentence = true;
			i = next;
			continue;
		}
		if (!letter(cp) && !uc_is_digit(cp)) {
			struct token tk = { (uint32_t)i, (uint32_t)next, cp, 0, sentence };
			int q = quote_mark(cp);
			if (q == QM_OPEN)
				tk.flags |= TK_OPENQ;
			else if (q == QM_CLOSE)
				tk.flags |= TK_CLOSEQ;
			else if (q == QM_BOTH) {
				/* a straight quote opens after a blank or an opening
				 * bracket, and closes before one */
				bool before_blank = i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' ||
						    s[i - 1] == '[' || s[i - 1] == '\n' || s[i - 1] == '-';
				tk.flags |= before_blank ? TK_OPENQ : TK_CLOSEQ;
			}
			if (!push(t, tk))
				return -1;
			if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) {
				/* the end of a sentence, unless after an abbreviation
				 * or an initial */
				bool abbrev = false;
				if (cp == '.' && t->n >= 2) {
					struct token *w = &t->v[t->n - 2];
					if ((w->flags & TK_WORD) && w->end == i &&
					    ((w->flags & TK_INITIAL) || abbreviation(s + w->start, w->end - w->start)))
						abbrev = true;
				}
				/* nor inside a number or an address: "0.25
				 * percent", "Amazon.com" (but "Dina
				 * Powell.Published", a caption glued to what
				 * follows, ends there) */
				size_t k3;
				if (cp == '.' && next < len) {
					uint32_t c3 = at(s, len, next, &k3);
					if (uc_is_lower(c3) || uc_is_digit(c3))
						abbrev = true;
				}
				if (!abbrev)
					new_sentence = true;
			}
			i = next;
			continue;
		}
		/* a word: letters and digits, with hyphens and apostrophes
		 * between letters */
		size_t start = i, end = next;
		for (;;) {
			size_t k;
			uint32_t c = end < len ? at(s, len, end, &k) : 0;
			if (end < len && (letter(c) || uc_is_digit(c))) {
				end = k;
				continue;
			}
			if (end < len && (c == '-' || apostrophe(c) || c == 0x2010)) {
				size_t k2;
				uint32_t c2 = k < len ? at(s, len, k, &k2) : 0;
				if (k < len && letter(c2)) {
					end = k;
					continue;
				}
			}
			/* "Swift‘s": an opening mark typed for an apostrophe,
			 * before a possessive's s and nothing more */
			if (end < len && c == 0x2018 && k < len && s[k] == 's' && end > start) {
				size_t k3;
				uint32_t c3 = k + 1 < len ? at(s, len, k + 1, &k3) : 0;
				if (!letter(c3) && !uc_is_digit(c3)) {
					end = k;
					continue;
				}
			}
			break;
		}
		/* "CreditKirsten Luce", "CreditSam Hodgson": a label the
		 * page's markup glued to a name; a common word, then a
		 * capitalized one of four letters or more, or a given name
		 * (not "SingTel") */
		for (size_t k = start + 4; k + 1 < end; k++) {
			if (!(s[k - 1] >= 'a' && s[k - 1] <= 'z'))
				continue;
			size_t k2 = k, k3;
			uint32_t up = at(s, len, k, &k2), low2 = k2 < end ? at(s, len, k2, &k3) : 0;
			if (uc_is_upper(up) && uc_is_lower(low2)) {
				/* (not a handle in camel case whose last part is a
				 * word too: "ScreamMyName", but "CreditCreditSamuel") */
				size_t lastcap = k;
				for (size_t j = k2; j < end; j++)
					if (s[j] >= 'A' && s[j] <= 'Z' && s[j - 1] >= 'a' && s[j - 1] <= 'z')
						lastcap = j;
				char low[32];
				bool camel = lastcap > k && lower_copy(s + lastcap, end - lastcap, low, sizeof low) &&
					     LIST_HAS(common_words, low);
				char rest[32];
				bool name_after = end - k >= 4 || (lower_copy(s + k, end - k, rest, sizeof rest) &&
								   LIST_HAS(given_names, rest));
				if (!camel && name_after && lower_copy(s + start, k - start, low, sizeof low) &&
				    LIST_HAS(common_words, low))
					end = next = k;
				break;
			}
		}
		struct token tk = { (uint32_t)start, (uint32_t)end, 0, TK_WORD, sentence };
		uint32_t first = cp;
		if (uc_is_digit(first))
			tk.flags |= TK_DIGIT;
		if (uc_is_upper(first) || uc_is_property_titlecase(first))
			tk.flags |= TK_CAP;
		/* "KGB-successor", "Trump-backed": the capitalized part alone
		 * is the name (but "Jae-myung" is a Korean given name whole) */
		if (tk.flags & TK_CAP) {
			for (size_t k = start; k < end; k++)
				if (s[k] == '-' && k + 1 < end) {
					uint32_t c = at(s, len, k + 1, NULL);
					if (!uc_is_lower(c))
						continue;
					if (!syllable_after(s, start, k, end)) {
						tk.end = (uint32_t)k;
						end = k;
					}
					break;
				}
		}
		/* possessives: "Russia’s" → "Russia", "Burns’" → "Burns" */
		size_t l = tk.end - tk.start;
		if (l > 3 && s[tk.end - 1] == 's' && s[tk.end - 2] == '\'') {
			tk.end -= 2;
			tk.flags |= TK_POSS;
		} else if (l > 5 && s[tk.end - 1] == 's' && (!memcmp(s + tk.end - 4, "\xE2\x80\x99", 3) ||
							      !memcmp(s + tk.end - 4, "\xE2\x80\x98", 3))) {
			tk.end -= 4;
			tk.flags |= TK_POSS;
		} else if (end < len && tk.end == end && s[end - 1] == 's' && (s[end] == '\'' ||
			   (end + 3 <= len && !memcmp(s + end, "\xE2\x80\x99", 3)))) {
			/* plural possessive: the apostrophe is not a quote */
			tk.flags |= TK_POSS;
			next = end + (s[end] == '\'' ? 1 : 3);
			end = next;
		}
		/* all capitals, and initials */
		bool all = true;
		size_t letters = 0;
		for (size_t k = tk.start; k < tk.end;) {
			uint32_t c = utf8_decode(s, tk.end, &k);
			if (letter(c)) {
				letters++;
				if (!uc_is_upper(c))
					all = false;
			}
		}
		if (all && letters >= 2)
			tk.flags |= TK_ALLCAPS;
		if (tk.end < len && s[tk.end] == '.')
			tk.flags |= TK_DOT;
		if (letters == 1 && (tk.flags & TK_CAP) && (tk.flags & TK_DOT))
			tk.flags |= TK_INITIAL;
		if (new_sentence) {
			tk.flags |= TK_SENTENCE;
			new_sentence = false;
			sentence++;
			tk.sentence = sentence;
		}
		/* the first word inside an opening quotation mark begins a
		 * sentence of its own */
		if (t->n > 0 && (t->v[t->n - 1].flags & TK_OPENQ) && (tk.flags & TK_CAP))
			tk.flags |= TK_SENTENCE;
		if (!push(t, tk))
			return -1;
		i = end > tk.end ? end : tk.end;
		if (i < start + 1)
			i = next;
	}
	return 0;
}

void tokens_free(struct tokens *t)
{
	free(t->v);
	memset(t, 0, sizeof *t);
}
