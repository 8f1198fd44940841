/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The implementation behind <libelf.h> (elf_*) and <gelf.h> (gelf_*).
 *
 * The file is held whole in memory. elf_begin/elf_memory check the ELF
 * header and the section header table once (the table must lie inside the
 * file, its entries must have the class's size) and keep a copy of every
 * section header converted to the 64-bit form; after that an Elf is
 * consistent, and each call checks only what it reads: a section's
 * [sh_offset, sh_offset + sh_size) when its data is asked for, the program
 * header table when segments are, one entry's bytes in gelf_getsym and the
 * like, a string's terminating NUL in elf_strptr. Values are copied with
 * memcpy, so nothing depends on the file's alignment.
 *
 * Section data is the file's bytes as they are (little-endian files only,
 * the guest's byte order); SHF_COMPRESSED sections are not inflated.
 *
 * Like libelf, errors are one library-wide code (elf_errno) with a message
 * (elf_errmsg); the library prints nothing.
 *
 * Private names use the libelf_wasm__ prefix.
 */
#ifndef __LIBBPF_WASM_LIBELF_IMPL_H
#define __LIBBPF_WASM_LIBELF_IMPL_H

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libelf.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LIBELF_WASM_API static inline __attribute__((unused))
/* one value across all translation units of a guest */
#define LIBELF_WASM_SHARED __attribute__((weak))

enum libelf_wasm_err {
	LIBELF_WASM_E_NOERROR,
	LIBELF_WASM_E_UNKNOWN_VERSION,
	LIBELF_WASM_E_NO_VERSION,
	LIBELF_WASM_E_INVALID_HANDLE,
	LIBELF_WASM_E_NOMEM,
	LIBELF_WASM_E_INVALID_FILE,
	LIBELF_WASM_E_READ_ERROR,
	LIBELF_WASM_E_INVALID_CMD,
	LIBELF_WASM_E_NO_ARCHIVE_MEMBERS,
	LIBELF_WASM_E_INVALID_ELF,
	LIBELF_WASM_E_INVALID_ENCODING,
	LIBELF_WASM_E_INVALID_SHDR_TABLE,
	LIBELF_WASM_E_INVALID_PHDR_TABLE,
	LIBELF_WASM_E_NO_PHDR,
	LIBELF_WASM_E_INVALID_INDEX,
	LIBELF_WASM_E_INVALID_SECTION,
	LIBELF_WASM_E_INVALID_SECTION_HEADER,
	LIBELF_WASM_E_OFFSET_RANGE,
	LIBELF_WASM_E_INVALID_STRING,
	LIBELF_WASM_E_DATA_MISMATCH,
	LIBELF_WASM_E_INVALID_CLASS,
	LIBELF_WASM_E_READ_ONLY,
	LIBELF_WASM_E_NUM
};

LIBELF_WASM_SHARED int libelf_wasm__errcode;
LIBELF_WASM_SHARED bool libelf_wasm__version_set;

LIBELF_WASM_API void libelf_wasm__seterr(enum libelf_wasm_err err)
{
	libelf_wasm__errcode = (int)err;
}

LIBELF_WASM_API int elf_errno(void)
{
	int err = libelf_wasm__errcode;

	libelf_wasm__errcode = 0;
	return err;
}

LIBELF_WASM_API const char *elf_errmsg(int error)
{
	static const char *const msgs[LIBELF_WASM_E_NUM] = {
		"no error",
		"unknown version",
		"ELF version not set (call elf_version(EV_CURRENT) first)",
		"invalid `Elf' handle",
		"out of memory",
		"invalid file descriptor",
		"cannot read data from file",
		"invalid command (the wasm guest libelf only reads files)",
		"archive members are not supported by the wasm guest libelf",
		"invalid ELF file",
		"unsupported ELF data encoding (only little-endian files are read)",
		"invalid section header table (outside the file or bad entry size)",
		"invalid program header table (outside the file or bad entry size)",
		"file has no program header",
		"invalid index",
		"invalid section",
		"invalid section header (data outside the file)",
		"offset out of range",
		"string not terminated within its section",
		"data/scn mismatch",
		"invalid ELF class for this call",
		"not supported in wasm guests: the libelf here is read-only",
	};
	int err = libelf_wasm__errcode;

	if (error == 0)
		return err ? msgs[err] : NULL;
	if (error == -1)
		return msgs[err];
	if (error < 0 || error >= LIBELF_WASM_E_NUM)
		return "unknown error";
	return msgs[error];
}

LIBELF_WASM_API unsigned int elf_version(unsigned int version)
{
	if (version == EV_NONE)
		return EV_CURRENT;
	if (version == EV_CURRENT) {
		libelf_wasm__version_set = true;
		return EV_CURRENT;
	}
	libelf_wasm__seterr(LIBELF_WASM_E_UNKNOWN_VERSION);
	return EV_NONE;
}

/* An Elf_Data as handed out, with what the gelf_ calls need to decode it. */
struct libelf_wasm_data {
	Elf_Data d;			/* first: the user's pointer is to it */
	Elf *elf;
	struct libelf_wasm_data *next;	/* elf_getdata_rawchunk's list */
};

struct Elf_Scn {
	Elf *elf;
	size_t index;
	Elf64_Shdr shdr;		/* in 64-bit form whatever the class */
	union {
		Elf32_Shdr s32;
		Elf64_Shdr s64;
	} raw;				/* as in the file, for elfNN_getshdr */
	struct libelf_wasm_data data;
	bool data_made;
};

struct Elf {
	unsigned char *image;
	size_t size;
	void *owned;			/* image when elf_begin read it, else NULL */
	Elf_Kind kind;
	unsigned char cls;		/* ELFCLASS32 or ELFCLASS64 */
	Elf64_Ehdr ehdr;		/* in 64-bit form whatever the class */
	union {
		Elf32_Ehdr e32;
		Elf64_Ehdr e64;
	} raw_ehdr;
	size_t shnum;
	size_t shstrndx;
	size_t phnum;
	Elf_Scn *scns;
	struct libelf_wasm_data *chunks;
	unsigned int flags;
};

/* Whether [off, off + len) lies within size bytes, without overflow. */
LIBELF_WASM_API bool libelf_wasm__in_file(const Elf *elf, uint64_t off,
					  uint64_t len)
{
	return off <= elf->size && len <= elf->size - off;
}

/* Whether cnt entries of ent bytes at off lie within the file. */
LIBELF_WASM_API bool libelf_wasm__table_in_file(const Elf *elf, uint64_t off,
						uint64_t cnt, uint64_t ent)
{
	if (off > elf->size)
		return false;
	return cnt <= (elf->size - off) / ent;
}

LIBELF_WASM_API void libelf_wasm__ehdr_from32(Elf64_Ehdr *d, const Elf32_Ehdr *s)
{
	memcpy(d->e_ident, s->e_ident, EI_NIDENT);
	d->e_type = s->e_type;
	d->e_machine = s->e_machine;
	d->e_version = s->e_version;
	d->e_entry = s->e_entry;
	d->e_phoff = s->e_phoff;
	d->e_shoff = s->e_shoff;
	d->e_flags = s->e_flags;
	d->e_ehsize = s->e_ehsize;
	d->e_phentsize = s->e_phentsize;
	d->e_phnum = s->e_phnum;
	d->e_shentsize = s->e_shentsize;
	d->e_shnum = s->e_shnum;
	d->e_shstrndx = s->e_shstrndx;
}

LIBELF_WASM_API void libelf_wasm__shdr_from32(Elf64_Shdr *d, const Elf32_Shdr *s)
{
	d->sh_name = s->sh_name;
	d->sh_type = s->sh_type;
	d->sh_flags = s->sh_flags;
	d->sh_addr = s->sh_addr;
	d->sh_offset = s->sh_offset;
	d->sh_size = s->sh_size;
	d->sh_link = s->sh_link;
	d->sh_info = s->sh_info;
	d->sh_addralign = s->sh_addralign;
	d->sh_entsize = s->sh_entsize;
}

/* The section header at index idx of a table already checked to fit. */
LIBELF_WASM_API void libelf_wasm__read_shdr(const Elf *elf, size_t idx,
					    Elf_Scn *scn)
{
	if (elf->cls == ELFCLASS32) {
		memcpy(&scn->raw.s32, elf->image + elf->ehdr.e_shoff +
		       idx * sizeof(Elf32_Shdr), sizeof(Elf32_Shdr));
		libelf_wasm__shdr_from32(&scn->shdr, &scn->raw.s32);
	} else {
		memcpy(&scn->raw.s64, elf->image + elf->ehdr.e_shoff +
		       idx * sizeof(Elf64_Shdr), sizeof(Elf64_Shdr));
		scn->shdr = scn->raw.s64;
	}
}

/*
 * The section header table: its place, its entry size, the section count
 * and the string-table index (both possibly extended into section 0) and
 * the segment count (possibly extended into section 0's sh_info).
 */
LIBELF_WASM_API int libelf_wasm__load_shdrs(Elf *elf)
{
	size_t entsz = elf->cls == ELFCLASS32 ? sizeof(Elf32_Shdr) : sizeof(Elf64_Shdr);
	uint64_t shnum = elf->ehdr.e_shnum;
	Elf_Scn first;
	size_t i;

	elf->shstrndx = elf->ehdr.e_shstrndx;
	elf->phnum = elf->ehdr.e_phnum;
	if (elf->ehdr.e_shoff == 0) {
		/* no sections; extended numbering cannot be used either */
		elf->shnum = 0;
		if (elf->shstrndx == SHN_XINDEX || elf->phnum == PN_XNUM)
			goto bad;
		return 0;
	}
	if (elf->ehdr.e_shentsize != entsz ||
	    !libelf_wasm__table_in_file(elf, elf->ehdr.e_shoff, 1, entsz))
		goto bad;
	memset(&first, 0, sizeof(first));
	libelf_wasm__read_shdr(elf, 0, &first);
	if (shnum == 0)
		shnum = first.shdr.sh_size;
	if (elf->shstrndx == SHN_XINDEX)
		elf->shstrndx = first.shdr.sh_link;
	if (elf->phnum == PN_XNUM)
		elf->phnum = first.shdr.sh_info;
	if (shnum == 0 || !libelf_wasm__table_in_file(elf, elf->ehdr.e_shoff, shnum, entsz))
		goto bad;
	elf->shnum = (size_t)shnum;
	elf->scns = (Elf_Scn *)calloc(elf->shnum, sizeof(Elf_Scn));
	if (!elf->scns) {
		libelf_wasm__seterr(LIBELF_WASM_E_NOMEM);
		return -1;
	}
	for (i = 0; i < elf->shnum; i++) {
		elf->scns[i].elf = elf;
		elf->scns[i].index = i;
		libelf_wasm__read_shdr(elf, i, &elf->scns[i]);
	}
	return 0;
bad:
	libelf_wasm__seterr(LIBELF_WASM_E_INVALID_SHDR_TABLE);
	return -1;
}

/* Recognises the bytes and, for ELF, checks the header and section table. */
LIBELF_WASM_API int libelf_wasm__parse(Elf *elf)
{
	const unsigned char *id = elf->image;

	if (elf->size >= 8 && memcmp(id, "!<arch>\n", 8) == 0) {
		elf->kind = ELF_K_AR;
		return 0;
	}
	/* as in libelf, bytes that are not ELF give a handle of kind NONE */
	if (elf->size < EI_NIDENT || memcmp(id, ELFMAG, SELFMAG) != 0 ||
	    id[EI_CLASS] == ELFCLASSNONE || id[EI_CLASS] >= ELFCLASSNUM ||
	    id[EI_DATA] == ELFDATANONE || id[EI_DATA] >= ELFDATANUM) {
		elf->kind = ELF_K_NONE;
		return 0;
	}
	if (id[EI_DATA] != ELFDATA2LSB) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_ENCODING);
		return -1;
	}
	elf->cls = id[EI_CLASS];
	if (elf->cls == ELFCLASS32) {
		if (elf->size < sizeof(Elf32_Ehdr))
			goto bad;
		memcpy(&elf->raw_ehdr.e32, elf->image, sizeof(Elf32_Ehdr));
		libelf_wasm__ehdr_from32(&elf->ehdr, &elf->raw_ehdr.e32);
	} else {
		if (elf->size < sizeof(Elf64_Ehdr))
			goto bad;
		memcpy(&elf->raw_ehdr.e64, elf->image, sizeof(Elf64_Ehdr));
		elf->ehdr = elf->raw_ehdr.e64;
	}
	elf->kind = ELF_K_ELF;
	return libelf_wasm__load_shdrs(elf);
