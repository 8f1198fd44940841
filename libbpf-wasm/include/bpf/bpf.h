/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libbpf-wasm: libbpf 1.1's <bpf/bpf.h>, the thin wrappers of the bpf()
 * syscall. A guest has no bpf() syscall: the wasm-bpf ABI carries only map
 * element operations (lookup, update, delete, get-next-key), which work;
 * every other call fails with -EOPNOTSUPP and one line through
 * libbpf_set_print().
 */
#ifndef __LIBBPF_BPF_H
#define __LIBBPF_BPF_H

#ifndef __LIBBPF_WASM_DECLARING
#define __LIBBPF_WASM_DECLARING
#define __LIBBPF_WASM_OUTER_BPF_H
#endif

#include <linux/bpf.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "libbpf_common.h"
#include "libbpf_legacy.h"

#ifdef __cplusplus
extern "C" {
#endif

#define MAPS_RELAX_COMPAT	0x01

/* The verifier log size kernels up to 5.1 accept. */
#define BPF_LOG_BUF_SIZE (UINT32_MAX >> 8)

/* ---- the library ---- */
/* libbpf_set_memlock_rlim(): Works as in libbpf. */
LIBBPF_API int libbpf_set_memlock_rlim(size_t memlock_bytes);

struct bpf_map_create_opts {
	size_t sz;
	__u32 btf_fd;
	__u32 btf_key_type_id;
	__u32 btf_value_type_id;
	__u32 btf_vmlinux_value_type_id;
	__u32 inner_map_fd;
	__u32 map_flags;
	__u64 map_extra;
	__u32 numa_node;
	__u32 map_ifindex;
};
#define bpf_map_create_opts__last_field map_ifindex

/* ---- map syscalls ---- */
/*
 * bpf_map_create(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall; only
 * map element operations are carried.
 */
LIBBPF_API int bpf_map_create(enum bpf_map_type map_type, const char *map_name,
			      __u32 key_size, __u32 value_size, __u32 max_entries,
			      const struct bpf_map_create_opts *opts);

struct bpf_prog_load_opts {
	size_t sz;
	int attempts;
	enum bpf_attach_type expected_attach_type;
	__u32 prog_btf_fd;
	__u32 prog_flags;
	__u32 prog_ifindex;
	__u32 kern_version;
	__u32 attach_btf_id;
	__u32 attach_prog_fd;
	__u32 attach_btf_obj_fd;
	const int *fd_array;
	const void *func_info;
	__u32 func_info_cnt;
	__u32 func_info_rec_size;
	const void *line_info;
	__u32 line_info_cnt;
	__u32 line_info_rec_size;
	__u32 log_level;
	__u32 log_size;
	char *log_buf;
};
#define bpf_prog_load_opts__last_field log_buf

/* ---- program syscalls ---- */
/*
 * bpf_prog_load(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall; only
 * map element operations are carried.
 */
LIBBPF_API int bpf_prog_load(enum bpf_prog_type prog_type, const char *prog_name,
			     const char *license, const struct bpf_insn *insns,
			     size_t insn_cnt, const struct bpf_prog_load_opts *opts);

struct bpf_btf_load_opts {
	size_t sz;
	char *log_buf;
	__u32 log_level;
	__u32 log_size;
};
#define bpf_btf_load_opts__last_field log_size

/* ---- BTF syscalls ---- */
/*
 * bpf_btf_load(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall; only
 * map element operations are carried.
 */
LIBBPF_API int bpf_btf_load(const void *btf_data, size_t btf_size,
			    const struct bpf_btf_load_opts *opts);

/* ---- map syscalls ---- */
/* bpf_map_update_elem(): Works as in libbpf. */
LIBBPF_API int bpf_map_update_elem(int fd, const void *key, const void *value,
				   __u64 flags);

/* bpf_map_lookup_elem(): Works as in libbpf. */
LIBBPF_API int bpf_map_lookup_elem(int fd, const void *key, void *value);

/* bpf_map_lookup_elem_flags(): Works as in libbpf. */
LIBBPF_API int bpf_map_lookup_elem_flags(int fd, const void *key, void *value,
					 __u64 flags);

/*
 * bpf_map_lookup_and_delete_elem(): A lookup then a delete (not atomic);
 * -EOPNOTSUPP on queue and stack maps.
 */
LIBBPF_API int bpf_map_lookup_and_delete_elem(int fd, const void *key, void *value);

/*
 * bpf_map_lookup_and_delete_elem_flags(): A lookup with the flags then a
 * delete (not atomic); -EOPNOTSUPP on queue and stack maps.
 */
LIBBPF_API int bpf_map_lookup_and_delete_elem_flags(int fd, const void *key, void *value,
						    __u64 flags);

/* bpf_map_delete_elem(): Works as in libbpf. */
LIBBPF_API int bpf_map_delete_elem(int fd, const void *key);

/* bpf_map_delete_elem_flags(): Works as in libbpf. */
LIBBPF_API int bpf_map_delete_elem_flags(int fd, const void *key, __u64 flags);

/*
 * bpf_map_get_next_key(): Works; a NULL key gives the first key on every
 * runtime (the SDK passes a key that cannot exist).
 */
LIBBPF_API int bpf_map_get_next_key(int fd, const void *key, void *next_key);

/*
 * bpf_map_freeze(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall; only
 * map element operations are carried.
 */
LIBBPF_API int bpf_map_freeze(int fd);

struct bpf_map_batch_opts {
	size_t sz;
	__u64 elem_flags;
	__u64 flags;
};
#define bpf_map_batch_opts__last_field flags

/*
 * bpf_map_delete_batch(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_map_delete_batch(int fd, const void *keys, __u32 *count,
				    const struct bpf_map_batch_opts *opts);

/*
 * bpf_map_lookup_batch(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_map_lookup_batch(int fd, void *in_batch, void *out_batch, void *keys,
				    void *values, __u32 *count,
				    const struct bpf_map_batch_opts *opts);

/*
 * bpf_map_lookup_and_delete_batch(): -EOPNOTSUPP: the wasm-bpf ABI has no
 * bpf() syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_map_lookup_and_delete_batch(int fd, void *in_batch, void *out_batch,
					       void *keys, void *values, __u32 *count,
					       const struct bpf_map_batch_opts *opts);

/*
 * bpf_map_update_batch(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_map_update_batch(int fd, const void *keys, const void *values,
				    __u32 *count, const struct bpf_map_batch_opts *opts);

struct bpf_obj_get_opts {
	size_t sz;
	__u32 file_flags;
	size_t :0;
};
#define bpf_obj_get_opts__last_field file_flags

/* ---- object syscalls ---- */
/*
 * bpf_obj_pin(): -EOPNOTSUPP: pinning needs bpffs, which the wasm-bpf ABI
 * does not reach.
 */
LIBBPF_API int bpf_obj_pin(int fd, const char *pathname);

/*
 * bpf_obj_get(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall; only
 * map element operations are carried.
 */
LIBBPF_API int bpf_obj_get(const char *pathname);

/*
 * bpf_obj_get_opts(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_obj_get_opts(const char *pathname,
				const struct bpf_obj_get_opts *opts);

struct bpf_prog_attach_opts {
	size_t sz;
	unsigned int flags;
	int replace_prog_fd;
};
#define bpf_prog_attach_opts__last_field replace_prog_fd

/* ---- program syscalls ---- */
/*
 * bpf_prog_attach(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_prog_attach(int prog_fd, int attachable_fd, enum bpf_attach_type type,
			       unsigned int flags);

/*
 * bpf_prog_attach_opts(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_prog_attach_opts(int prog_fd, int attachable_fd,
				    enum bpf_attach_type type,
				    const struct bpf_prog_attach_opts *opts);

/*
 * bpf_prog_detach(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_prog_detach(int attachable_fd, enum bpf_attach_type type);

/*
 * bpf_prog_detach2(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_prog_detach2(int prog_fd, int attachable_fd,
				enum bpf_attach_type type);

union bpf_iter_link_info;

struct bpf_link_create_opts {
	size_t sz;
	__u32 flags;
	union bpf_iter_link_info *iter_info;
	__u32 iter_info_len;
	__u32 target_btf_id;
	union {
		struct {
			__u64 bpf_cookie;
		} perf_event;
		struct {
			__u32 flags;
			__u32 cnt;
			const char **syms;
			const unsigned long *addrs;
			const __u64 *cookies;
		} kprobe_multi;
		struct {
			__u64 cookie;
		} tracing;
	};
	size_t :0;
};
#define bpf_link_create_opts__last_field kprobe_multi

/* ---- link syscalls ---- */
/*
 * bpf_link_create(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_link_create(int prog_fd, int target_fd,
			       enum bpf_attach_type attach_type,
			       const struct bpf_link_create_opts *opts);

/*
 * bpf_link_detach(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_link_detach(int link_fd);

struct bpf_link_update_opts {
	size_t sz;
	__u32 flags;
	__u32 old_prog_fd;
};
#define bpf_link_update_opts__last_field old_prog_fd

/*
 * bpf_link_update(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_link_update(int link_fd, int new_prog_fd,
			       const struct bpf_link_update_opts *opts);

/* ---- other calls ---- */
/*
 * bpf_iter_create(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_iter_create(int link_fd);

struct bpf_prog_test_run_attr {
	int prog_fd;
	int repeat;
	const void *data_in;
	__u32 data_size_in;
	void *data_out;
	__u32 data_size_out;
	__u32 retval;
	__u32 duration;
	const void *ctx_in;
	__u32 ctx_size_in;
	void *ctx_out;
	__u32 ctx_size_out;
};

/* ---- program syscalls ---- */
/*
 * bpf_prog_get_next_id(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_prog_get_next_id(__u32 start_id, __u32 *next_id);

/* ---- map syscalls ---- */
/*
 * bpf_map_get_next_id(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_map_get_next_id(__u32 start_id, __u32 *next_id);

/* ---- BTF syscalls ---- */
/*
 * bpf_btf_get_next_id(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_btf_get_next_id(__u32 start_id, __u32 *next_id);

/* ---- link syscalls ---- */
/*
 * bpf_link_get_next_id(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_link_get_next_id(__u32 start_id, __u32 *next_id);

struct bpf_get_fd_by_id_opts {
	size_t sz;
	__u32 open_flags;
	size_t :0;
};
#define bpf_get_fd_by_id_opts__last_field open_flags

/* ---- program syscalls ---- */
/*
 * bpf_prog_get_fd_by_id(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_prog_get_fd_by_id(__u32 id);

/*
 * bpf_prog_get_fd_by_id_opts(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_prog_get_fd_by_id_opts(__u32 id,
					  const struct bpf_get_fd_by_id_opts *opts);

/* ---- map syscalls ---- */
/*
 * bpf_map_get_fd_by_id(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_map_get_fd_by_id(__u32 id);

/*
 * bpf_map_get_fd_by_id_opts(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_map_get_fd_by_id_opts(__u32 id,
					 const struct bpf_get_fd_by_id_opts *opts);

/* ---- BTF syscalls ---- */
/*
 * bpf_btf_get_fd_by_id(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_btf_get_fd_by_id(__u32 id);

/*
 * bpf_btf_get_fd_by_id_opts(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_btf_get_fd_by_id_opts(__u32 id,
					 const struct bpf_get_fd_by_id_opts *opts);

/* ---- link syscalls ---- */
/*
 * bpf_link_get_fd_by_id(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_link_get_fd_by_id(__u32 id);

/*
 * bpf_link_get_fd_by_id_opts(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_link_get_fd_by_id_opts(__u32 id,
					  const struct bpf_get_fd_by_id_opts *opts);

/* ---- object syscalls ---- */
/*
 * bpf_obj_get_info_by_fd(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_obj_get_info_by_fd(int bpf_fd, void *info, __u32 *info_len);

struct bpf_prog_query_opts {
	size_t sz;
	__u32 query_flags;
	__u32 attach_flags;
	__u32 *prog_ids;
	__u32 prog_cnt;
	__u32 *prog_attach_flags;
};
#define bpf_prog_query_opts__last_field prog_attach_flags

/* ---- program syscalls ---- */
/*
 * bpf_prog_query_opts(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_prog_query_opts(int target_fd, enum bpf_attach_type type,
				   struct bpf_prog_query_opts *opts);

/*
 * bpf_prog_query(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall; only
 * map element operations are carried.
 */
LIBBPF_API int bpf_prog_query(int target_fd, enum bpf_attach_type type, __u32 query_flags,
			      __u32 *attach_flags, __u32 *prog_ids, __u32 *prog_cnt);

/* ---- other calls ---- */
/*
 * bpf_raw_tracepoint_open(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_raw_tracepoint_open(const char *name, int prog_fd);

/*
 * bpf_task_fd_query(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_task_fd_query(int pid, int fd, __u32 flags, char *buf, __u32 *buf_len,
				 __u32 *prog_id, __u32 *fd_type, __u64 *probe_offset,
				 __u64 *probe_addr);

/*
 * bpf_enable_stats(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_enable_stats(enum bpf_stats_type type);

struct bpf_prog_bind_opts {
	size_t sz;
	__u32 flags;
};
#define bpf_prog_bind_opts__last_field flags

/* ---- program syscalls ---- */
/*
 * bpf_prog_bind_map(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf() syscall;
 * only map element operations are carried.
 */
LIBBPF_API int bpf_prog_bind_map(int prog_fd, int map_fd,
				 const struct bpf_prog_bind_opts *opts);

struct bpf_test_run_opts {
	size_t sz;
	const void *data_in;
	void *data_out;
	__u32 data_size_in;
	__u32 data_size_out;
	const void *ctx_in;
	void *ctx_out;
	__u32 ctx_size_in;
	__u32 ctx_size_out;
	__u32 retval;
	int repeat;
	__u32 duration;
	__u32 flags;
	__u32 cpu;
	__u32 batch_size;
};
#define bpf_test_run_opts__last_field batch_size

/*
 * bpf_prog_test_run_opts(): -EOPNOTSUPP: the wasm-bpf ABI has no bpf()
 * syscall; only map element operations are carried.
 */
LIBBPF_API int bpf_prog_test_run_opts(int prog_fd, struct bpf_test_run_opts *opts);

#ifdef __cplusplus
} /* extern "C" */
#endif

/* The definitions, once every declaration header is complete. */
#ifdef __LIBBPF_WASM_OUTER_BPF_H
#undef __LIBBPF_WASM_OUTER_BPF_H
#undef __LIBBPF_WASM_DECLARING
#include "../libbpf-wasm/impl.h"
#endif

#endif /* __LIBBPF_BPF_H */
