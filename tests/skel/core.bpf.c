// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * CO-RE relocations of every kind libbpf resolves against the running
 * kernel's BTF, through the BTF a module ships (bpftool-wasm keeps of
 * vmlinux.h's types only what the relocations walk). On the first
 * getpgid() of the process the guest names, the program stores what each
 * relocation gave; the test compares with the kernel's BTF and with what
 * the process is.
 */
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

/* a local flavour: libbpf matches it to task_struct, which has no such field */
struct task_struct___probe {
	int pid;
	int wasm_bpf_no_such_field;
} __attribute__((preserve_access_index));

enum pid_type___probe {
	PIDTYPE_WASM_BPF_NO_SUCH_VALUE = 77,
};

struct wasm_bpf_no_such_type {
	int x;
};

const volatile int target_tgid;

int seen;
int tgid, parent_tgid;		/* BPF_CORE_READ through two structs */
unsigned int pid_offset, pid_size, comm_size;
int pid_exists, no_such_field_exists, pid_signed;
unsigned long long in_execve;	/* a bitfield */
unsigned int task_size;
int cgroup_exists, no_such_type_exists;
unsigned int kernel_task_id;
long long pidtype_tgid, pidtype_max_exists, no_such_value_exists;

SEC("tp/syscalls/sys_enter_getpgid")
int on_getpgid(void *ctx)
{
	struct task_struct *task = (void *)bpf_get_current_task();

	if (seen || (bpf_get_current_pid_tgid() >> 32) != target_tgid)
		return 0;
	tgid = BPF_CORE_READ(task, tgid);
	parent_tgid = BPF_CORE_READ(task, real_parent, tgid);
	pid_offset = bpf_core_field_offset(struct task_struct, pid);
	pid_size = bpf_core_field_size(struct task_struct, pid);
	comm_size = bpf_core_field_size(struct task_struct, comm);
	pid_exists = bpf_core_field_exists(struct task_struct, pid);
	pid_signed = __builtin_preserve_field_info(task->pid, BPF_FIELD_SIGNED);
	no_such_field_exists = bpf_core_field_exists(struct task_struct___probe, wasm_bpf_no_such_field);
	in_execve = BPF_CORE_READ_BITFIELD_PROBED(task, in_execve);
	task_size = bpf_core_type_size(struct task_struct);
	cgroup_exists = bpf_core_type_exists(struct cgroup);
	no_such_type_exists = bpf_core_type_exists(struct wasm_bpf_no_such_type);
	kernel_task_id = bpf_core_type_id_kernel(struct task_struct);
	pidtype_tgid = bpf_core_enum_value(enum pid_type, PIDTYPE_TGID);
	pidtype_max_exists = bpf_core_enum_value_exists(enum pid_type, PIDTYPE_MAX);
	no_such_value_exists = bpf_core_enum_value_exists(enum pid_type___probe,
							  PIDTYPE_WASM_BPF_NO_SUCH_VALUE);
	seen = 1;
	return 0;
}
