/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * libbpf-wasm: libbpf 1.1's <bpf/libbpf.h> for WebAssembly guests of a
 * wasm-bpf runtime: objects, programs, maps, links, buffers, skeletons.
 * Every call has libbpf's signature. The comment above each says what it
 * does in a guest; a call the wasm-bpf ABI cannot carry fails with libbpf's
 * error convention (-EOPNOTSUPP, or NULL with errno set) and prints one line
 * naming itself through libbpf_set_print(). docs/libbpf-wasm.md has the
 * table. The definitions live in the libbpf-wasm directory.
 */
#ifndef __LIBBPF_LIBBPF_H
#define __LIBBPF_LIBBPF_H

#ifndef __LIBBPF_WASM_DECLARING
#define __LIBBPF_WASM_DECLARING
#define __LIBBPF_WASM_OUTER_LIBBPF_H
#endif

#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdbool.h>
#include <sys/types.h>
#include <linux/bpf.h>
#include "libbpf_common.h"
#include "libbpf_legacy.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Iterate over an object's programs and maps, in ELF order. */
#define bpf_object__for_each_program(pos, obj)			\
	for ((pos) = bpf_object__next_program((obj), NULL);	\
	     (pos) != NULL;					\
	     (pos) = bpf_object__next_program((obj), (pos)))
#define bpf_object__for_each_map(pos, obj)			\
	for ((pos) = bpf_object__next_map((obj), NULL);		\
	     (pos) != NULL;					\
	     (pos) = bpf_object__next_map((obj), (pos)))
#define bpf_map__for_each bpf_object__for_each_map

/* A tc parent handle from its major and minor numbers. */
#define BPF_TC_PARENT(a, b) \
	((((a) << 16) & 0xFFFF0000U) | ((b) & 0x0000FFFFU))

/* ---- the library ---- */
/* libbpf_major_version(): Works as in libbpf. */
LIBBPF_API __u32 libbpf_major_version(void);

/* libbpf_minor_version(): Works as in libbpf. */
LIBBPF_API __u32 libbpf_minor_version(void);

/* libbpf_version_string(): Works as in libbpf. */
LIBBPF_API const char *libbpf_version_string(void);

enum libbpf_errno {
	__LIBBPF_ERRNO__START = 4000,
	LIBBPF_ERRNO__LIBELF = 4000,
	LIBBPF_ERRNO__FORMAT,
	LIBBPF_ERRNO__KVERSION,
	LIBBPF_ERRNO__ENDIAN,
	LIBBPF_ERRNO__INTERNAL,
	LIBBPF_ERRNO__RELOC,
	LIBBPF_ERRNO__LOAD,
	LIBBPF_ERRNO__VERIFY,
	LIBBPF_ERRNO__PROG2BIG,
	LIBBPF_ERRNO__KVER,
	LIBBPF_ERRNO__PROGTYPE,
	LIBBPF_ERRNO__WRNGPID,
	LIBBPF_ERRNO__INVSEQ,
	LIBBPF_ERRNO__NLPARSE,
	__LIBBPF_ERRNO__END,
};

/* libbpf_strerror(): Works as in libbpf. */
LIBBPF_API int libbpf_strerror(int err, char *buf, size_t size);

/*
 * libbpf_bpf_attach_type_str(): The name libbpf 1.1 gives the type (NULL for
 * a type it does not know).
 */
LIBBPF_API const char *libbpf_bpf_attach_type_str(enum bpf_attach_type t);

/*
 * libbpf_bpf_link_type_str(): The name libbpf 1.1 gives the type (NULL for a
 * type it does not know).
 */
LIBBPF_API const char *libbpf_bpf_link_type_str(enum bpf_link_type t);

/*
 * libbpf_bpf_map_type_str(): The name libbpf 1.1 gives the type (NULL for a
 * type it does not know).
 */
LIBBPF_API const char *libbpf_bpf_map_type_str(enum bpf_map_type t);

/*
 * libbpf_bpf_prog_type_str(): The name libbpf 1.1 gives the type (NULL for a
 * type it does not know).
 */
LIBBPF_API const char *libbpf_bpf_prog_type_str(enum bpf_prog_type t);

enum libbpf_print_level {
	LIBBPF_WARN,
	LIBBPF_INFO,
	LIBBPF_DEBUG,
};

typedef int (*libbpf_print_fn_t)(enum libbpf_print_level level,
				 const char *, va_list ap);

/*
 * libbpf_set_print(): Sets the print callback (NULL silences libbpf-wasm);
 * returns the previous one.
 */
LIBBPF_API libbpf_print_fn_t libbpf_set_print(libbpf_print_fn_t fn);

struct bpf_object;

struct bpf_object_open_opts {
	size_t sz;
	const char *object_name;
	bool relaxed_maps;
	const char *pin_root_path;
	__u32 :32;
	const char *kconfig;
	const char *btf_custom_path;
	char *kernel_log_buf;
	size_t kernel_log_size;
	__u32 kernel_log_level;
	size_t :0;
};
#define bpf_object_open_opts__last_field kernel_log_level

/* ---- objects ---- */
/* bpf_object__open(): NULL, errno EOPNOTSUPP, as bpf_object__open_file(). */
LIBBPF_API struct bpf_object *bpf_object__open(const char *path);

/*
 * bpf_object__open_file(): NULL, errno EOPNOTSUPP: guests cannot read files
 * on wasm-bpf runtimes; embed the object (skeleton) and use
 * bpf_object__open_mem().
 */
LIBBPF_API struct bpf_object *bpf_object__open_file(const char *path,
						    const struct bpf_object_open_opts *opts);

/*
 * bpf_object__open_mem(): Opens an object from bytes in guest memory
 * (copied). Works.
 */
LIBBPF_API struct bpf_object *bpf_object__open_mem(const void *obj_buf, size_t obj_buf_sz,
						   const struct bpf_object_open_opts *opts);

/*
 * bpf_object__load(): Hands the (patched) object to the runtime, which opens
 * and loads it. A second load fails with -EINVAL.
 */
LIBBPF_API int bpf_object__load(struct bpf_object *obj);

/*
 * bpf_object__close(): Detaches every program and closes the object; NULL is
 * fine.
 */
LIBBPF_API void bpf_object__close(struct bpf_object *object);

/*
 * bpf_object__pin_maps(): -EOPNOTSUPP: pinning needs bpffs, which the
 * wasm-bpf ABI does not reach.
 */
LIBBPF_API int bpf_object__pin_maps(struct bpf_object *obj, const char *path);

/*
 * bpf_object__unpin_maps(): -EOPNOTSUPP: pinning needs bpffs, which the
 * wasm-bpf ABI does not reach.
 */
LIBBPF_API int bpf_object__unpin_maps(struct bpf_object *obj, const char *path);

/*
 * bpf_object__pin_programs(): -EOPNOTSUPP: pinning needs bpffs, which the
 * wasm-bpf ABI does not reach.
 */
LIBBPF_API int bpf_object__pin_programs(struct bpf_object *obj, const char *path);

/*
 * bpf_object__unpin_programs(): -EOPNOTSUPP: pinning needs bpffs, which the
 * wasm-bpf ABI does not reach.
 */
LIBBPF_API int bpf_object__unpin_programs(struct bpf_object *obj, const char *path);

/*
 * bpf_object__pin(): -EOPNOTSUPP: pinning needs bpffs, which the wasm-bpf
 * ABI does not reach.
 */
