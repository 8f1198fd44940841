// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * sigsnoop: trace signals sent system-wide, like libbpf-tools' sigsnoop
 * (the tracepoint flavour). Before anything runs it checks, with
 * <bpf/btf.h> on the object's own BTF, that struct event here has the
 * layout the BPF side gives it.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>
#include <bpf/btf.h>
#include "sigsnoop.h"
#include "sigsnoop.skel.h"
#include "btf_helpers.h"
#include "compat.h"
#include "trace_helpers.h"

static volatile sig_atomic_t exiting;

static struct env {
	long pid;
	long signal;
	bool failed_only;
	bool timestamp;
	bool btf_layout;
	bool verbose;
} env;

static const char *const sig_name[] = {
	"N/A", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS",
	"SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM",
	"SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN",
	"SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH",
	"SIGIO", "SIGPWR", "SIGSYS",
};

const char *argp_program_version = "sigsnoop 0.1";
static const char argp_program_doc[] =
	"Trace standard and real-time signals.\n"
	"\n"
	"USAGE: sigsnoop [-h] [-x] [-p PID] [-s SIGNAL] [-T] [-B]\n"
	"\n"
	"EXAMPLES:\n"
	"    sigsnoop             # trace signals system-wide\n"
	"    sigsnoop -x          # trace failed signals only\n"
	"    sigsnoop -p 1216     # only trace PID 1216\n"
	"    sigsnoop -s 1,9,15   # trace signal 1, 9, 15\n";

static const struct argp_option opts[] = {
	{ "failed", 'x', NULL, 0, "Trace failed signals only.", 0 },
	{ "pid", 'p', "PID", 0, "Process ID to trace", 0 },
	{ "signal", 's', "SIGNAL", 0, "Signal to trace.", 0 },
	{ "timestamp", 'T', NULL, 0, "Include a time column", 0 },
	{ "btf", 'B', NULL, 0, "Print the event layout check", 0 },
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	switch (key) {
	case 'p':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.pid)) {
			fprintf(stderr, "Invalid PID: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 's':
		if (!parse_long(arg, 1, 64, &env.signal)) {
			fprintf(stderr, "Invalid SIGNAL: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'x':
		env.failed_only = true;
		break;
	case 'T':
		env.timestamp = true;
		break;
	case 'B':
		env.btf_layout = true;
		break;
	case 'v':
		env.verbose = true;
		break;
	case 'h':
		argp_state_help(state, stderr, ARGP_HELP_STD_HELP);
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

static int handle_event(void *ctx, void *data, size_t data_sz)
{
	struct event e;
	char ts[16];

	(void)ctx;
	if (data_sz < sizeof(e))
		return 0;
	memcpy(&e, data, sizeof(e));
	if (env.timestamp) {
		strftime_now(ts, sizeof(ts));
		printf("%-8s ", ts);
	}
	printf("%-7u %-16s %-9s %-7u %d\n", e.pid, e.comm,
	       e.sig >= 0 && e.sig < (int)(sizeof(sig_name) / sizeof(sig_name[0])) ?
		       sig_name[e.sig] : "SIGRT", e.tpid, e.ret);
	return 0;
}

static void handle_lost_events(void *ctx, int cpu, unsigned long long lost_cnt)
{
	(void)ctx;
	fprintf(stderr, "Lost %llu events on CPU #%d!\n", lost_cnt, cpu);
}

static int check_layout(struct sigsnoop_bpf *obj)
{
	static const struct field_layout fields[] = {
		FIELD_LAYOUT(struct event, pid),
		FIELD_LAYOUT(struct event, tpid),
		FIELD_LAYOUT(struct event, sig),
		FIELD_LAYOUT(struct event, ret),
		FIELD_LAYOUT(struct event, comm),
	};
	struct btf *btf = bpf_object__btf(obj->obj);

	if (!btf) {
		fprintf(stderr, "the object has no BTF\n");
		return -ENOENT;
	}
	return btf_check_struct(btf, "event", sizeof(struct event), fields,
				(int)(sizeof(fields) / sizeof(fields[0])), env.btf_layout);
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	struct bpf_buffer *buf = NULL;
	struct sigsnoop_bpf *obj;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	obj = sigsnoop_bpf__open();
	if (!obj) {
		fprintf(stderr, "failed to open BPF object\n");
		return 1;
	}
	err = check_layout(obj);
	if (err) {
		fprintf(stderr, "struct event differs from the BPF program's: %s\n", strerror(-err));
		goto cleanup;
	}
	obj->rodata->filtered_pid = (pid_t)env.pid;
	obj->rodata->target_signal = (int)env.signal;
	obj->rodata->failed_only = env.failed_only;

	buf = bpf_buffer__new(obj->maps.events, NULL);
	if (!buf) {
		err = -errno;
		fprintf(stderr, "failed to create the event buffer: %s\n", strerror(errno));
		goto cleanup;
	}
	err = sigsnoop_bpf__load(obj);
	if (err) {
		fprintf(stderr, "failed to load BPF object: %d\n", err);
		goto cleanup;
	}
	err = sigsnoop_bpf__attach(obj);
	if (err) {
		fprintf(stderr, "failed to attach BPF programs: %s\n", strerror(-err));
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

	printf("Tracing signals (%s)... Hit Ctrl-C to end.\n", bpf_buffer__kind(buf));
	if (env.timestamp)
		printf("%-8s ", "TIME");
	printf("%-7s %-16s %-9s %-7s %s\n", "PID", "COMM", "SIG", "TPID", "RESULT");
	while (!exiting) {
		err = bpf_buffer__poll(buf, 100);
		if (err < 0 && err != -EINTR) {
			fprintf(stderr, "error polling %s: %s\n", bpf_buffer__kind(buf), strerror(-err));
			goto cleanup;
		}
		err = 0;
	}

cleanup:
	bpf_buffer__free(buf);
	sigsnoop_bpf__destroy(obj);
	return err != 0;
}
