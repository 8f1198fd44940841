// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * counters: the skeleton's global-data idiom. Configuration goes into
 * skel->rodata before load; the kernel's counters in skel->bss are read live;
 * skel->data->enabled is changed while running and written back.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <bpf/libbpf.h>
#include "counters.skel.h"

static struct env {
	const char *comm;
	long syscall_nr;
	long interval_ms;
	long count;
	long stop_after;
} env = { .syscall_nr = 121, .interval_ms = 1000 };

const char *argp_program_version = "counters 0.1";
static const char doc[] =
	"Count system calls in kernel-side global variables.\n"
	"\n"
	"USAGE: counters [-n COMM] [-s NR] [-i MS] [-c COUNT] [-o N]\n"
	"\v"
	"Prints the total number of syscalls and the number of one watched\n"
	"syscall (default 121, getpgid on x86_64) every interval. With -o N,\n"
	"counting is switched off in the kernel once N watched calls were seen.\n";

static const struct argp_option opts[] = {
	{ "comm", 'n', "COMM", 0, "Count only processes with this name", 0 },
	{ "syscall", 's', "NR", 0, "Syscall number to watch (default 121)", 0 },
	{ "interval", 'i', "MS", 0, "Print every MS milliseconds (default 1000)", 0 },
	{ "count", 'c', "COUNT", 0, "Stop after COUNT intervals", 0 },
	{ "off-after", 'o', "N", 0, "Switch counting off after N watched calls", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static long parse_number(struct argp_state *state, const char *what, const char *arg, long min)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (errno || *end || end == arg || v < min) {
		fprintf(stderr, "counters: invalid %s '%s'\n", what, arg);
		argp_usage(state);
	}
	return v;
}

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	switch (key) {
	case 'n':
		if (strlen(arg) > 15) {
			fprintf(stderr, "counters: name '%s' is longer than 15 characters\n", arg);
			argp_usage(state);
		}
		env.comm = arg;
		break;
	case 's':
		env.syscall_nr = parse_number(state, "syscall number", arg, 0);
		break;
	case 'i':
		env.interval_ms = parse_number(state, "interval", arg, 10);
		break;
	case 'c':
		env.count = parse_number(state, "count", arg, 1);
		break;
	case 'o':
		env.stop_after = parse_number(state, "count", arg, 1);
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

static volatile sig_atomic_t exiting;

static void sig_handler(int sig)
{
	(void)sig;
	exiting = 1;
}

/* false when interrupted (Ctrl-C makes the runtime cut the sleep short) */
static bool sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	return nanosleep(&ts, NULL) == 0;
}

int main(int argc, char **argv)
{
	struct counters_bpf *skel;
	long i;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 1;
	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGINT, sig_handler);

	skel = counters_bpf__open();
	if (!skel) {
		fprintf(stderr, "Failed to open BPF skeleton\n");
		return 1;
	}
	/* configuration: part of the program the kernel verifies */
	if (env.comm)
		strncpy((char *)skel->rodata->target_comm, env.comm, 15);
	skel->rodata->watched_syscall = env.syscall_nr;

	err = counters_bpf__load(skel);
	if (!err)
		err = counters_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to load and attach BPF skeleton: %d\n", err);
		goto cleanup;
	}
	printf("counting syscalls of %s, watching syscall %ld\n",
	       env.comm ? env.comm : "every process", env.syscall_nr);

	for (i = 0; !exiting && (!env.count || i < env.count); i++) {
		bool slept = sleep_ms(env.interval_ms);

		/* the kernel's current values into skel->bss and skel->data */
		err = bpf_object__read_globals(skel->obj);
		if (err) {
			fprintf(stderr, "Failed to read counters: %d\n", err);
			break;
		}
		printf("total=%llu watched=%llu last_pid=%lld enabled=%d\n",
		       (unsigned long long)skel->bss->total_calls,
		       (unsigned long long)skel->bss->watched_calls,
		       (long long)skel->bss->last_watched_pid, skel->data->enabled);
		if (env.stop_after && skel->data->enabled &&
		    skel->bss->watched_calls >= (unsigned long long)env.stop_after) {
			skel->data->enabled = false;
			err = bpf_object__write_globals(skel->obj);
			printf("counting switched off at watched=%llu (%d)\n",
			       (unsigned long long)skel->bss->watched_calls, err);
		}
		if (!slept)
			break;
	}
	err = 0;

cleanup:
	counters_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
