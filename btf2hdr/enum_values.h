/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BTF2HDR_ENUM_VALUES_H
#define BTF2HDR_ENUM_VALUES_H

#include <stddef.h>

struct btf;
struct layout;

/*
 * clang before 15 emits 8-byte enums as 32-bit BTF enums, truncating their
 * values; the object's DWARF still has them. Gives the layout engine the
 * DWARF values of every 8-byte enum of the BTF that DWARF describes.
 * A no-op for data that is not ELF or has no DWARF. Returns 0 or <0 (engine error).
 */
int enum_values_from_dwarf(const void *elf, size_t size, const struct btf *btf,
			   struct layout *l);

#endif
