// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <dwarf.h>
#include <elfutils/libdw.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "btf_input.h"
#include "name_set.h"
#include "user_types.h"

/*
 * The types found, in order, each once; and the BTF's named types by kind
 * and name. Both are lookups per DWARF type: hashed, so that a large
 * object is read in linear time.
 */
struct found {
	__u32 *ids;
	char **files;		/* headers only: the header's base name per id */
	bool headers_only;
	size_t cnt, cap;
	bool *seen;		/* by type id */
	struct name_set by_name;	/* "KIND:NAME" -> the first id of that kind and name */
};

static int add_id(struct found *f, __u32 id, const char *file)
{
	if (f->seen[id])
		return 0;
	f->seen[id] = true;
	if (f->cnt == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 16;
		__u32 *ids = realloc(f->ids, cap * sizeof(*ids));
		char **files = f->headers_only ? realloc(f->files, cap * sizeof(*files)) : NULL;

		if (ids)
			f->ids = ids;
		if (files)
			f->files = files;
		if (!ids || (f->headers_only && !files))
			return -ENOMEM;
		f->cap = cap;
	}
	if (f->headers_only) {
		const char *base = strrchr(file, '/');

		f->files[f->cnt] = strdup(base ? base + 1 : file);
		if (!f->files[f->cnt])
			return -ENOMEM;
	}
	f->ids[f->cnt++] = id;
	return 0;
}

static bool is_system_file(const char *path)
{
	const char *base = strrchr(path, '/');

	base = base ? base + 1 : path;
	return strcmp(base, "vmlinux.h") == 0 || strncmp(path, "/usr/include/", 13) == 0 ||
	       strncmp(path, "/usr/local/include/", 19) == 0 || strstr(path, "/lib/clang/") ||
	       strstr(path, "/lib/llvm-");
}

/*
 * Headers only BPF code includes: libbpf's BPF-side headers, wherever a
 * project keeps its copy of them, and the program's own NAME.bpf.h
 * (libbpf-tools' bits.bpf.h, maps.bpf.h, core_fixes.bpf.h).
 */
static bool is_bpf_side_header(const char *path)
{
	static const char *const names[] = {
		"bpf_helpers.h", "bpf_helper_defs.h", "bpf_tracing.h", "bpf_core_read.h",
		"bpf_endian.h", "usdt.bpf.h",
	};
	const char *base = strrchr(path, '/');
	size_t i;

	base = base ? base + 1 : path;
	if (strlen(base) > 6 && !strcmp(base + strlen(base) - 6, ".bpf.h"))
		return true;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(base, names[i]))
			return true;
	return false;
}

/*
 * path as an absolute path without "." and ".." components or repeated
 * slashes (a relative one taken from dir), in out; false if it does not fit.
 */
static bool normalize_path(const char *dir, const char *path, char *out, size_t sz)
{
	size_t n = 0;
	int pass;

	for (pass = path[0] == '/' ? 1 : 0; pass < 2; pass++) {
		const char *p = pass ? path : dir;

		while (*p) {
			const char *end = strchr(p, '/');
			size_t len = end ? (size_t)(end - p) : strlen(p);

			if (len == 2 && p[0] == '.' && p[1] == '.') {
				while (n > 0 && out[--n] != '/')
					;
			} else if (len && !(len == 1 && p[0] == '.')) {
				if (n + len + 2 > sz)
					return false;
				out[n++] = '/';
				memcpy(out + n, p, len);
				n += len;
			}
			p += len;
			while (*p == '/')
				p++;
		}
	}
	out[n] = '\0';
	return true;
}

/*
 * Whether path is the compilation unit's main source (the .bpf.c). The line
 * table may spell it relative to the compilation directory or to an include
 * directory, or absolute: both are compared as absolute paths.
 */
static bool is_main_file(Dwarf_Die *cu, const char *path)
{
	const char *name = dwarf_diename(cu), *dir;
	Dwarf_Attribute attr;
	char a[4096], b[4096];

	dir = dwarf_formstring(dwarf_attr(cu, DW_AT_comp_dir, &attr));
	if (!name)
		return false;
	if (!dir)
		dir = "";
	return normalize_path(dir, name, a, sizeof(a)) && normalize_path(dir, path, b, sizeof(b)) &&
	       !strcmp(a, b);
}

