/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * wasi_fs.c: the directories granted with --dir, and the files a guest
 * opens beneath them (read-only, confined by openat2's RESOLVE_BENEATH).
 */
#ifndef WASM_BPF_WASI_FS_H
#define WASM_BPF_WASI_FS_H

#include <stdbool.h>

#include "host.h"

typedef struct Z_wasi_snapshot_preview1_instance_t wasi_t;

/* Grants host_path as guest_path (the next preopen); 0 or -errno. */
int wasi_fs_grant(const char *host_path, const char *guest_path);
/* The host descriptor of a guest file (not a directory) fd, or -1. */
int wasi_fs_host_fd(u32 fd);
/* The host descriptor of any guest fd from 3 up (a grant, a directory, a file), or -1. */
int wasi_fs_host_dir_or_file(u32 fd);
/* Whether fd (3 and up) is one of the guest's open files or directories. */
bool wasi_fs_is_fd(u32 fd);
u32 wasi_fs_close(u32 fd);
/*
 * Makes host_fd a guest file (read-only, like the files under a grant):
 * its WASI fd, or -EMFILE (host_fd is then the caller's to close).
 */
int wasi_fs_adopt(int host_fd);
/* wasi_fs_adopt for a socket of the extension (socket_open); its host fd: */
int wasi_fs_adopt_socket(int host_fd);
/* the host descriptor of such a socket, or -1 for any other fd */
int wasi_fs_host_socket(u32 fd);
u32 wasi_fs_fdstat(wasi_t *w, u32 fd, u32 out_off);
/* A host errno as WASI's (EXDEV, a path leaving its grant: ENOTCAPABLE). */
u32 wasi_errno(int e);

/*
 * wasi.c: the guest's iovec array at iovs_off as host iovecs, the first
 * WASI_MAX_IOVS of them (a partial transfer, as readv allows); WASI_EFAULT
 * if the array or a buffer is outside the guest's memory.
 */
#define WASI_MAX_IOVS 64
struct iovec;
u32 wasi_guest_iovs(wasi_t *w, u32 iovs_off, u32 iovs_len, struct iovec *iov, u32 *n);

#endif
