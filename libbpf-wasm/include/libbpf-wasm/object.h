/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * bpf_object: open (parse the guest's private copy of the ELF), load (patch
 * the copy with what the guest changed, hand it to the runtime, resolve map
 * fds, push .bss/.data values) and close.
 */
#ifndef __LIBBPF_WASM_OBJECT_H
#define __LIBBPF_WASM_OBJECT_H

#include "btf_reader.h"
#include "elf_reader.h"
#include "patch.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Loaded objects, so that an fd-only call (ring_buffer__new) finds its object. */
LIBBPF_WASM_SHARED struct bpf_object *libbpf_wasm__loaded_objects;

LIBBPF_API struct bpf_object *libbpf_wasm__object_of_fd(int fd,
							 struct bpf_map **map)
{
	struct bpf_object *obj;
	size_t i;

	for (obj = libbpf_wasm__loaded_objects; obj; obj = obj->next_loaded)
		for (i = 0; i < obj->map_cnt; i++)
			if (obj->maps[i].fd == fd && fd >= 0) {
				if (map)
					*map = &obj->maps[i];
				return obj;
			}
	return NULL;
}

struct libbpf_wasm_prog_scan {
	struct bpf_object *obj;
	int err;
};

/* libbpf's rule: a global function in an executable section other than
 * .text is a program; the section name is its SEC(). */
LIBBPF_API int libbpf_wasm__scan_prog(void *ctx, const struct libbpf_wasm_elf_sym *sym,
				      const char *name)
{
	struct libbpf_wasm_prog_scan *scan = (struct libbpf_wasm_prog_scan *)ctx;
	struct bpf_object *obj = scan->obj;
	const struct libbpf_wasm_elf *elf = &obj->elf;
	struct bpf_program *progs, *prog;
	const char *sec;

	if ((sym->st_info & 0xf) != LIBBPF_WASM_STT_FUNC ||
	    (sym->st_info >> 4) != LIBBPF_WASM_STB_GLOBAL ||
	    sym->st_shndx == 0 || sym->st_shndx >= elf->shnum ||
	    !(elf->shdrs[sym->st_shndx].sh_flags & LIBBPF_WASM_SHF_EXECINSTR))
		return 0;
	sec = libbpf_wasm__elf_sec_name(elf, sym->st_shndx);
	if (!sec || strcmp(sec, ".text") == 0)
		return 0;
	progs = (struct bpf_program *)realloc(obj->progs, (obj->prog_cnt + 1) * sizeof(*progs));
	if (!progs) {
		scan->err = -ENOMEM;
		return 1;
	}
	obj->progs = progs;
	prog = &progs[obj->prog_cnt++];
	memset(prog, 0, sizeof(*prog));
	prog->obj = obj;
	prog->name = name;
	/* libbpf convention: SEC("?...") programs are not loaded by default. */
	prog->autoload = sec[0] != '?';
	prog->autoattach = true;
	prog->sec_name = sec + !prog->autoload;
	prog->sec_idx = sym->st_shndx;
	prog->insn_off = sym->st_value;
	prog->insn_sz = sym->st_size;
	return 0;
}

LIBBPF_API enum libbpf_wasm_internal libbpf_wasm__internal_kind(const char *sec)
{
	if (strcmp(sec, ".rodata") == 0 || strncmp(sec, ".rodata.", 8) == 0)
		return LIBBPF_WASM_MAP_RODATA;
	if (strcmp(sec, ".data") == 0 || strncmp(sec, ".data.", 6) == 0)
		return LIBBPF_WASM_MAP_DATA;
	if (strcmp(sec, ".bss") == 0)
		return LIBBPF_WASM_MAP_BSS;
	return LIBBPF_WASM_MAP_USER;
}

LIBBPF_API struct bpf_map *libbpf_wasm__add_map(struct bpf_object *obj)
{
	struct bpf_map *maps = (struct bpf_map *)realloc(obj->maps, (obj->map_cnt + 1) * sizeof(*maps));

	if (!maps)
		return NULL;
	obj->maps = maps;
	memset(&maps[obj->map_cnt], 0, sizeof(*maps));
	maps[obj->map_cnt].obj = obj;
	maps[obj->map_cnt].fd = -1;
	maps[obj->map_cnt].autocreate = true;
	return &maps[obj->map_cnt++];
}

