// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Input: the whole file in memory, then either an ELF object whose .BTF
 * section is parsed, or raw BTF (/sys/kernel/btf/vmlinux). libbpf parses the
 * BTF itself; its own messages are silenced so errors stay one line.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "btf_input.h"
#include "errmsg.h"

#define BTF_MAGIC 0xeB9F
#define MAX_INPUT (1u << 30)

static int quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

struct btf *btf_parse_raw(const void *data, size_t size, char *err, size_t err_sz)
{
	libbpf_print_fn_t old;
	struct btf_header hdr;
	struct btf *btf;
	int saved;

	/*
	 * libbpf reads the types in place from a copy of the blob: a type
	 * section that does not start on a 4-byte boundary would be read
	 * through misaligned pointers.
	 */
	if (size >= sizeof(hdr)) {
		memcpy(&hdr, data, sizeof(hdr));
		if (hdr.magic == BTF_MAGIC && ((size_t)hdr.hdr_len + hdr.type_off) % 4) {
			errmsg(err, err_sz, -EINVAL, "malformed BTF (type section not aligned to 4 bytes)");
			errno = EINVAL;
			return NULL;
		}
	}
	if (size > MAX_INPUT) {
		errmsg(err, err_sz, -EFBIG, "malformed BTF (larger than %u bytes)", MAX_INPUT);
		errno = EFBIG;
		return NULL;
	}
	/* quiet while parsing, and the caller's printer back afterwards */
	old = libbpf_set_print(quiet);
	btf = btf__new(data, (__u32)size);
	saved = errno;
	libbpf_set_print(old);
	if (!btf)
		errmsg(err, err_sz, -EINVAL, "malformed BTF (%s)", strerror(saved));
	errno = saved;
	return btf;
}

static int parse_btf(struct btf_input *in, const void *data, size_t size, char *err, size_t err_sz)
{
	in->btf = btf_parse_raw(data, size, err, err_sz);
	return in->btf ? 0 : -EINVAL;
}

/* The .BTF section of an ELF file, checked against the file's bounds. */
static int parse_elf(struct btf_input *in, char *err, size_t err_sz)
{
	Elf *elf;
	Elf_Scn *scn = NULL;
	size_t shstrndx;
	int ret = -ENOENT;

	elf_version(EV_CURRENT);
	elf = elf_memory((char *)in->data, in->size);
	if (!elf || elf_kind(elf) != ELF_K_ELF || elf_getshdrstrndx(elf, &shstrndx)) {
		ret = errmsg(err, err_sz, -EINVAL, "malformed ELF file (%s)", elf_errmsg(-1));
		goto out;
	}
	while ((scn = elf_nextscn(elf, scn))) {
		GElf_Shdr sh;
		const char *name;
		Elf_Data *d;

		if (!gelf_getshdr(scn, &sh)) {
			ret = errmsg(err, err_sz, -EINVAL, "malformed section header (%s)", elf_errmsg(-1));
			goto out;
		}
		name = elf_strptr(elf, shstrndx, sh.sh_name);
		if (!name || strcmp(name, ".BTF") != 0)
			continue;
		if (sh.sh_type == SHT_NOBITS || sh.sh_offset > in->size ||
		    sh.sh_size > in->size - sh.sh_offset) {
			ret = errmsg(err, err_sz, -EINVAL, ".BTF section lies outside the file");
			goto out;
		}
		d = elf_getdata(scn, NULL);
		if (!d || !d->d_buf) {
			ret = errmsg(err, err_sz, -EINVAL, "unreadable .BTF section (%s)", elf_errmsg(-1));
			goto out;
		}
		ret = parse_btf(in, d->d_buf, d->d_size, err, err_sz);
		goto out;
	}
	ret = errmsg(err, err_sz, -ENOENT, "no .BTF section (compile BPF programs with clang -g)");
out:
	elf_end(elf);
	return ret;
}

int btf_input_load_mem(struct btf_input *in, const void *data, size_t size,
		       char *err, size_t err_sz)
{
	__u16 magic = 0;

	if (!in->path)
		in->path = "<memory>";
	if (size == 0)
		return errmsg(err, err_sz, -EINVAL, "empty file");
	in->data = malloc(size);
	if (!in->data)
		return errmsg(err, err_sz, -ENOMEM, "out of memory");
	memcpy(in->data, data, size);
	in->size = size;
	if (size >= 4 && memcmp(data, "\177ELF", 4) == 0) {
		in->is_elf = true;
		return parse_elf(in, err, err_sz);
	}
	if (size >= 2)
		memcpy(&magic, data, 2);
	if (magic != BTF_MAGIC)
		return errmsg(err, err_sz, -EINVAL, "neither an ELF file nor raw BTF");
	return parse_btf(in, in->data, size, err, err_sz);
}

int btf_input_load(struct btf_input *in, const char *path, char *err, size_t err_sz)
{
	struct stat st;
	unsigned char *buf;
	size_t got = 0;
	int fd, ret;

	memset(in, 0, sizeof(*in));
	in->path = path;
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return errmsg(err, err_sz, -errno, "%s", strerror(errno));
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		close(fd);
		return errmsg(err, err_sz, -EINVAL, "not a regular file");
	}
	/* sysfs files report size 4096 or 0: read until the end instead */
	buf = malloc(1u << 20);
	{
		size_t cap = 1u << 20;

		while (buf) {
			ssize_t n = read(fd, buf + got, cap - got);

			if (n < 0) {
				free(buf);
				close(fd);
				return errmsg(err, err_sz, -errno, "read: %s", strerror(errno));
			}
			if (n == 0)
				break;
			got += (size_t)n;
			if (got == cap) {
				unsigned char *bigger = cap < MAX_INPUT ? realloc(buf, cap * 2) : NULL;

				if (!bigger) {
					free(buf);
					close(fd);
					return errmsg(err, err_sz, -EFBIG, "file larger than %u bytes", MAX_INPUT);
				}
				buf = bigger;
				cap *= 2;
			}
		}
	}
	close(fd);
	if (!buf)
		return errmsg(err, err_sz, -ENOMEM, "out of memory");
	ret = btf_input_load_mem(in, buf, got, err, err_sz);
	free(buf);
	return ret;
}

void btf_input_free(struct btf_input *in)
{
	btf__free(in->btf);
	free(in->data);
	in->btf = NULL;
	in->data = NULL;
}
