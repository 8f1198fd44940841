// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * syscount: count system calls (or calls by process) and their errors,
 * like libbpf-tools' syscount; the map is walked with
 * bpf_map__get_next_key() and read with bpf_map__lookup_elem().
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
#include "syscount.h"
#include "syscount.skel.h"
#include "syscall_helpers.h"
#include "trace_helpers.h"

#define MAX_ENTRIES 8192

struct data_ext_t {
	__u32 key;
	struct data_t d;
};

static struct env {
	bool list_syscalls;
	bool milliseconds;
	bool process;
	bool latency;
	bool verbose;
	long duration;
	long top;
	long pid;
} env = { false, false, false, false, false, 0, 10, 0 };

static volatile sig_atomic_t exiting;

const char *argp_program_version = "syscount 0.1";
static const char argp_program_doc[] =
	"\nsyscount: summarize syscall counts and latencies\n"
	"\n"
	"EXAMPLES:\n"
	"    syscount                 # print top 10 syscalls by count every second\n"
	"    syscount -p $(pidof dd)  # look only at a particular process\n"
	"    syscount -L              # measure and sort output by latency\n"
	"    syscount -P              # group statistics by pid, not by syscall\n"
	"    syscount -d 5            # trace for 5 seconds\n";

static const struct argp_option opts[] = {
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ "pid", 'p', "PID", 0, "Process PID to trace", 0 },
	{ "top", 'T', "TOP", 0, "Print only the top syscalls (default 10)", 0 },
	{ "duration", 'd', "DURATION", 0, "Total tracing duration (seconds)", 0 },
	{ "latency", 'L', NULL, 0, "Collect syscall latency", 0 },
	{ "milliseconds", 'm', NULL, 0, "Display latency in milliseconds", 0 },
	{ "process", 'P', NULL, 0, "Count by process and not by syscall", 0 },
	{ "list", 'l', NULL, 0, "Print the names of the known syscalls and exit", 0 },
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
	case 'p':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.pid)) {
			fprintf(stderr, "invalid PID: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'T':
		if (!parse_long(arg, 1, MAX_ENTRIES, &env.top)) {
			fprintf(stderr, "invalid top: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'd':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.duration)) {
			fprintf(stderr, "invalid duration: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'L':
		env.latency = true;
		break;
	case 'm':
		env.milliseconds = true;
		break;
	case 'P':
		env.process = true;
		break;
	case 'l':
		env.list_syscalls = true;
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

static int compar_count(const void *dx, const void *dy)
{
	const struct data_ext_t *x = (const struct data_ext_t *)dx;
	const struct data_ext_t *y = (const struct data_ext_t *)dy;

	if (x->d.count != y->d.count)
		return x->d.count < y->d.count ? 1 : -1;
	return x->key < y->key ? -1 : x->key > y->key;
}

/* Reads every entry (a key that cannot exist starts the walk). */
static int read_vals(struct bpf_map *map, struct data_ext_t *vals, int max)
{
	__u32 key = (__u32)-1, next;
	int err, n = 0;

	while (n < max) {
		err = bpf_map__get_next_key(map, &key, &next, sizeof(next));
		if (err == -ENOENT)
			break;
		if (err) {
			fprintf(stderr, "bpf_map__get_next_key failed: %s\n", strerror(-err));
			return err;
		}
		err = bpf_map__lookup_elem(map, &next, sizeof(next), &vals[n].d,
					   sizeof(vals[n].d), 0);
		if (err) {
			fprintf(stderr, "bpf_map__lookup_elem failed: %s\n", strerror(-err));
			return err;
		}
		vals[n].key = next;
		key = next;
		n++;
	}
	return n;
}

static void print_vals(const struct data_ext_t *vals, int n)
{
	char name[32];
	int i;

	if (env.process)
		printf("%-7s %-16s %10s %8s", "PID", "COMM", "COUNT", "ERRORS");
	else
		printf("%-22s %10s %8s", "SYSCALL", "COUNT", "ERRORS");
	printf(env.latency ? (env.milliseconds ? " %10s\n" : " %10s\n") : "%s\n",
	       env.latency ? (env.milliseconds ? "TIME (ms)" : "TIME (us)") : "");
	for (i = 0; i < n && i < env.top; i++) {
		const struct data_ext_t *v = &vals[i];

		if (env.process) {
			printf("%-7u %-16s", v->key, v->d.comm);
		} else {
			syscall_name(v->key, name, sizeof(name));
			printf("%-22s", name);
		}
		printf(" %10llu %8llu", (unsigned long long)v->d.count,
		       (unsigned long long)v->d.errors);
		if (env.latency)
			printf(" %10.3f", (double)v->d.total_ns / (env.milliseconds ? 1e6 : 1e3));
		printf("\n");
	}
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	LIBBPF_OPTS(bpf_object_open_opts, open_opts);
	struct data_ext_t *vals = NULL;
	struct syscount_bpf *obj;
	long seconds = 0;
	int err, n;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;
	if (env.list_syscalls) {
		char name[32];
		unsigned int nr;

		for (nr = 0; nr < 512; nr++) {
			syscall_name(nr, name, sizeof(name));
			if (name[0] != '[')
				printf("%u %s\n", nr, name);
		}
		return 0;
	}

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	vals = (struct data_ext_t *)calloc(MAX_ENTRIES, sizeof(*vals));
	if (!vals) {
		fprintf(stderr, "out of memory\n");
		return 1;
	}
	obj = syscount_bpf__open_opts(&open_opts);
	if (!obj) {
		fprintf(stderr, "failed to open BPF object\n");
		free(vals);
		return 1;
	}
	obj->rodata->filter_pid = (pid_t)env.pid;
	obj->rodata->count_by_process = env.process;
	obj->rodata->measure_latency = env.latency;

	err = syscount_bpf__load(obj);
	if (err) {
		fprintf(stderr, "failed to load BPF object: %s\n", strerror(-err));
		goto cleanup;
	}
	err = syscount_bpf__attach(obj);
	if (err) {
		fprintf(stderr, "failed to attach BPF programs: %s\n", strerror(-err));
		goto cleanup;
	}
	signal(SIGINT, sig_int);

	printf("Tracing syscalls, printing top %ld... Ctrl+C to quit.\n", env.top);
	while (!exiting) {
		sleep(1);
		if (env.duration && ++seconds >= env.duration)
			break;
	}
	n = read_vals(obj->maps.data, vals, MAX_ENTRIES);
	if (n < 0) {
		err = n;
		goto cleanup;
	}
	qsort(vals, (size_t)n, sizeof(*vals), compar_count);
	print_vals(vals, n);
	err = 0;

cleanup:
	syscount_bpf__destroy(obj);
	free(vals);
	return err != 0;
}
