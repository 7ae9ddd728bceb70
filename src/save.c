/* save.c — atomic, non-clobbering file writes. */
#include <config.h>

#include "save.h"
#include "i18n.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int save_atomic(const char *path, const char *data, size_t len, bool force)
{
	/* a symbolic link at the target is never written through nor
	 * replaced, even when told to replace */
	struct stat st;
	if (lstat(path, &st) == 0) {
		if (S_ISLNK(st.st_mode)) {
			errno = ELOOP;
			return -1;
		}
		if (S_ISDIR(st.st_mode)) {
			errno = EISDIR;
			return -1;
		}
		/* a device, a pipe or a socket would be replaced by a file:
		 * never what was meant ("-o /dev/full") */
		if (!S_ISREG(st.st_mode)) {
			errno = ESPIPE;
			return -1;
		}
		if (!force) {
			errno = EEXIST;
			return -1;
		}
	}
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	const char *base = slash ? slash + 1 : path;
	size_t tl = dirlen + strlen(base) + 16;
	char *tmp = malloc(tl);
	if (!tmp)
		return -1;
	snprintf(tmp, tl, "%.*s.%s.XXXXXX", (int)dirlen, path, base);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		int e = errno;
		/* a folder that is there but takes no new files (/proc) */
		if (e == ENOENT) {
			char dir[4096];
			snprintf(dir, sizeof dir, "%.*s", dirlen ? (int)dirlen : 1, dirlen ? path : ".");
			struct stat ds;
			if (stat(dir, &ds) == 0 && S_ISDIR(ds.st_mode))
				e = EOPNOTSUPP;
		}
		free(tmp);
		errno = e;
		return -1;
	}
	/* mkstemp makes the file private; give it the usual permissions */
	mode_t um = umask(0);
	umask(um);
	int e = 0;
	if (fchmod(fd, 0666 & ~um) < 0 || write_all(fd, data, len) < 0 || fsync(fd) < 0)
		e = errno;
	if (close(fd) < 0 && !e)
		e = errno;
	if (!e) {
		if (force) {
			if (rename(tmp, path) < 0)
				e = errno;
		} else if (link(tmp, path) < 0) {
			/* link() refuses to replace; a file system without hard
			 * links gets an exclusive create and a rename instead */
			e = errno;
			if (e == EPERM || e == ENOTSUP || e == EXDEV) {
				int x = open(path, O_WRONLY | O_CREAT | O_EXCL, 0666);
				if (x < 0) {
					e = errno;
				} else {
					close(x);
					e = rename(tmp, path) < 0 ? errno : 0;
				}
			}
		}
	}
	unlink(tmp);
	free(tmp);
	if (e) {
		errno = e;
		return -1;
	}
	/* the new name itself is on the disk too */
	char dir[4096];
	snprintf(dir, sizeof dir, "%.*s", dirlen ? (int)dirlen : 1, dirlen ? path : ".");
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	return 0;
}

const char *save_error(int e)
{
	switch (e) {
	case ENOENT: case ENOTDIR:
		return _("no such directory");
	case EACCES: case EPERM:
		return _("permission denied");
	case EROFS:
		return _("the file system is read-only");
	case ENOSPC: case EDQUOT:
		return _("no space left on the disk");
	case EFBIG:
		return _("the file would be too large");
	case ELOOP:
		return _("it is a symbolic link; lede does not write through one");
	case EISDIR:
		return _("it is a directory");
	case EEXIST:
		return _("the file exists");
	case ESPIPE:
		return _("it is not a regular file (a device, a pipe or a socket)");
	case EOPNOTSUPP:
		return _("files cannot be made in that folder");
	default:
		return strerror(e);
	}
}
