/* charset.c — encoding detection and conversion to UTF-8. */
#include <config.h>

#include "charset.h"
#include "text.h"

#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* WHATWG encoding labels (https://encoding.spec.whatwg.org/#names-and-labels)
 * mapped to the names glibc's iconv knows. Labels are matched
 * case-insensitively after trimming. The ISO-8859-N family is handled by
 * iso8859_name() below. */
static const struct {
	const char *label;
	const char *iconv;
} labels[] = {
	{ "unicode-1-1-utf-8", "UTF-8" }, { "unicode11utf8", "UTF-8" },
	{ "unicode20utf8", "UTF-8" }, { "utf-8", "UTF-8" }, { "utf8", "UTF-8" },
	{ "x-unicode20utf8", "UTF-8" },
	{ "866", "IBM866" }, { "cp866", "IBM866" }, { "csibm866", "IBM866" },
	{ "ibm866", "IBM866" },
	{ "l2", "ISO-8859-2" }, { "latin2", "ISO-8859-2" }, { "csisolatin2", "ISO-8859-2" },
	{ "l3", "ISO-8859-3" }, { "latin3", "ISO-8859-3" }, { "csisolatin3", "ISO-8859-3" },
	{ "l4", "ISO-8859-4" }, { "latin4", "ISO-8859-4" }, { "csisolatin4", "ISO-8859-4" },
	{ "cyrillic", "ISO-8859-5" }, { "csisolatincyrillic", "ISO-8859-5" },
	{ "arabic", "ISO-8859-6" }, { "asmo-708", "ISO-8859-6" }, { "csiso88596e", "ISO-8859-6" },
	{ "csiso88596i", "ISO-8859-6" }, { "csisolatinarabic", "ISO-8859-6" },
	{ "ecma-114", "ISO-8859-6" }, { "iso-8859-6-e", "ISO-8859-6" }, { "iso-8859-6-i", "ISO-8859-6" },
	{ "csisolatingreek", "ISO-8859-7" }, { "ecma-118", "ISO-8859-7" }, { "elot_928", "ISO-8859-7" },
	{ "greek", "ISO-8859-7" }, { "greek8", "ISO-8859-7" }, { "sun_eu_greek", "ISO-8859-7" },
	{ "csiso88598e", "ISO-8859-8" }, { "csisolatinhebrew", "ISO-8859-8" }, { "hebrew", "ISO-8859-8" },
	{ "iso-8859-8-e", "ISO-8859-8" }, { "visual", "ISO-8859-8" },
	{ "csiso88598i", "ISO-8859-8" }, { "iso-8859-8-i", "ISO-8859-8" }, { "logical", "ISO-8859-8" },
	{ "csisolatin6", "ISO-8859-10" }, { "l6", "ISO-8859-10" }, { "latin6", "ISO-8859-10" },
	{ "l9", "ISO-8859-15" }, { "csisolatin9", "ISO-8859-15" },
	{ "cskoi8r", "KOI8-R" }, { "koi", "KOI8-R" }, { "koi8", "KOI8-R" }, { "koi8-r", "KOI8-R" },
	{ "koi8_r", "KOI8-R" }, { "koi8-ru", "KOI8-U" }, { "koi8-u", "KOI8-U" },
	{ "csmacintosh", "MACINTOSH" }, { "mac", "MACINTOSH" }, { "macintosh", "MACINTOSH" },
	{ "x-mac-roman", "MACINTOSH" }, { "x-mac-cyrillic", "MAC-CYRILLIC" },
	{ "x-mac-ukrainian", "MAC-CYRILLIC" },
	{ "dos-874", "CP874" }, { "tis-620", "CP874" }, { "windows-874", "CP874" },
	{ "cp1250", "CP1250" }, { "windows-1250", "CP1250" }, { "x-cp1250", "CP1250" },
	{ "cp1251", "CP1251" }, { "windows-1251", "CP1251" }, { "x-cp1251", "CP1251" },
	{ "ansi_x3.4-1968", "CP1252" }, { "ascii", "CP1252" }, { "cp1252", "CP1252" },
	{ "cp819", "CP1252" }, { "csisolatin1", "CP1252" }, { "ibm819", "CP1252" },
	{ "iso-ir-100", "CP1252" }, { "l1", "CP1252" }, { "latin1", "CP1252" },
	{ "us-ascii", "CP1252" }, { "windows-1252", "CP1252" }, { "x-cp1252", "CP1252" },
	{ "cp1253", "CP1253" }, { "windows-1253", "CP1253" }, { "x-cp1253", "CP1253" },
	{ "cp1254", "CP1254" }, { "csisolatin5", "CP1254" }, { "iso-ir-148", "CP1254" },
	{ "l5", "CP1254" }, { "latin5", "CP1254" }, { "windows-1254", "CP1254" }, { "x-cp1254", "CP1254" },
	{ "cp1255", "CP1255" }, { "windows-1255", "CP1255" }, { "x-cp1255", "CP1255" },
	{ "cp1256", "CP1256" }, { "windows-1256", "CP1256" }, { "x-cp1256", "CP1256" },
	{ "cp1257", "CP1257" }, { "windows-1257", "CP1257" }, { "x-cp1257", "CP1257" },
	{ "cp1258", "CP1258" }, { "windows-1258", "CP1258" }, { "x-cp1258", "CP1258" },
	{ "chinese", "GB18030" }, { "csgb2312", "GB18030" }, { "csiso58gb231280", "GB18030" },
	{ "gb2312", "GB18030" }, { "gb_2312", "GB18030" }, { "gb_2312-80", "GB18030" },
	{ "gbk", "GB18030" }, { "iso-ir-58", "GB18030" }, { "x-gbk", "GB18030" },
	{ "gb18030", "GB18030" },
	{ "big5", "BIG5-HKSCS" }, { "big5-hkscs", "BIG5-HKSCS" }, { "cn-big5", "BIG5-HKSCS" },
	{ "csbig5", "BIG5-HKSCS" }, { "x-x-big5", "BIG5-HKSCS" },
	{ "cseucpkdfmtjapanese", "EUC-JP" }, { "euc-jp", "EUC-JP" }, { "x-euc-jp", "EUC-JP" },
	{ "csiso2022jp", "ISO-2022-JP" }, { "iso-2022-jp", "ISO-2022-JP" },
	{ "csshiftjis", "CP932" }, { "ms932", "CP932" }, { "ms_kanji", "CP932" },
	{ "shift-jis", "CP932" }, { "shift_jis", "CP932" }, { "sjis", "CP932" },
	{ "windows-31j", "CP932" }, { "x-sjis", "CP932" },
	{ "cseuckr", "CP949" }, { "csksc56011987", "CP949" }, { "euc-kr", "CP949" },
	{ "iso-ir-149", "CP949" }, { "korean", "CP949" }, { "ks_c_5601-1987", "CP949" },
	{ "ks_c_5601-1989", "CP949" }, { "ksc5601", "CP949" }, { "ksc_5601", "CP949" },
	{ "windows-949", "CP949" },
	{ "unicodefffe", "UTF-16BE" }, { "utf-16be", "UTF-16BE" },
	{ "csunicode", "UTF-16LE" }, { "iso-10646-ucs-2", "UTF-16LE" }, { "ucs-2", "UTF-16LE" },
	{ "unicode", "UTF-16LE" }, { "unicodefeff", "UTF-16LE" }, { "utf-16", "UTF-16LE" },
	{ "utf-16le", "UTF-16LE" },
};

