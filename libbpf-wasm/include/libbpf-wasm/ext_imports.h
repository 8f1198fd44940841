/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The guest's declarations of the extension imports (module
 * wasm_bpf_ext_v1), with the types ext_abi.h lists: pointers are i32 in
 * wasm32. Kept apart from libbpf so that <unistd.h> (syscall() of
 * perf_event_open) can use them too.
 */
#ifndef __LIBBPF_WASM_EXT_IMPORTS_H
#define __LIBBPF_WASM_EXT_IMPORTS_H

#include <stdint.h>

#include "ext_abi.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LIBBPF_WASM_EXT_IMPORT(name) \
	__attribute__((import_module(WASM_BPF_EXT_MODULE), import_name(#name)))

LIBBPF_WASM_EXT_IMPORT(attach_uprobe)
int wasm_bpf_ext_attach_uprobe(uint64_t obj, const char *prog, int32_t pid, const char *path,
			       uint64_t offset, const char *func_name, uint32_t flags,
			       uint64_t ref_ctr_offset, uint64_t cookie);
LIBBPF_WASM_EXT_IMPORT(attach_usdt)
int wasm_bpf_ext_attach_usdt(uint64_t obj, const char *prog, int32_t pid, const char *path,
			     const char *provider, const char *name, uint64_t cookie);
LIBBPF_WASM_EXT_IMPORT(attach_kprobe)
int wasm_bpf_ext_attach_kprobe(uint64_t obj, const char *prog, const char *func_name,
			       uint64_t offset, uint32_t flags, uint64_t cookie);
LIBBPF_WASM_EXT_IMPORT(attach_ksyscall)
int wasm_bpf_ext_attach_ksyscall(uint64_t obj, const char *prog, const char *syscall_name,
				 uint32_t flags, uint64_t cookie);
LIBBPF_WASM_EXT_IMPORT(attach_tracepoint)
int wasm_bpf_ext_attach_tracepoint(uint64_t obj, const char *prog, const char *category,
				   const char *name, uint64_t cookie);
LIBBPF_WASM_EXT_IMPORT(attach_raw_tracepoint)
int wasm_bpf_ext_attach_raw_tracepoint(uint64_t obj, const char *prog, const char *name);
LIBBPF_WASM_EXT_IMPORT(attach)
int wasm_bpf_ext_attach(uint64_t obj, const char *prog);
LIBBPF_WASM_EXT_IMPORT(program_link)
int wasm_bpf_ext_program_link(uint64_t obj, const char *prog);
LIBBPF_WASM_EXT_IMPORT(link_destroy)
int wasm_bpf_ext_link_destroy(int link);
LIBBPF_WASM_EXT_IMPORT(link_fd)
int wasm_bpf_ext_link_fd(int link);
LIBBPF_WASM_EXT_IMPORT(link_pin)
int wasm_bpf_ext_link_pin(int link, const char *path);
LIBBPF_WASM_EXT_IMPORT(link_unpin)
int wasm_bpf_ext_link_unpin(int link);
LIBBPF_WASM_EXT_IMPORT(perf_event_open)
int wasm_bpf_ext_perf_event_open(const void *attr, uint32_t attr_size, int32_t pid, int32_t cpu,
				 int32_t group_fd, uint32_t flags);
LIBBPF_WASM_EXT_IMPORT(perf_event_close)
int wasm_bpf_ext_perf_event_close(int fd);
LIBBPF_WASM_EXT_IMPORT(attach_perf_event)
int wasm_bpf_ext_attach_perf_event(uint64_t obj, const char *prog, int pfd, uint64_t cookie);

LIBBPF_WASM_EXT_IMPORT(program_fd)
int wasm_bpf_ext_program_fd(uint64_t obj, const char *prog);
LIBBPF_WASM_EXT_IMPORT(tc_hook_create)
int wasm_bpf_ext_tc_hook_create(int ifindex, uint32_t attach_point, uint32_t parent);
LIBBPF_WASM_EXT_IMPORT(tc_hook_destroy)
int wasm_bpf_ext_tc_hook_destroy(int ifindex, uint32_t attach_point, uint32_t parent);
LIBBPF_WASM_EXT_IMPORT(tc_attach)
int wasm_bpf_ext_tc_attach(int ifindex, uint32_t attach_point, uint32_t parent, int prog_fd,
			   uint32_t flags, uint32_t *ids);
LIBBPF_WASM_EXT_IMPORT(tc_detach)
int wasm_bpf_ext_tc_detach(int ifindex, uint32_t attach_point, uint32_t parent,
			   uint32_t handle, uint32_t priority);
LIBBPF_WASM_EXT_IMPORT(tc_query)
int wasm_bpf_ext_tc_query(int ifindex, uint32_t attach_point, uint32_t parent, uint32_t *ids);

LIBBPF_WASM_EXT_IMPORT(attach_iter)
int wasm_bpf_ext_attach_iter(uint64_t obj, const char *prog);
LIBBPF_WASM_EXT_IMPORT(attach_iter_info)
int wasm_bpf_ext_attach_iter_info(uint64_t obj, const char *prog, const void *link_info,
				  uint32_t link_info_len);
LIBBPF_WASM_EXT_IMPORT(iter_create)
int wasm_bpf_ext_iter_create(int link_fd);

LIBBPF_WASM_EXT_IMPORT(attach_xdp)
int wasm_bpf_ext_attach_xdp(uint64_t obj, const char *prog, int ifindex);
LIBBPF_WASM_EXT_IMPORT(attach_cgroup)
int wasm_bpf_ext_attach_cgroup(uint64_t obj, const char *prog, int cgroup_fd);
LIBBPF_WASM_EXT_IMPORT(attach_netns)
int wasm_bpf_ext_attach_netns(uint64_t obj, const char *prog, int netns_fd);

/* The buffers' callbacks, called by the runtime through the function table. */
typedef int (*wasm_bpf_ext_sample_fn)(void *ctx, int cpu, void *data, uint32_t size);
typedef void (*wasm_bpf_ext_lost_fn)(void *ctx, int cpu, uint64_t cnt);

LIBBPF_WASM_EXT_IMPORT(buffer_new)
int wasm_bpf_ext_buffer_new(uint64_t obj, int map_fd, uint32_t page_cnt, void *ctx);
LIBBPF_WASM_EXT_IMPORT(buffer_add)
int wasm_bpf_ext_buffer_add(int buffer, int map_fd, void *ctx);
LIBBPF_WASM_EXT_IMPORT(buffer_poll)
int wasm_bpf_ext_buffer_poll(int buffer, wasm_bpf_ext_sample_fn sample, wasm_bpf_ext_lost_fn lost,
			     void *data, uint32_t max, int timeout_ms);
LIBBPF_WASM_EXT_IMPORT(buffer_consume)
int wasm_bpf_ext_buffer_consume(int buffer, wasm_bpf_ext_sample_fn sample,
				wasm_bpf_ext_lost_fn lost, void *data, uint32_t max);
LIBBPF_WASM_EXT_IMPORT(buffer_free)
int wasm_bpf_ext_buffer_free(int buffer);
LIBBPF_WASM_EXT_IMPORT(socket_open)
int wasm_bpf_ext_socket_open(int domain, int type, int protocol);
LIBBPF_WASM_EXT_IMPORT(socket_bind)
int wasm_bpf_ext_socket_bind(int fd, const void *addr, uint32_t addrlen);
LIBBPF_WASM_EXT_IMPORT(socket_setsockopt)
int wasm_bpf_ext_socket_setsockopt(int fd, int level, int optname, const void *optval,
				   uint32_t optlen);
LIBBPF_WASM_EXT_IMPORT(xdp_attach)
int wasm_bpf_ext_xdp_attach(int ifindex, int prog_fd, uint32_t flags, int old_prog_fd);
LIBBPF_WASM_EXT_IMPORT(xdp_detach)
int wasm_bpf_ext_xdp_detach(int ifindex, uint32_t flags);
LIBBPF_WASM_EXT_IMPORT(xdp_query)
int wasm_bpf_ext_xdp_query(int ifindex, uint32_t flags, uint32_t *out);

#undef LIBBPF_WASM_EXT_IMPORT

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_EXT_IMPORTS_H */
