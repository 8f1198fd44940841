// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Socket filters (extension ABI, docs/abi.md): a packet socket the runtime
 * opens for the guest, bound to an interface, with one of the guest's own
 * programs attached by SO_ATTACH_BPF — libbpf-bootstrap's sockfilter.
 *
 * The guest gets the socket as a WASI fd it may read (packets) and close,
 * never write: a guest can watch traffic its programs could see anyway,
 * but cannot send. Only AF_PACKET, and only the socket options a filter
 * needs: every other request is refused here, before the kernel sees it.
 */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <linux/if_packet.h>

#include "ext_imports.h"
#include "guest_mem.h"
#include "wasi_fs.h"

u32 Z_wasm_bpf_ext_v1Z_socket_open(ext_t *inst, u32 domain, u32 type, u32 protocol)
{
	int host, fd;

	(void)inst;
	if (domain != AF_PACKET)
		return (u32)-EAFNOSUPPORT;
	if (type & ~(0xfu | SOCK_NONBLOCK | SOCK_CLOEXEC))
		return (u32)-EINVAL;
	if ((type & 0xf) != SOCK_RAW && (type & 0xf) != SOCK_DGRAM)
		return (u32)-ESOCKTNOSUPPORT;
	/* the guest runs no program of its own: every descriptor is close-on-exec */
	host = socket(AF_PACKET, (int)(type | SOCK_CLOEXEC), (int)protocol);
	if (host < 0)
		return (u32)-errno;
	fd = wasi_fs_adopt_socket(host);
	if (fd < 0)
		close(host);
	return (u32)fd;
}

u32 Z_wasm_bpf_ext_v1Z_socket_bind(ext_t *inst, u32 fd, u32 addr_off, u32 addrlen)
{
	int host = wasi_fs_host_socket(fd);
	struct sockaddr_ll sll;
	const void *addr;

	if (host < 0)
		return (u32)-EBADF;
	/* a link-layer address, as packet(7) binds: exactly its size */
	if (addrlen != sizeof(sll))
		return (u32)-EINVAL;
	addr = guest_ptr(inst->memory, addr_off, addrlen);
	if (!addr)
		return (u32)-EFAULT;
	memcpy(&sll, addr, sizeof(sll));
	if (sll.sll_family != AF_PACKET)
		return (u32)-EAFNOSUPPORT;
	return bind(host, (const struct sockaddr *)&sll, sizeof(sll)) ? (u32)-errno : 0;
}

/*
 * The options a socket filter needs: SO_ATTACH_BPF with the fd of one of
 * the guest's programs (never another descriptor the runtime holds),
 * SO_DETACH_BPF, the receive buffer, and joining or leaving the
 * interface's multicast or promiscuous membership.
 */
u32 Z_wasm_bpf_ext_v1Z_socket_setsockopt(ext_t *inst, u32 fd, u32 level, u32 optname,
					 u32 optval_off, u32 optlen)
{
	int host = wasi_fs_host_socket(fd);
	const void *optval;
	int value = 0;

	if (host < 0)
		return (u32)-EBADF;
	if (optlen > 64)
		return (u32)-EINVAL;
	optval = guest_ptr(inst->memory, optval_off, optlen);
	if (!optval)
		return (u32)-EFAULT;
	if (optlen >= sizeof(value))
		memcpy(&value, optval, sizeof(value));
	if (level == SOL_SOCKET) {
		switch (optname) {
		case SO_ATTACH_BPF:
			if (optlen != sizeof(int))
				return (u32)-EINVAL;
			if (!bpf_imports_owns_prog_fd(value))
				return (u32)-EBADF;
			break;
		case SO_DETACH_BPF:
		case SO_RCVBUF:
			break;
		default:
			return (u32)-ENOPROTOOPT;
		}
	} else if (level == SOL_PACKET) {
		if (optname != PACKET_ADD_MEMBERSHIP && optname != PACKET_DROP_MEMBERSHIP)
			return (u32)-ENOPROTOOPT;
		if (optlen != sizeof(struct packet_mreq))
			return (u32)-EINVAL;
	} else {
		return (u32)-ENOPROTOOPT;
	}
	return setsockopt(host, (int)level, (int)optname, optval, optlen) ? (u32)-errno : 0;
}