bad:
	libelf_wasm__seterr(LIBELF_WASM_E_INVALID_ELF);
	return -1;
}

LIBELF_WASM_API int elf_end(Elf *elf)
{
	struct libelf_wasm_data *c, *next;

	if (!elf)
		return 0;
	for (c = elf->chunks; c; c = next) {
		next = c->next;
		free(c);
	}
	free(elf->scns);
	free(elf->owned);
	free(elf);
	return 0;
}

/* A handle on image (taken over when owns); NULL with the error set. */
LIBELF_WASM_API Elf *libelf_wasm__open(unsigned char *image, size_t size, bool owns)
{
	Elf *elf = (Elf *)calloc(1, sizeof(*elf));

	if (!elf) {
		if (owns)
			free(image);
		libelf_wasm__seterr(LIBELF_WASM_E_NOMEM);
		return NULL;
	}
	elf->image = image;
	elf->size = size;
	elf->owned = owns ? image : NULL;
	if (libelf_wasm__parse(elf) != 0) {
		elf_end(elf);
		return NULL;
	}
	return elf;
}

/* Unlike elf_begin, libelf does not require elf_version first here. */
LIBELF_WASM_API Elf *elf_memory(char *image, size_t size)
{
	if (!image) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_HANDLE);
		return NULL;
	}
	return libelf_wasm__open((unsigned char *)image, size, false);
}

