/* test-fetch.c — reading files and refusing what lede does not fetch. No
 * network: the one HTTP attempt goes to a closed port on 127.0.0.1. */
#include <config.h>

#include "fetch.h"
#include "pipeline.h"
#include "tap.h"

#include <stdlib.h>
#include <unistd.h>

int main(void)
{
	char path[] = "/tmp/lede-fetch-XXXXXX";
	int fd = mkstemp(path);
	const char page[] = "<html><body><p>hello</p></body></html>";
	if (fd < 0 || write(fd, page, sizeof page - 1) != (ssize_t)(sizeof page - 1))
		return 99;
	close(fd);

	struct fetched f;
	char *err = NULL;
	ok(fetch_source(path, NULL, &f, &err) == 0, "a file is read");
	ok(f.len == sizeof page - 1 && memcmp(f.data, page, f.len) == 0, "all of it");
	ok(f.url == NULL && f.content_type == NULL, "a file has no URL or content type");
	fetched_free(&f);

	struct fetch_options small = { 0, 10, NULL, false };
	/* (the call first: the arguments of ok() have no order) */
	int st = fetch_source(path, &small, &f, &err);
	ok(st < 0 && err && strstr(err, "10 bytes"), "a file over --max-size is refused: %s",
	   err ? err : "");
	free(err);
	err = NULL;

	ok(fetch_source("/nonexistent/page.html", NULL, &f, &err) < 0 && err &&
	   strstr(err, "No such file"), "a missing file says so");
	free(err);
	ok(fetch_source("/tmp", NULL, &f, &err) < 0 && err && strstr(err, "directory"),
	   "a directory says so");
	free(err);
	ok(fetch_source("ftp://example.com/x", NULL, &f, &err) < 0 && err && strstr(err, "http"),
	   "an ftp:// address is refused without touching the network");
	free(err);
	err = NULL;
	st = fetch_source("http://127.0.0.1:1/", NULL, &f, &err);
	ok(st < 0 && err && strstr(err, "could not connect"), "a refused connection is reported: %s",
	   err ? err : "");
	free(err);
	err = NULL;

	ok(pipeline_not_html("%PDF-1.7\n", 9, NULL) != NULL, "a PDF is recognized by its bytes");
	ok(pipeline_not_html("<html>", 6, "image/png") != NULL, "an image by its content type");
	ok(pipeline_not_html("<html>", 6, "text/html; charset=utf-8") == NULL, "HTML is HTML");
	ok(pipeline_not_html("\n{\"x\": [1, 2, 3]}", 16, NULL) != NULL, "JSON is recognized by its bytes");
	const char *rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title>";
	ok(pipeline_not_html(rss, strlen(rss), "application/xml") != NULL, "a feed is named as one, however labelled");
	ok(pipeline_not_html("[Intro] <p>Hello</p>", 20, NULL) == NULL,
	   "but not a page that opens with a bracket");
	ok(pipeline_not_html("<html>", 6, NULL) == NULL, "so is a file that looks like it");

	struct article a;
	ok(pipeline_load(path, NULL, &a, &err, NULL) == 0, "the whole pipeline reads the file");
	ok(a.nblocks == 1 && strcmp(a.blocks[0].text, "hello") == 0, "and finds its text");
	article_free(&a);
	unlink(path);
	fetch_cleanup();
	return done_testing();
}
