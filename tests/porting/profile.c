// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * profile: sample on-CPU processes at a fixed frequency with one software
 * cpu-clock perf event per CPU, like libbpf-tools' profile (without
 * stacks): counts of samples per process and mode.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linux/perf_event.h>
#include <bpf/libbpf.h>
#include <bpf/bpf.h>
#include "profile.h"
#include "profile.skel.h"
#include "trace_helpers.h"

static struct env {
	long pid;
	long sample_freq;
	long duration;
	bool user_only;
	bool kernel_only;
	bool verbose;
} env = { -1, 49, 99999999, false, false, false };

static volatile sig_atomic_t exiting;

const char *argp_program_version = "profile 0.1";
static const char argp_program_doc[] =
	"Profile CPU usage by sampling processes at a timed interval.\n"
	"\n"
	"USAGE: profile [-h] [-p PID] [-U | -K] [-F FREQUENCY] [duration]\n"
	"\n"
	"EXAMPLES:\n"
	"    profile             # profile at 49 Hertz until Ctrl-C\n"
	"    profile -F 99       # profile at 99 Hertz\n"
	"    profile 5           # profile for 5 seconds only\n";

static const struct argp_option opts[] = {
	{ "pid", 'p', "PID", 0, "Profile process with this PID only", 0 },
	{ "user-stacks-only", 'U', NULL, 0, "Count user mode samples only", 0 },
	{ "kernel-stacks-only", 'K', NULL, 0, "Count kernel mode samples only", 0 },
	{ "frequency", 'F', "FREQUENCY", 0, "Sample frequency, Hertz", 0 },
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
	case 'p':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.pid)) {
			fprintf(stderr, "invalid PID: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'F':
		if (!parse_long(arg, 1, 100000, &env.sample_freq)) {
			fprintf(stderr, "invalid FREQUENCY: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'U':
		env.user_only = true;
		break;
	case 'K':
		env.kernel_only = true;
		break;
	case ARGP_KEY_ARG:
		if (pos_args++ || !parse_long(arg, 1, 0x7fffffffL, &env.duration)) {
			fprintf(stderr, "invalid duration: %s\n", arg);
			argp_usage(state);
		}
		break;
	case ARGP_KEY_END:
		if (env.user_only && env.kernel_only) {
			fprintf(stderr, "-U and -K are mutually exclusive\n");
			argp_usage(state);
		}
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

/*
 * As natively: syscall(__NR_perf_event_open, attr, pid, cpu, -1, 0). In a
 * guest, the SDK's syscall() asks the runtime's extension to open it (the
 * guest's __NR_perf_event_open is asm-generic's 241, x86-64's is 298: the
 * SDK knows the guest's numbering, the runtime the host's).
 */
static int open_perf_event(struct perf_event_attr *attr, int cpu)
{
	return (int)syscall(__NR_perf_event_open, attr, -1, cpu, -1, 0);
}

static int open_and_attach_perf_event(struct bpf_program *prog, struct bpf_link *links[],
				      int nr_cpus)
{
	struct perf_event_attr attr;
	int cpu, fd;

	memset(&attr, 0, sizeof(attr));
	attr.type = PERF_TYPE_SOFTWARE;
	attr.size = sizeof(attr);
	attr.config = PERF_COUNT_SW_CPU_CLOCK;
	attr.sample_freq = (__u64)env.sample_freq;
	attr.freq = 1;

	for (cpu = 0; cpu < nr_cpus; cpu++) {
		fd = open_perf_event(&attr, cpu);
		if (fd < 0) {
			/* ignore CPU that is offline */
			if (errno == ENODEV)
				continue;
			fprintf(stderr, "failed to init perf sampling on CPU %d: %s\n", cpu,
				strerror(errno));
			return -1;
		}
		links[cpu] = bpf_program__attach_perf_event(prog, fd);
		if (!links[cpu]) {
			fprintf(stderr, "failed to attach perf event on cpu: %d\n", cpu);
			close(fd);
			return -1;
		}
	}
	return 0;
}

static int print_counts(struct bpf_map *map)
{
	struct sample_key key, next;
	struct sample_key *prev = NULL;
	__u64 val;
	int err;

	while (!(err = bpf_map__get_next_key(map, prev, &next, sizeof(next)))) {
		err = bpf_map__lookup_elem(map, &next, sizeof(next), &val, sizeof(val), 0);
		if (err)
			return err;
		printf("%-7u %-16s %-6s %llu\n", next.pid, next.name, next.kernel ? "kernel" : "user",
		       (unsigned long long)val);
		key = next;
		prev = &key;
	}
	return err == -ENOENT ? 0 : err;
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	struct bpf_link **links = NULL;
	struct profile_bpf *obj;
	int nr_cpus = 0, err, i;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	obj = profile_bpf__open();
	if (!obj) {
		fprintf(stderr, "failed to open BPF object\n");
		return 1;
	}
	obj->rodata->targ_pid = (pid_t)env.pid;
	obj->rodata->user_only = env.user_only;
	obj->rodata->kernel_only = env.kernel_only;

	err = profile_bpf__load(obj);
	if (err) {
		fprintf(stderr, "failed to load BPF programs\n");
		goto cleanup;
	}
	nr_cpus = libbpf_num_possible_cpus();
	if (nr_cpus < 0) {
		fprintf(stderr, "failed to get # of possible cpus: '%s'!\n", strerror(-nr_cpus));
		err = nr_cpus;
		goto cleanup;
	}
	printf("Loaded; sampling %d CPUs at %ld Hertz\n", nr_cpus, env.sample_freq);
	links = (struct bpf_link **)calloc((size_t)nr_cpus, sizeof(*links));
	if (!links) {
		err = -ENOMEM;
		goto cleanup;
	}
	err = open_and_attach_perf_event(obj->progs.do_perf_event, links, nr_cpus);
	if (err)
		goto cleanup;

	signal(SIGINT, sig_handler);
	while (!exiting && env.duration-- > 0)
		sleep(1);
	err = print_counts(obj->maps.counts);

cleanup:
	if (links)
		for (i = 0; i < nr_cpus; i++)
			bpf_link__destroy(links[i]);
	free(links);
	profile_bpf__destroy(obj);
	return err != 0;
}
