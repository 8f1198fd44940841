// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#define _GNU_SOURCE
/*
 * WASI files, opt-in: `wasm-bpf --dir HOST[::GUEST]` grants a directory,
 * read-only, the way wasmtime's --dir does. Without grants a guest reaches
 * no file at all, as on the upstream runtimes.
 *
 * Every path a guest names is resolved by the kernel with openat2()'s
 * RESOLVE_BENEATH from the granted directory's descriptor: "..", an absolute
 * path or a symlink that leaves the grant fails (ENOTCAPABLE), and so does a
 * /proc "magic" link (/proc/PID/exe, /proc/PID/fd/N), which would reach
 * files outside any grant. Nothing is ever opened for writing.
 *
 * Guest descriptors 0-2 are the host's stdio (wasi.c); 3 and up are the
 * grants, in the order given, then the files and directories the guest
 * opens.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "guest_mem.h"
#include "host.h"
#include "wasi_fs.h"

#define MAX_FDS 1024
#define FIRST_FD 3

enum fd_kind { FD_FREE, FD_GRANT, FD_DIR, FD_FILE };

struct guest_fd {
	enum fd_kind kind;
	int host;		/* O_RDONLY descriptor */
	char *name;		/* a grant's guest path */
	bool socket;		/* a FD_FILE the extension opened (socket_open) */
};

static struct guest_fd fds[MAX_FDS];

/* WASI rights that write (fd_datasync, fd_write, path_create_*, ...) */
#define RIGHTS_WRITE ((1ull << 0) | (1ull << 4) | (1ull << 6) | (1ull << 7) | (1ull << 9) | \
		      (1ull << 10) | (1ull << 11) | (1ull << 16) | (1ull << 19) | (1ull << 20) | \
		      (1ull << 22) | (1ull << 23) | (1ull << 24) | (1ull << 25) | (1ull << 26))
#define RIGHTS_ALL 0x1fffffffull

/* WASI oflags and lookup flags */
#define O_CREAT_W 1u
#define O_DIRECTORY_W 2u
#define O_EXCL_W 4u
#define O_TRUNC_W 8u
#define LOOKUP_SYMLINK_FOLLOW 1u

u32 wasi_errno(int e)
{
	switch (e) {
	case 0: return WASI_ESUCCESS;
	case EACCES: return 2;
	case EPERM: return 63;
	case EAGAIN: return 6;
	case EBADF: return WASI_EBADF;
	case EEXIST: return 20;
	case EFAULT: return WASI_EFAULT;
	case EINTR: return WASI_EINTR;
	case EINVAL: return WASI_EINVAL;
	case EISDIR: return 31;
	case ELOOP: return 32;
	case EMFILE: case ENFILE: return 33;
	case ENAMETOOLONG: return 37;
	case ENOENT: return 44;
	case ENOMEM: return 48;
	case ENOTDIR: return 54;
	case ENOTEMPTY: return 55;
	case EPIPE: return 64;
	case ERANGE: return 68;
	case EROFS: return 69;
	case ESPIPE: return WASI_ESPIPE;
	case EXDEV: return WASI_ENOTCAPABLE;	/* openat2: the path left the grant */
	case ENOSYS: return WASI_ENOSYS;
	default: return WASI_EIO;
	}
}

static int new_fd(enum fd_kind kind, int host_fd, char *name)
{
	int i;

	for (i = FIRST_FD; i < MAX_FDS; i++) {
		if (fds[i].kind == FD_FREE) {
			fds[i] = (struct guest_fd){ kind, host_fd, name, false };
			return i;
		}
	}
	return -1;
}

static struct guest_fd *get_fd(u32 fd)
{
	return fd >= FIRST_FD && fd < MAX_FDS && fds[fd].kind != FD_FREE ? &fds[fd] : NULL;
}

