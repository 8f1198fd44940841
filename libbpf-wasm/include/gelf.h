/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <gelf.h> for wasm32 guests: libelf's class-independent interface. Every
 * GElf_ type is the ELF64 one; ELF32 files are widened on the way out. The
 * calls return their dst argument on success and NULL (0 for gelf_getnote
 * and gelf_getclass) with elf_errno set on failure, as in libelf. See
 * <libelf.h> for what the SDK's libelf does and does not do.
 */
#ifndef _GELF_H
#define _GELF_H 1

#include <libelf.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef Elf64_Half GElf_Half;
typedef Elf64_Word GElf_Word;
typedef Elf64_Sword GElf_Sword;
typedef Elf64_Xword GElf_Xword;
typedef Elf64_Sxword GElf_Sxword;
typedef Elf64_Addr GElf_Addr;
typedef Elf64_Off GElf_Off;
typedef Elf64_Ehdr GElf_Ehdr;
typedef Elf64_Shdr GElf_Shdr;
typedef Elf64_Chdr GElf_Chdr;
typedef Elf64_Section GElf_Section;
typedef Elf64_Sym GElf_Sym;
typedef Elf64_Syminfo GElf_Syminfo;
typedef Elf64_Rel GElf_Rel;
typedef Elf64_Rela GElf_Rela;
typedef Elf64_Relr GElf_Relr;
typedef Elf64_Phdr GElf_Phdr;
typedef Elf64_Dyn GElf_Dyn;
typedef Elf64_Versym GElf_Versym;
typedef Elf64_Verdef GElf_Verdef;
typedef Elf64_Verdaux GElf_Verdaux;
typedef Elf64_Verneed GElf_Verneed;
typedef Elf64_Vernaux GElf_Vernaux;
typedef Elf64_auxv_t GElf_auxv_t;
typedef Elf64_Nhdr GElf_Nhdr;

#define GELF_ST_BIND ELF64_ST_BIND
#define GELF_ST_TYPE ELF64_ST_TYPE
#define GELF_ST_INFO ELF64_ST_INFO
#define GELF_ST_VISIBILITY ELF64_ST_VISIBILITY
#define GELF_R_SYM ELF64_R_SYM
#define GELF_R_TYPE ELF64_R_TYPE
#define GELF_R_INFO ELF64_R_INFO

/** ELFCLASS32 or ELFCLASS64; ELFCLASSNONE when elf is not an ELF file. */
static inline int gelf_getclass(Elf *elf);

/** The file header. */
static inline GElf_Ehdr *gelf_getehdr(Elf *elf, GElf_Ehdr *dst);

/** The header of section scn. */
static inline GElf_Shdr *gelf_getshdr(Elf_Scn *scn, GElf_Shdr *dst);

/** Program header ndx (see elf_getphdrnum). */
static inline GElf_Phdr *gelf_getphdr(Elf *elf, int ndx, GElf_Phdr *dst);

/** Symbol ndx of data from a SHT_SYMTAB or SHT_DYNSYM section. */
static inline GElf_Sym *gelf_getsym(Elf_Data *data, int ndx, GElf_Sym *dst);

/** Symbol ndx, and entry ndx of the SHT_SYMTAB_SHNDX data shndxdata (the
 *  real section index when st_shndx is SHN_XINDEX) in xshndx; 0 there when
 *  shndxdata is NULL. */
static inline GElf_Sym *gelf_getsymshndx(Elf_Data *symdata, Elf_Data *shndxdata,
					 int ndx, GElf_Sym *sym, Elf32_Word *xshndx);

/** Relocation ndx of data from a SHT_REL / SHT_RELA section. */
static inline GElf_Rel *gelf_getrel(Elf_Data *data, int ndx, GElf_Rel *dst);
static inline GElf_Rela *gelf_getrela(Elf_Data *data, int ndx, GElf_Rela *dst);

/** Entry ndx of data from a SHT_DYNAMIC section. */
static inline GElf_Dyn *gelf_getdyn(Elf_Data *data, int ndx, GElf_Dyn *dst);

/** Entry ndx of data from a SHT_GNU_versym section. */
static inline GElf_Versym *gelf_getversym(Elf_Data *data, int ndx, GElf_Versym *dst);

/** The note at offset of data (a SHT_NOTE section or an ELF_T_NHDR chunk):
 *  its header in result, where its name and descriptor start, and the
 *  offset of the next note; 0 at the end or when the note does not fit. */
static inline size_t gelf_getnote(Elf_Data *data, size_t offset, GElf_Nhdr *result,
				  size_t *name_offset, size_t *desc_offset);

/** The size in the file of count objects of type in elf's class. */
static inline size_t gelf_fsize(Elf *elf, Elf_Type type, size_t count,
				unsigned int version);

#ifdef __cplusplus
}
#endif

#include "libbpf-wasm/gelf_impl.h"

#endif /* _GELF_H */
