// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* User side, a WebAssembly guest: attaches to the interface named on the
 * command line and prints its packet and byte counts every second. */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include <bpf/libbpf.h>
#include "myapp.skel.h"

static volatile bool exiting;

static void sig_handler(int sig)
{
	(void)sig;
	exiting = true;
}

int main(int argc, char **argv)
{
	struct myapp_bpf *skel;
	int err;

	if (argc != 2) {
		fprintf(stderr, "usage: %s IFNAME\n", argv[0]);
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGINT, sig_handler);
	signal(SIGTERM, sig_handler);
	skel = myapp_bpf__open_and_load();
	if (!skel) {
		fprintf(stderr, "Failed to open and load BPF skeleton\n");
		return 1;
	}
	/* XDP needs an interface: by name, since a guest cannot resolve ifindexes */
	err = bpf_program__set_attach_target_name(skel->progs.count_packets, argv[1]);
	if (!err)
		err = myapp_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to attach XDP to %s: %d\n", argv[1], err);
		goto cleanup;
	}
	printf("Counting packets on %s... Ctrl-C to stop.\n", argv[1]);
	while (!exiting) {
		struct timespec second = { 1, 0 };

		/* a signal cuts the sleep short */
		if (nanosleep(&second, NULL))
			break;
		err = bpf_object__read_globals(skel->obj);
		if (err)
			break;
		printf("packets=%llu bytes=%llu\n", skel->bss->packets, skel->bss->bytes);
	}

cleanup:
	myapp_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
