// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The six imports called directly, as a hostile or buggy guest might:
 * out-of-bounds pointers and lengths, unknown handles, fds that are not the
 * object's, a second buffer, a callback of the wrong type. The host must
 * answer each with an error and keep running. Prints one line per call.
 *
 *   imports wamr|wasmtime
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <libbpf-wasm/imports.h>
#include "imports.skel.h"

#define OOB 0xfffffff0u	/* past the end of any guest memory here */

static int sample(void *ctx, void *data, size_t size)
{
	(void)ctx;
	(void)data;
	(void)size;
	return 0;
}

static int wrong_type(int x)
{
	return x;
}

static const char *sign(long long v)
{
	return v < 0 ? "negative" : v > 0 ? "positive" : "zero";
}

int main(int argc, char **argv)
{
	bool wasmtime = argc > 1 && !strcmp(argv[1], "wasmtime");
	static char data[8192];
	uint64_t key = 1, value = 0, h, bad_h;
	size_t sz;
	const void *elf = imports_bpf__elf_bytes(&sz);
	int fd_table, fd_ring, fd_ring2, ret;

	setvbuf(stdout, NULL, _IOLBF, 0);
	/* load */
	printf("load oob buffer: %s\n", sign((long long)wasm_load_bpf_object((void *)(uintptr_t)OOB, 4096)));
	printf("load huge size: %s\n", sign((long long)wasm_load_bpf_object(elf, 0x7fffffff)));
	printf("load garbage: %s\n", sign((long long)wasm_load_bpf_object(data, 512)));
	h = wasm_load_bpf_object(elf, (int)sz);
	printf("load: %s\n", h ? "ok" : "failed");
	if (!h)
		return 1;
	bad_h = h + 1000;

	/* map fds */
	fd_table = wasm_bpf_map_fd_by_name(h, "table");
	fd_ring = wasm_bpf_map_fd_by_name(h, "ring");
	fd_ring2 = wasm_bpf_map_fd_by_name(h, "ring2");
	printf("fd_by_name: %s\n", fd_table >= 0 && fd_ring >= 0 && fd_ring2 >= 0 ? "ok" : "failed");
	printf("fd_by_name unknown map: %s\n", sign(wasm_bpf_map_fd_by_name(h, "nope")));
	printf("fd_by_name unknown handle: %s\n", sign(wasm_bpf_map_fd_by_name(bad_h, "table")));
	printf("fd_by_name oob name: %s\n", sign(wasm_bpf_map_fd_by_name(h, (const char *)(uintptr_t)OOB)));

	/* map operations */
	value = 42;
	key = 7;
	printf("update: %d\n", wasm_bpf_map_operate(fd_table, 2, &key, &value, NULL, 0));
	value = 0;
	ret = wasm_bpf_map_operate(fd_table, 1, &key, &value, NULL, 0);
	printf("lookup: %d value=%llu\n", ret, (unsigned long long)value);
	printf("lookup oob key: %s\n", sign(wasm_bpf_map_operate(fd_table, 1, (void *)(uintptr_t)OOB, &value, NULL, 0)));
	printf("lookup oob value: %s\n", sign(wasm_bpf_map_operate(fd_table, 1, &key, (void *)(uintptr_t)OOB, NULL, 0)));
	printf("next oob: %s\n", sign(wasm_bpf_map_operate(fd_table, 4, &key, NULL, (void *)(uintptr_t)OOB, 0)));
	printf("bad command: %s\n", sign(wasm_bpf_map_operate(fd_table, 99, &key, &value, NULL, 0)));
	printf("fd 1 (host stdout): %s\n", sign(wasm_bpf_map_operate(1, 1, &key, &value, NULL, 0)));
	printf("fd 9999: %s\n", sign(wasm_bpf_map_operate(9999, 1, &key, &value, NULL, 0)));
	printf("delete: %d\n", wasm_bpf_map_operate(fd_table, 3, &key, NULL, NULL, 0));

	/* attach */
	printf("attach oob name: %s\n", sign(wasm_attach_bpf_program(h, (const char *)(uintptr_t)OOB, NULL)));
	printf("attach unknown program: %s\n", sign(wasm_attach_bpf_program(h, "nope", NULL)));
	printf("attach unknown handle: %s\n", sign(wasm_attach_bpf_program(bad_h, "on_getpgid", NULL)));
	printf("attach xdp to \"\": %s\n", sign(wasm_attach_bpf_program(h, "pass", "")));
	printf("attach xdp to nosuchif0: %s\n", sign(wasm_attach_bpf_program(h, "pass", "nosuchif0")));
	printf("attach xdp to lo: %d\n", wasm_attach_bpf_program(h, "pass", "lo"));
	printf("attach tracepoint: %d\n", wasm_attach_bpf_program(h, "on_getpgid", NULL));

	/* buffers */
	printf("poll unknown handle: %s\n", sign(wasm_bpf_buffer_poll(bad_h, fd_ring, sample, NULL, data, sizeof(data), 0)));
	printf("poll fd not in object: %s\n", sign(wasm_bpf_buffer_poll(h, 1, sample, NULL, data, sizeof(data), 0)));
	printf("poll a hash map: %s\n", sign(wasm_bpf_buffer_poll(h, fd_table, sample, NULL, data, sizeof(data), 0)));
	printf("poll oob data: %s\n", sign(wasm_bpf_buffer_poll(h, fd_ring, sample, NULL, (void *)(uintptr_t)OOB, 4096, 0)));
	printf("poll: %s\n", sign(wasm_bpf_buffer_poll(h, fd_ring, sample, NULL, data, sizeof(data), 0)));
	printf("poll a second buffer: %s\n", sign(wasm_bpf_buffer_poll(h, fd_ring2, sample, NULL, data, sizeof(data), 0)));
	printf("poll bad function index: %s\n", sign(wasm_bpf_buffer_poll(h, fd_ring, (wasm_bpf_sample_fn)(uintptr_t)100000, NULL, data, sizeof(data), 0)));
	printf("poll a callback of the wrong type: %s\n",
	       sign(wasm_bpf_buffer_poll(h, fd_ring, (wasm_bpf_sample_fn)(uintptr_t)wrong_type, NULL, data, sizeof(data), 0)));
	(void)wasmtime;

	/* close */
	printf("close unknown handle: %s\n", sign(wasm_close_bpf_object(bad_h)));
	printf("close: %d\n", wasm_close_bpf_object(h));
	printf("close twice: %s\n", sign(wasm_close_bpf_object(h)));
	printf("done\n");
	return 3;
}
