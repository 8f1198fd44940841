/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * nanosleep(), sleep() and usleep() that end as natively when a signal
 * handler ran: -1 with EINTR and the time left in *rem, sleep() returning
 * the seconds left. wasi-libc's report every early end as ENOTSUP and
 * leave *rem alone, so `while (sleep(n)) ...` and rem-based retry loops
 * misbehave after Ctrl-C. These ask WASI's poll_oneoff directly, whose
 * EINTR the project's runtime returns when the guest's handler ran
 * (runtime/signals.c), and measure the time left on the monotonic clock.
 * Weak, as everything in the SDK: each translation unit may carry them and
 * the guest's own definitions win over libc's.
 */
#ifndef __LIBBPF_WASM_SLEEP_H
#define __LIBBPF_WASM_SLEEP_H

#ifdef __wasi__
#include <errno.h>
#include <time.h>
#include <wasi/api.h>

#ifdef __cplusplus
extern "C" {
#endif

static inline __wasi_timestamp_t libbpf_wasm__now_ns(void)
{
	__wasi_timestamp_t t = 0;

	/* the monotonic clock cannot fail; if it did, rem would read "all left" */
	if (__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t))
		return 0;
	return t;
}

__attribute__((weak)) int nanosleep(const struct timespec *req, struct timespec *rem)
{
	__wasi_subscription_t sub;
	__wasi_event_t ev;
	__wasi_size_t n = 0;
	__wasi_timestamp_t ns, start, spent;
	__wasi_errno_t err;

	if (!req || req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= 1000000000L) {
		errno = EINVAL;
		return -1;
	}
	ns = (__wasi_timestamp_t)req->tv_sec * 1000000000ull + (__wasi_timestamp_t)req->tv_nsec;
	__builtin_memset(&sub, 0, sizeof(sub));
	sub.u.tag = __WASI_EVENTTYPE_CLOCK;
	sub.u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
	sub.u.u.clock.timeout = ns;
	start = libbpf_wasm__now_ns();
	err = __wasi_poll_oneoff(&sub, &ev, 1, &n);
	if (err == 0 && n == 1 && ev.error == 0)
		return 0;
	if (err == __WASI_ERRNO_INTR && rem) {
		spent = libbpf_wasm__now_ns() - start;
		ns = spent < ns ? ns - spent : 0;
		rem->tv_sec = (time_t)(ns / 1000000000ull);
		rem->tv_nsec = (long)(ns % 1000000000ull);
	}
	errno = err ? (int)err : (int)ev.error;
	return -1;
}

__attribute__((weak)) unsigned sleep(unsigned seconds)
{
	struct timespec ts = { (time_t)seconds, 0 };

	if (nanosleep(&ts, &ts) == 0)
		return 0;
	/* rounded to the nearest second, as glibc does */
	return (unsigned)ts.tv_sec + (ts.tv_nsec >= 500000000L);
}

__attribute__((weak)) int usleep(unsigned useconds)
{
	struct timespec ts = { (time_t)(useconds / 1000000u), (long)(useconds % 1000000u) * 1000 };

	return nanosleep(&ts, (struct timespec *)0);
}

#ifdef __cplusplus
}
#endif
#endif /* __wasi__ */

#endif
