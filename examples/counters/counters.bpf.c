// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * counters: syscall counters kept in global variables. The guest configures
 * .rodata before load, reads the .bss counters live, and flips the .data
 * switch while the program runs.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "Dual BSD/GPL";

/* .rodata: fixed at load */
const volatile char target_comm[16] = "";	/* "" counts every process */
const volatile long watched_syscall = 121;	/* getpgid on x86_64 */

/* .data: the guest may change it after load */
bool enabled = true;

/* .bss: what the guest reads */
unsigned long long total_calls;
unsigned long long watched_calls;
long last_watched_pid;

static bool comm_matches(void)
{
	char comm[16];
	int i;

	if (!target_comm[0])
		return true;
	bpf_get_current_comm(comm, sizeof(comm));
	for (i = 0; i < 16; i++) {
		if (comm[i] != target_comm[i])
			return false;
		if (!comm[i])
			break;
	}
	return true;
}

SEC("tp/raw_syscalls/sys_enter")
int count_syscall(struct trace_event_raw_sys_enter *ctx)
{
	if (!enabled || !comm_matches())
		return 0;
	__sync_fetch_and_add(&total_calls, 1);
	if (ctx->id == watched_syscall) {
		__sync_fetch_and_add(&watched_calls, 1);
		last_watched_pid = bpf_get_current_pid_tgid() >> 32;
	}
	return 0;
}
