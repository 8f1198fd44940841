/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <libelf.h> for wasm32 guests: the reading half of libelf's API (elfutils'
 * names, types and error conventions), enough for the ELF code of tracing
 * tools such as bcc's uprobe_helpers.c and trace_helpers.c. Header-only like
 * the rest of the SDK; the implementation is libbpf-wasm/libelf_impl.h.
 *
 * What works: ELF32 and ELF64 little-endian files, read whole into memory by
 * elf_begin(fd, ELF_C_READ*, NULL) or taken from the caller by elf_memory();
 * sections, section data, string tables, and (with <gelf.h>) headers,
 * segments, symbols, relocations, dynamic entries and notes. Every offset
 * and count in the file is checked against its size; a malformed file makes
 * the call return its error (NULL, -1 or 0 as libelf does), with the reason
 * in elf_errmsg(-1).
 *
 * What does not: writing or updating files (ELF_C_WRITE, ELF_C_RDWR,
 * elf_update, elf_new*), members of ar archives (they are recognised as
 * ELF_K_AR, nothing more), big-endian files (elf_begin fails with
 * "unsupported ELF data encoding"), compressed sections (returned raw).
 * Those calls return their error; none of them pretends to succeed.
 *
 * A guest can open files only where its runtime grants them (the upstream
 * runtimes grant none; see docs/porting.md): elf_begin works on any readable
 * descriptor, elf_memory on bytes from anywhere.
 */
#ifndef _LIBELF_H
#define _LIBELF_H 1

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <elf.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What the bytes of a section's data hold, in memory form. */
typedef enum {
	ELF_T_BYTE,
	ELF_T_ADDR,
	ELF_T_DYN,
	ELF_T_EHDR,
	ELF_T_HALF,
	ELF_T_OFF,
	ELF_T_PHDR,
	ELF_T_RELA,
	ELF_T_REL,
	ELF_T_SHDR,
	ELF_T_SWORD,
	ELF_T_SYM,
	ELF_T_WORD,
	ELF_T_XWORD,
	ELF_T_SXWORD,
	ELF_T_VDEF,
	ELF_T_VDAUX,
	ELF_T_VNEED,
	ELF_T_VNAUX,
	ELF_T_NHDR,
	ELF_T_SYMINFO,
	ELF_T_MOVE,
	ELF_T_LIB,
	ELF_T_GNUHASH,
	ELF_T_AUXV,
	ELF_T_CHDR,
	ELF_T_NHDR8,
	ELF_T_RELR,
	ELF_T_NUM
} Elf_Type;

/* A chunk of a section's contents. */
typedef struct {
	void *d_buf;
	Elf_Type d_type;
	unsigned int d_version;
	size_t d_size;
	int64_t d_off;
	size_t d_align;
} Elf_Data;

typedef enum {
	ELF_C_NULL,
	ELF_C_READ,
	ELF_C_RDWR,
	ELF_C_WRITE,
	ELF_C_CLR,
	ELF_C_SET,
	ELF_C_FDDONE,
	ELF_C_FDREAD,
	ELF_C_READ_MMAP,
	ELF_C_RDWR_MMAP,
	ELF_C_WRITE_MMAP,
	ELF_C_READ_MMAP_PRIVATE,
	ELF_C_EMPTY,
	ELF_C_NUM
} Elf_Cmd;

#define ELF_F_DIRTY 0x1
#define ELF_F_LAYOUT 0x4
#define ELF_F_PERMISSIVE 0x8

typedef enum {
	ELF_K_NONE,
	ELF_K_AR,
	ELF_K_COFF,
	ELF_K_ELF,
	ELF_K_NUM
} Elf_Kind;

/* Opaque handles. */
typedef struct Elf Elf;
typedef struct Elf_Scn Elf_Scn;

/** Declares the ELF version the caller uses; EV_NONE asks for the current one.
 *  Must be called (with EV_CURRENT) before elf_begin. */
static inline unsigned int elf_version(unsigned int version);