int wasi_fs_grant(const char *host_path, const char *guest_path)
{
	int dir = open(host_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	char *name;

	if (dir < 0)
		return -errno;
	name = strdup(guest_path);
	if (!name || new_fd(FD_GRANT, dir, name) < 0) {
		free(name);
		close(dir);
		return -ENOMEM;
	}
	return 0;
}

int wasi_fs_host_fd(u32 fd)
{
	struct guest_fd *f = get_fd(fd);

	return f && f->kind == FD_FILE ? f->host : -1;
}

int wasi_fs_adopt(int host_fd)
{
	int fd = new_fd(FD_FILE, host_fd, NULL);

	return fd < 0 ? -EMFILE : fd;
}

int wasi_fs_adopt_socket(int host_fd)
{
	int fd = wasi_fs_adopt(host_fd);

	if (fd >= 0)
		fds[fd].socket = true;
	return fd;
}

int wasi_fs_host_socket(u32 fd)
{
	struct guest_fd *f = get_fd(fd);

	return f && f->socket ? f->host : -1;
}

int wasi_fs_host_dir_or_file(u32 fd)
{
	struct guest_fd *f = get_fd(fd);

	return f ? f->host : -1;
}

bool wasi_fs_is_fd(u32 fd)
{
	return get_fd(fd) != NULL;
}

/* The guest's path as a C string: NULL when it is not in its memory, or holds a NUL. */
static char *guest_path(wasi_t *w, u32 off, u32 len)
{
	const char *p = guest_ptr(w->memory, off, len);
	char *s;

	if (!p || memchr(p, '\0', len) || len >= PATH_MAX)
		return NULL;
	s = malloc((size_t)len + 1);
	if (s) {
		memcpy(s, p, len);
		s[len] = '\0';
	}
	return s;
}

/* openat2 confined to the directory: never above it, never through a magic link */
static int open_beneath(int dir, const char *path, int flags, bool follow)
{
	struct open_how how = {
		.flags = (u64)(flags | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW)),
		.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS,
	};
	long fd;

	/* "" would name the directory itself, which openat2 refuses without O_PATH */
	fd = syscall(SYS_openat2, dir, *path ? path : ".", &how, sizeof(how));
	return fd < 0 ? -errno : (int)fd;
}

static struct guest_fd *dir_fd(u32 fd)
{
	struct guest_fd *f = get_fd(fd);

	return f && (f->kind == FD_GRANT || f->kind == FD_DIR) ? f : NULL;
}

u32 Z_wasi_snapshot_preview1Z_fd_prestat_get(wasi_t *w, u32 fd, u32 out_off)
{
	u8 *out = guest_ptr(w->memory, out_off, 8);
	struct guest_fd *f = get_fd(fd);

	/* wasi-libc asks 3, 4, ... and stops at the first EBADF */
	if (!f || f->kind != FD_GRANT)
		return WASI_EBADF;
	if (!out)
		return WASI_EFAULT;
	memset(out, 0, 8);	/* tag 0: a directory */
	guest_store_u32(out + 4, (u32)strlen(f->name));
	return WASI_ESUCCESS;
}

u32 Z_wasi_snapshot_preview1Z_fd_prestat_dir_name(wasi_t *w, u32 fd, u32 buf_off, u32 len)
{
	struct guest_fd *f = get_fd(fd);
	u8 *buf = guest_ptr(w->memory, buf_off, len);

	if (!f || f->kind != FD_GRANT)
		return WASI_EBADF;
	if (!buf)
		return WASI_EFAULT;
	if (len < strlen(f->name))
		return WASI_EINVAL;
	memcpy(buf, f->name, strlen(f->name));
	return WASI_ESUCCESS;
}

u32 Z_wasi_snapshot_preview1Z_path_open(wasi_t *w, u32 fd, u32 lookup, u32 path_off, u32 path_len,
					 u32 oflags, u64 rights, u64 inheriting, u32 fdflags, u32 out_off)
{
	struct guest_fd *d = dir_fd(fd);
	u8 *out = guest_ptr(w->memory, out_off, 4);
	struct stat st;
	char *path;
	int host_fd, gfd;

	(void)inheriting;
	if (!d)
		return get_fd(fd) ? 54 /* ENOTDIR */ : WASI_EBADF;
	if (!out)
		return WASI_EFAULT;
	/* read-only grants: nothing is created, truncated or opened for writing */
	if ((oflags & (O_CREAT_W | O_EXCL_W | O_TRUNC_W)) || (rights & RIGHTS_WRITE) ||
	    (fdflags & 1u /* append */))
		return WASI_ENOTCAPABLE;
	path = guest_path(w, path_off, path_len);
	if (!path)
		return path_len >= PATH_MAX ? 37 : WASI_EFAULT;
	host_fd = open_beneath(d->host, path, O_RDONLY | (oflags & O_DIRECTORY_W ? O_DIRECTORY : 0),
			       lookup & LOOKUP_SYMLINK_FOLLOW);
	free(path);
	if (host_fd < 0)
		return wasi_errno(-host_fd);
	if (fstat(host_fd, &st)) {
		close(host_fd);
		return WASI_EIO;
	}
	gfd = new_fd(S_ISDIR(st.st_mode) ? FD_DIR : FD_FILE, host_fd, NULL);
	if (gfd < 0) {
		close(host_fd);
		return 33; /* EMFILE */
	}
	guest_store_u32(out, (u32)gfd);
	return WASI_ESUCCESS;
}

