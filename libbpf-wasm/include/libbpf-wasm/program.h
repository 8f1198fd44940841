/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * struct bpf_program and struct bpf_link. A program is attached by name
 * through wasm_attach_bpf_program; the runtime keeps the real link, and the
 * ABI has no detach: a link lives until its object is closed.
 */
#ifndef __LIBBPF_WASM_PROGRAM_H
#define __LIBBPF_WASM_PROGRAM_H

#include "object.h"

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
	return 0;
}

/* The kernel fd of a program is not in the wasm-bpf ABI. */
LIBBPF_API int bpf_program__fd(const struct bpf_program *prog)
{
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

LIBBPF_API struct bpf_link *libbpf_wasm__attach(struct bpf_program *prog,
						const char *target)
{
	struct bpf_link *link;
	int ret;

	if (!prog)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
	if (!prog->obj->loaded || !prog->autoload) {
		libbpf_wasm__pr_warn("prog '%s': can't attach %s\n", prog->name,
			prog->obj->loaded ? "a program that was not loaded" : "before load");
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
	}
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
	link = (struct bpf_link *)calloc(1, sizeof(*link));
	if (!link)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-ENOMEM);
	link->prog = prog;
	prog->link = link;
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

LIBBPF_API struct bpf_link *bpf_program__attach_xdp(const struct bpf_program *prog,
						     int ifindex)
{
	libbpf_wasm__pr_warn("bpf_program__attach_xdp: prog '%s': attach by ifindex %d is not possible in a guest; use bpf_program__attach_xdp_ifname() (-EOPNOTSUPP)\n",
		prog ? prog->name : "?", ifindex);
	return (struct bpf_link *)libbpf_wasm__err_ptr(-EOPNOTSUPP);
}

LIBBPF_API struct bpf_link *bpf_program__attach_cgroup(const struct bpf_program *prog,
							int cgroup_fd)
{
	libbpf_wasm__pr_warn("bpf_program__attach_cgroup: prog '%s': attach by cgroup fd %d is not possible in a guest; use bpf_program__attach_cgroup_path() (-EOPNOTSUPP)\n",
		prog ? prog->name : "?", cgroup_fd);
	return (struct bpf_link *)libbpf_wasm__err_ptr(-EOPNOTSUPP);
}

/*
 * The ABI has no detach: the runtime detaches everything when the object is
 * closed. Destroying a link frees it and forgets it; the program stays
 * attached until bpf_object__close().
 */
LIBBPF_API int bpf_link__destroy(struct bpf_link *link)
{
	if (!link)
		return 0;
	if (link->prog && link->prog->link == link)
		link->prog->link = NULL;
	free(link);
	return 0;
}

LIBBPF_API int bpf_link__detach(struct bpf_link *link)
{
	if (link)
		link->detached = true;
	libbpf_wasm__pr_warn("bpf_link__detach: the wasm-bpf ABI detaches only when the object is closed (-EOPNOTSUPP)\n");
	return libbpf_wasm__err(-EOPNOTSUPP);
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_PROGRAM_H */
