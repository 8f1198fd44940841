/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The driver's one way to report why it refuses: the reason, one line,
 * into the caller's buffer (the caller prints it with the module's name).
 */
#ifndef WASM_BPF_REFUSE_H
#define WASM_BPF_REFUSE_H

#include <stddef.h>

/* Formats the reason into err; returns -1 so that callers can return it. */
int refuse(char *err, size_t err_sz, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
