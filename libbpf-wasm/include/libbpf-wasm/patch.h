/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Turning what the guest changed between open and load into ELF bytes.
 *
 * The runtimes take nothing but the bytes of the object, so every setting a
 * libbpf user makes before load must be expressed in the ELF itself:
 *  - .rodata/.data values: written over the section bytes;
 *  - bpf_program__set_autoload(false): the section is renamed "?SEC", the
 *    libbpf convention for "do not load" (libbpf >= 0.8 on the host);
 *  - bpf_map__set_{type,max_entries,key_size,value_size,map_flags}: the map's
 *    BTF definition is replaced by a new struct appended to .BTF, whose
 *    attributes point to new `int (*)[N]` types (existing array types may be
 *    shared by other maps, so they are never edited in place).
 * Data changes are made in place; renames and BTF changes append a new
 * section-name table, a new .BTF and a new section header table to a copy.
 */
#ifndef __LIBBPF_WASM_PATCH_H
#define __LIBBPF_WASM_PATCH_H

#include "btf_reader.h"
#include "elf_reader.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* object.h: the ELF of an object opened from a skeleton's description */
LIBBPF_API int libbpf_wasm__read_elf(struct bpf_object *obj);

struct libbpf_wasm_bytes {
	uint8_t *data;
	size_t len, cap;
};

LIBBPF_API int libbpf_wasm__bytes_add(struct libbpf_wasm_bytes *b,
				      const void *p, size_t n)
{
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		uint8_t *d;

		while (cap < b->len + n)
			cap *= 2;
		d = (uint8_t *)realloc(b->data, cap);
		if (!d)
			return -ENOMEM;
		b->data = d;
		b->cap = cap;
	}
	if (p)
		memcpy(b->data + b->len, p, n);
	else
		memset(b->data + b->len, 0, n);
	b->len += n;
	return 0;
}

LIBBPF_API int libbpf_wasm__bytes_u32(struct libbpf_wasm_bytes *b, uint32_t v)
{
	return libbpf_wasm__bytes_add(b, &v, 4);
}

/* Pads to a multiple of 8 bytes, as ELF section data wants. */
LIBBPF_API int libbpf_wasm__bytes_align8(struct libbpf_wasm_bytes *b)
{
	return b->len % 8 ? libbpf_wasm__bytes_add(b, NULL, 8 - b->len % 8) : 0;
}

/* New .rodata/.data contents go straight into the guest's private copy. */
LIBBPF_API void libbpf_wasm__patch_data(struct bpf_object *obj)
{
	size_t i;

	for (i = 0; i < obj->map_cnt; i++) {
		struct bpf_map *map = &obj->maps[i];

		if ((map->internal == LIBBPF_WASM_MAP_RODATA ||
		     map->internal == LIBBPF_WASM_MAP_DATA) && map->data_off &&
		    libbpf_wasm__in_bounds(obj->elf_sz, map->data_off, map->mmaped_sz))
			memcpy(obj->elf_buf + map->data_off, map->mmaped, map->mmaped_sz);
	}
}

LIBBPF_API bool libbpf_wasm__needs_rename(const struct bpf_object *obj)
{
	size_t i;

	for (i = 0; i < obj->prog_cnt; i++)
		if (!obj->progs[i].autoload &&
		    libbpf_wasm__elf_sec_name(&obj->elf, (size_t)obj->progs[i].sec_idx)[0] != '?')
			return true;
	return false;
}

LIBBPF_API bool libbpf_wasm__needs_btf(const struct bpf_object *obj)
{
	size_t i;

	for (i = 0; i < obj->map_cnt; i++)
		if (obj->maps[i].def_changed)
			return true;
	return false;
}

/*
 * Programs sharing a section share its name, so autoload can only differ
 * between sections. Says so instead of loading something unexpected.
 */
