/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Just enough BTF to read BTF-defined maps (SEC(".maps")) from the object's
 * .BTF section: libbpf encodes `__uint(max_entries, N)` as a pointer to an
 * array of N ints and `__type(key, T)` as a pointer to T. The guest reads
 * them so bpf_map__type(), bpf_map__key_size() and friends answer before
 * load, as with libbpf, without a host call.
 */
#ifndef __LIBBPF_WASM_BTF_READER_H
#define __LIBBPF_WASM_BTF_READER_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

enum {
	LIBBPF_WASM_BTF_INT = 1, LIBBPF_WASM_BTF_PTR, LIBBPF_WASM_BTF_ARRAY,
	LIBBPF_WASM_BTF_STRUCT, LIBBPF_WASM_BTF_UNION, LIBBPF_WASM_BTF_ENUM,
	LIBBPF_WASM_BTF_FWD, LIBBPF_WASM_BTF_TYPEDEF, LIBBPF_WASM_BTF_VOLATILE,
	LIBBPF_WASM_BTF_CONST, LIBBPF_WASM_BTF_RESTRICT, LIBBPF_WASM_BTF_FUNC,
	LIBBPF_WASM_BTF_FUNC_PROTO, LIBBPF_WASM_BTF_VAR, LIBBPF_WASM_BTF_DATASEC,
	LIBBPF_WASM_BTF_FLOAT, LIBBPF_WASM_BTF_DECL_TAG, LIBBPF_WASM_BTF_TYPE_TAG,
	LIBBPF_WASM_BTF_ENUM64,
};

struct libbpf_wasm_btf_type {
	uint32_t name_off;
	uint32_t info;	/* vlen: bits 0-15, kind: bits 24-28 */
	uint32_t size_or_type;
};

struct libbpf_wasm_btf {
	const uint8_t *types;	/* start of the type section */
	const char *strs;
	uint32_t strs_len;
	uint32_t *offs;		/* offs[id]: offset of type id in types */
	uint32_t nr_types;	/* ids 1..nr_types-1 are valid */
};

/* The attributes of a BTF-defined map; a field not given stays 0. */
struct libbpf_wasm_btf_map_def {
	const char *name;
	uint32_t type, key_size, value_size, max_entries, map_flags;
	/* BTF type ids of the array types encoding each attribute, so that a
	 * later change can re-point them (0 when absent). */
	uint32_t type_attr_id, max_entries_attr_id, key_size_attr_id,
		 value_size_attr_id, map_flags_attr_id;
	uint32_t def_struct_id; /* the anonymous struct of the definition */
};

LIBBPF_API unsigned libbpf_wasm__btf_kind(const struct libbpf_wasm_btf_type *t)
{
	return (t->info >> 24) & 0x1f;
}

LIBBPF_API unsigned libbpf_wasm__btf_vlen(const struct libbpf_wasm_btf_type *t)
{
	return t->info & 0xffff;
}

/* Bytes a type record occupies, or 0 for an unknown kind. */
LIBBPF_API size_t libbpf_wasm__btf_type_len(const struct libbpf_wasm_btf_type *t)
{
	size_t base = sizeof(*t), vlen = libbpf_wasm__btf_vlen(t);

	switch (libbpf_wasm__btf_kind(t)) {
	case LIBBPF_WASM_BTF_INT: case LIBBPF_WASM_BTF_VAR:
	case LIBBPF_WASM_BTF_DECL_TAG:
		return base + 4;
	case LIBBPF_WASM_BTF_ARRAY:
		return base + 12;
	case LIBBPF_WASM_BTF_STRUCT: case LIBBPF_WASM_BTF_UNION:
	case LIBBPF_WASM_BTF_DATASEC: case LIBBPF_WASM_BTF_ENUM64:
		return base + 12 * vlen;
	case LIBBPF_WASM_BTF_ENUM: case LIBBPF_WASM_BTF_FUNC_PROTO:
		return base + 8 * vlen;
	case LIBBPF_WASM_BTF_PTR: case LIBBPF_WASM_BTF_FWD:
	case LIBBPF_WASM_BTF_TYPEDEF: case LIBBPF_WASM_BTF_VOLATILE:
	case LIBBPF_WASM_BTF_CONST: case LIBBPF_WASM_BTF_RESTRICT:
	case LIBBPF_WASM_BTF_FUNC: case LIBBPF_WASM_BTF_FLOAT:
	case LIBBPF_WASM_BTF_TYPE_TAG:
		return base;
	default:
		return 0;
	}
}

