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
 *
 * sigaction() too: wasi-libc hides it (and siginfo_t), so it is defined
 * here on top of signal(), with the flags a handler for SIGINT or SIGTERM
 * uses: SA_SIGINFO (the handler gets a siginfo_t with si_signo and
 * si_code SI_USER), SA_RESETHAND (one delivery, then the default action),
 * SA_RESTART and SA_NODEFER (accepted: handlers run one at a time, at the
 * guest's calls into the host, so nothing is restarted or deferred; poll,
 * sleep and epoll waits return EINTR with or without SA_RESTART, as
 * natively). wasi-libc's sigset_t is one byte: sigaddset() and friends
 * record signals 1-8 exactly and accept the others; sa_mask has no effect.
 */
#ifndef __LIBBPF_WASM_SIGNAL_H
#define __LIBBPF_WASM_SIGNAL_H

#include_next <signal.h>

#include <errno.h>
#include <string.h>
#include <sys/types.h>
#include <__typedef_sigset_t.h>	/* wasi-libc's placeholder, one byte */

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

#ifndef SA_SIGINFO
#define SA_NOCLDSTOP	1
#define SA_NOCLDWAIT	2
#define SA_SIGINFO	4
#define SA_ONSTACK	0x08000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000
#endif
#ifndef SI_USER
#define SI_USER		0
#define SI_KERNEL	128
#endif
#ifndef SIG_BLOCK
#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2
#endif

#define LIBBPF_WASM_NSIG 65

typedef struct {
	int si_signo, si_errno, si_code;
	pid_t si_pid;
	uid_t si_uid;
	int si_status;
	void *si_addr;
} siginfo_t;

struct sigaction {
	union {
		void (*sa_handler)(int);
		void (*sa_sigaction)(int, siginfo_t *, void *);
	} __sa_handler;
	sigset_t sa_mask;
	int sa_flags;
	void (*sa_restorer)(void);
};
#define sa_handler __sa_handler.sa_handler
#define sa_sigaction __sa_handler.sa_sigaction

/* What sigaction() installed for each signal, beyond what signal() keeps. */
struct libbpf_wasm__sigstate {
	void (*handler)(int);
	void (*info_handler)(int, siginfo_t *, void *);
	int flags;
	sigset_t mask;
};

__attribute__((weak)) struct libbpf_wasm__sigstate libbpf_wasm__sigstate[LIBBPF_WASM_NSIG];

/*
 * Installed with signal() when the action needs more than a plain handler
 * (SA_SIGINFO, SA_RESETHAND): runs it as the kernel would have.
 */
__attribute__((weak)) void libbpf_wasm__sigtrampoline(int sig)
{
	struct libbpf_wasm__sigstate *s = &libbpf_wasm__sigstate[sig];
	struct libbpf_wasm__sigstate now = *s;
	siginfo_t info;

	if (now.flags & SA_RESETHAND) {
		signal(sig, SIG_DFL);
		memset(s, 0, sizeof(*s));
	}
	if (now.flags & SA_SIGINFO) {
		memset(&info, 0, sizeof(info));
		info.si_signo = sig;
		info.si_code = SI_USER;
		now.info_handler(sig, &info, NULL);
	} else {
		now.handler(sig);
	}
}

/* 0, or -1 with errno EINVAL for a number that is no signal. */
static inline int libbpf_wasm__sig_check(int sig)
{
	if (sig >= 1 && sig < LIBBPF_WASM_NSIG)
		return 0;
	errno = EINVAL;
	return -1;
}

__attribute__((weak)) int sigaction(int sig, const struct sigaction *__restrict act,
				    struct sigaction *__restrict old)
{
	struct libbpf_wasm__sigstate *s;
	void (*cur)(int);

	if (libbpf_wasm__sig_check(sig))
		return -1;
	if (act && (sig == SIGKILL || sig == SIGSTOP)) {
		errno = EINVAL;
		return -1;
	}
	s = &libbpf_wasm__sigstate[sig];
	if (old) {
		/* signal() is the only way to read the handler: swap and back */
		cur = signal(sig, SIG_DFL);
		signal(sig, cur);
		memset(old, 0, sizeof(*old));
		if (cur == libbpf_wasm__sigtrampoline && (s->flags & SA_SIGINFO))
			old->sa_sigaction = s->info_handler;
		else
			old->sa_handler = cur == libbpf_wasm__sigtrampoline ? s->handler : cur;
		old->sa_flags = cur == libbpf_wasm__sigtrampoline ? s->flags : 0;
		old->sa_mask = s->mask;
	}
	if (act) {
		int via = (act->sa_flags & (SA_SIGINFO | SA_RESETHAND)) &&
			  ((act->sa_flags & SA_SIGINFO) ||
			   (act->sa_handler != SIG_DFL && act->sa_handler != SIG_IGN));

		memset(s, 0, sizeof(*s));
		s->flags = act->sa_flags;
		s->mask = act->sa_mask;
		if (act->sa_flags & SA_SIGINFO)
			s->info_handler = act->sa_sigaction;
		else
			s->handler = act->sa_handler;
		if (signal(sig, via ? libbpf_wasm__sigtrampoline : act->sa_handler) == SIG_ERR)
			return -1;
	}
	return 0;
}

/* Signal sets: one byte in wasi-libc, signals 1-8 recorded exactly. */
__attribute__((weak)) int sigemptyset(sigset_t *set)
{
	*set = 0;
	return 0;
}

__attribute__((weak)) int sigfillset(sigset_t *set)
{
	*set = (sigset_t)~0u;
	return 0;
}

__attribute__((weak)) int sigaddset(sigset_t *set, int sig)
{
	if (libbpf_wasm__sig_check(sig))
		return -1;
	if (sig <= 8)
		*set = (sigset_t)(*set | (1u << (sig - 1)));
	return 0;
}

__attribute__((weak)) int sigdelset(sigset_t *set, int sig)
{
	if (libbpf_wasm__sig_check(sig))
		return -1;
	if (sig <= 8)
		*set = (sigset_t)(*set & ~(1u << (sig - 1)));
	return 0;
}

/* Beyond signal 8 a set only knows whether it is full. */
__attribute__((weak)) int sigismember(const sigset_t *set, int sig)
{
	if (libbpf_wasm__sig_check(sig))
		return -1;
	if (sig <= 8)
		return (*set >> (sig - 1)) & 1;
	return *set == (sigset_t)~0u;
}

#ifdef __cplusplus
}
#endif

#endif
