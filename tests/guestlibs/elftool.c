// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * An ELF dumper written the way bcc's libbpf-tools use libelf (open with
 * elf_begin, walk sections with elf_nextscn/gelf_getshdr, symbols with
 * elf_getdata/gelf_getsym/elf_strptr, segments with elf_getphdrnum/
 * gelf_getphdr). The same source is built for the guest against the SDK
 * and natively against elfutils' libelf; run.sh compares the two outputs.
 *
 *   elftool CMD FILE|-   CMD: sections symbols phdrs notes relocs dyn all
 *   elftool func NAME FILE|-   value and file offset of function NAME
 *   elftool mem FILE|-   the file read into memory, then elf_memory, all
 *
 * "-" reads the ELF file from standard input, so the guest can be given a
 * file on a runtime that grants it no directories.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gelf.h>

static int fail(const char *what)
{
	fprintf(stderr, "elftool: %s: %s\n", what, elf_errmsg(-1));
	return 1;
}

static int dump_sections(Elf *e)
{
	size_t shstrndx, shnum;
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	if (elf_getshdrnum(e, &shnum) != 0)
		return fail("elf_getshdrnum");
	if (elf_getshdrstrndx(e, &shstrndx) != 0)
		return fail("elf_getshdrstrndx");
	printf("sections %zu shstrndx %zu\n", shnum, shstrndx);
	while ((scn = elf_nextscn(e, scn))) {
		const char *name;

		if (!gelf_getshdr(scn, &sh))
			return fail("gelf_getshdr");
		name = elf_strptr(e, shstrndx, sh.sh_name);
		printf("[%zu] %s type %u flags 0x%llx off 0x%llx size 0x%llx link %u info %u entsize %llu\n",
		       elf_ndxscn(scn), name ? name : "?", (unsigned)sh.sh_type,
		       (unsigned long long)sh.sh_flags, (unsigned long long)sh.sh_offset,
		       (unsigned long long)sh.sh_size, (unsigned)sh.sh_link,
		       (unsigned)sh.sh_info, (unsigned long long)sh.sh_entsize);
	}
	return 0;
}

/* The SHT_SYMTAB_SHNDX data of symbol table symtab (files of >= 0xff00 sections). */
static Elf_Data *shndx_data(Elf *e, size_t symtab)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	while ((scn = elf_nextscn(e, scn)))
		if (gelf_getshdr(scn, &sh) && sh.sh_type == SHT_SYMTAB_SHNDX && sh.sh_link == symtab)
			return elf_getdata(scn, NULL);
	return NULL;
}

static int dump_symbols(Elf *e)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	int err;

	while ((scn = elf_nextscn(e, scn))) {
		Elf_Data *data = NULL, *xdata;
		GElf_Sym sym;
		Elf32_Word xshndx;

		if (!gelf_getshdr(scn, &sh))
			return fail("gelf_getshdr");
		if (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM)
			continue;
		printf("symtab [%zu]\n", elf_ndxscn(scn));
		xdata = shndx_data(e, elf_ndxscn(scn));
		for (;;) {
			(void)elf_errno();	/* a NULL from elf_getdata: the end, or an error? */
			data = elf_getdata(scn, data);
			if (!data) {
				err = elf_errno();
				if (!err)
					break;
				fprintf(stderr, "elftool: elf_getdata: %s\n", elf_errmsg(err));
				return 1;
			}
			for (int i = 0; gelf_getsymshndx(data, xdata, i, &sym, &xshndx); i++) {
				const char *n = elf_strptr(e, sh.sh_link, sym.st_name);

				printf("%d %s value 0x%llx size %llu type %d bind %d vis %d shndx %u\n",
				       i, n ? n : "?", (unsigned long long)sym.st_value,
				       (unsigned long long)sym.st_size,
				       (int)GELF_ST_TYPE(sym.st_info),
				       (int)GELF_ST_BIND(sym.st_info),
				       (int)GELF_ST_VISIBILITY(sym.st_other),
				       sym.st_shndx == SHN_XINDEX ? (unsigned)xshndx
								  : (unsigned)sym.st_shndx);
			}
		}
	}
	return 0;
}

static int dump_phdrs(Elf *e)
{
	GElf_Ehdr eh;
	size_t n;

	if (!gelf_getehdr(e, &eh))
		return fail("gelf_getehdr");
	printf("class %d type %u machine %u version %u entry 0x%llx flags 0x%x\n",
	       gelf_getclass(e), (unsigned)eh.e_type, (unsigned)eh.e_machine,
	       (unsigned)eh.e_version, (unsigned long long)eh.e_entry,
	       (unsigned)eh.e_flags);
	if (elf_getphdrnum(e, &n) != 0)
		return fail("elf_getphdrnum");
	printf("segments %zu\n", n);
	for (size_t i = 0; i < n; i++) {
		GElf_Phdr ph;

		if (!gelf_getphdr(e, (int)i, &ph))
			return fail("gelf_getphdr");
		printf("%zu type 0x%x flags %u off 0x%llx vaddr 0x%llx filesz 0x%llx memsz 0x%llx align %llu\n",
		       i, (unsigned)ph.p_type, (unsigned)ph.p_flags,
		       (unsigned long long)ph.p_offset, (unsigned long long)ph.p_vaddr,
		       (unsigned long long)ph.p_filesz, (unsigned long long)ph.p_memsz,
		       (unsigned long long)ph.p_align);
	}
	return 0;
}