LIBBPF_API void libbpf_wasm__btf_free(struct libbpf_wasm_btf *btf)
{
	free(btf->offs);
	memset(btf, 0, sizeof(*btf));
}

/* Indexes the types of a raw .BTF section; -EINVAL when it is malformed. */
LIBBPF_API int libbpf_wasm__btf_parse(struct libbpf_wasm_btf *btf,
				      const uint8_t *data, size_t size)
{
	uint32_t hdr_len, type_off, type_len, str_off, str_len, off, cap = 64;
	uint16_t magic;

	memset(btf, 0, sizeof(*btf));
	/* data is NULL when the section's bytes are not in the file */
	if (!data || size < 24)
		return -EINVAL;
	memcpy(&magic, data, 2);
	memcpy(&hdr_len, data + 4, 4);
	memcpy(&type_off, data + 8, 4);
	memcpy(&type_len, data + 12, 4);
	memcpy(&str_off, data + 16, 4);
	memcpy(&str_len, data + 20, 4);
	if (magic != 0xeB9F || hdr_len < 24 || hdr_len > size ||
	    !libbpf_wasm__in_bounds(size - hdr_len, type_off, type_len) ||
	    !libbpf_wasm__in_bounds(size - hdr_len, str_off, str_len) ||
	    (str_len && data[hdr_len + str_off + str_len - 1] != '\0'))
		return -EINVAL;
	btf->types = data + hdr_len + type_off;
	btf->strs = (const char *)data + hdr_len + str_off;
	btf->strs_len = str_len;
	btf->offs = (uint32_t *)malloc(cap * sizeof(uint32_t));
	if (!btf->offs)
		return -ENOMEM;
	btf->offs[0] = 0;
	btf->nr_types = 1;
	for (off = 0; off < type_len;) {
		struct libbpf_wasm_btf_type t;
		size_t len;

		if (type_len - off < sizeof(t))
			goto bad;
		memcpy(&t, btf->types + off, sizeof(t));
		len = libbpf_wasm__btf_type_len(&t);
		if (!len || len > type_len - off)
			goto bad;
		if (btf->nr_types == cap) {
			uint32_t *n = (uint32_t *)realloc(btf->offs, 2 * cap * sizeof(uint32_t));

			if (!n) {
				libbpf_wasm__btf_free(btf);
				return -ENOMEM;
			}
			btf->offs = n;
			cap *= 2;
		}
		btf->offs[btf->nr_types++] = off;
		off += (uint32_t)len;
	}
	return 0;
bad:
	libbpf_wasm__btf_free(btf);
	return -EINVAL;
}

/* A copy of type id's fixed part; false for an invalid id. */
LIBBPF_API bool libbpf_wasm__btf_type(const struct libbpf_wasm_btf *btf,
				      uint32_t id, struct libbpf_wasm_btf_type *t)
{
	if (id == 0 || id >= btf->nr_types)
		return false;
	memcpy(t, btf->types + btf->offs[id], sizeof(*t));
	return true;
}

/* The i-th 32-bit word after a type's fixed part (members, array info...). */
LIBBPF_API uint32_t libbpf_wasm__btf_word(const struct libbpf_wasm_btf *btf,
					  uint32_t id, size_t i)
{
	uint32_t w;

	memcpy(&w, btf->types + btf->offs[id] + sizeof(struct libbpf_wasm_btf_type) + 4 * i, 4);
	return w;
}

LIBBPF_API const char *libbpf_wasm__btf_name(const struct libbpf_wasm_btf *btf,
					     uint32_t name_off)
{
	return name_off < btf->strs_len ? btf->strs + name_off : "";
}

