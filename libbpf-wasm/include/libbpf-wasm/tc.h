/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * bpf_tc_hook_create/destroy and bpf_tc_attach/detach through the project
 * runtime's extension (docs/abi.md): the runtime's libbpf does the netlink
 * work on the guest's hook and opts, and removes what the guest left when
 * it ends. The program fd is the runtime's (bpf_program__fd). With
 * -DLIBBPF_WASM_NO_EXT these are unsupported (unsupported.h): a guest has
 * no netlink.
 */
#ifndef __LIBBPF_WASM_TC_H
#define __LIBBPF_WASM_TC_H

#include "common.h"
#include "ext_imports.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef LIBBPF_WASM_NO_EXT
/* A hook's fields, or NULL from a NULL or too-old hook. */
#define LIBBPF_WASM_TC_HOOK_OK(h) ((h) && (h)->sz >= offsetof(struct bpf_tc_hook, parent) + \
				   sizeof((h)->parent))

LIBBPF_API int bpf_tc_hook_create(struct bpf_tc_hook *hook)
{
	if (!LIBBPF_WASM_TC_HOOK_OK(hook) || hook->ifindex <= 0)
		return libbpf_wasm__err(-EINVAL);
	return libbpf_wasm__err(libbpf_wasm__host_err(wasm_bpf_ext_tc_hook_create(
		hook->ifindex, (uint32_t)hook->attach_point, hook->parent)));
}

LIBBPF_API int bpf_tc_hook_destroy(struct bpf_tc_hook *hook)
{
	if (!LIBBPF_WASM_TC_HOOK_OK(hook) || hook->ifindex <= 0)
		return libbpf_wasm__err(-EINVAL);
	return libbpf_wasm__err(libbpf_wasm__host_err(wasm_bpf_ext_tc_hook_destroy(
		hook->ifindex, (uint32_t)hook->attach_point, hook->parent)));
}

LIBBPF_API int bpf_tc_attach(const struct bpf_tc_hook *hook, struct bpf_tc_opts *opts)
{
	uint32_t ids[3];
	int err;

	if (!LIBBPF_WASM_TC_HOOK_OK(hook) || !opts || hook->ifindex <= 0 ||
	    !LIBBPF_WASM_OPTS_HAS(opts, priority) || opts->prog_fd < 1 || opts->prog_id)
		return libbpf_wasm__err(-EINVAL);
	ids[0] = opts->handle;
	ids[1] = opts->priority;
	ids[2] = 0;
	err = libbpf_wasm__host_err(wasm_bpf_ext_tc_attach(hook->ifindex,
		(uint32_t)hook->attach_point, hook->parent, opts->prog_fd, opts->flags, ids));
	if (err)
		return libbpf_wasm__err(err);
	opts->handle = ids[0];
	opts->priority = ids[1];
	opts->prog_id = ids[2];
	return 0;
}

/*
 * As libbpf: bpf_tc_detach and bpf_tc_query name a filter by handle and
 * priority only, on a hook of an interface.
 */
#define LIBBPF_WASM_TC_FILTER_NAMED(hook, opts)					\
	(LIBBPF_WASM_TC_HOOK_OK(hook) && (hook)->ifindex > 0 &&			\
	 LIBBPF_WASM_OPTS_HAS(opts, priority) && (opts)->handle && (opts)->priority &&	\
	 !(opts)->prog_fd && !(opts)->prog_id && !(opts)->flags)

LIBBPF_API int bpf_tc_detach(const struct bpf_tc_hook *hook, const struct bpf_tc_opts *opts)
{
	if (!LIBBPF_WASM_TC_FILTER_NAMED(hook, opts))
		return libbpf_wasm__err(-EINVAL);
	return libbpf_wasm__err(libbpf_wasm__host_err(wasm_bpf_ext_tc_detach(
		hook->ifindex, (uint32_t)hook->attach_point, hook->parent, opts->handle,
		opts->priority)));
}

/* As libbpf: the program id of the filter named by handle and priority. */
LIBBPF_API int bpf_tc_query(const struct bpf_tc_hook *hook, struct bpf_tc_opts *opts)
{
	uint32_t ids[3];
	int err;

	if (!LIBBPF_WASM_TC_FILTER_NAMED(hook, opts))
		return libbpf_wasm__err(-EINVAL);
	ids[0] = opts->handle;
	ids[1] = opts->priority;
	ids[2] = 0;
	err = libbpf_wasm__host_err(wasm_bpf_ext_tc_query(hook->ifindex,
		(uint32_t)hook->attach_point, hook->parent, ids));
	if (err)
		return libbpf_wasm__err(err);
	opts->prog_id = ids[2];
	return 0;
}
#endif /* LIBBPF_WASM_NO_EXT */

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_TC_H */
