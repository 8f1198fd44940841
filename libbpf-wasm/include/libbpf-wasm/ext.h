/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * Links made through the extension ABI (ext_abi.h, docs/abi.md): what the
 * explicit bpf_program__attach_*() calls use on the project's runtime. A
 * module imports the extension module only if it calls one of them; it
 * then needs a runtime that has it, and fails at start on one that does
 * not, with that runtime's message naming the missing import (named after
 * the call: wasm_bpf_ext_v1.attach_uprobe). Built with
 * -DLIBBPF_WASM_NO_EXT, those calls fall back to what the six imports can
 * do (attach.h: a target that the program's SEC name already says).
 */
#ifndef __LIBBPF_WASM_EXT_H
#define __LIBBPF_WASM_EXT_H

#include "program.h"
#include "ext_imports.h"

#ifdef __cplusplus
extern "C" {
#endif

#ifndef LIBBPF_WASM_NO_EXT

/*
 * Guest functions around the imports: a table entry for an import itself
 * is what wasm2c 1.0.32 translates wrongly, so the project's runtime
 * refuses modules that have one.
 */
__attribute__((weak)) int libbpf_wasm__ext_destroy(int id) { return wasm_bpf_ext_link_destroy(id); }
__attribute__((weak)) int libbpf_wasm__ext_fd(int id) { return wasm_bpf_ext_link_fd(id); }
__attribute__((weak)) int libbpf_wasm__ext_pin(int id, const char *path)
{
	return wasm_bpf_ext_link_pin(id, path);
}
__attribute__((weak)) int libbpf_wasm__ext_unpin(int id) { return wasm_bpf_ext_link_unpin(id); }

/* declared extern first: a const object would have internal linkage in C++ */
extern const struct libbpf_wasm_ext_link_ops libbpf_wasm__ext_link_ops;
__attribute__((weak)) const struct libbpf_wasm_ext_link_ops libbpf_wasm__ext_link_ops = {
	libbpf_wasm__ext_destroy, libbpf_wasm__ext_fd, libbpf_wasm__ext_pin,
	libbpf_wasm__ext_unpin,
};

/* The link for what an attach import returned: an id, or -errno. */
LIBBPF_API struct bpf_link *libbpf_wasm__ext_link(const struct bpf_program *prog,
						  const char *call, int id)
{
	struct bpf_link *link;

	if (id < 0) {
		id = libbpf_wasm__host_err(id);
		libbpf_wasm__pr_warn("%s: prog '%s': failed to attach: %s\n", call, prog->name,
				     strerror(-id));
		return (struct bpf_link *)libbpf_wasm__err_ptr(id);
	}
	link = libbpf_wasm__link_new((struct bpf_program *)prog);
	if (!link) {
		wasm_bpf_ext_link_destroy(id);
		return (struct bpf_link *)libbpf_wasm__err_ptr(-ENOMEM);
	}
	link->ext_id = id;
	link->ext = &libbpf_wasm__ext_link_ops;
	return link;
}
/*
 * The runtime's attachment of a link from bpf_program__attach() or a
 * skeleton (the six imports) taken over as a link of the extension
 * (program_link): from then on it has an fd and destroying it detaches the
 * program, as natively. A module imports program_link only if it calls
 * bpf_link__fd/pin/unpin/detach, or is built with -DLIBBPF_WASM_EXT_LINKS.
 */
LIBBPF_API int libbpf_wasm__adopt_link(struct bpf_link *link)
{
	struct bpf_program *prog = link->prog;
	int id;

	if (!prog)	/* its object was closed */
		return libbpf_wasm__err(-ENOENT);
	id = wasm_bpf_ext_program_link(prog->obj->handle, prog->name);
	if (id < 0) {
		id = libbpf_wasm__host_err(id);
		libbpf_wasm__pr_warn("prog '%s': the runtime could not make its attachment a link: %s\n",
				     prog->name, strerror(-id));
		return libbpf_wasm__err(id);
	}
	link->ext_id = id;
	link->ext = &libbpf_wasm__ext_link_ops;
	if (prog->link == link)
		prog->link = NULL;	/* the program can be attached again */
	return 0;
}

/*
 * An explicit attach through the extension: import_call, a
 * wasm_bpf_ext_attach_*() call giving a link id, is made only once prog can
 * be attached (a macro: the imports are never called through pointers).
 */
#define LIBBPF_WASM_EXT_ATTACH(prog, call, import_call)				\
	(libbpf_wasm__can_attach(prog, call) ?						\
		 libbpf_wasm__ext_link(prog, call, import_call) :			\
		 (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL))
#endif /* LIBBPF_WASM_NO_EXT */

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_EXT_H */
