// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libFuzzer harness for what the driver does with a module before wasm2c
 * sees it: parse (wasm_module.c), check against the ABI (module_check.c)
 * and take the data segments out (data_segments.c). Any input must give 0
 * or -1 with a one-line message, never a crash, a leak or undefined
 * behaviour; a split module parses again, with the same segments, emptied.
 *
 *   make -C runtime fuzz FUZZ_SECONDS=N
 */
#include <assert.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "data_blob.h"
#include "data_segments.h"
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

/* The split module against the original: same segments, active ones empty. */
static void split_and_reparse(const uint8_t *data, size_t size, const struct wasm_module *m)
{
	struct wasm_module again;
	struct data_split split;
	size_t bytes = 0;
	uint32_t count;
	char err[512];

	if (data_split(data, size, m, &split))
		return;
	memcpy(&count, split.blob, sizeof(count));
	assert(wasm_module_parse(split.module, split.module_len, &again, err, sizeof(err)) == 0);
	assert(again.ndata == m->ndata);
	for (uint32_t i = 0; i < m->ndata; i++) {
		bool moved = count && !m->data[i].passive;

		assert(again.data[i].init_len == (moved ? 0 : m->data[i].init_len));
		bytes += moved ? m->data[i].init_len : 0;
	}
	assert(split.blob_len == sizeof(count) + count * sizeof(struct data_blob_segment) + bytes);
	wasm_module_free(&again);
	data_split_free(&split);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct wasm_module m;
	struct module_uses uses;
	char err[512];

	if (wasm_module_parse(data, size, &m, err, sizeof(err)) == 0) {
		format_all(&m);
		split_and_reparse(data, size, &m);
		if (module_check(&m, &uses, err, sizeof(err)))
			assert(*err && !strchr(err, '\n'));
	} else {
		assert(*err && !strchr(err, '\n'));
	}
	wasm_module_free(&m);
	return 0;
}
