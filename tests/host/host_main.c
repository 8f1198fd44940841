// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The program a module is compiled into: instantiate, run _start, report a
 * trap, clean up. Started by the wasm-bpf driver as
 *	EXE MODE MODULE-PATH [ARGS...]
 * Exit status: the guest's; 134 on a trap.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "host.h"
#include "wasm-rt-impl.h"

struct host host;

/*
 * First Ctrl-C: blocked polls and sleeps return EINTR (no SA_RESTART), and
 * later ones at once, so the guest leaves its loop and exits normally.
 * Second Ctrl-C: out now.
 */
static void on_signal(int sig)
{
	if (host.interrupted)
		_exit(128 + sig);
	host.interrupted = 1;
}

static void install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

int main(int argc, char **argv)
{
	struct Z_wasi_snapshot_preview1_instance_t wasi = { 0 };
	struct Z_wasm_bpf_instance_t bpf = { 0 };
	wasm_rt_trap_t trap;
	void *instance;
	int code;

	if (argc < 3) {
		fprintf(stderr, "wasm-bpf: run modules with the wasm-bpf command\n");
		return 2;
	}
	host.mode = strcmp(argv[1], "wasmtime") == 0 ? MODE_WASMTIME : MODE_WAMR;
	host.module_path = argv[2];
	install_signals();

	wasm_rt_init();
	module_init();
	/* the guest's argv[0] is the module path as the user typed it */
	wasi.argc = argc - 2;
	wasi.argv = argv + 2;
	instance = module_instantiate(&wasi, &bpf);
	wasi.memory = bpf.memory = module_memory(instance);
	bpf.table = module_table(instance);

	trap = wasm_rt_impl_try();
	if (trap != WASM_RT_TRAP_NONE) {
		fflush(stdout);
		fprintf(stderr, "wasm-bpf: %s: trap: %s\n", host.module_path, wasm_rt_strerror(trap));
		code = 134;
	} else if (!setjmp(host.exit_jmp)) {
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
