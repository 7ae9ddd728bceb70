/* sanitize.h — for a build with --enable-sanitizers: how ASan behaves in
 * lede and its tests. lede copes with memory it cannot have (an error, not
 * a crash), so a failed allocation returns NULL as it does in a normal
 * build instead of ending the program. Included once by each program's
 * main file; nothing in other builds. */
#ifndef LEDE_SANITIZE_H
#define LEDE_SANITIZE_H

#ifdef LEDE_SANITIZERS
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "allocator_may_return_null=1";
}
#endif

#endif
