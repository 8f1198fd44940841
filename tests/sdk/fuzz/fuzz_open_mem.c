// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libFuzzer harness for the SDK's guest-side object reader, compiled
 * natively: bpf_object__open_mem() parses the ELF and BTF of the bytes a
 * guest embeds, the accessors walk what it found, the setters patch the
 * private copy, and bpf_object__load() hands the patched copy to the
 * (stubbed) runtime. The guest's own reader must never read or write out of
 * bounds, whatever the bytes: a runtime checks the host side, nobody checks
 * the guest's.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>
#include <bpf/bpf.h>

/*
 * The six imports, as a runtime that accepts everything: the harness is
 * about the guest's parsing and patching, not the kernel. The object the
 * SDK hands over is read in full so that ASan checks its bounds.
 */
static volatile unsigned char sink;

wasm_bpf_handle_t wasm_load_bpf_object(const void *obj_buf, int obj_buf_sz)
{
	const unsigned char *p = obj_buf;
	unsigned char x = 0;
	int i;

	for (i = 0; i < obj_buf_sz; i++)
		x ^= p[i];
	sink = x;
	return 1;
}

int wasm_attach_bpf_program(wasm_bpf_handle_t obj, const char *name, const char *target)
{
	(void)obj;
	(void)target;
	return name && strlen(name) ? 0 : -22;
}

int wasm_bpf_map_fd_by_name(wasm_bpf_handle_t obj, const char *name)
{
	(void)obj;
	return 3 + (int)(strlen(name) % 16);
}

int wasm_bpf_map_operate(int fd, int cmd, const void *key, void *value, void *next_key,
			 uint64_t flags)
{
	(void)fd;
	(void)cmd;
	(void)key;
	(void)value;
	(void)next_key;
	(void)flags;
	return -2; /* -ENOENT: every map reads as empty */
}

int wasm_bpf_buffer_poll(wasm_bpf_handle_t obj, int fd, wasm_bpf_sample_fn fn, void *ctx,
			 void *data, int max_size, int timeout_ms)
{
	(void)obj;
	(void)fd;
	(void)fn;
	(void)ctx;
	(void)data;
	(void)max_size;
	(void)timeout_ms;
	return 0;
}

int wasm_close_bpf_object(wasm_bpf_handle_t obj)
{
	(void)obj;
	return 0;
}

/* The extension (ext.h): attaching is not what the object reader fuzzes. */
int wasm_bpf_ext_attach_uprobe(uint64_t obj, const char *prog, int32_t pid, const char *path,
			       uint64_t offset, const char *func_name, uint32_t flags,
			       uint64_t ref_ctr_offset, uint64_t cookie)
{
	(void)obj; (void)prog; (void)pid; (void)path; (void)offset; (void)func_name;
	(void)flags; (void)ref_ctr_offset; (void)cookie;
	return -ENOSYS;
}

int wasm_bpf_ext_attach_kprobe(uint64_t obj, const char *prog, const char *func_name,
			       uint64_t offset, uint32_t flags, uint64_t cookie)
{
	(void)obj; (void)prog; (void)func_name; (void)offset; (void)flags; (void)cookie;
	return -ENOSYS;
}

int wasm_bpf_ext_attach_ksyscall(uint64_t obj, const char *prog, const char *syscall_name,
				 uint32_t flags, uint64_t cookie)
{
	(void)obj; (void)prog; (void)syscall_name; (void)flags; (void)cookie;
	return -ENOSYS;
}

int wasm_bpf_ext_attach_tracepoint(uint64_t obj, const char *prog, const char *category,
				   const char *name, uint64_t cookie)
{
	(void)obj; (void)prog; (void)category; (void)name; (void)cookie;
	return -ENOSYS;
}

int wasm_bpf_ext_attach_raw_tracepoint(uint64_t obj, const char *prog, const char *name)
{
	(void)obj; (void)prog; (void)name;
	return -ENOSYS;
}

int wasm_bpf_ext_attach(uint64_t obj, const char *prog)
{
	(void)obj; (void)prog;
	return -ENOSYS;
}

int wasm_bpf_ext_link_destroy(int link) { (void)link; return -ENOSYS; }
int wasm_bpf_ext_link_fd(int link) { (void)link; return -ENOSYS; }
int wasm_bpf_ext_link_pin(int link, const char *path) { (void)link; (void)path; return -ENOSYS; }
int wasm_bpf_ext_link_unpin(int link) { (void)link; return -ENOSYS; }
int wasm_bpf_ext_buffer_poll(int buffer, wasm_bpf_ext_sample_fn sample, wasm_bpf_ext_lost_fn lost,
			     void *data, uint32_t max, int timeout_ms)
{
	(void)buffer; (void)sample; (void)lost; (void)data; (void)max; (void)timeout_ms;
	return -ENOSYS;
}
int wasm_bpf_ext_buffer_consume(int buffer, wasm_bpf_ext_sample_fn sample,
				wasm_bpf_ext_lost_fn lost, void *data, uint32_t max)
{
	(void)buffer; (void)sample; (void)lost; (void)data; (void)max;
	return -ENOSYS;
}
int wasm_bpf_ext_buffer_free(int buffer) { (void)buffer; return -ENOSYS; }

/* A failed allocation is an error the SDK reports, as in a guest. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "allocator_may_return_null=1";
}

static int quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bpf_object *obj;
	struct bpf_program *prog;
	struct bpf_map *map;
	size_t n = 0;

	libbpf_set_print(quiet);
	obj = bpf_object__open_mem(data, size, NULL);
	if (libbpf_get_error(obj))
		return 0;
	bpf_object__for_each_map(map, obj) {
		size_t sz = 0;
		void *init = (void *)bpf_map__initial_value(map, &sz);

		n += strlen(bpf_map__name(map)) + bpf_map__type(map) + bpf_map__key_size(map) +
		     bpf_map__value_size(map) + bpf_map__max_entries(map);
		/* patch the private copy where a guest would: its ends are
		 * enough for ASan, a 4 GiB .bss need not be written in full */
		if (init && sz) {
			memset(init, 0xa5, sz < 4096 ? sz : 4096);
			((unsigned char *)init)[sz - 1] = 0x5a;
		}
		bpf_map__set_max_entries(map, 64);
	}
	bpf_object__for_each_program(prog, obj) {
		n += strlen(bpf_program__name(prog)) + strlen(bpf_program__section_name(prog));
		if (n & 1)
			bpf_program__set_autoload(prog, false);
	}
	sink = (unsigned char)n;
	if (!bpf_object__load(obj)) {
		bpf_object__for_each_program(prog, obj)
			if (bpf_program__autoload(prog))
				bpf_link__destroy(bpf_program__attach(prog));
	}
	bpf_object__close(obj);
	return 0;
}
