// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * execsnoop: trace exec() calls with their arguments, as a WebAssembly
 * guest. The kernel half is execsnoop.bpf.c.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <bpf/libbpf.h>
#include "execsnoop.wasm.h"
#include "execsnoop.skel.h"

/* macros of execsnoop.h are not in BTF: sizes come from the struct */
#define COMM_LEN sizeof(((struct event *)0)->comm)

static struct env {
	long long uid;
	const char *name;
	bool failed_only;
	bool timestamp;
	bool verbose;
} env = { .uid = -1 };

const char *argp_program_version = "execsnoop 0.1";
static const char doc[] =
	"Trace exec() syscalls: every new program, its arguments and result.\n"
	"\n"
	"USAGE: execsnoop [-u UID] [-n NAME] [-x] [-T]\n"
	"\v"
	"EXAMPLES:\n"
	"    execsnoop           # trace all exec() calls\n"
	"    execsnoop -x        # only failed exec() calls\n"
	"    execsnoop -u 1000   # only programs run by UID 1000\n"
	"    execsnoop -n make   # only programs named make\n";

static const struct argp_option opts[] = {
	{ "uid", 'u', "UID", 0, "Trace this UID only", 0 },
	{ "name", 'n', "NAME", 0, "Trace programs with this name (comm) only", 0 },
	{ "failed", 'x', NULL, 0, "Trace failed exec() calls only", 0 },
	{ "timestamp", 'T', NULL, 0, "Print a time column", 0 },
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	char *end;

	switch (key) {
	case 'u':
		errno = 0;
		env.uid = strtoll(arg, &end, 10);
		if (errno || *end || end == arg || env.uid < 0 || env.uid >= 0xffffffffLL) {
			fprintf(stderr, "execsnoop: invalid UID '%s'\n", arg);
			argp_usage(state);
		}
		break;
	case 'n':
		if (strlen(arg) >= COMM_LEN) {
			fprintf(stderr, "execsnoop: name '%s' is longer than %d characters\n",
				arg, (int)COMM_LEN - 1);
			argp_usage(state);
		}
		env.name = arg;
		break;
	case 'x':
		env.failed_only = true;
		break;
	case 'T':
		env.timestamp = true;
		break;
	case 'v':
		env.verbose = true;
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

static int print_fn(enum libbpf_print_level level, const char *fmt, va_list args)
{
	if (level == LIBBPF_DEBUG && !env.verbose)
		return 0;
	return vfprintf(stderr, fmt, args);
}

static volatile sig_atomic_t exiting;

static void sig_handler(int sig)
{
	(void)sig;
	exiting = 1;
}

/* The NUL-separated arguments, printed space-separated. */
static void print_args(const struct event *e, size_t size)
{
	size_t avail = size - offsetof(struct event, args);
	size_t len = e->args_size < avail ? e->args_size : avail;
	size_t i;

	/* the last argument's NUL ends the line instead */
	for (i = 0; i + 1 < len; i++)
		putchar(e->args[i] ? e->args[i] : ' ');
	if (e->args_truncated)
		printf(" ...");
	putchar('\n');
}

static int handle_event(void *ctx, void *data, size_t size)
{
	const struct event *e = data;

	(void)ctx;
	if (size < offsetof(struct event, args))
		return 0;
	if (env.timestamp) {
		char ts[16];
		time_t t = time(NULL);

		strftime(ts, sizeof(ts), "%H:%M:%S", localtime(&t));
		printf("%-8s ", ts);
	}
	printf("%-16s %-7d %-7d %-6u %3d ", e->comm, e->pid, e->ppid, e->uid, e->retval);
	print_args(e, size);
	return 0;
}

int main(int argc, char **argv)
{
	struct ring_buffer *rb = NULL;
	struct execsnoop_bpf *skel;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 1;
	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(print_fn);
	signal(SIGINT, sig_handler);

	skel = execsnoop_bpf__open();
	if (!skel) {
		fprintf(stderr, "Failed to open BPF skeleton\n");
		return 1;
	}
	if (env.uid >= 0)
		skel->rodata->target_uid = (unsigned int)env.uid;
	if (env.name)
		strncpy((char *)skel->rodata->target_comm, env.name, COMM_LEN - 1);
	skel->rodata->failed_only = env.failed_only;

	err = execsnoop_bpf__load(skel);
	if (err) {
		fprintf(stderr, "Failed to load BPF skeleton\n");
		goto cleanup;
	}
	err = execsnoop_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to attach BPF skeleton\n");
		goto cleanup;
	}
	rb = ring_buffer__new(bpf_map__fd(skel->maps.events), handle_event, NULL, NULL);
	if (!rb) {
		err = -errno;
		fprintf(stderr, "Failed to create ring buffer\n");
		goto cleanup;
	}

	if (env.timestamp)
		printf("%-8s ", "TIME");
	printf("%-16s %-7s %-7s %-6s %3s %s\n", "PCOMM", "PID", "PPID", "UID", "RET", "ARGS");
	while (!exiting) {
		err = ring_buffer__poll(rb, 100);
		if (err == -EINTR) {
			err = 0;
			break;
		}
		if (err < 0) {
			fprintf(stderr, "Error polling ring buffer: %d\n", err);
			break;
		}
		err = 0;
	}

cleanup:
	ring_buffer__free(rb);
	execsnoop_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