/* iso-8859-N, iso8859-N, iso_8859-N, iso_8859-N:yyyy, iso8859N, iso-ir-NNN
 * for the parts of the family browsers decode as themselves. */
static const char *iso8859_name(const char *s, size_t n)
{
	static const char *const names[17] = {
		NULL, "CP1252", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5",
		"ISO-8859-6", "ISO-8859-7", "ISO-8859-8", "CP1254", "ISO-8859-10",
		"CP874", NULL, "ISO-8859-13", "ISO-8859-14", "ISO-8859-15", "ISO-8859-16",
	};
	static const char *const prefixes[] = { "iso-8859-", "iso8859-", "iso_8859-", "iso8859" };
	for (size_t p = 0; p < sizeof prefixes / sizeof *prefixes; p++) {
		size_t pl = strlen(prefixes[p]);
		if (n <= pl || strncasecmp(s, prefixes[p], pl) != 0)
			continue;
		size_t i = pl;
		unsigned num = 0;
		while (i < n && s[i] >= '0' && s[i] <= '9' && num < 100)
			num = num * 10 + (unsigned)(s[i++] - '0');
		if (i == pl)
			continue;
		if (i < n && !(s[i] == ':' && p == 2))
			continue;
		return num < 17 ? names[num] : NULL;
	}
	return NULL;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

const char *charset_from_label(const char *label, size_t len)
{
	while (len && is_space(*label)) {
		label++;
		len--;
	}
	while (len && is_space(label[len - 1]))
		len--;
	if (len == 0 || len > 40)
		return NULL;
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
		if (strlen(labels[i].label) == len && strncasecmp(labels[i].label, label, len) == 0)
			return labels[i].iconv;
	return iso8859_name(label, len);
}

/* The "extract a character encoding from a meta element" algorithm. */
static const char *charset_from_meta_content(const char *s, size_t n)
{
	size_t i = 0;
	for (;;) {
		/* find "charset" */
		while (i + 7 <= n && strncasecmp(s + i, "charset", 7) != 0)
			i++;
		if (i + 7 > n)
			return NULL;
		i += 7;
		while (i < n && is_space(s[i]))
			i++;
		if (i < n && s[i] == '=')
			break;
	}
	i++;
	while (i < n && is_space(s[i]))
		i++;
	if (i >= n)
		return NULL;
	if (s[i] == '"' || s[i] == '\'') {
		char q = s[i++];
		size_t j = i;
		while (j < n && s[j] != q)
			j++;
		return j < n ? charset_from_label(s + i, j - i) : NULL;
	}
	size_t j = i;
	while (j < n && !is_space(s[j]) && s[j] != ';')
		j++;
	return charset_from_label(s + i, j - i);
}

const char *charset_from_content_type(const char *ct)
{
	if (!ct)
		return NULL;
	return charset_from_meta_content(ct, strlen(ct));
}

/* One attribute of a tag in the prescan ("get an attribute"). Returns false
 * at the end of the tag. Name and value point into data. */
struct attr {
	const char *name, *value;
	size_t name_len, value_len;
};

static bool prescan_attr(const char *d, size_t n, size_t *pos, struct attr *a)
{
	size_t i = *pos;
	while (i < n && (is_space(d[i]) || d[i] == '/'))
		i++;
	if (i >= n || d[i] == '>') {
		*pos = i;
		return false;
	}
	a->name = d + i;
	while (i < n && d[i] != '=' && d[i] != '>' && d[i] != '/' && !is_space(d[i]))
		i++;
	a->name_len = (size_t)(d + i - a->name);
	a->value = d + i;
	a->value_len = 0;
	while (i < n && is_space(d[i]))
		i++;
	if (i >= n || d[i] != '=') {
		*pos = i;
		return true;
	}
	i++;
	while (i < n && is_space(d[i]))
		i++;
	if (i < n && (d[i] == '"' || d[i] == '\'')) {
		char q = d[i++];
		a->value = d + i;
		while (i < n && d[i] != q)
			i++;
		a->value_len = (size_t)(d + i - a->value);
		if (i < n)
			i++;
	} else {
		a->value = d + i;
		while (i < n && !is_space(d[i]) && d[i] != '>')
			i++;
		a->value_len = (size_t)(d + i - a->value);
	}
	*pos = i;
	return true;
}

static bool attr_is(const struct attr *a, const char *name)
{
	return a->name_len == strlen(name) && strncasecmp(a->name, name, a->name_len) == 0;
}

static const char *prescan_meta(const char *d, size_t n, size_t *pos)
{
	bool got_pragma = false, need_pragma_known = false, need_pragma = false;
	const char *charset = NULL;
	bool seen_he = false, seen_content = false, seen_charset = false;
	struct attr a;
	while (prescan_attr(d, n, pos, &a)) {
		if (attr_is(&a, "http-equiv") && !seen_he) {
			seen_he = true;
			if (a.value_len == 12 && strncasecmp(a.value, "content-type", 12) == 0)
				got_pragma = true;
		} else if (attr_is(&a, "content") && !seen_content) {
			seen_content = true;
			if (!charset) {
				const char *c = charset_from_meta_content(a.value, a.value_len);
				if (c) {
					charset = c;
					need_pragma = need_pragma_known = true;
				}
			}
		} else if (attr_is(&a, "charset") && !seen_charset) {
			seen_charset = true;
			const char *c = charset_from_label(a.value, a.value_len);
			charset = c;
			need_pragma = false;
			need_pragma_known = c != NULL;
		}
	}
	if (!need_pragma_known || !charset)
		return NULL;
	if (need_pragma && !got_pragma)
		return NULL;
	/* A page cannot declare itself UTF-16 from inside. */
	if (strncmp(charset, "UTF-16", 6) == 0)
		return "UTF-8";
	return charset;
}

const char *charset_prescan(const char *d, size_t n)
{
	size_t i = 0;
	while (i < n) {
		if (d[i] != '<') {
			i++;
			continue;
		}
		if (i + 4 <= n && memcmp(d + i, "<!--", 4) == 0) {
			const char *end = NULL;
			for (size_t j = i + 2; j + 3 <= n; j++)
				if (d[j] == '-' && d[j + 1] == '-' && d[j + 2] == '>') {
					end = d + j + 3;
					break;
				}
			if (!end)
				return NULL;
			i = (size_t)(end - d);
			continue;
		}
		if (i + 6 <= n && strncasecmp(d + i, "<meta", 5) == 0 &&
		    (is_space(d[i + 5]) || d[i + 5] == '/')) {
			size_t pos = i + 5;
			const char *c = prescan_meta(d, n, &pos);
			if (c)
				return c;
			i = pos + 1;
			continue;
		}
		size_t j = i + 1;
		if (j < n && d[j] == '/')
			j++;
		if (j < n && ((d[j] | 0x20) >= 'a' && (d[j] | 0x20) <= 'z')) {
			while (j < n && !is_space(d[j]) && d[j] != '>')
				j++;
			size_t pos = j;
			struct attr a;
			while (prescan_attr(d, n, &pos, &a))
				;
			i = pos + 1;
			continue;
		}
		if (j < n && (d[j] == '!' || d[j] == '/' || d[j] == '?')) {
			while (j < n && d[j] != '>')
				j++;
			i = j + 1;
			continue;
		}
		i++;
	}
	return NULL;
}

/* Copy UTF-8, replacing each invalid byte with U+FFFD. */
static void decode_utf8(const char *d, size_t n, struct buf *out)
{
	size_t i = 0;
	while (i < n) {
		size_t run = i;
		while (run < n && (unsigned char)d[run] < 0x80)
			run++;
		buf_append(out, d + i, run - i);
		i = run;
		if (i >= n)
			break;
		size_t before = i;
		unsigned cp = utf8_decode(d, n, &i);
		if (cp == UTF8_REPLACEMENT && i - before == 1)
			buf_put_utf8(out, UTF8_REPLACEMENT);
		else
			buf_append(out, d + before, i - before);
	}
}

static int charset_convert(const char *d, size_t n, const char *content_type,
			   struct buf *out, const char **used);

static int decode_iconv(const char *d, size_t n, const char *from, struct buf *out)
{
	iconv_t cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1)
		return 1;       /* unknown to this iconv: caller falls back */
	char *in = (char *)d;
	size_t inleft = n;
	while (inleft > 0) {
		if (!buf_reserve(out, inleft * 2 + 16))
			break;
		char *o = out->data + out->len;
		size_t oleft = out->cap - out->len - 1;
		size_t r = iconv(cd, &in, &inleft, &o, &oleft);
		out->len = (size_t)(o - out->data);
		out->data[out->len] = '\0';
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG)
			continue;
		/* EILSEQ, or EINVAL for a sequence cut off at the end. */
		buf_put_utf8(out, UTF8_REPLACEMENT);
		if (errno == EINVAL) {
			inleft = 0;
			break;
		}
		in++;
		inleft--;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	/* Flush any shift state (ISO-2022-JP). */
	if (!out->failed && buf_reserve(out, 16)) {
		char *o = out->data + out->len;
		size_t oleft = out->cap - out->len - 1;
		iconv(cd, NULL, NULL, &o, &oleft);
		out->len = (size_t)(o - out->data);
		out->data[out->len] = '\0';
	}
	iconv_close(cd);
	return out->failed ? -1 : 0;
}

