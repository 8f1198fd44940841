// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Every libelf, gelf and zlib call the SDK provides, taken by address with
 * the exact type elfutils' and zlib's headers give it. run.sh compiles this
 * against the native headers and against the SDK with -Werror: a signature
 * that differs is an incompatible-pointer error on one side.
 */
#include <gelf.h>
#include <libelf.h>
#include <zlib.h>

#define SIG(ret, name, ...) ret (*p_##name)(__VA_ARGS__) = name

int main(void);

int main(void)
{
	SIG(unsigned int, elf_version, unsigned int);
	SIG(Elf *, elf_begin, int, Elf_Cmd, Elf *);
	SIG(Elf *, elf_memory, char *, size_t);
	SIG(int, elf_end, Elf *);
	SIG(Elf_Kind, elf_kind, Elf *);
	SIG(char *, elf_getident, Elf *, size_t *);
	SIG(int, elf_getshdrnum, Elf *, size_t *);
	SIG(int, elf_getshdrstrndx, Elf *, size_t *);
	SIG(int, elf_getphdrnum, Elf *, size_t *);
	SIG(Elf_Scn *, elf_getscn, Elf *, size_t);
	SIG(Elf_Scn *, elf_nextscn, Elf *, Elf_Scn *);
	SIG(size_t, elf_ndxscn, Elf_Scn *);
	SIG(Elf_Data *, elf_getdata, Elf_Scn *, Elf_Data *);
	SIG(Elf_Data *, elf_rawdata, Elf_Scn *, Elf_Data *);
	SIG(Elf_Data *, elf_getdata_rawchunk, Elf *, int64_t, size_t, Elf_Type);
	SIG(char *, elf_strptr, Elf *, size_t, size_t);
	SIG(char *, elf_rawfile, Elf *, size_t *);
	SIG(int, elf_errno, void);
	SIG(const char *, elf_errmsg, int);
	SIG(int64_t, elf_update, Elf *, Elf_Cmd);
	SIG(unsigned int, elf_flagelf, Elf *, Elf_Cmd, unsigned int);
	SIG(int, elf_cntl, Elf *, Elf_Cmd);
	SIG(Elf32_Ehdr *, elf32_getehdr, Elf *);
	SIG(Elf64_Ehdr *, elf64_getehdr, Elf *);
	SIG(Elf32_Shdr *, elf32_getshdr, Elf_Scn *);
	SIG(Elf64_Shdr *, elf64_getshdr, Elf_Scn *);
	SIG(int, gelf_getclass, Elf *);
	SIG(GElf_Ehdr *, gelf_getehdr, Elf *, GElf_Ehdr *);
	SIG(GElf_Shdr *, gelf_getshdr, Elf_Scn *, GElf_Shdr *);
	SIG(GElf_Phdr *, gelf_getphdr, Elf *, int, GElf_Phdr *);
	SIG(GElf_Sym *, gelf_getsym, Elf_Data *, int, GElf_Sym *);
	SIG(GElf_Sym *, gelf_getsymshndx, Elf_Data *, Elf_Data *, int, GElf_Sym *, Elf32_Word *);
	SIG(GElf_Rel *, gelf_getrel, Elf_Data *, int, GElf_Rel *);
	SIG(GElf_Rela *, gelf_getrela, Elf_Data *, int, GElf_Rela *);
	SIG(GElf_Dyn *, gelf_getdyn, Elf_Data *, int, GElf_Dyn *);
	SIG(GElf_Versym *, gelf_getversym, Elf_Data *, int, GElf_Versym *);
	SIG(size_t, gelf_getnote, Elf_Data *, size_t, GElf_Nhdr *, size_t *, size_t *);
	SIG(size_t, gelf_fsize, Elf *, Elf_Type, size_t, unsigned int);

	SIG(const char *, zlibVersion, void);
	SIG(int, inflateInit_, z_streamp, const char *, int);
	SIG(int, inflateInit2_, z_streamp, int, const char *, int);
	SIG(int, deflateInit_, z_streamp, int, const char *, int);
	SIG(int, deflateInit2_, z_streamp, int, int, int, int, int, const char *, int);
	SIG(int, inflate, z_streamp, int);
	SIG(int, inflateEnd, z_streamp);
	SIG(int, inflateReset, z_streamp);
	SIG(int, deflate, z_streamp, int);
	SIG(int, deflateEnd, z_streamp);
	SIG(int, uncompress, Bytef *, uLongf *, const Bytef *, uLong);
	SIG(int, compress, Bytef *, uLongf *, const Bytef *, uLong);
	SIG(uLong, compressBound, uLong);
	SIG(gzFile, gzopen, const char *, const char *);
	SIG(gzFile, gzdopen, int, const char *);
	SIG(int, gzread, gzFile, voidp, unsigned);
	SIG(char *, gzgets, gzFile, char *, int);
	SIG(int, gzwrite, gzFile, voidpc, unsigned);
	SIG(int, gzeof, gzFile);
	SIG(int, gzrewind, gzFile);
	SIG(int, gzclose, gzFile);
	SIG(const char *, gzerror, gzFile, int *);
	SIG(uLong, crc32, uLong, const Bytef *, uInt);
	SIG(uLong, adler32, uLong, const Bytef *, uInt);
	SIG(const char *, zError, int);

	return p_elf_version == 0 || p_zError == 0;
}
