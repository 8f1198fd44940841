// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * procs: process exec() and exit events, from two programs that write to
 * two ring buffers (ring_buffer__new on one, ring_buffer__add of the
 * other). With -d N the exec program is detached after N exec events,
 * bpf_link__destroy() of its skeleton link, while the exit program goes on.
 * Several buffers and links that detach are the wasm-bpf runtime's
 * extension (docs/abi.md).
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <bpf/libbpf.h>
#include "procs.wasm.h"
#include "procs.skel.h"

/* procs.wasm.h has the types, not the macros */
#define TASK_COMM_LEN ((int)sizeof(((struct exec_event *)0)->comm))

static struct env {
	const char *comm;
	long detach_after;
	bool verbose;
} env;

static volatile sig_atomic_t exiting;
static long exec_events;

const char *argp_program_version = "procs 0.1";
static const char argp_program_doc[] =
	"Trace process exec() and exit, each kind on a ring buffer of its own.\n"
	"\n"
	"USAGE: procs [-c COMM] [-d N] [-v]\n"
	"\n"
	"EXAMPLES:\n"
	"    procs              # every exec() and exit\n"
	"    procs -c make      # processes named make only\n"
	"    procs -d 10        # stop tracing exec() after 10 of them\n";

static const struct argp_option opts[] = {
	{ "comm", 'c', "COMM", 0, "Trace processes with this name only", 0 },
	{ "detach-exec", 'd', "N", 0, "Detach the exec() program after N exec events", 0 },
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	char *end;

	switch (key) {
	case 'h':
		argp_state_help(state, stderr, ARGP_HELP_STD_HELP);
		break;
	case 'v':
		env.verbose = true;
		break;
	case 'c':
		if (!*arg || (int)strlen(arg) >= TASK_COMM_LEN) {
			fprintf(stderr, "Invalid COMM (1 to %d characters): %s\n", TASK_COMM_LEN - 1, arg);
			argp_usage(state);
		}
		env.comm = arg;
		break;
	case 'd':
		errno = 0;
		env.detach_after = strtol(arg, &end, 10);
		if (errno || end == arg || *end || env.detach_after <= 0) {
			fprintf(stderr, "Invalid N: %s\n", arg);
			argp_usage(state);
		}
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

static void sig_handler(int sig)
{
	(void)sig;
	exiting = 1;
}

static int handle_exec(void *ctx, void *data, size_t data_sz)
{
	const struct exec_event *e = data;

	(void)ctx;
	if (data_sz < sizeof(*e))
		return 0;
	exec_events++;
	printf("EXEC %-7d %-7d %-16s %s\n", e->pid, e->ppid, e->comm, e->filename);
	return 0;
}

static int handle_exit(void *ctx, void *data, size_t data_sz)
{
	const struct exit_event *e = data;

	(void)ctx;
	if (data_sz < sizeof(*e))
		return 0;
	printf("EXIT %-7d %-7d %-16s %u\n", e->pid, e->ppid, e->comm, e->exit_code);
	return 0;
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	struct ring_buffer *rb = NULL;
	struct procs_bpf *skel;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	libbpf_set_print(libbpf_print_fn);
	signal(SIGINT, sig_handler);
	signal(SIGTERM, sig_handler);

	skel = procs_bpf__open();
	if (!skel) {
		fprintf(stderr, "Failed to open BPF skeleton\n");
		return 1;
	}
	if (env.comm)
		strncpy((char *)skel->rodata->targ_comm, env.comm, TASK_COMM_LEN - 1);

	err = procs_bpf__load(skel);
	if (err) {
		fprintf(stderr, "Failed to load and verify BPF skeleton\n");
		goto cleanup;
	}

	err = procs_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to attach BPF skeleton\n");
		goto cleanup;
	}

	/* one ring buffer manager for both maps, a callback each */
	rb = ring_buffer__new(bpf_map__fd(skel->maps.execs), handle_exec, NULL, NULL);
	if (!rb) {
		err = -1;
		fprintf(stderr, "Failed to create ring buffer\n");
		goto cleanup;
	}
	err = ring_buffer__add(rb, bpf_map__fd(skel->maps.exits), handle_exit, NULL);
	if (err) {
		fprintf(stderr, "Failed to add the exit ring buffer: %d\n", err);
		goto cleanup;
	}

	printf("%-4s %-7s %-7s %-16s %s\n", "KIND", "PID", "PPID", "COMM", "FILENAME/EXIT CODE");
	fflush(stdout);
	while (!exiting) {
		err = ring_buffer__poll(rb, 100 /* timeout, ms */);
		/* Ctrl-C will cause -EINTR */
		if (err == -EINTR) {
			err = 0;
			break;
		}
		if (err < 0) {
			fprintf(stderr, "Error polling ring buffer: %d\n", err);
			break;
		}
		err = 0;
		if (env.detach_after && skel->links.handle_exec && exec_events >= env.detach_after) {
			/* the exec program only: exits are still traced */
			err = bpf_link__destroy(skel->links.handle_exec);
			skel->links.handle_exec = NULL;
			if (err) {
				fprintf(stderr, "Failed to detach handle_exec: %d\n", err);
				break;
			}
			printf("Detached handle_exec after %ld exec events\n", exec_events);
		}
		fflush(stdout);
	}

cleanup:
	ring_buffer__free(rb);
	procs_bpf__destroy(skel);
	return err < 0 ? -err : 0;
}
