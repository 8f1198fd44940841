/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The parts of a WebAssembly binary the driver checks before wasm2c sees
 * it: types, imports, functions, tables, memories, exports, whether there
 * is a start function, and where the data segments are (data_segments.c
 * takes them out of what is compiled). Names and type vectors point into the
 * caller's buffer, which must outlive the struct.
 */
#ifndef WASM_BPF_WASM_MODULE_H
#define WASM_BPF_WASM_MODULE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum wasm_kind { WASM_FUNC = 0, WASM_TABLE = 1, WASM_MEMORY = 2, WASM_GLOBAL = 3, WASM_TAG = 4 };

struct wasm_name {
	const uint8_t *s;	/* not NUL-terminated */
	uint32_t len;
};

struct wasm_functype {
	const uint8_t *params, *results;	/* one value-type byte each */
	uint32_t nparams, nresults;
};

struct wasm_limits {
	uint32_t min, max;
	bool has_max;
	uint8_t flags;		/* as written: 0/1 plain, 2/3 shared, 4+ 64-bit */
};

struct wasm_table {
	uint8_t reftype;	/* 0x70 funcref, 0x6f externref */
	struct wasm_limits limits;
};

struct wasm_import {
	struct wasm_name module, name;
	enum wasm_kind kind;
	uint32_t type;		/* WASM_FUNC: its type index */
	struct wasm_table table;	/* WASM_TABLE; .limits for WASM_MEMORY too */
};

struct wasm_export {
	struct wasm_name name;
	enum wasm_kind kind;
	uint32_t index;
};

/* A data segment: where its encoding and its bytes are in the buffer. */
struct wasm_data {
	const uint8_t *start;	/* flags, memory index, offset expression */
	const uint8_t *len_at;	/* the length of the bytes (LEB128) */
	const uint8_t *init;	/* the bytes */
	uint32_t init_len;
	uint32_t memory;
	uint32_t offset;	/* with const_offset: the i32.const offset */
	bool passive;
	bool const_offset;	/* active, offset an i32.const (else a global.get) */
};

struct wasm_module {
	struct wasm_functype *types;
	struct wasm_import *imports;
	uint32_t *func_types;		/* the type of each function defined here */
	struct wasm_table *tables;	/* defined here */
	struct wasm_limits *memories;	/* defined here */
	struct wasm_export *exports;
	uint32_t ntypes, nimports, nfuncs, ntables, nmemories, nexports;
	uint32_t nfunc_imports, ntable_imports, nmemory_imports;
	struct wasm_data *data;
	uint32_t ndata;
	/* the data section: its id byte, its contents (count and segments) */
	const uint8_t *data_section_id, *data_section, *data_section_end;
	bool has_start;
	/*
	 * The first imported function an element segment puts in a table
	 * (active or passive; declarative ones only declare), else UINT32_MAX:
	 * wasm2c 1.0.32 gives such table entries a wrong instance pointer.
	 */
	uint32_t elem_import;
	uint32_t elem_import_segment;
};

/*
 * Parses buf. 0, or -1 with a one-line reason in err. Every count and
 * length is checked against the bytes that remain; m owns its arrays
 * either way (wasm_module_free).
 */
int wasm_module_parse(const uint8_t *buf, size_t len, struct wasm_module *m,
		      char *err, size_t err_sz);
void wasm_module_free(struct wasm_module *m);

/* The import that is function index idx, or NULL (idx names no import). */
const struct wasm_import *wasm_func_import(const struct wasm_module *m, uint32_t idx);
/* The type of function index idx (imports first), or NULL. */
const struct wasm_functype *wasm_func_type(const struct wasm_module *m, uint32_t idx);

/* "(i32,i64)->i32", "()->()", at most buf_sz bytes ("..." when cut). */
const char *wasm_functype_str(const struct wasm_functype *t, char *buf, size_t buf_sz);

/* A name fit for a one-line message: bytes outside printable ASCII as \xNN, long ones cut. */
const char *wasm_name_str(struct wasm_name n, char *buf, size_t buf_sz);

#endif
