// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The import ABI: CONTRACT.md §2 for wasm_bpf, and every function of WASI
 * preview1 with its real signature (the witx definitions, flattened to
 * wasm types: handles, sizes, pointers and enums are i32; offsets,
 * timestamps, rights and file sizes are i64). The host defines every one
 * of them (wasi.c, bpf_imports.c) with these types, so a module whose
 * import agrees with this table calls a C function of the right type.
 */
#include <string.h>

#include "abi_table.h"
#include "libbpf-wasm/ext_abi.h"

#define W "wasi_snapshot_preview1"
#define B "wasm_bpf"
#define E WASM_BPF_EXT_MODULE
#define EXT_ENTRY(name, type) { E, #name, type },

const struct abi_func abi_funcs[] = {
	{ B, "wasm_load_bpf_object", "(i32,i32)->i64" },
	{ B, "wasm_attach_bpf_program", "(i64,i32,i32)->i32" },
	{ B, "wasm_bpf_map_fd_by_name", "(i64,i32)->i32" },
	{ B, "wasm_bpf_map_operate", "(i32,i32,i32,i32,i32,i64)->i32" },
	{ B, "wasm_bpf_buffer_poll", "(i64,i32,i32,i32,i32,i32,i32)->i32" },
	{ B, "wasm_close_bpf_object", "(i64)->i32" },

	WASM_BPF_EXT_FUNCS(EXT_ENTRY)

	{ W, "args_get", "(i32,i32)->i32" },
	{ W, "args_sizes_get", "(i32,i32)->i32" },
	{ W, "environ_get", "(i32,i32)->i32" },
	{ W, "environ_sizes_get", "(i32,i32)->i32" },
	{ W, "clock_res_get", "(i32,i32)->i32" },
	{ W, "clock_time_get", "(i32,i64,i32)->i32" },
	{ W, "fd_advise", "(i32,i64,i64,i32)->i32" },
	{ W, "fd_allocate", "(i32,i64,i64)->i32" },
	{ W, "fd_close", "(i32)->i32" },
	{ W, "fd_datasync", "(i32)->i32" },
	{ W, "fd_fdstat_get", "(i32,i32)->i32" },
	{ W, "fd_fdstat_set_flags", "(i32,i32)->i32" },
	{ W, "fd_fdstat_set_rights", "(i32,i64,i64)->i32" },
	{ W, "fd_filestat_get", "(i32,i32)->i32" },
	{ W, "fd_filestat_set_size", "(i32,i64)->i32" },
	{ W, "fd_filestat_set_times", "(i32,i64,i64,i32)->i32" },
	{ W, "fd_pread", "(i32,i32,i32,i64,i32)->i32" },
	{ W, "fd_prestat_get", "(i32,i32)->i32" },
	{ W, "fd_prestat_dir_name", "(i32,i32,i32)->i32" },
	{ W, "fd_pwrite", "(i32,i32,i32,i64,i32)->i32" },
	{ W, "fd_read", "(i32,i32,i32,i32)->i32" },
	{ W, "fd_readdir", "(i32,i32,i32,i64,i32)->i32" },
	{ W, "fd_renumber", "(i32,i32)->i32" },
	{ W, "fd_seek", "(i32,i64,i32,i32)->i32" },
	{ W, "fd_sync", "(i32)->i32" },
	{ W, "fd_tell", "(i32,i32)->i32" },
	{ W, "fd_write", "(i32,i32,i32,i32)->i32" },
	{ W, "path_create_directory", "(i32,i32,i32)->i32" },
	{ W, "path_filestat_get", "(i32,i32,i32,i32,i32)->i32" },
	{ W, "path_filestat_set_times", "(i32,i32,i32,i32,i64,i64,i32)->i32" },
	{ W, "path_link", "(i32,i32,i32,i32,i32,i32,i32)->i32" },
	{ W, "path_open", "(i32,i32,i32,i32,i32,i64,i64,i32,i32)->i32" },
	{ W, "path_readlink", "(i32,i32,i32,i32,i32,i32)->i32" },
	{ W, "path_remove_directory", "(i32,i32,i32)->i32" },
	{ W, "path_rename", "(i32,i32,i32,i32,i32,i32)->i32" },
	{ W, "path_symlink", "(i32,i32,i32,i32,i32)->i32" },
	{ W, "path_unlink_file", "(i32,i32,i32)->i32" },
	{ W, "poll_oneoff", "(i32,i32,i32,i32)->i32" },
	{ W, "proc_exit", "(i32)->()" },
	{ W, "proc_raise", "(i32)->i32" },
	{ W, "sched_yield", "()->i32" },
	{ W, "random_get", "(i32,i32)->i32" },
	{ W, "sock_accept", "(i32,i32,i32)->i32" },
	{ W, "sock_recv", "(i32,i32,i32,i32,i32,i32)->i32" },
	{ W, "sock_send", "(i32,i32,i32,i32,i32)->i32" },
	{ W, "sock_shutdown", "(i32,i32)->i32" },
	{ NULL, NULL, NULL },
};

static int same(const char *s, const char *name, size_t len)
{
	return strlen(s) == len && !memcmp(s, name, len);
}

int abi_module_known(const char *module, size_t len)
{
	return same(W, module, len) || same(B, module, len) || same(E, module, len);
}

const struct abi_func *abi_find(const char *module, size_t module_len,
				const char *name, size_t name_len)
{
	for (const struct abi_func *f = abi_funcs; f->module; f++)
		if (same(f->module, module, module_len) && same(f->name, name, name_len))
			return f;
	return NULL;
}
