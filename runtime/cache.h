/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The cache of compiled modules: a directory only the runtime's user can
 * write, holding executables named by hash. See cache.c for the rules.
 */
#ifndef WASM_BPF_CACHE_H
#define WASM_BPF_CACHE_H

#include <stddef.h>

#define CACHE_PATH_MAX 4096

/*
 * Finds the cache directory, creates what is missing of it (mode 0700) and
 * verifies every component of its path. The directory's fd (O_PATH-free,
 * close-on-exec) with its path in path, or -1 with the reason in err.
 */
int cache_open(char *path, size_t path_sz, char *err, size_t err_sz);

/*
 * Opens entry `name` of the cache to be executed through the fd: the fd;
 * -1 when there is no such entry (build it); -2 when the entry exists but
 * must not run (a symlink, not a regular file, another owner, writable by
 * group or others), the reason in err.
 */
int cache_entry_open(int dir_fd, const char *dir, const char *name, char *err, size_t err_sz);

#endif
