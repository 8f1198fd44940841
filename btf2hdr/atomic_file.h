/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BTF2HDR_ATOMIC_FILE_H
#define BTF2HDR_ATOMIC_FILE_H

#include <stddef.h>

/*
 * Output of btf2hdr and bpftool-wasm: all or nothing. With a path, the bytes
 * go to a new temporary file in the same directory (mkstemp), which is
 * written, fsync'ed and closed with every error checked, and then renamed
 * over path: on any failure path keeps its previous contents and the
 * temporary file is removed. The file gets path's previous mode, or
 * 0666 & ~umask for a new file. path NULL: standard output, flushed and
 * checked. Returns 0, or <0 with a one-line reason in err.
 */
int atomic_write(const char *path, const void *buf, size_t len, char *err, size_t err_sz);

#endif
