/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BTF2HDR_BTF_VALIDATE_H
#define BTF2HDR_BTF_VALIDATE_H

#include <stddef.h>

struct btf;

/*
 * Checks what libbpf's parser leaves to its users, before anything is
 * printed: every referenced type id exists, every printed name is a C
 * identifier, and no chain of pointers, qualifiers and typedefs loops.
 * Layout problems (overlapping members, by-value cycles) are found by the
 * layout engine when types are scheduled. Returns 0 or <0 with a message
 * "type [ID] NAME: problem (value)" in err.
 */
int btf_validate(const struct btf *btf, char *err, size_t err_sz);

#endif
