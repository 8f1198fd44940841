// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The native stack the guest runs on, and what a fault on it means.
 *
 * wasm2c turns every wasm call into a C call, so a guest's recursion is
 * native recursion: a call-depth count cannot bound it (a frame may hold
 * thousands of spilled locals). Instead the whole host runs on a stack of
 * known size that it maps itself, with an inaccessible guard region below
 * it; modules are compiled with -fstack-clash-protection so that a large
 * frame touches the guard page by page instead of jumping over it. A fault
 * in the guard is the guest exhausting its stack: reported as a trap.
 *
 * Any other SIGSEGV or SIGBUS is a bug in the host (or in libbpf): one line
 * on stderr, then the process dies of the signal. The handler runs on its
 * own stack (sigaltstack), since the faulting one may be full, and uses only
 * write(2) and _exit(2): the fault may have hit inside malloc or stdio.
 * Nothing is cleaned up there; the kernel detaches the guest's programs when
 * their descriptors close with the process.
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#else
#define VALGRIND_STACK_REGISTER(lo, hi) 0
#endif

#include "host.h"

#define STACK_SIZE	(64ul << 20)	/* reserved; pages are committed when touched */
#define GUARD_SIZE	(1ul << 20)
#define ALT_STACK_SIZE	(64ul << 10)

static uintptr_t guard_lo, guard_hi;
static int saved_argc;
static char **saved_argv;

/* "0x..." of v into buf (no printf in a signal handler). */
static const char *hex(uintptr_t v, char buf[19])
{
	char *p = buf + 18;

	*p = '\0';
	do {
		*--p = "0123456789abcdef"[v & 15];
		v >>= 4;
	} while (v);
	*--p = 'x';
	*--p = '0';
	return p;
}

static void say(const char *const parts[], int n)
{
	for (int i = 0; i < n; i++) {
		ssize_t r = write(2, parts[i], strlen(parts[i]));

		(void)r;
	}
}

static void on_fault(int sig, siginfo_t *si, void *uctx)
{
	const char *module = host.module_path ? host.module_path : "module";
	uintptr_t addr = (uintptr_t)si->si_addr;
	char buf[19];

	(void)uctx;
	if (sig == SIGSEGV && addr >= guard_lo && addr < guard_hi) {
		const char *trap[] = { "wasm-bpf: ", module, ": trap: ",
				       wasm_rt_strerror(WASM_RT_TRAP_EXHAUSTION), "\n" };

		say(trap, 5);
		_exit(134);
	} else {
		const char *bug[] = { "wasm-bpf: ", module, ": internal error: ",
				      sig == SIGSEGV ? "SIGSEGV" : "SIGBUS", " at ", hex(addr, buf), "\n" };

		say(bug, 7);
	}
	/* die of it: SIG_DFL, then the faulting instruction runs again */
	signal(sig, SIG_DFL);
	if (si->si_code <= 0)	/* sent by kill(2), not a fault: send it again */
		raise(sig);
}

static int install_fault_handler(void)
{
	struct sigaction sa;
	stack_t ss;

	ss.ss_sp = malloc(ALT_STACK_SIZE);
	ss.ss_size = ALT_STACK_SIZE;
	ss.ss_flags = 0;
	if (!ss.ss_sp || sigaltstack(&ss, NULL))
		return -1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGSEGV, &sa, NULL) || sigaction(SIGBUS, &sa, NULL))
		return -1;
	return 0;
}

static void on_guest_stack(void)
{
	_exit(host_run(saved_argc, saved_argv));
}

int main(int argc, char **argv)
{
	static ucontext_t main_ctx, guest_ctx;
	u8 *base;

	base = mmap(NULL, GUARD_SIZE + STACK_SIZE, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
	if (base == MAP_FAILED || mprotect(base, GUARD_SIZE, PROT_NONE) ||
	    install_fault_handler() || getcontext(&guest_ctx)) {
		fprintf(stderr, "wasm-bpf: %s: cannot set up the guest's stack\n",
			argc > 2 ? argv[2] : "module");
		return 1;
	}
	guard_lo = (uintptr_t)base;
	guard_hi = (uintptr_t)base + GUARD_SIZE;
	(void)VALGRIND_STACK_REGISTER(base + GUARD_SIZE, base + GUARD_SIZE + STACK_SIZE);
	saved_argc = argc;
	saved_argv = argv;
	guest_ctx.uc_stack.ss_sp = base + GUARD_SIZE;
	guest_ctx.uc_stack.ss_size = STACK_SIZE;
	guest_ctx.uc_link = &main_ctx;
	makecontext(&guest_ctx, on_guest_stack, 0);
	swapcontext(&main_ctx, &guest_ctx);
	return 1;	/* host_run does not return */
}
