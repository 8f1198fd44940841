// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * minimal [N] [--kernel-pid]: sets my_pid = getpid() as libbpf-bootstrap's
 * minimal does, attaches, writes N lines (one write system call each),
 * then prints how many writes the kernel saw for my_pid:
 *   pid=P
 *   writes=W last_pid=L
 * --kernel-pid takes my_pid from the kernel instead
 * (libbpf_wasm__kernel_pid(), what getpid() falls back to on runtimes
 * that do not give the guest its pid) and also prints kernel_pid=K.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <bpf/libbpf.h>
#include "minimal.skel.h"

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 5;
	int kernel = argc > 2 && !strcmp(argv[2], "--kernel-pid");
	struct minimal_bpf *skel;
	struct minimal_bpf__bss bss;
	int zero = 0, err = 1, i;

	skel = minimal_bpf__open();
	if (!skel) {
		fprintf(stderr, "Failed to open BPF skeleton\n");
		return 1;
	}
	skel->bss->my_pid = getpid();
#ifdef __wasi__
	if (kernel) {
		const char *why;

		skel->bss->my_pid = libbpf_wasm__kernel_pid(&why);
		if (!skel->bss->my_pid) {
			fprintf(stderr, "kernel pid: %s\n", why);
			goto cleanup;
		}
		printf("kernel_pid=%d\n", skel->bss->my_pid);
	}
#endif
	printf("pid=%d\n", getpid());
	fflush(stdout);

	err = minimal_bpf__load(skel);
	if (err) {
		fprintf(stderr, "Failed to load BPF skeleton: %d\n", err);
		goto cleanup;
	}
	err = minimal_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to attach BPF skeleton: %d\n", err);
		goto cleanup;
	}

	for (i = 0; i < n; i++) {
		printf("line %d\n", i);
		fflush(stdout);
	}

	err = bpf_map__lookup_elem(skel->maps.bss, &zero, sizeof(zero), &bss, sizeof(bss), 0);
	if (err) {
		fprintf(stderr, "Failed to read .bss: %d\n", err);
		goto cleanup;
	}
	printf("writes=%llu last_pid=%u\n", (unsigned long long)bss.writes, bss.last_pid);

cleanup:
	minimal_bpf__destroy(skel);
	return err ? 1 : 0;
}
