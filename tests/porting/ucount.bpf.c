// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* ucount: entries and returns of a user function, per process (uprobes). */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "ucount.h"

#ifndef PORTING_TARGET
#error "PORTING_TARGET: the traced binary's absolute path"
#endif

const volatile pid_t targ_tgid = 0;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct ucount_val);
} counts SEC(".maps");

static const struct ucount_val zero;

static __always_inline struct ucount_val *get_val(void)
{
	__u32 tgid = bpf_get_current_pid_tgid() >> 32;
	struct ucount_val *v;

	if (targ_tgid && (pid_t)tgid != targ_tgid)
		return NULL;
	v = bpf_map_lookup_elem(&counts, &tgid);
	if (v)
		return v;
	bpf_map_update_elem(&counts, &tgid, &zero, BPF_NOEXIST);
	v = bpf_map_lookup_elem(&counts, &tgid);
	if (v)
		bpf_get_current_comm(v->comm, sizeof(v->comm));
	return v;
}

SEC("uprobe/" PORTING_TARGET ":porting_work")
int BPF_KPROBE(work_entry, int i)
{
	struct ucount_val *v = get_val();

	if (!v)
		return 0;
	__sync_fetch_and_add(&v->calls, 1);
	__sync_fetch_and_add(&v->arg_sum, i);
	return 0;
}

SEC("uretprobe/" PORTING_TARGET ":porting_work")
int BPF_KRETPROBE(work_return, int ret)
{
	struct ucount_val *v = get_val();

	if (!v)
		return 0;
	__sync_fetch_and_add(&v->returns, 1);
	__sync_fetch_and_add(&v->ret_sum, ret);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
