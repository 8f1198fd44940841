/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <stdio.h> for wasm32-wasi guests: wasi-libc's, plus popen() and pclose(),
 * which tools' helpers call (uprobe_helpers.c runs `which`) and wasi-libc
 * leaves out: a guest cannot run commands. They fail, with one line on
 * stderr saying so, instead of leaving the helper source unable to link.
 */
#ifndef __LIBBPF_WASM_STDIO_H
#define __LIBBPF_WASM_STDIO_H

#include_next <stdio.h>

#ifdef __wasi__
#include <errno.h>

#ifdef __cplusplus
extern "C" {
#endif

static inline __attribute__((unused)) FILE *popen(const char *command, const char *mode)
{
	(void)mode;
	fprintf(stderr, "popen(\"%s\"): a wasm guest cannot run commands (ENOSYS)\n",
		command ? command : "");
	errno = ENOSYS;
	return NULL;
}

static inline __attribute__((unused)) int pclose(FILE *stream)
{
	(void)stream;
	errno = ECHILD;
	return -1;
}

#ifdef __cplusplus
}
#endif
#endif /* __wasi__ */

#endif