/*
 * Reads everything behind fd from offset 0, and puts the file position back
 * where it was (libelf reads with pread). The size comes from lseek when the
 * descriptor can seek (a file), else the bytes are read to end of file (a
 * pipe, from where it stands); WASI runtimes need not implement fstat on
 * descriptors.
 */
LIBELF_WASM_API int libelf_wasm__read_fd(int fd, unsigned char **out, size_t *out_sz)
{
	/* (lseek): the function, not wasi-libc's statement-expression macro */
	off_t pos = (lseek)(fd, 0, SEEK_CUR);
	off_t end = pos < 0 ? -1 : (lseek)(fd, 0, SEEK_END);
	size_t cap, len = 0;
	unsigned char *buf = NULL;

	if (end >= 0) {
		if ((uint64_t)end >= (uint64_t)SIZE_MAX || (lseek)(fd, 0, SEEK_SET) != 0)
			return LIBELF_WASM_E_READ_ERROR;
		cap = (size_t)end + 1;	/* +1: see end of file without a resize */
	} else {
		cap = 64 * 1024;
	}
	for (;;) {
		ssize_t n;

		if (len == cap || !buf) {
			unsigned char *nbuf;

			if (buf) {
				if (cap > SIZE_MAX / 2) {
					free(buf);
					return LIBELF_WASM_E_NOMEM;
				}
				cap *= 2;
			}
			nbuf = (unsigned char *)realloc(buf, cap);
			if (!nbuf) {
				free(buf);
				return LIBELF_WASM_E_NOMEM;
			}
			buf = nbuf;
		}
		n = read(fd, buf + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			free(buf);
			return errno == EBADF ? LIBELF_WASM_E_INVALID_FILE
					      : LIBELF_WASM_E_READ_ERROR;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	if (end >= 0)
		(void)(lseek)(fd, pos, SEEK_SET);
	*out = buf;
	*out_sz = len;
	return 0;
}

LIBELF_WASM_API Elf *elf_begin(int fd, Elf_Cmd cmd, Elf *ref)
{
	unsigned char *image;
	size_t size;
	int err;

	if (!libelf_wasm__version_set) {
		libelf_wasm__seterr(LIBELF_WASM_E_NO_VERSION);
		return NULL;
	}
	switch (cmd) {
	case ELF_C_NULL:
		return NULL;
	case ELF_C_READ:
	case ELF_C_READ_MMAP:
	case ELF_C_READ_MMAP_PRIVATE:
		break;
	default:
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_CMD);
		return NULL;
	}
	if (ref) {
		libelf_wasm__seterr(LIBELF_WASM_E_NO_ARCHIVE_MEMBERS);
		return NULL;
	}
	if (fd < 0) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_FILE);
		return NULL;
	}
	err = libelf_wasm__read_fd(fd, &image, &size);
	if (err) {
		libelf_wasm__seterr((enum libelf_wasm_err)err);
		return NULL;
	}
	return libelf_wasm__open(image, size, true);
}

