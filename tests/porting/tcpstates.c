// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * tcpstates: trace TCP session state changes and durations, like
 * libbpf-tools' tcpstates (sock:inet_sock_set_state), through the
 * bpf_buffer wrapper on a ring buffer.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <arpa/inet.h>
#include <sys/socket.h>

#include <bpf/libbpf.h>
#include "tcpstates.h"
#include "tcpstates.skel.h"
#include "compat.h"
#include "trace_helpers.h"

#define LINUX_AF_INET 2
#define LINUX_AF_INET6 10

static volatile sig_atomic_t exiting;

static struct env {
	long port;
	short family;
	bool emit_timestamp;
	bool verbose;
} env;

static const char *tcp_states[] = {
	"UNKNOWN", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2",
	"TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING", "NEW_SYN_RECV",
};

const char *argp_program_version = "tcpstates 0.1";
static const char argp_program_doc[] =
	"Trace TCP session state changes and durations.\n"
	"\n"
	"USAGE: tcpstates [-4] [-6] [-T] [-P PORT]\n"
	"\n"
	"EXAMPLES:\n"
	"    tcpstates                # trace all TCP state changes\n"
	"    tcpstates -T             # include timestamps\n"
	"    tcpstates -P 80          # only connections with local or remote port 80\n";

static const struct argp_option opts[] = {
	{ "ipv4", '4', NULL, 0, "Trace IPv4 family only", 0 },
	{ "ipv6", '6', NULL, 0, "Trace IPv6 family only", 0 },
	{ "timestamp", 'T', NULL, 0, "Include timestamp on output", 0 },
	{ "port", 'P', "PORT", 0, "Trace this local or remote port only", 0 },
	{ "verbose", 'v', NULL, 0, "Verbose debug output", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	switch (key) {
	case 'v':
		env.verbose = true;
		break;
	case 'T':
		env.emit_timestamp = true;
		break;
	case '4':
		env.family = LINUX_AF_INET;
		break;
	case '6':
		env.family = LINUX_AF_INET6;
		break;
	case 'P':
		if (!parse_long(arg, 1, 65535, &env.port)) {
			fprintf(stderr, "invalid port: %s\n", arg);
			argp_usage(state);
		}
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

static const char *state_name(int state)
{
	if (state < 0 || state >= (int)(sizeof(tcp_states) / sizeof(tcp_states[0])))
		return "UNKNOWN";
	return tcp_states[state];
}

static int handle_event(void *ctx, void *data, size_t data_sz)
{
	char saddr[INET6_ADDRSTRLEN], daddr[INET6_ADDRSTRLEN], ts[16];
	const struct event *e = (const struct event *)data;
	/* the kernel's AF_ numbers, which are not necessarily the guest's */
	int af = e->family == LINUX_AF_INET ? AF_INET : AF_INET6;

	(void)ctx;
	if (data_sz < sizeof(*e))
		return 0;
	if (env.emit_timestamp) {
		strftime_now(ts, sizeof(ts));
		printf("%8s ", ts);
	}
	if (!inet_ntop(af, e->saddr, saddr, sizeof(saddr)))
		strcpy(saddr, "?");
	if (!inet_ntop(af, e->daddr, daddr, sizeof(daddr)))
		strcpy(daddr, "?");
	printf("%-16llx %-7u %-16s %-2d %-15s %-5u %-15s %-5u %-11s -> %-11s %.3f\n",
	       (unsigned long long)e->skaddr, e->pid, e->task, e->family == LINUX_AF_INET ? 4 : 6,
	       saddr, e->sport, daddr, e->dport, state_name(e->oldstate),
	       state_name(e->newstate), (double)e->delta_us / 1000);
	return 0;
}

static void handle_lost_events(void *ctx, int cpu, unsigned long long lost_cnt)
{
	(void)ctx;
	fprintf(stderr, "lost %llu events on CPU #%d\n", lost_cnt, cpu);
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	LIBBPF_OPTS(bpf_object_open_opts, open_opts);
	struct bpf_buffer *buf = NULL;
	struct tcpstates_bpf *obj;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	obj = tcpstates_bpf__open_opts(&open_opts);
	if (!obj) {
		fprintf(stderr, "failed to open BPF object\n");
		return 1;
	}
	obj->rodata->targ_port = (__u16)env.port;
	obj->rodata->target_family = env.family;

	buf = bpf_buffer__new(obj->maps.events, NULL);
	if (!buf) {
		err = -errno;
		fprintf(stderr, "failed to create the event buffer: %s\n", strerror(errno));
		goto cleanup;
	}
	err = tcpstates_bpf__load(obj);
	if (err) {
		fprintf(stderr, "failed to load BPF object: %d\n", err);
		goto cleanup;
	}
	err = tcpstates_bpf__attach(obj);
	if (err) {
		fprintf(stderr, "failed to attach BPF programs: %d\n", err);
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

	if (env.emit_timestamp)
		printf("%8s ", "TIME(s)");
	printf("%-16s %-7s %-16s %-2s %-15s %-5s %-15s %-5s %-11s -> %-11s %s\n", "SKADDR", "PID",
	       "COMM", "IP", "LADDR", "LPORT", "RADDR", "RPORT", "OLDSTATE", "NEWSTATE", "MS");
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
	tcpstates_bpf__destroy(obj);
	return err != 0;
}