static int btf_kind_of_tag(int tag)
{
	switch (tag) {
	case DW_TAG_structure_type:
		return BTF_KIND_STRUCT;
	case DW_TAG_union_type:
		return BTF_KIND_UNION;
	case DW_TAG_enumeration_type:
		return BTF_KIND_ENUM;
	case DW_TAG_typedef:
		return BTF_KIND_TYPEDEF;
	default:
		return -1;
	}
}

static char *kind_key(int kind, const char *name)
{
	char *key = malloc(strlen(name) + 8);

	if (key)
		sprintf(key, "%d:%s", kind, name);
	return key;
}

/* What btf__find_by_name_kind() finds (the first id), for every named type at once. */
static int index_btf(const struct btf *btf, struct found *f)
{
	__u32 id, n = btf__type_cnt(btf);

	f->seen = calloc(n, sizeof(*f->seen));
	if (!f->seen)
		return -ENOMEM;
	for (id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const char *name = btf__name_by_offset(btf, t->name_off);
		char *key;
		unsigned *first;

		if (!name || !*name)
			continue;
		key = kind_key((int)btf_kind(t), name);
		first = key ? name_set_value(&f->by_name, key) : NULL;
		free(key);
		if (!first)
			return -ENOMEM;
		if (!*first)
			*first = id;
	}
	return 0;
}

static __u32 lookup(struct found *f, int kind, const char *name)
{
	char *key = kind_key(kind, name);
	unsigned *id = key && name_set_has(&f->by_name, key) ? name_set_value(&f->by_name, key) : NULL;

	free(key);
	return id ? *id : 0;
}

/* The BTF type of that kind and name (enums: 32- or 64-bit), or 0. */
static __u32 find_btf(struct found *f, int kind, const char *name)
{
	__u32 id = lookup(f, kind, name);

	if (!id && kind == BTF_KIND_ENUM)
		id = lookup(f, BTF_KIND_ENUM64, name);
	return id;
}

/*
 * The file a type was declared in. libdw's dwarf_decl_file() rejects file
 * index 0, which DWARF 5 (clang 14) uses for the primary source file, so
 * the index is looked up in the CU's file table here.
 */
static const char *decl_file(Dwarf_Die *cu, Dwarf_Die *die)
{
	Dwarf_Attribute attr;
	Dwarf_Files *files;
	Dwarf_Word idx;
	size_t n;

	if (!dwarf_attr_integrate(die, DW_AT_decl_file, &attr) || dwarf_formudata(&attr, &idx) ||
	    dwarf_getsrcfiles(cu, &files, &n) || idx >= n)
		return NULL;
	return dwarf_filesrc(files, idx, NULL, NULL);
}

static int from_dwarf(Dwarf *dw, const struct btf_input *in, struct found *f, FILE *warn)
{
	Dwarf_Off off = 0, next;
	size_t hdr;
	int err = 0;

	while (!err && dwarf_nextcu(dw, off, &next, &hdr, NULL, NULL, NULL) == 0) {
		Dwarf_Die cu, die;

		if (dwarf_offdie(dw, off + hdr, &cu) && dwarf_child(&cu, &die) == 0) {
			do {
				int kind = btf_kind_of_tag(dwarf_tag(&die));
				const char *name = dwarf_diename(&die), *file;
				__u32 id;

				if (kind < 0 || !name || dwarf_hasattr(&die, DW_AT_declaration))
					continue;
				file = decl_file(&cu, &die);
				if (!file || is_system_file(file))
					continue;
				if (f->headers_only && (is_main_file(&cu, file) || is_bpf_side_header(file)))
					continue;
				id = find_btf(f, kind, name);
				if (id)
					err = add_id(f, id, file);
				else if (kind != BTF_KIND_TYPEDEF && warn)
					fprintf(warn, "btf2hdr: %s: warning: %s %s (declared in %s) is not in the object's BTF; "
						"refer to it from BPF code, e.g. '%s %s *unused_%s __attribute__((unused));'\n",
						in->path, kind == BTF_KIND_ENUM ? "enum" : kind == BTF_KIND_UNION ? "union" : "struct",
						name, file, kind == BTF_KIND_ENUM ? "enum" : kind == BTF_KIND_UNION ? "union" : "struct",
						name, name);
			} while (!err && dwarf_siblingof(&die, &die) == 0);
		}
		off = next;
	}
	return err;
}

