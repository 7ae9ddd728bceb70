/* tap.h — the Test Anything Protocol for the unit tests: each check prints
 * "ok N - what" or "not ok N - what", and done_testing() the plan. */
#ifndef LEDE_TAP_H
#define LEDE_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "sanitize.h"

static int tap_count, tap_failures;

static void tap_vresult(int pass, const char *file, int line, const char *fmt, va_list ap)
{
	tap_count++;
	printf("%s %d - ", pass ? "ok" : "not ok", tap_count);
	vprintf(fmt, ap);
	putchar('\n');
	if (!pass) {
		tap_failures++;
		printf("#   failed at %s:%d\n", file, line);
	}
	fflush(stdout);
}

static __attribute__((unused)) int tap_ok(int pass, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static __attribute__((unused)) int tap_ok(int pass, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tap_vresult(pass, file, line, fmt, ap);
	va_end(ap);
	return pass;
}

/* Print a string for a diagnostic with its control characters visible. */
static __attribute__((unused)) void tap_show(const char *label, const char *s)
{
	printf("#   %s: ", label);
	if (!s) {
		printf("(null)\n");
		return;
	}
	putchar('"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7F)
			printf("\\x%02X", *p);
		else
			putchar(*p);
	printf("\"\n");
}

static __attribute__((unused)) int tap_is(const char *got, const char *want, const char *file, int line,
		  const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static __attribute__((unused)) int tap_is(const char *got, const char *want, const char *file, int line,
		  const char *fmt, ...)
{
	int pass = (!got && !want) || (got && want && strcmp(got, want) == 0);
	va_list ap;
	va_start(ap, fmt);
	tap_vresult(pass, file, line, fmt, ap);
	va_end(ap);
	if (!pass) {
		tap_show("got     ", got);
		tap_show("expected", want);
	}
	return pass;
}

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
#define is(got, want, ...) tap_is((got), (want), __FILE__, __LINE__, __VA_ARGS__)
#define is_int(got, want, ...) \
	do { \
		long long g_ = (long long)(got), w_ = (long long)(want); \
		if (!tap_ok(g_ == w_, __FILE__, __LINE__, __VA_ARGS__)) \
			printf("#   got %lld, expected %lld\n", g_, w_); \
	} while (0)

static __attribute__((unused)) void skip(const char *desc, const char *why)
{
	printf("ok %d - %s # SKIP %s\n", ++tap_count, desc, why);
}

static __attribute__((unused)) void diag(const char *msg)
{
	printf("# %s\n", msg);
}

static __attribute__((unused)) int done_testing(void)
{
	printf("1..%d\n", tap_count);
	return tap_failures ? 1 : 0;
}

#endif