/*
 * Kconfig externs: no ELF section; the runtime's libbpf fills the map at
 * load and the guest copies it once (bpf_object__load). The buffer is an
 * upper bound of libbpf's layout, which the skeleton's struct describes.
 */
LIBBPF_API struct bpf_map *libbpf_wasm__add_kconfig_map(struct bpf_object *obj, uint64_t room)
{
	struct bpf_map *map = libbpf_wasm__add_map(obj);

	if (!map)
		return NULL;
	map->name = ".kconfig";
	map->internal = LIBBPF_WASM_MAP_KCONFIG;
	map->type = BPF_MAP_TYPE_ARRAY;
	map->map_flags = BPF_F_MMAPABLE | BPF_F_RDONLY_PROG;	/* as libbpf makes it */
	map->key_size = 4;
	map->value_size = (uint32_t)room;
	map->max_entries = 1;
	map->sec_idx = -1;
	map->mmaped_sz = (size_t)room;
	map->mmaped = calloc(1, (size_t)room);
	return map->mmaped ? map : NULL;
}

/*
 * The BTF map definitions of SEC(".maps") (obj->map_defs) and the room
 * .kconfig needs; 0, or -errno.
 */
LIBBPF_API int libbpf_wasm__read_map_defs(struct bpf_object *obj, uint64_t *kconfig_room)
{
	struct libbpf_wasm_btf btf;
	int sec, n;

	sec = libbpf_wasm__elf_find_sec(&obj->elf, ".BTF");
	if (sec < 0)
		return 0; /* no BTF: no BTF-defined maps */
	n = libbpf_wasm__btf_parse(&btf, libbpf_wasm__elf_sec_data(&obj->elf, (size_t)sec),
				   obj->elf.shdrs[sec].sh_size);
	if (n < 0) {
		libbpf_wasm__pr_warn("object '%s': malformed .BTF section\n", obj->name);
		return n;
	}
	n = libbpf_wasm__btf_map_defs(&btf, &obj->map_defs);
	/* map names point into the object's own .BTF bytes, which outlive btf */
	if (kconfig_room)
		*kconfig_room = libbpf_wasm__btf_datasec_room(&btf, ".kconfig");
	libbpf_wasm__btf_free(&btf);
	if (n < 0)
		return n;
	obj->map_def_cnt = n;
	return 0;
}

LIBBPF_API int libbpf_wasm__scan_user_maps(struct bpf_object *obj)
{
	uint64_t kconfig_room = 0;
	int i, n, err = libbpf_wasm__read_map_defs(obj, &kconfig_room);

	if (err)
		return err;
	n = obj->map_def_cnt;
	for (i = 0; i < n; i++) {
		const struct libbpf_wasm_btf_map_def *def = &obj->map_defs[i];
		struct bpf_map *map = libbpf_wasm__add_map(obj);

		if (!map)
			return -ENOMEM;
		map->name = def->name;
		map->type = (enum bpf_map_type)def->type;
		map->key_size = def->key_size;
		map->value_size = def->value_size;
		map->max_entries = def->max_entries;
		map->map_flags = def->map_flags;
		map->def_idx = (uint32_t)i;
	}
	/* a map's value size is 32 bits (and a guest's size_t too) */
	if (kconfig_room > UINT32_MAX) {
		libbpf_wasm__pr_warn("object '%s': .kconfig needs %llu bytes\n", obj->name,
			(unsigned long long)kconfig_room);
		return -EINVAL;
	}
	if (kconfig_room && !libbpf_wasm__add_kconfig_map(obj, kconfig_room))
		return -ENOMEM;
	return 0;
}

