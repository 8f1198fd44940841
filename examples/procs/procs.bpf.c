// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * exec() events on one ring buffer, process exits on another, optionally
 * of processes with one name only (the name after exec).
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include "procs.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} execs SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} exits SEC(".maps");

const volatile char targ_comm[TASK_COMM_LEN] = {};

struct exec_event *unused_exec_event __attribute__((unused));
struct exit_event *unused_exit_event __attribute__((unused));

/* Whether comm is the one asked for (any, when none was). */
static bool comm_wanted(const char *comm)
{
	int i;

	if (!targ_comm[0])
		return true;
	for (i = 0; i < TASK_COMM_LEN; i++) {
		if (comm[i] != targ_comm[i])
			return false;
		if (!comm[i])
			break;
	}
	return true;
}

SEC("tp/sched/sched_process_exec")
int handle_exec(struct trace_event_raw_sched_process_exec *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	unsigned fname_off = ctx->__data_loc_filename & 0xFFFF;
	char comm[TASK_COMM_LEN];
	struct exec_event *e;

	bpf_get_current_comm(comm, sizeof(comm));
	if (!comm_wanted(comm))
		return 0;
	e = bpf_ringbuf_reserve(&execs, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->ppid = BPF_CORE_READ(task, real_parent, tgid);
	__builtin_memcpy(e->comm, comm, sizeof(comm));
	bpf_probe_read_str(&e->filename, sizeof(e->filename), (void *)ctx + fname_off);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

SEC("tp/sched/sched_process_exit")
int handle_exit(struct trace_event_raw_sched_process_template *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	u64 id = bpf_get_current_pid_tgid();
	char comm[TASK_COMM_LEN];
	struct exit_event *e;

	/* threads exiting are not process exits */
	if (id >> 32 != (u32)id)
		return 0;
	bpf_get_current_comm(comm, sizeof(comm));
	if (!comm_wanted(comm))
		return 0;
	e = bpf_ringbuf_reserve(&exits, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = id >> 32;
	e->ppid = BPF_CORE_READ(task, real_parent, tgid);
	e->exit_code = (BPF_CORE_READ(task, exit_code) >> 8) & 0xff;
	__builtin_memcpy(e->comm, comm, sizeof(comm));
	bpf_ringbuf_submit(e, 0);
	return 0;
}
