// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#define _GNU_SOURCE
/*
 * WASI preview1, as much as C guests of wasm-bpf need: arguments, an empty
 * environment, clocks, stdin/stdout/stderr, sleeps through poll_oneoff,
 * random bytes and exit; the directories --dir grants, read-only (wasi_fs.c:
 * without grants, like the upstream hosts, no file at all). Everything else
 * answers ENOSYS (every import must exist, or a module that names it would
 * not link).
 *
 * Blocking calls are where the guest's signal handlers run (signals.c):
 * after a handler ran, a sleep or a read returns EINTR, once.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "guest_mem.h"
#include "host.h"
#include "wasi_fs.h"

typedef struct Z_wasi_snapshot_preview1_instance_t wasi_t;

/* --- arguments and environment */

static u32 strings_sizes(wasi_t *w, int n, char **v, u32 count_off, u32 size_off)
{
	void *pc = guest_ptr(w->memory, count_off, 4), *ps = guest_ptr(w->memory, size_off, 4);
	u32 total = 0;
	int i;

	if (!pc || !ps)
		return WASI_EFAULT;
	for (i = 0; i < n; i++)
		total += (u32)strlen(v[i]) + 1;
	guest_store_u32(pc, (u32)n);
	guest_store_u32(ps, total);
	return WASI_ESUCCESS;
}

static u32 strings_get(wasi_t *w, int n, char **v, u32 ptrs_off, u32 buf_off)
{
	int i;

	for (i = 0; i < n; i++) {
		u32 len = (u32)strlen(v[i]) + 1;
		void *slot = guest_ptr(w->memory, ptrs_off + 4 * (u32)i, 4);
		void *dst = guest_ptr(w->memory, buf_off, len);

		if (!slot || !dst || ptrs_off + 4 * (u64)i > UINT32_MAX)
			return WASI_EFAULT;
		memcpy(dst, v[i], len);
		guest_store_u32(slot, buf_off);
		buf_off += len;
	}
	return WASI_ESUCCESS;
}

u32 Z_wasi_snapshot_preview1Z_args_sizes_get(wasi_t *w, u32 argc_off, u32 size_off)
{
	return strings_sizes(w, w->argc, w->argv, argc_off, size_off);
}

u32 Z_wasi_snapshot_preview1Z_args_get(wasi_t *w, u32 argv_off, u32 buf_off)
{
	return strings_get(w, w->argc, w->argv, argv_off, buf_off);
}

/* The guest gets no environment, as on the upstream hosts. */
u32 Z_wasi_snapshot_preview1Z_environ_sizes_get(wasi_t *w, u32 count_off, u32 size_off)
{
	return strings_sizes(w, 0, NULL, count_off, size_off);
}

u32 Z_wasi_snapshot_preview1Z_environ_get(wasi_t *w, u32 env_off, u32 buf_off)
{
	(void)w;
	(void)env_off;
	(void)buf_off;
	return WASI_ESUCCESS;
}

/* --- clocks */

static int wasi_clock(u32 id, clockid_t *c)
{
	static const clockid_t map[] = { CLOCK_REALTIME, CLOCK_MONOTONIC,
					 CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID };

	if (id >= sizeof(map) / sizeof(map[0]))
		return -1;
	*c = map[id];
	return 0;
}

u32 Z_wasi_snapshot_preview1Z_clock_res_get(wasi_t *w, u32 id, u32 out_off)
{
	void *out = guest_ptr(w->memory, out_off, 8);
	struct timespec ts;
	clockid_t c;

	if (!out)
		return WASI_EFAULT;
	if (wasi_clock(id, &c) || clock_getres(c, &ts))
		return WASI_EINVAL;
	guest_store_u64(out, (u64)ts.tv_sec * 1000000000ull + (u64)ts.tv_nsec);
	return WASI_ESUCCESS;
}

u32 Z_wasi_snapshot_preview1Z_clock_time_get(wasi_t *w, u32 id, u64 precision, u32 out_off)
{
	void *out = guest_ptr(w->memory, out_off, 8);
	struct timespec ts;
	clockid_t c;

	(void)precision;
	/* a guest that loops on the clock takes its signals here */
	signals_deliver();
	if (!out)
		return WASI_EFAULT;
	if (wasi_clock(id, &c) || clock_gettime(c, &ts))
		return WASI_EINVAL;
	guest_store_u64(out, (u64)ts.tv_sec * 1000000000ull + (u64)ts.tv_nsec);
	return WASI_ESUCCESS;
}

