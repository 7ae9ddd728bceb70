/* test-save.c — atomic saving that never replaces a file unasked. */
#include <config.h>

#include "save.h"
#include "tap.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <signal.h>
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
	/* a symbolic link at the target: never written through, never replaced */
	char target[300], link_path[300];
	snprintf(target, sizeof target, "%s/target.txt", dir);
	snprintf(link_path, sizeof link_path, "%s/link.txt", dir);
	FILE *t = fopen(target, "w");
	fputs("precious", t);
	fclose(t);
	ok(symlink(target, link_path) == 0, "a link to a file");
	errno = 0;
	ok(save_atomic(link_path, "x", 1, false) < 0 && errno == ELOOP, "saving to a link is refused");
	errno = 0;
	ok(save_atomic(link_path, "x", 1, true) < 0 && errno == ELOOP, "even with force");
	is(slurp(target), "precious", "the file it points to is untouched");
	struct stat ls;
	ok(lstat(link_path, &ls) == 0 && S_ISLNK(ls.st_mode), "and the link is still a link");
	unlink(link_path);
	ok(symlink("/nonexistent/dangling", link_path) == 0 && save_atomic(link_path, "x", 1, true) < 0 &&
	   errno == ELOOP, "a dangling link is refused too");
	unlink(link_path);
	unlink(target);
	errno = 0;
	ok(save_atomic(dir, "x", 1, true) < 0 && errno == EISDIR, "a directory is not replaced");
	struct stat dev;
	errno = 0;
	ok(stat("/dev/null", &dev) == 0 && save_atomic("/dev/null", "x", 1, true) < 0 && errno == ESPIPE &&
	   stat("/dev/null", &dev) == 0 && S_ISCHR(dev.st_mode),
	   "a device is not replaced by a file, even with force");
	is(save_error(ESPIPE), "it is not a regular file (a device, a pipe or a socket)", "and says so");
	struct stat proc;
	if (stat("/proc/self", &proc) == 0) {
		errno = 0;
		ok(save_atomic("/proc/lede-test.txt", "x", 1, false) < 0 && errno == EOPNOTSUPP,
		   "a folder that takes no new files is no missing folder (%s)", strerror(errno));
	} else {
		ok(1, "# SKIP /proc is not mounted");
	}

	/* a write that fails half way (a file size limit, as a full disk
	 * would): an error, and no temporary file left */
	struct rlimit old_fsize, small = { 4096, 4096 };
	getrlimit(RLIMIT_FSIZE, &old_fsize);
	signal(SIGXFSZ, SIG_IGN);
	static char big[65536];
	memset(big, 'x', sizeof big);
	char bigpath[300];
	snprintf(bigpath, sizeof bigpath, "%s/big.txt", dir);
	setrlimit(RLIMIT_FSIZE, &small);
	errno = 0;
	int r = save_atomic(bigpath, big, sizeof big, false);
	int e = errno;
	setrlimit(RLIMIT_FSIZE, &old_fsize);
	ok(r < 0 && e == EFBIG, "a write that fails is an error");
	is_int(entries(dir), 1, "and leaves no temporary file (nor the file)");

	is(save_error(ENOENT), "no such directory", "a missing directory, said plainly");
	is(save_error(ENOSPC), "no space left on the disk", "a full disk");
	is(save_error(EROFS), "the file system is read-only", "a read-only file system");
	is(save_error(EACCES), "permission denied", "a folder one may not write in");

	unlink(path);
	rmdir(dir);
	return done_testing();
}
