// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Built with -DLIBBPF_WASM_NO_EXT (the SDK for runtimes without the
 * extension ABI): the explicit attach calls on a loaded object whose program has
 * SEC("tracepoint/syscalls/sys_enter_getpid") (libbpf_btf.bpf.c): asking for
 * that tracepoint attaches; asking for another target, or for a cookie,
 * fails with NULL, errno EOPNOTSUPP and one line quoting the SEC name.
 * Also bpf_map__set_initial_value() on .rodata, read back after load.
 * Prints "ok WHAT" or "FAIL WHAT: why"; exits 1 on a failure.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <bpf/libbpf.h>
#include OBJ_HEADER

#include "print_capture.h"

static const char *refused(const char *call, const struct bpf_link *link)
{
	if (link)
		return "attached";
	if (errno != EOPNOTSUPP)
		return "errno is not EOPNOTSUPP";
	if (line_cnt != 1 || !strstr(lines, call) ||
	    !strstr(lines, "SEC(\"tracepoint/syscalls/sys_enter_getpid\")"))
		return "not one line naming the call and the SEC name";
	return NULL;
}

int main(void)
{
	LIBBPF_OPTS(bpf_tracepoint_opts, cookie, .bpf_cookie = 7);
	LIBBPF_OPTS(bpf_uprobe_opts, uopts, .func_name = "malloc");
	struct bpf_object *obj;
	struct bpf_program *prog;
	struct bpf_link *link;
	struct bpf_map *rodata;
	int pid = 4321, zero = 0;

	libbpf_set_print(capture);
	obj = bpf_object__open_mem(obj_bytes, obj_bytes_len, NULL);
	rodata = obj ? bpf_object__find_map_by_name(obj, ".rodata") : NULL;
	report("set_initial_value of the wrong size is -EINVAL",
	       bpf_map__set_initial_value(rodata, &pid, 2) == -EINVAL ? NULL : "accepted");
	report("set_initial_value before load",
	       bpf_map__set_initial_value(rodata, &pid, sizeof(pid)) ? "failed" : NULL);
	if (!obj || bpf_object__load(obj)) {
		printf("FAIL load: %s\n%s", strerror(errno), lines);
		return 1;
	}
	pid = 0;
	report("the kernel's .rodata holds the initial value",
	       bpf_map__lookup_elem(rodata, &zero, sizeof(zero), &pid, sizeof(pid), 0) ||
	       pid != 4321 ? "not 4321" : NULL);
	prog = bpf_object__find_program_by_name(obj, "handle");

	report("bpf_program__type from the SEC name",
	       bpf_program__type(prog) == BPF_PROG_TYPE_TRACEPOINT ? NULL : "not TRACEPOINT");
	report("autoattach is on by default", bpf_program__autoattach(prog) ? NULL : "off");
	bpf_program__set_autoattach(prog, false);
	report("set_autoattach(false) turns it off", bpf_program__autoattach(prog) ? "on" : NULL);
	bpf_program__set_autoattach(prog, true);

	reset();
	link = bpf_program__attach_tracepoint(prog, "sched", "sched_switch");
	report("attach_tracepoint to another tracepoint is refused",
	       refused("bpf_program__attach_tracepoint", link));
	reset();
	link = bpf_program__attach_kprobe(prog, false, "do_unlinkat");
	report("attach_kprobe on a tracepoint program is refused",
	       refused("bpf_program__attach_kprobe", link));
	reset();
	link = bpf_program__attach_tracepoint_opts(prog, "syscalls", "sys_enter_getpid", &cookie);
	report("attach_tracepoint_opts with a cookie is refused",
	       refused("bpf_program__attach_tracepoint_opts", link));
	reset();
	link = bpf_program__attach_uprobe_opts(prog, -1, "/bin/sh", 0, &uopts);
	report("attach_uprobe_opts on a tracepoint program is refused",
	       refused("bpf_program__attach_uprobe_opts", link));

	reset();
	link = bpf_program__attach_tracepoint(prog, "syscalls", "sys_enter_getpid");
	report("attach_tracepoint to the SEC name's tracepoint attaches",
	       !link ? "not attached" : line_cnt ? "printed a line" : NULL);
	reset();
	report("a second attach is -EBUSY",
	       bpf_program__attach_tracepoint(prog, "syscalls", "sys_enter_getpid") ||
	       errno != EBUSY ? "not EBUSY" : NULL);
	bpf_link__destroy(link);
	bpf_object__close(obj);
	return failures ? 1 : 0;
}