static void print_notes(Elf_Data *data)
{
	size_t off = 0, next, name_off, desc_off;
	GElf_Nhdr nh;

	while ((next = gelf_getnote(data, off, &nh, &name_off, &desc_off)) > 0) {
		const char *name = (const char *)data->d_buf + name_off;
		const unsigned char *desc = (const unsigned char *)data->d_buf + desc_off;

		printf("note %.*s type %u descsz %u", (int)nh.n_namesz, nh.n_namesz ? name : "",
		       (unsigned)nh.n_type, (unsigned)nh.n_descsz);
		if (nh.n_type == NT_GNU_BUILD_ID && nh.n_namesz == 4 &&
		    memcmp(name, ELF_NOTE_GNU, 4) == 0) {
			printf(" build-id ");
			for (size_t i = 0; i < nh.n_descsz; i++)
				printf("%02x", desc[i]);
		}
		printf("\n");
		off = next;
	}
}

static int dump_notes(Elf *e)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	size_t n;

	while ((scn = elf_nextscn(e, scn))) {
		Elf_Data *data;

		if (!gelf_getshdr(scn, &sh))
			return fail("gelf_getshdr");
		if (sh.sh_type != SHT_NOTE)
			continue;
		data = elf_getdata(scn, NULL);
		if (!data)
			return fail("elf_getdata");
		printf("notes in [%zu]\n", elf_ndxscn(scn));
		print_notes(data);
	}
	if (elf_getphdrnum(e, &n) != 0)
		return fail("elf_getphdrnum");
	for (size_t i = 0; i < n; i++) {
		GElf_Phdr ph;
		Elf_Data *data;

		if (!gelf_getphdr(e, (int)i, &ph))
			return fail("gelf_getphdr");
		if (ph.p_type != PT_NOTE)
			continue;
		data = elf_getdata_rawchunk(e, (int64_t)ph.p_offset, ph.p_filesz,
					    ph.p_align == 8 ? ELF_T_NHDR8 : ELF_T_NHDR);
		if (!data)
			return fail("elf_getdata_rawchunk");
		printf("notes in segment %zu\n", i);
		print_notes(data);
	}
	return 0;
}

static int dump_relocs(Elf *e)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	while ((scn = elf_nextscn(e, scn))) {
		Elf_Data *data;
		int i;

		if (!gelf_getshdr(scn, &sh))
			return fail("gelf_getshdr");
		if (sh.sh_type != SHT_REL && sh.sh_type != SHT_RELA)
			continue;
		data = elf_getdata(scn, NULL);
		if (!data)
			return fail("elf_getdata");
		printf("relocs [%zu]\n", elf_ndxscn(scn));
		for (i = 0;; i++) {
			GElf_Rela r;
			GElf_Rel rel;

			if (sh.sh_type == SHT_RELA) {
				if (!gelf_getrela(data, i, &r))
					break;
			} else {
				if (!gelf_getrel(data, i, &rel))
					break;
				r.r_offset = rel.r_offset;
				r.r_info = rel.r_info;
				r.r_addend = 0;
			}
			printf("%d off 0x%llx sym %llu type %llu addend %lld\n", i,
			       (unsigned long long)r.r_offset,
			       (unsigned long long)GELF_R_SYM(r.r_info),
			       (unsigned long long)GELF_R_TYPE(r.r_info),
			       (long long)r.r_addend);
		}
	}
	return 0;
}

static int dump_dyn(Elf *e)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	while ((scn = elf_nextscn(e, scn))) {
		Elf_Data *data;
		GElf_Dyn d;

		if (!gelf_getshdr(scn, &sh))
			return fail("gelf_getshdr");
		if (sh.sh_type != SHT_DYNAMIC)
			continue;
		data = elf_getdata(scn, NULL);
		if (!data)
			return fail("elf_getdata");
		printf("dynamic [%zu]\n", elf_ndxscn(scn));
		for (int i = 0; gelf_getdyn(data, i, &d); i++) {
			const char *s = NULL;

			if (d.d_tag == DT_NEEDED || d.d_tag == DT_SONAME)
				s = elf_strptr(e, sh.sh_link, d.d_un.d_val);
			printf("%d tag %lld val 0x%llx %s\n", i, (long long)d.d_tag,
			       (unsigned long long)d.d_un.d_val, s ? s : "");
		}
	}
	return 0;
}

/*
 * As uprobe_helpers.c does: the symbol's value, then the file offset of that
 * address through the PT_LOAD segment holding it (for ET_REL: the section's).
 */
