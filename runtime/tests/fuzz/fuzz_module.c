// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libFuzzer harness for what the driver does with a module before wasm2c
 * sees it: parse (wasm_module.c) and check against the ABI
 * (module_check.c). Any input must give 0 or -1 with a one-line message,
 * never a crash, a leak or undefined behaviour.
 *
 *   make -C runtime fuzz FUZZ_SECONDS=N
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "module_check.h"
#include "wasm_module.h"

/* The formatting helpers, with buffers of every small size. */
static void format_all(const struct wasm_module *m)
{
	char buf[200];

	for (uint32_t i = 0; i < m->ntypes; i++)
		for (size_t sz = 1; sz <= sizeof(buf); sz += 37) {
			const char *s = wasm_functype_str(&m->types[i], buf, sz);

			assert(strlen(s) < sz || (sz < 4 && !*s));
		}
	for (uint32_t i = 0; i < m->nimports; i++) {
		const char *s = wasm_name_str(m->imports[i].name, buf, 1 + i % sizeof(buf));

		assert(!strchr(s, '\n'));
	}
	for (uint32_t i = 0; i < m->nfunc_imports + m->nfuncs + 2; i++)
		(void)wasm_func_type(m, i);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct wasm_module m;
	struct module_uses uses;
	char err[512];

	if (wasm_module_parse(data, size, &m, err, sizeof(err)) == 0) {
		format_all(&m);
		if (module_check(&m, &uses, err, sizeof(err)))
			assert(*err && !strchr(err, '\n'));
	} else {
		assert(*err && !strchr(err, '\n'));
	}
	wasm_module_free(&m);
	return 0;
}
