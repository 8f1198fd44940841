/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The wasm32 layout engine: prints C types whose layout under wasm32 (ILP32)
 * is exactly the layout BTF records for the BPF target (LP64).
 *
 * Used by btf2hdr (whole headers) and bpftool-wasm (skeleton data sections).
 * Every emitted struct and union is followed by compile-time assertions of
 * its size and member offsets, and wrapped in a guard so that a btf2hdr
 * header and a skeleton of the same object can be included together.
 *
 * Typical use:
 *	l = layout__new(btf, stdout);
 *	layout__add_type(l, id);	// for each root type
 *	layout__emit_types(l);		// dependencies first
 *	layout__free(l);
 * Functions return 0 or a negative errno; layout__strerror() then gives the
 * one-line reason ("type [ID] NAME: problem (value)").
 */
#ifndef BTF2HDR_LAYOUT_H
#define BTF2HDR_LAYOUT_H

#include <stdbool.h>
#include <stdio.h>
#include <linux/types.h>

struct btf;
struct layout;

struct layout *layout__new(const struct btf *btf, FILE *out);
void layout__free(struct layout *l);

/* Schedules a type and everything it needs by value (a DATASEC: its
 * variables' types). Validates as it goes; <0 on bad BTF. */
int layout__add_type(struct layout *l, __u32 type_id);

/* Prints every scheduled type not printed yet, dependencies first. */
int layout__emit_types(struct layout *l);

/* Prints a DATASEC (its sizes and offsets fixed up, as libbpf does at open)
 * as `struct NAME { ... };`: global variables by name, const/volatile
 * dropped, static variables and gaps as padding, plus assertions. The
 * variables' types must have been emitted (layout__add_type on the DATASEC
 * and layout__emit_types). */
int layout__emit_datasec(struct layout *l, __u32 datasec_id, const char *struct_name);

/* Replaces the values of enum type_id's enumerators (BTF order), for BTF
 * that lost them: clang before 15 truncates 64-bit enum values to 32 bits,
 * while DWARF keeps them (see enum_values.c). */
int layout__set_enum_values(struct layout *l, __u32 type_id, const __u64 *values,
			    unsigned int cnt, bool is_signed);

/*
 * Marks a named struct, union, enum or typedef as defined by the program's
 * own header (`header`, its file name), which user code includes before
 * the output; call it before layout__add_type. layout__add_type does not
 * schedule it nor what only it contains, declarations name it, and
 * layout__emit_external_asserts() checks it. -EINVAL for a type the engine
 * prints under another name (renamed: reserved or taken), which must stay
 * defined.
 */
int layout__set_external(struct layout *l, __u32 type_id, const char *header);

/*
 * Asserts, under wasm32, the size and every member offset against BTF of
 * each external type the output needs: used by value by a global variable
 * (not a static one) or a scheduled definition, and the external types
 * those contain by value. Each assertion has a message naming the type,
 * its header, the member and `hint` (the header with the exact layout,
 * "NAME.wasm.h"): a header whose layout differs under wasm32 (a long, a
 * pointer) fails to compile there.
 */
int layout__emit_external_asserts(struct layout *l, const char *hint);

/* The name a type is printed with (after renaming), or NULL if anonymous. */
const char *layout__type_name(struct layout *l, __u32 type_id);

/* Whether a type's definition has been printed. */
bool layout__emitted(const struct layout *l, __u32 type_id);

/* Whether a type is external (layout__set_external) and needed: named,
 * its definition left to the user's header. */
bool layout__external_used(const struct layout *l, __u32 type_id);

/* Number of types and assertions printed so far. */
void layout__stats(const struct layout *l, unsigned long *types, unsigned long *asserts);

const char *layout__strerror(const struct layout *l);

#endif /* BTF2HDR_LAYOUT_H */
