// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The skeleton's description of its object, found by the SDK itself: this
 * file is built against libbpf-wasm's headers (not the host's libbpf) and
 * runs the guest's own bpf_object__open_mem() natively on the bytes the
 * skeleton embeds. The guest then builds the same object from the
 * description (libbpf_wasm__open_desc) without the ELF and BTF readers:
 * one implementation of which sections are maps and which symbols are
 * programs, run at build time instead of in every guest.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "object_desc.h"

_Static_assert((int)DESC_USER == (int)LIBBPF_WASM_MAP_USER &&
	       (int)DESC_RODATA == (int)LIBBPF_WASM_MAP_RODATA &&
	       (int)DESC_DATA == (int)LIBBPF_WASM_MAP_DATA &&
	       (int)DESC_BSS == (int)LIBBPF_WASM_MAP_BSS &&
	       (int)DESC_KCONFIG == (int)LIBBPF_WASM_MAP_KCONFIG, "object_desc.h's kinds are the SDK's");

/* Open never reaches the runtime; close would if the object were loaded. */
int wasm_close_bpf_object(wasm_bpf_handle_t obj)
{
	(void)obj;
	return 0;
}

void object_desc_free(struct object_desc *d)
{
	size_t i;

	for (i = 0; i < d->map_cnt; i++)
		free(d->maps[i].name);
	for (i = 0; i < d->prog_cnt; i++) {
		free(d->progs[i].name);
		free(d->progs[i].sec_name);
	}
	free(d->maps);
	free(d->progs);
	memset(d, 0, sizeof(*d));
}

static int copy(struct object_desc *d, const struct bpf_object *obj)
{
	size_t i;

	d->maps = calloc(obj->map_cnt + 1, sizeof(*d->maps));
	d->progs = calloc(obj->prog_cnt + 1, sizeof(*d->progs));
	if (!d->maps || !d->progs)
		return -ENOMEM;
	for (i = 0; i < obj->map_cnt; i++, d->map_cnt++) {
		const struct bpf_map *m = &obj->maps[i];
		struct desc_map *dm = &d->maps[i];

		dm->name = strdup(m->name);
		if (!dm->name)
			return -ENOMEM;
		dm->type = m->type;
		dm->key_size = m->key_size;
		dm->value_size = m->value_size;
		dm->max_entries = m->max_entries;
		dm->map_flags = m->map_flags;
		dm->internal = m->internal;
		dm->sec_idx = m->sec_idx;
		dm->def_idx = m->def_idx;
		dm->data_off = m->data_off;
	}
	for (i = 0; i < obj->prog_cnt; i++, d->prog_cnt++) {
		const struct bpf_program *p = &obj->progs[i];
		struct desc_prog *dp = &d->progs[i];

		dp->name = strdup(p->name);
		dp->sec_name = strdup(p->sec_name);
		if (!dp->name || !dp->sec_name)
			return -ENOMEM;
		dp->sec_idx = p->sec_idx;
		dp->autoload = p->autoload;
		dp->insn_off = p->insn_off;
		dp->insn_sz = p->insn_sz;
	}
	return 0;
}

static int quiet(enum libbpf_print_level level, const char *fmt, va_list args)
{
	(void)level;
	(void)fmt;
	(void)args;
	return 0;
}

int object_desc(const unsigned char *elf, size_t sz, struct object_desc *d, char *err,
		size_t err_sz)
{
	libbpf_print_fn_t old = libbpf_set_print(quiet);
	struct bpf_object *obj = bpf_object__open_mem(elf, sz, NULL);
	int ret;

	libbpf_set_print(old);
	memset(d, 0, sizeof(*d));
	if (!obj) {
		ret = -errno;
		snprintf(err, err_sz, "the SDK cannot open the embedded object: %s", strerror(-ret));
		return ret;
	}
	ret = copy(d, obj);
	bpf_object__close(obj);
	if (ret) {
		object_desc_free(d);
		snprintf(err, err_sz, "%s", strerror(-ret));
	}
	return ret;
}
