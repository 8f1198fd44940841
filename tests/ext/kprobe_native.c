// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * kprobe_native OBJ: what native libbpf gets from this kernel for
 * bpf_program__attach_kprobe(kprobe_unlinkat, false, "do_unlinkat"), to
 * compare with the guest's answer (run.sh): the same line as `ext kprobe`.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <bpf/libbpf.h>

int main(int argc, char **argv)
{
	struct bpf_object *obj;
	struct bpf_program *prog, *kp;
	struct bpf_link *l;

	libbpf_set_print(NULL);
	obj = bpf_object__open_file(argc > 1 ? argv[1] : "", NULL);
	if (!obj)
		return 1;
	kp = bpf_object__find_program_by_name(obj, "kprobe_unlinkat");
	bpf_object__for_each_program(prog, obj)
		bpf_program__set_autoload(prog, prog == kp);
	if (!kp || bpf_object__load(obj))
		return 1;
	l = bpf_program__attach_kprobe(kp, false, "do_unlinkat");
	if (l)
		printf("kprobe attached\n");
	else
		printf("kprobe: %s\n", strerror(errno));
	bpf_link__destroy(l);
	bpf_object__close(obj);
	return 0;
}
