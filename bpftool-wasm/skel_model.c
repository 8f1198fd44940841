// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "btf_validate.h"
#include "name_set.h"
#include "names.h"
#include "obj_check.h"
#include "object_desc.h"
#include "skel_model.h"

static int fail(struct skel_model *m, int err, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(struct skel_model *m, int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(m->err, sizeof(m->err), fmt, ap);
	va_end(ap);
	return err;
}

/* An identifier in the tag name space, renamed when reserved there. */
static char *tag_ident(const char *s)
{
	char *id = name_to_identifier(s), *renamed;

	if (!id || !name_is_reserved(NS_TAG, id))
		return id;
	renamed = malloc(strlen(id) + sizeof(RENAME_SUFFIX));
	if (renamed)
		strcat(strcpy(renamed, id), RENAME_SUFFIX);
	free(id);
	return renamed;
}

char *skel_object_name(const char *path, const char *name)
{
	const char *base = strrchr(path, '/');
	char *copy, *id;
	size_t n;

	if (name)
		return tag_ident(name);
	copy = strdup(base ? base + 1 : path);
	if (!copy)
		return NULL;
	n = strlen(copy);
	if (n > 2 && strcmp(copy + n - 2, ".o") == 0)
		copy[n - 2] = '\0';
	id = tag_ident(copy);
	free(copy);
	return id;
}

/* ident and field of a map or program name; <0 when out of memory */
static int spell(const char *name, char **ident, char **field)
{
	size_t len = strlen(name) + 32;

	*ident = name_to_identifier(name);
	*field = malloc(len);
	if (!*ident || !*field || name_member_spelling(name, false, *field, len) < 0)
		return -ENOMEM;
	return 0;
}

static int read_file(struct skel_model *m)
{
	struct stat st;
	ssize_t got = 0;
	int fd = open(m->path, O_RDONLY);

	if (fd < 0)
		return fail(m, -errno, "%s", strerror(errno));
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		close(fd);
		return fail(m, -EINVAL, "not a regular file");
	}
	if (st.st_size == 0) {
		close(fd);
		return fail(m, -EINVAL, "empty file (0 bytes)");
	}
	m->elf_sz = (size_t)st.st_size;
	m->elf = malloc(m->elf_sz);
	while (m->elf && (size_t)got < m->elf_sz) {
		ssize_t n = read(fd, m->elf + got, m->elf_sz - (size_t)got);

		if (n <= 0)
			break;
		got += n;
	}
	close(fd);
	if (!m->elf || (size_t)got != m->elf_sz)
		return fail(m, -EIO, "read failed");
	return 0;
}

static int silent_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

/* The first DATASEC of each name, hashed: one lookup per data section. */
static int index_datasecs(struct skel_model *m)
{
	__u32 id, n = btf__type_cnt(m->btf);

	for (id = 1; id < n; id++) {
		const struct btf_type *t = btf__type_by_id(m->btf, id);
		unsigned *first;

		if (!btf_is_datasec(t))
			continue;
		first = name_set_value(&m->datasecs, btf__name_by_offset(m->btf, t->name_off));
		if (!first)
			return fail(m, -ENOMEM, "out of memory");
		if (!*first)
			*first = id;
	}
	return 0;
}

static int find_datasec(struct skel_model *m, const char *sec)
{
	const struct btf *btf = m->btf;
	int id = name_set_has(&m->datasecs, sec) ? (int)*name_set_value(&m->datasecs, sec) : 0;
	const struct btf_type *t;
	const struct btf_var_secinfo *vsi;
	int i;

	if (id <= 0)
		return 0;
	t = btf__type_by_id(btf, id);
	vsi = btf_var_secinfos(t);
	/* only sections with a global variable get a typed pointer */
	for (i = 0; i < btf_vlen(t); i++, vsi++) {
		const struct btf_type *var = btf__type_by_id(btf, vsi->type);

		if (var && btf_is_var(var) && btf_var(var)->linkage != BTF_VAR_STATIC)
			return id;
	}
	return 0;
}

static struct skel_map *add_map(struct skel_model *m)
{
	struct skel_map *maps = realloc(m->maps, (m->map_cnt + 1) * sizeof(*maps));

	if (!maps)
		return NULL;
	m->maps = maps;
	memset(&maps[m->map_cnt], 0, sizeof(*maps));
	return &maps[m->map_cnt++];
}

/*
 * Kconfig externs have no ELF section: libbpf lays out the .kconfig DATASEC
 * when it opens the object (bpf_object__btf() already has the offsets) and
 * fills the map at load. The guest reads it once after load (object.h).
 */