/* --- file descriptors: stdio, and the files of wasi_fs.c */

u32 wasi_guest_iovs(wasi_t *w, u32 iovs_off, u32 iovs_len, struct iovec *iov, u32 *n)
{
	u32 i;

	*n = iovs_len < WASI_MAX_IOVS ? iovs_len : WASI_MAX_IOVS;
	if (!guest_ptr(w->memory, iovs_off, 8ull * iovs_len))
		return WASI_EFAULT;
	for (i = 0; i < *n; i++) {
		u32 buf, len;

		memcpy(&buf, w->memory->data + iovs_off + 8 * i, 4);
		memcpy(&len, w->memory->data + iovs_off + 8 * i + 4, 4);
		iov[i].iov_base = guest_ptr(w->memory, buf, len);
		iov[i].iov_len = len;
		if (!iov[i].iov_base)
			return WASI_EFAULT;
	}
	return WASI_ESUCCESS;
}

/*
 * Waits until a blocking fd has something to read, or a signal the guest
 * handles came: WASI_EINTR. The wait is a ppoll with SIGINT/SIGTERM
 * unblocked only inside it, so a signal that arrives just before cannot
 * leave the read blocked (readv itself could not be told that).
 */
static u32 wait_readable(int fd)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };
	int flags = fcntl(fd, F_GETFL);

	if (flags < 0 || (flags & O_NONBLOCK))
		return WASI_ESUCCESS;	/* readv answers at once: EAGAIN, or the error */
	for (;;) {
		if (signals_deliver())
			return WASI_EINTR;
		if (signals_ppoll(&pfd, 1, NULL) >= 0 || errno != EINTR)
			return WASI_ESUCCESS;	/* readable, or readv reports the error */
	}
}

static u32 rw_iovs(wasi_t *w, int fd, u32 iovs_off, u32 iovs_len, u32 out_off, bool writing)
{
	void *out = guest_ptr(w->memory, out_off, 4);
	struct iovec iov[WASI_MAX_IOVS];
	ssize_t done;
	u32 n;

	if (!out)
		return WASI_EFAULT;
	if (wasi_guest_iovs(w, iovs_off, iovs_len, iov, &n))
		return WASI_EFAULT;
	for (;;) {
		/* a handler that ran ends a read, as natively; a write goes on */
		if (signals_deliver() && !writing)
			return WASI_EINTR;
		if (!writing && wait_readable(fd) == WASI_EINTR)
			return WASI_EINTR;
		done = writing ? writev(fd, iov, (int)n) : readv(fd, iov, (int)n);
		if (done >= 0 || errno != EINTR)
			break;
	}
	if (done < 0)
		return wasi_errno(errno);
	guest_store_u32(out, (u32)done);
	return WASI_ESUCCESS;
}

/* stdio, or a granted file: its host descriptor; -1 if there is none */
static int host_fd(u32 fd)
{
	return fd <= 2 ? (int)fd : wasi_fs_host_fd(fd);
}

u32 Z_wasi_snapshot_preview1Z_fd_write(wasi_t *w, u32 fd, u32 iovs, u32 iovs_len, u32 nwritten)
{
	if (fd != 1 && fd != 2)
		return wasi_fs_is_fd(fd) ? WASI_ENOTCAPABLE : WASI_EBADF; /* grants are read-only */
	return rw_iovs(w, (int)fd, iovs, iovs_len, nwritten, true);
}

u32 Z_wasi_snapshot_preview1Z_fd_read(wasi_t *w, u32 fd, u32 iovs, u32 iovs_len, u32 nread)
{
	if (fd == 1 || fd == 2 || host_fd(fd) < 0)
		return WASI_EBADF;
	return rw_iovs(w, host_fd(fd), iovs, iovs_len, nread, false);
}