LIBBPF_API int bpf_object__pin(struct bpf_object *object, const char *path);

/* bpf_object__name(): Works as in libbpf. */
LIBBPF_API const char *bpf_object__name(const struct bpf_object *obj);

/*
 * bpf_object__kversion(): 0, errno EOPNOTSUPP: libbpf answers the running
 * kernel's version, which a guest cannot read (no uname).
 */
LIBBPF_API unsigned int bpf_object__kversion(const struct bpf_object *obj);

/*
 * bpf_object__set_kversion(): -EOPNOTSUPP: the wasm-bpf ABI cannot carry
 * this object operation.
 */
LIBBPF_API int bpf_object__set_kversion(struct bpf_object *obj, __u32 kern_version);

struct btf;

/*
 * bpf_object__btf(): The object's BTF, read by the SDK's reader (NULL
 * without .BTF).
 */
LIBBPF_API struct btf *bpf_object__btf(const struct bpf_object *obj);

/*
 * bpf_object__btf_fd(): -EOPNOTSUPP: the wasm-bpf ABI cannot carry this
 * object operation.
 */
LIBBPF_API int bpf_object__btf_fd(const struct bpf_object *obj);

/* bpf_object__find_program_by_name(): Works as in libbpf. */
LIBBPF_API struct bpf_program *bpf_object__find_program_by_name(const struct bpf_object *obj,
								const char *name);

/* ---- the library ---- */
/*
 * libbpf_prog_type_by_name(): Works, from libbpf 1.1's SEC() rules (-ESRCH
 * for a name they do not know).
 */
LIBBPF_API int libbpf_prog_type_by_name(const char *name, enum bpf_prog_type *prog_type,
					enum bpf_attach_type *expected_attach_type);

/*
 * libbpf_attach_type_by_name(): Works, from libbpf 1.1's SEC() rules
 * (-EINVAL for a name that gives no attach type).
 */
LIBBPF_API int libbpf_attach_type_by_name(const char *name,
					  enum bpf_attach_type *attach_type);

/*
 * libbpf_find_vmlinux_btf_id(): -EOPNOTSUPP: a guest cannot read the
 * kernel's BTF; the runtime's libbpf does CO-RE against it.
 */
LIBBPF_API int libbpf_find_vmlinux_btf_id(const char *name,
					  enum bpf_attach_type attach_type);

struct bpf_program;

/* ---- objects ---- */
/* bpf_object__next_program(): Works as in libbpf. */
LIBBPF_API struct bpf_program *bpf_object__next_program(const struct bpf_object *obj,
							struct bpf_program *prog);

/* bpf_object__prev_program(): Works as in libbpf. */
LIBBPF_API struct bpf_program *bpf_object__prev_program(const struct bpf_object *obj,
							struct bpf_program *prog);

/* ---- programs ---- */
/*
 * bpf_program__set_ifindex(): Does nothing, errno EOPNOTSUPP: the runtime's
 * libbpf takes the program's type, flags and code from the object file.
 */
LIBBPF_API void bpf_program__set_ifindex(struct bpf_program *prog, __u32 ifindex);

/* bpf_program__name(): Works as in libbpf. */
LIBBPF_API const char *bpf_program__name(const struct bpf_program *prog);

/* bpf_program__section_name(): The section name without a "?" prefix. */
LIBBPF_API const char *bpf_program__section_name(const struct bpf_program *prog);

/* bpf_program__autoload(): Works as in libbpf. */
LIBBPF_API bool bpf_program__autoload(const struct bpf_program *prog);

/*
 * bpf_program__set_autoload(): Works before load; programs sharing one ELF
 * section share the setting (mixed settings: -EOPNOTSUPP).
 */
LIBBPF_API int bpf_program__set_autoload(struct bpf_program *prog, bool autoload);

/*
 * bpf_program__autoattach(): Whether bpf_object__attach_skeleton() attaches
 * the program (true unless set otherwise).
 */
LIBBPF_API bool bpf_program__autoattach(const struct bpf_program *prog);

/*
 * bpf_program__set_autoattach(): Works: false keeps
 * bpf_object__attach_skeleton() from attaching the program.
 */
LIBBPF_API void bpf_program__set_autoattach(struct bpf_program *prog, bool autoattach);

struct bpf_insn;

/*
 * bpf_program__insns(): The program's instructions as the object file has
 * them (what libbpf gives before load; after load still unrelocated: the
 * runtime's libbpf relocates its own copy).
 */
LIBBPF_API const struct bpf_insn *bpf_program__insns(const struct bpf_program *prog);

/*
 * bpf_program__set_insns(): -EOPNOTSUPP: the runtime's libbpf takes the
 * program's type, flags and code from the object file.
 */
LIBBPF_API int bpf_program__set_insns(struct bpf_program *prog,
				      struct bpf_insn *new_insns, size_t new_insn_cnt);

/* bpf_program__insn_cnt(): The number of those instructions. */
LIBBPF_API size_t bpf_program__insn_cnt(const struct bpf_program *prog);

/* bpf_program__fd(): -EOPNOTSUPP: the wasm-bpf ABI exposes no program fds. */
LIBBPF_API int bpf_program__fd(const struct bpf_program *prog);

/*
 * bpf_program__pin(): -EOPNOTSUPP: pinning needs bpffs, which the wasm-bpf
 * ABI does not reach.
 */
LIBBPF_API int bpf_program__pin(struct bpf_program *prog, const char *path);

/*
 * bpf_program__unpin(): -EOPNOTSUPP: pinning needs bpffs, which the wasm-bpf
 * ABI does not reach.
 */
LIBBPF_API int bpf_program__unpin(struct bpf_program *prog, const char *path);

/*
 * bpf_program__unload(): Does nothing, errno EOPNOTSUPP: the runtime's
 * libbpf takes the program's type, flags and code from the object file.
 */
LIBBPF_API void bpf_program__unload(struct bpf_program *prog);

struct bpf_link;

/* ---- links ---- */
/*
 * bpf_link__open(): NULL, errno EOPNOTSUPP: a guest's links are handles of
 * the runtime, with no fd.
 */
LIBBPF_API struct bpf_link *bpf_link__open(const char *path);

/*
 * bpf_link__fd(): -EOPNOTSUPP: a guest's links are handles of the runtime,
 * with no fd.
 */
LIBBPF_API int bpf_link__fd(const struct bpf_link *link);

/*
 * bpf_link__pin_path(): NULL, errno EOPNOTSUPP: pinning needs bpffs, which
 * the wasm-bpf ABI does not reach.
 */
LIBBPF_API const char *bpf_link__pin_path(const struct bpf_link *link);

/*
 * bpf_link__pin(): -EOPNOTSUPP: pinning needs bpffs, which the wasm-bpf ABI
 * does not reach.
 */
LIBBPF_API int bpf_link__pin(struct bpf_link *link, const char *path);

/*
 * bpf_link__unpin(): -EOPNOTSUPP: pinning needs bpffs, which the wasm-bpf
 * ABI does not reach.
 */
LIBBPF_API int bpf_link__unpin(struct bpf_link *link);

/*
 * bpf_link__update_program(): -EOPNOTSUPP: a guest's links are handles of
 * the runtime, with no fd.
 */
LIBBPF_API int bpf_link__update_program(struct bpf_link *link, struct bpf_program *prog);

