// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#define _GNU_SOURCE	/* ppoll */
/*
 * SIGINT and SIGTERM, as a native process gets them.
 *
 * A guest cannot be interrupted in the middle of its own code: wasm2c's
 * output keeps state (the call depth, the memory size) that a handler run
 * from a real signal handler would see half-updated. So the host's handler
 * only records the signal, and the guest's handler runs at the next call
 * the guest makes into the host — the points where a blocked native program
 * would be interrupted too (a poll, a sleep, a read, a write, a clock read).
 *
 *  - A module without the wasm_bpf_signal export has no handlers we can
 *    run: it dies of the signal at once, as a native program without
 *    handlers does (libbpf-bootstrap's minimal, a busy loop).
 *  - Otherwise the export answers: no handler (die of it now), SIG_IGN
 *    (carry on, the blocking call is resumed), or "handled" (the call the
 *    guest is in returns EINTR once, as poll(2) and nanosleep(2) do).
 *  - A second signal before the guest took the first means the guest is
 *    not calling the host at all: it dies of that one.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>

#include "ext_imports.h"
#include "host.h"

/* What the SDK's wasm_bpf_signal() answers (libbpf-wasm/include/signal.h). */
enum { GUEST_DEFAULT = 0, GUEST_IGNORED = 1, GUEST_HANDLED = 2 };

static volatile sig_atomic_t pending;	/* the signal waiting for the guest */
static bool guest_has_handlers;

/* Dies of sig: its default action, with nothing flushed, as natively. */
static void die_of(int sig)
{
	struct sigaction sa;
	sigset_t set;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_DFL;
	sigaction(sig, &sa, NULL);
	/* inside on_signal the signal is blocked: let it through */
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	_exit(128 + sig);
}

/* write(2) only: this runs inside a signal handler. */
static void say(const char *a, const char *b)
{
	ssize_t r = write(2, a, strlen(a));

	r = write(2, b, strlen(b));
	(void)r;
}

static void on_signal(int sig)
{
	if (!guest_has_handlers)
		die_of(sig);
	if (pending) {
		say("wasm-bpf: ", host.module_path);
		say(": ", "a second signal before the guest called the host to take the first; exiting\n");
		die_of(sig);
	}
	pending = sig;
}

void signals_install(void)
{
	struct sigaction sa;

	guest_has_handlers = module_has_signal();
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* no SA_RESTART: blocked polls and sleeps must wake up with EINTR */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

bool signals_pending(void)
{
	return pending != 0;
}

static void guest_signals(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGTERM);
}

/*
 * Blocks SIGINT and SIGTERM, the mask to wait with in *wait_mask; false,
 * with nothing blocked, when a signal is already waiting.
 */
static bool hold(sigset_t *wait_mask)
{
	sigset_t block;

	guest_signals(&block);
	sigprocmask(SIG_BLOCK, &block, wait_mask);
	if (pending) {
		sigprocmask(SIG_SETMASK, wait_mask, NULL);
		return false;
	}
	return true;
}

/* Restores the mask after the wait, keeping the wait's errno. */
static int release(const sigset_t *wait_mask, int ret)
{
	int err = errno;

	sigprocmask(SIG_SETMASK, wait_mask, NULL);
	errno = err;
	return ret;
}

int signals_ppoll(struct pollfd *fds, nfds_t n, const struct timespec *timeout)
{
	sigset_t wait_mask;

	if (!hold(&wait_mask)) {
		errno = EINTR;
		return -1;
	}
	return release(&wait_mask, ppoll(fds, n, timeout, &wait_mask));
}

int signals_epoll_wait(int epfd, struct epoll_event *events, int max, int timeout_ms)
{
	sigset_t wait_mask;

	if (!hold(&wait_mask)) {
		errno = EINTR;
		return -1;
	}
	return release(&wait_mask, epoll_pwait(epfd, events, max, timeout_ms, &wait_mask));
}

bool signals_deliver(void)
{
	sigset_t block, old;
	int sig, answer;

	if (!pending)
		return false;
	/* take the signal without losing one that arrives meanwhile */
	guest_signals(&block);
	sigprocmask(SIG_BLOCK, &block, &old);
	sig = pending;
	pending = 0;
	sigprocmask(SIG_SETMASK, &old, NULL);

	answer = module_signal(host.instance, sig);
	if (answer == GUEST_IGNORED)
		return false;
	if (answer != GUEST_HANDLED) {
		ext_cleanup();	/* tc filters outlive the process: not the guest's */
		die_of(sig);
	}
	return true;
}