static int collect_kconfig_map(struct skel_model *m)
{
	int id = find_datasec(m, ".kconfig");
	struct skel_map *map;

	if (!id)
		return 0;
	map = add_map(m);
	if (!map || !(map->name = strdup(".kconfig")) || spell("kconfig", &map->ident, &map->field))
		return fail(m, -ENOMEM, "out of memory");
	map->internal = true;
	map->datasec_id = id;
	return 0;
}

/*
 * Global-data maps, one per allocated, non-executable, non-empty .rodata*,
 * .data* or .bss section, named after it: the sections the SDK makes maps
 * of, found by the SDK's own reader (object_desc.c), so that the skeleton
 * and the guest cannot disagree on which sections those are.
 */
static int collect_internal_maps(struct skel_model *m)
{
	struct object_desc d;
	size_t i;
	int err;

	err = object_desc(m->elf, m->elf_sz, &d, m->err, sizeof(m->err));
	if (err)
		return err;
	for (i = 0; !err && i < d.map_cnt; i++) {
		const char *name = d.maps[i].name;
		struct skel_map *map;

		if (d.maps[i].internal != DESC_RODATA && d.maps[i].internal != DESC_DATA &&
		    d.maps[i].internal != DESC_BSS)
			continue;
		map = add_map(m);
		if (!map || !(map->name = strdup(name)) || spell(name + 1, &map->ident, &map->field)) {
			err = fail(m, -ENOMEM, "out of memory");
			break;
		}
		map->internal = true;
		map->datasec_id = find_datasec(m, name);
	}
	object_desc_free(&d);
	return err ? err : collect_kconfig_map(m);
}

static int collect_maps_and_progs(struct skel_model *m)
{
	struct bpf_program *prog;
	struct bpf_map *map;

	bpf_object__for_each_map(map, m->obj) {
		struct skel_map *sm;

		if (bpf_map__is_internal(map))
			continue;
		sm = add_map(m);
		if (!sm || !(sm->name = strdup(bpf_map__name(map) ? bpf_map__name(map) : "")) ||
		    spell(sm->name, &sm->ident, &sm->field))
			return fail(m, -ENOMEM, "out of memory");
	}
	bpf_object__for_each_program(prog, m->obj) {
		struct skel_prog *progs = realloc(m->progs, (m->prog_cnt + 1) * sizeof(*progs)), *p;

		if (!progs)
			return fail(m, -ENOMEM, "out of memory");
		m->progs = progs;
		p = &progs[m->prog_cnt++];
		memset(p, 0, sizeof(*p));
		p->name = bpf_program__name(prog);
		if (spell(p->name, &p->ident, &p->field))
			return fail(m, -ENOMEM, "out of memory");
	}
	if (m->prog_cnt == 0)
		return fail(m, -EINVAL, "no BPF programs in the object");
	return 0;
}

/* ident as a field is spelled in C (cxx false) or C++: malloc'ed */
static char *field_spelling(const char *ident, bool cxx)
{
	enum member_rename r = name_member_rename(ident, false);
	bool suffix = r == MEMBER_SUFFIX || (cxx && r == MEMBER_CXX_SUFFIX);
	char *s = malloc(strlen(ident) + sizeof(RENAME_SUFFIX));

	if (s)
		strcat(strcpy(s, ident), suffix ? RENAME_SUFFIX : "");
	return s;
}

/*
 * Index (from 1) of an earlier name whose field is spelled like name i's
 * in C or in C++ (*cxx_only tells which), 0 if none, -1 out of memory.
 * Hashed: thousands of maps cost thousands of lookups.
 */
static long earlier_field(struct name_set sets[2], const char *ident, size_t i, bool *cxx_only)
{
	long found = 0;
	int lang;

	for (lang = 0; lang < 2; lang++) {
		char *spelled = field_spelling(ident, lang);
		unsigned *first = spelled ? name_set_value(&sets[lang], spelled) : NULL;

		free(spelled);
		if (!first)
			return -1;
		if (*first && !found) {
			found = *first;
			*cxx_only = lang == 1;
		} else if (!*first) {
			*first = (unsigned)i + 1;
		}
	}
	return found;
}

/*
 * Every name must become a field of its own: a name that gives no
 * identifier, or two that give the same one (in C or in C++), are refused.
 */
