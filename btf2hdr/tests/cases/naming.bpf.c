// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Names the emitted header must change: wasi-libc's and the SDK's tags,
 * typedefs and macros, C++ keywords, a member named like a typedef (C++
 * only), and a fixed-width typedef that is not the SDK's type (__u16); one
 * that is (__u32) keeps its name.
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

typedef unsigned int __u32;
typedef int __u16;

/* the SDK's own struct ring_buffer */
struct ring_buffer {
	__u32 head;
	__u16 flags;
};

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
	struct ring_buffer rb;
};

struct holder *unused_holder __attribute__((unused));

__attribute__((section("tp/syscalls/sys_enter_getpgid"), used))
int prog(void *ctx)
{
	return 0;
}

char LICENSE[] __attribute__((section("license"), used)) = "GPL";
