// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* A struct the program uses only through a pointer cast: not in BTF. */
struct only_in_dwarf {
	int a;
	long b;
};

struct in_btf {
	int x;
};

struct in_btf global_in_btf;

__attribute__((section("tp/syscalls/sys_enter_getpgid"), used))
int prog(void *ctx)
{
	struct only_in_dwarf *p = ctx;

	return p->a + global_in_btf.x;
}

char LICENSE[] __attribute__((section("license"), used)) = "GPL";
