// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Prints what every CO-RE relocation of core.bpf.c gave, once the process
 * named on the command line (the test's trigger) has called getpgid().
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <bpf/libbpf.h>
#include "core.skel.h"

int main(int argc, char **argv)
{
	struct core_bpf *skel;
	int err, tries, seen;

	if (argc != 2) {
		fprintf(stderr, "usage: core PID\n");
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	skel = core_bpf__open();
	if (!skel) {
		printf("open failed: %d\n", -errno);
		return 1;
	}
	skel->rodata->target_tgid = atoi(argv[1]);
	err = core_bpf__load(skel);
	if (!err)
		err = core_bpf__attach(skel);
	if (err) {
		printf("load/attach failed: %d\n", err);
		core_bpf__destroy(skel);
		return 1;
	}
	printf("READY\n");
	for (tries = 0; tries < 200 && !skel->bss->seen; tries++) {
		struct timespec ts = { 0, 50 * 1000 * 1000 };

		if (nanosleep(&ts, NULL) == -1 && errno != ENOTSUP)
			break;
		bpf_object__read_globals(skel->obj);
	}
	printf("tgid=%d parent=%d\n", skel->bss->tgid, skel->bss->parent_tgid);
	printf("pid: offset=%u size=%u exists=%d signed=%d; comm size=%u; no_such_field=%d\n",
	       skel->bss->pid_offset, skel->bss->pid_size, skel->bss->pid_exists,
	       skel->bss->pid_signed, skel->bss->comm_size, skel->bss->no_such_field_exists);
	printf("in_execve=%llu\n", skel->bss->in_execve);
	/* a double printed: this module links printf with floating point */
	printf("task_struct: size=%u (%.2f KiB) id=%u; cgroup=%d no_such_type=%d\n",
	       skel->bss->task_size, skel->bss->task_size / 1024.0, skel->bss->kernel_task_id, skel->bss->cgroup_exists, skel->bss->no_such_type_exists);
	printf("PIDTYPE_TGID=%lld PIDTYPE_MAX=%lld no_such_value=%lld\n", skel->bss->pidtype_tgid,
	       skel->bss->pidtype_max_exists, skel->bss->no_such_value_exists);
	seen = skel->bss->seen;
	core_bpf__destroy(skel);
	return seen ? 0 : 1;
}