/*
 * bpf_link__disconnect(): Does nothing, errno EOPNOTSUPP: a guest's links
 * are handles of the runtime, with no fd.
 */
LIBBPF_API void bpf_link__disconnect(struct bpf_link *link);

/*
 * bpf_link__detach(): -EOPNOTSUPP: the ABI detaches only when the object is
 * closed.
 */
LIBBPF_API int bpf_link__detach(struct bpf_link *link);

/*
 * bpf_link__destroy(): Frees the link; the program stays attached until the
 * object is closed (the ABI has no detach).
 */
LIBBPF_API int bpf_link__destroy(struct bpf_link *link);

/* ---- programs ---- */
/*
 * bpf_program__attach(): Attaches by SEC name, or to the target set by
 * bpf_program__set_attach_target_name(); a second attach fails with -EBUSY.
 */
LIBBPF_API struct bpf_link *bpf_program__attach(const struct bpf_program *prog);

struct bpf_perf_event_opts {
	size_t sz;
	__u64 bpf_cookie;
};
#define bpf_perf_event_opts__last_field bpf_cookie

/*
 * bpf_program__attach_perf_event(): NULL, errno EOPNOTSUPP: the runtime
 * attaches a program only by its SEC name (bpf_program__attach).
 */
LIBBPF_API struct bpf_link *bpf_program__attach_perf_event(const struct bpf_program *prog,
							   int pfd);

/*
 * bpf_program__attach_perf_event_opts(): NULL, errno EOPNOTSUPP: the runtime
 * attaches a program only by its SEC name (bpf_program__attach).
 */
LIBBPF_API struct bpf_link *bpf_program__attach_perf_event_opts(const struct bpf_program *prog,
								int pfd,
								const struct bpf_perf_event_opts *opts);

struct bpf_kprobe_opts {
	size_t sz;
	__u64 bpf_cookie;
	size_t offset;
	bool retprobe;
	size_t :0;
};
#define bpf_kprobe_opts__last_field retprobe

/*
 * bpf_program__attach_kprobe(): Works when it asks for what the SEC name
 * says (SEC("kprobe/FUNC") or SEC("kretprobe/FUNC")); else NULL, errno
 * EOPNOTSUPP, one line: the runtime attaches only by SEC name.
 */
LIBBPF_API struct bpf_link *bpf_program__attach_kprobe(const struct bpf_program *prog,
						       bool retprobe,
						       const char *func_name);

/*
 * bpf_program__attach_kprobe_opts(): Works when it asks for what the SEC
 * name says (SEC("kprobe/FUNC") or SEC("kretprobe/FUNC"), no cookie or
 * offset); else NULL, errno EOPNOTSUPP, one line: the runtime attaches only
 * by SEC name.
 */
LIBBPF_API struct bpf_link *bpf_program__attach_kprobe_opts(const struct bpf_program *prog,
							    const char *func_name,
							    const struct bpf_kprobe_opts *opts);

struct bpf_kprobe_multi_opts {
	size_t sz;
	const char **syms;
	const unsigned long *addrs;
	const __u64 *cookies;
	size_t cnt;
	bool retprobe;
	size_t :0;
};
#define bpf_kprobe_multi_opts__last_field retprobe

/*
 * bpf_program__attach_kprobe_multi_opts(): Works when it asks for what the
 * SEC name says (SEC("kprobe.multi/PATTERN"), no symbol or address lists);
 * else NULL, errno EOPNOTSUPP, one line: the runtime attaches only by SEC
 * name.
 */
LIBBPF_API struct bpf_link *bpf_program__attach_kprobe_multi_opts(const struct bpf_program *prog,
								  const char *pattern,
								  const struct bpf_kprobe_multi_opts *opts);

struct bpf_ksyscall_opts {
	size_t sz;
	__u64 bpf_cookie;
	bool retprobe;
	size_t :0;
};
#define bpf_ksyscall_opts__last_field retprobe

/*
 * bpf_program__attach_ksyscall(): Works when it asks for what the SEC name
 * says (SEC("ksyscall/NAME") or SEC("kretsyscall/NAME"), no cookie); else
 * NULL, errno EOPNOTSUPP, one line: the runtime attaches only by SEC name.
 */
LIBBPF_API struct bpf_link *bpf_program__attach_ksyscall(const struct bpf_program *prog,
							 const char *syscall_name,
							 const struct bpf_ksyscall_opts *opts);

struct bpf_uprobe_opts {
	size_t sz;
	size_t ref_ctr_offset;
	__u64 bpf_cookie;
	bool retprobe;
	const char *func_name;
	size_t :0;
};
#define bpf_uprobe_opts__last_field func_name

/*
 * bpf_program__attach_uprobe(): NULL, errno EOPNOTSUPP: an offset cannot be
 * matched to a SEC name; bpf_program__attach_uprobe_opts() with func_name
 * can.
 */
LIBBPF_API struct bpf_link *bpf_program__attach_uprobe(const struct bpf_program *prog,
						       bool retprobe, pid_t pid,
						       const char *binary_path,
						       size_t func_offset);

/*
 * bpf_program__attach_uprobe_opts(): Works when it asks for what the SEC
 * name says (SEC("uprobe/PATH:FUNC") with opts->func_name, pid -1, no offset
 * or cookie); else NULL, errno EOPNOTSUPP, one line: the runtime attaches
 * only by SEC name.
 */
LIBBPF_API struct bpf_link *bpf_program__attach_uprobe_opts(const struct bpf_program *prog,
							    pid_t pid,
							    const char *binary_path,
							    size_t func_offset,
							    const struct bpf_uprobe_opts *opts);

struct bpf_usdt_opts {
	size_t sz;
	__u64 usdt_cookie;
	size_t :0;
};
#define bpf_usdt_opts__last_field usdt_cookie

/*
 * bpf_program__attach_usdt(): Works when it asks for what the SEC name says
 * (SEC("usdt/PATH:PROVIDER:NAME"), pid -1, no cookie); else NULL, errno
 * EOPNOTSUPP, one line: the runtime attaches only by SEC name.
 */
LIBBPF_API struct bpf_link *bpf_program__attach_usdt(const struct bpf_program *prog,
						     pid_t pid, const char *binary_path,
						     const char *usdt_provider,
						     const char *usdt_name,
						     const struct bpf_usdt_opts *opts);

struct bpf_tracepoint_opts {
	size_t sz;
	__u64 bpf_cookie;
};
#define bpf_tracepoint_opts__last_field bpf_cookie

/*
 * bpf_program__attach_tracepoint(): Works when it asks for what the SEC name
 * says (SEC("tracepoint/CAT/NAME") or SEC("tp/CAT/NAME")); else NULL, errno
 * EOPNOTSUPP, one line: the runtime attaches only by SEC name.
 */
LIBBPF_API struct bpf_link *bpf_program__attach_tracepoint(const struct bpf_program *prog,
							   const char *tp_category,
							   const char *tp_name);

/*
 * bpf_program__attach_tracepoint_opts(): Works when it asks for what the SEC
 * name says (SEC("tracepoint/CAT/NAME") or SEC("tp/CAT/NAME"), no cookie);
 * else NULL, errno EOPNOTSUPP, one line: the runtime attaches only by SEC
 * name.
 */
LIBBPF_API struct bpf_link *bpf_program__attach_tracepoint_opts(const struct bpf_program *prog,
								const char *tp_category,
								const char *tp_name,
								const struct bpf_tracepoint_opts *opts);