static int find_func(Elf *e, const char *func)
{
	Elf_Scn *scn = NULL;
	GElf_Ehdr eh;
	GElf_Shdr sh;
	size_t n;

	if (!gelf_getehdr(e, &eh))
		return fail("gelf_getehdr");
	while ((scn = elf_nextscn(e, scn))) {
		Elf_Data *data = NULL;

		if (!gelf_getshdr(scn, &sh))
			continue;
		if (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM)
			continue;
		while ((data = elf_getdata(scn, data))) {
			GElf_Sym sym;

			for (int i = 0; gelf_getsym(data, i, &sym); i++) {
				const char *name = elf_strptr(e, sh.sh_link, sym.st_name);

				if (!name || GELF_ST_TYPE(sym.st_info) != STT_FUNC ||
				    strcmp(name, func) != 0)
					continue;
				if (eh.e_type == ET_REL) {
					Elf_Scn *s = elf_getscn(e, sym.st_shndx);
					GElf_Shdr ssh;

					if (!s || !gelf_getshdr(s, &ssh))
						return fail("elf_getscn");
					printf("%s value 0x%llx offset 0x%llx\n", func,
					       (unsigned long long)sym.st_value,
					       (unsigned long long)(ssh.sh_offset + sym.st_value));
					return 0;
				}
				if (elf_getphdrnum(e, &n) != 0)
					return fail("elf_getphdrnum");
				for (size_t j = 0; j < n; j++) {
					GElf_Phdr ph;

					if (!gelf_getphdr(e, (int)j, &ph))
						return fail("gelf_getphdr");
					if (ph.p_type != PT_LOAD || !(ph.p_flags & PF_X))
						continue;
					if (sym.st_value >= ph.p_vaddr &&
					    sym.st_value < ph.p_vaddr + ph.p_memsz) {
						printf("%s value 0x%llx offset 0x%llx\n", func,
						       (unsigned long long)sym.st_value,
						       (unsigned long long)(sym.st_value - ph.p_vaddr +
									    ph.p_offset));
						return 0;
					}
				}
				fprintf(stderr, "elftool: %s: in no executable segment\n", func);
				return 1;
			}
		}
	}
	fprintf(stderr, "elftool: %s: no such function\n", func);
	return 1;
}

static int dump_all(Elf *e)
{
	return dump_phdrs(e) || dump_sections(e) || dump_symbols(e) ||
	       dump_notes(e) || dump_relocs(e) || dump_dyn(e);
}

static char *read_all(int fd, size_t *size)
{
	size_t cap = 4096, len = 0;
	char *buf = (char *)malloc(cap);
	ssize_t n;

	while (buf && (n = read(fd, buf + len, cap - len)) > 0) {
		len += (size_t)n;
		if (len == cap) {
			char *nbuf = (char *)realloc(buf, cap *= 2);

			if (!nbuf)
				free(buf);
			buf = nbuf;
		}
	}
	*size = len;
	return buf;
}

int main(int argc, char **argv)
{
	const char *cmd, *path;
	char *image = NULL;
	size_t size = 0;
	int fd, ret;
	Elf *e;

	if (argc < 3 || (strcmp(argv[1], "func") == 0 && argc < 4)) {
		fprintf(stderr, "usage: elftool CMD FILE|- | elftool func NAME FILE|-\n");
		return 2;
	}
	cmd = argv[1];
	path = argv[argc - 1];
	if (elf_version(EV_CURRENT) == EV_NONE)
		return fail("elf_version");
	fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY);
	if (fd < 0) {
		perror(path);
		return 1;
	}
	if (strcmp(cmd, "mem") == 0) {
		image = read_all(fd, &size);
		if (!image) {
			fprintf(stderr, "elftool: out of memory\n");
			return 1;
		}
		e = elf_memory(image, size);
	} else {
		e = elf_begin(fd, ELF_C_READ, NULL);
	}
	if (!e)
		return fail(image ? "elf_memory" : "elf_begin");
	if (elf_kind(e) != ELF_K_ELF) {
		fprintf(stderr, "elftool: elf kind %d is not ELF_K_ELF\n", (int)elf_kind(e));
		elf_end(e);
		return 1;
	}
	if (strcmp(cmd, "sections") == 0)
		ret = dump_sections(e);
	else if (strcmp(cmd, "symbols") == 0)
		ret = dump_symbols(e);
	else if (strcmp(cmd, "phdrs") == 0)
		ret = dump_phdrs(e);
	else if (strcmp(cmd, "notes") == 0)
		ret = dump_notes(e);
	else if (strcmp(cmd, "relocs") == 0)
		ret = dump_relocs(e);
	else if (strcmp(cmd, "dyn") == 0)
		ret = dump_dyn(e);
	else if (strcmp(cmd, "func") == 0)
		ret = find_func(e, argv[2]);
	else
		ret = dump_all(e);
	elf_end(e);
	free(image);
	if (fd > 0)
		close(fd);
	return ret;
}