LIBBPF_API int libbpf_wasm__check_autoload(const struct bpf_object *obj)
{
	size_t i, j;

	for (i = 0; i < obj->prog_cnt; i++)
		for (j = i + 1; j < obj->prog_cnt; j++)
			if (obj->progs[i].sec_idx == obj->progs[j].sec_idx &&
			    obj->progs[i].autoload != obj->progs[j].autoload) {
				libbpf_wasm__pr_warn("prog '%s': shares section '%s' with '%s'; on wasm-bpf autoload is per section (-EOPNOTSUPP)\n",
					obj->progs[i].name, obj->progs[i].sec_name,
					obj->progs[j].name);
				return -EOPNOTSUPP;
			}
	return 0;
}

/* Appends the renamed section names; updates shdrs (a private copy). */
LIBBPF_API int libbpf_wasm__rename_sections(const struct bpf_object *obj,
					    struct libbpf_wasm_elf_shdr *shdrs,
					    struct libbpf_wasm_bytes *strtab)
{
	size_t i;
	int err = libbpf_wasm__bytes_add(strtab, obj->elf.shstrtab, obj->elf.shstrtab_sz);

	for (i = 0; !err && i < obj->prog_cnt; i++) {
		const struct bpf_program *prog = &obj->progs[i];
		const char *name = libbpf_wasm__elf_sec_name(&obj->elf, (size_t)prog->sec_idx);
		struct libbpf_wasm_elf_shdr *sh = &shdrs[prog->sec_idx];

		if (prog->autoload || name[0] == '?' ||
		    sh->sh_name != obj->elf.shdrs[prog->sec_idx].sh_name)
			continue; /* loaded, already "?", or renamed for a sibling */
		sh->sh_name = (uint32_t)strtab->len;
		err = libbpf_wasm__bytes_add(strtab, "?", 1);
		if (!err)
			err = libbpf_wasm__bytes_add(strtab, name, strlen(name) + 1);
	}
	return err;
}

/* Where the new BTF is assembled: types and strings grow separately. */
struct libbpf_wasm_btf_edit {
	struct libbpf_wasm_btf btf;
	uint8_t *types;		/* writable copy of the original types */
	uint32_t types_len;
	struct libbpf_wasm_bytes new_types, new_strs;
	uint32_t strs_len;	/* original string section length */
	uint32_t next_id;
	uint32_t int_id;
};

LIBBPF_API uint32_t libbpf_wasm__btf_add_str(struct libbpf_wasm_btf_edit *e,
					     const char *s)
{
	uint32_t off = e->strs_len + (uint32_t)e->new_strs.len;

	return libbpf_wasm__bytes_add(&e->new_strs, s, strlen(s) + 1) ? 0 : off;
}

LIBBPF_API uint32_t libbpf_wasm__btf_add_type(struct libbpf_wasm_btf_edit *e,
					      uint32_t name_off, uint32_t kind,
					      uint32_t vlen, uint32_t size_or_type)
{
	struct libbpf_wasm_btf_type t;

	t.name_off = name_off;
	t.info = (kind << 24) | vlen;
	t.size_or_type = size_or_type;
	if (libbpf_wasm__bytes_add(&e->new_types, &t, sizeof(t)))
		return 0;
	return e->next_id++;
}

/* `int (*)[n]`, the encoding of __uint(attr, n); returns the pointer id. */
LIBBPF_API uint32_t libbpf_wasm__btf_add_uint_attr(struct libbpf_wasm_btf_edit *e,
						   uint32_t n)
{
	uint32_t arr = libbpf_wasm__btf_add_type(e, 0, LIBBPF_WASM_BTF_ARRAY, 0, 0);

	if (!arr || libbpf_wasm__bytes_u32(&e->new_types, e->int_id) ||
	    libbpf_wasm__bytes_u32(&e->new_types, e->int_id) ||
	    libbpf_wasm__bytes_u32(&e->new_types, n))
		return 0;
	return libbpf_wasm__btf_add_type(e, 0, LIBBPF_WASM_BTF_PTR, 0, arr);
}

