// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * XDP by netlink, with flags (extension ABI, docs/abi.md): bpf_xdp_attach,
 * bpf_xdp_detach and bpf_xdp_query, as libbpf has them. Unlike a bpf_link,
 * a program attached this way stays on the interface after the process is
 * gone, so the runtime remembers what the guest attached (interface, mode,
 * program id) and removes what is still there when the guest ends
 * (ext_xdp_cleanup), as a tool's own cleanup would. A guest detaches only
 * what it attached, and only while it is still its program there: never
 * another tool's.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <linux/if_link.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "ext_imports.h"
#include "guest_mem.h"

#define MAX_XDP 64

static struct xdp_made {
	bool used;
	int ifindex;
	u32 mode;	/* the XDP_FLAGS_MODES bits it was attached with (0: the kernel's choice) */
	u32 prog_id;
} xdp_made[MAX_XDP];

static struct xdp_made *xdp_find(int ifindex, u32 mode)
{
	for (int i = 0; i < MAX_XDP; i++)
		if (xdp_made[i].used && xdp_made[i].ifindex == ifindex && xdp_made[i].mode == mode)
			return &xdp_made[i];
	return NULL;
}

static u32 prog_id_of(int fd)
{
	struct bpf_prog_info info;
	u32 len = sizeof(info);

	memset(&info, 0, sizeof(info));
	return bpf_obj_get_info_by_fd(fd, &info, &len) ? 0 : info.id;
}

/*
 * Detaches m's program if it is still the one on the interface: the
 * kernel swaps it for none only if it is (XDP_FLAGS_REPLACE).
 */
static int xdp_remove(struct xdp_made *m)
{
	LIBBPF_OPTS(bpf_xdp_attach_opts, opts);
	int fd = bpf_prog_get_fd_by_id(m->prog_id), err;

	m->used = false;
	if (fd < 0)
		return -ENOENT;	/* the program is gone: nothing of the guest's is left */
	opts.old_prog_fd = fd;
	err = bpf_xdp_attach(m->ifindex, -1, m->mode | XDP_FLAGS_REPLACE, &opts);
	close(fd);
	return err;
}

u32 Z_wasm_bpf_ext_v1Z_xdp_attach(ext_t *inst, u32 ifindex, u32 prog_fd, u32 flags,
				  u32 old_prog_fd)
{
	LIBBPF_OPTS(bpf_xdp_attach_opts, opts);
	struct xdp_made *m;
	u32 id;
	int err;

	(void)inst;
	if ((int)ifindex <= 0 || (flags & ~XDP_FLAGS_MASK))
		return (u32)-EINVAL;
	/* only the guest's own programs, to attach and to replace */
	if (!bpf_imports_owns_prog_fd((int)prog_fd))
		return (u32)-EBADF;
	if (flags & XDP_FLAGS_REPLACE) {
		if (!bpf_imports_owns_prog_fd((int)old_prog_fd))
			return (u32)-EBADF;
		opts.old_prog_fd = (int)old_prog_fd;
	}
	id = prog_id_of((int)prog_fd);
	m = xdp_find((int)ifindex, flags & XDP_FLAGS_MODES);
	if (!m) {
		for (int i = 0; i < MAX_XDP && !m; i++)
			if (!xdp_made[i].used)
				m = &xdp_made[i];
		if (!m)
			return (u32)-ENOSPC;
	}
	err = bpf_xdp_attach((int)ifindex, (int)prog_fd, flags, &opts);
	if (err)
		return (u32)err;
	*m = (struct xdp_made){ true, (int)ifindex, flags & XDP_FLAGS_MODES, id };
	return 0;
}

u32 Z_wasm_bpf_ext_v1Z_xdp_detach(ext_t *inst, u32 ifindex, u32 flags)
{
	struct xdp_made *m;

	(void)inst;
	if ((int)ifindex <= 0 || (flags & ~XDP_FLAGS_MASK))
		return (u32)-EINVAL;
	m = xdp_find((int)ifindex, flags & XDP_FLAGS_MODES);
	if (!m)
		return (u32)-ENOENT;	/* nothing the guest attached there */
	return (u32)xdp_remove(m);
}

/* out: u32[5] = prog_id, drv_prog_id, hw_prog_id, skb_prog_id, attach_mode */
u32 Z_wasm_bpf_ext_v1Z_xdp_query(ext_t *inst, u32 ifindex, u32 flags, u32 out_off)
{
	LIBBPF_OPTS(bpf_xdp_query_opts, opts);
	u32 ids[5];
	void *out = guest_ptr(inst->memory, out_off, sizeof(ids));
	int err;

	if (!out)
		return (u32)-EFAULT;
	if ((int)ifindex <= 0 || (flags & ~XDP_FLAGS_MASK))
		return (u32)-EINVAL;
	err = bpf_xdp_query((int)ifindex, (int)flags, &opts);
	if (err)
		return (u32)err;
	ids[0] = opts.prog_id;
	ids[1] = opts.drv_prog_id;
	ids[2] = opts.hw_prog_id;
	ids[3] = opts.skb_prog_id;
	ids[4] = opts.attach_mode;
	memcpy(out, ids, sizeof(ids));
	return 0;
}

void ext_xdp_cleanup(void)
{
	for (int i = 0; i < MAX_XDP; i++)
		if (xdp_made[i].used)
			xdp_remove(&xdp_made[i]);
}