/*
 * bpf_program__attach_raw_tracepoint(): Works when it asks for what the SEC
 * name says (SEC("raw_tp/NAME") and its spellings); else NULL, errno
 * EOPNOTSUPP, one line: the runtime attaches only by SEC name.
 */
LIBBPF_API struct bpf_link *bpf_program__attach_raw_tracepoint(const struct bpf_program *prog,
							       const char *tp_name);

struct bpf_trace_opts {
	size_t sz;
	__u64 cookie;
};
#define bpf_trace_opts__last_field cookie

/*
 * bpf_program__attach_trace(): Attaches by SEC name (the target is in the
 * program's BTF).
 */
LIBBPF_API struct bpf_link *bpf_program__attach_trace(const struct bpf_program *prog);

/*
 * bpf_program__attach_trace_opts(): As bpf_program__attach_trace(); a
 * cookie: NULL, errno EOPNOTSUPP.
 */
LIBBPF_API struct bpf_link *bpf_program__attach_trace_opts(const struct bpf_program *prog,
							   const struct bpf_trace_opts *opts);

/* bpf_program__attach_lsm(): Attaches by SEC name. */
LIBBPF_API struct bpf_link *bpf_program__attach_lsm(const struct bpf_program *prog);

/*
 * bpf_program__attach_cgroup(): NULL, errno EOPNOTSUPP: a guest cannot open
 * a cgroup (use bpf_program__attach_cgroup_path()).
 */
LIBBPF_API struct bpf_link *bpf_program__attach_cgroup(const struct bpf_program *prog,
						       int cgroup_fd);

/*
 * bpf_program__attach_netns(): NULL, errno EOPNOTSUPP: the runtime attaches
 * a program only by its SEC name (bpf_program__attach).
 */
LIBBPF_API struct bpf_link *bpf_program__attach_netns(const struct bpf_program *prog,
						      int netns_fd);

/*
 * bpf_program__attach_xdp(): NULL, errno EOPNOTSUPP: a guest cannot map an
 * ifindex to a name (use bpf_program__attach_xdp_ifname()).
 */
LIBBPF_API struct bpf_link *bpf_program__attach_xdp(const struct bpf_program *prog,
						    int ifindex);

/*
 * bpf_program__attach_freplace(): NULL, errno EOPNOTSUPP: the runtime
 * attaches a program only by its SEC name (bpf_program__attach).
 */
LIBBPF_API struct bpf_link *bpf_program__attach_freplace(const struct bpf_program *prog,
							 int target_fd,
							 const char *attach_func_name);

struct bpf_map;

/* ---- maps ---- */
/*
 * bpf_map__attach_struct_ops(): NULL, errno EOPNOTSUPP: the wasm-bpf ABI
 * cannot carry this map property.
 */
LIBBPF_API struct bpf_link *bpf_map__attach_struct_ops(const struct bpf_map *map);

struct bpf_iter_attach_opts {
	size_t sz;
	union bpf_iter_link_info *link_info;
	__u32 link_info_len;
};
#define bpf_iter_attach_opts__last_field link_info_len

/* ---- programs ---- */
/*
 * bpf_program__attach_iter(): Attaches by SEC name; link_info (a map or task
 * to iterate): NULL, errno EOPNOTSUPP.
 */
LIBBPF_API struct bpf_link *bpf_program__attach_iter(const struct bpf_program *prog,
						     const struct bpf_iter_attach_opts *opts);

/*
 * bpf_program__type(): The type libbpf 1.1's SEC() rules give the program's
 * section (BPF_PROG_TYPE_UNSPEC if none).
 */
LIBBPF_API enum bpf_prog_type bpf_program__type(const struct bpf_program *prog);

/*
 * bpf_program__set_type(): -EOPNOTSUPP: the runtime's libbpf takes the
 * program's type, flags and code from the object file.
 */
LIBBPF_API int bpf_program__set_type(struct bpf_program *prog, enum bpf_prog_type type);

/*
 * bpf_program__expected_attach_type(): The attach type libbpf 1.1's SEC()
 * rules give the program's section.
 */
LIBBPF_API enum bpf_attach_type bpf_program__expected_attach_type(const struct bpf_program *prog);

/*
 * bpf_program__set_expected_attach_type(): -EOPNOTSUPP: the runtime's libbpf
 * takes the program's type, flags and code from the object file.
 */
LIBBPF_API int bpf_program__set_expected_attach_type(struct bpf_program *prog,
						     enum bpf_attach_type type);

/*
 * bpf_program__flags(): 0, errno EOPNOTSUPP: the runtime's libbpf takes the
 * program's type, flags and code from the object file.
 */
LIBBPF_API __u32 bpf_program__flags(const struct bpf_program *prog);

/*
 * bpf_program__set_flags(): -EOPNOTSUPP: the runtime's libbpf takes the
 * program's type, flags and code from the object file.
 */
LIBBPF_API int bpf_program__set_flags(struct bpf_program *prog, __u32 flags);

/*
 * bpf_program__log_level(): 0, errno EOPNOTSUPP: the runtime's libbpf takes
 * the program's type, flags and code from the object file.
 */
LIBBPF_API __u32 bpf_program__log_level(const struct bpf_program *prog);

/*
 * bpf_program__set_log_level(): -EOPNOTSUPP: the runtime's libbpf takes the
 * program's type, flags and code from the object file.
 */
LIBBPF_API int bpf_program__set_log_level(struct bpf_program *prog, __u32 log_level);

/*
 * bpf_program__log_buf(): NULL, errno EOPNOTSUPP: the runtime's libbpf takes
 * the program's type, flags and code from the object file.
 */
LIBBPF_API const char *bpf_program__log_buf(const struct bpf_program *prog,
					    size_t *log_size);

/*
 * bpf_program__set_log_buf(): -EOPNOTSUPP: the runtime's libbpf takes the
 * program's type, flags and code from the object file.
 */
LIBBPF_API int bpf_program__set_log_buf(struct bpf_program *prog, char *log_buf,
					size_t log_size);

/*
 * bpf_program__set_attach_target(): -EOPNOTSUPP: the runtime's libbpf takes
 * the program's type, flags and code from the object file.
 */
LIBBPF_API int bpf_program__set_attach_target(struct bpf_program *prog,
					      int attach_prog_fd,
					      const char *attach_func_name);

/* ---- objects ---- */
/*
 * bpf_object__find_map_by_name(): Internal maps answer to .rodata, .data,
 * .bss (and to libbpf's NAME.rodata style).
 */
LIBBPF_API struct bpf_map *bpf_object__find_map_by_name(const struct bpf_object *obj,
							const char *name);

/* bpf_object__find_map_fd_by_name(): Works after load. */
LIBBPF_API int bpf_object__find_map_fd_by_name(const struct bpf_object *obj,
					       const char *name);

/* bpf_object__next_map(): Works as in libbpf. */
LIBBPF_API struct bpf_map *bpf_object__next_map(const struct bpf_object *obj,
						const struct bpf_map *map);

/* bpf_object__prev_map(): Works as in libbpf. */
LIBBPF_API struct bpf_map *bpf_object__prev_map(const struct bpf_object *obj,
						const struct bpf_map *map);

/* ---- maps ---- */
/*
 * bpf_map__set_autocreate(): true works; false fails with -EOPNOTSUPP (the
 * runtime would create the map anyway).
 */
LIBBPF_API int bpf_map__set_autocreate(struct bpf_map *map, bool autocreate);

