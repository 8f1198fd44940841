/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BTF2HDR_OBJ_CHECK_H
#define BTF2HDR_OBJ_CHECK_H

#include <stddef.h>

/*
 * Checks the bytes of a BPF object before libbpf parses them.
 *
 * libbpf's ELF and BTF parsers (1.1 at least) trust much of what they read:
 * type ids, symbol and section indices, offsets and sizes. bpf_obj_check
 * validates everything libbpf's bpf_object__open_mem() and the relocation
 * step of bpf_object__load() follow, so that an object it accepts can only
 * be refused by libbpf with an error, never crash it:
 *
 *  - ELF64, little-endian, relocatable, EM_BPF; header, section table and
 *    every section's data inside the file;
 *  - the section name table and the symbol string table NUL-terminated,
 *    every name offset inside them;
 *  - one symbol table, entries of the ELF64 size, each symbol's section
 *    index valid and its value and size inside that section;
 *  - relocation sections linked to the symbol table and to a section that
 *    exists, symbol indices in range, offsets inside their section, and
 *    relocated wide instructions whole inside their function;
 *  - .BTF present, parsed and its references valid (btf_validate_refs),
 *    data-section variables inside their sections;
 *  - .BTF.ext: header, sub-sections and every record inside the section,
 *    their type ids and string offsets valid.
 *
 * Returns 0, or <0 with a one-line message in err (no trailing newline),
 * e.g. "section 7 (.rel.text): offset past the end of the file".
 * Keeps no state and runs in n log n of the object's size; safe on
 * untrusted bytes of any size and alignment. While it parses .BTF, libbpf's
 * print function (process-wide) is silenced, then restored.
 */
int bpf_obj_check(const void *data, size_t size, char *err, size_t err_sz);

#endif
