/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * getpid() for wasm32-wasi guests: the pid of the runtime process that runs
 * the guest, which is what BPF programs see in bpf_get_current_pid_tgid()
 * (libbpf-bootstrap's minimal sets my_pid = getpid() to filter on it).
 * wasi-libc's emulated getpid() returns a constant.
 *
 * Two sources, no new import:
 *  - the project's runtime calls the export wasm_bpf_set_pid() before
 *    _start (other runtimes never call it);
 *  - otherwise, on the first call, the kernel tells: a tiny BPF object
 *    (libbpf-wasm/bpf/getpid.bpf.c, embedded here as bytes) records the
 *    tgid of whoever calls bpf(BPF_MAP_LOOKUP_ELEM) with a key holding the
 *    guest's random nonce, and the guest makes that lookup through
 *    wasm_bpf_map_operate, i.e. from the runtime's own process. It needs
 *    what any BPF guest needs (root, a kernel with BTF) and costs one
 *    object load. The pid is the kernel's, seen from the initial pid
 *    namespace, as bpf_get_current_pid_tgid() sees it.
 * When neither works, getpid() says so once on stderr and returns
 * LIBBPF_WASM_NO_PID, above any pid the kernel can give out (pid_max is at
 * most 2^22), so a my_pid filter matches nothing rather than someone else.
 */
#ifndef __LIBBPF_WASM_GETPID_H
#define __LIBBPF_WASM_GETPID_H

#ifdef __wasi__
#include <stdio.h>
#include <sys/types.h>
#include <unistd.h>	/* getentropy */

#include "imports.h"
#include "getpid_key.h"
#include "libbpf-wasm/getpid.bpf.h"	/* generated: libbpf_wasm__getpid_obj */

#ifdef __cplusplus
extern "C" {
#endif

#define LIBBPF_WASM_NO_PID 0x7fffffff

/* 0 until known */
__attribute__((weak)) pid_t libbpf_wasm__pid;

void wasm_bpf_set_pid(int pid);

__attribute__((weak, export_name("wasm_bpf_set_pid")))
void wasm_bpf_set_pid(int pid)
{
	if (pid > 0)
		libbpf_wasm__pid = pid;
}

/*
 * Asks the kernel (see above). Returns the pid, or 0 with *why set to what
 * failed.
 */
__attribute__((weak)) pid_t libbpf_wasm__kernel_pid(const char **why)
{
	struct libbpf_wasm__getpid_key key = { LIBBPF_WASM_GETPID_MAGIC, 0 };
	wasm_bpf_handle_t obj;
	unsigned int tgid = 0;
	int fd;

	*why = NULL;
	if (getentropy(&key.nonce, sizeof(key.nonce))) {
		*why = "no random nonce (random_get failed)";
		return 0;
	}
	obj = wasm_load_bpf_object(libbpf_wasm__getpid_obj, (int)sizeof(libbpf_wasm__getpid_obj));
	if (!obj) {
		*why = "the runtime could not load its BPF object (root and a kernel with BTF are needed)";
		return 0;
	}
	fd = wasm_bpf_map_fd_by_name(obj, "pids");
	if (fd < 0 || wasm_attach_bpf_program(obj, "wasm_bpf_getpid", "") < 0)
		*why = "its raw_tp/sys_enter program did not attach";
	else if (wasm_bpf_map_operate(fd, WASM_BPF_MAP_LOOKUP, &key, &tgid, NULL, 0) < 0 || !tgid)
		*why = "the kernel did not see the lookup (an architecture other than x86_64 or arm64?)";
	wasm_close_bpf_object(obj);
	return *why ? 0 : (pid_t)tgid;
}

__attribute__((weak)) pid_t getpid(void)
{
	const char *why;

	if (!libbpf_wasm__pid) {
		libbpf_wasm__pid = libbpf_wasm__kernel_pid(&why);
		if (!libbpf_wasm__pid) {
			fprintf(stderr, "getpid(): the runtime did not give the guest its pid and %s; "
					"returning %d, which matches no process\n", why, LIBBPF_WASM_NO_PID);
			libbpf_wasm__pid = LIBBPF_WASM_NO_PID;
		}
	}
	return libbpf_wasm__pid;
}

#ifdef __cplusplus
}
#endif
#endif /* __wasi__ */

#endif /* __LIBBPF_WASM_GETPID_H */