/* bpf_map__autocreate(): Works as in libbpf. */
LIBBPF_API bool bpf_map__autocreate(const struct bpf_map *map);

/* bpf_map__fd(): Works as in libbpf. */
LIBBPF_API int bpf_map__fd(const struct bpf_map *map);

/*
 * bpf_map__reuse_fd(): -EOPNOTSUPP: the wasm-bpf ABI cannot carry this map
 * property.
 */
LIBBPF_API int bpf_map__reuse_fd(struct bpf_map *map, int fd);

/* bpf_map__name(): Works as in libbpf. */
LIBBPF_API const char *bpf_map__name(const struct bpf_map *map);

/* bpf_map__type(): Works as in libbpf. */
LIBBPF_API enum bpf_map_type bpf_map__type(const struct bpf_map *map);

/* bpf_map__set_type(): As bpf_map__set_max_entries(). */
LIBBPF_API int bpf_map__set_type(struct bpf_map *map, enum bpf_map_type type);

/* bpf_map__max_entries(): Works as in libbpf. */
LIBBPF_API __u32 bpf_map__max_entries(const struct bpf_map *map);

/*
 * bpf_map__set_max_entries(): Works before load (-EBUSY after), not on
 * global-data maps: the map gets a new BTF definition.
 */
LIBBPF_API int bpf_map__set_max_entries(struct bpf_map *map, __u32 max_entries);

/* bpf_map__map_flags(): Works as in libbpf. */
LIBBPF_API __u32 bpf_map__map_flags(const struct bpf_map *map);

/* bpf_map__set_map_flags(): As bpf_map__set_max_entries(). */
LIBBPF_API int bpf_map__set_map_flags(struct bpf_map *map, __u32 flags);

/*
 * bpf_map__numa_node(): Always 0: the object file sets no NUMA node the SDK
 * could read.
 */
LIBBPF_API __u32 bpf_map__numa_node(const struct bpf_map *map);

/*
 * bpf_map__set_numa_node(): -EOPNOTSUPP: the wasm-bpf ABI cannot carry this
 * map property.
 */
LIBBPF_API int bpf_map__set_numa_node(struct bpf_map *map, __u32 numa_node);

/* bpf_map__key_size(): Works as in libbpf. */
LIBBPF_API __u32 bpf_map__key_size(const struct bpf_map *map);

/* bpf_map__set_key_size(): As bpf_map__set_max_entries(). */
LIBBPF_API int bpf_map__set_key_size(struct bpf_map *map, __u32 size);

/* bpf_map__value_size(): Works as in libbpf. */
LIBBPF_API __u32 bpf_map__value_size(const struct bpf_map *map);

/* bpf_map__set_value_size(): As bpf_map__set_max_entries(). */
LIBBPF_API int bpf_map__set_value_size(struct bpf_map *map, __u32 size);

/*
 * bpf_map__btf_key_type_id(): The BTF id of the key type of a SEC(".maps")
 * definition (0 for global-data maps and size-only keys).
 */
LIBBPF_API __u32 bpf_map__btf_key_type_id(const struct bpf_map *map);

/*
 * bpf_map__btf_value_type_id(): The BTF id of the value type, or of the
 * DATASEC of a global-data map.
 */
LIBBPF_API __u32 bpf_map__btf_value_type_id(const struct bpf_map *map);

/* bpf_map__ifindex(): Always 0: no offload from a guest. */
LIBBPF_API __u32 bpf_map__ifindex(const struct bpf_map *map);

/*
 * bpf_map__set_ifindex(): -EOPNOTSUPP: the wasm-bpf ABI cannot carry this
 * map property.
 */
LIBBPF_API int bpf_map__set_ifindex(struct bpf_map *map, __u32 ifindex);

/*
 * bpf_map__map_extra(): Always 0: the object file sets no map_extra the SDK
 * could read.
 */
LIBBPF_API __u64 bpf_map__map_extra(const struct bpf_map *map);

/*
 * bpf_map__set_map_extra(): -EOPNOTSUPP: the wasm-bpf ABI cannot carry this
 * map property.
 */
LIBBPF_API int bpf_map__set_map_extra(struct bpf_map *map, __u64 map_extra);

/*
 * bpf_map__set_initial_value(): Before load, replaces the bytes of a
 * global-data map (size must match).
 */
LIBBPF_API int bpf_map__set_initial_value(struct bpf_map *map, const void *data,
					  size_t size);

/*
 * bpf_map__initial_value(): The guest's copy of a global-data map (what
 * skel->bss and friends point to).
 */
LIBBPF_API const void *bpf_map__initial_value(struct bpf_map *map, size_t *psize);

/* bpf_map__is_internal(): Works as in libbpf. */
LIBBPF_API bool bpf_map__is_internal(const struct bpf_map *map);

/*
 * bpf_map__set_pin_path(): -EOPNOTSUPP: pinning needs bpffs, which the
 * wasm-bpf ABI does not reach.
 */
LIBBPF_API int bpf_map__set_pin_path(struct bpf_map *map, const char *path);

/*
 * bpf_map__pin_path(): NULL, errno EOPNOTSUPP: pinning needs bpffs, which
 * the wasm-bpf ABI does not reach.
 */
LIBBPF_API const char *bpf_map__pin_path(const struct bpf_map *map);

/* bpf_map__is_pinned(): Always false: nothing is pinned from a guest. */
LIBBPF_API bool bpf_map__is_pinned(const struct bpf_map *map);

/*
 * bpf_map__pin(): -EOPNOTSUPP: pinning needs bpffs, which the wasm-bpf ABI
 * does not reach.
 */
LIBBPF_API int bpf_map__pin(struct bpf_map *map, const char *path);

/*
 * bpf_map__unpin(): -EOPNOTSUPP: pinning needs bpffs, which the wasm-bpf ABI
 * does not reach.
 */
LIBBPF_API int bpf_map__unpin(struct bpf_map *map, const char *path);

/*
 * bpf_map__set_inner_map_fd(): -EOPNOTSUPP: the wasm-bpf ABI cannot carry
 * this map property.
 */
LIBBPF_API int bpf_map__set_inner_map_fd(struct bpf_map *map, int fd);

/*
 * bpf_map__inner_map(): NULL, errno EOPNOTSUPP: the wasm-bpf ABI cannot
 * carry this map property.
 */
LIBBPF_API struct bpf_map *bpf_map__inner_map(struct bpf_map *map);

/*
 * bpf_map__lookup_elem(): Works, with libbpf's size checks (-EINVAL and a
 * message on a wrong size).
 */
LIBBPF_API int bpf_map__lookup_elem(const struct bpf_map *map, const void *key,
				    size_t key_sz, void *value, size_t value_sz,
				    __u64 flags);

/* bpf_map__update_elem(): As bpf_map__lookup_elem(). */
LIBBPF_API int bpf_map__update_elem(const struct bpf_map *map, const void *key,
				    size_t key_sz, const void *value, size_t value_sz,
				    __u64 flags);

/* bpf_map__delete_elem(): As bpf_map__lookup_elem(). */
LIBBPF_API int bpf_map__delete_elem(const struct bpf_map *map, const void *key,
				    size_t key_sz, __u64 flags);

/*
 * bpf_map__lookup_and_delete_elem(): As bpf_map__lookup_elem(); a lookup
 * then a delete (not atomic).
 */
