/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Shared by the engine's files: layout_model.c decides layouts, layout_order.c
 * the emission order, layout_emit.c prints; layout.c holds the state.
 */
#ifndef BTF2HDR_LAYOUT_INTERNAL_H
#define BTF2HDR_LAYOUT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include <bpf/btf.h>

#include "layout.h"
#include "name_set.h"

enum order_state { ORDER_NONE, ORDER_VISITING, ORDER_DONE };

/*
 * Structs and unions larger than this are refused (a wasm32 object must
 * stay well below 4 GiB); sizes are computed exactly up to MAX_TYPE_SIZE.
 */
#define MAX_COMPOSITE_SIZE (512u << 20)
#define MAX_TYPE_SIZE (1LL << 60)	/* so that sizes in bits fit 64 bits */

/*
 * Nesting limits, far above what real BTF has (a kernel's: 18 levels of
 * types by value, anonymous structs and unions 6 deep): the engine
 * recurses along both, and deeper input would exhaust the stack.
 * By-value levels count typedefs and arrays on the way.
 */
#define MAX_VALUE_NESTING 256
#define MAX_ANON_NESTING 64

struct type_state {
	char *name;		/* printed name; NULL when anonymous */
	int align;		/* wasm32 alignment, bytes; 0 until known */
	bool packed;		/* struct/union printed with packed */
	bool planning;		/* layout being computed: a by-value cycle if seen again */
	unsigned char order;
	bool queued;
	bool emitted;
	__u64 *enum_values;	/* from layout__set_enum_values, or NULL */
	bool enum_signed;
	char *header;		/* layout__set_external: the header defining it */
	bool ext_used;		/* external, and needed: asserted */
	bool ext_walked;	/* anonymous: searched for external types */
};

/* One line of a struct or union body, in order. */
enum item_kind {
	ITEM_MEMBER,	/* btf member `member` */
	ITEM_BIT_PAD,	/* anonymous bitfield of `bits` bits */
	ITEM_BYTE_PAD,	/* char array of `bits` / 8 bytes */
};

struct item {
	enum item_kind kind;
	int member;
	__u64 bits;
};

struct plan {
	struct item *items;
	size_t cnt, cap;
	bool packed;
	int align;
};

struct layout {
	const struct btf *btf;
	FILE *out;
	struct type_state *ts;
	__u32 nr_types;
	__u32 *queue;
	size_t queue_len, queue_cap;
	struct name_set ordinary;	/* typedef and enumerator names in use */
	bool prologue_done;
	unsigned pad_id;		/* numbers padding members in one definition */
	struct name_set used;		/* member names of that definition (layout_scope.c) */
	unsigned value_depth;		/* types by value being visited (layout_order.c) */
	unsigned anon_depth;		/* anonymous composites among them */
	unsigned plan_depth;		/* layouts being computed (layout_model.c) */
	unsigned long long inline_left;	/* members definitions may still print (layout_scope.c) */
	__u32 scope_def;		/* the definition being checked */
	unsigned long types_emitted, asserts;
	bool has_external;		/* layout__set_external was called */
	__u32 *ext;			/* external types needed, in the order found */
	size_t ext_cnt, ext_cap;
	const struct type_state *ext_asserting;	/* asserts print its message */
	const char *ext_hint;
	char err[512];
};

/* layout.c */
int layout_err(struct layout *l, int err, __u32 id, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
const char *layout_raw_name(const struct layout *l, __u32 id);
char *layout_unique_name(struct name_set *set, int ns, const char *name);

/* layout_model.c */
const struct btf_type *layout_type(struct layout *l, __u32 id);
int layout_skip_mods(struct layout *l, __u32 id, __u32 *out);
int layout_resolve(struct layout *l, __u32 id, __u32 *out);
long long layout_size(struct layout *l, __u32 id);
int layout_align(struct layout *l, __u32 id);
int layout_plan(struct layout *l, __u32 id, struct plan *p);
void plan_free(struct plan *p);
bool layout_enum_natural(const struct btf_type *t);
bool layout_enum_signed(const struct btf_type *t);
const char *layout_int_name(int size, bool is_signed, bool is_char, bool is_bool);

/* layout_scope.c: call before printing a definition (a struct or union,
 * or a typedef: its target type) or a data section */
int layout_scope_composite(struct layout *l, __u32 def, __u32 id);
int layout_scope_datasec(struct layout *l, __u32 id);
unsigned layout_next_pad(struct layout *l);
void layout_scope_end(struct layout *l);
int layout_anon_too_deep(struct layout *l, __u32 id);

/* layout_emit.c */
int layout_emit_def(struct layout *l, __u32 id);
void layout_emit_prologue(struct layout *l);

#endif