u32 wasi_fs_close(u32 fd)
{
	struct guest_fd *f = get_fd(fd);

	if (!f)
		return WASI_EBADF;
	close(f->host);
	free(f->name);
	*f = (struct guest_fd){ FD_FREE, -1, NULL, false };
	return WASI_ESUCCESS;
}

static u8 file_type(mode_t m)
{
	return S_ISDIR(m) ? 3 : S_ISREG(m) ? 4 : S_ISCHR(m) ? 2 : S_ISBLK(m) ? 1 :
	       S_ISLNK(m) ? 7 : S_ISSOCK(m) ? 6 : 0;
}

u32 wasi_fs_fdstat(wasi_t *w, u32 fd, u32 out_off)
{
	struct guest_fd *f = get_fd(fd);
	u8 *out = guest_ptr(w->memory, out_off, 24);
	struct stat st;

	if (!f)
		return WASI_EBADF;
	if (!out)
		return WASI_EFAULT;
	if (fstat(f->host, &st))
		return wasi_errno(errno);
	memset(out, 0, 24);
	out[0] = file_type(st.st_mode);
	guest_store_u64(out + 8, RIGHTS_ALL & ~RIGHTS_WRITE);
	guest_store_u64(out + 16, RIGHTS_ALL & ~RIGHTS_WRITE);
	return WASI_ESUCCESS;
}

/* WASI's filestat: dev, ino, filetype, nlink, size, atim, mtim, ctim */
static void store_filestat(u8 *out, const struct stat *st)
{
	memset(out, 0, 64);
	guest_store_u64(out, (u64)st->st_dev);
	guest_store_u64(out + 8, (u64)st->st_ino);
	out[16] = file_type(st->st_mode);
	guest_store_u64(out + 24, (u64)st->st_nlink);
	guest_store_u64(out + 32, (u64)st->st_size);
	guest_store_u64(out + 40, (u64)st->st_atim.tv_sec * 1000000000ull + (u64)st->st_atim.tv_nsec);
	guest_store_u64(out + 48, (u64)st->st_mtim.tv_sec * 1000000000ull + (u64)st->st_mtim.tv_nsec);
	guest_store_u64(out + 56, (u64)st->st_ctim.tv_sec * 1000000000ull + (u64)st->st_ctim.tv_nsec);
}

u32 Z_wasi_snapshot_preview1Z_fd_filestat_get(wasi_t *w, u32 fd, u32 out_off)
{
	struct guest_fd *f = get_fd(fd);
	u8 *out = guest_ptr(w->memory, out_off, 64);
	int host = fd <= 2 ? (int)fd : f ? f->host : -1;	/* stdio, or a grant's */
	struct stat st;

	if (host < 0)
		return WASI_EBADF;
	if (!out)
		return WASI_EFAULT;
	if (fstat(host, &st))
		return wasi_errno(errno);
	store_filestat(out, &st);
	return WASI_ESUCCESS;
}

u32 Z_wasi_snapshot_preview1Z_path_filestat_get(wasi_t *w, u32 fd, u32 lookup, u32 path_off,
						 u32 path_len, u32 out_off)
{
	struct guest_fd *d = dir_fd(fd);
	u8 *out = guest_ptr(w->memory, out_off, 64);
	struct stat st;
	char *path;
	int host_fd;

	if (!d)
		return get_fd(fd) ? 54 : WASI_EBADF;
	if (!out)
		return WASI_EFAULT;
	path = guest_path(w, path_off, path_len);
	if (!path)
		return WASI_EFAULT;
	/* O_PATH: stat needs no read permission, as natively */
	host_fd = open_beneath(d->host, path, O_PATH, lookup & LOOKUP_SYMLINK_FOLLOW);
	free(path);
	if (host_fd < 0)
		return wasi_errno(-host_fd);
	if (fstat(host_fd, &st)) {
		close(host_fd);
		return wasi_errno(errno);
	}
	close(host_fd);
	store_filestat(out, &st);
	return WASI_ESUCCESS;
}

