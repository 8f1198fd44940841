/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Is a parsed module one this host can run? */
#ifndef WASM_BPF_MODULE_CHECK_H
#define WASM_BPF_MODULE_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "wasm_module.h"

/* The import modules a module uses: the arguments of Z_mod_instantiate. */
struct module_uses {
	bool wasi, bpf, ext;
};

/*
 * Every import against the ABI (abi_table.c), the exports a WASI command
 * needs, memory and table limits. 0, or -1 with a one-line reason in err.
 */
int module_check(const struct wasm_module *m, struct module_uses *uses, char *err, size_t err_sz);

#endif
