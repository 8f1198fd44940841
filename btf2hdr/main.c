// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * btf2hdr: C headers whose types have, under wasm32, the layout BTF records
 * for BPF. The flow: load the input (btf_input.c) -> validate the BTF
 * (btf_validate.c) -> choose the root types (-t, --all, or the object's own:
 * user_types.c) -> schedule and lay them out (layout_order.c,
 * layout_model.c) -> print (layout_emit.c) into memory -> write the file.
 * Nothing is written unless every step succeeded.
 *
 * Exit status: 0 success, 1 bad input, 2 bad usage.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "atomic_file.h"
#include "btf_input.h"
#include "btf_validate.h"
#include "enum_values.h"
#include "layout.h"
#include "membuf.h"
#include "names.h"
#include "user_types.h"

#define VERSION "0.1.0"

static const char usage_text[] =
"Usage: btf2hdr [OPTIONS] FILE\n"
"\n"
"Print a C header whose types have, under wasm32, exactly the layout the BTF\n"
"of FILE records for BPF: a .bpf.o (ELF with .BTF) or raw BTF such as\n"
"/sys/kernel/btf/vmlinux. Every struct and union is checked at compile time.\n"
"\n"
"  -t, --type NAME   emit type NAME and what it needs (repeatable)\n"
"  -a, --all         emit every named type\n"
"  -o, --output OUT  write to OUT instead of standard output\n"
"  -h, --help        show this help\n"
"  -V, --version     show the version\n"
"\n"
"Without -t or --all, a .bpf.o gives the types its own sources declare\n"
"(not those of vmlinux.h or system headers); raw BTF needs -t or --all.\n"
"\n"
"Exit status: 0 success, 1 bad input, 2 bad usage.\n";

struct options {
	const char *file;
	const char *out;
	const char **types;
	size_t type_cnt;
	bool all;
};

static int usage_error(const char *msg, const char *arg)
{
	fprintf(stderr, "btf2hdr: %s%s%s\nTry 'btf2hdr --help'.\n", msg, arg ? " " : "", arg ? arg : "");
	return 2;
}