/* elf, if it is a handle on an ELF file; else NULL with the error set. */
LIBELF_WASM_API Elf *libelf_wasm__elf(Elf *elf)
{
	if (!elf)
		return NULL;
	if (elf->kind != ELF_K_ELF) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_HANDLE);
		return NULL;
	}
	return elf;
}

LIBELF_WASM_API Elf_Kind elf_kind(Elf *elf)
{
	return elf ? elf->kind : ELF_K_NONE;
}

LIBELF_WASM_API char *elf_getident(Elf *elf, size_t *nbytes)
{
	if (!libelf_wasm__elf(elf)) {
		if (nbytes)
			*nbytes = 0;
		return NULL;
	}
	if (nbytes)
		*nbytes = EI_NIDENT;
	return (char *)elf->image;
}

LIBELF_WASM_API char *elf_rawfile(Elf *elf, size_t *nbytes)
{
	if (!elf) {
		if (nbytes)
			*nbytes = 0;
		return NULL;
	}
	if (nbytes)
		*nbytes = elf->size;
	return (char *)elf->image;
}

LIBELF_WASM_API int elf_getshdrnum(Elf *elf, size_t *dst)
{
	if (!libelf_wasm__elf(elf))
		return -1;
	*dst = elf->shnum;
	return 0;
}

