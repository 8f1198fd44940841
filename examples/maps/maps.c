// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * maps: a guest that iterates, updates and deletes the BPF side's hash,
 * array, LRU and per-CPU maps, every interval.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <bpf/libbpf.h>
#include <bpf/bpf.h>
#include "maps.wasm.h"
#include "maps.skel.h"

static struct env {
	long step;
	long interval_ms;
	long count;
	bool clear;
} env = { .step = 1, .interval_ms = 1000 };

const char *argp_program_version = "maps 0.1";
static const char doc[] =
	"Show what a BPF program keeps in four kinds of map.\n"
	"\n"
	"USAGE: maps [-s STEP] [-i MS] [-c COUNT] [-r]\n"
	"\v"
	"Every getpgid() call adds STEP (written by this program into an array\n"
	"map) to its process's entry in a hash map, records the process name in\n"
	"an LRU map and counts the call in a per-CPU array.\n";

static const struct argp_option opts[] = {
	{ "step", 's', "STEP", 0, "Amount each call adds (default 1)", 0 },
	{ "interval", 'i', "MS", 0, "Report every MS milliseconds (default 1000)", 0 },
	{ "count", 'c', "COUNT", 0, "Stop after COUNT reports", 0 },
	{ "clear", 'r', NULL, 0, "Delete the hash entries after each report", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	long *dst = key == 's' ? &env.step : key == 'i' ? &env.interval_ms : &env.count;
	char *end;

	switch (key) {
	case 's':
	case 'i':
	case 'c':
		errno = 0;
		*dst = strtol(arg, &end, 10);
		if (errno || *end || end == arg || *dst < 1) {
			fprintf(stderr, "maps: invalid number '%s'\n", arg);
			argp_usage(state);
		}
		break;
	case 'r':
		env.clear = true;
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

/* Walks the hash map from its first key (a NULL key) and prints each entry. */
static int report_by_pid(struct maps_bpf *skel)
{
	struct proc_stats st;
	__u32 key, next;
	int err, n = 0;

	err = bpf_map__get_next_key(skel->maps.by_pid, NULL, &next, sizeof(next));
	while (!err) {
		key = next;
		if (!bpf_map__lookup_elem(skel->maps.by_pid, &key, sizeof(key), &st, sizeof(st), 0)) {
			printf("  pid %-7u %-16s calls=%llu span=%llums\n", key, st.comm,
			       (unsigned long long)st.calls,
			       (unsigned long long)(st.last_ns - st.first_ns) / 1000000);
			n++;
		}
		err = bpf_map__get_next_key(skel->maps.by_pid, &key, &next, sizeof(next));
		/* deleting after moving on keeps the iteration going */
		if (env.clear)
			bpf_map__delete_elem(skel->maps.by_pid, &key, sizeof(key), 0);
	}
	return err == -ENOENT ? n : err;
}

static int report_recent(struct maps_bpf *skel)
{
	struct comm_key key, next;
	__u64 ns;
	int err, n = 0;

	err = bpf_map_get_next_key(bpf_map__fd(skel->maps.recent), NULL, &next);
	while (!err) {
		key = next;
		if (!bpf_map_lookup_elem(bpf_map__fd(skel->maps.recent), &key, &ns)) {
			printf("  recent %s\n", key.comm);
			n++;
		}
		err = bpf_map_get_next_key(bpf_map__fd(skel->maps.recent), &key, &next);
	}
	return err == -ENOENT ? n : err;
}

/* A per-CPU value is one 8-byte slot per possible CPU. */
static long long report_per_cpu(struct maps_bpf *skel)
{
	int cpus = libbpf_num_possible_cpus(), i;
	unsigned long long sum = 0;
	__u64 *vals;
	__u32 zero = 0;

	if (cpus <= 0)
		return cpus;
	vals = calloc((size_t)cpus, sizeof(*vals));
	if (!vals)
		return -ENOMEM;
	if (!bpf_map__lookup_elem(skel->maps.per_cpu, &zero, sizeof(zero), vals,
				  sizeof(*vals) * cpus, 0))
		for (i = 0; i < cpus; i++)
			sum += vals[i];
	free(vals);
	printf("  per-cpu total %llu over %d CPUs\n", sum, cpus);
	return (long long)sum;
}

int main(int argc, char **argv)
{
	struct maps_bpf *skel;
	__u64 step;
	__u32 zero = 0;
	long i;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 1;
	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGINT, sig_handler);

	skel = maps_bpf__open_and_load();
	if (!skel) {
		fprintf(stderr, "Failed to open and load BPF skeleton\n");
		return 1;
	}
	/* the guest writes a map the kernel reads */
	step = (__u64)env.step;
	err = bpf_map__update_elem(skel->maps.settings, &zero, sizeof(zero), &step, sizeof(step), BPF_ANY);
	if (!err)
		err = maps_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to set up: %d\n", err);
		goto cleanup;
	}
	printf("tracing getpgid(), step %ld\n", env.step);

	for (i = 0; !exiting && (!env.count || i < env.count); i++) {
		struct timespec ts = { env.interval_ms / 1000, (env.interval_ms % 1000) * 1000000L };
		bool slept = nanosleep(&ts, NULL) == 0;

		printf("report %ld:\n", i + 1);
		err = report_by_pid(skel);
		if (err >= 0)
			err = report_recent(skel);
		if (err >= 0)
			err = report_per_cpu(skel) < 0 ? -1 : 0;
		if (err < 0) {
			fprintf(stderr, "Failed to read maps: %d\n", err);
			break;
		}
		err = 0;
		if (!slept)
			break;
	}

cleanup:
	maps_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
