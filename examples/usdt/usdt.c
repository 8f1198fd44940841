// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * usdt: every hit of a USDT probe (a static tracepoint of a user program,
 * <sys/sdt.h>) named on the command line, with its arguments, optionally
 * of one process only, attached with bpf_program__attach_usdt() as
 * libbpf-bootstrap's usdt does (pid, binary, provider, name, and a cookie
 * the program reads back). The attach is the wasm-bpf runtime's extension
 * (docs/abi.md): libbpf in the runtime reads the binary's probe notes.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <bpf/libbpf.h>
#include "usdt.wasm.h"
#include "usdt.skel.h"

static struct env {
	pid_t pid;
	const char *binary, *provider, *name;
	unsigned long long cookie;
	bool verbose;
} env = { -1, NULL, NULL, NULL, 0xcafedead, false };

static volatile sig_atomic_t exiting;

const char *argp_program_version = "usdt 0.1";
static const char argp_program_doc[] =
	"Trace the hits of a USDT probe, with its arguments.\n"
	"\n"
	"USAGE: usdt [-p PID] [-c COOKIE] [-v] BINARY PROVIDER NAME\n"
	"\n"
	"EXAMPLES:\n"
	"    usdt ./target wbtarget step          # every process running ./target\n"
	"    usdt -p 1234 /usr/bin/python3 python function__entry\n";

static const struct argp_option opts[] = {
	{ "pid", 'p', "PID", 0, "Trace this process only", 0 },
	{ "cookie", 'c', "COOKIE", 0, "The BPF cookie to attach with (default 0xcafedead)", 0 },
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	static int pos_args;
	char *end;
	long pid;

	switch (key) {
	case 'h':
		argp_state_help(state, stderr, ARGP_HELP_STD_HELP);
		break;
	case 'v':
		env.verbose = true;
		break;
	case 'p':
		errno = 0;
		pid = strtol(arg, &end, 10);
		if (errno || end == arg || *end || pid <= 0 || pid > 0x7fffffff) {
			fprintf(stderr, "Invalid PID: %s\n", arg);
			argp_usage(state);
		}
		env.pid = (pid_t)pid;
		break;
	case 'c':
		errno = 0;
		env.cookie = strtoull(arg, &end, 0);
		if (errno || end == arg || *end) {
			fprintf(stderr, "Invalid cookie: %s\n", arg);
			argp_usage(state);
		}
		break;
	case ARGP_KEY_ARG:
		if (pos_args == 0)
			env.binary = arg;
		else if (pos_args == 1)
			env.provider = arg;
		else if (pos_args == 2)
			env.name = arg;
		else
			argp_usage(state);
		pos_args++;
		break;
	case ARGP_KEY_END:
		if (pos_args != 3)
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
	const struct usdt_event *e = data;
	int i;

	(void)ctx;
	if (data_sz < sizeof(*e))
		return 0;
	printf("%s:%s pid=%d comm=%s cookie=0x%llx args=", env.provider, env.name, e->pid, e->comm,
	       (unsigned long long)e->cookie);
	for (i = 0; i < e->arg_cnt && i < 3; i++)
		printf("%s%lld", i ? "," : "", (long long)e->args[i]);
	printf("\n");
	return 0;
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	LIBBPF_OPTS(bpf_usdt_opts, usdt_opts);
	struct ring_buffer *rb = NULL;
	struct usdt_bpf *skel;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	libbpf_set_print(libbpf_print_fn);

	skel = usdt_bpf__open_and_load();
	if (!skel) {
		fprintf(stderr, "Failed to open and load BPF skeleton\n");
		return 1;
	}

	/*
	 * As libbpf-bootstrap's usdt_manual_attach: the probe by provider and
	 * name in the binary, a pid (-1: any), and a cookie the program reads
	 * back with bpf_usdt_cookie().
	 */
	usdt_opts.usdt_cookie = env.cookie;
	skel->links.on_probe = bpf_program__attach_usdt(skel->progs.on_probe, env.pid, env.binary,
							env.provider, env.name, &usdt_opts);
	if (!skel->links.on_probe) {
		err = -errno;
		fprintf(stderr, "Failed to attach BPF program `on_probe`: %d\n", err);
		goto cleanup;
	}

	rb = ring_buffer__new(bpf_map__fd(skel->maps.events), handle_event, NULL, NULL);
	if (!rb) {
		err = -errno;
		fprintf(stderr, "Failed to create ring buffer\n");
		goto cleanup;
	}

	if (signal(SIGINT, sig_int) == SIG_ERR || signal(SIGTERM, sig_int) == SIG_ERR) {
		err = -errno;
		fprintf(stderr, "Can't set signal handler: %s\n", strerror(errno));
		goto cleanup;
	}

	printf("Tracing %s:%s in %s", env.provider, env.name, env.binary);
	if (env.pid > 0)
		printf(", pid %d", env.pid);
	printf("... Hit Ctrl-C to end.\n");
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
		fflush(stdout);
	}

cleanup:
	ring_buffer__free(rb);
	usdt_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