LIBELF_WASM_API int elf_getshdrstrndx(Elf *elf, size_t *dst)
{
	if (!libelf_wasm__elf(elf))
		return -1;
	if (elf->shstrndx != SHN_UNDEF && elf->shstrndx >= elf->shnum) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_SECTION);
		return -1;
	}
	*dst = elf->shstrndx;
	return 0;
}

/* The program header table fits the file with entries of the class's size. */
LIBELF_WASM_API int libelf_wasm__check_phdrs(Elf *elf)
{
	size_t entsz = elf->cls == ELFCLASS32 ? sizeof(Elf32_Phdr) : sizeof(Elf64_Phdr);

	if (elf->phnum == 0)
		return 0;
	if (elf->ehdr.e_phoff == 0 || elf->ehdr.e_phentsize != entsz ||
	    !libelf_wasm__table_in_file(elf, elf->ehdr.e_phoff, elf->phnum, entsz)) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_PHDR_TABLE);
		return -1;
	}
	return 0;
}

LIBELF_WASM_API int elf_getphdrnum(Elf *elf, size_t *dst)
{
	if (!libelf_wasm__elf(elf) || libelf_wasm__check_phdrs(elf) != 0)
		return -1;
	*dst = elf->phnum;
	return 0;
}

LIBELF_WASM_API Elf_Scn *elf_getscn(Elf *elf, size_t index)
{
	if (!libelf_wasm__elf(elf))
		return NULL;
	if (index >= elf->shnum) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_INDEX);
		return NULL;
	}
	return &elf->scns[index];
}

LIBELF_WASM_API Elf_Scn *elf_nextscn(Elf *elf, Elf_Scn *scn)
{
	size_t next = scn ? scn->index + 1 : 1;

	if (!libelf_wasm__elf(elf))
		return NULL;
	if (scn && scn->elf != elf) {
		libelf_wasm__seterr(LIBELF_WASM_E_DATA_MISMATCH);
		return NULL;
	}
	return next < elf->shnum ? &elf->scns[next] : NULL;
}