LIBBPF_API uint32_t libbpf_wasm__btf_find_int(struct libbpf_wasm_btf_edit *e)
{
	struct libbpf_wasm_btf_type t;
	uint32_t id;

	for (id = 1; id < e->btf.nr_types; id++)
		if (libbpf_wasm__btf_type(&e->btf, id, &t) &&
		    libbpf_wasm__btf_kind(&t) == LIBBPF_WASM_BTF_INT &&
		    strcmp(libbpf_wasm__btf_name(&e->btf, t.name_off), "int") == 0)
			return id;
	id = libbpf_wasm__btf_add_type(e, libbpf_wasm__btf_add_str(e, "int"),
				       LIBBPF_WASM_BTF_INT, 0, 4);
	/* signed, 32 bits at offset 0 */
	if (!id || libbpf_wasm__bytes_u32(&e->new_types, (1u << 24) | 32))
		return 0;
	return id;
}

/* The attribute members a changed map definition is rebuilt with. */
struct libbpf_wasm_map_attr {
	const char *name;
	uint32_t value, orig;
};

/*
 * Appends a new definition struct for map (original members that did not
 * change, then the changed attributes) and points the map's VAR at it.
 */
LIBBPF_API int libbpf_wasm__btf_redefine_map(struct libbpf_wasm_btf_edit *e,
					     const struct bpf_map *map,
					     uint32_t var_id)
{
	const struct libbpf_wasm_btf_map_def *def = &map->obj->map_defs[map->def_idx];
	/* Only changed attributes are rewritten: key/value *types* stay when
	 * their sizes did not change (spin locks, timers and kptrs need them). */
	struct libbpf_wasm_map_attr attrs[5] = {
		{ "type", (uint32_t)map->type, def->type },
		{ "max_entries", map->max_entries, def->max_entries },
		{ "key_size", map->key_size, def->key_size },
		{ "value_size", map->value_size, def->value_size },
		{ "map_flags", map->map_flags, def->map_flags },
	};
	struct libbpf_wasm_bytes members = { NULL, 0, 0 };
	struct libbpf_wasm_btf_type st;
	uint32_t st_id, vlen = 0, m, i;
	int err = 0;

	libbpf_wasm__btf_type(&e->btf, def->def_struct_id, &st);
	for (m = 0; m < libbpf_wasm__btf_vlen(&st); m++) {
		uint32_t name_off = libbpf_wasm__btf_word(&e->btf, def->def_struct_id, 3 * m);
		const char *mname = libbpf_wasm__btf_name(&e->btf, name_off);
		bool replaced = false;

		for (i = 0; i < 5; i++) {
			bool changed = attrs[i].value != attrs[i].orig;

			replaced |= changed && strcmp(mname, attrs[i].name) == 0;
			/* "key"/"value" imply a size: drop them when it changes */
			replaced |= changed && i == 2 && strcmp(mname, "key") == 0;
			replaced |= changed && i == 3 && strcmp(mname, "value") == 0;
		}
		if (replaced)
			continue;
		err |= libbpf_wasm__bytes_u32(&members, name_off);
		err |= libbpf_wasm__bytes_u32(&members, libbpf_wasm__btf_word(&e->btf, def->def_struct_id, 3 * m + 1));
		err |= libbpf_wasm__bytes_u32(&members, 64 * vlen++);
	}
	for (i = 0; i < 5; i++) {
		uint32_t ptr, name;

		if (attrs[i].value == attrs[i].orig)
			continue;
		ptr = libbpf_wasm__btf_add_uint_attr(e, attrs[i].value);
		name = libbpf_wasm__btf_add_str(e, attrs[i].name);
		err |= !ptr || !name;
		err |= libbpf_wasm__bytes_u32(&members, name);
		err |= libbpf_wasm__bytes_u32(&members, ptr);
		err |= libbpf_wasm__bytes_u32(&members, 64 * vlen++);
	}
	st_id = err ? 0 : libbpf_wasm__btf_add_type(e, 0, LIBBPF_WASM_BTF_STRUCT, vlen, 8 * vlen);
	if (!st_id || libbpf_wasm__bytes_add(&e->new_types, members.data, members.len)) {
		free(members.data);
		return -ENOMEM;
	}
	free(members.data);
	/* VAR: name_off, info, type — re-point its type (third word) */
	memcpy(e->types + e->btf.offs[var_id] + 8, &st_id, 4);
	return 0;
}

