/* test-save.c — atomic saving that never replaces a file unasked. */
#include <config.h>

#include "save.h"
#include "tap.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	static char buf[4096];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	return buf;
}

static int entries(const char *dir)
{
	DIR *d = opendir(dir);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n;
}

int main(void)
{
	char dir[] = "/tmp/lede-save-XXXXXX";
	if (!mkdtemp(dir))
		return 99;
	char path[256];
	snprintf(path, sizeof path, "%s/article.txt", dir);

	ok(save_atomic(path, "first", 5, false) == 0, "a new file is written");
	is(slurp(path), "first", "with the data");
	errno = 0;
	ok(save_atomic(path, "second", 6, false) < 0 && errno == EEXIST, "an existing file is refused");
	is(slurp(path), "first", "and left as it was");
	ok(save_atomic(path, "third", 5, true) == 0, "with force it is replaced");
	is(slurp(path), "third", "by the new data");
	is_int(entries(dir), 1, "no temporary file is left behind");

	struct stat st;
	mode_t um = umask(022);
	umask(um);
	stat(path, &st);
	is_int(st.st_mode & 0777, 0666 & ~um, "the file gets the usual permissions, not mkstemp's 0600");

	char missing[300];
	snprintf(missing, sizeof missing, "%s/no/such/dir.txt", dir);
	ok(save_atomic(missing, "x", 1, false) < 0 && errno == ENOENT, "a missing folder is an error");

	if (geteuid() != 0) {
		chmod(dir, 0555);
		char other[300];
		snprintf(other, sizeof other, "%s/other.txt", dir);
		ok(save_atomic(other, "x", 1, false) < 0 && errno == EACCES, "an unwritable folder is an error");
		chmod(dir, 0755);
	} else {
		ok(1, "# SKIP unwritable folders cannot be tested as root");
	}
	unlink(path);
	rmdir(dir);
	return done_testing();
}
