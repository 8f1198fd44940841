// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Where compiled modules are kept, and why they can be trusted.
 *
 * The driver executes what it finds in the cache, often as root, so
 * whoever can write there runs code as the user. The rules:
 *
 *  - Location: $WASM_BPF_CACHE, else $XDG_CACHE_HOME/wasm-bpf, else
 *    $HOME/.cache/wasm-bpf, else /var/cache/wasm-bpf for root and
 *    /tmp/wasm-bpf-cache-UID for other users. A relative path is taken
 *    from the working directory (getcwd, which has no symlinks).
 *  - Every directory from / down is opened with O_NOFOLLOW relative to the
 *    one above it (openat) and checked on the open descriptor (fstat), so
 *    what is checked is what is used. Each must be owned by root or by us,
 *    and not writable by group or others unless sticky (/tmp: there only
 *    an entry's owner may rename or remove it, and the entry below is
 *    checked in turn). A symlink anywhere is refused: whoever owns the
 *    directory it sits in decides where it points.
 *  - The cache directory itself must be ours and writable by no one else.
 *    Read or search bits for others are removed (an old 0755 cache is
 *    safe: nobody else could write to it); a directory others could write
 *    to is refused, since its entries may have been swapped already.
 *  - Missing directories are created 0700. A directory someone else made
 *    in a sticky /tmp (the name is predictable) is refused, not replaced:
 *    the user is told to set WASM_BPF_CACHE.
 *  - An entry runs only if, opened with O_NOFOLLOW, it is a regular file
 *    of ours, writable by no one else; it is executed through that
 *    descriptor (fexecve), so it cannot be replaced between check and
 *    exec. A bad entry is refused, never run and never silently replaced.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "refuse.h"


static int cache_path(char *path, size_t path_sz, char *err, size_t err_sz)
{
	const char *env = getenv("WASM_BPF_CACHE"), *home = getenv("HOME");
	char cwd[CACHE_PATH_MAX];
	int n;

	if (env && *env)
		n = snprintf(path, path_sz, "%s", env);
	else if ((env = getenv("XDG_CACHE_HOME")) && *env)
		n = snprintf(path, path_sz, "%s/wasm-bpf", env);
	else if (home && *home)
		n = snprintf(path, path_sz, "%s/.cache/wasm-bpf", home);
	else if (geteuid() == 0)
		n = snprintf(path, path_sz, "/var/cache/wasm-bpf");
	else
		n = snprintf(path, path_sz, "/tmp/wasm-bpf-cache-%u", (unsigned)geteuid());
	if (n < 0 || (size_t)n >= path_sz)
		return refuse(err, err_sz, "the cache directory's path is too long");
	if (path[0] != '/') {
		if (!getcwd(cwd, sizeof(cwd)))
			return refuse(err, err_sz, "cache directory %s: cannot get the working directory: %s",
				      path, strerror(errno));
		n = snprintf(cwd + strlen(cwd), sizeof(cwd) - strlen(cwd), "/%s", path);
		if (n < 0 || (size_t)n >= sizeof(cwd) - strlen(cwd) || strlen(cwd) >= path_sz)
			return refuse(err, err_sz, "the cache directory's path is too long");
		strcpy(path, cwd);
	}
	return 0;
}

/* A directory on the way to the cache (last: the cache itself). */
static int check_dir(int fd, const char *shown, bool last, char *err, size_t err_sz)
{
	uid_t me = geteuid();
	struct stat st;

	if (fstat(fd, &st))
		return refuse(err, err_sz, "cache directory: %s: %s", shown, strerror(errno));
	if (last && st.st_uid != me)
		return refuse(err, err_sz, "cache directory %s is owned by uid %u, not by uid %u: not using it (set WASM_BPF_CACHE)",
			      shown, (unsigned)st.st_uid, (unsigned)me);
	if (!last && st.st_uid != me && st.st_uid != 0)
		return refuse(err, err_sz, "cache directory: %s is owned by uid %u, neither root nor uid %u: not using it (set WASM_BPF_CACHE)",
			      shown, (unsigned)st.st_uid, (unsigned)me);
	if ((st.st_mode & (S_IWGRP | S_IWOTH)) && (last || !(st.st_mode & S_ISVTX)))
		return refuse(err, err_sz, "cache directory%s %s is writable by group or others (mode %04o): not using it",
			      last ? "" : ": parent", shown, (unsigned)(st.st_mode & 07777));
	/* ours and writable by no one else: other bits can only go */
	if (last && (st.st_mode & 07777) != 0700 && fchmod(fd, 0700))
		return refuse(err, err_sz, "cache directory %s: cannot make it mode 0700: %s", shown,
			      strerror(errno));
	return 0;
}

