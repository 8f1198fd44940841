// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * opensnoop: trace openat() with the file name, the descriptor or the
 * error, like libbpf-tools' opensnoop; filters are read-only globals set
 * before load.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>
#include <bpf/bpf.h>
#include "opensnoop.h"
#include "opensnoop.skel.h"
#include "errno_helpers.h"
#include "trace_helpers.h"

#define POLL_TIMEOUT_MS 100

static volatile sig_atomic_t exiting;

static struct env {
	long pid;
	long tid;
	long duration;
	bool failed;
	bool print_uid;
	bool verbose;
	char *name;
} env;

const char *argp_program_version = "opensnoop 0.1";
static const char argp_program_doc[] =
	"Trace open family syscalls\n"
	"\n"
	"USAGE: opensnoop [-h] [-U] [-x] [-p PID] [-t TID] [-d DURATION] [-n NAME]\n"
	"\n"
	"EXAMPLES:\n"
	"    ./opensnoop           # trace all open() syscalls\n"
	"    ./opensnoop -x        # only show failed opens\n"
	"    ./opensnoop -p 181    # only trace PID 181\n"
	"    ./opensnoop -n main   # only print process names containing \"main\"\n";

static const struct argp_option opts[] = {
	{ "duration", 'd', "DURATION", 0, "Duration to trace", 0 },
	{ "name", 'n', "NAME", 0, "Trace process names containing this", 0 },
	{ "pid", 'p', "PID", 0, "Process ID to trace", 0 },
	{ "tid", 't', "TID", 0, "Thread ID to trace", 0 },
	{ "print-uid", 'U', NULL, 0, "Print UID", 0 },
	{ "failed", 'x', NULL, 0, "Failed opens only", 0 },
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
	case 'v':
		env.verbose = true;
		break;
	case 'd':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.duration)) {
			fprintf(stderr, "Invalid duration: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'n':
		env.name = arg;
		break;
	case 'p':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.pid)) {
			fprintf(stderr, "Invalid PID: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 't':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.tid)) {
			fprintf(stderr, "Invalid TID: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'U':
		env.print_uid = true;
		break;
	case 'x':
		env.failed = true;
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

static int handle_event(void *ctx, void *data, size_t data_sz)
{
	const struct event *e = (const struct event *)data;
	const char *ename;
	int fd, err;

	(void)ctx;
	if (data_sz < sizeof(*e))
		return 0;
	if (env.name && !strstr(e->comm, env.name))
		return 0;
	if (e->ret >= 0) {
		fd = e->ret;
		err = 0;
	} else {
		fd = -1;
		err = -e->ret;
	}
	if (env.print_uid)
		printf("%-7u ", e->uid);
	ename = errno_name(err);
	printf("%-6u %-16s %3d %3d %-8s %s\n", e->pid, e->comm, fd, err,
	       err ? (ename ? ename : "?") : "-", e->fname);
	return 0;
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	LIBBPF_OPTS(bpf_object_open_opts, open_opts);
	LIBBPF_OPTS(ring_buffer_opts, rb_opts);
	struct ring_buffer *rb = NULL;
	struct opensnoop_bpf *obj;
	long ticks = 0;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	obj = opensnoop_bpf__open_opts(&open_opts);
	if (!obj) {
		fprintf(stderr, "failed to open BPF object\n");
		return 1;
	}
	/* filters, before load: they become constants the verifier sees */
	obj->rodata->targ_tgid = (pid_t)env.pid;
	obj->rodata->targ_pid = (pid_t)env.tid;
	obj->rodata->targ_failed = env.failed;

	err = opensnoop_bpf__load(obj);
	if (err) {
		fprintf(stderr, "failed to load BPF object: %d\n", err);
		goto cleanup;
	}
	err = opensnoop_bpf__attach(obj);
	if (err) {
		fprintf(stderr, "failed to attach BPF programs\n");
		goto cleanup;
	}
	rb = ring_buffer__new(bpf_map__fd(obj->maps.events), handle_event, NULL, &rb_opts);
	if (!rb) {
		err = -errno;
		fprintf(stderr, "failed to open ring buffer: %d\n", err);
		goto cleanup;
	}
	if (signal(SIGINT, sig_int) == SIG_ERR) {
		fprintf(stderr, "can't set signal handler: %s\n", strerror(errno));
		err = 1;
		goto cleanup;
	}

	printf("Tracing openat()... Hit Ctrl-C to end.\n");
	if (env.print_uid)
		printf("%-7s ", "UID");
	printf("%-6s %-16s %3s %3s %-8s %s\n", "PID", "COMM", "FD", "ERR", "ERRNO", "PATH");
	while (!exiting) {
		err = ring_buffer__poll(rb, POLL_TIMEOUT_MS);
		if (err < 0 && err != -EINTR) {
			fprintf(stderr, "error polling ring buffer: %s\n", strerror(-err));
			goto cleanup;
		}
		err = 0;
		if (env.duration && ++ticks * POLL_TIMEOUT_MS >= env.duration * 1000)
			break;
	}

cleanup:
	ring_buffer__free(rb);
	opensnoop_bpf__destroy(obj);
	return err != 0;
}