/* The id of the VAR that defines map `name` in the .maps DATASEC. */
LIBBPF_API uint32_t libbpf_wasm__btf_map_var(const struct libbpf_wasm_btf *btf,
					     const char *name)
{
	struct libbpf_wasm_btf_type t, var;
	uint32_t id, i;

	for (id = 1; id < btf->nr_types; id++) {
		libbpf_wasm__btf_type(btf, id, &t);
		if (libbpf_wasm__btf_kind(&t) != LIBBPF_WASM_BTF_DATASEC ||
		    strcmp(libbpf_wasm__btf_name(btf, t.name_off), ".maps") != 0)
			continue;
		for (i = 0; i < libbpf_wasm__btf_vlen(&t); i++) {
			uint32_t var_id = libbpf_wasm__btf_word(btf, id, 3 * i);

			if (libbpf_wasm__btf_type(btf, var_id, &var) &&
			    strcmp(libbpf_wasm__btf_name(btf, var.name_off), name) == 0)
				return var_id;
		}
	}
	return 0;
}

/* Builds the new .BTF into out; the original layout must be header, types, strings. */
LIBBPF_API int libbpf_wasm__rebuild_btf(const struct bpf_object *obj,
					struct libbpf_wasm_bytes *out)
{
	int sec = libbpf_wasm__elf_find_sec(&obj->elf, ".BTF");
	struct libbpf_wasm_btf_edit e;
	const uint8_t *raw;
	uint32_t hdr[6], new_type_len, new_str_len;
	size_t i;
	int err;

	if (sec < 0)
		return -ENOENT;
	raw = libbpf_wasm__elf_sec_data(&obj->elf, (size_t)sec);
	memset(&e, 0, sizeof(e));
	err = libbpf_wasm__btf_parse(&e.btf, raw, obj->elf.shdrs[sec].sh_size);
	if (err)
		return err;
	memcpy(hdr, raw, sizeof(hdr));
	if (hdr[1] != 24 || hdr[2] != 0 || hdr[4] != hdr[3]) {
		libbpf_wasm__pr_warn("btf: unexpected section layout; can't change map definitions\n");
		libbpf_wasm__btf_free(&e.btf);
		return -EOPNOTSUPP;
	}
	e.types_len = hdr[3];
	e.strs_len = hdr[5];
	e.next_id = e.btf.nr_types;
	e.types = (uint8_t *)malloc(e.types_len ? e.types_len : 1);
	err = e.types ? 0 : -ENOMEM;
	if (!err) {
		memcpy(e.types, raw + 24, e.types_len);
		e.int_id = libbpf_wasm__btf_find_int(&e);
		err = e.int_id ? 0 : -ENOMEM;
	}
	for (i = 0; !err && i < obj->map_cnt; i++) {
		const struct bpf_map *map = &obj->maps[i];
		uint32_t var_id;

		if (!map->def_changed)
			continue;
		var_id = libbpf_wasm__btf_map_var(&e.btf, map->name);
		err = var_id ? libbpf_wasm__btf_redefine_map(&e, map, var_id) : -ENOENT;
	}
	if (!err) {
		new_type_len = e.types_len + (uint32_t)e.new_types.len;
		new_str_len = e.strs_len + (uint32_t)e.new_strs.len;
		hdr[3] = new_type_len;	/* type_len */
		hdr[4] = new_type_len;	/* str_off */
		hdr[5] = new_str_len;	/* str_len */
		err = libbpf_wasm__bytes_add(out, hdr, sizeof(hdr));
		err = err ? err : libbpf_wasm__bytes_add(out, e.types, e.types_len);
		err = err ? err : libbpf_wasm__bytes_add(out, e.new_types.data, e.new_types.len);
		err = err ? err : libbpf_wasm__bytes_add(out, raw + 24 + e.types_len, e.strs_len);
		err = err ? err : libbpf_wasm__bytes_add(out, e.new_strs.data, e.new_strs.len);
	}
	free(e.types);
	free(e.new_types.data);
	free(e.new_strs.data);
	libbpf_wasm__btf_free(&e.btf);
	return err;
}