/* Control characters in markup mean nothing and would only turn into
 * U+FFFD in the parser: remove them (C0 but tab, newline, form feed and
 * carriage return; DEL; C1). The text from out->data + from is valid UTF-8. */
static void strip_controls(struct buf *out, size_t from)
{
	unsigned char *p = (unsigned char *)out->data;
	if (!p)
		return;
	size_t w = from;
	for (size_t r = from; r < out->len; r++) {
		unsigned char c = p[r];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F)
			continue;
		if (c == 0xC2 && r + 1 < out->len && p[r + 1] >= 0x80 && p[r + 1] <= 0x9F) {
			r++;
			continue;
		}
		p[w++] = c;
	}
	out->len = w;
	p[w] = '\0';
}

/* Whether valid UTF-8 text holds anything strip_controls would remove. */
static bool has_controls(const char *d, size_t n)
{
	const unsigned char *p = (const unsigned char *)d;
	for (size_t i = 0; i < n; i++) {
		if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\f' && p[i] != '\r') ||
		    p[i] == 0x7F)
			return true;
		if (p[i] == 0xC2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F)
			return true;
	}
	return false;
}

int charset_decode_owned(char **data, size_t *len, const char *content_type, const char **used)
{
	/* bytes that are clean UTF-8 (or ASCII, which reads the same in every
	 * encoding a page may use) are used as they are, without a copy */
	const unsigned char *u = (const unsigned char *)*data;
	bool bom = *len >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE) ||
				 (*len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF));
	if (!bom && utf8_valid(*data, *len) && !has_controls(*data, *len)) {
		if (used)
			*used = "UTF-8";
		return 0;
	}
	struct buf out = BUF_INIT;
	if (charset_decode(*data, *len, content_type, &out, used) < 0 || !buf_reserve(&out, 0)) {
		buf_free(&out);
		return -1;
	}
	free(*data);
	*len = out.len;
	*data = buf_steal(&out);
	return 0;
}

