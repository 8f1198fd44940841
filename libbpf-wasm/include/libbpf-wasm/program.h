/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * struct bpf_program and struct bpf_link. A program is attached by name
 * through wasm_attach_bpf_program; the runtime keeps the real link, and the
 * ABI has no detach: a link lives until its object is closed.
 */
#ifndef __LIBBPF_WASM_PROGRAM_H
#define __LIBBPF_WASM_PROGRAM_H

#include "object.h"
#include "ext_imports.h"

#ifdef __cplusplus
extern "C" {
#endif

LIBBPF_API const char *bpf_program__name(const struct bpf_program *prog)
{
	return prog ? prog->name : NULL;
}

LIBBPF_API const char *bpf_program__section_name(const struct bpf_program *prog)
{
	return prog ? prog->sec_name : NULL;
}

LIBBPF_API bool bpf_program__autoload(const struct bpf_program *prog)
{
	return prog && prog->autoload;
}

LIBBPF_API int bpf_program__set_autoload(struct bpf_program *prog, bool autoload)
{
	if (!prog)
		return libbpf_wasm__err(-EINVAL);
	if (prog->obj->loaded) {
		libbpf_wasm__pr_warn("prog '%s': can't change autoload after load (-EINVAL)\n", prog->name);
		return libbpf_wasm__err(-EINVAL);
	}
	prog->autoload = autoload;
	prog->obj->rewrite = libbpf_wasm__rewrite_image;
	return 0;
}

/*
 * The six imports have no program fds; the project runtime's extension
 * gives the runtime's fd, for the calls that take one (bpf_tc_attach).
 */
LIBBPF_API int bpf_program__fd(const struct bpf_program *prog)
{
#ifndef LIBBPF_WASM_NO_EXT
	int fd;

	if (!prog || !prog->obj->loaded)
		return libbpf_wasm__err(-EINVAL);
	fd = wasm_bpf_ext_program_fd(prog->obj->handle, prog->name);
	return fd < 0 ? libbpf_wasm__err(libbpf_wasm__host_err(fd)) : fd;
#endif
	libbpf_wasm__pr_warn("bpf_program__fd: prog '%s': program fds are not exposed by wasm-bpf runtimes (-EOPNOTSUPP)\n",
		prog ? prog->name : "?");
	return libbpf_wasm__err(-EOPNOTSUPP);
}

/*
 * What wasm_attach_bpf_program gets as its target: an interface name for
 * SEC("xdp"), a cgroup v2 path for SEC("sockops") and cgroup programs.
 * NULL (the default) means attach by section name.
 */
LIBBPF_API int bpf_program__set_attach_target_name(struct bpf_program *prog,
						   const char *target)
{
	char *copy = NULL;

	if (!prog)
		return libbpf_wasm__err(-EINVAL);
	if (target && *target) {
		copy = strdup(target);
		if (!copy)
			return libbpf_wasm__err(-ENOMEM);
	}
	free(prog->attach_target);
	prog->attach_target = copy;
	return 0;
}

/*
 * Whether prog can be attached now (loaded, and loaded itself); else one
 * line, prefixed with call when there is one.
 */
LIBBPF_API bool libbpf_wasm__can_attach(const struct bpf_program *prog, const char *call)
{
	if (!prog)
		return false;
	if (!prog->obj->loaded || !prog->autoload) {
		libbpf_wasm__pr_warn("%s%sprog '%s': can't attach %s\n", call ? call : "",
			call ? ": " : "", prog->name,
			prog->obj->loaded ? "a program that was not loaded" : "before load");
		return false;
	}
	return true;
}

LIBBPF_API int bpf_link__destroy(struct bpf_link *link);
LIBBPF_API int libbpf_wasm__adopt_link(struct bpf_link *link);

/* A link of prog, on its object's list; NULL if out of memory. */
LIBBPF_API struct bpf_link *libbpf_wasm__link_new(struct bpf_program *prog)
{
	struct bpf_link *link = (struct bpf_link *)calloc(1, sizeof(*link));

	if (!link)
		return NULL;
	link->prog = prog;
	link->next = prog->obj->links;
	prog->obj->links = link;
	return link;
}

LIBBPF_API struct bpf_link *libbpf_wasm__attach(struct bpf_program *prog,
						const char *target)
{
	struct bpf_link *link;
	int ret;

	if (!libbpf_wasm__can_attach(prog, NULL))
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
	if (prog->link) {
		libbpf_wasm__pr_warn("prog '%s': already attached; the wasm-bpf ABI keeps one link per program (-EBUSY)\n",
			prog->name);
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EBUSY);
	}
	/* "" is a real target on some runtimes: "none" must be a NULL pointer */
	ret = wasm_attach_bpf_program(prog->obj->handle, prog->name,
				      target && *target ? target : NULL);
	if (ret != 0) {
		ret = libbpf_wasm__host_err(ret);
		libbpf_wasm__pr_warn("prog '%s': failed to attach%s%s: %s\n", prog->name,
			target ? " to " : "", target ? target : "", strerror(-ret));
		return (struct bpf_link *)libbpf_wasm__err_ptr(ret);
	}
	link = libbpf_wasm__link_new(prog);
	if (!link)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-ENOMEM);
	prog->link = link;
