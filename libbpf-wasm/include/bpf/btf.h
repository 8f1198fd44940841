/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libbpf-wasm: libbpf 1.1's <bpf/btf.h> on the SDK's BTF reader. Reading
 * BTF the guest holds works (btf__new(), bpf_object__btf(), the lookups and
 * the btf_is_*()/btf_*() accessors); the kernel's BTF is out of a guest's
 * reach, and building, deduplicating or dumping BTF is not implemented:
 * those calls fail with -EOPNOTSUPP (or NULL, errno set) and one line
 * through libbpf_set_print().
 */
#ifndef __LIBBPF_BTF_H
#define __LIBBPF_BTF_H

#ifndef __LIBBPF_WASM_DECLARING
#define __LIBBPF_WASM_DECLARING
#define __LIBBPF_WASM_OUTER_BTF_H
#endif

#include <stdarg.h>
#include <stdbool.h>
#include <linux/btf.h>
#include <linux/types.h>
#include "libbpf_common.h"

#ifdef __cplusplus
extern "C" {
#endif

#define BTF_ELF_SEC ".BTF"
#define BTF_EXT_ELF_SEC ".BTF.ext"
#define MAPS_ELF_SEC ".maps"

/*
 * The kinds added after BTF's first release, as macros too (the kernel's
 * header has them only as enumerators), so that `#ifdef BTF_KIND_ENUM64`
 * answers as with libbpf.
 */
#ifndef BTF_KIND_FUNC
#define BTF_KIND_FUNC		12
#define BTF_KIND_FUNC_PROTO	13
#endif
#ifndef BTF_KIND_VAR
#define BTF_KIND_VAR		14
#define BTF_KIND_DATASEC	15
#endif
#ifndef BTF_KIND_FLOAT
#define BTF_KIND_FLOAT		16
#endif
#define BTF_KIND_DECL_TAG	17
#define BTF_KIND_TYPE_TAG	18
#define BTF_KIND_ENUM64		19

struct btf;

struct btf_ext;

struct btf_type;

struct bpf_object;

enum btf_endianness {
	BTF_LITTLE_ENDIAN = 0,
	BTF_BIG_ENDIAN = 1,
};

/* ---- BTF ---- */
/* btf__free(): Works as in libbpf. */
LIBBPF_API void btf__free(struct btf *btf);

/* btf__new(): Parses raw BTF bytes (copied). Works. */
LIBBPF_API struct btf *btf__new(const void *data, __u32 size);

/*
 * btf__new_split(): NULL, errno EOPNOTSUPP: split BTF (types on top of a
 * base BTF, as a kernel module's) is not implemented.
 */
LIBBPF_API struct btf *btf__new_split(const void *data, __u32 size, struct btf *base_btf);

/*
 * btf__new_empty(): NULL, errno EOPNOTSUPP: the SDK's BTF is read-only:
 * building, changing or deduplicating BTF is not implemented.
 */
LIBBPF_API struct btf *btf__new_empty(void);

/*
 * btf__new_empty_split(): NULL, errno EOPNOTSUPP: split BTF (types on top of
 * a base BTF, as a kernel module's) is not implemented.
 */
LIBBPF_API struct btf *btf__new_empty_split(struct btf *base_btf);

/*
 * btf__parse(): Reads raw BTF or the .BTF of an ELF file, where the runtime
 * lets the guest open the file.
 */
LIBBPF_API struct btf *btf__parse(const char *path, struct btf_ext **btf_ext);

/*
 * btf__parse_split(): NULL, errno EOPNOTSUPP: split BTF (types on top of a
 * base BTF, as a kernel module's) is not implemented.
 */
LIBBPF_API struct btf *btf__parse_split(const char *path, struct btf *base_btf);

/*
 * btf__parse_elf(): Reads the .BTF of an ELF file, where the runtime lets
 * the guest open it; btf_ext is always set to NULL.
 */
LIBBPF_API struct btf *btf__parse_elf(const char *path, struct btf_ext **btf_ext);

/*
 * btf__parse_elf_split(): NULL, errno EOPNOTSUPP: split BTF (types on top of
 * a base BTF, as a kernel module's) is not implemented.
 */
LIBBPF_API struct btf *btf__parse_elf_split(const char *path, struct btf *base_btf);

/*
 * btf__parse_raw(): Reads a raw BTF file, where the runtime lets the guest
 * open it.
 */
LIBBPF_API struct btf *btf__parse_raw(const char *path);

/*
 * btf__parse_raw_split(): NULL, errno EOPNOTSUPP: split BTF (types on top of
 * a base BTF, as a kernel module's) is not implemented.
 */
LIBBPF_API struct btf *btf__parse_raw_split(const char *path, struct btf *base_btf);

/*
 * btf__load_vmlinux_btf(): the running kernel's BTF, read from
 * /sys/kernel/btf/vmlinux; the guest needs /sys granted (the project's
 * runtime: --dir /sys). Without it: NULL, errno from the open (ENOENT or
 * ENOTCAPABLE) and one line saying so.
 */
LIBBPF_API struct btf *btf__load_vmlinux_btf(void);

/*
 * btf__load_module_btf(): NULL, errno EOPNOTSUPP: a guest cannot read the
 * kernel's BTF; the runtime's libbpf does CO-RE against it.
 */
LIBBPF_API struct btf *btf__load_module_btf(const char *module_name,
					    struct btf *vmlinux_btf);

/*
 * btf__load_from_kernel_by_id(): NULL, errno EOPNOTSUPP: a guest cannot read
 * the kernel's BTF; the runtime's libbpf does CO-RE against it.
 */
LIBBPF_API struct btf *btf__load_from_kernel_by_id(__u32 id);

/*
 * btf__load_from_kernel_by_id_split(): NULL, errno EOPNOTSUPP: a guest
 * cannot read the kernel's BTF; the runtime's libbpf does CO-RE against it.
 */
LIBBPF_API struct btf *btf__load_from_kernel_by_id_split(__u32 id, struct btf *base_btf);

/*
 * btf__load_into_kernel(): -EOPNOTSUPP: a guest cannot load BTF into the
 * kernel (no bpf() syscall), so its BTF has no fd.
 */
LIBBPF_API int btf__load_into_kernel(struct btf *btf);

/* btf__find_by_name(): Works as in libbpf. */
LIBBPF_API __s32 btf__find_by_name(const struct btf *btf, const char *type_name);

/* btf__find_by_name_kind(): Works as in libbpf. */
LIBBPF_API __s32 btf__find_by_name_kind(const struct btf *btf, const char *type_name,
					__u32 kind);

/* btf__type_cnt(): Works as in libbpf. */
LIBBPF_API __u32 btf__type_cnt(const struct btf *btf);

/* btf__base_btf(): Always NULL: the SDK has no split BTF. */
LIBBPF_API const struct btf *btf__base_btf(const struct btf *btf);

/* btf__type_by_id(): Works as in libbpf. */
LIBBPF_API const struct btf_type *btf__type_by_id(const struct btf *btf, __u32 id);

/* btf__pointer_size(): Always 8: BTF here describes BPF (LP64) objects. */
LIBBPF_API size_t btf__pointer_size(const struct btf *btf);

/*
 * btf__set_pointer_size(): -EOPNOTSUPP: the SDK's BTF is read-only:
 * building, changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__set_pointer_size(struct btf *btf, size_t ptr_sz);

/*
 * btf__endianness(): Always BTF_LITTLE_ENDIAN (BPF objects of both targets
 * are little-endian).
 */
LIBBPF_API enum btf_endianness btf__endianness(const struct btf *btf);

/*
 * btf__set_endianness(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__set_endianness(struct btf *btf, enum btf_endianness endian);

/* btf__resolve_size(): Works as in libbpf. */
LIBBPF_API __s64 btf__resolve_size(const struct btf *btf, __u32 type_id);

/* btf__resolve_type(): Works as in libbpf. */
LIBBPF_API int btf__resolve_type(const struct btf *btf, __u32 type_id);

/*
 * btf__align_of(): The alignment of a type on the BPF side (LP64), 1 for a
 * packed struct.
 */
LIBBPF_API int btf__align_of(const struct btf *btf, __u32 id);

/*
 * btf__fd(): -EOPNOTSUPP: a guest cannot load BTF into the kernel (no bpf()
 * syscall), so its BTF has no fd.
 */
LIBBPF_API int btf__fd(const struct btf *btf);

/*
 * btf__set_fd(): Does nothing, errno EOPNOTSUPP: a guest cannot load BTF
 * into the kernel (no bpf() syscall), so its BTF has no fd.
 */
LIBBPF_API void btf__set_fd(struct btf *btf, int fd);

/* btf__raw_data(): Works as in libbpf. */
LIBBPF_API const void *btf__raw_data(const struct btf *btf, __u32 *size);

/* btf__name_by_offset(): Works as in libbpf. */
LIBBPF_API const char *btf__name_by_offset(const struct btf *btf, __u32 offset);

/* btf__str_by_offset(): Works as in libbpf. */
LIBBPF_API const char *btf__str_by_offset(const struct btf *btf, __u32 offset);

/* ---- .BTF.ext ---- */
/*
 * btf_ext__new(): NULL, errno EOPNOTSUPP: .BTF.ext is read by the runtime's
 * libbpf, not by the SDK.
 */
LIBBPF_API struct btf_ext *btf_ext__new(const __u8 *data, __u32 size);

/*
 * btf_ext__free(): Does nothing: the objects it frees cannot be created in a
 * guest.
 */
LIBBPF_API void btf_ext__free(struct btf_ext *btf_ext);

/*
 * btf_ext__raw_data(): NULL, errno EOPNOTSUPP: .BTF.ext is read by the
 * runtime's libbpf, not by the SDK.
 */
LIBBPF_API const void *btf_ext__raw_data(const struct btf_ext *btf_ext, __u32 *size);

/* ---- BTF ---- */
/*
 * btf__find_str(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__find_str(struct btf *btf, const char *s);

/*
 * btf__add_str(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_str(struct btf *btf, const char *s);

/*
 * btf__add_type(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_type(struct btf *btf, const struct btf *src_btf,
			     const struct btf_type *src_type);

/*
 * btf__add_btf(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_btf(struct btf *btf, const struct btf *src_btf);

/*
 * btf__add_int(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_int(struct btf *btf, const char *name, size_t byte_sz,
			    int encoding);

/*
 * btf__add_float(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_float(struct btf *btf, const char *name, size_t byte_sz);

/*
 * btf__add_ptr(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_ptr(struct btf *btf, int ref_type_id);

/*
 * btf__add_array(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_array(struct btf *btf, int index_type_id, int elem_type_id,
			      __u32 nr_elems);

/*
 * btf__add_struct(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_struct(struct btf *btf, const char *name, __u32 sz);

/*
 * btf__add_union(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_union(struct btf *btf, const char *name, __u32 sz);

/*
 * btf__add_field(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_field(struct btf *btf, const char *name, int field_type_id,
			      __u32 bit_offset, __u32 bit_size);

/*
 * btf__add_enum(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_enum(struct btf *btf, const char *name, __u32 bytes_sz);

/*
 * btf__add_enum_value(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_enum_value(struct btf *btf, const char *name, __s64 value);

/*
 * btf__add_enum64(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_enum64(struct btf *btf, const char *name, __u32 bytes_sz,
			       bool is_signed);

/*
 * btf__add_enum64_value(): -EOPNOTSUPP: the SDK's BTF is read-only:
 * building, changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_enum64_value(struct btf *btf, const char *name, __u64 value);

enum btf_fwd_kind {
	BTF_FWD_STRUCT = 0,
	BTF_FWD_UNION = 1,
	BTF_FWD_ENUM = 2,
};

/*
 * btf__add_fwd(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_fwd(struct btf *btf, const char *name,
			    enum btf_fwd_kind fwd_kind);

/*
 * btf__add_typedef(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_typedef(struct btf *btf, const char *name, int ref_type_id);

/*
 * btf__add_volatile(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_volatile(struct btf *btf, int ref_type_id);

/*
 * btf__add_const(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_const(struct btf *btf, int ref_type_id);

/*
 * btf__add_restrict(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_restrict(struct btf *btf, int ref_type_id);

/*
 * btf__add_type_tag(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_type_tag(struct btf *btf, const char *value, int ref_type_id);

/*
 * btf__add_func(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_func(struct btf *btf, const char *name,
			     enum btf_func_linkage linkage, int proto_type_id);

/*
 * btf__add_func_proto(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_func_proto(struct btf *btf, int ret_type_id);

/*
 * btf__add_func_param(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_func_param(struct btf *btf, const char *name, int type_id);

/*
 * btf__add_var(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_var(struct btf *btf, const char *name, int linkage, int type_id);

/*
 * btf__add_datasec(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_datasec(struct btf *btf, const char *name, __u32 byte_sz);

/*
 * btf__add_datasec_var_info(): -EOPNOTSUPP: the SDK's BTF is read-only:
 * building, changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_datasec_var_info(struct btf *btf, int var_type_id, __u32 offset,
					 __u32 byte_sz);

/*
 * btf__add_decl_tag(): -EOPNOTSUPP: the SDK's BTF is read-only: building,
 * changing or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__add_decl_tag(struct btf *btf, const char *value, int ref_type_id,
				 int component_idx);

struct btf_dedup_opts {
	size_t sz;
	struct btf_ext *btf_ext;
	bool force_collisions;
	size_t :0;
};
#define btf_dedup_opts__last_field force_collisions

/*
 * btf__dedup(): -EOPNOTSUPP: the SDK's BTF is read-only: building, changing
 * or deduplicating BTF is not implemented.
 */
LIBBPF_API int btf__dedup(struct btf *btf, const struct btf_dedup_opts *opts);

struct btf_dump;

struct btf_dump_opts {
	size_t sz;
};
#define btf_dump_opts__last_field sz

typedef void (*btf_dump_printf_fn_t)(void *ctx, const char *fmt, va_list args);

/* ---- BTF dumping ---- */
/*
 * btf_dump__new(): NULL, errno EOPNOTSUPP: BTF-to-C dumping is not in the
 * SDK (use bpftool-wasm or btf2hdr at build time).
 */
LIBBPF_API struct btf_dump *btf_dump__new(const struct btf *btf,
					  btf_dump_printf_fn_t printf_fn, void *ctx,
					  const struct btf_dump_opts *opts);

/*
 * btf_dump__free(): Does nothing: the objects it frees cannot be created in
 * a guest.
 */
LIBBPF_API void btf_dump__free(struct btf_dump *d);

/*
 * btf_dump__dump_type(): -EOPNOTSUPP: BTF-to-C dumping is not in the SDK
 * (use bpftool-wasm or btf2hdr at build time).
 */
LIBBPF_API int btf_dump__dump_type(struct btf_dump *d, __u32 id);

struct btf_dump_emit_type_decl_opts {
	size_t sz;
	const char *field_name;
	int indent_level;
	bool strip_mods;
	size_t :0;
};
#define btf_dump_emit_type_decl_opts__last_field strip_mods

/*
 * btf_dump__emit_type_decl(): -EOPNOTSUPP: BTF-to-C dumping is not in the
 * SDK (use bpftool-wasm or btf2hdr at build time).
 */
LIBBPF_API int btf_dump__emit_type_decl(struct btf_dump *d, __u32 id,
					const struct btf_dump_emit_type_decl_opts *opts);

struct btf_dump_type_data_opts {
	size_t sz;
	const char *indent_str;
	int indent_level;
	bool compact;
	bool skip_names;
	bool emit_zeroes;
	size_t :0;
};
#define btf_dump_type_data_opts__last_field emit_zeroes

/*
 * btf_dump__dump_type_data(): -EOPNOTSUPP: BTF-to-C dumping is not in the
 * SDK (use bpftool-wasm or btf2hdr at build time).
 */
LIBBPF_API int btf_dump__dump_type_data(struct btf_dump *d, __u32 id, const void *data,
					size_t data_sz,
					const struct btf_dump_type_data_opts *opts);

struct btf_enum64;

struct btf_decl_tag;

/*
 * btf_kind(), btf_vlen(), btf_kflag(), btf_is_*(), btf_int_*(), btf_array(),
 * btf_enum(), btf_enum64(), btf_enum64_value(), btf_members(),
 * btf_member_bit_offset(), btf_member_bitfield_size(), btf_params(),
 * btf_var(), btf_var_secinfos(), btf_decl_tag(): static inline, as in libbpf.
 */
#include "../libbpf-wasm/btf_accessors.h"

#ifdef __cplusplus
} /* extern "C" */
#endif

/* The definitions, once every declaration header is complete. */
#ifdef __LIBBPF_WASM_OUTER_BTF_H
#undef __LIBBPF_WASM_OUTER_BTF_H
#undef __LIBBPF_WASM_DECLARING
#include "../libbpf-wasm/impl.h"
#endif

#endif /* __LIBBPF_BTF_H */