/* One ARRAY map with a single value per non-empty global-data section. */
LIBBPF_API int libbpf_wasm__scan_internal_maps(struct bpf_object *obj)
{
	size_t i;

	for (i = 1; i < obj->elf.shnum; i++) {
		const struct libbpf_wasm_elf_shdr *sh = &obj->elf.shdrs[i];
		const char *sec = libbpf_wasm__elf_sec_name(&obj->elf, i);
		enum libbpf_wasm_internal kind;
		struct bpf_map *map;
		const uint8_t *data;

		if (!sec || !(sh->sh_flags & LIBBPF_WASM_SHF_ALLOC) ||
		    (sh->sh_flags & LIBBPF_WASM_SHF_EXECINSTR) || sh->sh_size == 0)
			continue;
		kind = libbpf_wasm__internal_kind(sec);
		if (kind == LIBBPF_WASM_MAP_USER)
			continue;
		data = libbpf_wasm__elf_sec_data(&obj->elf, i);
		/* a map's value size is 32 bits; initial data lies in the file */
		if (sh->sh_size > UINT32_MAX ||
		    (!data && sh->sh_type != LIBBPF_WASM_SHT_NOBITS)) {
			libbpf_wasm__pr_warn("elf: section %s: size %llu is not a global-data map's\n", sec,
				(unsigned long long)sh->sh_size);
			return -EINVAL;
		}
		map = libbpf_wasm__add_map(obj);
		if (!map)
			return -ENOMEM;
		map->name = sec;
		map->internal = kind;
		map->type = BPF_MAP_TYPE_ARRAY;
		/* the flags libbpf creates global-data maps with */
		map->map_flags = BPF_F_MMAPABLE |
				 (kind == LIBBPF_WASM_MAP_RODATA ? BPF_F_RDONLY_PROG : 0);
		map->key_size = 4;
		map->value_size = (uint32_t)sh->sh_size;
		map->max_entries = 1;
		map->sec_idx = (int)i;
		map->mmaped_sz = sh->sh_size;
		map->mmaped = calloc(1, sh->sh_size);
		if (!map->mmaped)
			return -ENOMEM;
		if (data) {
			memcpy(map->mmaped, data, sh->sh_size);
			map->data_off = (uint32_t)(data - obj->elf_buf);
		}
	}
	return 0;
}

LIBBPF_API void bpf_object__close(struct bpf_object *obj)
{
	struct bpf_object **pp;
	struct bpf_link *link;
	size_t i;

	if (!obj)
		return;
	libbpf_wasm__btf_destroy(obj->btf);
	for (pp = &libbpf_wasm__loaded_objects; *pp; pp = &(*pp)->next_loaded)
		if (*pp == obj) {
			*pp = obj->next_loaded;
			break;
		}
	if (obj->handle)
		wasm_close_bpf_object(obj->handle);
	for (i = 0; i < obj->map_cnt; i++)
		free(obj->maps[i].mmaped);
	/*
	 * Links belong to the caller (bpf_link__destroy), as in libbpf; the
	 * runtime detached them with the object: their ids are dead.
	 */
	for (link = obj->links; link; link = link->next) {
		link->prog = NULL;
		link->ext_id = 0;
		link->detached = true;
	}
	for (i = 0; i < obj->prog_cnt; i++)
		free(obj->progs[i].attach_target);
	free(obj->maps);
	free(obj->progs);
	free(obj->map_defs);
	libbpf_wasm__elf_free(&obj->elf);
	free(obj->elf_buf);
	free(obj);
}

LIBBPF_API void libbpf_wasm__default_obj_name(char *dst, size_t cap,
					       const char *src)
{
	size_t n;

	snprintf(dst, cap, "%s", src);
	n = strlen(dst);
	if (n > 2 && strcmp(dst + n - 2, ".o") == 0)
		dst[n - 2] = '\0';
}

/* An object with its name and a private copy of the bytes, nothing read yet. */
LIBBPF_API struct bpf_object *libbpf_wasm__object_new(const void *obj_buf, size_t obj_buf_sz,
						      const struct bpf_object_open_opts *opts)
{
	struct bpf_object *obj;

	if (!obj_buf || obj_buf_sz == 0) {
		errno = EINVAL;
		return NULL;
	}
	obj = (struct bpf_object *)calloc(1, sizeof(*obj));
	if (!obj)
		goto nomem;
	obj->buffer_fd = -1;
	if (opts && opts->sz > offsetof(struct bpf_object_open_opts, object_name) &&
	    opts->object_name)
		libbpf_wasm__default_obj_name(obj->name, sizeof(obj->name), opts->object_name);
	else
		snprintf(obj->name, sizeof(obj->name), "%lx-%zx",
			 (unsigned long)(uintptr_t)obj_buf, obj_buf_sz);
	/* The caller's bytes (often a constant in the skeleton) are never written. */
	obj->elf_buf = (uint8_t *)malloc(obj_buf_sz);
	if (!obj->elf_buf)
		goto nomem;
	memcpy(obj->elf_buf, obj_buf, obj_buf_sz);
	obj->elf_sz = obj_buf_sz;
	return obj;
nomem:
	free(obj);
	errno = ENOMEM;
	return NULL;
}

