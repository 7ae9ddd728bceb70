/* score.c — find the article: score paragraphs into their ancestors, pick
 * the best candidate, gather its siblings that read like article text, and
 * clean what it still holds (Readability's method, over the flat array). */
#include <config.h>

#include "internal.h"

#include <string.h>

static float tag_score(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_DIV:
		return 5;
	case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
		return 3;
	case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL:
	case GUMBO_TAG_DL: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI:
	case GUMBO_TAG_FORM:
		return -3;
	case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
	case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
		return -5;
	default:
		return 0;
	}
}

static void init_candidate(struct xdoc *d, struct xnode *x)
{
	x->flags |= XN_CANDIDATE;
	x->score = tag_score(x->tag) + (d->weight_classes ? (float)class_weight(x) : 0);
}

/* Blocks whose own text is paragraph text. */
static bool scorable(const struct xnode *x)
{
	switch (x->tag) {
	case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_SECTION:
	case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
	case GUMBO_TAG_H6: case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
	case GUMBO_TAG_CENTER: case GUMBO_TAG_FONT: case GUMBO_TAG_SPAN:
	case GUMBO_TAG_UNKNOWN:
		return true;
	default:
		return false;
	}
}

static double link_density(const struct xnode *x)
{
	return x->st.chars > 0 ? (double)x->st.link_chars / x->st.chars : 0;
}

static bool has_sentence_end(const struct xdoc *d, int32_t i)
{
	char buf[512];
	size_t n = dom_text(d, i, buf, sizeof buf);
	for (size_t k = 0; k < n; k++)
		if (buf[k] == '.' && (k + 1 == n || buf[k + 1] == ' '))
			return true;
	return false;
}

static int live_element_children(const struct xdoc *d, int32_t i)
{
	int c = 0;
	for (int32_t k = d->n[i].first; k >= 0; k = d->n[k].next)
		if (!(d->n[k].flags & (XN_TEXT | XN_DEAD)))
			c++;
	return c;
}

static bool same_class(const struct xnode *a, const struct xnode *b)
{
	const char *ca = dom_attr(a, "class"), *cb = dom_attr(b, "class");
	return ca && cb && *ca && strcmp(ca, cb) == 0;
}

static bool inside_tag(const struct xdoc *d, int32_t i, GumboTag t, int max_levels)
{
	for (int32_t p = d->n[i].parent; p >= 0 && max_levels-- != 0; p = d->n[p].parent)
		if (d->n[p].tag == t)
			return true;
	return false;
}

/* A table laid out for data rather than for the page. */
static bool is_data_table(const struct xdoc *d, int32_t i)
{
	const struct xnode *t = &d->n[i];
	const char *role = dom_attr(t, "role");
	if (role && strcmp(role, "presentation") == 0)
		return false;
	const char *dt = dom_attr(t, "datatable");
	if (dt && strcmp(dt, "0") == 0)
		return false;
	if (dom_attr(t, "summary"))
		return true;
	int rows = 0, cols = 0, cur = 0;
	for (int32_t k = i + 1; k < t->end; k++) {
		const struct xnode *x = &d->n[k];
		if (x->flags & XN_TEXT)
			continue;
		switch (x->tag) {
		case GUMBO_TAG_TABLE:
			return false;           /* nested tables lay out pages */
		case GUMBO_TAG_CAPTION: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
		case GUMBO_TAG_TFOOT: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_COL:
			return true;
		case GUMBO_TAG_TR:
			rows++;
			cur = 0;
			break;
		case GUMBO_TAG_TD:
			if (++cur > cols)
				cols = cur;
			break;
		default:
			break;
		}
	}
	if (rows >= 10 || cols > 4)
		return true;
	return rows * cols > 10;
}

