/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The generic half of a bpftool-wasm skeleton, with libbpf's (and the
 * upstream wasm-bpf SDK's) structure and function names, so code written for
 * `bpftool gen skeleton` compiles unchanged.
 */
#ifndef __LIBBPF_WASM_SKELETON_H
#define __LIBBPF_WASM_SKELETON_H

#include "object.h"
#include "program.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * After load, the kernel owns .bss and .data. These move values between it
 * and the guest's view (skel->bss, skel->data): read_globals() is also done
 * after every buffer poll; write_globals() sends the guest's values.
 */
LIBBPF_API int bpf_object__read_globals(struct bpf_object *obj)
{
	if (!obj || !obj->loaded)
		return libbpf_wasm__err(-EINVAL);
	return libbpf_wasm__err(libbpf_wasm__pull_globals(obj));
}

LIBBPF_API int bpf_object__write_globals(struct bpf_object *obj)
{
	if (!obj || !obj->loaded)
		return libbpf_wasm__err(-EINVAL);
	return libbpf_wasm__err(libbpf_wasm__push_globals(obj));
}

LIBBPF_API int bpf_object__open_skeleton(struct bpf_object_skeleton *s,
					 const struct bpf_object_open_opts *opts)
{
	struct bpf_object_open_opts o;
	struct bpf_object *obj;
	int i;

	memset(&o, 0, sizeof(o));
	if (opts)
		memcpy(&o, opts, opts->sz < sizeof(o) ? opts->sz : sizeof(o));
	o.sz = sizeof(o);
	if (!o.object_name)
		o.object_name = s->name;
	/*
	 * bpftool-wasm's skeleton says what the object holds (object_desc.c):
	 * nothing to parse, and no ELF or BTF reader in a skeleton-only guest.
	 */
	if (s->sz <= offsetof(struct bpf_object_skeleton, desc) || !s->desc) {
		libbpf_wasm__pr_warn("skeleton '%s': no description of its object; generate it with bpftool-wasm gen skeleton (-EINVAL)\n",
			s->name);
		return libbpf_wasm__err(-EINVAL);
	}
	obj = libbpf_wasm__open_desc(s->data, s->data_sz, s->desc, &o);
	if (!obj)
		return libbpf_wasm__err(-errno);
	*s->obj = obj;
	for (i = 0; i < s->map_cnt; i++) {
		struct bpf_map_skeleton *ms = (struct bpf_map_skeleton *)
			((char *)s->maps + (size_t)i * (size_t)s->map_skel_sz);
		struct bpf_map *map = bpf_object__find_map_by_name(obj, ms->name);

		if (!map) {
			libbpf_wasm__pr_warn("skeleton '%s': map '%s' is not in the object\n", s->name, ms->name);
			return libbpf_wasm__err(-ESRCH);
		}
		*ms->map = map;
		if (ms->mmaped)
			*ms->mmaped = map->mmaped;
	}
	for (i = 0; i < s->prog_cnt; i++) {
		struct bpf_prog_skeleton *ps = (struct bpf_prog_skeleton *)
			((char *)s->progs + (size_t)i * (size_t)s->prog_skel_sz);
		struct bpf_program *prog = bpf_object__find_program_by_name(obj, ps->name);

		if (!prog) {
			libbpf_wasm__pr_warn("skeleton '%s': program '%s' is not in the object\n", s->name, ps->name);
			return libbpf_wasm__err(-ESRCH);
		}
		*ps->prog = prog;
	}
	return 0;
}

LIBBPF_API int bpf_object__load_skeleton(struct bpf_object_skeleton *s)
{
	return bpf_object__load(*s->obj);
}

LIBBPF_API int bpf_object__attach_skeleton(struct bpf_object_skeleton *s)
{
	int i;

	for (i = 0; i < s->prog_cnt; i++) {
		struct bpf_prog_skeleton *ps = (struct bpf_prog_skeleton *)
			((char *)s->progs + (size_t)i * (size_t)s->prog_skel_sz);
		struct bpf_program *prog = *ps->prog;
		struct bpf_link *link;

		if (!prog->autoload || !prog->autoattach || (ps->link && *ps->link))
			continue;
		link = bpf_program__attach(prog);
		if (!link)
			return libbpf_wasm__err(-errno);
		if (ps->link)
			*ps->link = link;
	}
	return 0;
}

/* Forgets the links; programs stay attached until destroy (see program.h). */
LIBBPF_API void bpf_object__detach_skeleton(struct bpf_object_skeleton *s)
{
	int i;

	for (i = 0; i < s->prog_cnt; i++) {
		struct bpf_prog_skeleton *ps = (struct bpf_prog_skeleton *)
			((char *)s->progs + (size_t)i * (size_t)s->prog_skel_sz);

		if (ps->link && *ps->link) {
			bpf_link__destroy(*ps->link);
			*ps->link = NULL;
		}
	}
}

LIBBPF_API void bpf_object__destroy_skeleton(struct bpf_object_skeleton *s)
{
	if (!s)
		return;
	bpf_object__detach_skeleton(s);
	if (s->obj)
		bpf_object__close(*s->obj);
	free(s->maps);
	free(s->progs);
	free(s);
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_SKELETON_H */
