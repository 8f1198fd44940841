// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The program a module is compiled into: instantiate, run _start, report a
 * trap, clean up. Started by the wasm-bpf driver as
 *	EXE MODE [--dir HOST::GUEST]... MODULE-PATH [ARGS...]
 * Exit status: the guest's; 134 on a trap.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "data_blob.h"
#include "host.h"
#include "wasi_fs.h"
#include "wasm-rt-impl.h"

struct host host;

/* Traps report the same way wherever they happen: one line, status 134. */
static int report_trap(wasm_rt_trap_t trap)
{
	fflush(stdout);
	fprintf(stderr, "wasm-bpf: %s: trap: %s\n", host.module_path, wasm_rt_strerror(trap));
	return 134;
}

/*
 * The active data segments the driver took out of the module's C
 * (data_segments.c), copied in as instantiation would have: in order, and
 * one that does not fit in memory traps.
 */
static void load_data(wasm_rt_memory_t *mem)
{
	const unsigned char *p = module_data, *bytes;
	size_t len = (size_t)(module_data_end - module_data);
	uint32_t count;

	if (len < sizeof(count))
		wasm_rt_trap(WASM_RT_TRAP_OOB);
	memcpy(&count, p, sizeof(count));
	if (count > (len - sizeof(count)) / sizeof(struct data_blob_segment))
		wasm_rt_trap(WASM_RT_TRAP_OOB);
	bytes = p + sizeof(count) + count * sizeof(struct data_blob_segment);
	for (uint32_t i = 0; i < count; i++) {
		struct data_blob_segment seg;

		memcpy(&seg, p + sizeof(count) + i * sizeof(seg), sizeof(seg));
		if ((uint64_t)seg.offset + seg.size > mem->size ||
		    seg.size > (size_t)(module_data_end - bytes))
			wasm_rt_trap(WASM_RT_TRAP_OOB);
		memcpy(mem->data + seg.offset, bytes, seg.size);
		bytes += seg.size;
	}
}

/* main (guest_stack.c) calls this on the guest's stack. */
int host_run(int argc, char **argv)
{
	struct Z_wasi_snapshot_preview1_instance_t wasi = { 0 };
	struct Z_wasm_bpf_instance_t bpf = { 0 };
	struct Z_wasm_bpf_ext_v1_instance_t ext = { 0 };
	wasm_rt_trap_t trap;
	void *instance;
	int code, i;

	if (argc < 3) {
		fprintf(stderr, "wasm-bpf: run modules with the wasm-bpf command\n");
		return 2;
	}
	host.mode = strcmp(argv[1], "wasmtime") == 0 ? MODE_WASMTIME : MODE_WAMR;
	/* the grants, checked by the driver: preopens 3, 4, ... in this order */
	for (i = 2; i + 2 < argc && !strcmp(argv[i], "--dir"); i += 2) {
		char *sep = strstr(argv[i + 1], "::");
		int err;

		if (!sep) {
			fprintf(stderr, "wasm-bpf: run modules with the wasm-bpf command\n");
			return 2;
		}
		*sep = '\0';
		err = wasi_fs_grant(argv[i + 1], sep + 2);
		if (err) {
			fprintf(stderr, "wasm-bpf: --dir %s: %s\n", argv[i + 1], strerror(-err));
			return 1;
		}
	}
	host.module_path = argv[i];

	wasm_rt_init();
	module_init();
	/* the guest's argv[0] is the module path as the user typed it */
	wasi.argc = argc - i;
	wasi.argv = argv + i;
	/* a data segment out of bounds traps while instantiating */
	trap = wasm_rt_impl_try();
	if (trap != WASM_RT_TRAP_NONE)
		_exit(report_trap(trap));
	instance = module_instantiate(&wasi, &bpf, &ext);
	load_data(module_memory(instance));
	wasi.memory = bpf.memory = ext.memory = module_memory(instance);
	bpf.table = ext.table = module_table(instance);
	host.instance = instance;
	signals_install();

	trap = wasm_rt_impl_try();
	if (trap != WASM_RT_TRAP_NONE) {
		code = report_trap(trap);
	} else if (!setjmp(host.exit_jmp)) {
		/* getpid() in the guest: this process, as natively */
		module_set_pid(instance, (u32)getpid());
		module_start(instance);
		code = 0;
	} else {
		code = host.exit_code;
	}
	bpf_imports_cleanup();
	fflush(stdout);
	fflush(stderr);
	/* no module_free/wasm_rt_free: the process ends here */
	_exit(code);
}
