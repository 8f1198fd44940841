// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Reads an ELF file from standard input and walks N damaged copies of it
 * (a few random bytes of the headers and tables overwritten, or the file cut
 * short) with every call elftool makes, through elf_memory. It checks no
 * result itself: built natively against the SDK's headers under ASan and
 * UBSan it proves the reader never reads out of bounds; in the guest, that
 * nothing traps. Prints how many copies opened and how many calls failed.
 *
 *   elffuzz N SEED < FILE
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gelf.h>

static uint32_t rng;

static uint32_t next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static unsigned long failures;

static void walk_data(Elf *e, const GElf_Shdr *sh, Elf_Data *d)
{
	size_t off = 0, next, no, dn;
	GElf_Nhdr nh;
	GElf_Sym sym;
	GElf_Rel rel;
	GElf_Rela rela;
	GElf_Dyn dyn;
	volatile unsigned char sink;
	int i;

	for (i = 0; i < 100000 && gelf_getsym(d, i, &sym); i++) {
		const char *n = elf_strptr(e, sh->sh_link, sym.st_name);

		if (n)
			sink = (unsigned char)n[strlen(n) / 2];
		elf_getscn(e, sym.st_shndx);
	}
	for (i = 0; i < 100000 && gelf_getrel(d, i, &rel); i++)
		;
	for (i = 0; i < 100000 && gelf_getrela(d, i, &rela); i++)
		;
	for (i = 0; i < 100000 && gelf_getdyn(d, i, &dyn); i++)
		elf_strptr(e, sh->sh_link, dyn.d_un.d_val);
	while ((next = gelf_getnote(d, off, &nh, &no, &dn)) > 0) {
		if (nh.n_namesz)
			sink = ((unsigned char *)d->d_buf)[no + nh.n_namesz - 1];
		if (nh.n_descsz)
			sink = ((unsigned char *)d->d_buf)[dn + nh.n_descsz - 1];
		off = next;
	}
	if (d->d_buf && d->d_size)
		sink = ((unsigned char *)d->d_buf)[d->d_size - 1];
	(void)sink;
}

static void walk(char *image, size_t size)
{
	size_t shstrndx = 0, n = 0;
	Elf_Scn *scn = NULL;
	GElf_Ehdr eh;
	Elf *e = elf_memory(image, size);

	if (!e) {
		failures++;
		return;
	}
	gelf_getehdr(e, &eh);
	if (elf_getshdrstrndx(e, &shstrndx) != 0)
		failures++;
	while ((scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;
		Elf_Data *d;

		if (!gelf_getshdr(scn, &sh))
			continue;
		elf_strptr(e, shstrndx, sh.sh_name);
		d = elf_getdata(scn, NULL);
		if (!d) {
			failures++;
			continue;
		}
		walk_data(e, &sh, d);
	}
	if (elf_getphdrnum(e, &n) == 0) {
		for (size_t i = 0; i < n && i < 100000; i++) {
			GElf_Phdr ph;
			Elf_Data *d;

			if (!gelf_getphdr(e, (int)i, &ph))
				continue;
			d = elf_getdata_rawchunk(e, (int64_t)ph.p_offset, ph.p_filesz, ELF_T_NHDR);
			if (d) {
				GElf_Shdr none;

				memset(&none, 0, sizeof(none));
				walk_data(e, &none, d);
			}
		}
	} else {
		failures++;
	}
	elf_end(e);
}

int main(int argc, char **argv)
{
	size_t cap = 1 << 16, len = 0;
	char *orig = (char *)malloc(cap), *copy;
	unsigned long rounds, opened = 0;
	ssize_t r;

	if (argc != 3 || !orig)
		return 2;
	rounds = strtoul(argv[1], NULL, 0);
	rng = (uint32_t)strtoul(argv[2], NULL, 0) | 1;
	while ((r = read(0, orig + len, cap - len)) > 0) {
		len += (size_t)r;
		if (len == cap && !(orig = (char *)realloc(orig, cap *= 2)))
			return 1;
	}
	if (len < 64)
		return 1;
	elf_version(EV_CURRENT);
	for (unsigned long k = 0; k < rounds; k++) {
		size_t size = len, hot;
		int flips = 1 + (int)(next_rand() % 8);

		/* each copy its own allocation of its own size: ASan sees overruns */
		if (next_rand() % 8 == 0)
			size = next_rand() % len;
		copy = (char *)malloc(size ? size : 1);
		if (!copy)
			return 1;
		memcpy(copy, orig, size);
		for (int f = 0; f < flips && size; f++) {
			/* mostly the ELF header and the tables near the end */
			switch (next_rand() % 3) {
			case 0: hot = next_rand() % (size < 64 ? size : 64); break;
			case 1: hot = size - 1 - next_rand() % (size < 4096 ? size : 4096); break;
			default: hot = next_rand() % size; break;
			}
			copy[hot] = (char)(next_rand() % 4 == 0 ? 0xff : next_rand());
		}
		{
			Elf *e = elf_memory(copy, size);

			if (e) {
				opened++;
				elf_end(e);
			}
		}
		walk(copy, size);
		free(copy);
	}
	printf("rounds %lu opened %lu failures %lu\n", rounds, opened, failures);
	return 0;
}