LIBBPF_API int bpf_map__lookup_and_delete_elem(const struct bpf_map *map, const void *key,
					       size_t key_sz, void *value,
					       size_t value_sz, __u64 flags);

/*
 * bpf_map__get_next_key(): As bpf_map__lookup_elem(); a NULL key gives the
 * first key on every runtime.
 */
LIBBPF_API int bpf_map__get_next_key(const struct bpf_map *map, const void *cur_key,
				     void *next_key, size_t key_sz);

struct bpf_xdp_set_link_opts {
	size_t sz;
	int old_fd;
	size_t :0;
};
#define bpf_xdp_set_link_opts__last_field old_fd

struct bpf_xdp_attach_opts {
	size_t sz;
	int old_prog_fd;
	size_t :0;
};
#define bpf_xdp_attach_opts__last_field old_prog_fd

struct bpf_xdp_query_opts {
	size_t sz;
	__u32 prog_id;
	__u32 drv_prog_id;
	__u32 hw_prog_id;
	__u32 skb_prog_id;
	__u8 attach_mode;
	size_t :0;
};
#define bpf_xdp_query_opts__last_field attach_mode

/* ---- XDP via netlink ---- */
/*
 * bpf_xdp_attach(): through the project runtime's extension (docs/abi.md),
 * flags and opts->old_prog_fd (XDP_FLAGS_REPLACE) as in libbpf; what the
 * guest leaves attached is removed when it ends. With -DLIBBPF_WASM_NO_EXT:
 * -EOPNOTSUPP (a guest has no netlink).
 */
LIBBPF_API int bpf_xdp_attach(int ifindex, int prog_fd, __u32 flags,
			      const struct bpf_xdp_attach_opts *opts);

/*
 * bpf_xdp_detach(): through the extension: detaches the guest's own
 * program in that mode (-ENOENT where it attached none), never another
 * tool's. With -DLIBBPF_WASM_NO_EXT: -EOPNOTSUPP.
 */
LIBBPF_API int bpf_xdp_detach(int ifindex, __u32 flags,
			      const struct bpf_xdp_attach_opts *opts);

/*
 * bpf_xdp_query(): through the extension: the ids of what is attached, and
 * attach_mode. With -DLIBBPF_WASM_NO_EXT: -EOPNOTSUPP.
 */
LIBBPF_API int bpf_xdp_query(int ifindex, int flags, struct bpf_xdp_query_opts *opts);

/*
 * bpf_xdp_query_id(): bpf_xdp_query()'s id for the mode flags name, as in
 * libbpf. With -DLIBBPF_WASM_NO_EXT: -EOPNOTSUPP.
 */
LIBBPF_API int bpf_xdp_query_id(int ifindex, int flags, __u32 *prog_id);

enum bpf_tc_attach_point {
	BPF_TC_INGRESS = 1,
	BPF_TC_EGRESS = 2,
	BPF_TC_CUSTOM = 4,
};

enum bpf_tc_flags {
	BPF_TC_F_REPLACE = 1,
};

struct bpf_tc_hook {
	size_t sz;
	int ifindex;
	enum bpf_tc_attach_point attach_point;
	__u32 parent;
	size_t :0;
};
#define bpf_tc_hook__last_field parent

struct bpf_tc_opts {
	size_t sz;
	int prog_fd;
	__u32 flags;
	__u32 prog_id;
	__u32 handle;
	__u32 priority;
	size_t :0;
};
#define bpf_tc_opts__last_field priority

/* ---- tc hooks ---- */
/*
 * bpf_tc_hook_create(): through the project runtime's extension (docs/abi.md),
 * which also removes what the guest leaves. With -DLIBBPF_WASM_NO_EXT:
 * -EOPNOTSUPP (a guest has no netlink).
 */
LIBBPF_API int bpf_tc_hook_create(struct bpf_tc_hook *hook);

/*
 * bpf_tc_hook_destroy(): through the project runtime's extension
 * (docs/abi.md). With -DLIBBPF_WASM_NO_EXT: -EOPNOTSUPP.
 */
LIBBPF_API int bpf_tc_hook_destroy(struct bpf_tc_hook *hook);

/*
 * bpf_tc_attach(): through the project runtime's extension (docs/abi.md),
 * which also removes what the guest leaves. With -DLIBBPF_WASM_NO_EXT:
 * -EOPNOTSUPP (a guest has no netlink).
 */
LIBBPF_API int bpf_tc_attach(const struct bpf_tc_hook *hook, struct bpf_tc_opts *opts);

/*
 * bpf_tc_detach(): through the project runtime's extension (docs/abi.md),
 * which also removes what the guest leaves. With -DLIBBPF_WASM_NO_EXT:
 * -EOPNOTSUPP (a guest has no netlink).
 */
LIBBPF_API int bpf_tc_detach(const struct bpf_tc_hook *hook,
			     const struct bpf_tc_opts *opts);

/*
 * bpf_tc_query(): -EOPNOTSUPP: not in the extension yet; tc netlink calls are not in the
 * wasm-bpf ABI (attach by SEC name instead).
 */
LIBBPF_API int bpf_tc_query(const struct bpf_tc_hook *hook, struct bpf_tc_opts *opts);

struct ring_buffer;

struct user_ring_buffer;

typedef int (*ring_buffer_sample_fn)(void *ctx, void *data, size_t size);

struct ring_buffer_opts {
	size_t sz;
};
#define ring_buffer_opts__last_field sz

/* ---- ring buffers ---- */
/* ring_buffer__new(): Works as in libbpf. */
LIBBPF_API struct ring_buffer *ring_buffer__new(int map_fd,
						ring_buffer_sample_fn sample_cb,
						void *ctx,
						const struct ring_buffer_opts *opts);

/* ring_buffer__free(): Works as in libbpf. */
LIBBPF_API void ring_buffer__free(struct ring_buffer *rb);

/*
 * ring_buffer__add(): Works, through the extension ABI (docs/abi.md): the
 * ring buffer then polls its maps in the project's runtime, each with its
 * callback. Built with -DLIBBPF_WASM_NO_EXT: -EOPNOTSUPP, explained.
 */
LIBBPF_API int ring_buffer__add(struct ring_buffer *rb, int map_fd,
				ring_buffer_sample_fn sample_cb, void *ctx);

/*
 * ring_buffer__poll(): Works; returns the number of events delivered,
 * counted by the SDK.
 */
LIBBPF_API int ring_buffer__poll(struct ring_buffer *rb, int timeout_ms);

/*
 * ring_buffer__consume(): As ring_buffer__poll() with a timeout of 0; in
 * the extension (after ring_buffer__add, or -DLIBBPF_WASM_EXT_BUFFERS), as
 * in libbpf: every map, whether or not the kernel woke the poller.
 */
LIBBPF_API int ring_buffer__consume(struct ring_buffer *rb);

/*
 * ring_buffer__epoll_fd(): -EOPNOTSUPP: the runtime polls one buffer per
 * object for the guest and exposes no fds or raw events.
 */
LIBBPF_API int ring_buffer__epoll_fd(const struct ring_buffer *rb);

struct user_ring_buffer_opts {
	size_t sz;
};
#define user_ring_buffer_opts__last_field sz

/* ---- user ring buffers ---- */
/*
 * user_ring_buffer__new(): NULL, errno EOPNOTSUPP: the runtime polls one
 * buffer per object for the guest and exposes no fds or raw events.
 */