/*
 * The ELF (and its BTF map definitions) of an object opened from a
 * skeleton's description, read when something first needs it: rewriting
 * the image for a changed map definition or autoload, bpf_program__insns,
 * a map's BTF type ids. Objects from bpf_object__open_mem have it already.
 */
LIBBPF_API int libbpf_wasm__read_elf(struct bpf_object *obj)
{
	int err;

	if (obj->elf.shnum)
		return 0;
	err = libbpf_wasm__elf_parse(&obj->elf, obj->elf_buf, obj->elf_sz);
	return err ? err : libbpf_wasm__read_map_defs(obj, NULL);
}

/* bpf_object__open_mem's object, from what bpftool-wasm found in it. */
LIBBPF_API struct bpf_object *libbpf_wasm__open_desc(const void *obj_buf, size_t obj_buf_sz,
						     const struct libbpf_wasm_obj_desc *d,
						     const struct bpf_object_open_opts *opts)
{
	struct bpf_object *obj = libbpf_wasm__object_new(obj_buf, obj_buf_sz, opts);
	uint32_t i;

	if (!obj)
		return (struct bpf_object *)libbpf_wasm__err_ptr(-errno);
	obj->progs = (struct bpf_program *)calloc(d->prog_cnt ? d->prog_cnt : 1, sizeof(*obj->progs));
	if (!obj->progs)
		goto nomem;
	for (i = 0; i < d->map_cnt; i++) {
		const struct libbpf_wasm_map_desc *md = &d->maps[i];
		struct bpf_map *map = libbpf_wasm__add_map(obj);

		if (!map)
			goto nomem;
		map->name = md->name;
		map->type = (enum bpf_map_type)md->type;
		map->key_size = md->key_size;
		map->value_size = md->value_size;
		map->max_entries = md->max_entries;
		map->map_flags = md->map_flags;
		map->internal = (enum libbpf_wasm_internal)md->internal;
		map->sec_idx = md->sec_idx;
		map->def_idx = md->def_idx;
		map->data_off = md->data_off;
		if (map->internal == LIBBPF_WASM_MAP_USER)
			continue;
		map->mmaped_sz = md->value_size;
		map->mmaped = calloc(1, md->value_size ? md->value_size : 1);
		if (!map->mmaped)
			goto nomem;
		if (md->data_off && libbpf_wasm__in_bounds(obj->elf_sz, md->data_off, md->value_size))
			memcpy(map->mmaped, obj->elf_buf + md->data_off, md->value_size);
	}
	for (i = 0; i < d->prog_cnt; i++) {
		const struct libbpf_wasm_prog_desc *pd = &d->progs[i];
		struct bpf_program *prog = &obj->progs[i];

		prog->obj = obj;
		prog->name = pd->name;
		prog->sec_name = pd->sec_name;
		prog->sec_idx = pd->sec_idx;
		prog->autoload = pd->autoload;
		prog->autoattach = true;
		prog->insn_off = pd->insn_off;
		prog->insn_sz = pd->insn_sz;
	}
	obj->prog_cnt = d->prog_cnt;
	return obj;
nomem:
	bpf_object__close(obj);
	return (struct bpf_object *)libbpf_wasm__err_ptr(-ENOMEM);
}

LIBBPF_API struct bpf_object *
bpf_object__open_mem(const void *obj_buf, size_t obj_buf_sz,
		     const struct bpf_object_open_opts *opts)
{
	struct libbpf_wasm_prog_scan scan;
	struct bpf_object *obj = libbpf_wasm__object_new(obj_buf, obj_buf_sz, opts);
	int err;

	if (!obj)
		return (struct bpf_object *)libbpf_wasm__err_ptr(-errno);
	err = libbpf_wasm__elf_parse(&obj->elf, obj->elf_buf, obj->elf_sz);
	if (!err)
		err = libbpf_wasm__scan_user_maps(obj);
	if (!err)
		err = libbpf_wasm__scan_internal_maps(obj);
	if (!err) {
		scan.obj = obj;
		scan.err = 0;
		err = libbpf_wasm__elf_for_each_sym(&obj->elf, libbpf_wasm__scan_prog, &scan);
		if (err == 1 || err == -ENOENT)
			err = scan.err;
	}
	if (err) {
		libbpf_wasm__pr_warn("failed to open BPF object '%s': %s\n", obj->name, strerror(-err));
		bpf_object__close(obj);
		return (struct bpf_object *)libbpf_wasm__err_ptr(err);
	}
	return obj;
}

