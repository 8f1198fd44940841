// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * ufunc: every call of one function in a binary named on the command line
 * (by name, or by file offset), with its first three integer arguments and
 * its result, optionally of one process only. The probes are attached the
 * way libbpf-bootstrap's uprobe attaches them, bpf_program__attach_uprobe_opts()
 * with a pid, a path and an offset or func_name: the wasm-bpf runtime's
 * extension (docs/abi.md). The binary's path is the runtime's: the guest
 * does not need to read it.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <bpf/libbpf.h>
#include "ufunc.wasm.h"
#include "ufunc.skel.h"

static struct env {
	pid_t pid;
	const char *binary;
	const char *func;
	size_t offset;
	bool verbose;
} env = { -1, NULL, NULL, 0, false };

static volatile sig_atomic_t exiting;

const char *argp_program_version = "ufunc 0.1";
static const char argp_program_doc[] =
	"Trace the calls of a function in a binary, with arguments and result.\n"
	"\n"
	"USAGE: ufunc [-p PID] [-v] BINARY FUNCTION|OFFSET\n"
	"\n"
	"EXAMPLES:\n"
	"    ufunc /usr/bin/bash readline      # every bash's readline()\n"
	"    ufunc -p 1234 ./target add        # add() of process 1234 only\n"
	"    ufunc ./target 0x1139             # the function at file offset 0x1139\n";

static const struct argp_option opts[] = {
	{ "pid", 'p', "PID", 0, "Trace this process only", 0 },
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	static int pos_args;
	char *end;
	long pid;

	switch (key) {
	case 'h':
		argp_state_help(state, stderr, ARGP_HELP_STD_HELP);
		break;
	case 'v':
		env.verbose = true;
		break;
	case 'p':
		errno = 0;
		pid = strtol(arg, &end, 10);
		if (errno || end == arg || *end || pid <= 0 || pid > 0x7fffffff) {
			fprintf(stderr, "Invalid PID: %s\n", arg);
			argp_usage(state);
		}
		env.pid = (pid_t)pid;
		break;
	case ARGP_KEY_ARG:
		if (pos_args == 0) {
			env.binary = arg;
		} else if (pos_args == 1) {
			/* an offset is a number; anything else names a function */
			errno = 0;
			env.offset = strtoul(arg, &end, 0);
			if (errno || end == arg || *end)
				env.func = arg;
			else if (!env.offset) {
				fprintf(stderr, "Invalid offset: %s\n", arg);
				argp_usage(state);
			}
		} else {
			argp_usage(state);
		}
		pos_args++;
		break;
	case ARGP_KEY_END:
		if (pos_args != 2)
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

static int handle_event(void *ctx, void *data, size_t data_sz)
{
	const struct call_event *e = data;

	(void)ctx;
	if (data_sz < sizeof(*e))
		return 0;
	if (e->is_return)
		printf("RETURN pid=%d comm=%s ret=%lld\n", e->pid, e->comm, (long long)e->ret);
	else
		printf("ENTRY  pid=%d comm=%s args=%lld,%lld,%lld\n", e->pid, e->comm,
		       (long long)e->args[0], (long long)e->args[1], (long long)e->args[2]);
	return 0;
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	LIBBPF_OPTS(bpf_uprobe_opts, uprobe_opts);
	struct ring_buffer *rb = NULL;
	struct ufunc_bpf *skel;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	libbpf_set_print(libbpf_print_fn);

	skel = ufunc_bpf__open_and_load();
	if (!skel) {
		fprintf(stderr, "Failed to open and load BPF skeleton\n");
		return 1;
	}

	/*
	 * By name, libbpf finds the function in the binary's symbols; by
	 * offset, the probe goes at that offset of the file.
	 */
	uprobe_opts.func_name = env.func;
	uprobe_opts.retprobe = false;
	skel->links.func_entry = bpf_program__attach_uprobe_opts(
		skel->progs.func_entry, env.pid, env.binary, env.offset, &uprobe_opts);
	if (!skel->links.func_entry) {
		err = -errno;
		fprintf(stderr, "Failed to attach uprobe: %d\n", err);
		goto cleanup;
	}

	uprobe_opts.func_name = env.func;
	uprobe_opts.retprobe = true;
	skel->links.func_return = bpf_program__attach_uprobe_opts(
		skel->progs.func_return, env.pid, env.binary, env.offset, &uprobe_opts);
	if (!skel->links.func_return) {
		err = -errno;
		fprintf(stderr, "Failed to attach uretprobe: %d\n", err);
		goto cleanup;
	}

	rb = ring_buffer__new(bpf_map__fd(skel->maps.events), handle_event, NULL, NULL);
	if (!rb) {
		err = -errno;
		fprintf(stderr, "Failed to create ring buffer\n");
		goto cleanup;
	}

	if (signal(SIGINT, sig_int) == SIG_ERR || signal(SIGTERM, sig_int) == SIG_ERR) {
		err = -errno;
		fprintf(stderr, "Can't set signal handler: %s\n", strerror(errno));
		goto cleanup;
	}

	if (env.func)
		printf("Tracing %s in %s", env.func, env.binary);
	else
		printf("Tracing offset 0x%zx of %s", env.offset, env.binary);
	if (env.pid > 0)
		printf(", pid %d", env.pid);
	printf("... Hit Ctrl-C to end.\n");
	fflush(stdout);

	while (!exiting) {
		err = ring_buffer__poll(rb, 100 /* timeout, ms */);
		/* Ctrl-C will cause -EINTR */
		if (err == -EINTR) {
			err = 0;
			break;
		}
		if (err < 0) {
			fprintf(stderr, "Error polling ring buffer: %d\n", err);
			break;
		}
		err = 0;
		fflush(stdout);
	}

cleanup:
	ring_buffer__free(rb);
	ufunc_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
