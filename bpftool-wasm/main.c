// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bpftool-wasm: `bpftool gen skeleton` for wasm-bpf guests.
 *
 *   bpftool-wasm gen skeleton FILE [name NAME] [-o OUT] [--line-info]
 *
 * Exit status: 0 success, 1 bad input, 2 bad usage. Nothing reaches the
 * output unless the whole skeleton was generated.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic_file.h"
#include "skel_model.h"
#include "skeleton.h"

#define VERSION "0.1.0"

static const char usage[] =
"Usage: bpftool-wasm gen skeleton FILE [name NAME] [-o OUT] [--line-info]\n"
"       bpftool-wasm { -h | --help | -V | --version }\n"
"\n"
"Generate a C skeleton header for a BPF object (FILE, a .bpf.o built with\n"
"clang -g -target bpf) for use by a WebAssembly guest with libbpf-wasm:\n"
"the object embedded, typed access to its maps, programs and global data.\n"
"\n"
"  name NAME   skeleton name (default: from FILE, foo.bpf.o -> foo_bpf)\n"
"  -o OUT      write to OUT instead of standard output\n"
"  --line-info keep every source line of .BTF.ext in the embedded object, for\n"
"              verifier logs that quote the source (by default only each\n"
"              function's first: the rest is a tenth of a module)\n"
"\n"
"Exit status: 0 success, 1 bad input, 2 bad usage.\n";

struct args {
	const char *file;
	const char *name;
	const char *out;
	bool line_info;
};

static int usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "bpftool-wasm: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry 'bpftool-wasm --help'.\n");
	return 2;
}

/* bpftool's grammar: keywords may be abbreviated ("gen sk" works). */
static int is_prefix(const char *arg, const char *word)
{
	return *arg && strncmp(arg, word, strlen(arg)) == 0;
}

static int parse_args(int argc, char **argv, struct args *a)
{
	int i = 1;

	memset(a, 0, sizeof(*a));
	if (argc < 2)
		return usage_error("%s", "missing command");
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
		fputs(usage, stdout);
		return -1;
	}
	if (!strcmp(argv[1], "-V") || !strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		printf("bpftool-wasm v%s\n", VERSION);
		return -1;
	}
	if (!is_prefix(argv[i], "gen"))
		return usage_error("unknown command '%s'", argv[i]);
	if (++i >= argc || !is_prefix(argv[i], "skeleton"))
		return usage_error("unknown gen subcommand '%s' (only 'skeleton')",
				   i < argc ? argv[i] : "");
	for (i++; i < argc; i++) {
		if (!strcmp(argv[i], "name") || !strcmp(argv[i], "-o")) {
			if (i + 1 >= argc || !argv[i + 1][0])
				return usage_error("'%s' needs a value", argv[i]);
			*(argv[i][0] == '-' ? &a->out : &a->name) = argv[i + 1];
			i++;
		} else if (!strcmp(argv[i], "--line-info")) {
			a->line_info = true;
		} else if (argv[i][0] == '-' && argv[i][1]) {
			return usage_error("unknown option '%s'", argv[i]);
		} else if (!a->file) {
			a->file = argv[i];
		} else {
			return usage_error("unexpected argument '%s'", argv[i]);
		}
	}
	if (!a->file)
		return usage_error("%s", "missing FILE");
	return 0;
}

/*
 * The skeleton is built in memory and written only when complete, all or
 * nothing (atomic_file.h): a failed write leaves a previous OUT as it was.
 */
static int write_all(const char *path, const char *buf, size_t len)
{
	char err[512];

	if (atomic_write(path, buf, len, err, sizeof(err))) {
		fprintf(stderr, "bpftool-wasm: %s: %s\n", path ? path : "stdout", err);
		return 1;
	}
	return 0;
}

static int run(int argc, char **argv)
{
	struct skel_model m;
	struct args a;
	char err[512] = "";
	char *buf = NULL;
	size_t len = 0;
	FILE *mem;
	int ret;

	ret = parse_args(argc, argv, &a);
	if (ret)
		return ret < 0 ? 0 : ret;
	if (skel_model__load(&m, a.file, a.name)) {
		fprintf(stderr, "bpftool-wasm: %s: %s\n", a.file, m.err);
		skel_model__free(&m);
		return 1;
	}
	m.line_info = a.line_info;
	mem = open_memstream(&buf, &len);
	ret = mem ? skeleton_emit(mem, &m, err, sizeof(err)) : -1;
	if (mem)
		fclose(mem);
	if (ret)
		fprintf(stderr, "bpftool-wasm: %s: %s\n", a.file, mem ? err : strerror(errno));
	else
		ret = write_all(a.out, buf, len);
	free(buf);
	skel_model__free(&m);
	return ret ? 1 : 0;
}

int main(int argc, char **argv)
{
	return run(argc, argv);
}
