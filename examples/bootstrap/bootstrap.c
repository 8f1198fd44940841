// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bootstrap: trace process exec and exit, like libbpf-bootstrap's demo, as a
 * WebAssembly guest. The kernel half is bootstrap.bpf.c.
 */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <bpf/libbpf.h>
#include "bootstrap.wasm.h"
#include "bootstrap.skel.h"

static const char usage[] =
	"Usage: bootstrap [-d MIN-DURATION-MS] [-v]\n"
	"\n"
	"Trace process exec and exit events, with the duration of each process.\n"
	"\n"
	"  -d MS   report only processes that lived at least MS milliseconds\n"
	"          (EXIT events only)\n"
	"  -v      print libbpf-wasm debug output\n"
	"  -h      show this help\n";

static struct env {
	bool verbose;
	unsigned long long min_duration_ms;
} env;

static volatile sig_atomic_t exiting;

static void sig_handler(int sig)
{
	(void)sig;
	exiting = 1;
}

static int libbpf_print_fn(enum libbpf_print_level level, const char *format, va_list args)
{
	if (level == LIBBPF_DEBUG && !env.verbose)
		return 0;
	return vfprintf(stderr, format, args);
}

/* Returns 0 to run, 1 for an error (usage printed), -1 after -h. */
static int parse_args(int argc, char **argv)
{
	int opt;

	while ((opt = getopt(argc, argv, "d:vh")) != -1) {
		char *end;

		switch (opt) {
		case 'd':
			errno = 0;
			env.min_duration_ms = strtoull(optarg, &end, 10);
			if (errno || *end || end == optarg || optarg[0] == '-') {
				fprintf(stderr, "bootstrap: invalid duration '%s'\n", optarg);
				return 1;
			}
			break;
		case 'v':
			env.verbose = true;
			break;
		case 'h':
			fputs(usage, stdout);
			return -1;
		default:
			fputs(usage, stderr);
			return 1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "bootstrap: unexpected argument '%s'\n", argv[optind]);
		return 1;
	}
	return 0;
}

static int handle_event(void *ctx, void *data, size_t data_sz)
{
	const struct event *e = data;
	char ts[32];
	struct tm *tm;
	time_t t;

	(void)ctx;
	if (data_sz < sizeof(*e))
		return 0;
	time(&t);
	tm = localtime(&t);
	strftime(ts, sizeof(ts), "%H:%M:%S", tm);

	if (e->exit_event) {
		printf("%-8s %-5s %-16s %-7d %-7d [%u]", ts, "EXIT", e->comm,
		       e->pid, e->ppid, e->exit_code);
		if (e->duration_ns)
			printf(" (%llums)", e->duration_ns / 1000000);
		printf("\n");
	} else {
		printf("%-8s %-5s %-16s %-7d %-7d %s\n", ts, "EXEC", e->comm,
		       e->pid, e->ppid, e->filename);
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct ring_buffer *rb = NULL;
	struct bootstrap_bpf *skel;
	int err;

	err = parse_args(argc, argv);
	if (err)
		return err < 0 ? 0 : 1;

	/* live output through a pipe: the host may stop us at any time */
	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);
	signal(SIGINT, sig_handler);
	signal(SIGTERM, sig_handler);

	skel = bootstrap_bpf__open();
	if (!skel) {
		fprintf(stderr, "Failed to open BPF skeleton\n");
		return 1;
	}

	/* read-only data is set before load, as with native libbpf */
	skel->rodata->min_duration_ns = env.min_duration_ms * 1000000ULL;

	err = bootstrap_bpf__load(skel);
	if (err) {
		fprintf(stderr, "Failed to load and verify BPF skeleton\n");
		goto cleanup;
	}

	err = bootstrap_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to attach BPF skeleton\n");
		goto cleanup;
	}

	rb = ring_buffer__new(bpf_map__fd(skel->maps.rb), handle_event, NULL, NULL);
	if (!rb) {
		err = -errno;
		fprintf(stderr, "Failed to create ring buffer\n");
		goto cleanup;
	}

	printf("%-8s %-5s %-16s %-7s %-7s %s\n", "TIME", "EVENT", "COMM", "PID",
	       "PPID", "FILENAME/EXIT CODE");
	while (!exiting) {
		err = ring_buffer__poll(rb, 100 /* timeout, ms */);
		/* Ctrl-C: the runtime makes the poll return -EINTR */
		if (err == -EINTR) {
			err = 0;
			break;
		}
		if (err < 0) {
			fprintf(stderr, "Error polling ring buffer: %d\n", err);
			break;
		}
	}

cleanup:
	ring_buffer__free(rb);
	bootstrap_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
