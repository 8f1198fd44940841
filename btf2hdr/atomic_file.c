// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "errmsg.h"

static int write_fd(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t n = write(fd, buf, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		if (n == 0)
			return -EIO;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

static int write_stdout(const void *buf, size_t len, char *err, size_t err_sz)
{
	int ret;

	if (fflush(stdout))
		return errmsg(err, err_sz, -errno, "write failed: %s", strerror(errno));
	ret = write_fd(STDOUT_FILENO, buf, len);
	if (ret)
		return errmsg(err, err_sz, ret, "write failed: %s", strerror(-ret));
	return 0;
}

/* The mode the new file gets: the old file's, or what open(2) would give. */
static mode_t output_mode(const char *path)
{
	struct stat st;
	mode_t mask;

	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return st.st_mode & 07777;
	mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

int atomic_write(const char *path, const void *buf, size_t len, char *err, size_t err_sz)
{
	const char *slash;
	size_t dir_len;
	char *tmp;
	int fd, ret;

	if (!path)
		return write_stdout(buf, len, err, err_sz);
	/* "DIR/.NAME.XXXXXX": in OUT's directory, so rename cannot cross filesystems */
	slash = strrchr(path, '/');
	dir_len = slash ? (size_t)(slash - path) + 1 : 0;
	tmp = malloc(strlen(path) + 16);
	if (!tmp)
		return errmsg(err, err_sz, -ENOMEM, "out of memory");
	sprintf(tmp, "%.*s.%s.XXXXXX", (int)dir_len, path, path + dir_len);
	fd = mkstemp(tmp);
	if (fd < 0) {
		ret = errmsg(err, err_sz, -errno, "cannot create a temporary file next to it: %s",
			   strerror(errno));
		free(tmp);
		return ret;
	}
	ret = fchmod(fd, output_mode(path)) ? -errno : 0;
	ret = ret ? ret : write_fd(fd, buf, len);
	ret = ret ? ret : fsync(fd) ? -errno : 0;
	/* close reports errors some filesystems defer (NFS) */
	if (close(fd) && !ret)
		ret = -errno;
	if (!ret && rename(tmp, path))
		ret = -errno;
	if (ret) {
		unlink(tmp);
		errmsg(err, err_sz, ret, "write failed: %s", strerror(-ret));
	}
	free(tmp);
	return ret;
}