/* Opens component `name` below dir_fd, creating it if missing. */
static int open_component(int dir_fd, const char *name, const char *shown, char *err,
			  size_t err_sz)
{
	const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
	struct stat st;
	int fd = openat(dir_fd, name, flags);

	if (fd < 0 && errno == ENOENT) {
		if (mkdirat(dir_fd, name, 0700) && errno != EEXIST)
			return refuse(err, err_sz, "cannot create the cache directory %s: %s", shown,
				      strerror(errno));
		fd = openat(dir_fd, name, flags);
	}
	if (fd >= 0)
		return fd;
	if ((errno == ELOOP || errno == ENOTDIR) && !fstatat(dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) &&
	    S_ISLNK(st.st_mode))
		return refuse(err, err_sz, "cache directory: %s is a symlink: not following it (set WASM_BPF_CACHE to a path without symlinks)",
			      shown);
	return refuse(err, err_sz, "cache directory: %s: %s", shown, strerror(errno));
}

int cache_open(char *path, size_t path_sz, char *err, size_t err_sz)
{
	char walk[CACHE_PATH_MAX], shown[CACHE_PATH_MAX] = "";
	char *names[CACHE_PATH_MAX / 2], *name, *save;
	int n = 0, fd;

	if (cache_path(path, path_sz, err, err_sz))
		return -1;
	snprintf(walk, sizeof(walk), "%s", path);
	for (name = strtok_r(walk, "/", &save); name; name = strtok_r(NULL, "/", &save)) {
		if (!strcmp(name, ".."))
			return refuse(err, err_sz, "cache directory %s: '..' in the path is not followed", path);
		if (strcmp(name, "."))
			names[n++] = name;
	}
	if (n == 0)
		return refuse(err, err_sz, "the cache directory cannot be /");
	fd = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 || check_dir(fd, "/", false, err, err_sz)) {
		if (fd >= 0)
			close(fd);
		return fd < 0 ? refuse(err, err_sz, "cache directory: /: %s", strerror(errno)) : -1;
	}
	for (int i = 0; i < n; i++) {
		int sub;

		snprintf(shown + strlen(shown), sizeof(shown) - strlen(shown), "/%s", names[i]);
		sub = open_component(fd, names[i], shown, err, err_sz);
		close(fd);
		if (sub < 0)
			return -1;
		if (check_dir(sub, shown, i == n - 1, err, err_sz)) {
			close(sub);
			return -1;
		}
		fd = sub;
	}
	return fd;
}

int cache_entry_open(int dir_fd, const char *dir, const char *name, char *err, size_t err_sz)
{
	/* O_NONBLOCK: a FIFO planted at the name must not hang the open */
	int fd = openat(dir_fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	uid_t me = geteuid();
	struct stat st;

	if (fd < 0 && errno == ENOENT)
		return -1;
	if (fd < 0 && errno == ELOOP)
		refuse(err, err_sz, "cached program %s/%s is a symlink: not running it (remove it)", dir, name);
	else if (fd < 0 || fstat(fd, &st))
		refuse(err, err_sz, "cached program %s/%s: %s", dir, name, strerror(errno));
	else if (!S_ISREG(st.st_mode))
		refuse(err, err_sz, "cached program %s/%s is not a regular file: not running it (remove it)",
		       dir, name);
	else if (st.st_uid != me)
		refuse(err, err_sz, "cached program %s/%s is owned by uid %u, not by uid %u: not running it (remove it)",
		       dir, name, (unsigned)st.st_uid, (unsigned)me);
	else if (st.st_mode & (S_IWGRP | S_IWOTH))
		refuse(err, err_sz, "cached program %s/%s is writable by group or others (mode %04o): not running it (remove it)",
		       dir, name, (unsigned)(st.st_mode & 07777));
	else
		return fd;
	if (fd >= 0)
		close(fd);
	return -2;
}