#if defined(LIBBPF_WASM_EXT_LINKS) && !defined(LIBBPF_WASM_NO_EXT)
	/* every link a kernel link: destroying it detaches the program */
	ret = libbpf_wasm__adopt_link(link);
	if (ret < 0) {
		bpf_link__destroy(link);
		return (struct bpf_link *)libbpf_wasm__err_ptr(ret);
	}
#endif
	return link;
}

LIBBPF_API struct bpf_link *bpf_program__attach(const struct bpf_program *prog)
{
	struct bpf_program *p = (struct bpf_program *)prog;

	return libbpf_wasm__attach(p, p ? p->attach_target : NULL);
}

/* A guest cannot turn an ifindex into a name (no netlink): use the name. */
LIBBPF_API struct bpf_link *bpf_program__attach_xdp_ifname(const struct bpf_program *prog,
							    const char *ifname)
{
	return libbpf_wasm__attach((struct bpf_program *)prog, ifname);
}

LIBBPF_API struct bpf_link *bpf_program__attach_cgroup_path(const struct bpf_program *prog,
							     const char *cgroup_path)
{
	return libbpf_wasm__attach((struct bpf_program *)prog, cgroup_path);
}


/*
 * A link from an explicit attach call on the project's runtime (ext.h) is
 * a kernel link: destroying it detaches that program. The six imports have
 * no detach: a link from bpf_program__attach() or a skeleton's attach is
 * detached when the object is closed; destroying it frees it and forgets it.
 */
LIBBPF_API int bpf_link__destroy(struct bpf_link *link)
{
	int err = 0;

	if (!link)
		return 0;
	if (link->ext && link->ext_id > 0)
		err = libbpf_wasm__host_err(link->ext->destroy(link->ext_id));
	if (link->prog) {
		struct bpf_link **pp = &link->prog->obj->links;

		while (*pp && *pp != link)
			pp = &(*pp)->next;
		if (*pp)
			*pp = link->next;
		if (link->prog->link == link)
			link->prog->link = NULL;
	}
	free(link->pin_path);
	free(link);
	return err < 0 ? libbpf_wasm__err(err) : 0;
}

/* Detaches the program, keeping the link object, as libbpf's does. */
LIBBPF_API int bpf_link__detach(struct bpf_link *link)
{
	int err;

	if (!link)
		return libbpf_wasm__err(-EINVAL);
	if (!link->ext && libbpf_wasm__adopt_link(link) < 0)
		return libbpf_wasm__err(-errno);
	if (link->detached)
		return 0;
	err = libbpf_wasm__host_err(link->ext->destroy(link->ext_id));
	link->ext_id = 0;
	link->detached = true;
	return err < 0 ? libbpf_wasm__err(err) : 0;
}

/*
 * A link from bpf_program__attach() or a skeleton's attach (the six
 * imports) made into a kernel link of the extension, for bpf_link__fd(),
 * pin, unpin and detach: 0, or -errno with errno set and one line. With
 * -DLIBBPF_WASM_NO_EXT there is no such link.
 */
#ifdef LIBBPF_WASM_NO_EXT
LIBBPF_API int libbpf_wasm__adopt_link(struct bpf_link *link)
{
	libbpf_wasm__pr_warn("prog '%s': this link came from the six wasm-bpf imports, which give it no fd and detach it only when the object is closed; built with -DLIBBPF_WASM_NO_EXT, the SDK cannot ask the runtime's extension for more (-EOPNOTSUPP)\n",
			     link->prog ? link->prog->name : "?");
	return libbpf_wasm__err(-EOPNOTSUPP);
}
#endif

LIBBPF_API int bpf_link__fd(const struct bpf_link *link)
{
	int fd;

	if (!link)
		return libbpf_wasm__err(-EINVAL);
	if (!link->ext && libbpf_wasm__adopt_link((struct bpf_link *)link) < 0)
		return libbpf_wasm__err(-errno);
	if (link->detached)
		return libbpf_wasm__err(-ENOENT);
	fd = link->ext->fd(link->ext_id);
	if (fd < 0)
		fd = libbpf_wasm__host_err(fd);
	return fd < 0 ? libbpf_wasm__err(fd) : fd;
}

LIBBPF_API int bpf_link__pin(struct bpf_link *link, const char *path)
{
	int err;

	if (!link || !path)
		return libbpf_wasm__err(-EINVAL);
	if (!link->ext && libbpf_wasm__adopt_link(link) < 0)
		return libbpf_wasm__err(-errno);
	if (link->pin_path)
		return libbpf_wasm__err(-EBUSY);
	err = libbpf_wasm__host_err(link->ext->pin(link->ext_id, path));
	if (err < 0)
		return libbpf_wasm__err(err);
	link->pin_path = strdup(path);
	return 0;
}

LIBBPF_API int bpf_link__unpin(struct bpf_link *link)
{
	int err;

	if (!link)
		return libbpf_wasm__err(-EINVAL);
	if (!link->ext && libbpf_wasm__adopt_link(link) < 0)
		return libbpf_wasm__err(-errno);
	if (!link->pin_path)
		return libbpf_wasm__err(-EINVAL);
	err = libbpf_wasm__host_err(link->ext->unpin(link->ext_id));
	if (err < 0)
		return libbpf_wasm__err(err);
	free(link->pin_path);
	link->pin_path = NULL;
	return 0;
}

LIBBPF_API const char *bpf_link__pin_path(const struct bpf_link *link)
{
	return link ? link->pin_path : NULL;
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_PROGRAM_H */