/* Skips typedefs and qualifiers; 0 for an invalid chain. */
LIBBPF_API uint32_t libbpf_wasm__btf_skip_mods(const struct libbpf_wasm_btf *btf,
					       uint32_t id)
{
	struct libbpf_wasm_btf_type t;
	int depth;

	for (depth = 0; depth < 32 && libbpf_wasm__btf_type(btf, id, &t); depth++) {
		switch (libbpf_wasm__btf_kind(&t)) {
		case LIBBPF_WASM_BTF_TYPEDEF: case LIBBPF_WASM_BTF_VOLATILE:
		case LIBBPF_WASM_BTF_CONST: case LIBBPF_WASM_BTF_RESTRICT:
		case LIBBPF_WASM_BTF_TYPE_TAG: case LIBBPF_WASM_BTF_VAR:
			id = t.size_or_type;
			break;
		default:
			return id;
		}
	}
	return 0;
}

/* sizeof() of a type as the BPF side (LP64) sees it; 0 when unknown. */
LIBBPF_API uint64_t libbpf_wasm__btf_size(const struct libbpf_wasm_btf *btf,
					  uint32_t id)
{
	struct libbpf_wasm_btf_type t;

	id = libbpf_wasm__btf_skip_mods(btf, id);
	if (!libbpf_wasm__btf_type(btf, id, &t))
		return 0;
	switch (libbpf_wasm__btf_kind(&t)) {
	case LIBBPF_WASM_BTF_PTR:
		return 8;
	case LIBBPF_WASM_BTF_ARRAY: {
		uint32_t elem = libbpf_wasm__btf_word(btf, id, 0);

		if (libbpf_wasm__btf_skip_mods(btf, elem) == id)
			return 0;
		return libbpf_wasm__btf_size(btf, elem) *
		       libbpf_wasm__btf_word(btf, id, 2);
	}
	case LIBBPF_WASM_BTF_INT: case LIBBPF_WASM_BTF_STRUCT:
	case LIBBPF_WASM_BTF_UNION: case LIBBPF_WASM_BTF_ENUM:
	case LIBBPF_WASM_BTF_ENUM64: case LIBBPF_WASM_BTF_FLOAT:
	case LIBBPF_WASM_BTF_DATASEC:
		return t.size_or_type;
	default:
		return 0;
	}
}

/* For `int (*name)[N]` members: N, and the array's type id in *arr_id. */
LIBBPF_API bool libbpf_wasm__btf_uint_attr(const struct libbpf_wasm_btf *btf,
					   uint32_t ptr_id, uint32_t *val,
					   uint32_t *arr_id)
{
	struct libbpf_wasm_btf_type t;
	uint32_t arr;

	if (!libbpf_wasm__btf_type(btf, ptr_id, &t) ||
	    libbpf_wasm__btf_kind(&t) != LIBBPF_WASM_BTF_PTR)
		return false;
	arr = t.size_or_type;
	if (!libbpf_wasm__btf_type(btf, arr, &t) ||
	    libbpf_wasm__btf_kind(&t) != LIBBPF_WASM_BTF_ARRAY)
		return false;
	*val = libbpf_wasm__btf_word(btf, arr, 2);
	*arr_id = arr;
	return true;
}

LIBBPF_API void libbpf_wasm__btf_read_map_member(const struct libbpf_wasm_btf *btf,
						 struct libbpf_wasm_btf_map_def *def,
						 const char *mname, uint32_t mtype)
{
	struct libbpf_wasm_btf_type t;
	uint32_t v = 0, arr = 0;
	bool is_uint = libbpf_wasm__btf_uint_attr(btf, mtype, &v, &arr);

	if (strcmp(mname, "type") == 0 && is_uint) {
		def->type = v;
		def->type_attr_id = arr;
	} else if (strcmp(mname, "max_entries") == 0 && is_uint) {
		def->max_entries = v;
		def->max_entries_attr_id = arr;
	} else if (strcmp(mname, "map_flags") == 0 && is_uint) {
		def->map_flags = v;
		def->map_flags_attr_id = arr;
	} else if (strcmp(mname, "key_size") == 0 && is_uint) {
		def->key_size = v;
		def->key_size_attr_id = arr;
	} else if (strcmp(mname, "value_size") == 0 && is_uint) {
		def->value_size = v;
		def->value_size_attr_id = arr;
	} else if ((strcmp(mname, "key") == 0 || strcmp(mname, "value") == 0) &&
		   libbpf_wasm__btf_type(btf, mtype, &t) &&
		   libbpf_wasm__btf_kind(&t) == LIBBPF_WASM_BTF_PTR) {
		uint32_t sz = (uint32_t)libbpf_wasm__btf_size(btf, t.size_or_type);

		if (mname[0] == 'k')
			def->key_size = sz;
		else
			def->value_size = sz;
	}
}

