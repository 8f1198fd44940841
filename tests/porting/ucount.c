// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * ucount: count calls and returns of a function in a binary, per process,
 * with a uprobe and a uretprobe attached through bpf_uprobe_opts, in the
 * manner of libbpf-tools' funclatency/uprobe users. The function's file
 * offset is looked up with <gelf.h> (uprobe_helpers) from the binary read
 * on standard input: a guest has no file system.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/libbpf.h>
#include <bpf/bpf.h>
#include "ucount.h"
#include "ucount.skel.h"
#include "trace_helpers.h"
#include "uprobe_helpers.h"

#define FUNC_NAME "porting_work"

static struct env {
	const char *binary;
	bool elf_stdin;
	bool by_offset;
	bool verbose;
	long duration;
	long pid;
} env = { PORTING_TARGET, false, false, false, 0, 0 };

static volatile sig_atomic_t exiting;

const char *argp_program_version = "ucount 0.1";
static const char argp_program_doc[] =
	"Count calls of " FUNC_NAME "() in a binary, per process.\n"
	"\n"
	"USAGE: ucount [-h] [-e] [-O] [-p PID] [-d DURATION] [-v] < BINARY\n"
	"\n"
	"EXAMPLES:\n"
	"    ucount                  # count calls until Ctrl-C\n"
	"    ucount -e < ./target    # also print the function's file offset\n"
	"    ucount -e -O < ./target # attach at that offset, as libbpf-tools do\n";

static const struct argp_option opts[] = {
	{ "elf", 'e', NULL, 0, "Read the binary on stdin and print the function offset", 0 },
	{ "offset", 'O', NULL, 0, "Attach by offset (needs -e)", 0 },
	{ "pid", 'p', "PID", 0, "Count this process only", 0 },
	{ "duration", 'd', "DURATION", 0, "Duration to trace (seconds)", 0 },
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	switch (key) {
	case 'h':
		argp_state_help(state, stderr, ARGP_HELP_STD_HELP);
		break;
	case 'e':
		env.elf_stdin = true;
		break;
	case 'O':
		env.by_offset = true;
		break;
	case 'v':
		env.verbose = true;
		break;
	case 'p':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.pid)) {
			fprintf(stderr, "invalid PID: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'd':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.duration)) {
			fprintf(stderr, "invalid duration: %s\n", arg);
			argp_usage(state);
		}
		break;
	case ARGP_KEY_END:
		if (env.by_offset && !env.elf_stdin) {
			fprintf(stderr, "-O needs the binary on stdin (-e)\n");
			argp_usage(state);
		}
		break;
	case ARGP_KEY_ARG:
		argp_usage(state);
		break;
	default:
		return ARGP_ERR_UNKNOWN;
	}
	return 0;
}

static int libbpf_print_fn(enum libbpf_print_level level, const char *format, va_list args)
{
	if (level == LIBBPF_DEBUG && !env.verbose)
		return 0;
	return vfprintf(stderr, format, args);
}

static void sig_int(int signo)
{
	(void)signo;
	exiting = 1;
}

static int attach(struct ucount_bpf *obj, off_t func_off)
{
	LIBBPF_OPTS(bpf_uprobe_opts, uprobe_opts);
	LIBBPF_OPTS(bpf_uprobe_opts, uretprobe_opts, .retprobe = true);
	size_t off = env.by_offset ? (size_t)func_off : 0;

	/* by name (off 0) is what a SEC("uprobe/PATH:FUNC") name can say */
	if (!env.by_offset) {
		uprobe_opts.func_name = FUNC_NAME;
		uretprobe_opts.func_name = FUNC_NAME;
	}
	obj->links.work_entry = bpf_program__attach_uprobe_opts(obj->progs.work_entry, -1,
								env.binary, off, &uprobe_opts);
	if (!obj->links.work_entry) {
		fprintf(stderr, "failed to attach uprobe: %s\n", strerror(errno));
		return -errno;
	}
	obj->links.work_return = bpf_program__attach_uprobe_opts(obj->progs.work_return, -1,
								 env.binary, off, &uretprobe_opts);
	if (!obj->links.work_return) {
		fprintf(stderr, "failed to attach uretprobe: %s\n", strerror(errno));
		return -errno;
	}
	return 0;
}

static int print_counts(struct bpf_map *map)
{
	__u32 key = 0, next;
	struct ucount_val v;
	int err;

	printf("%-7s %-16s %8s %8s %12s %12s\n", "PID", "COMM", "CALLS", "RETURNS", "ARG_SUM",
	       "RET_SUM");
	/* pid 0 never calls a user function: a key that cannot exist */
	while (!(err = bpf_map__get_next_key(map, &key, &next, sizeof(next)))) {
		err = bpf_map__lookup_elem(map, &next, sizeof(next), &v, sizeof(v), 0);
		if (err)
			return err;
		printf("%-7u %-16s %8llu %8llu %12lld %12lld\n", next, v.comm,
		       (unsigned long long)v.calls, (unsigned long long)v.returns,
		       (long long)v.arg_sum, (long long)v.ret_sum);
		key = next;
	}
	return err == -ENOENT ? 0 : err;
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	struct ucount_bpf *obj;
	off_t func_off = 0;
	long seconds = 0;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	if (env.elf_stdin) {
		func_off = get_elf_func_offset_fd(STDIN_FILENO, FUNC_NAME);
		if (func_off < 0) {
			fprintf(stderr, "failed to find %s in the binary on stdin: %s\n", FUNC_NAME,
				strerror(errno));
			return 1;
		}
		printf("%s: file offset 0x%llx\n", FUNC_NAME, (unsigned long long)func_off);
	}

	obj = ucount_bpf__open();
	if (!obj) {
		fprintf(stderr, "failed to open BPF object\n");
		return 1;
	}
	obj->rodata->targ_tgid = (pid_t)env.pid;
	err = ucount_bpf__load(obj);
	if (err) {
		fprintf(stderr, "failed to load BPF object: %d\n", err);
		goto cleanup;
	}
	err = attach(obj, func_off);
	if (err)
		goto cleanup;
	signal(SIGINT, sig_int);

	printf("Tracing %s:%s... Hit Ctrl-C to end.\n", env.binary, FUNC_NAME);
	while (!exiting) {
		sleep(1);
		if (env.duration && ++seconds >= env.duration)
			break;
	}
	err = print_counts(obj->maps.counts);
	if (err)
		fprintf(stderr, "failed to read counts: %s\n", strerror(-err));

cleanup:
	ucount_bpf__destroy(obj);
	return err != 0;
}