/* Guests have no file system on the runtimes (no preopened directories). */
LIBBPF_API struct bpf_object *bpf_object__open_file(const char *path,
						    const struct bpf_object_open_opts *opts)
{
	(void)opts;
	libbpf_wasm__pr_warn("bpf_object__open_file('%s'): guests cannot read files on wasm-bpf runtimes; embed the object (bpftool-wasm gen skeleton) and use bpf_object__open_mem (-EOPNOTSUPP)\n",
		path ? path : "");
	return (struct bpf_object *)libbpf_wasm__err_ptr(-EOPNOTSUPP);
}

LIBBPF_API struct bpf_object *bpf_object__open(const char *path)
{
	return bpf_object__open_file(path, NULL);
}

/* Masks of enum libbpf_wasm_internal kinds, for libbpf_wasm__sync_globals. */
#define LIBBPF_WASM_KIND(k)		(1u << (k))
#define LIBBPF_WASM_MUTABLE_GLOBALS	(LIBBPF_WASM_KIND(LIBBPF_WASM_MAP_BSS) | \
					 LIBBPF_WASM_KIND(LIBBPF_WASM_MAP_DATA))

/*
 * Copies the single value (key 0) of every loaded global-data map whose kind
 * is in `kinds` between the kernel and the guest's view: cmd LOOKUP reads,
 * UPDATE writes. Stops at the first failure, naming its map in *failed.
 */
LIBBPF_API int libbpf_wasm__sync_globals(struct bpf_object *obj, unsigned kinds,
					 enum wasm_bpf_map_cmd cmd,
					 struct bpf_map **failed)
{
	uint32_t zero = 0;
	size_t i;

	for (i = 0; i < obj->map_cnt; i++) {
		struct bpf_map *map = &obj->maps[i];
		int ret;

		if (!(kinds & LIBBPF_WASM_KIND(map->internal)) || map->fd < 0)
			continue;
		ret = wasm_bpf_map_operate(map->fd, cmd, &zero, map->mmaped, NULL, 0);
		if (ret != 0) {
			if (failed)
				*failed = map;
			return libbpf_wasm__host_err(ret);
		}
	}
	return 0;
}

/* After load: what the guest set in .bss/.data reaches the kernel. */
LIBBPF_API int libbpf_wasm__push_globals(struct bpf_object *obj)
{
	struct bpf_map *failed = NULL;
	int err = libbpf_wasm__sync_globals(obj, LIBBPF_WASM_MUTABLE_GLOBALS,
					    WASM_BPF_MAP_UPDATE, &failed);

	if (err)
		libbpf_wasm__pr_warn("map '%s': failed to write global data: %s\n", failed->name,
			strerror(-err));
	return err;
}

/* Reads the kernel's current .bss/.data values into the guest's view. */
LIBBPF_API int libbpf_wasm__pull_globals(struct bpf_object *obj)
{
	return libbpf_wasm__sync_globals(obj, LIBBPF_WASM_MUTABLE_GLOBALS, WASM_BPF_MAP_LOOKUP,
					 NULL);
}

/* The kernel config values libbpf resolved; they never change after load. */
LIBBPF_API int libbpf_wasm__pull_kconfig(struct bpf_object *obj)
{
	struct bpf_map *failed = NULL;
	int err = libbpf_wasm__sync_globals(obj, LIBBPF_WASM_KIND(LIBBPF_WASM_MAP_KCONFIG),
					    WASM_BPF_MAP_LOOKUP, &failed);

	if (err)
		libbpf_wasm__pr_warn("map '%s': failed to read kconfig values: %s\n", failed->name,
			strerror(-err));
	return err;
}

