// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Kconfig externs: libbpf fills them at load from the running kernel's
 * config. The program copies what it sees into .bss on the first getpgid(),
 * so the test can compare the guest's skel->kconfig with the kernel's view.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern bool CONFIG_BPF_SYSCALL __kconfig;
extern int CONFIG_HZ __kconfig __weak;
extern unsigned long CONFIG_NR_CPUS __kconfig __weak;
extern char CONFIG_DEFAULT_HOSTNAME[16] __kconfig __weak;
extern bool CONFIG_WASM_BPF_NO_SUCH_OPTION __kconfig __weak;

unsigned int seen_version;
bool seen_bpf_syscall;
int seen_hz;
unsigned long seen_nr_cpus;
char seen_hostname[16];
bool seen_no_such_option;
int seen;

SEC("tp/syscalls/sys_enter_getpgid")
int on_getpgid(void *ctx)
{
	if (seen)
		return 0;
	seen_version = LINUX_KERNEL_VERSION;
	seen_bpf_syscall = CONFIG_BPF_SYSCALL;
	seen_hz = CONFIG_HZ;
	seen_nr_cpus = CONFIG_NR_CPUS;
	for (int i = 0; i < 16; i++)
		seen_hostname[i] = CONFIG_DEFAULT_HOSTNAME[i];
	seen_no_such_option = CONFIG_WASM_BPF_NO_SUCH_OPTION;
	seen = 1;
	return 0;
}
