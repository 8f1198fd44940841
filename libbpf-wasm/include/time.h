/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <time.h> for wasm32-wasi guests: wasi-libc's, and a nanosleep() that
 * returns EINTR and the time left when a signal handler ran
 * (libbpf-wasm/sleep.h).
 */
#ifndef __LIBBPF_WASM_TIME_H
#define __LIBBPF_WASM_TIME_H

#include_next <time.h>

#include "libbpf-wasm/sleep.h"

#endif