LIBBPF_API int bpf_object__load(struct bpf_object *obj)
{
	uint8_t *img;
	size_t i, img_sz;
	int err;

	if (!obj)
		return libbpf_wasm__err(-EINVAL);
	if (obj->loaded) {
		libbpf_wasm__pr_warn("object '%s': load can't be attempted twice\n", obj->name);
		return libbpf_wasm__err(-EINVAL);
	}
	libbpf_wasm__patch_data(obj);
	img = obj->elf_buf;
	img_sz = obj->elf_sz;
	err = obj->rewrite ? obj->rewrite(obj, &img, &img_sz) : 0;
	if (err)
		return libbpf_wasm__err(err);
	/* the runtime copies the bytes: a patched image can go right away */
	obj->handle = wasm_load_bpf_object(img, (int)img_sz);
	if (img != obj->elf_buf)
		free(img);
	if (!obj->handle) {
		libbpf_wasm__pr_warn("object '%s': the runtime failed to load it (see the runtime's libbpf log)\n",
			obj->name);
		return libbpf_wasm__err(-EINVAL);
	}
	obj->loaded = true;
	for (i = 0; i < obj->map_cnt; i++) {
		struct bpf_map *map = &obj->maps[i];

		if (!map->autocreate)
			continue;
		map->fd = wasm_bpf_map_fd_by_name(obj->handle, map->name);
		if (map->fd < 0) {
			/* string-literal sections (.rodata.str1.1) are not always maps */
			if (map->internal)
				libbpf_wasm__pr_debug("map '%s': no fd from the runtime\n", map->name);
			else
				libbpf_wasm__pr_warn("map '%s': the runtime has no fd for it (%s)\n", map->name,
					strerror(libbpf_wasm__linux_errno(-map->fd)));
			map->fd = -1;
		}
	}
	obj->next_loaded = libbpf_wasm__loaded_objects;
	libbpf_wasm__loaded_objects = obj;
	err = libbpf_wasm__pull_kconfig(obj);
	if (!err)
		err = libbpf_wasm__push_globals(obj);
	return libbpf_wasm__err(err);
}

LIBBPF_API const char *bpf_object__name(const struct bpf_object *obj)
{
	return obj ? obj->name : NULL;
}

LIBBPF_API struct bpf_map *
bpf_object__find_map_by_name(const struct bpf_object *obj, const char *name)
{
	size_t i;

	if (!obj || !name)
		return (struct bpf_map *)libbpf_wasm__err_ptr(-EINVAL);
	for (i = 0; i < obj->map_cnt; i++)
		if (strcmp(obj->maps[i].name, name) == 0)
			return &obj->maps[i];
	/* libbpf also accepts "obj.rodata"-style names for internal maps */
	for (i = 0; i < obj->map_cnt; i++) {
		const char *dot = strchr(name, '.');

		if (obj->maps[i].internal && dot && strcmp(obj->maps[i].name, dot) == 0)
			return &obj->maps[i];
	}
	return (struct bpf_map *)libbpf_wasm__err_ptr(-ENOENT);
}

LIBBPF_API int bpf_object__find_map_fd_by_name(const struct bpf_object *obj,
						const char *name)
{
	struct bpf_map *map = bpf_object__find_map_by_name(obj, name);

	return map ? map->fd : libbpf_wasm__err(-ENOENT);
}

LIBBPF_API struct bpf_program *
bpf_object__find_program_by_name(const struct bpf_object *obj, const char *name)
{
	size_t i;

	if (!obj || !name)
		return (struct bpf_program *)libbpf_wasm__err_ptr(-EINVAL);
	for (i = 0; i < obj->prog_cnt; i++)
		if (strcmp(obj->progs[i].name, name) == 0)
			return &obj->progs[i];
	return (struct bpf_program *)libbpf_wasm__err_ptr(-ENOENT);
}

LIBBPF_API struct bpf_map *bpf_object__next_map(const struct bpf_object *obj,
						const struct bpf_map *map)
{
	size_t next = map ? (size_t)(map - obj->maps) + 1 : 0;

	return obj && next < obj->map_cnt ? &obj->maps[next] : NULL;
}

LIBBPF_API struct bpf_program *
bpf_object__next_program(const struct bpf_object *obj,
			 struct bpf_program *prog)
{
	size_t next = prog ? (size_t)(prog - obj->progs) + 1 : 0;

	return obj && next < obj->prog_cnt ? &obj->progs[next] : NULL;
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_OBJECT_H */
