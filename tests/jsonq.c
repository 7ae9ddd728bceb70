/* jsonq.c — a small JSON query for the shell tests: reads JSON objects, one
 * a line, from standard input and prints what a path names.
 *
 *   jsonq .title            the value (strings raw, others as JSON)
 *   jsonq .blocks[0].type   into arrays and objects
 *   jsonq -l .blocks        the length of an array
 *   jsonq -k                the keys of the top object, one a line
 *   jsonq -n                the number of objects read
 * A line that is not valid JSON makes it fail with status 1. */
#include <config.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_t *lookup(json_t *v, const char *path)
{
	const char *p = path;
	while (*p && v) {
		if (*p == '.') {
			p++;
			size_t n = strcspn(p, ".[");
			if (n == 0)
				continue;
			char key[256];
			if (n >= sizeof key)
				return NULL;
			memcpy(key, p, n);
			key[n] = '\0';
			v = json_object_get(v, key);
			p += n;
		} else if (*p == '[') {
			char *end;
			long i = strtol(p + 1, &end, 10);
			if (*end != ']')
				return NULL;
			v = json_array_get(v, (size_t)i);
			p = end + 1;
		} else {
			return NULL;
		}
	}
	return v;
}

static void print(json_t *v)
{
	if (json_is_string(v)) {
		fwrite(json_string_value(v), 1, json_string_length(v), stdout);
		putchar('\n');
	} else if (!v) {
		puts("undefined");
	} else {
		char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
		puts(s ? s : "?");
		free(s);
	}
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 && argv[1][0] == '-' ? argv[1] : "";
	const char *path = argc > (*mode ? 2 : 1) ? argv[*mode ? 2 : 1] : "";
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int objects = 0;
	while ((len = getline(&line, &cap, stdin)) > 0) {
		if (len == 1 && line[0] == '\n')
			continue;
		json_error_t e;
		json_t *v = json_loadb(line, (size_t)len, 0, &e);
		if (!v) {
			fprintf(stderr, "jsonq: line %d: %s\n", objects + 1, e.text);
			return 1;
		}
		objects++;
		if (!strcmp(mode, "-k")) {
			const char *k;
			json_t *x;
			json_object_foreach(v, k, x)
				puts(k);
		} else if (!strcmp(mode, "-l")) {
			json_t *x = lookup(v, path);
			printf("%zu\n", json_is_array(x) ? json_array_size(x) : (size_t)0);
		} else if (strcmp(mode, "-n") != 0) {
			print(lookup(v, path));
		}
		json_decref(v);
	}
	free(line);
	if (!strcmp(mode, "-n"))
		printf("%d\n", objects);
	return 0;
}
