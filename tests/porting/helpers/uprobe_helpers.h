/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Function offsets in ELF files, for uprobes (through the SDK's <gelf.h>). */
#ifndef PORTING_UPROBE_HELPERS_H
#define PORTING_UPROBE_HELPERS_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The file offset of function func in the ELF file open on fd (what
 * uprobe attach wants): its symbol value (from .symtab, else .dynsym) moved
 * from the virtual address of the PT_LOAD segment holding it to that
 * segment's file offset. -1 with errno set (ENOENT: no such function,
 * ENOEXEC: not an ELF file) on failure.
 */
off_t get_elf_func_offset_fd(int fd, const char *func);

#ifdef __cplusplus
}
#endif

#endif