/* Without DWARF: what global variables and maps use. */
static int from_btf(const struct btf *btf, struct found *f)
{
	__u32 id, n = btf__type_cnt(btf);
	int err = 0;

	for (id = 1; id < n && !err; id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		const struct btf_var_secinfo *v;
		int i;

		if (!btf_is_datasec(t))
			continue;
		for (i = 0, v = btf_var_secinfos(t); i < btf_vlen(t) && !err; i++, v++) {
			const struct btf_type *var = btf__type_by_id(btf, v->type);
			__s32 tid;

			if (!var || !btf_is_var(var))
				continue;
			tid = btf__resolve_type(btf, var->type);
			if (tid <= 0)
				continue;
			/* a .maps variable is the map definition: use its key and value */
			if (strcmp(btf__name_by_offset(btf, t->name_off), ".maps") == 0 &&
			    btf_is_struct(btf__type_by_id(btf, (__u32)tid))) {
				const struct btf_type *def = btf__type_by_id(btf, (__u32)tid);
				const struct btf_member *m = btf_members(def);
				int j;

				for (j = 0; j < btf_vlen(def) && !err; j++, m++) {
					const char *mn = btf__name_by_offset(btf, m->name_off);
					const struct btf_type *pt = btf__type_by_id(btf, m->type);
					__s32 kv;

					if (!pt || !btf_is_ptr(pt) || (strcmp(mn, "key") && strcmp(mn, "value")))
						continue;
					kv = btf__resolve_type(btf, pt->type);
					if (kv > 0 && (btf_is_composite(btf__type_by_id(btf, (__u32)kv)) ||
						       btf_is_any_enum(btf__type_by_id(btf, (__u32)kv))))
						err = add_id(f, (__u32)kv, NULL);
				}
				continue;
			}
			/* a pointer variable (the unused_event idiom) names its pointee */
			if (btf_is_ptr(btf__type_by_id(btf, (__u32)tid)))
				tid = btf__resolve_type(btf, btf__type_by_id(btf, (__u32)tid)->type);
			if (tid > 0 && btf__type_by_id(btf, (__u32)tid)->name_off &&
			    (btf_is_composite(btf__type_by_id(btf, (__u32)tid)) ||
			     btf_is_any_enum(btf__type_by_id(btf, (__u32)tid))))
				err = add_id(f, (__u32)tid, NULL);
		}
	}
	return err;
}

static void found_free(struct found *f)
{
	size_t i;

	for (i = 0; f->files && i < f->cnt; i++)
		free(f->files[i]);
	free(f->files);
	free(f->ids);
}

/*
 * Reads DWARF from the object in `in` into f; without DWARF, -ENODATA
 * when headers_only, else what from_btf() finds.
 */
static int find_types(const struct btf_input *in, struct found *f, FILE *warn)
{
	Elf *elf;
	Dwarf *dw = NULL;
	int err;

	err = index_btf(in->btf, f);
	if (err)
		goto out;
	elf_version(EV_CURRENT);
	elf = in->is_elf ? elf_memory((char *)in->data, in->size) : NULL;
	if (elf)
		dw = dwarf_begin_elf(elf, DWARF_C_READ, NULL);
	if (dw)
		err = from_dwarf(dw, in, f, warn);
	else
		err = f->headers_only ? -ENODATA : from_btf(in->btf, f);
	if (dw)
		dwarf_end(dw);
	elf_end(elf);
out:
	free(f->seen);
	f->seen = NULL;
	name_set_free(&f->by_name);
	if (err)
		found_free(f);
	return err;
}

int user_types(const struct btf_input *in, __u32 **ids, size_t *cnt, FILE *warn)
{
	struct found f = { 0 };
	int err = find_types(in, &f, warn);

	if (err)
		return err;
	*ids = f.ids;
	*cnt = f.cnt;
	return 0;
}

int user_header_types(const void *elf, size_t size, const struct btf *btf,
		      struct header_type **types, size_t *cnt)
{
	struct btf_input in = {
		.path = "", .data = (unsigned char *)elf, .size = size, .is_elf = true,
		.btf = (struct btf *)btf,
	};
	struct found f = { .headers_only = true };
	struct header_type *t;
	size_t i;
	int err = find_types(&in, &f, NULL);

	if (err)
		return err;
	t = calloc(f.cnt ? f.cnt : 1, sizeof(*t));
	if (!t) {
		found_free(&f);
		return -ENOMEM;
	}
	for (i = 0; i < f.cnt; i++) {
		t[i].id = f.ids[i];
		t[i].file = f.files[i];
	}
	free(f.files);
	free(f.ids);
	*types = t;
	*cnt = f.cnt;
	return 0;
}

void header_types_free(struct header_type *types, size_t cnt)
{
	size_t i;

	for (i = 0; types && i < cnt; i++)
		free(types[i].file);
	free(types);
}
