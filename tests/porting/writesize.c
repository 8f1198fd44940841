// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * writesize: summarize write() sizes as a histogram per process name, in
 * the way libbpf-tools' bitesize summarizes block I/O; the name filter is
 * a read-only char array set before load.
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
#include "writesize.h"
#include "writesize.skel.h"
#include "trace_helpers.h"

static struct env {
	char *comm;
	int comm_len;
	long fd;
	long interval;
	long times;
	bool timestamp;
	bool verbose;
} env = { NULL, 0, -1, 99999999, 99999999, false, false };

static volatile sig_atomic_t exiting;

const char *argp_program_version = "writesize 0.1";
static const char argp_program_doc[] =
	"Summarize write() sizes as histograms.\n"
	"\n"
	"USAGE: writesize [--help] [-T] [-c COMM] [-f FD] [interval] [count]\n"
	"\n"
	"EXAMPLES:\n"
	"    writesize              # summarize write sizes as histograms\n"
	"    writesize -c nginx     # trace nginx only\n"
	"    writesize -f 1 1 10    # writes to stdout, 1s summaries, 10 times\n";

static const struct argp_option opts[] = {
	{ "timestamp", 'T', NULL, 0, "Include timestamp on output", 0 },
	{ "comm", 'c', "COMM", 0, "Trace this comm only", 0 },
	{ "fd", 'f', "FD", 0, "Trace writes to this descriptor only", 0 },
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	static int pos_args;
	size_t len;

	switch (key) {
	case 'h':
		argp_state_help(state, stderr, ARGP_HELP_STD_HELP);
		break;
	case 'v':
		env.verbose = true;
		break;
	case 'c':
		env.comm = arg;
		len = strlen(arg) + 1;
		env.comm_len = len > TASK_COMM_LEN ? TASK_COMM_LEN : (int)len;
		break;
	case 'f':
		if (!parse_long(arg, 0, 0x7fffffffL, &env.fd)) {
			fprintf(stderr, "invalid fd: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'T':
		env.timestamp = true;
		break;
	case ARGP_KEY_ARG:
		if (pos_args > 1 ||
		    !parse_long(arg, 1, 0x7fffffffL, pos_args ? &env.times : &env.interval)) {
			fprintf(stderr, "invalid argument: %s\n", arg);
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

/* Walks the map from its first key (NULL), prints, then deletes. */
static int print_log2_hists(int fd)
{
	struct hist_key *prev = NULL, lookup_key, next_key;
	struct hist hist;
	int err;

	while (!bpf_map_get_next_key(fd, prev, &next_key)) {
		err = bpf_map_lookup_elem(fd, &next_key, &hist);
		if (err < 0) {
			fprintf(stderr, "failed to lookup hist: %d\n", err);
			return -1;
		}
		printf("\nProcess Name = %s\n", next_key.comm);
		print_log2_hist(hist.slots, MAX_SLOTS, "Bytes");
		lookup_key = next_key;
		prev = &lookup_key;
	}

	prev = NULL;
	while (!bpf_map_get_next_key(fd, prev, &next_key)) {
		err = bpf_map_delete_elem(fd, &next_key);
		if (err < 0) {
			fprintf(stderr, "failed to cleanup hist : %d\n", err);
			return -1;
		}
		lookup_key = next_key;
		prev = &lookup_key;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	struct writesize_bpf *obj;
	char ts[16];
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	obj = writesize_bpf__open();
	if (!obj) {
		fprintf(stderr, "failed to open BPF object\n");
		return 1;
	}
	/* initialize global data (filtering options) */
	if (env.comm)
		memcpy((void *)obj->rodata->targ_comm, env.comm, (size_t)env.comm_len - 1);
	obj->rodata->targ_fd = (__u32)env.fd;

	err = writesize_bpf__load(obj);
	if (err) {
		fprintf(stderr, "failed to load BPF object: %d\n", err);
		goto cleanup;
	}
	err = writesize_bpf__attach(obj);
	if (err) {
		fprintf(stderr, "failed to attach BPF programs\n");
		goto cleanup;
	}
	signal(SIGINT, sig_handler);
	printf("Tracing write sizes%s%s... Hit Ctrl-C to end.\n", env.comm ? " of " : "",
	       env.comm ? env.comm : "");

	while (1) {
		long left = env.interval;

		while (left-- > 0 && !exiting)
			sleep(1);
		if (env.timestamp) {
			strftime_now(ts, sizeof(ts));
			printf("%-8s\n", ts);
		}
		err = print_log2_hists(bpf_map__fd(obj->maps.hists));
		if (err)
			break;
		if (exiting || --env.times == 0)
			break;
	}

cleanup:
	writesize_bpf__destroy(obj);
	return err != 0;
}