LIBBPF_API struct user_ring_buffer *user_ring_buffer__new(int map_fd,
							  const struct user_ring_buffer_opts *opts);

/*
 * user_ring_buffer__reserve(): NULL, errno EOPNOTSUPP: the runtime polls one
 * buffer per object for the guest and exposes no fds or raw events.
 */
LIBBPF_API void *user_ring_buffer__reserve(struct user_ring_buffer *rb, __u32 size);

/*
 * user_ring_buffer__reserve_blocking(): NULL, errno EOPNOTSUPP: the runtime
 * polls one buffer per object for the guest and exposes no fds or raw
 * events.
 */
LIBBPF_API void *user_ring_buffer__reserve_blocking(struct user_ring_buffer *rb,
						    __u32 size, int timeout_ms);

/*
 * user_ring_buffer__submit(): Does nothing, errno EOPNOTSUPP: the runtime
 * polls one buffer per object for the guest and exposes no fds or raw
 * events.
 */
LIBBPF_API void user_ring_buffer__submit(struct user_ring_buffer *rb, void *sample);

/*
 * user_ring_buffer__discard(): Does nothing, errno EOPNOTSUPP: the runtime
 * polls one buffer per object for the guest and exposes no fds or raw
 * events.
 */
LIBBPF_API void user_ring_buffer__discard(struct user_ring_buffer *rb, void *sample);

/*
 * user_ring_buffer__free(): Does nothing: the objects it frees cannot be
 * created in a guest.
 */
LIBBPF_API void user_ring_buffer__free(struct user_ring_buffer *rb);

struct perf_buffer;

typedef void (*perf_buffer_sample_fn)(void *ctx, int cpu, void *data, __u32 size);

typedef void (*perf_buffer_lost_fn)(void *ctx, int cpu, __u64 cnt);

struct perf_buffer_opts {
	size_t sz;
};
#define perf_buffer_opts__last_field sz

/* ---- perf buffers ---- */
/*
 * perf_buffer__new(): Works. On the six imports the runtime maps 64 pages
 * per CPU whatever page_cnt says, cpu is always 0 and lost_cb is never
 * called; built with -DLIBBPF_WASM_EXT_BUFFERS (the project's runtime),
 * exactly as in libbpf: page_cnt pages, each event's CPU, the kernel's
 * lost records to lost_cb.
 */
LIBBPF_API struct perf_buffer *perf_buffer__new(int map_fd, size_t page_cnt,
						perf_buffer_sample_fn sample_cb,
						perf_buffer_lost_fn lost_cb, void *ctx,
						const struct perf_buffer_opts *opts);

enum bpf_perf_event_ret {
	LIBBPF_PERF_EVENT_DONE = 0,
	LIBBPF_PERF_EVENT_ERROR = -1,
	LIBBPF_PERF_EVENT_CONT = -2,
};

struct perf_event_header;

typedef enum bpf_perf_event_ret (*perf_buffer_event_fn)(void *ctx, int cpu,
						      struct perf_event_header *event);

struct perf_buffer_raw_opts {
	size_t sz;
	long :0;
	long :0;
	int cpu_cnt;
	int *cpus;
	int *map_keys;
};
#define perf_buffer_raw_opts__last_field map_keys

struct perf_event_attr;

/*
 * perf_buffer__new_raw(): NULL, errno EOPNOTSUPP: the runtime polls one
 * buffer per object for the guest and exposes no fds or raw events.
 */
LIBBPF_API struct perf_buffer *perf_buffer__new_raw(int map_fd, size_t page_cnt,
						    struct perf_event_attr *attr,
						    perf_buffer_event_fn event_cb,
						    void *ctx,
						    const struct perf_buffer_raw_opts *opts);

/* perf_buffer__free(): Works as in libbpf. */
LIBBPF_API void perf_buffer__free(struct perf_buffer *pb);

/*
 * perf_buffer__epoll_fd(): -EOPNOTSUPP: the runtime polls one buffer per
 * object for the guest and exposes no fds or raw events.
 */
LIBBPF_API int perf_buffer__epoll_fd(const struct perf_buffer *pb);

/*
 * perf_buffer__poll(): Works; returns the number of events delivered,
 * counted by the SDK.
 */
LIBBPF_API int perf_buffer__poll(struct perf_buffer *pb, int timeout_ms);

/* perf_buffer__consume(): As perf_buffer__poll() with a timeout of 0. */
LIBBPF_API int perf_buffer__consume(struct perf_buffer *pb);

/*
 * perf_buffer__consume_buffer(): -EOPNOTSUPP: the runtime polls one buffer
 * per object for the guest and exposes no fds or raw events.
 */
LIBBPF_API int perf_buffer__consume_buffer(struct perf_buffer *pb, size_t buf_idx);

/*
 * perf_buffer__buffer_cnt(): 0, errno EOPNOTSUPP: the runtime polls one
 * buffer per object for the guest and exposes no fds or raw events.
 */
LIBBPF_API size_t perf_buffer__buffer_cnt(const struct perf_buffer *pb);

/*
 * perf_buffer__buffer_fd(): -EOPNOTSUPP: the runtime polls one buffer per
 * object for the guest and exposes no fds or raw events.
 */
LIBBPF_API int perf_buffer__buffer_fd(const struct perf_buffer *pb, size_t buf_idx);

/*
 * perf_buffer__buffer(): -EOPNOTSUPP: the runtime polls one buffer per
 * object for the guest and exposes no fds or raw events.
 */
LIBBPF_API int perf_buffer__buffer(struct perf_buffer *pb, int buf_idx, void **buf,
				   size_t *buf_size);

struct bpf_prog_linfo;

struct bpf_prog_info;

/* ---- line info ---- */
/*
 * bpf_prog_linfo__free(): Does nothing: the objects it frees cannot be
 * created in a guest.
 */
LIBBPF_API void bpf_prog_linfo__free(struct bpf_prog_linfo *prog_linfo);

/*
 * bpf_prog_linfo__new(): NULL, errno EOPNOTSUPP: program line info comes
 * from the kernel, which the guest cannot query.
 */
LIBBPF_API struct bpf_prog_linfo *bpf_prog_linfo__new(const struct bpf_prog_info *info);

/*
 * bpf_prog_linfo__lfind_addr_func(): NULL, errno EOPNOTSUPP: program line
 * info comes from the kernel, which the guest cannot query.
 */
LIBBPF_API const struct bpf_line_info *bpf_prog_linfo__lfind_addr_func(const struct bpf_prog_linfo *prog_linfo,
								       __u64 addr,
								       __u32 func_idx,
								       __u32 nr_skip);

/*
 * bpf_prog_linfo__lfind(): NULL, errno EOPNOTSUPP: program line info comes
 * from the kernel, which the guest cannot query.
 */
LIBBPF_API const struct bpf_line_info *bpf_prog_linfo__lfind(const struct bpf_prog_linfo *prog_linfo,
							     __u32 insn_off,
							     __u32 nr_skip);

/* ---- feature probes ---- */
/*
 * libbpf_probe_bpf_prog_type(): -EOPNOTSUPP: feature probes need the bpf()
 * syscall, which the wasm-bpf ABI does not expose.
 */
LIBBPF_API int libbpf_probe_bpf_prog_type(enum bpf_prog_type prog_type, const void *opts);

/*
 * libbpf_probe_bpf_map_type(): -EOPNOTSUPP: feature probes need the bpf()
 * syscall, which the wasm-bpf ABI does not expose.
 */