size_t score_select(struct xdoc *d, int32_t *roots, size_t max_roots)
{
	struct xnode *n = d->n;
	int32_t body = d->body;
	for (size_t i = 0; i < d->count; i++) {
		n[i].flags &= ~(uint32_t)(XN_CANDIDATE | XN_SELECTED);
		n[i].score = 0;
		n[i].para_chars = 0;
	}
	/* paragraphs give their score to up to five ancestors */
	for (int32_t i = n[body].first >= 0 ? body + 1 : body; i < n[body].end; i++) {
		struct xnode *x = &n[i];
		if (x->flags & XN_DEAD) {
			i = x->end - 1;
			continue;
		}
		if ((x->flags & XN_TEXT) || !scorable(x) || x->own_chars < 25)
			continue;
		float s = 1.0f + (float)x->own_commas + (float)(x->own_chars / 100 < 3 ? x->own_chars / 100 : 3);
		/* article text: a paragraph's words outside its links, unless it
		 * is a list item's (teasers, link lists) or mostly links */
		int32_t prose = x->own_chars - (x->tag == GUMBO_TAG_P ? x->st.link_chars : 0);
		if (prose * 10 < x->own_chars * 7 || inside_tag(d, i, GUMBO_TAG_LI, 3))
			prose = 0;
		for (int32_t a = x->parent; a >= 0; a = n[a].parent)
			n[a].para_chars += prose;
		int level = 0;
		for (int32_t a = x->parent; a >= 0 && level < 5; a = n[a].parent, level++) {
			if (n[a].tag == GUMBO_TAG_HTML)
				break;
			if (!(n[a].flags & XN_CANDIDATE))
				init_candidate(d, &n[a]);
			float div = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
			n[a].score += s / div;
		}
	}
	/* the best five, after scaling by how little of each is links */
	enum { TOPN = 5 };
	int32_t top[TOPN];
	int ntop = 0;
	for (int32_t i = body; i < n[body].end; i++) {
		struct xnode *x = &n[i];
		if (x->flags & XN_DEAD) {
			i = x->end - 1;
			continue;
		}
		if (!(x->flags & XN_CANDIDATE))
			continue;
		x->score *= (float)(1.0 - link_density(x));
		int pos = ntop;
		while (pos > 0 && n[top[pos - 1]].score < x->score)
			pos--;
		if (pos >= TOPN)
			continue;
		if (ntop < TOPN)
			ntop++;
		memmove(&top[pos + 1], &top[pos], (size_t)(ntop - 1 - pos) * sizeof *top);
		top[pos] = i;
	}
	if (ntop == 0 || top[0] == body || n[body].st.chars == 0) {
		if (n[body].st.chars == 0 || max_roots == 0)
			return 0;
		roots[0] = body;
		n[body].flags |= XN_SELECTED;
		return 1;
	}
	int32_t best = top[0];
	/* several near-best candidates under one ancestor: take the ancestor */
	int alts = 0;
	for (int k = 1; k < ntop; k++)
		if (n[top[k]].score / n[best].score >= 0.75f)
			alts++;
	if (alts >= 3) {
		for (int32_t p = n[best].parent; p >= 0 && p != body; p = n[p].parent) {
			int inside = 0;
			for (int k = 1; k < ntop && inside < 3; k++)
				if (n[top[k]].score / n[best].score >= 0.75f &&
				    top[k] > p && top[k] < n[p].end)
					inside++;
			if (inside >= 3) {
				best = p;
				break;
			}
		}
	}
	/* a data table is part of an article, never the article */
	for (int32_t p = best; p >= 0 && p != body; p = n[p].parent)
		if (n[p].tag == GUMBO_TAG_TABLE && is_data_table(d, p) && n[p].parent >= 0 &&
		    n[p].parent != body) {
			best = n[p].parent;
			break;
		}
	if (!(n[best].flags & XN_CANDIDATE))
		init_candidate(d, &n[best]);
	/* climb while the parent scores higher, as long as it holds more of
	 * the article's paragraphs (not just more chrome with a good class) */
	float last = n[best].score, threshold = last / 3;
	for (int32_t p = n[best].parent; p >= 0 && p != body; p = n[p].parent) {
		if (!(n[p].flags & XN_CANDIDATE))
			continue;
		if (n[p].score < threshold)
			break;
		if (n[p].score > last) {
			if (n[p].para_chars * 5 > n[best].para_chars * 6)
				best = p;
			break;
		}
		last = n[p].score;
	}
	/* an article in sections: an ancestor that holds half as much article
	 * text again (prose paragraphs, not lists of links), in parts that
	 * score like article text themselves (not a box of other news), is the
	 * article; wrappers that add nothing are passed on the way up */
	for (int32_t p = n[best].parent; p >= 0 && p != body; p = n[p].parent) {
		if (n[p].para_chars < n[best].para_chars)
			break;
		if (n[p].para_chars * 2 < n[best].para_chars * 3)
			continue;
		double ld = link_density(&n[best]) + 0.1;
		if (link_density(&n[p]) > (ld > 0.2 ? ld : 0.2))
			break;
		float other = 0;
		for (int32_t k = p + 1; k < n[p].end; k++) {
			if (k == best) {
				k = n[best].end - 1;
				continue;
			}
			if ((n[k].flags & XN_CANDIDATE) && !(best > k && best < n[k].end) &&
			    n[k].score > other)
				other = n[k].score;
		}
		if (other * 4 < n[best].score)
			break;
		best = p;
	}
	/* little text chosen: the page's own <main> or <article> around it,
	 * if that holds twice as much and is not a list of links (landing
	 * pages put their text in many small boxes) */
	if (n[best].st.chars < 500) {
		for (int32_t p = n[best].parent; p >= 0 && p != body; p = n[p].parent) {
			const char *role = dom_attr(&n[p], "role");
			if (n[p].tag != GUMBO_TAG_MAIN && n[p].tag != GUMBO_TAG_ARTICLE &&
			    !(role && !strcmp(role, "main")))
				continue;
			if (n[p].st.chars >= 2 * n[best].st.chars && link_density(&n[p]) < 0.3)
				best = p;
			break;
		}
	}
	/* an only child stands for its parent */
	for (int32_t p = n[best].parent; p >= 0 && p != body && live_element_children(d, p) == 1;
	     p = n[best].parent)
		best = p;
	if (!(n[best].flags & XN_CANDIDATE))
		init_candidate(d, &n[best]);
	/* siblings that read like article text */
	size_t nroots = 0;
	int32_t parent = n[best].parent;
	float sib_threshold = n[best].score * 0.2f > 10 ? n[best].score * 0.2f : 10;
	for (int32_t s = parent >= 0 ? n[parent].first : best; s >= 0 && nroots < max_roots;
	     s = parent >= 0 ? n[s].next : -1) {
		struct xnode *x = &n[s];
		if (x->flags & (XN_TEXT | XN_DEAD))
			continue;
		bool take = s == best;
		if (!take) {
			float bonus = same_class(x, &n[best]) ? n[best].score * 0.2f : 0;
			if ((x->flags & XN_CANDIDATE) && x->score + bonus >= sib_threshold) {
				take = true;
			} else if (x->tag == GUMBO_TAG_P ||
				   ((x->tag == GUMBO_TAG_DIV || x->tag == GUMBO_TAG_SECTION) &&
				    x->own_chars > 0 && x->own_chars == x->st.chars)) {
				/* a paragraph, or a div that holds only text */
				double ld = link_density(x);
				int32_t len = x->st.chars;
				if (len > 80 && ld < 0.25)
					take = true;
				else if (len > 0 && len < 80 && ld == 0 && has_sentence_end(d, s))
					take = true;
			}
		}
		if (take) {
			x->flags |= XN_SELECTED;
			roots[nroots++] = s;
		}
	}
	return nroots;
}

