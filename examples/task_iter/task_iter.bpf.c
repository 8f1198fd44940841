// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Every task of the system, with its kernel stack: a task iterator. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include "task_iter.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

/* too large for the BPF stack: one record, reused for every task */
static struct task_info t;

/* Puts struct task_info into the object's BTF for btf2hdr. */
struct task_info *unused_task_info __attribute__((unused));

SEC("iter/task")
int get_tasks(struct bpf_iter__task *ctx)
{
	struct seq_file *seq = ctx->meta->seq;
	struct task_struct *task = ctx->task;
	long int retlen;

	/* the end of the iteration: no task */
	if (task == (void *)0)
		return 0;

	t.kstack_len = 0;
	t.pid = task->tgid;
	t.tid = task->pid;
	t.state = task->__state;

	bpf_probe_read_kernel_str(t.comm, TASK_COMM_LEN, task->comm);

	retlen = bpf_get_task_stack(task, &t.kstack, sizeof(__u64) * MAX_STACK_LEN, 0);
	if (retlen > 0)
		t.kstack_len = retlen / sizeof(__u64);

	bpf_seq_write(seq, &t, sizeof(t));
	return 0;
}
