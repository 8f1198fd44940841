// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Globals of every kind, in .rodata, .data and .bss. The guest sets them
 * before load; on each getpgid() by a process named target_comm the program
 * counts in .bss and reports everything it sees through the ring buffer.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "globals.h"

char LICENSE[] SEC("license") = "GPL";

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 64 * 1024);
} reports SEC(".maps");

/* .rodata */
const volatile char target_comm[16] = "";
const volatile long ro_long = 1;
const volatile unsigned long ro_ulong = 2;
const volatile void *const volatile ro_ptr = 0;
const volatile bool ro_flag = false;
const volatile int ro_array[3] = { 0, 0, 0 };
const volatile struct point ro_point = { 0 };

/* .data */
long data_long = 10;
unsigned long data_ulong = 20;

/* custom sections: their own maps, their own skeleton pointers */
long custom_data SEC(".data.custom") = 7;
const volatile unsigned int custom_ro SEC(".rodata.custom") = 8;

/* .bss */
long bss_long;
int bss_array[4];
struct point bss_point;
unsigned int event_count;
struct report *unused_report __attribute__((unused));

static bool is_target(void)
{
	char comm[16];
	int i;

	bpf_get_current_comm(comm, sizeof(comm));
	for (i = 0; i < 16; i++) {
		if (comm[i] != target_comm[i])
			return false;
		if (!comm[i])
			break;
	}
	return target_comm[0] != 0;
}

SEC("tp/syscalls/sys_enter_getpgid")
int on_getpgid(void *ctx)
{
	struct report *r;

	if (!is_target())
		return 0;
	__sync_fetch_and_add(&event_count, 1);
	r = bpf_ringbuf_reserve(&reports, sizeof(*r), 0);
	if (!r)
		return 0;
	r->ro_long = ro_long;
	r->ro_ulong = ro_ulong;
	r->ro_ptr = (void *)ro_ptr;
	r->ro_flag = ro_flag;
	/* element by element: a memcpy would drop volatile and let clang
	 * fold the compile-time initializer instead of reading the map */
	for (int i = 0; i < 3; i++) {
		r->ro_array[i] = ro_array[i];
		r->ro_point.tag[i] = ro_point.tag[i];
	}
	r->ro_point.x = ro_point.x;
	r->ro_point.y = ro_point.y;
	r->data_long = data_long;
	r->data_ulong = data_ulong;
	r->bss_long = bss_long;
	__builtin_memcpy(r->bss_array, bss_array, sizeof(r->bss_array));
	r->bss_point = bss_point;
	r->custom_data = custom_data;
	r->custom_ro = custom_ro;
	r->count = event_count;
	bpf_ringbuf_submit(r, 0);
	return 0;
}