LIBELF_WASM_API size_t elf_ndxscn(Elf_Scn *scn)
{
	return scn ? scn->index : SHN_UNDEF;
}

/* What a section of this type holds once in memory. */
LIBELF_WASM_API Elf_Type libelf_wasm__sec_type(const Elf *elf, const Elf64_Shdr *sh)
{
	switch (sh->sh_type) {
	case SHT_SYMTAB:
	case SHT_DYNSYM:
		return ELF_T_SYM;
	case SHT_RELA:
		return ELF_T_RELA;
	case SHT_REL:
		return ELF_T_REL;
	case SHT_DYNAMIC:
		return ELF_T_DYN;
	case SHT_NOTE:
		return sh->sh_addralign == 8 ? ELF_T_NHDR8 : ELF_T_NHDR;
	case SHT_HASH:
	case SHT_SYMTAB_SHNDX:
	case SHT_GROUP:
		return ELF_T_WORD;
	case SHT_GNU_HASH:
		return elf->cls == ELFCLASS64 ? ELF_T_GNUHASH : ELF_T_WORD;
	case SHT_GNU_versym:
		return ELF_T_HALF;
	case SHT_GNU_verdef:
		return ELF_T_VDEF;
	case SHT_GNU_verneed:
		return ELF_T_VNEED;
	case SHT_INIT_ARRAY:
	case SHT_FINI_ARRAY:
	case SHT_PREINIT_ARRAY:
		return ELF_T_ADDR;
	case SHT_RELR:
		return ELF_T_RELR;
	default:
		return ELF_T_BYTE;
	}
}

/* The single data chunk of scn, made on first use. */
LIBELF_WASM_API Elf_Data *libelf_wasm__scn_data(Elf_Scn *scn, bool raw)
{
	Elf *elf = scn->elf;
	const Elf64_Shdr *sh = &scn->shdr;
	Elf_Data *d = &scn->data.d;

	if (!scn->data_made) {
		bool nobits = sh->sh_type == SHT_NOBITS || sh->sh_type == SHT_NULL;

		if (!nobits && !libelf_wasm__in_file(elf, sh->sh_offset, sh->sh_size)) {
			libelf_wasm__seterr(LIBELF_WASM_E_INVALID_SECTION_HEADER);
			return NULL;
		}
		memset(&scn->data, 0, sizeof(scn->data));
		scn->data.elf = elf;
		d->d_buf = nobits ? NULL : elf->image + sh->sh_offset;
		d->d_size = sh->sh_type == SHT_NULL ? 0 : (size_t)sh->sh_size;
		d->d_version = EV_CURRENT;
		d->d_off = 0;
		d->d_align = sh->sh_addralign ? (size_t)sh->sh_addralign : 1;
		scn->data_made = true;
	}
	d->d_type = raw ? ELF_T_BYTE : libelf_wasm__sec_type(elf, sh);
	return d;
}

LIBELF_WASM_API Elf_Data *elf_getdata(Elf_Scn *scn, Elf_Data *data)
{
	if (!scn)
		return NULL;
	if (data) {
		if (data != &scn->data.d)
			libelf_wasm__seterr(LIBELF_WASM_E_DATA_MISMATCH);
		return NULL;	/* one chunk per section */
	}
	return libelf_wasm__scn_data(scn, false);
}

LIBELF_WASM_API Elf_Data *elf_rawdata(Elf_Scn *scn, Elf_Data *data)
{
	if (!scn)
		return NULL;
	if (data) {
		if (data != &scn->data.d)
			libelf_wasm__seterr(LIBELF_WASM_E_DATA_MISMATCH);
		return NULL;
	}
	return libelf_wasm__scn_data(scn, true);
}

