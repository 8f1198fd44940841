// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * task_iter: every task of the system, from a BPF task iterator, as
 * libbpf-bootstrap's task_iter prints them: the skeleton's attach, then
 * bpf_iter_create() on the link's fd and read() to the end. The link fd
 * and the iterator are the wasm-bpf runtime's extension (docs/abi.md).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "task_iter.wasm.h"
#include "task_iter.skel.h"

static const char *get_task_state(__u32 state)
{
	/* Taken from:
	 * https://elixir.bootlin.com/linux/latest/source/include/linux/sched.h#L85
	 * There are a lot more states not covered here but these are common ones.
	 * TASK_FREEZABLE (0x2000, Linux 6.1 on) marks a freezable sleep: not a
	 * state of its own.
	 */
	switch (state & ~0x2000u) {
	case 0x0000: return "RUNNING";
	case 0x0001: return "INTERRUPTIBLE";
	case 0x0002: return "UNINTERRUPTIBLE";
	case 0x0200: return "WAKING";
	case 0x0400: return "NOLOAD";
	case 0x0402: return "IDLE";
	case 0x0800: return "NEW";
	default: return "<unknown>";
	}
}

static int libbpf_print_fn(enum libbpf_print_level level, const char *format, va_list args)
{
	if (level == LIBBPF_DEBUG)
		return 0;
	return vfprintf(stderr, format, args);
}

int main(int argc, char **argv)
{
	struct task_iter_bpf *skel;
	struct task_info buf;
	int iter_fd;
	ssize_t ret;
	int err;

	if (argc > 1) {
		fprintf(stderr, "Usage: %s\n\nLists every task with its state and kernel stack depth.\n",
			argv[0]);
		return strcmp(argv[1], "-h") && strcmp(argv[1], "--help") ? 2 : 0;
	}

	/* Set up libbpf errors and debug info callback */
	libbpf_set_print(libbpf_print_fn);

	/* Open, load, and verify BPF application */
	skel = task_iter_bpf__open_and_load();
	if (!skel) {
		fprintf(stderr, "Failed to open and load BPF skeleton\n");
		return 1;
	}

	/* Attach tracepoints */
	err = task_iter_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to attach BPF skeleton\n");
		goto cleanup;
	}

	iter_fd = bpf_iter_create(bpf_link__fd(skel->links.get_tasks));
	if (iter_fd < 0) {
		err = -1;
		fprintf(stderr, "Failed to create iter\n");
		goto cleanup;
	}

	while (true) {
		ret = read(iter_fd, &buf, sizeof(struct task_info));
		if (ret < 0) {
			if (errno == EAGAIN)
				continue;
			err = -errno;
			break;
		}
		if (ret == 0)
			break;
		if (buf.kstack_len <= 0) {
			printf("Error getting kernel stack for task. Task Info. Pid: %d. Process Name: %s. Kernel Stack Error: %d. State: %s\n",
			       buf.pid, buf.comm, buf.kstack_len, get_task_state(buf.state));
		} else {
			printf("Task Info. Pid: %d. Process Name: %s. Kernel Stack Len: %d. State: %s\n",
			       buf.pid, buf.comm, buf.kstack_len, get_task_state(buf.state));
		}
	}

	close(iter_fd);

cleanup:
	/* Clean up */
	task_iter_bpf__destroy(skel);

	return err < 0 ? -err : err;
}
