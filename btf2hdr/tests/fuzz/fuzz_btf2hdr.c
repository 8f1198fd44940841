// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libFuzzer harness: any bytes through btf2hdr's whole pipeline (input,
 * validation, default selection or --all, layout and emission). Crashes,
 * hangs and sanitizer reports are bugs; clean errors are the expected
 * answer to garbage.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "btf_input.h"
#include "btf_validate.h"
#include "enum_values.h"
#include "layout.h"
#include "user_types.h"

static void emit_all(const struct btf_input *in, bool own_types)
{
	char *buf = NULL;
	size_t len = 0, cnt = 0, i;
	FILE *out = open_memstream(&buf, &len);
	struct layout *l = out ? layout__new(in->btf, out) : NULL;
	__u32 id, n = btf__type_cnt(in->btf), *ids = NULL;
	int err = l ? enum_values_from_dwarf(in->data, in->size, in->btf, l) : -1;

	if (!err && own_types && !user_types(in, &ids, &cnt, NULL)) {
		for (i = 0; i < cnt && !err; i++)
			err = layout__add_type(l, ids[i]);
		free(ids);
	}
	for (id = 1; id < n && !err && !own_types; id++)
		err = layout__add_type(l, id);
	if (!err)
		layout__emit_types(l);
	layout__free(l);
	if (out)
		fclose(out);
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct btf_input in;
	char err[512];

	memset(&in, 0, sizeof(in));
	if (btf_input_load_mem(&in, data, size, err, sizeof(err)) == 0 &&
	    btf_validate(in.btf, err, sizeof(err)) == 0) {
		emit_all(&in, in.is_elf);
		emit_all(&in, false);
	}
	btf_input_free(&in);
	return 0;
}
