/* url.c — URL helpers over libcurl's URL API. */
#include <config.h>

#include "url.h"

#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool url_is_http(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0;
}

bool url_has_scheme(const char *s)
{
	const char *p = s;
	if (!((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
		return false;
	while (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || (*p >= '0' && *p <= '9') ||
	       *p == '+' || *p == '-' || *p == '.')
		p++;
	return *p == ':';
}

static char *trimmed_copy(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' ||
		     s[n - 1] == '\r' || s[n - 1] == '\f'))
		n--;
	char *r = malloc(n + 1);
	if (r) {
		memcpy(r, s, n);
		r[n] = '\0';
	}
	return r;
}

char *url_resolve(const char *base, const char *ref)
{
	if (!ref)
		return NULL;
	char *r = trimmed_copy(ref);
	if (!r)
		return NULL;
	if (r[0] == '\0' || r[0] == '#' || strncasecmp(r, "javascript:", 11) == 0 ||
	    strncasecmp(r, "data:", 5) == 0 || strncasecmp(r, "vbscript:", 9) == 0) {
		free(r);
		return NULL;
	}
	if (url_has_scheme(r) && !url_is_http(r))
		return r;               /* mailto:, tel:, ftp: as they are */
	if (!base || !url_is_http(base))
		return r;
	CURLU *h = curl_url();
	if (!h)
		return r;
	char *out = NULL;
	if (curl_url_set(h, CURLUPART_URL, base, 0) == CURLUE_OK &&
	    curl_url_set(h, CURLUPART_URL, r, CURLU_ALLOW_SPACE) == CURLUE_OK &&
	    curl_url_get(h, CURLUPART_URL, &out, 0) == CURLUE_OK && out) {
		char *copy = strdup(out);
		curl_free(out);
		if (copy) {
			free(r);
			r = copy;
		}
	}
	curl_url_cleanup(h);
	return r;
}