LIBELF_WASM_API Elf_Data *elf_getdata_rawchunk(Elf *elf, int64_t offset,
					       size_t size, Elf_Type type)
{
	struct libelf_wasm_data *c;

	if (!libelf_wasm__elf(elf))
		return NULL;
	if (offset < 0 || !libelf_wasm__in_file(elf, (uint64_t)offset, size)) {
		libelf_wasm__seterr(LIBELF_WASM_E_OFFSET_RANGE);
		return NULL;
	}
	if ((unsigned int)type >= ELF_T_NUM) {
		libelf_wasm__seterr(LIBELF_WASM_E_DATA_MISMATCH);
		return NULL;
	}
	c = (struct libelf_wasm_data *)calloc(1, sizeof(*c));
	if (!c) {
		libelf_wasm__seterr(LIBELF_WASM_E_NOMEM);
		return NULL;
	}
	c->elf = elf;
	c->d.d_buf = elf->image + offset;
	c->d.d_size = size;
	c->d.d_type = type;
	c->d.d_version = EV_CURRENT;
	c->d.d_align = 1;
	c->next = elf->chunks;
	elf->chunks = c;
	return &c->d;
}

LIBELF_WASM_API char *elf_strptr(Elf *elf, size_t index, size_t offset)
{
	const Elf64_Shdr *sh;
	char *tab;

	if (!libelf_wasm__elf(elf))
		return NULL;
	if (index >= elf->shnum) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_INDEX);
		return NULL;
	}
	sh = &elf->scns[index].shdr;
	if (sh->sh_type != SHT_STRTAB) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_SECTION);
		return NULL;
	}
	if (offset >= sh->sh_size) {
		libelf_wasm__seterr(LIBELF_WASM_E_OFFSET_RANGE);
		return NULL;
	}
	if (!libelf_wasm__in_file(elf, sh->sh_offset, sh->sh_size)) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_SECTION_HEADER);
		return NULL;
	}
	tab = (char *)elf->image + sh->sh_offset;
	if (!memchr(tab + offset, '\0', (size_t)sh->sh_size - offset)) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_STRING);
		return NULL;
	}
	return tab + offset;
}

LIBELF_WASM_API int64_t elf_update(Elf *elf, Elf_Cmd cmd)
{
	(void)elf;
	(void)cmd;
	libelf_wasm__seterr(LIBELF_WASM_E_READ_ONLY);
	return -1;
}

LIBELF_WASM_API unsigned int elf_flagelf(Elf *elf, Elf_Cmd cmd, unsigned int flags)
{
	if (!elf)
		return 0;
	if (cmd == ELF_C_SET)
		elf->flags |= flags;
	else if (cmd == ELF_C_CLR)
		elf->flags &= ~flags;
	else {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_CMD);
		return 0;
	}
	return elf->flags;
}

LIBELF_WASM_API int elf_cntl(Elf *elf, Elf_Cmd cmd)
{
	if (!elf)
		return -1;
	if (cmd != ELF_C_FDREAD && cmd != ELF_C_FDDONE) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_CMD);
		return -1;
	}
	return 0;	/* the file is always in memory */
}

/* Non-standard but libelf's: the ELF32/ELF64 headers as in the file. */
LIBELF_WASM_API Elf32_Ehdr *elf32_getehdr(Elf *elf)
{
	if (!libelf_wasm__elf(elf))
		return NULL;
	if (elf->cls != ELFCLASS32) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_CLASS);
		return NULL;
	}
	return &elf->raw_ehdr.e32;
}

LIBELF_WASM_API Elf64_Ehdr *elf64_getehdr(Elf *elf)
{
	if (!libelf_wasm__elf(elf))
		return NULL;
	if (elf->cls != ELFCLASS64) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_CLASS);
		return NULL;
	}
	return &elf->raw_ehdr.e64;
}

LIBELF_WASM_API Elf32_Shdr *elf32_getshdr(Elf_Scn *scn)
{
	if (!scn)
		return NULL;
	if (scn->elf->cls != ELFCLASS32) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_CLASS);
		return NULL;
	}
	return &scn->raw.s32;
}

LIBELF_WASM_API Elf64_Shdr *elf64_getshdr(Elf_Scn *scn)
{
	if (!scn)
		return NULL;
	if (scn->elf->cls != ELFCLASS64) {
		libelf_wasm__seterr(LIBELF_WASM_E_INVALID_CLASS);
		return NULL;
	}
	return &scn->raw.s64;
}

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_LIBELF_IMPL_H */
