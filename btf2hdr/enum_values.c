// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <dwarf.h>
#include <elfutils/libdw.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "enum_values.h"
#include "name_set.h"
#include "layout.h"

/* The enumerators of one DWARF enum, in order, if they match BTF's names. */
static int apply(Dwarf_Die *die, const struct btf *btf, __u32 id, struct layout *l)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	unsigned int n = btf_vlen(t), i = 0;
	__u64 *values = calloc(n ? n : 1, sizeof(*values));
	bool is_signed = false;
	Dwarf_Die child;
	int ret = 0;

	if (!values)
		return -1;
	if (dwarf_child(die, &child) == 0) {
		do {
			Dwarf_Attribute attr;
			Dwarf_Sword s;
			Dwarf_Word u;
			const char *name = dwarf_diename(&child);

			if (dwarf_tag(&child) != DW_TAG_enumerator || i >= n || !name ||
			    strcmp(name, btf__name_by_offset(btf, btf_enum(t)[i].name_off)) ||
			    !dwarf_attr(&child, DW_AT_const_value, &attr))
				goto out; /* not the same enum after all */
			if (dwarf_whatform(&attr) == DW_FORM_sdata && dwarf_formsdata(&attr, &s) == 0) {
				values[i] = (__u64)s;
				is_signed |= s < 0;
			} else if (dwarf_formudata(&attr, &u) == 0) {
				values[i] = u;
			} else {
				goto out;
			}
			i++;
		} while (dwarf_siblingof(&child, &child) == 0);
	}
	if (i == n)
		ret = layout__set_enum_values(l, id, values, n, is_signed);
out:
	free(values);
	return ret;
}

/*
 * The first 32-bit BTF enum of each name (btf__find_by_name_kind's answer),
 * hashed once: a search per DWARF enum would be quadratic.
 */
static int index_enums(const struct btf *btf, struct name_set *set)
{
	__u32 id, n = btf__type_cnt(btf);

	for (id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		unsigned *first;

		if (!btf_is_enum(t) || !t->name_off)
			continue;
		first = name_set_value(set, btf__name_by_offset(btf, t->name_off));
		if (!first)
			return -1;
		if (!*first)
			*first = id;
	}
	return 0;
}

int enum_values_from_dwarf(const void *data, size_t size, const struct btf *btf,
			   struct layout *l)
{
	struct name_set enums = { 0 };
	bool indexed = false;
	Dwarf_Off off = 0, next;
	Elf *elf;
	Dwarf *dw;
	size_t hdr;
	int ret = 0;

	if (size < 4 || memcmp(data, "\177ELF", 4))
		return 0;
	elf_version(EV_CURRENT);
	elf = elf_memory((char *)data, size);
	dw = elf ? dwarf_begin_elf(elf, DWARF_C_READ, NULL) : NULL;
	while (dw && !ret && dwarf_nextcu(dw, off, &next, &hdr, NULL, NULL, NULL) == 0) {
		Dwarf_Die cu, die;

		if (dwarf_offdie(dw, off + hdr, &cu) && dwarf_child(&cu, &die) == 0) {
			do {
				Dwarf_Attribute a;
				Dwarf_Word size;
				const char *name = dwarf_diename(&die);
				__s32 id;

				if (dwarf_tag(&die) != DW_TAG_enumeration_type || !name ||
				    !dwarf_attr(&die, DW_AT_byte_size, &a) || dwarf_formudata(&a, &size) ||
				    size != 8)
					continue;
				if (!indexed && index_enums(btf, &enums)) {
					ret = -1;
					break;
				}
				indexed = true;
				id = name_set_has(&enums, name) ? (__s32)*name_set_value(&enums, name) : 0;
				if (id > 0 && btf__type_by_id(btf, (__u32)id)->size == 8)
					ret = apply(&die, btf, (__u32)id, l);
			} while (!ret && dwarf_siblingof(&die, &die) == 0);
		}
		off = next;
	}
	if (dw)
		dwarf_end(dw);
	elf_end(elf);
	name_set_free(&enums);
	return ret;
}
