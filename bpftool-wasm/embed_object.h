/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BPFTOOL_WASM_EMBED_OBJECT_H
#define BPFTOOL_WASM_EMBED_OBJECT_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The object a skeleton embeds: elf without the sections libbpf never reads
 * when it opens and loads an object (DWARF, the linker's relocations of
 * .BTF and .BTF.ext, .llvm_addrsig). A new malloc'ed copy in *out; 0, or
 * -1 with a message in err for an ELF this cannot lay out again. .BTF
 * and .BTF.ext are minimized (minimize_btf.h), with .BTF.ext's line info
 * only if line_info.
 */
int embed_object(const unsigned char *elf, size_t sz, bool line_info, unsigned char **out,
		 size_t *out_sz, char *err, size_t err_sz);

#endif
