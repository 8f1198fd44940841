/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The wasm-bpf extension ABI, version 1: what a guest can ask of a runtime
 * beyond the six wasm_bpf imports (docs/abi.md is its manual). One header
 * for both sides: the runtime builds its import table from
 * WASM_BPF_EXT_FUNCS and checks its C definitions against it; the SDK
 * declares the imports with these types (ext.h).
 *
 * Conventions, for every function:
 *  - an object is the handle wasm_load_bpf_object returned (i64); a program
 *    is named by a NUL-terminated guest string, as in wasm_attach_bpf_program;
 *  - strings and buffers are guest pointers (i32), read by the runtime
 *    during the call only: the guest keeps ownership;
 *  - the result is >= 0 on success (a link id, a file descriptor, or 0) and
 *    a negative errno on failure: the kernel's own error where the kernel
 *    refused (a kernel without kprobes answers attach_kprobe itself), or
 *    -EINVAL for a bad handle, name or pointer, -EBADF for a link id the
 *    guest does not hold;
 *  - a link id is small and positive, the guest's until link_destroy or
 *    until its object is closed (which destroys the object's links).
 * Versioning: a change to any function is a new module name
 * (wasm_bpf_ext_v2); v1's functions are never changed or removed.
 */
#ifndef __LIBBPF_WASM_EXT_ABI_H
#define __LIBBPF_WASM_EXT_ABI_H

#define WASM_BPF_EXT_MODULE "wasm_bpf_ext_v1"

/* attach_uprobe and attach_kprobe: flags */
#define WASM_BPF_EXT_RETPROBE 0x1u

/*
 * X(name, wasm type): every function of the module, its wasm type as the
 * runtime's table writes types.
 */
#define WASM_BPF_EXT_FUNCS(X)						\
	/* (obj, prog, pid, path, offset, func_name or 0, flags,	\
	 *  ref_ctr_offset, cookie) -> link */				\
	X(attach_uprobe, "(i64,i32,i32,i32,i64,i32,i32,i64,i64)->i32")	\
	/* (obj, prog, pid, path, provider, name, cookie) -> link */	\
	X(attach_usdt, "(i64,i32,i32,i32,i32,i32,i64)->i32")		\
	/* (obj, prog, func_name, offset, flags, cookie) -> link */	\
	X(attach_kprobe, "(i64,i32,i32,i64,i32,i64)->i32")		\
	/* (obj, prog, syscall_name, flags, cookie) -> link */	\
	X(attach_ksyscall, "(i64,i32,i32,i32,i64)->i32")		\
	/* (obj, prog, category, name, cookie) -> link */		\
	X(attach_tracepoint, "(i64,i32,i32,i32,i64)->i32")		\
	/* (obj, prog, name) -> link */					\
	X(attach_raw_tracepoint, "(i64,i32,i32)->i32")			\
	/* (obj, prog) -> link: as its SEC name says */			\
	X(attach, "(i64,i32)->i32")					\
	/* (obj, prog) -> link: the attachment wasm_attach_bpf_program \
	 * made for prog, now a link of the extension */		\
	X(program_link, "(i64,i32)->i32")				\
	/* (link) -> 0: detaches that one program */			\
	X(link_destroy, "(i32)->i32")					\
	/* (link) -> the link's file descriptor in the runtime */	\
	X(link_fd, "(i32)->i32")					\
	/* (link, path) -> 0: pins it in bpffs */			\
	X(link_pin, "(i32,i32)->i32")					\
	/* (link) -> 0 */						\
	X(link_unpin, "(i32)->i32")					\
	/* (attr, attr_size, pid, cpu, group_fd, flags) -> perf fd */	\
	X(perf_event_open, "(i32,i32,i32,i32,i32,i32)->i32")		\
	/* (perf fd) -> 0: one perf_event_open made, not attached */	\
	X(perf_event_close, "(i32)->i32")				\
	/* (obj, prog, perf fd, cookie) -> link, which owns the fd */	\
	X(attach_perf_event, "(i64,i32,i32,i64)->i32")			\
	/* (obj, prog) -> the program's fd in the runtime */		\
	X(program_fd, "(i64,i32)->i32")					\
	/* (ifindex, attach_point, parent) -> 0 or -EEXIST */		\
	X(tc_hook_create, "(i32,i32,i32)->i32")				\
	/* (ifindex, attach_point, parent) -> 0 */			\
	X(tc_hook_destroy, "(i32,i32,i32)->i32")			\
	/* (ifindex, attach_point, parent, prog_fd, flags, ids): ids	\
	 * is u32[3] {handle, priority, prog_id}, in and out -> 0 */	\
	X(tc_attach, "(i32,i32,i32,i32,i32,i32)->i32")			\
	/* (ifindex, attach_point, parent, handle, priority) -> 0 */	\
	X(tc_detach, "(i32,i32,i32,i32,i32)->i32")			\
	/* (ifindex, attach_point, parent, ids): ids u32[3]		\
	 * {handle, priority, prog_id out} -> 0 */			\
	X(tc_query, "(i32,i32,i32,i32)->i32")				\
	/* (obj, prog) -> link: an iterator with no link_info */	\
	X(attach_iter, "(i64,i32)->i32")				\
	/* (obj, prog, union bpf_iter_link_info *, len) -> link */	\
	X(attach_iter_info, "(i64,i32,i32,i32)->i32")			\
	/* (link fd) -> a WASI fd reading the iterator's output */	\
	X(iter_create, "(i32)->i32")					\
	/* (obj, prog, ifindex) -> link (bpf_link XDP) */		\
	X(attach_xdp, "(i64,i32,i32)->i32")				\
	/* (obj, prog, WASI fd of a cgroup directory) -> link */	\
	X(attach_cgroup, "(i64,i32,i32)->i32")				\
	/* (obj, prog, WASI fd of a netns file) -> link */		\
	X(attach_netns, "(i64,i32,i32)->i32")				\
	/* (obj, map fd, page_cnt, ctx) -> buffer: a ring buffer	\
	 * (page_cnt 0) or a perf buffer of page_cnt pages per CPU */	\
	X(buffer_new, "(i64,i32,i32,i32)->i32")				\
	/* (buffer, map fd, ctx) -> 0: one more ring buffer map */	\
	X(buffer_add, "(i32,i32,i32)->i32")				\
	/* (buffer, sample fn, lost fn or 0, data, max, timeout_ms)	\
	 * -> events delivered; fns are table indices */		\
	X(buffer_poll, "(i32,i32,i32,i32,i32,i32)->i32")		\
	/* (buffer, sample fn, lost fn or 0, data, max) -> events */	\
	X(buffer_consume, "(i32,i32,i32,i32,i32)->i32")			\
	/* (buffer) -> 0 */						\
	X(buffer_free, "(i32)->i32")					\
	/* (domain, type, protocol), Linux values -> a WASI fd:	\
	 * AF_PACKET only */						\
	X(socket_open, "(i32,i32,i32)->i32")				\
	/* (fd, struct sockaddr_ll *, addrlen) -> 0 */		\
	X(socket_bind, "(i32,i32,i32)->i32")				\
	/* (fd, level, optname, optval, optlen), Linux values -> 0:	\
	 * SO_ATTACH_BPF of a guest program, SO_DETACH_BPF,		\
	 * SO_RCVBUF, PACKET_ADD/DROP_MEMBERSHIP */			\
	X(socket_setsockopt, "(i32,i32,i32,i32,i32)->i32")		\
	/* (ifindex, prog fd, XDP_FLAGS_*, old prog fd) -> 0 */	\
	X(xdp_attach, "(i32,i32,i32,i32)->i32")				\
	/* (ifindex, XDP_FLAGS_*) -> 0: what the guest attached */	\
	X(xdp_detach, "(i32,i32)->i32")					\
	/* (ifindex, flags, u32[5] out) -> 0 */			\
	X(xdp_query, "(i32,i32,i32)->i32")


#endif /* __LIBBPF_WASM_EXT_ABI_H */