/*
 * Room for the variables of DATASEC sec once libbpf has laid them out: each
 * at most rounded up to 8 bytes. libbpf assigns .kconfig offsets at open
 * time, so the object's own BTF gives only the sizes. 0 when absent.
 */
LIBBPF_API uint64_t libbpf_wasm__btf_datasec_room(const struct libbpf_wasm_btf *btf,
						  const char *sec)
{
	struct libbpf_wasm_btf_type t;
	uint64_t room = 0;
	uint32_t id;
	unsigned i;

	for (id = 1; id < btf->nr_types; id++) {
		libbpf_wasm__btf_type(btf, id, &t);
		if (libbpf_wasm__btf_kind(&t) == LIBBPF_WASM_BTF_DATASEC &&
		    strcmp(libbpf_wasm__btf_name(btf, t.name_off), sec) == 0)
			break;
	}
	if (id == btf->nr_types)
		return 0;
	for (i = 0; i < libbpf_wasm__btf_vlen(&t); i++)
		room += (libbpf_wasm__btf_size(btf, libbpf_wasm__btf_word(btf, id, 3 * i)) + 7) & ~7ULL;
	return room;
}

/*
 * Reads every map of the ".maps" DATASEC into a malloc'ed array.
 * Returns the number of maps (0 when there is no .maps section) or -errno.
 */
LIBBPF_API int libbpf_wasm__btf_map_defs(const struct libbpf_wasm_btf *btf,
					 struct libbpf_wasm_btf_map_def **defs)
{
	struct libbpf_wasm_btf_type t;
	uint32_t id;

	*defs = NULL;
	for (id = 1; id < btf->nr_types; id++) {
		unsigned i, vlen;

		libbpf_wasm__btf_type(btf, id, &t);
		if (libbpf_wasm__btf_kind(&t) != LIBBPF_WASM_BTF_DATASEC ||
		    strcmp(libbpf_wasm__btf_name(btf, t.name_off), ".maps") != 0)
			continue;
		vlen = libbpf_wasm__btf_vlen(&t);
		*defs = (struct libbpf_wasm_btf_map_def *)calloc(vlen ? vlen : 1, sizeof(**defs));
		if (!*defs)
			return -ENOMEM;
		for (i = 0; i < vlen; i++) {
			struct libbpf_wasm_btf_map_def *def = &(*defs)[i];
			struct libbpf_wasm_btf_type var, st;
			uint32_t var_id = libbpf_wasm__btf_word(btf, id, 3 * i);
			uint32_t st_id;
			unsigned m;

			if (!libbpf_wasm__btf_type(btf, var_id, &var) ||
			    libbpf_wasm__btf_kind(&var) != LIBBPF_WASM_BTF_VAR)
				goto bad;
			def->name = libbpf_wasm__btf_name(btf, var.name_off);
			st_id = libbpf_wasm__btf_skip_mods(btf, var.size_or_type);
			if (!libbpf_wasm__btf_type(btf, st_id, &st) ||
			    libbpf_wasm__btf_kind(&st) != LIBBPF_WASM_BTF_STRUCT)
				goto bad;
			def->def_struct_id = st_id;
			for (m = 0; m < libbpf_wasm__btf_vlen(&st); m++) {
				uint32_t mname = libbpf_wasm__btf_word(btf, st_id, 3 * m);
				uint32_t mtype = libbpf_wasm__btf_word(btf, st_id, 3 * m + 1);

				libbpf_wasm__btf_read_map_member(btf, def,
					libbpf_wasm__btf_name(btf, mname), mtype);
			}
		}
		return (int)vlen;
	}
	return 0;
bad:
	free(*defs);
	*defs = NULL;
	libbpf_wasm__pr_warn("btf: malformed map definition in .maps\n");
	return -EINVAL;
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_BTF_READER_H */
