// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * cgcount: count what the sockets of a cgroup v2 send, with a cgroup_skb
 * egress program, and the UDP datagrams among them to one port.
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
#include "cgcount.h"
#include "cgcount.skel.h"
#include "trace_helpers.h"

static struct env {
	const char *cgroup;
	long port;
	long duration;
	bool verbose;
} env = { NULL, 0, 99999999, false };

static volatile sig_atomic_t exiting;

const char *argp_program_version = "cgcount 0.1";
static const char argp_program_doc[] =
	"Count egress packets of a cgroup v2.\n"
	"\n"
	"USAGE: cgcount [-p PORT] [-d DURATION] [-v] CGROUP-PATH\n"
	"\n"
	"EXAMPLES:\n"
	"    cgcount /sys/fs/cgroup/system.slice   # count until Ctrl-C\n"
	"    cgcount -p 53 -d 10 /sys/fs/cgroup/x  # and UDP to port 53, 10 seconds\n";

static const struct argp_option opts[] = {
	{ "port", 'p', "PORT", 0, "Also count UDP datagrams to this port", 0 },
	{ "duration", 'd', "DURATION", 0, "Seconds to count", 0 },
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
	case 'p':
		if (!parse_long(arg, 1, 65535, &env.port)) {
			fprintf(stderr, "invalid port: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'd':
		if (!parse_long(arg, 1, 0x7fffffffL, &env.duration)) {
			fprintf(stderr, "invalid duration: %s\n", arg);
			argp_usage(state);
		}
		break;
	case 'v':
		env.verbose = true;
		break;
	case ARGP_KEY_ARG:
		if (env.cgroup) {
			fprintf(stderr, "one cgroup only\n");
			argp_usage(state);
		}
		env.cgroup = arg;
		break;
	case ARGP_KEY_END:
		if (!env.cgroup) {
			fprintf(stderr, "a cgroup path is required\n");
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

static void sig_int(int signo)
{
	(void)signo;
	exiting = 1;
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	struct cgcount_bpf *obj;
	struct cg_counters c;
	__u32 zero = 0;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	obj = cgcount_bpf__open();
	if (!obj) {
		fprintf(stderr, "failed to open BPF object\n");
		return 1;
	}
	obj->rodata->targ_port = (__u16)env.port;
	err = cgcount_bpf__load(obj);
	if (err) {
		fprintf(stderr, "failed to load BPF object: %d\n", err);
		goto cleanup;
	}
	/*
	 * Natively: cgfd = open(path, O_RDONLY); bpf_program__attach_cgroup(prog,
	 * cgfd). A guest cannot open the cgroup: the runtime opens the path.
	 */
	obj->links.count_egress = bpf_program__attach_cgroup_path(obj->progs.count_egress,
								  env.cgroup);
	if (!obj->links.count_egress) {
		err = -errno;
		fprintf(stderr, "failed to attach to cgroup %s: %s\n", env.cgroup, strerror(errno));
		goto cleanup;
	}
	signal(SIGINT, sig_int);
	printf("Counting egress of %s... Hit Ctrl-C to end.\n", env.cgroup);
	while (!exiting && env.duration-- > 0)
		sleep(1);
	err = bpf_map__lookup_elem(obj->maps.counters, &zero, sizeof(zero), &c, sizeof(c), 0);
	if (err) {
		fprintf(stderr, "failed to read counters: %s\n", strerror(-err));
		goto cleanup;
	}
	printf("packets %llu bytes %llu\n", (unsigned long long)c.packets,
	       (unsigned long long)c.bytes);
	if (env.port)
		printf("udp port %ld: %llu packets\n", env.port,
		       (unsigned long long)c.udp_port_packets);

cleanup:
	cgcount_bpf__destroy(obj);
	return err != 0;
}