u32 Z_wasi_snapshot_preview1Z_fd_pread(wasi_t *w, u32 fd, u32 iovs_off, u32 iovs_len, u64 offset,
				       u32 out_off)
{
	int host = wasi_fs_host_fd(fd);
	u8 *out = guest_ptr(w->memory, out_off, 4);
	struct iovec iov[WASI_MAX_IOVS];
	ssize_t done;
	u32 n;

	if (host < 0)
		return WASI_EBADF;
	if (!out || wasi_guest_iovs(w, iovs_off, iovs_len, iov, &n))
		return WASI_EFAULT;
	done = preadv(host, iov, (int)n, (off_t)offset);
	if (done < 0)
		return wasi_errno(errno);
	guest_store_u32(out, (u32)done);
	return WASI_ESUCCESS;
}

/*
 * fd_readdir: entries from `cookie` on, each a 24-byte dirent (next cookie,
 * inode, name length, type) and the name, cut at the buffer's end (the
 * guest asks again with a bigger buffer). The cookie is the entry's index.
 */
u32 Z_wasi_snapshot_preview1Z_fd_readdir(wasi_t *w, u32 fd, u32 buf_off, u32 len, u64 cookie,
					 u32 out_off)
{
	struct guest_fd *d = dir_fd(fd);
	u8 *buf = guest_ptr(w->memory, buf_off, len);
	u8 *out = guest_ptr(w->memory, out_off, 4);
	struct dirent *e;
	u64 index = 0;
	u32 used = 0;
	DIR *dir;
	int dup_fd;

	if (!d)
		return get_fd(fd) ? 54 : WASI_EBADF;
	if (!buf || !out)
		return WASI_EFAULT;
	dup_fd = open_beneath(d->host, ".", O_RDONLY | O_DIRECTORY, false);
	if (dup_fd < 0)
		return wasi_errno(-dup_fd);
	dir = fdopendir(dup_fd);
	if (!dir) {
		close(dup_fd);
		return wasi_errno(errno);
	}
	while (used < len && (e = readdir(dir))) {
		u8 ent[24];
		u32 nlen = (u32)strlen(e->d_name), n;

		if (index++ < cookie)
			continue;
		guest_store_u64(ent, index);
		guest_store_u64(ent + 8, (u64)e->d_ino);
		guest_store_u32(ent + 16, nlen);
		memset(ent + 20, 0, 4);
		ent[20] = e->d_type == DT_DIR ? 3 : e->d_type == DT_REG ? 4 : e->d_type == DT_LNK ? 7 :
			  e->d_type == DT_CHR ? 2 : e->d_type == DT_BLK ? 1 : e->d_type == DT_SOCK ? 6 : 0;
		n = len - used < 24 ? len - used : 24;
		memcpy(buf + used, ent, n);
		used += n;
		n = len - used < nlen ? len - used : nlen;
		memcpy(buf + used, e->d_name, n);
		used += n;
	}
	closedir(dir);
	guest_store_u32(out, used);
	return WASI_ESUCCESS;
}

u32 Z_wasi_snapshot_preview1Z_path_readlink(wasi_t *w, u32 fd, u32 path_off, u32 path_len,
					    u32 buf_off, u32 len, u32 out_off)
{
	struct guest_fd *d = dir_fd(fd);
	char *buf = guest_ptr(w->memory, buf_off, len);
	u8 *out = guest_ptr(w->memory, out_off, 4);
	char *path, *slash, *last;
	int parent;
	ssize_t n;

	if (!d)
		return get_fd(fd) ? 54 : WASI_EBADF;
	if (!buf || !out)
		return WASI_EFAULT;
	path = guest_path(w, path_off, path_len);
	if (!path)
		return WASI_EFAULT;
	/* the link's directory is reached beneath the grant, the link itself not followed */
	slash = strrchr(path, '/');
	last = slash ? slash + 1 : path;
	if (slash)
		*slash = '\0';
	parent = open_beneath(d->host, slash ? (*path ? path : "/") : ".", O_RDONLY | O_DIRECTORY, true);
	if (parent < 0) {
		free(path);
		return wasi_errno(-parent);
	}
	n = *last && strcmp(last, "..") ? readlinkat(parent, last, buf, len) : (errno = EINVAL, -1);
	close(parent);
	free(path);
	if (n < 0)
		return wasi_errno(errno);
	guest_store_u32(out, (u32)n);
	return WASI_ESUCCESS;
}
