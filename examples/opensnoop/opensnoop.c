// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * opensnoop: trace openat() calls, as a WebAssembly guest reading a perf
 * buffer. The kernel half is opensnoop.bpf.c.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <bpf/libbpf.h>
#include "opensnoop.wasm.h"
#include "opensnoop.skel.h"

static struct env {
	long pid;
	const char *name;
	bool failed_only;
	bool timestamp;
	bool verbose;
} env;

const char *argp_program_version = "opensnoop 0.1";
static const char doc[] =
	"Trace openat() calls: who opened what, and the result.\n"
	"\n"
	"USAGE: opensnoop [-p PID] [-n NAME] [-x] [-T]\n"
	"\v"
	"EXAMPLES:\n"
	"    opensnoop           # trace all openat() calls\n"
	"    opensnoop -x        # only failed opens\n"
	"    opensnoop -p 181    # only PID 181\n"
	"    opensnoop -n main   # only processes whose name contains \"main\"\n";

static const struct argp_option opts[] = {
	{ "pid", 'p', "PID", 0, "Trace this process only", 0 },
	{ "name", 'n', "NAME", 0, "Trace processes whose name contains NAME", 0 },
	{ "failed", 'x', NULL, 0, "Failed opens only", 0 },
	{ "timestamp", 'T', NULL, 0, "Print a time column", 0 },
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	char *end;

	switch (key) {
	case 'p':
		errno = 0;
		env.pid = strtol(arg, &end, 10);
		if (errno || *end || end == arg || env.pid <= 0 || env.pid > 0x3fffffff) {
			fprintf(stderr, "opensnoop: invalid PID '%s'\n", arg);
			argp_usage(state);
		}
		break;
	case 'n':
		env.name = arg;
		break;
	case 'x':
		env.failed_only = true;
		break;
	case 'T':
		env.timestamp = true;
		break;
	case 'v':
		env.verbose = true;
		break;
	case 'h':
		argp_state_help(state, stdout, ARGP_HELP_STD_HELP);
		break;
	case ARGP_KEY_ARG:
		argp_usage(state);
		break;
	default:
		return ARGP_ERR_UNKNOWN;
	}
	return 0;
}

static const struct argp argp = {
	.options = opts,
	.parser = parse_arg,
	.doc = doc,
};

static int print_fn(enum libbpf_print_level level, const char *fmt, va_list args)
{
	if (level == LIBBPF_DEBUG && !env.verbose)
		return 0;
	return vfprintf(stderr, fmt, args);
}

static volatile sig_atomic_t exiting;

static void sig_handler(int sig)
{
	(void)sig;
	exiting = 1;
}

static void handle_event(void *ctx, int cpu, void *data, __u32 size)
{
	const struct event *e = data;
	int fd, err;

	(void)ctx;
	(void)cpu;
	if (size < sizeof(*e))
		return;
	/* like bcc, -n matches a part of the name, in user space */
	if (env.name && !strstr(e->comm, env.name))
		return;
	fd = e->ret >= 0 ? e->ret : -1;
	err = e->ret >= 0 ? 0 : -e->ret;
	if (env.timestamp) {
		char ts[16];
		time_t t = time(NULL);

		strftime(ts, sizeof(ts), "%H:%M:%S", localtime(&t));
		printf("%-8s ", ts);
	}
	printf("%-7d %-16s %3d %3d %s\n", e->pid, e->comm, fd, err, e->path);
}

int main(int argc, char **argv)
{
	struct perf_buffer *pb = NULL;
	struct opensnoop_bpf *skel;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 1;
	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(print_fn);
	signal(SIGINT, sig_handler);

	skel = opensnoop_bpf__open();
	if (!skel) {
		fprintf(stderr, "Failed to open BPF skeleton\n");
		return 1;
	}
	skel->rodata->target_pid = (int)env.pid;
	skel->rodata->failed_only = env.failed_only;

	err = opensnoop_bpf__load(skel);
	if (err) {
		fprintf(stderr, "Failed to load BPF skeleton\n");
		goto cleanup;
	}
	err = opensnoop_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to attach BPF skeleton\n");
		goto cleanup;
	}
	pb = perf_buffer__new(bpf_map__fd(skel->maps.events), 64, handle_event, NULL, NULL, NULL);
	if (!pb) {
		err = -errno;
		fprintf(stderr, "Failed to open perf buffer: %d\n", err);
		goto cleanup;
	}

	if (env.timestamp)
		printf("%-8s ", "TIME");
	printf("%-7s %-16s %3s %3s %s\n", "PID", "COMM", "FD", "ERR", "PATH");
	while (!exiting) {
		err = perf_buffer__poll(pb, 100);
		if (err == -EINTR) {
			err = 0;
			break;
		}
		if (err < 0) {
			fprintf(stderr, "Error polling perf buffer: %d\n", err);
			break;
		}
		err = 0;
	}

cleanup:
	perf_buffer__free(pb);
	opensnoop_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
