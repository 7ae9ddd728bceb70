/* test-url.c — resolving links and telling sources apart. */
#include <config.h>

#include "tap.h"
#include "url.h"

#include <stdlib.h>

static void resolves(const char *base, const char *ref, const char *want, const char *what)
{
	char *got = url_resolve(base, ref);
	is(got, want, "%s", what);
	free(got);
}

int main(void)
{
	ok(url_is_http("HTTPS://example.com/"), "https in capitals is http(s)");
	ok(!url_is_http("ftp://example.com/"), "ftp is not");
	ok(url_has_scheme("mailto:a@b.c"), "mailto: is a scheme");
	ok(!url_has_scheme("/path:with:colons"), "a path is not");
	ok(!url_has_scheme("C"), "a bare word is not");

	const char *base = "https://example.com/news/2024/story.html?x=1";
	resolves(base, "other.html", "https://example.com/news/2024/other.html", "a relative path");
	resolves(base, "../index.html", "https://example.com/news/index.html", "a parent path");
	resolves(base, "/about", "https://example.com/about", "an absolute path");
	resolves(base, "//cdn.example.org/a", "https://cdn.example.org/a", "a scheme-relative address");
	resolves(base, "  https://other.example/x \n", "https://other.example/x", "blanks around an address go");
	resolves(base, "mailto:desk@example.com", "mailto:desk@example.com", "mailto: stays as it is");
	resolves(NULL, "story.html", "story.html", "without a base, a relative link stays relative");
	/* RFC 3986, 5.4: normal and abnormal examples (with the trailing
	 * slash the URL standard gives an empty path) */
	static const char *const rfc[][2] = {
		{ "g", "http://a/b/c/g" }, { "./g", "http://a/b/c/g" }, { "g/", "http://a/b/c/g/" },
		{ "/g", "http://a/g" }, { "//g", "http://g/" }, { "?y", "http://a/b/c/d;p?y" },
		{ "g?y", "http://a/b/c/g?y" }, { "g#s", "http://a/b/c/g#s" }, { ";x", "http://a/b/c/;x" },
		{ "g;x?y#s", "http://a/b/c/g;x?y#s" }, { ".", "http://a/b/c/" }, { "./", "http://a/b/c/" },
		{ "..", "http://a/b/" }, { "../", "http://a/b/" }, { "../g", "http://a/b/g" },
		{ "../..", "http://a/" }, { "../../", "http://a/" }, { "../../g", "http://a/g" },
		{ "../../../g", "http://a/g" }, { "/./g", "http://a/g" }, { "/../g", "http://a/g" },
		{ "g.", "http://a/b/c/g." }, { ".g", "http://a/b/c/.g" }, { "g..", "http://a/b/c/g.." },
		{ "./../g", "http://a/b/g" }, { "./g/.", "http://a/b/c/g/" }, { "g/./h", "http://a/b/c/g/h" },
		{ "g/../h", "http://a/b/c/h" }, { "g;x=1/./y", "http://a/b/c/g;x=1/y" },
		{ "g;x=1/../y", "http://a/b/c/y" }, { "g:h", "g:h" },
	};
	for (size_t i = 0; i < sizeof rfc / sizeof *rfc; i++)
		resolves("http://a/b/c/d;p?q", rfc[i][0], rfc[i][1], rfc[i][0]);
	resolves(base, "HTTPS://Example.COM/Path", "https://example.com/Path", "scheme and host in lower case");
	resolves(base, "a b\\c.html", "https://example.com/news/2024/a%20b/c.html",
		 "blanks encoded, backslashes read as slashes");
	ok(url_resolve(base, "#comments") == NULL, "a link to a spot on the page is no link");
	ok(url_resolve(base, "javascript:void(0)") == NULL, "javascript: is no link");
	ok(url_resolve(base, "JavaScript:alert(1)") == NULL, "in any case");
	ok(url_resolve(base, "data:text/html,x") == NULL, "data: is no link");
	ok(url_resolve(base, "") == NULL, "an empty link is no link");
	return done_testing();
}
