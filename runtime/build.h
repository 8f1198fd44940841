/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * A module's program: the module translated by wasm2c, compiled and linked
 * with the host library, stored in the cache under its entry's name.
 */
#ifndef WASM_BPF_BUILD_H
#define WASM_BPF_BUILD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "module_check.h"
#include "wasm_module.h"

/*
 * Two tiers, as a JIT has them: a module never seen before is compiled
 * quickly (-O0, data segments linked as a blob) so that it starts within a
 * second; its optimised program (-O1) is then built in the background and
 * used from the next run on (driver.c).
 */
enum build_tier { TIER_QUICK, TIER_OPTIMIZED };

struct build_job {
	const uint8_t *mod;			/* the module's bytes */
	size_t mod_len;
	const struct wasm_module *parsed;	/* mod, parsed and checked */
	struct module_uses uses;
	enum build_tier tier;
	const char *host_dir;			/* libwasmbpf-host.a, host.h */
	const char *cache;			/* the cache directory's path */
	const char *entry;			/* the entry's path in it */
	bool verbose;				/* the tools' output to stderr */
};

/*
 * Builds the program in a fresh build directory of the cache and renames
 * it to the entry, so that concurrent builds of one module never see a
 * partial program, and a failed one leaves none. 0, or -1 with a one-line
 * reason in err.
 */
int build_program(const struct build_job *job, char *err, size_t err_sz);

#endif
