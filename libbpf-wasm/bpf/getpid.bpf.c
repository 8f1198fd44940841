// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The kernel half of getpid() on runtimes that do not tell the guest its
 * pid (<unistd.h>, libbpf-wasm/getpid.h). WASI has no process identity,
 * but the kernel knows who calls bpf(): this program watches every
 * system call entry, and when one is bpf(BPF_MAP_LOOKUP_ELEM) with a key
 * that starts with LIBBPF_WASM_GETPID_MAGIC, it stores the caller's tgid
 * under that key before the lookup runs. The guest's own lookup of a key
 * with a random nonce (made through the six imports, so by the runtime's
 * process) therefore returns that process's pid.
 *
 * raw_tp/sys_enter needs neither tracefs nor kprobes. The system call's
 * registers are read with CO-RE from flavoured pt_regs, so one object
 * serves x86_64 and arm64; elsewhere the program never matches and the
 * guest reports that it could not learn its pid.
 */
#include <linux/types.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#include "getpid_key.h"

#define NR_BPF_X86_64 321
#define NR_BPF_ARM64 280

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, struct libbpf_wasm__getpid_key);
	__type(value, __u32);
} pids SEC(".maps");

/* libbpf matches these to the kernel's pt_regs and user_pt_regs */
struct pt_regs___x86_64 {
	unsigned long di;
	unsigned long si;
} __attribute__((preserve_access_index));

struct user_pt_regs___arm64 {
	__u64 regs[31];
} __attribute__((preserve_access_index));

SEC("raw_tp/sys_enter")
int wasm_bpf_getpid(struct bpf_raw_tracepoint_args *ctx)
{
	void *regs = (void *)ctx->args[0];
	long nr = (long)ctx->args[1];
	struct libbpf_wasm__getpid_key key;
	__u64 cmd, attr, key_ptr = 0;
	__u32 tgid;

	if (bpf_core_field_exists(struct pt_regs___x86_64, di)) {
		if (nr != NR_BPF_X86_64)
			return 0;
		cmd = BPF_CORE_READ((struct pt_regs___x86_64 *)regs, di);
		attr = BPF_CORE_READ((struct pt_regs___x86_64 *)regs, si);
	} else if (bpf_core_type_exists(struct user_pt_regs___arm64)) {
		if (nr != NR_BPF_ARM64)
			return 0;
		cmd = BPF_CORE_READ((struct user_pt_regs___arm64 *)regs, regs[0]);
		attr = BPF_CORE_READ((struct user_pt_regs___arm64 *)regs, regs[1]);
	} else {
		return 0;
	}
	if (cmd != BPF_MAP_LOOKUP_ELEM)
		return 0;
	if (bpf_probe_read_user(&key_ptr, sizeof(key_ptr),
				(void *)(attr + __builtin_offsetof(union bpf_attr, key))))
		return 0;
	if (bpf_probe_read_user(&key, sizeof(key), (void *)key_ptr))
		return 0;
	if (key.magic != LIBBPF_WASM_GETPID_MAGIC)
		return 0;
	tgid = bpf_get_current_pid_tgid() >> 32;
	bpf_map_update_elem(&pids, &key, &tgid, BPF_ANY);
	return 0;
}

/* bpf_probe_read_user is GPL-only */
char LICENSE[] SEC("license") = "Dual BSD/GPL";