static int check_names(struct skel_model *m, const char *what, size_t cnt,
		       const char *(*name_of)(const struct skel_model *, size_t),
		       const char *(*ident_of)(const struct skel_model *, size_t))
{
	struct name_set sets[2] = { { 0 }, { 0 } };
	char sa[NAME_MSG_BUF], sb[NAME_MSG_BUF];
	size_t i;
	int err = 0;

	for (i = 0; i < cnt && !err; i++) {
		bool cxx_only = false;
		long j;

		if (!*ident_of(m, i)) {
			err = fail(m, -EINVAL, "%s %zu has an empty name", what, i);
			break;
		}
		j = earlier_field(sets, ident_of(m, i), i, &cxx_only);
		if (j < 0)
			err = fail(m, -ENOMEM, "out of memory");
		else if (j)
			err = fail(m, -EINVAL, "%ss \"%s\" and \"%s\" become the same skeleton field%s; rename one",
				   what, name_for_message(name_of(m, (size_t)j - 1), sa, sizeof(sa)),
				   name_for_message(name_of(m, i), sb, sizeof(sb)),
				   cxx_only ? " in C++" : "");
	}
	name_set_free(&sets[0]);
	name_set_free(&sets[1]);
	return err;
}

static const char *map_name(const struct skel_model *m, size_t i) { return m->maps[i].name; }
static const char *map_ident(const struct skel_model *m, size_t i) { return m->maps[i].ident; }
static const char *prog_name(const struct skel_model *m, size_t i) { return m->progs[i].name; }
static const char *prog_ident(const struct skel_model *m, size_t i) { return m->progs[i].ident; }

static int check_idents(struct skel_model *m)
{
	int err = check_names(m, "map", m->map_cnt, map_name, map_ident);

	return err ? err : check_names(m, "program", m->prog_cnt, prog_name, prog_ident);
}

static int set_name(struct skel_model *m, const char *path, const char *name)
{
	m->path = path;
	m->obj_name = skel_object_name(path, name);
	if (!m->obj_name)
		return fail(m, -ENOMEM, "out of memory");
	if (!*m->obj_name)
		return fail(m, -EINVAL, "no skeleton name in the file name (use name NAME)");
	return 0;
}

/* Everything after the bytes are in m->elf. */
static int load_model(struct skel_model *m)
{
	LIBBPF_OPTS(bpf_object_open_opts, opts);
	int err;

	/* libbpf 1.1 trusts much of what it parses: nothing unchecked reaches it */
	if (bpf_obj_check(m->elf, m->elf_sz, m->err, sizeof(m->err)))
		return -EINVAL;
	/* libbpf fixes up DATASEC sizes and offsets at open; nothing is loaded */
	libbpf_set_print(silent_print);
	opts.object_name = m->obj_name;
	m->obj = bpf_object__open_mem(m->elf, m->elf_sz, &opts);
	if (!m->obj)
		return fail(m, -errno, "libbpf cannot open it: %s", strerror(errno));
	m->btf = bpf_object__btf(m->obj);
	if (!m->btf)
		return fail(m, -EINVAL, "no usable BTF");
	/* the types are printed: names must be C (as for btf2hdr) */
	if (btf_validate(m->btf, m->err, sizeof(m->err)))
		return -EINVAL;
	err = index_datasecs(m);
	if (!err)
		err = collect_maps_and_progs(m);
	if (!err)
		err = collect_internal_maps(m);
	if (!err)
		err = check_idents(m);
	return err;
}

int skel_model__load(struct skel_model *m, const char *path, const char *name)
{
	int err;

	memset(m, 0, sizeof(*m));
	err = set_name(m, path, name);
	err = err ? err : read_file(m);
	return err ? err : load_model(m);
}

int skel_model__load_mem(struct skel_model *m, const void *data, size_t size,
			 const char *path, const char *name)
{
	int err;

	memset(m, 0, sizeof(*m));
	err = set_name(m, path, name);
	if (err)
		return err;
	m->elf = malloc(size ? size : 1);
	if (!m->elf)
		return fail(m, -ENOMEM, "out of memory");
	memcpy(m->elf, data, size);
	m->elf_sz = size;
	return load_model(m);
}

void skel_model__free(struct skel_model *m)
{
	size_t i;

	for (i = 0; i < m->map_cnt; i++) {
		free((char *)m->maps[i].name);
		free(m->maps[i].ident);
		free(m->maps[i].field);
	}
	for (i = 0; i < m->prog_cnt; i++) {
		free(m->progs[i].ident);
		free(m->progs[i].field);
	}
	free(m->maps);
	free(m->progs);
	bpf_object__close(m->obj);
	name_set_free(&m->datasecs);
	free(m->elf);
	free(m->obj_name);
}
