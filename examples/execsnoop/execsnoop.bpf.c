// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * execsnoop: every execve() with its full argument list and return code.
 * The arguments are read at syscall entry (the old image's memory), the
 * event is sent at exit (with the result and the new comm).
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include "execsnoop.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

#define NO_UID ((unsigned int)-1)

/* filters, set by the guest before load */
const volatile unsigned int target_uid = NO_UID;
const volatile char target_comm[TASK_COMM_LEN] = "";
const volatile bool failed_only = false;

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, pid_t);
	__type(value, struct event);
} pending SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1024 * 1024);
} events SEC(".maps");

/* an event is too large for the stack: this zeroed one seeds the map */
static const struct event empty_event;

static bool comm_matches(const char *comm)
{
	int i;

	if (!target_comm[0])
		return true;
	for (i = 0; i < TASK_COMM_LEN; i++) {
		if (comm[i] != target_comm[i])
			return false;
		if (!comm[i])
			return true;
	}
	return true;
}

SEC("tp/syscalls/sys_enter_execve")
int handle_enter(struct trace_event_raw_sys_enter *ctx)
{
	const char **argv = (const char **)ctx->args[1];
	struct task_struct *task;
	unsigned int uid = (unsigned int)bpf_get_current_uid_gid();
	pid_t tid = (pid_t)bpf_get_current_pid_tgid();
	struct event *e;
	int i, len;

	if (target_uid != NO_UID && uid != target_uid)
		return 0;
	if (bpf_map_update_elem(&pending, &tid, &empty_event, BPF_NOEXIST))
		return 0;
	e = bpf_map_lookup_elem(&pending, &tid);
	if (!e)
		return 0;

	task = (struct task_struct *)bpf_get_current_task();
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->ppid = BPF_CORE_READ(task, real_parent, tgid);
	e->uid = uid;

	/* argv[0] is often not the path: the filename argument comes first */
	len = bpf_probe_read_user_str(e->args, ARG_SIZE, (const char *)ctx->args[0]);
	if (len <= 0)
		return 0;
	e->args_size = len;
	e->args_count = 1;

	for (i = 1; i < MAX_ARGS; i++) {
		const char *arg = NULL;

		bpf_probe_read_user(&arg, sizeof(arg), &argv[i]);
		if (!arg)
			return 0;
		if (e->args_size > ARGS_BUF - ARG_SIZE)
			break;
		len = bpf_probe_read_user_str(&e->args[e->args_size], ARG_SIZE, arg);
		if (len <= 0)
			return 0;
		e->args_size += len;
		e->args_count++;
	}
	/* more arguments than fit: say so */
	{
		const char *arg = NULL;

		bpf_probe_read_user(&arg, sizeof(arg), &argv[MAX_ARGS]);
		if (arg)
			e->args_truncated = true;
	}
	return 0;
}

SEC("tp/syscalls/sys_exit_execve")
int handle_exit(struct trace_event_raw_sys_exit *ctx)
{
	pid_t tid = (pid_t)bpf_get_current_pid_tgid();
	struct event *e;
	unsigned int size;

	e = bpf_map_lookup_elem(&pending, &tid);
	if (!e)
		return 0;
	e->retval = ctx->ret;
	bpf_get_current_comm(e->comm, sizeof(e->comm));
	if ((failed_only && e->retval >= 0) || !comm_matches(e->comm))
		goto out;
	size = offsetof(struct event, args) + e->args_size;
	if (size <= sizeof(*e))
		bpf_ringbuf_output(&events, e, size, 0);
out:
	bpf_map_delete_elem(&pending, &tid);
	return 0;
}