/* 0: run; 2: usage error; -1: done (help, version). */
static int parse_options(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{ "type", required_argument, NULL, 't' },
		{ "all", no_argument, NULL, 'a' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":t:ao:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 't': {
			const char **types = realloc(o->types, (o->type_cnt + 1) * sizeof(*types));

			if (!types)
				return usage_error("out of memory", NULL);
			o->types = types;
			o->types[o->type_cnt++] = optarg;
			break;
		}
		case 'a':
			o->all = true;
			break;
		case 'o':
			o->out = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return -1;
		case 'V':
			printf("btf2hdr v%s\n", VERSION);
			return -1;
		case ':':
			return usage_error("missing value for", argv[optind - 1]);
		default:
			return usage_error("unknown option", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return usage_error("missing FILE", NULL);
	if (optind + 1 < argc)
		return usage_error("unexpected argument", argv[optind + 1]);
	if (o->all && o->type_cnt)
		return usage_error("--all and -t exclude each other", NULL);
	o->file = argv[optind];
	return 0;
}

static bool is_root_kind(const struct btf_type *t)
{
	switch (btf_kind(t)) {
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
	case BTF_KIND_TYPEDEF:
	case BTF_KIND_FWD:
		return true;
	default:
		return false;
	}
}

/* Schedules the root types; every failure is one line in err. */
static int add_roots(const struct options *o, const struct btf_input *in, struct layout *l,
		     char *err, size_t err_sz)
{
	__u32 id, n = btf__type_cnt(in->btf), *ids = NULL;
	size_t i, cnt = 0;
	int ret = 0;

	if (o->all) {
		for (id = 1; id < n && !ret; id++) {
			const struct btf_type *t = btf__type_by_id(in->btf, id);

			/* anonymous enums carry named constants: keep them too */
			if (is_root_kind(t) && (t->name_off || btf_is_any_enum(t)))
				ret = layout__add_type(l, id);
		}
	} else if (o->type_cnt) {
		for (i = 0; i < o->type_cnt && !ret; i++) {
			bool found = false;

			for (id = 1; id < n && !ret; id++) {
				const struct btf_type *t = btf__type_by_id(in->btf, id);

				if (is_root_kind(t) && !strcmp(btf__name_by_offset(in->btf, t->name_off), o->types[i])) {
					found = true;
					ret = layout__add_type(l, id);
				}
			}
			if (!found) {
				snprintf(err, err_sz, "no type named '%s'", o->types[i]);
				return -ENOENT;
			}
		}
	} else {
		if (!in->is_elf) {
			snprintf(err, err_sz, "raw BTF has no types of its own: use -t NAME or --all");
			return -EINVAL;
		}
		ret = user_types(in, &ids, &cnt, stderr);
		if (ret) {
			snprintf(err, err_sz, "reading the object's debug info: %s", strerror(-ret));
			return ret;
		}
		if (!cnt) {
			free(ids);
			snprintf(err, err_sz, "the object declares no types of its own (use -t NAME or --all)");
			return -ENOENT;
		}
		for (i = 0; i < cnt && !ret; i++)
			ret = layout__add_type(l, ids[i]);
		free(ids);
	}
	if (ret)
		snprintf(err, err_sz, "%s", layout__strerror(l));
	return ret;
}

/* __FOO_BPF_WASM_H__ from "foo.bpf.o"; <0 when out of memory */
static int print_guard(FILE *out, const char *path)
{
	const char *base = strrchr(path, '/');
	char *id, *p;
	size_t n;

	base = base ? base + 1 : path;
	id = name_to_identifier(base);
	if (!id)
		return -ENOMEM;
	n = strlen(id);
	/* "foo.bpf.o" became "foo_bpf_o" */
	if (n > 2 && strcmp(base + strlen(base) - 2, ".o") == 0)
		id[n - 2] = '\0';
	for (p = id; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	fprintf(out, "__%s_WASM_H__", id);
	free(id);
	return 0;
}

static int generate(const struct options *o, const struct btf_input *in, FILE *out,
		    char *err, size_t err_sz)
{
	const char *base = strrchr(o->file, '/');
	struct layout *l = layout__new(in->btf, out);
	char *safe;
	int ret;

	base = base ? base + 1 : o->file;
	/* the file name goes into a comment: made comment-safe */
	safe = malloc(strlen(base) + 1);
	if (!l || !safe) {
		layout__free(l);
		free(safe);
		snprintf(err, err_sz, "out of memory");
		return -ENOMEM;
	}
	fprintf(out, "/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */\n"
		     "/* Generated by btf2hdr from %s: BPF (LP64) layouts for wasm32. Do not edit. */\n"
		     "#ifndef ", name_for_comment(base, safe, strlen(base) + 1));
	free(safe);
	ret = print_guard(out, o->file);
	fputs("\n#define ", out);
	ret = ret ? ret : print_guard(out, o->file);
	fputs("\n\n", out);
	if (ret) {
		layout__free(l);
		snprintf(err, err_sz, "out of memory");
		return ret;
	}
	ret = enum_values_from_dwarf(in->data, in->size, in->btf, l);
	if (ret)
		snprintf(err, err_sz, "%s", layout__strerror(l));
	if (!ret)
		ret = add_roots(o, in, l, err, err_sz);
	if (!ret) {
		ret = layout__emit_types(l);
		if (ret)
			snprintf(err, err_sz, "%s", layout__strerror(l));
	}
	fputs("#endif\n", out);
	layout__free(l);
	return ret;
}

/* All or nothing: a failed write leaves a previous OUT as it was. */
static int write_output(const char *path, const char *buf, size_t len)
{
	char err[512];

	if (atomic_write(path, buf, len, err, sizeof(err))) {
		fprintf(stderr, "btf2hdr: %s: %s\n", path ? path : "stdout", err);
		return 1;
	}
	return 0;
}

int run(int argc, char **argv)
{
	struct options o = { 0 };
	struct btf_input in;
	char err[512] = "";
	struct membuf header = { 0 };
	FILE *mem;
	int ret = parse_options(argc, argv, &o);

	if (ret) {
		free(o.types);
		return ret < 0 ? 0 : ret;
	}
	ret = btf_input_load(&in, o.file, err, sizeof(err));
	if (!ret)
		ret = btf_validate(in.btf, err, sizeof(err));
	if (!ret) {
		mem = membuf_open(&header);
		ret = mem ? generate(&o, &in, mem, err, sizeof(err)) : -ENOMEM;
		if (mem && fclose(mem) && !ret)
			ret = -errno;
	}
	if (ret)
		fprintf(stderr, "btf2hdr: %s: %s\n", o.file, err[0] ? err : strerror(-ret));
	else
		ret = write_output(o.out, header.data, header.len) ? -EIO : 0;
	membuf_free(&header);
	free(o.types);
	btf_input_free(&in);
	return ret ? 1 : 0;
}

#ifndef BTF2HDR_NO_MAIN
int main(int argc, char **argv)
{
	return run(argc, argv);
}
#endif
