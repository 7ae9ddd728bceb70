/* test-charset.c — encoding detection and conversion. */
#include <config.h>

#include "charset.h"
#include "tap.h"
#include "text.h"

#include <stdlib.h>

static char *decode(const char *data, size_t len, const char *ct, const char **used)
{
	struct buf b = BUF_INIT;
	if (charset_decode(data, len, ct, &b, used) < 0)
		return NULL;
	buf_reserve(&b, 0);
	return buf_steal(&b);
}

int main(void)
{
	is(charset_from_label(" Shift_JIS ", 11), "CP932", "labels match without case and blanks");
	is(charset_from_label("latin1", 6), "CP1252", "latin1 means windows-1252, as in browsers");
	is(charset_from_label("iso-8859-2", 10), "ISO-8859-2", "the ISO-8859 family");
	is(charset_from_label("gb2312", 6), "GB18030", "gb2312 decodes as GB18030");
	ok(charset_from_label("klingon", 7) == NULL, "an unknown label is ignored");
	is(charset_from_content_type("text/html; charset=\"koi8-r\""), "KOI8-R",
	   "charset from a quoted Content-Type parameter");

	const char *m1 = "<html><head><meta charset='windows-1251'></head>";
	is(charset_prescan(m1, strlen(m1)), "CP1251", "prescan finds <meta charset>");
	const char *m2 = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-jp\">";
	is(charset_prescan(m2, strlen(m2)), "EUC-JP", "prescan finds http-equiv content-type");
	const char *m3 = "<meta content=\"text/html; charset=euc-jp\">";
	ok(charset_prescan(m3, strlen(m3)) == NULL, "content without http-equiv is not a declaration");
	const char *m4 = "<!-- <meta charset=koi8-r> --><meta charset=utf-8>";
	is(charset_prescan(m4, strlen(m4)), "UTF-8", "a declaration inside a comment does not count");
	const char *m5 = "<meta charset=utf-16le>";
	is(charset_prescan(m5, strlen(m5)), "UTF-8", "a page cannot declare itself UTF-16");

	const char *used;
	/* "Привет" in windows-1251 */
	const char cp1251[] = "<meta charset=windows-1251><p>\xCF\xF0\xE8\xE2\xE5\xF2</p>";
	char *s = decode(cp1251, sizeof cp1251 - 1, NULL, &used);
	ok(s && strstr(s, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"), "windows-1251 by <meta>");
	free(s);
	/* the same word in KOI8-R, labelled by HTTP */
	const char koi[] = "<p>\xF0\xD2\xC9\xD7\xC5\xD4</p>";
	s = decode(koi, sizeof koi - 1, "text/html; charset=KOI8-R", &used);
	ok(s && strstr(s, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"), "KOI8-R by HTTP header");
	free(s);
	/* "日本" in Shift_JIS, in EUC-JP; "中文" in GBK; "中文" in Big5; "한국" in EUC-KR */
	s = decode("\x93\xFA\x96\x7B", 4, "text/html; charset=shift_jis", &used);
	is(s, "\xE6\x97\xA5\xE6\x9C\xAC", "Shift_JIS");
	free(s);
	s = decode("\xC6\xFC\xCB\xDC", 4, "text/html; charset=euc-jp", &used);
	is(s, "\xE6\x97\xA5\xE6\x9C\xAC", "EUC-JP");
	free(s);
	s = decode("\xD6\xD0\xCE\xC4", 4, "text/html; charset=gbk", &used);
	is(s, "\xE4\xB8\xAD\xE6\x96\x87", "GBK");
	free(s);
	s = decode("\xA4\xA4\xA4\xE5", 4, "text/html; charset=big5", &used);
	is(s, "\xE4\xB8\xAD\xE6\x96\x87", "Big5");
	free(s);
	s = decode("\xC7\xD1\xB1\xB9", 4, "text/html; charset=euc-kr", &used);
	is(s, "\xED\x95\x9C\xEA\xB5\xAD", "EUC-KR");
	free(s);
	s = decode("\xFF\xFEh\0i\0", 6, "text/html; charset=iso-8859-1", &used);
	is(s, "hi", "a UTF-16LE byte-order mark wins over the header");
	free(s);
	s = decode("\xFE\xFF\0h\0i", 6, NULL, &used);
	is(s, "hi", "UTF-16BE with a byte-order mark");
	free(s);
	s = decode("\xEF\xBB\xBFok", 5, NULL, &used);
	is(s, "ok", "the UTF-8 byte-order mark is removed");
	free(s);
	s = decode("caf\xE9", 4, NULL, &used);
	is(s, "caf\xC3\xA9", "no label and not UTF-8: windows-1252");
	is(used, "CP1252", "and says so");
	free(s);
	s = decode("caf\xC3\xA9", 5, "text/html; charset=iso-8859-1", &used);
	is(s, "caf\xC3\xA9", "valid UTF-8 under a Latin-1 label is read as UTF-8");
	free(s);
	s = decode("a\xFF" "b\xC3", 4, "text/html; charset=utf-8", &used);
	is(s, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD", "invalid UTF-8 bytes become U+FFFD");
	free(s);
	s = decode("\x82\xA0\xFF\x82", 4, "text/html; charset=shift_jis", &used);
	ok(s && utf8_valid(s, strlen(s)) && strstr(s, "\xEF\xBF\xBD"),
	   "invalid Shift_JIS becomes U+FFFD and the rest still decodes");
	free(s);
	s = decode("\x81x\x90y", 4, "text/html; charset=windows-1252", &used);
	ok(s && utf8_valid(s, strlen(s)) && strchr(s, 'x') && strchr(s, 'y'),
	   "bytes windows-1252 leaves undefined are replaced, not dropped with their neighbours");
	free(s);
	return done_testing();
}
