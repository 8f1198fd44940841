/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <sys/socket.h> for wasm32-wasi guests: wasi-libc's, plus what a socket
 * filter needs (libbpf-bootstrap's sockfilter): socket(), bind() and
 * setsockopt(), which WASI does not have, and the Linux constants
 * wasi-libc hides (AF_PACKET, SOCK_RAW, SOL_PACKET, SO_ATTACH_BPF, ...).
 *
 * The project runtime's extension opens the socket (ext_imports.h,
 * docs/abi.md: AF_PACKET only) and gives the guest a descriptor it can
 * read() and close(); bind() takes a struct sockaddr_ll, setsockopt() the
 * options a filter needs. The values wasi-libc defines its own way
 * (SOCK_DGRAM, SOL_SOCKET, SOCK_NONBLOCK, SOCK_CLOEXEC) are translated to
 * Linux's here. With -DLIBBPF_WASM_NO_EXT, or for any other socket, the
 * calls fail with one line on stderr. The definitions are weak, as
 * syscall()'s in <unistd.h>: a module that never calls them imports nothing.
 */
#ifndef __LIBBPF_WASM_SYS_SOCKET_H
#define __LIBBPF_WASM_SYS_SOCKET_H

#include_next <sys/socket.h>

#ifdef __wasi__
#include <errno.h>
#include <stdio.h>

#ifndef LIBBPF_WASM_NO_EXT
#include "libbpf-wasm/ext_imports.h"
#include "libbpf-wasm/linux_errno.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Linux's values, which wasi-libc's header keeps for Linux builds only */
#ifndef PF_PACKET
#define PF_PACKET 17
#endif
#ifndef AF_PACKET
#define AF_PACKET PF_PACKET
#endif
#ifndef SOCK_RAW
#define SOCK_RAW 3
#endif
#ifndef SOL_PACKET
#define SOL_PACKET 263
#endif
#ifndef SO_RCVBUF
#define SO_RCVBUF 8
#endif
#ifndef SO_ATTACH_FILTER
#define SO_ATTACH_FILTER 26
#endif
#ifndef SO_DETACH_FILTER
#define SO_DETACH_FILTER 27
#endif
#ifndef SO_ATTACH_BPF
#define SO_ATTACH_BPF 50
#endif
#ifndef SO_DETACH_BPF
#define SO_DETACH_BPF SO_DETACH_FILTER
#endif

int socket(int domain, int type, int protocol);
int bind(int fd, const struct sockaddr *addr, socklen_t len);
int setsockopt(int fd, int level, int optname, const void *optval, socklen_t optlen);

/* The failure of a call the extension would make: one line, errno set. */
static inline __attribute__((unused)) int libbpf_wasm__socket_refused(const char *call, int err,
								       const char *why)
{
	fprintf(stderr, "%s: %s\n", call, why);
	errno = err;
	return -1;
}

#ifndef LIBBPF_WASM_NO_EXT
/* a runtime's -errno as the guest's errno: -1 */
static inline __attribute__((unused)) int libbpf_wasm__socket_ret(int ret)
{
	if (ret >= 0)
		return ret;
	errno = libbpf_wasm__linux_errno(-ret);
	return -1;
}
#endif

__attribute__((weak)) int socket(int domain, int type, int protocol)
{
#ifndef LIBBPF_WASM_NO_EXT
	/* WASI's type numbers and flags, as Linux has them */
	int base = type & 0xf, linux_type;

	if (domain != AF_PACKET)
		return libbpf_wasm__socket_refused("socket", EAFNOSUPPORT,
			"a wasm guest opens packet sockets only (AF_PACKET), through the wasm-bpf runtime's extension");
	linux_type = base == SOCK_DGRAM ? 2 : base == SOCK_STREAM ? 1 : base;
	if (type & SOCK_NONBLOCK)
		linux_type |= 04000;
	if (type & SOCK_CLOEXEC)
		linux_type |= 02000000;
	return libbpf_wasm__socket_ret(wasm_bpf_ext_socket_open(domain, linux_type, protocol));
#else
	(void)domain, (void)type, (void)protocol;
	return libbpf_wasm__socket_refused("socket", ENOSYS,
		"built with -DLIBBPF_WASM_NO_EXT: a wasm guest has no sockets without the wasm-bpf runtime's extension");
#endif
}

__attribute__((weak)) int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
#ifndef LIBBPF_WASM_NO_EXT
	return libbpf_wasm__socket_ret(wasm_bpf_ext_socket_bind(fd, addr, len));
#else
	(void)fd, (void)addr, (void)len;
	return libbpf_wasm__socket_refused("bind", ENOSYS,
		"built with -DLIBBPF_WASM_NO_EXT: a wasm guest has no sockets without the wasm-bpf runtime's extension");
#endif
}

__attribute__((weak)) int setsockopt(int fd, int level, int optname, const void *optval,
				     socklen_t optlen)
{
#ifndef LIBBPF_WASM_NO_EXT
	/* wasi-libc's SOL_SOCKET is its own number; Linux's is 1 */
	if (level == SOL_SOCKET)
		level = 1;
	return libbpf_wasm__socket_ret(
		wasm_bpf_ext_socket_setsockopt(fd, level, optname, optval, optlen));
#else
	(void)fd, (void)level, (void)optname, (void)optval, (void)optlen;
	return libbpf_wasm__socket_refused("setsockopt", ENOSYS,
		"built with -DLIBBPF_WASM_NO_EXT: a wasm guest has no sockets without the wasm-bpf runtime's extension");
#endif
}

#ifdef __cplusplus
}
#endif
#endif /* __wasi__ */

#endif /* __LIBBPF_WASM_SYS_SOCKET_H */
