// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* User side, a WebAssembly guest: prints each event until Ctrl-C. */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>

#include <bpf/libbpf.h>
#include "myapp.wasm.h"
#include "myapp.skel.h"

static int handle_event(void *ctx, void *data, size_t size)
{
	const struct event *e = data;

	(void)ctx;
	if (size >= sizeof(*e))
		printf("EXEC %-7d %-7d %-16s %s\n", e->pid, e->ppid, e->comm, e->filename);
	return 0;
}

static volatile bool exiting;

static void sig_handler(int sig)
{
	(void)sig;
	exiting = true;
}

int main(void)
{
	struct ring_buffer *rb = NULL;
	struct myapp_bpf *skel;
	int err;

	/* output reaches a pipe even if the runtime stops us */
	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGINT, sig_handler);
	signal(SIGTERM, sig_handler);

	skel = myapp_bpf__open_and_load();
	if (!skel) {
		fprintf(stderr, "Failed to open and load BPF skeleton\n");
		return 1;
	}
	err = myapp_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to attach BPF skeleton: %d\n", err);
		goto cleanup;
	}
	rb = ring_buffer__new(bpf_map__fd(skel->maps.events), handle_event, NULL, NULL);
	if (!rb) {
		err = -errno;
		fprintf(stderr, "Failed to create ring buffer: %d\n", err);
		goto cleanup;
	}
	printf("Tracing exec()... Ctrl-C to stop.\n");
	while (!exiting) {
		err = ring_buffer__poll(rb, 100 /* timeout, ms */);
		/* Ctrl-C will cause -EINTR */
		if (err == -EINTR) {
			err = 0;
			break;
		}
		if (err < 0) {
			fprintf(stderr, "Error polling ring buffer: %d\n", err);
			break;
		}
	}

cleanup:
	ring_buffer__free(rb);
	myapp_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
