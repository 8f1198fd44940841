// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * exitsnoop: trace process termination with the exit code or signal and
 * the age of the process, like libbpf-tools' exitsnoop (a perf buffer).
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
#include <bpf/btf.h>
#include "exitsnoop.h"
#include "exitsnoop.skel.h"
#include "btf_helpers.h"
#include "trace_helpers.h"

#define PERF_BUFFER_PAGES 16
#define PERF_POLL_TIMEOUT_MS 100

static volatile sig_atomic_t exiting;

static struct env {
	long pid;
	bool failed_only;
	bool verbose;
} env;

const char *argp_program_version = "exitsnoop 0.1";
static const char argp_program_doc[] =
	"Trace process termination.\n"
	"\n"
	"USAGE: exitsnoop [-h] [-x] [-p PID] [-v]\n"
	"\n"
	"EXAMPLES:\n"
	"    exitsnoop             # trace process exit events\n"
	"    exitsnoop -x          # trace error exits only\n"
	"    exitsnoop -p 1216     # only trace PID 1216\n";

static const struct argp_option opts[] = {
	{ "pid", 'p', "PID", 0, "Process ID to trace", 0 },
	{ "failed", 'x', NULL, 0, "Trace error exits only.", 0 },
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	switch (key) {
	case 'p':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.pid)) {
			fprintf(stderr, "Invalid PID: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'x':
		env.failed_only = true;
		break;
	case 'v':
		env.verbose = true;
		break;
	case 'h':
		argp_state_help(state, stderr, ARGP_HELP_STD_HELP);
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

static void handle_event(void *ctx, int cpu, void *data, __u32 data_sz)
{
	struct event e;
	double age;

	(void)ctx;
	(void)cpu;
	if (data_sz < sizeof(e))
		return;
	memcpy(&e, data, sizeof(e));
	age = (double)(e.exit_time - e.start_time) / 1e9;
	printf("%-16s %-7u %-7u %-7u %-7.2f ", e.comm, e.pid, e.ppid, e.tid, age);
	if (e.sig) {
		printf("signal %u\n", e.sig);
	} else {
		printf("code %d\n", e.exit_code);
	}
}

static void handle_lost_events(void *ctx, int cpu, __u64 lost_cnt)
{
	(void)ctx;
	fprintf(stderr, "lost %llu events on CPU #%d\n", (unsigned long long)lost_cnt, cpu);
}

/* the perf buffer hands over raw bytes: the layouts must agree */
static int check_layout(struct exitsnoop_bpf *obj)
{
	static const struct field_layout fields[] = {
		FIELD_LAYOUT(struct event, start_time),
		FIELD_LAYOUT(struct event, exit_time),
		FIELD_LAYOUT(struct event, pid),
		FIELD_LAYOUT(struct event, tid),
		FIELD_LAYOUT(struct event, ppid),
		FIELD_LAYOUT(struct event, sig),
		FIELD_LAYOUT(struct event, exit_code),
		FIELD_LAYOUT(struct event, comm),
	};

	return btf_check_struct(bpf_object__btf(obj->obj), "event", sizeof(struct event), fields,
				(int)(sizeof(fields) / sizeof(fields[0])), env.verbose);
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	LIBBPF_OPTS(perf_buffer_opts, pb_opts);
	struct perf_buffer *pb = NULL;
	struct exitsnoop_bpf *obj;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	obj = exitsnoop_bpf__open();
	if (!obj) {
		fprintf(stderr, "failed to open BPF object\n");
		return 1;
	}
	err = check_layout(obj);
	if (err) {
		fprintf(stderr, "struct event differs from the BPF program's: %s\n", strerror(-err));
		goto cleanup;
	}
	obj->rodata->target_pid = (pid_t)env.pid;
	obj->rodata->trace_failed_only = env.failed_only;

	err = exitsnoop_bpf__load(obj);
	if (err) {
		fprintf(stderr, "failed to load BPF object: %d\n", err);
		goto cleanup;
	}
	err = exitsnoop_bpf__attach(obj);
	if (err) {
		fprintf(stderr, "failed to attach BPF programs: %d\n", err);
		goto cleanup;
	}

	pb = perf_buffer__new(bpf_map__fd(obj->maps.events), PERF_BUFFER_PAGES, handle_event,
			      handle_lost_events, NULL, &pb_opts);
	if (!pb) {
		err = -errno;
		fprintf(stderr, "failed to open perf buffer: %d\n", err);
		goto cleanup;
	}

	if (signal(SIGINT, sig_int) == SIG_ERR) {
		fprintf(stderr, "can't set signal handler: %s\n", strerror(errno));
		err = 1;
		goto cleanup;
	}

	printf("Tracing process exits (perf buffer)... Hit Ctrl-C to end.\n");
	printf("%-16s %-7s %-7s %-7s %-7s %s\n", "PCOMM", "PID", "PPID", "TID", "AGE(s)",
	       "EXIT_CODE");
	while (!exiting) {
		err = perf_buffer__poll(pb, PERF_POLL_TIMEOUT_MS);
		if (err < 0 && err != -EINTR) {
			fprintf(stderr, "error polling perf buffer: %s\n", strerror(-err));
			goto cleanup;
		}
		err = 0;
	}

cleanup:
	perf_buffer__free(pb);
	exitsnoop_bpf__destroy(obj);
	return err != 0;
}