/*
 * obj->rewrite, once the guest changed a map definition or an autoload:
 * *img is obj->elf_buf (data patched) on entry, a new image on return if
 * renames or BTF changes were needed (the caller frees it when it is not
 * elf_buf).
 */
LIBBPF_API int libbpf_wasm__rewrite_image(struct bpf_object *obj, uint8_t **img, size_t *img_sz)
{
	struct libbpf_wasm_bytes out = { NULL, 0, 0 }, piece = { NULL, 0, 0 };
	struct libbpf_wasm_elf_shdr *shdrs;
	uint16_t shstrndx;
	uint64_t shoff;
	int err, btf_sec;

	err = libbpf_wasm__read_elf(obj);
	if (err) {
		libbpf_wasm__pr_warn("object '%s': cannot read its ELF: %s\n", obj->name, strerror(-err));
		return err;
	}
	err = libbpf_wasm__check_autoload(obj);
	if (err || (!libbpf_wasm__needs_rename(obj) && !libbpf_wasm__needs_btf(obj)))
		return err;

	shdrs = (struct libbpf_wasm_elf_shdr *)malloc(obj->elf.shnum * sizeof(*shdrs));
	if (!shdrs)
		return -ENOMEM;
	memcpy(shdrs, obj->elf.shdrs, obj->elf.shnum * sizeof(*shdrs));
	memcpy(&shstrndx, obj->elf_buf + 62, 2);
	err = libbpf_wasm__bytes_add(&out, obj->elf_buf, obj->elf_sz);
	if (!err && libbpf_wasm__needs_rename(obj)) {
		err = libbpf_wasm__rename_sections(obj, shdrs, &piece);
		err = err ? err : libbpf_wasm__bytes_align8(&out);
		shdrs[shstrndx].sh_offset = out.len;
		shdrs[shstrndx].sh_size = piece.len;
		err = err ? err : libbpf_wasm__bytes_add(&out, piece.data, piece.len);
		piece.len = 0;
	}
	btf_sec = libbpf_wasm__elf_find_sec(&obj->elf, ".BTF");
	if (!err && libbpf_wasm__needs_btf(obj)) {
		err = libbpf_wasm__rebuild_btf(obj, &piece);
		err = err ? err : libbpf_wasm__bytes_align8(&out);
		if (!err) {
			shdrs[btf_sec].sh_offset = out.len;
			shdrs[btf_sec].sh_size = piece.len;
		}
		err = err ? err : libbpf_wasm__bytes_add(&out, piece.data, piece.len);
	}
	err = err ? err : libbpf_wasm__bytes_align8(&out);
	shoff = out.len;
	err = err ? err : libbpf_wasm__bytes_add(&out, shdrs, obj->elf.shnum * sizeof(*shdrs));
	free(shdrs);
	free(piece.data);
	if (err) {
		free(out.data);
		libbpf_wasm__pr_warn("object '%s': failed to prepare the ELF image: %s\n",
			obj->name, strerror(-err));
		return err;
	}
	memcpy(out.data + 40, &shoff, 8);	/* e_shoff */
	*img = out.data;
	*img_sz = out.len;
	return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_PATCH_H */