u32 Z_wasi_snapshot_preview1Z_fd_seek(wasi_t *w, u32 fd, u64 offset, u32 whence, u32 out_off)
{
	void *out = guest_ptr(w->memory, out_off, 8);
	off_t pos;

	if (!out)
		return WASI_EFAULT;
	if (host_fd(fd) < 0 || whence > 2)
		return host_fd(fd) < 0 ? WASI_EBADF : WASI_EINVAL;
	/* WASI whence: 0 SET, 1 CUR, 2 END */
	pos = lseek(host_fd(fd), (off_t)offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
	if (pos < 0)
		return wasi_errno(errno);
	guest_store_u64(out, (u64)pos);
	return WASI_ESUCCESS;
}

u32 Z_wasi_snapshot_preview1Z_fd_close(wasi_t *w, u32 fd)
{
	(void)w;
	/* the host's stdio stays open */
	return fd <= 2 ? WASI_ESUCCESS : wasi_fs_close(fd);
}

u32 Z_wasi_snapshot_preview1Z_fd_tell(wasi_t *w, u32 fd, u32 out_off)
{
	return Z_wasi_snapshot_preview1Z_fd_seek(w, fd, 0, 1, out_off);
}

u32 Z_wasi_snapshot_preview1Z_fd_fdstat_get(wasi_t *w, u32 fd, u32 out_off)
{
	u8 *out = guest_ptr(w->memory, out_off, 24);
	struct stat st;
	u64 rights = 0x1fffffff;
	u8 type = 0;

	if (fd > 2)
		return wasi_fs_fdstat(w, fd, out_off);
	if (!out)
		return WASI_EFAULT;
	if (fstat((int)fd, &st))
		return WASI_EBADF;
	if (S_ISCHR(st.st_mode)) {
		type = 2; /* character device */
		/* no seek or tell: this is how wasi-libc's isatty() knows a tty */
		if (isatty((int)fd))
			rights &= ~((1ull << 2) | (1ull << 5));
	} else if (S_ISREG(st.st_mode)) {
		type = 4;
	} else if (S_ISSOCK(st.st_mode)) {
		type = 6;
	}
	memset(out, 0, 24);
	out[0] = type;
	guest_store_u64(out + 8, rights);
	guest_store_u64(out + 16, rights);
	return WASI_ESUCCESS;
}

/* --- poll_oneoff: clock sleeps and stdin readiness */

static u64 now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (u64)t.tv_sec * 1000000000ull + (u64)t.tv_nsec;
}

#define SUB_SIZE 48
#define EVT_SIZE 32

u32 Z_wasi_snapshot_preview1Z_poll_oneoff(wasi_t *w, u32 in_off, u32 out_off, u32 n, u32 nevents_off)
{
	u8 *in = guest_ptr(w->memory, in_off, (u64)n * SUB_SIZE);
	u8 *out = guest_ptr(w->memory, out_off, (u64)n * EVT_SIZE);
	void *nev = guest_ptr(w->memory, nevents_off, 4);
	u64 timeout_ns = UINT64_MAX, deadline;
	int clock_sub = -1, stdin_sub = -1, ready, events = 0;
	struct timespec ts, *tsp = NULL;
	struct pollfd pfd = { 0, POLLIN, 0 };
	u32 i;

	if (!in || !out || !nev)
		return WASI_EFAULT;
	if (n == 0)
		return WASI_EINVAL;
	for (i = 0; i < n; i++) {
		u8 *s = in + i * SUB_SIZE;
		u64 t;
		u16 flags;

		if (s[8] == 0) { /* clock */
			memcpy(&t, s + 24, 8);
			memcpy(&flags, s + 40, 2);
			if (flags & 1) { /* absolute: against the clock it names */
				u32 id;
				clockid_t c = CLOCK_MONOTONIC;
				struct timespec cur;
				u64 curns;

				memcpy(&id, s + 16, 4);
				wasi_clock(id, &c);
				clock_gettime(c, &cur);
				curns = (u64)cur.tv_sec * 1000000000ull + (u64)cur.tv_nsec;
				t = t > curns ? t - curns : 0;
			}
			if (t < timeout_ns) {
				timeout_ns = t;
				clock_sub = (int)i;
			}
		} else if (s[8] == 1) { /* fd_read */
			u32 fd;

			memcpy(&fd, s + 16, 4);
			if (fd == 0)
				stdin_sub = (int)i;
		}
	}
	deadline = now_ns() + timeout_ns;
	for (;;) {
		/* a signal the guest handles ends the sleep; an ignored one does not */
		if (signals_deliver())
			return WASI_EINTR;
		if (timeout_ns != UINT64_MAX) {
			u64 now = now_ns(), left = deadline > now ? deadline - now : 0;

			ts.tv_sec = (time_t)(left / 1000000000ull);
			ts.tv_nsec = (long)(left % 1000000000ull);
			tsp = &ts;
		}
		/* wakes with EINTR when a signal arrives, even one that came just now */
		ready = signals_ppoll(stdin_sub >= 0 ? &pfd : NULL, stdin_sub >= 0 ? 1 : 0, tsp);
		if (ready >= 0 || errno != EINTR)
			break;
	}
	if (ready < 0)
		return wasi_errno(errno);
	memset(out, 0, (size_t)n * EVT_SIZE);
	if (ready > 0 && stdin_sub >= 0) {
		memcpy(out, in + stdin_sub * SUB_SIZE, 8); /* userdata */
		out[10] = 1;
		events++;
	} else if (clock_sub >= 0) {
		memcpy(out, in + clock_sub * SUB_SIZE, 8);
		out[10] = 0;
		events++;
	}
	guest_store_u32(nev, (u32)events);
	return WASI_ESUCCESS;
}

