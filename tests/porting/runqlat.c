// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * runqlat: summarize run-queue latency as a histogram, like libbpf-tools'
 * runqlat (tp_btf programs), printed every interval and at Ctrl-C.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <bpf/libbpf.h>
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include "runqlat.h"
#include "runqlat.skel.h"
#include "btf_helpers.h"
#include "trace_helpers.h"

static struct env {
	long interval;
	long times;
	long pid;
	bool milliseconds;
	bool per_process;
	bool timestamp;
	bool verbose;
} env = { 99999999, 99999999, 0, false, false, false, false };

static volatile sig_atomic_t exiting;

const char *argp_program_version = "runqlat 0.1";
static const char argp_program_doc[] =
	"Summarize run queue (scheduler) latency as a histogram.\n"
	"\n"
	"USAGE: runqlat [--help] [-T] [-m] [-P] [-p PID] [interval] [count]\n"
	"\n"
	"EXAMPLES:\n"
	"    runqlat         # summarize run queue latency as a histogram\n"
	"    runqlat 1 10    # print 1 second summaries, 10 times\n"
	"    runqlat -mT 1   # 1s summaries, milliseconds, and timestamps\n"
	"    runqlat -P      # show each PID separately\n"
	"    runqlat -p 185  # trace PID 185 only\n";

static const struct argp_option opts[] = {
	{ "timestamp", 'T', NULL, 0, "Include timestamp on output", 0 },
	{ "milliseconds", 'm', NULL, 0, "Millisecond histogram", 0 },
	{ "pids", 'P', NULL, 0, "Print a histogram per process ID", 0 },
	{ "pid", 'p', "PID", 0, "Trace this PID only", 0 },
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	static int pos_args;

	switch (key) {
	case 'h':
		argp_state_help(state, stderr, ARGP_HELP_STD_HELP);
		break;
	case 'v':
		env.verbose = true;
		break;
	case 'm':
		env.milliseconds = true;
		break;
	case 'P':
		env.per_process = true;
		break;
	case 'T':
		env.timestamp = true;
		break;
	case 'p':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.pid)) {
			fprintf(stderr, "invalid PID: %s\n", arg);
			argp_usage(state);
		}
		break;
	case ARGP_KEY_ARG:
		if (pos_args == 0) {
			if (!parse_long(arg, 1, 0x7fffffffL, &env.interval)) {
				fprintf(stderr, "invalid interval: %s\n", arg);
				argp_usage(state);
			}
		} else if (pos_args == 1) {
			if (!parse_long(arg, 1, 0x7fffffffL, &env.times)) {
				fprintf(stderr, "invalid times: %s\n", arg);
				argp_usage(state);
			}
		} else {
			fprintf(stderr, "unrecognized positional argument: %s\n", arg);
			argp_usage(state);
		}
		pos_args++;
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

static void sig_handler(int sig)
{
	(void)sig;
	exiting = 1;
}

/* Prints every histogram and deletes it, as the libbpf-tools version does. */
static int print_log2_hists(struct bpf_map *hists)
{
	const char *units = env.milliseconds ? "msecs" : "usecs";
	int err, fd = bpf_map__fd(hists);
	__u32 lookup_key = (__u32)-2, next_key;
	struct hist hist;

	while (!bpf_map_get_next_key(fd, &lookup_key, &next_key)) {
		err = bpf_map_lookup_elem(fd, &next_key, &hist);
		if (err < 0) {
			fprintf(stderr, "failed to lookup hist: %d\n", err);
			return -1;
		}
		if (env.per_process)
			printf("\npid = %u %s\n", next_key, hist.comm);
		print_log2_hist(hist.slots, MAX_SLOTS, units);
		lookup_key = next_key;
	}

	lookup_key = (__u32)-2;
	while (!bpf_map_get_next_key(fd, &lookup_key, &next_key)) {
		err = bpf_map_delete_elem(fd, &next_key);
		if (err < 0) {
			fprintf(stderr, "failed to cleanup hist : %d\n", err);
			return -1;
		}
		lookup_key = next_key;
	}
	return 0;
}

/* map values are raw bytes: the layouts must agree */
static int check_layout(struct runqlat_bpf *obj)
{
	static const struct field_layout fields[] = {
		FIELD_LAYOUT(struct hist, slots),
		FIELD_LAYOUT(struct hist, comm),
	};

	return btf_check_struct(bpf_object__btf(obj->obj), "hist", sizeof(struct hist), fields,
				(int)(sizeof(fields) / sizeof(fields[0])), env.verbose);
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	struct runqlat_bpf *obj;
	char ts[16];
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	obj = runqlat_bpf__open();
	if (!obj) {
		fprintf(stderr, "failed to open BPF object\n");
		return 1;
	}
	err = check_layout(obj);
	if (err) {
		fprintf(stderr, "struct hist differs from the BPF program's: %s\n", strerror(-err));
		goto cleanup;
	}
	obj->rodata->targ_per_process = env.per_process;
	obj->rodata->targ_ms = env.milliseconds;
	obj->rodata->targ_tgid = (pid_t)env.pid;

	err = runqlat_bpf__load(obj);
	if (err) {
		fprintf(stderr, "failed to load BPF object: %d\n", err);
		goto cleanup;
	}
	err = runqlat_bpf__attach(obj);
	if (err) {
		fprintf(stderr, "failed to attach BPF programs\n");
		goto cleanup;
	}

	printf("Tracing run queue latency... Hit Ctrl-C to end.\n");
	signal(SIGINT, sig_handler);

	/* main: poll */
	while (1) {
		long left = env.interval;

		while (left-- > 0 && !exiting)
			sleep(1);
		printf("\n");
		if (env.timestamp) {
			strftime_now(ts, sizeof(ts));
			printf("%-8s\n", ts);
		}
		err = print_log2_hists(obj->maps.hists);
		if (err)
			break;
		if (exiting || --env.times == 0)
			break;
	}

cleanup:
	runqlat_bpf__destroy(obj);
	return err != 0;
}
