// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * execsnoop: trace exec() of new programs, like libbpf-tools' execsnoop,
 * with events through the compat bpf_buffer (a ring buffer here).
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>
#include "execsnoop.h"
#include "execsnoop.skel.h"
#include "compat.h"
#include "trace_helpers.h"

static struct env {
	long uid;
	long ppid;
	bool timestamp;
	bool verbose;
} env = { -1, 0, false, false };

const char *argp_program_version = "execsnoop 0.1";
const char *argp_program_bug_address = "<https://github.com/eunomia-bpf/wasm-bpf>";
static const char argp_program_doc[] =
	"Trace exec syscalls.\n"
	"\n"
	"USAGE: execsnoop [-h] [-T] [-u UID] [-P PPID] [-v]\n"
	"\n"
	"EXAMPLES:\n"
	"   ./execsnoop           # trace all exec() calls\n"
	"   ./execsnoop -u 1000   # only trace UID 1000\n"
	"   ./execsnoop -P 181    # only children of PID 181\n";

static const struct argp_option opts[] = {
	{ "time", 'T', NULL, 0, "Include a time column", 0 },
	{ "uid", 'u', "UID", 0, "Trace this UID only", 0 },
	{ "ppid", 'P', "PPID", 0, "Trace children of this PID only", 0 },
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	switch (key) {
	case 'h':
		argp_state_help(state, stderr, ARGP_HELP_STD_HELP);
		break;
	case 'T':
		env.timestamp = true;
		break;
	case 'v':
		env.verbose = true;
		break;
	case 'u':
		if (!parse_long(arg, 0, 0x7fffffffL, &env.uid)) {
			fprintf(stderr, "Invalid UID: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'P':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.ppid)) {
			fprintf(stderr, "Invalid PPID: %s\n", arg);
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

static volatile sig_atomic_t exiting;

static void sig_int(int signo)
{
	(void)signo;
	exiting = 1;
}

static int handle_event(void *ctx, void *data, size_t data_sz)
{
	const struct event *e = (const struct event *)data;
	char ts[16];

	(void)ctx;
	if (data_sz < sizeof(*e))
		return 0;
	if (env.timestamp) {
		strftime_now(ts, sizeof(ts));
		printf("%-8s ", ts);
	}
	printf("%-16s %-7u %-7u %-6u %s\n", e->comm, e->pid, e->ppid, e->uid, e->filename);
	return 0;
}

static void handle_lost_events(void *ctx, int cpu, unsigned long long lost_cnt)
{
	(void)ctx;
	fprintf(stderr, "Lost %llu events on CPU #%d!\n", lost_cnt, cpu);
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	LIBBPF_OPTS(bpf_object_open_opts, open_opts);
	struct bpf_buffer *buf = NULL;
	struct execsnoop_bpf *obj;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return err == EINVAL ? 2 : 1;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	obj = execsnoop_bpf__open_opts(&open_opts);
	if (!obj) {
		fprintf(stderr, "failed to open BPF object\n");
		return 1;
	}
	obj->rodata->targ_uid = (__u32)env.uid;
	obj->rodata->targ_ppid = (__u32)env.ppid;

	buf = bpf_buffer__new(obj->maps.events, NULL);
	if (!buf) {
		err = -errno;
		fprintf(stderr, "failed to create ring/perf buffer: %s\n", strerror(errno));
		goto cleanup;
	}

	err = execsnoop_bpf__load(obj);
	if (err) {
		fprintf(stderr, "failed to load BPF object: %d\n", err);
		goto cleanup;
	}
	err = execsnoop_bpf__attach(obj);
	if (err) {
		fprintf(stderr, "failed to attach BPF programs\n");
		goto cleanup;
	}
	err = bpf_buffer__open(buf, handle_event, handle_lost_events, NULL);
	if (err) {
		fprintf(stderr, "failed to open %s: %d\n", bpf_buffer__kind(buf), err);
		goto cleanup;
	}

	if (signal(SIGINT, sig_int) == SIG_ERR) {
		fprintf(stderr, "can't set signal handler: %s\n", strerror(errno));
		err = 1;
		goto cleanup;
	}

	printf("Tracing exec() (%s)... Hit Ctrl-C to end.\n", bpf_buffer__kind(buf));
	if (env.timestamp)
		printf("%-8s ", "TIME");
	printf("%-16s %-7s %-7s %-6s %s\n", "PCOMM", "PID", "PPID", "UID", "FILENAME");

	while (!exiting) {
		err = bpf_buffer__poll(buf, 100);
		if (err < 0 && err != -EINTR) {
			fprintf(stderr, "error polling %s: %s\n", bpf_buffer__kind(buf), strerror(-err));
			goto cleanup;
		}
		/* reset err to return 0 if exiting */
		err = 0;
	}

cleanup:
	bpf_buffer__free(buf);
	execsnoop_bpf__destroy(obj);
	return err != 0;
}
