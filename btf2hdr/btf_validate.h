/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BTF2HDR_BTF_VALIDATE_H
#define BTF2HDR_BTF_VALIDATE_H

#include <stddef.h>

struct btf;

/*
 * libbpf (1.1 at least) parses BTF without checking what its types refer
 * to, and then follows those references without checks of its own. One
 * validator, two levels:
 *
 * btf_validate_refs: what any user of the BTF (libbpf's open and load, the
 * layout engine) follows: every name offset lies in the string section,
 * every referenced type id exists, chains of pointers, qualifiers and
 * typedefs end, a DATASEC holds variables (or functions, for .ksyms), a
 * function has a prototype, a declaration tag's component exists.
 *
 * btf_validate: the same, plus what printing types as C needs: every
 * type, member and enumerator name is a C identifier, typedefs,
 * declarations and enumerators have names. (Variable names are checked
 * where variables are printed: layout__emit_datasec.)
 *
 * Layout problems (overlapping members, by-value cycles) are found by the
 * layout engine when types are scheduled. Both return 0 or <0 with a
 * message "type [ID] NAME: problem (value)" in err.
 */
int btf_validate_refs(const struct btf *btf, char *err, size_t err_sz);
int btf_validate(const struct btf *btf, char *err, size_t err_sz);

#endif