LIBBPF_API int libbpf_probe_bpf_map_type(enum bpf_map_type map_type, const void *opts);

/*
 * libbpf_probe_bpf_helper(): -EOPNOTSUPP: feature probes need the bpf()
 * syscall, which the wasm-bpf ABI does not expose.
 */
LIBBPF_API int libbpf_probe_bpf_helper(enum bpf_prog_type prog_type,
				       enum bpf_func_id helper_id, const void *opts);

/* ---- the library ---- */
/*
 * libbpf_num_possible_cpus(): Works once an object with a per-CPU array map
 * is loaded, else -EOPNOTSUPP.
 */
LIBBPF_API int libbpf_num_possible_cpus(void);

struct bpf_map_skeleton {
	const char *name;
	struct bpf_map **map;
	void **mmaped;
};

struct bpf_prog_skeleton {
	const char *name;
	struct bpf_program **prog;
	struct bpf_link **link;
};

struct libbpf_wasm_obj_desc;

struct bpf_object_skeleton {
	size_t sz;
	const char *name;
	const void *data;
	size_t data_sz;
	struct bpf_object **obj;
	int map_cnt;
	int map_skel_sz;
	struct bpf_map_skeleton *maps;
	int prog_cnt;
	int prog_skel_sz;
	struct bpf_prog_skeleton *progs;
	/* bpftool-wasm's: the object's maps and programs (types.h) */
	const struct libbpf_wasm_obj_desc *desc;
};

/* ---- objects ---- */
/*
 * bpf_object__open_skeleton(): Works; the skeleton embeds the object and
 * bpftool-wasm's description of it (what bpf_object__open_mem() would
 * find, found at build time), which the object is built from.
 */
LIBBPF_API int bpf_object__open_skeleton(struct bpf_object_skeleton *s,
					 const struct bpf_object_open_opts *opts);

/* bpf_object__load_skeleton(): Works as in libbpf. */
LIBBPF_API int bpf_object__load_skeleton(struct bpf_object_skeleton *s);

/*
 * bpf_object__attach_skeleton(): Attaches every loaded program by its SEC
 * name (or the target set with bpf_program__set_attach_target_name()).
 */
LIBBPF_API int bpf_object__attach_skeleton(struct bpf_object_skeleton *s);

/*
 * bpf_object__detach_skeleton(): Forgets the links; the programs stay
 * attached until the skeleton is destroyed (the ABI detaches only at close).
 */
LIBBPF_API void bpf_object__detach_skeleton(struct bpf_object_skeleton *s);

/* bpf_object__destroy_skeleton(): Works as in libbpf. */
LIBBPF_API void bpf_object__destroy_skeleton(struct bpf_object_skeleton *s);

struct bpf_var_skeleton {
	const char *name;
	struct bpf_map **map;
	void **addr;
};

struct bpf_object_subskeleton {
	size_t sz;
	const struct bpf_object *obj;
	int map_cnt;
	int map_skel_sz;
	struct bpf_map_skeleton *maps;
	int prog_cnt;
	int prog_skel_sz;
	struct bpf_prog_skeleton *progs;
	int var_cnt;
	int var_skel_sz;
	struct bpf_var_skeleton *vars;
};

/*
 * bpf_object__open_subskeleton(): -EOPNOTSUPP: bpftool-wasm generates no
 * subskeletons.
 */
LIBBPF_API int bpf_object__open_subskeleton(struct bpf_object_subskeleton *s);

/*
 * bpf_object__destroy_subskeleton(): Does nothing: the objects it frees
 * cannot be created in a guest.
 */
LIBBPF_API void bpf_object__destroy_subskeleton(struct bpf_object_subskeleton *s);

struct gen_loader_opts {
	size_t sz;
	const char *data;
	const char *insns;
	__u32 data_sz;
	__u32 insns_sz;
};
#define gen_loader_opts__last_field insns_sz

/*
 * bpf_object__gen_loader(): -EOPNOTSUPP: loader programs are generated by
 * libbpf on the host.
 */
LIBBPF_API int bpf_object__gen_loader(struct bpf_object *obj,
				      struct gen_loader_opts *opts);

enum libbpf_tristate {
	TRI_NO = 0,
	TRI_YES = 1,
	TRI_MODULE = 2,
};

struct bpf_linker_opts {
	size_t sz;
};
#define bpf_linker_opts__last_field sz

struct bpf_linker_file_opts {
	size_t sz;
};
#define bpf_linker_file_opts__last_field sz

struct bpf_linker;

/* ---- the static linker ---- */
/*
 * bpf_linker__new(): NULL, errno EOPNOTSUPP: linking BPF objects is a
 * build-time step (bpftool gen object), not a guest's.
 */
LIBBPF_API struct bpf_linker *bpf_linker__new(const char *filename,
					      struct bpf_linker_opts *opts);

/*
 * bpf_linker__add_file(): -EOPNOTSUPP: linking BPF objects is a build-time
 * step (bpftool gen object), not a guest's.
 */
LIBBPF_API int bpf_linker__add_file(struct bpf_linker *linker, const char *filename,
				    const struct bpf_linker_file_opts *opts);

/*
 * bpf_linker__finalize(): -EOPNOTSUPP: linking BPF objects is a build-time
 * step (bpftool gen object), not a guest's.
 */
LIBBPF_API int bpf_linker__finalize(struct bpf_linker *linker);

/*
 * bpf_linker__free(): Does nothing: the objects it frees cannot be created
 * in a guest.
 */
LIBBPF_API void bpf_linker__free(struct bpf_linker *linker);

struct bpf_prog_load_opts;

typedef int (*libbpf_prog_setup_fn_t)(struct bpf_program *prog, long cookie);

typedef int (*libbpf_prog_prepare_load_fn_t)(struct bpf_program *prog,
					     struct bpf_prog_load_opts *opts, long cookie);

typedef int (*libbpf_prog_attach_fn_t)(const struct bpf_program *prog, long cookie,
				       struct bpf_link **link);

struct libbpf_prog_handler_opts {
	size_t sz;
	long cookie;
	libbpf_prog_setup_fn_t prog_setup_fn;
	libbpf_prog_prepare_load_fn_t prog_prepare_load_fn;
	libbpf_prog_attach_fn_t prog_attach_fn;
};
#define libbpf_prog_handler_opts__last_field prog_attach_fn

/* ---- the library ---- */
/*
 * libbpf_register_prog_handler(): -EOPNOTSUPP: SEC handlers run in the
 * runtime's libbpf, not in the guest.
 */
LIBBPF_API int libbpf_register_prog_handler(const char *sec, enum bpf_prog_type prog_type,
					    enum bpf_attach_type exp_attach_type,
					    const struct libbpf_prog_handler_opts *opts);

/*
 * libbpf_unregister_prog_handler(): -EOPNOTSUPP: SEC handlers run in the
 * runtime's libbpf, not in the guest.
 */
LIBBPF_API int libbpf_unregister_prog_handler(int handler_id);

#ifdef __cplusplus
} /* extern "C" */
#endif

/* The definitions, once every declaration header is complete. */
#ifdef __LIBBPF_WASM_OUTER_LIBBPF_H
#undef __LIBBPF_WASM_OUTER_LIBBPF_H
#undef __LIBBPF_WASM_DECLARING
#include "../libbpf-wasm/impl.h"
#endif

#endif /* __LIBBPF_LIBBPF_H */
