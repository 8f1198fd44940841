// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The two patterns of libbpf-tools' helper sources that need libelf and
 * zlib, written here in their style, linked with libbpf's header in view:
 * trace_helpers.c's ELF type and .text lookup (gelf_getehdr, then the
 * section named .text), and btf_helpers.c's gunzip of an embedded archive
 * (inflateInit2 with 16 + MAX_WBITS, then inflate until Z_STREAM_END),
 * which in a guest stops at inflateInit2 with zlib's error.
 *
 *   helpers < ELF-FILE   prints "type T text ADDR OFFSET" and the inflate result
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>
#include <gelf.h>
#include <zlib.h>

static int text_section(Elf *e, unsigned long long *addr, unsigned long long *off)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	size_t stridx;

	if (elf_getshdrstrndx(e, &stridx) < 0)
		return -1;
	while ((scn = elf_nextscn(e, scn)) != NULL) {
		const char *name;

		if (!gelf_getshdr(scn, &sh))
			continue;
		name = elf_strptr(e, stridx, sh.sh_name);
		if (name && strcmp(name, ".text") == 0) {
			*addr = sh.sh_addr;
			*off = sh.sh_offset;
			return 0;
		}
	}
	return -1;
}

static int gunzip(unsigned char *src, size_t src_sz, unsigned char **dst, size_t *dst_sz)
{
	size_t cap = 1 << 16;
	z_stream strm;
	int ret;

	memset(&strm, 0, sizeof(strm));
	ret = inflateInit2(&strm, 16 + MAX_WBITS);
	if (ret != Z_OK)
		return -EINVAL;
	*dst = (unsigned char *)malloc(cap);
	if (!*dst) {
		inflateEnd(&strm);
		return -ENOMEM;
	}
	strm.next_in = src;
	strm.avail_in = (uInt)src_sz;
	do {
		strm.next_out = *dst + strm.total_out;
		strm.avail_out = (uInt)(cap - strm.total_out);
		ret = inflate(&strm, Z_NO_FLUSH);
		if (ret != Z_OK && ret != Z_STREAM_END)
			break;
		if (strm.avail_out == 0) {
			unsigned char *tmp = (unsigned char *)realloc(*dst, cap * 2);

			if (!tmp) {
				ret = Z_MEM_ERROR;
				break;
			}
			*dst = tmp;
			cap *= 2;
		}
	} while (ret != Z_STREAM_END);
	*dst_sz = strm.total_out;
	inflateEnd(&strm);
	if (ret != Z_STREAM_END) {
		free(*dst);
		*dst = NULL;
		return -EINVAL;
	}
	return 0;
}

int main(void)
{
	/* gzip of "BTF\n" */
	static unsigned char gz[] = {
		0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x73, 0x0a,
		0x71, 0xe3, 0x02, 0x00, 0x5b, 0xc8, 0x1a, 0x3d, 0x04, 0x00, 0x00, 0x00,
	};
	unsigned long long addr = 0, off = 0;
	unsigned char *out = NULL;
	size_t out_sz = 0;
	GElf_Ehdr eh;
	Elf *e;
	int err;

	if (elf_version(EV_CURRENT) == EV_NONE)
		return 1;
	e = elf_begin(0, ELF_C_READ, NULL);
	if (!e || elf_kind(e) != ELF_K_ELF || !gelf_getehdr(e, &eh) || text_section(e, &addr, &off)) {
		fprintf(stderr, "helpers: %s\n", elf_errmsg(-1));
		elf_end(e);
		return 1;
	}
	printf("type %u text 0x%llx 0x%llx\n", (unsigned)eh.e_type, addr, off);
	elf_end(e);
	err = gunzip(gz, sizeof(gz), &out, &out_sz);
	if (err)
		printf("gunzip: %s\n", strerror(-err));
	else
		printf("gunzip: %.*s", (int)out_sz, (const char *)out);
	free(out);
	return 0;
}
