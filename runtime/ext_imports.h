/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* The extension imports (ext_imports.c) and what they need of bpf_imports.c. */
#ifndef WASM_BPF_EXT_IMPORTS_H
#define WASM_BPF_EXT_IMPORTS_H

#include "host.h"

typedef struct Z_wasm_bpf_ext_v1_instance_t ext_t;

struct bpf_program;

/*
 * bpf_imports.c: the program `name` of the guest's object `handle`, or
 * NULL with *err -EINVAL (no such object) or -ENOENT (no such program).
 */
struct bpf_program *bpf_imports_program(u64 handle, const char *name, int *err);

/* bpf_imports.c: is fd a program of an object the guest loaded? */
bool bpf_imports_owns_prog_fd(int fd);

/*
 * The link wasm_attach_bpf_program made for program name of the object,
 * which the caller then owns (the object forgets it); NULL with *err
 * -EINVAL (no such object) or -ENOENT (no such program, or not attached).
 */
struct bpf_link *bpf_imports_take_link(u64 handle, const char *name, int *err);

/* bpf_imports.c: the map whose fd this is, of any object the guest loaded. */
struct bpf_map *bpf_imports_map(int fd);

/* bpf_imports.c: is handle an object the guest loaded and has not closed? */
bool bpf_imports_is_object(u64 handle);

/* ext_buffers.c: frees the extension buffers of an object being closed. */
void ext_buffers_close(u64 object);

/* ext_xdp.c: detaches what the guest attached with xdp_attach and left. */
void ext_xdp_cleanup(void);

/* ext_buffers.c: frees every extension buffer, at the guest's end. */
void ext_buffers_cleanup(void);

/* Destroys the extension links of an object being closed. */
void ext_links_close(u64 object);

/* At the guest's end: removes the tc filters and hooks it left. */
void ext_cleanup(void);

#endif
