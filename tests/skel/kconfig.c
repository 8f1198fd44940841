// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Prints skel->kconfig as the guest sees it after load, then, once the
 * test has made a getpgid() call, the same values as the kernel saw them.
 */
#include <errno.h>
#include <stdio.h>
#include <time.h>

#include <bpf/libbpf.h>
#include "kconfig.skel.h"

int main(void)
{
	struct kconfig_bpf *skel;
	int err, tries, seen;

	setvbuf(stdout, NULL, _IOLBF, 0);
	skel = kconfig_bpf__open_and_load();
	if (!skel) {
		printf("open/load failed: %d\n", -errno);
		return 1;
	}
	printf("guest: version=%#x bpf_syscall=%d hz=%d nr_cpus=%llu hostname=%s no_such=%d\n",
	       skel->kconfig->LINUX_KERNEL_VERSION, skel->kconfig->CONFIG_BPF_SYSCALL,
	       skel->kconfig->CONFIG_HZ, (unsigned long long)skel->kconfig->CONFIG_NR_CPUS,
	       skel->kconfig->CONFIG_DEFAULT_HOSTNAME, skel->kconfig->CONFIG_WASM_BPF_NO_SUCH_OPTION);
	err = kconfig_bpf__attach(skel);
	if (err) {
		printf("attach failed: %d\n", err);
		kconfig_bpf__destroy(skel);
		return 1;
	}
	printf("READY\n");
	for (tries = 0; tries < 200 && !skel->bss->seen; tries++) {
		struct timespec ts = { 0, 50 * 1000 * 1000 };

		if (nanosleep(&ts, NULL) == -1 && errno != ENOTSUP)
			break;
		bpf_object__read_globals(skel->obj);
	}
	printf("kernel: version=%#x bpf_syscall=%d hz=%d nr_cpus=%llu hostname=%s no_such=%d\n",
	       skel->bss->seen_version, skel->bss->seen_bpf_syscall, skel->bss->seen_hz,
	       (unsigned long long)skel->bss->seen_nr_cpus, skel->bss->seen_hostname,
	       skel->bss->seen_no_such_option);
	seen = skel->bss->seen;
	kconfig_bpf__destroy(skel);
	return seen ? 0 : 1;
}