int charset_decode(const char *d, size_t n, const char *content_type,
		   struct buf *out, const char **used)
{
	size_t from = out->len;
	int r = charset_convert(d, n, content_type, out, used);
	if (r == 0)
		strip_controls(out, from);
	return r;
}

static int charset_convert(const char *d, size_t n, const char *content_type,
			   struct buf *out, const char **used)
{
	const char *cs = NULL;
	const unsigned char *u = (const unsigned char *)d;
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		cs = "UTF-8";
		d += 3;
		n -= 3;
	} else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
		cs = "UTF-16BE";
		d += 2;
		n -= 2;
	} else if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
		cs = "UTF-16LE";
		d += 2;
		n -= 2;
	}
	if (!cs) {
		/* Bytes that are valid UTF-8 and not plain ASCII are UTF-8,
		 * whatever the label says: legacy text almost never forms
		 * valid multi-byte sequences throughout, while pages saved or
		 * served as UTF-8 under a stale label are common. */
		const char *label = charset_from_content_type(content_type);
		if (!label)
			label = charset_prescan(d, n < 1024 ? n : 1024);
		bool ascii = true;
		for (size_t i = 0; i < n && ascii; i++)
			ascii = (unsigned char)d[i] < 0x80;
		if (!ascii && utf8_valid(d, n))
			cs = "UTF-8";
		else if (label)
			cs = label;
		else if (!ascii)
			cs = charset_prescan(d, n < 65536 ? n : 65536);
		if (!cs)
			cs = "CP1252";
	}
	if (used)
		*used = cs;
	if (strcmp(cs, "UTF-8") == 0) {
		decode_utf8(d, n, out);
		return out->failed ? -1 : 0;
	}
	int r = decode_iconv(d, n, cs, out);
	if (r == 1) {
		if (used)
			*used = "UTF-8";
		decode_utf8(d, n, out);
		return out->failed ? -1 : 0;
	}
	return r;
}
