/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * bpf_xdp_attach/detach/query, XDP by netlink with flags (SKB, DRV or HW
 * mode, UPDATE_IF_NOEXIST, REPLACE), through the project runtime's
 * extension (docs/abi.md): the runtime's libbpf sends the request, lets a
 * guest detach only what it attached, and removes what the guest left when
 * it ends. The program fds are the runtime's (bpf_program__fd). With
 * -DLIBBPF_WASM_NO_EXT these are unsupported (unsupported.h): a guest has
 * no netlink.
 */
#ifndef __LIBBPF_WASM_XDP_H
#define __LIBBPF_WASM_XDP_H

#include <linux/if_link.h>	/* XDP_FLAGS_*, XDP_ATTACHED_*, as natively */

#include "common.h"
#include "ext_imports.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef LIBBPF_WASM_NO_EXT
LIBBPF_API int bpf_xdp_attach(int ifindex, int prog_fd, __u32 flags,
			      const struct bpf_xdp_attach_opts *opts)
{
	int old_prog_fd = LIBBPF_WASM_OPTS_GET(opts, old_prog_fd, 0);

	if (ifindex <= 0 || prog_fd < 0 || (opts && opts->sz < sizeof(size_t)))
		return libbpf_wasm__err(-EINVAL);
	if (!(flags & XDP_FLAGS_REPLACE))
		old_prog_fd = -1;
	return libbpf_wasm__err(libbpf_wasm__host_err(
		wasm_bpf_ext_xdp_attach(ifindex, prog_fd, flags, old_prog_fd)));
}

LIBBPF_API int bpf_xdp_detach(int ifindex, __u32 flags,
			      const struct bpf_xdp_attach_opts *opts)
{
	(void)opts;	/* the runtime detaches the guest's own program only */
	if (ifindex <= 0)
		return libbpf_wasm__err(-EINVAL);
	return libbpf_wasm__err(libbpf_wasm__host_err(wasm_bpf_ext_xdp_detach(ifindex, flags)));
}

LIBBPF_API int bpf_xdp_query(int ifindex, int flags, struct bpf_xdp_query_opts *opts)
{
	uint32_t ids[5];
	int err;

	if (ifindex <= 0 || !LIBBPF_WASM_OPTS_HAS(opts, attach_mode))
		return libbpf_wasm__err(-EINVAL);
	err = libbpf_wasm__host_err(wasm_bpf_ext_xdp_query(ifindex, (uint32_t)flags, ids));
	if (err)
		return libbpf_wasm__err(err);
	opts->prog_id = ids[0];
	opts->drv_prog_id = ids[1];
	opts->hw_prog_id = ids[2];
	opts->skb_prog_id = ids[3];
	opts->attach_mode = (__u8)ids[4];
	return 0;
}

/* As libbpf: the id for the mode flags name, or the only one attached. */
LIBBPF_API int bpf_xdp_query_id(int ifindex, int flags, __u32 *prog_id)
{
	LIBBPF_OPTS(bpf_xdp_query_opts, opts);
	int err;

	if (!prog_id)
		return libbpf_wasm__err(-EINVAL);
	err = bpf_xdp_query(ifindex, flags, &opts);
	if (err)
		return err;
	flags &= XDP_FLAGS_MODES;
	if (opts.attach_mode != XDP_ATTACHED_MULTI && !flags)
		*prog_id = opts.prog_id;
	else if (flags & XDP_FLAGS_DRV_MODE)
		*prog_id = opts.drv_prog_id;
	else if (flags & XDP_FLAGS_HW_MODE)
		*prog_id = opts.hw_prog_id;
	else if (flags & XDP_FLAGS_SKB_MODE)
		*prog_id = opts.skb_prog_id;
	else
		*prog_id = 0;
	return 0;
}
#endif /* LIBBPF_WASM_NO_EXT */

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_XDP_H */