/* --- process */

void Z_wasi_snapshot_preview1Z_proc_exit(wasi_t *w, u32 code)
{
	(void)w;
	host.exit_code = (int)code;
	longjmp(host.exit_jmp, 1);
}

u32 Z_wasi_snapshot_preview1Z_sched_yield(wasi_t *w)
{
	(void)w;
	signals_deliver();
	return WASI_ESUCCESS;
}

u32 Z_wasi_snapshot_preview1Z_random_get(wasi_t *w, u32 buf_off, u32 len)
{
	u8 *buf = guest_ptr(w->memory, buf_off, len);
	u32 got = 0;

	if (!buf)
		return WASI_EFAULT;
	while (got < len) {
		ssize_t n = getrandom(buf + got, len - got, 0);

		if (n < 0 && errno != EINTR)
			return WASI_EIO;
		if (n > 0)
			got += (u32)n;
	}
	return WASI_ESUCCESS;
}

/* --- everything else: ENOSYS, with the signatures wasm2c expects */

#define UNUSED_WASI(name, ...) \
	u32 Z_wasi_snapshot_preview1Z_##name(wasi_t *w, __VA_ARGS__) { (void)w; return WASI_ENOSYS; }

#pragma GCC diagnostic ignored "-Wunused-parameter"
UNUSED_WASI(fd_advise, u32 a, u64 b, u64 c, u32 d)
UNUSED_WASI(fd_allocate, u32 a, u64 b, u64 c)
UNUSED_WASI(fd_datasync, u32 a)
UNUSED_WASI(fd_fdstat_set_flags, u32 a, u32 b)
UNUSED_WASI(fd_fdstat_set_rights, u32 a, u64 b, u64 c)
UNUSED_WASI(fd_filestat_set_size, u32 a, u64 b)
UNUSED_WASI(fd_filestat_set_times, u32 a, u64 b, u64 c, u32 d)
UNUSED_WASI(fd_pwrite, u32 a, u32 b, u32 c, u64 d, u32 e)
UNUSED_WASI(fd_renumber, u32 a, u32 b)
UNUSED_WASI(fd_sync, u32 a)
UNUSED_WASI(path_create_directory, u32 a, u32 b, u32 c)
UNUSED_WASI(path_filestat_set_times, u32 a, u32 b, u32 c, u32 d, u64 e, u64 f, u32 g)
UNUSED_WASI(path_link, u32 a, u32 b, u32 c, u32 d, u32 e, u32 f, u32 g)
UNUSED_WASI(path_remove_directory, u32 a, u32 b, u32 c)
UNUSED_WASI(path_rename, u32 a, u32 b, u32 c, u32 d, u32 e, u32 f)
UNUSED_WASI(path_symlink, u32 a, u32 b, u32 c, u32 d, u32 e)
UNUSED_WASI(path_unlink_file, u32 a, u32 b, u32 c)
UNUSED_WASI(proc_raise, u32 a)
UNUSED_WASI(sock_accept, u32 a, u32 b, u32 c)
UNUSED_WASI(sock_recv, u32 a, u32 b, u32 c, u32 d, u32 e, u32 f)
UNUSED_WASI(sock_send, u32 a, u32 b, u32 c, u32 d, u32 e)
UNUSED_WASI(sock_shutdown, u32 a, u32 b)
