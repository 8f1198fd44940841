// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Names the emitted header must change: wasi-libc's tags, typedefs and
 * macros, C++ keywords, and a member named like a typedef (C++ only).
 * No vmlinux.h: every type is declared here.
 */
typedef unsigned long size_t;

struct timespec {
	long tv_sec;
	long tv_nsec;
};

enum errs {
	EINVAL = 22,
	MY_OK = 0,
};

typedef int port_id;

struct keywords {
	int class;
	int new;
	int this;
	size_t delete;
};

struct member_typedef {
	port_id port_id;
	port_id other;
};

struct holder {
	struct timespec ts;
	enum errs e;
	struct keywords k;
	struct member_typedef m;
	size_t n;
};

struct holder *unused_holder __attribute__((unused));

__attribute__((section("tp/syscalls/sys_enter_getpgid"), used))
int prog(void *ctx)
{
	return 0;
}

char LICENSE[] __attribute__((section("license"), used)) = "GPL";
