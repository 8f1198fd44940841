/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <signal.h> for wasm32-wasi guests: wasi-libc's own header, plus the one
 * export that lets the project's runtime run the guest's signal handlers.
 *
 * WebAssembly has no asynchronous signals: wasi-libc's signal() only
 * records a handler for raise(). The runtime catches SIGINT/SIGTERM itself
 * and, at the next point where the guest calls into the host (a poll, a
 * sleep, a read or a write), calls the export below, which runs the handler
 * the guest installed with signal(), or answers that there is none so that
 * the runtime applies the default action (terminate), as a native process
 * would. Then the interrupted call returns EINTR, once.
 *
 * Other runtimes never call the export; it adds no import, so a module
 * that includes this header still runs unchanged everywhere.
 */
#ifndef __LIBBPF_WASM_SIGNAL_H
#define __LIBBPF_WASM_SIGNAL_H

#include_next <signal.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What wasm_bpf_signal() tells the runtime. */
enum {
	WASM_BPF_SIGNAL_DEFAULT = 0,	/* no handler: apply the default action */
	WASM_BPF_SIGNAL_IGNORED = 1,	/* SIG_IGN: carry on as if nothing came */
	WASM_BPF_SIGNAL_HANDLED = 2,	/* the guest's handler ran */
};

int wasm_bpf_signal(int sig);

/*
 * Weak, so that every translation unit that includes <signal.h> may carry
 * it and the link keeps one. signal() is the only way wasi-libc exposes the
 * current handler: swap it out and straight back.
 */
__attribute__((weak, export_name("wasm_bpf_signal")))
int wasm_bpf_signal(int sig)
{
	void (*handler)(int) = signal(sig, SIG_DFL);

	if (handler == SIG_ERR)
		return WASM_BPF_SIGNAL_DEFAULT;
	signal(sig, handler);
	if (handler == SIG_DFL)
		return WASM_BPF_SIGNAL_DEFAULT;
	if (handler == SIG_IGN)
		return WASM_BPF_SIGNAL_IGNORED;
	handler(sig);
	return WASM_BPF_SIGNAL_HANDLED;
}

#ifdef __cplusplus
}
#endif

#endif