static bool inside_data_table_or_code(const struct xdoc *d, int32_t i)
{
	for (int32_t p = d->n[i].parent; p >= 0; p = d->n[p].parent)
		if ((d->n[p].flags & XN_DATA_TABLE) || d->n[p].tag == GUMBO_TAG_PRE ||
		    d->n[p].tag == GUMBO_TAG_CODE)
			return true;
	return false;
}

/* Whether most of i's text (nine tenths) is in lists: a block of list
 * items with a heading over them is judged as the list it mostly is (as
 * Readability does). */
static bool mostly_list(const struct xdoc *d, int32_t i)
{
	const struct xnode *x = &d->n[i];
	if (x->st.chars <= 0)
		return false;
	int32_t in_lists = 0;
	for (int32_t k = i + 1; k < x->end; k++) {
		const struct xnode *y = &d->n[k];
		if ((y->flags & (XN_TEXT | XN_DEAD)) || (y->tag != GUMBO_TAG_UL && y->tag != GUMBO_TAG_OL))
			continue;
		in_lists += y->st.chars;
		k = y->end - 1;
	}
	return in_lists * 10 > x->st.chars * 9;
}

/* mostly_list(), asked once: *memo is 1 or 0 when known, -1 before. */
static bool list_like(const struct xdoc *d, int32_t i, int *memo)
{
	if (*memo < 0)
		*memo = mostly_list(d, i);
	return *memo;
}

