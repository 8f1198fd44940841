// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * sockops: attach a sockops program to a cgroup v2 and report the TCP
 * connections its processes establish.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <bpf/libbpf.h>
#include <bpf/bpf.h>
#include "sockops.wasm.h"
#include "sockops.skel.h"

static struct env {
	const char *cgroup;
	long interval_ms;
	long count;
} env = { .interval_ms = 1000 };

const char *argp_program_version = "sockops 0.1";
static const char doc[] =
	"Count the TCP connections established by the processes of a cgroup.\n"
	"\n"
	"USAGE: sockops [-i MS] [-c COUNT] CGROUP-PATH\n"
	"\v"
	"EXAMPLE:\n"
	"    sockops /sys/fs/cgroup/mygroup\n"
	"(cgroup v2 is where `findmnt -t cgroup2` says: /sys/fs/cgroup on most systems)\n";

static const struct argp_option opts[] = {
	{ "interval", 'i', "MS", 0, "Report every MS milliseconds (default 1000)", 0 },
	{ "count", 'c', "COUNT", 0, "Stop after COUNT reports", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	long *dst = key == 'i' ? &env.interval_ms : &env.count;
	char *end;

	switch (key) {
	case 'i':
	case 'c':
		errno = 0;
		*dst = strtol(arg, &end, 10);
		if (errno || *end || end == arg || *dst < 1) {
			fprintf(stderr, "sockops: invalid number '%s'\n", arg);
			argp_usage(state);
		}
		break;
	case 'h':
		argp_state_help(state, stdout, ARGP_HELP_STD_HELP);
		break;
	case ARGP_KEY_ARG:
		if (env.cgroup)
			argp_usage(state);
		env.cgroup = arg;
		break;
	case ARGP_KEY_END:
		if (!env.cgroup) {
			fprintf(stderr, "sockops: a cgroup v2 path is required\n");
			argp_usage(state);
		}
		break;
	default:
		return ARGP_ERR_UNKNOWN;
	}
	return 0;
}

static const struct argp argp = {
	.options = opts,
	.parser = parse_arg,
	.args_doc = "CGROUP-PATH",
	.doc = doc,
};

static void report(struct sockops_bpf *skel)
{
	struct conn_key key, next;
	__u64 count;
	int fd = bpf_map__fd(skel->maps.conns), err;

	bpf_object__read_globals(skel->obj);
	printf("active=%llu passive=%llu\n", (unsigned long long)skel->bss->active_total,
	       (unsigned long long)skel->bss->passive_total);
	err = bpf_map_get_next_key(fd, NULL, &next);
	while (!err) {
		key = next;
		if (!bpf_map_lookup_elem(fd, &key, &count))
			printf("  %-7s port %-5u %llu\n", key.passive ? "passive" : "active", key.port,
			       (unsigned long long)count);
		err = bpf_map_get_next_key(fd, &key, &next);
	}
}

static volatile bool exiting;

static void sig_handler(int sig)
{
	(void)sig;
	exiting = true;
}

int main(int argc, char **argv)
{
	struct sockops_bpf *skel;
	long i;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 1;
	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGINT, sig_handler);
	signal(SIGTERM, sig_handler);
	skel = sockops_bpf__open_and_load();
	if (!skel) {
		fprintf(stderr, "Failed to open and load BPF skeleton\n");
		return 1;
	}
	/* sockops programs attach to a cgroup, named by its path */
	err = bpf_program__set_attach_target_name(skel->progs.count_established, env.cgroup);
	if (!err)
		err = sockops_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to attach to cgroup %s: %d\n", env.cgroup, err);
		goto cleanup;
	}
	printf("Counting TCP connections in %s\n", env.cgroup);
	for (i = 0; !exiting && (!env.count || i < env.count); i++) {
		struct timespec ts = { env.interval_ms / 1000, (env.interval_ms % 1000) * 1000000L };
		bool slept = nanosleep(&ts, NULL) == 0;

		report(skel);
		if (!slept)
			break;
	}
	err = 0;
cleanup:
	sockops_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
