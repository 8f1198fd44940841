// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * uprobe: print every call of add_numbers() in the example's target binary,
 * with its arguments, and every return, with its result.
 */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <bpf/libbpf.h>
#include "uprobe.wasm.h"
#include "uprobe.skel.h"

static int on_call(void *ctx, void *data, size_t size)
{
	const struct call *c = data;

	(void)ctx;
	if (size < sizeof(*c))
		return 0;
	if (c->is_return)
		printf("RETURN pid=%d comm=%s ret=%lld\n", c->pid, c->comm, (long long)c->ret);
	else
		printf("ENTRY  pid=%d comm=%s a=%d b=%lld\n", c->pid, c->comm, c->a, (long long)c->b);
	return 0;
}

static volatile bool exiting;

static void sig_handler(int sig)
{
	(void)sig;
	exiting = true;
}

int main(int argc, char **argv)
{
	struct ring_buffer *rb = NULL;
	struct uprobe_bpf *skel;
	int err;

	(void)argv;
	if (argc > 1) {
		fprintf(stderr, "usage: uprobe   (traces add_numbers() of the example's ./target)\n");
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGINT, sig_handler);
	signal(SIGTERM, sig_handler);
	skel = uprobe_bpf__open_and_load();
	if (!skel) {
		fprintf(stderr, "Failed to open and load BPF skeleton\n");
		return 1;
	}
	err = uprobe_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to attach the probes (is the target built?): %d\n", err);
		goto cleanup;
	}
	rb = ring_buffer__new(bpf_map__fd(skel->maps.calls), on_call, NULL, NULL);
	if (!rb) {
		err = -errno;
		fprintf(stderr, "Failed to create ring buffer\n");
		goto cleanup;
	}
	printf("Tracing add_numbers()... Ctrl-C to stop.\n");
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
	uprobe_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