static bool should_clean(const struct xdoc *d, int32_t i)
{
	const struct xnode *x = &d->n[i];
	/* (Readability's rule reads "weight + content score < 0" but counts
	 * the content score as 0 here: a list's negative tag score must not
	 * remove it) */
	int weight = d->weight_classes ? class_weight(x) : 0;
	if (weight < 0)
		return true;
	if (x->st.commas >= 10)
		return false;
	double ld = link_density(x);
	/* a list, or a block that is mostly lists (but not of links); looked
	 * into only when a rule turns on it (-1: not yet) */
	int as_list = x->tag == GUMBO_TAG_UL || x->tag == GUMBO_TAG_OL ? 1 : ld > 0.5 ? 0 : -1;
	int p = x->st.n_p, img = x->st.n_img, li = x->st.n_li - 100, input = x->st.n_input;
	int embed = x->st.n_embed;
	int32_t len = x->st.chars;
	double heading_density = len > 0 ? (double)x->st.heading_chars / len : 0;
	bool in_figure = inside_tag(d, i, GUMBO_TAG_FIGURE, -1);
	if (img > 1 && (double)p / img < 0.5 && !in_figure)
		return true;
	if (li > p && !list_like(d, i, &as_list))
		return true;
	if (input > p / 3)
		return true;
	if (heading_density < 0.9 && len < 25 && (img == 0 || img > 2) && !in_figure &&
	    x->st.n_pre == 0 && !list_like(d, i, &as_list))
		return true;   /* next to nothing, unless it is a bit of code */
	if (weight < 25 && ld > 0.2 && !list_like(d, i, &as_list))
		return true;
	if (weight >= 25 && ld > 0.5)
		return true;
	if ((embed == 1 && len < 75) || embed > 1)
		return true;
	return false;
}

static void clean_tag(struct xdoc *d, const int32_t *roots, size_t nroots, const GumboTag *tags)
{
	for (size_t r = 0; r < nroots; r++) {
		for (int32_t i = roots[r]; i < d->n[roots[r]].end; i++) {
			struct xnode *x = &d->n[i];
			if (x->flags & XN_DEAD) {
				i = x->end - 1;
				continue;
			}
			if (x->flags & XN_TEXT)
				continue;
			bool match = false;
			for (const GumboTag *t = tags; *t != GUMBO_TAG_LAST; t++)
				match = match || x->tag == *t;
			if (!match || (x->flags & XN_DATA_TABLE) || inside_data_table_or_code(d, i))
				continue;
			if (should_clean(d, i)) {
				dom_drop(d, i, WHY_CLEAN);
				i = x->end - 1;
			}
		}
	}
}

void clean_conditionally(struct xdoc *d, const int32_t *roots, size_t nroots)
{
	/* mark data tables first: they are kept whole */
	for (size_t r = 0; r < nroots; r++)
		for (int32_t i = roots[r]; i < d->n[roots[r]].end; i++) {
			struct xnode *x = &d->n[i];
			x->flags &= ~(uint32_t)XN_DATA_TABLE;
			if (x->tag == GUMBO_TAG_TABLE && !(x->flags & (XN_TEXT | XN_DEAD)) &&
			    is_data_table(d, i))
				x->flags |= XN_DATA_TABLE;
		}
	/* headings the page itself marks as chrome */
	if (d->weight_classes)
		for (size_t r = 0; r < nroots; r++)
			for (int32_t i = roots[r]; i < d->n[roots[r]].end; i++) {
				struct xnode *x = &d->n[i];
				if (!(x->flags & (XN_TEXT | XN_DEAD)) &&
				    (x->tag == GUMBO_TAG_H1 || x->tag == GUMBO_TAG_H2) &&
				    class_weight(x) < 0)
					dom_drop(d, i, WHY_HEADING);
			}
	if (!d->clean_conditionally)
		return;
	static const GumboTag forms[] = { GUMBO_TAG_FORM, GUMBO_TAG_FIELDSET, GUMBO_TAG_LAST };
	static const GumboTag tables[] = { GUMBO_TAG_TABLE, GUMBO_TAG_LAST };
	static const GumboTag lists[] = { GUMBO_TAG_UL, GUMBO_TAG_OL, GUMBO_TAG_DL, GUMBO_TAG_LAST };
	static const GumboTag divs[] = { GUMBO_TAG_DIV, GUMBO_TAG_SECTION, GUMBO_TAG_LAST };
	clean_tag(d, roots, nroots, forms);
	clean_tag(d, roots, nroots, tables);
	clean_tag(d, roots, nroots, lists);
	clean_tag(d, roots, nroots, divs);
}
