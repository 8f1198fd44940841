// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* writesize: write() sizes by process name, a log2 histogram per name. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "writesize.h"

const volatile char targ_comm[TASK_COMM_LEN] = {};
const volatile __u32 targ_fd = (__u32)-1;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, struct hist_key);
	__type(value, struct hist);
} hists SEC(".maps");

static struct hist initial_hist;

static __always_inline bool comm_allowed(const char *comm)
{
	int i;

	for (i = 0; i < TASK_COMM_LEN && targ_comm[i] != '\0'; i++) {
		if (comm[i] != targ_comm[i])
			return false;
	}
	return true;
}

static __always_inline __u32 log2l(__u64 v)
{
	__u32 r = 0;
	int i;

	for (i = 0; i < 64 && v > 1; i++) {
		v >>= 1;
		r++;
	}
	return r;
}

SEC("tracepoint/syscalls/sys_enter_write")
int handle_write(struct trace_event_raw_sys_enter *ctx)
{
	struct hist_key hkey = {};
	struct hist *histp;
	__u64 count = ctx->args[2];
	__u32 slot;

	if (targ_fd != (__u32)-1 && (__u32)ctx->args[0] != targ_fd)
		return 0;
	bpf_get_current_comm(&hkey.comm, sizeof(hkey.comm));
	if (!comm_allowed(hkey.comm))
		return 0;
	histp = bpf_map_lookup_elem(&hists, &hkey);
	if (!histp) {
		bpf_map_update_elem(&hists, &hkey, &initial_hist, BPF_NOEXIST);
		histp = bpf_map_lookup_elem(&hists, &hkey);
		if (!histp)
			return 0;
	}
	slot = log2l(count);
	if (slot >= MAX_SLOTS)
		slot = MAX_SLOTS - 1;
	__sync_fetch_and_add(&histp->slots[slot], 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