/** Opens an ELF file: with ELF_C_READ, ELF_C_READ_MMAP or
 *  ELF_C_READ_MMAP_PRIVATE the whole file behind fd is read into memory (fd
 *  may be closed afterwards). ref must be NULL. ELF_C_NULL returns NULL. A
 *  file that is not ELF gives a handle of kind ELF_K_NONE, as in libelf. */
static inline Elf *elf_begin(int fd, Elf_Cmd cmd, Elf *ref);

/** A handle on size bytes at image (not copied: they must outlive it). */
static inline Elf *elf_memory(char *image, size_t size);

/** Frees the handle; returns 0. */
static inline int elf_end(Elf *elf);

static inline Elf_Kind elf_kind(Elf *elf);

/** The file's e_ident bytes (EI_NIDENT of them). */
static inline char *elf_getident(Elf *elf, size_t *nbytes);

/** The number of sections, including section 0 (extended numbering
 *  resolved). 0 on success, -1 on error. */
static inline int elf_getshdrnum(Elf *elf, size_t *dst);

/** The index of the section-name string table. 0 on success, -1 on error. */
static inline int elf_getshdrstrndx(Elf *elf, size_t *dst);

/** The number of program headers. 0 on success, -1 on error. */
static inline int elf_getphdrnum(Elf *elf, size_t *dst);

/** Section index, or NULL (index out of range). */
static inline Elf_Scn *elf_getscn(Elf *elf, size_t index);

/** The section after scn (the first after section 0 when scn is NULL). */
static inline Elf_Scn *elf_nextscn(Elf *elf, Elf_Scn *scn);

/** The index of scn; SHN_UNDEF for NULL. */
static inline size_t elf_ndxscn(Elf_Scn *scn);

/** The section's contents: one chunk, so the call after data returns NULL.
 *  SHT_NOBITS sections give d_buf NULL with d_size their size. */
static inline Elf_Data *elf_getdata(Elf_Scn *scn, Elf_Data *data);

/** Like elf_getdata, typed ELF_T_BYTE. */
static inline Elf_Data *elf_rawdata(Elf_Scn *scn, Elf_Data *data);

/** size bytes at offset of the file as data of type type (e.g. a PT_NOTE
 *  segment as ELF_T_NHDR); freed by elf_end. */
static inline Elf_Data *elf_getdata_rawchunk(Elf *elf, int64_t offset,
					     size_t size, Elf_Type type);

/** The NUL-terminated string at offset of string-table section index. */
static inline char *elf_strptr(Elf *elf, size_t index, size_t offset);

/** The whole file's bytes. */
static inline char *elf_rawfile(Elf *elf, size_t *nbytes);

/** The last error (0: none), which the call clears. */
static inline int elf_errno(void);

/** The message for error: -1 the last error, 0 the last error or NULL if
 *  none. */
static inline const char *elf_errmsg(int error);

/** Not provided in guests (read-only library): -1 and an error. */
static inline int64_t elf_update(Elf *elf, Elf_Cmd cmd);

/** Sets flags on the handle; only ELF_C_SET/ELF_C_CLR of ELF_F_* bits kept. */
static inline unsigned int elf_flagelf(Elf *elf, Elf_Cmd cmd, unsigned int flags);

/** Returns 0: the SDK's libelf never holds the descriptor. */
static inline int elf_cntl(Elf *elf, Elf_Cmd cmd);

/** The file header as in the file, for a file of that class (else NULL). */
static inline Elf32_Ehdr *elf32_getehdr(Elf *elf);
static inline Elf64_Ehdr *elf64_getehdr(Elf *elf);

/** A section header as in the file, for a file of that class (else NULL). */
static inline Elf32_Shdr *elf32_getshdr(Elf_Scn *scn);
static inline Elf64_Shdr *elf64_getshdr(Elf_Scn *scn);

#ifdef __cplusplus
}
#endif

#include "libbpf-wasm/libelf_impl.h"

#endif /* _LIBELF_H */
