// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * xdpcount: count IPv4 packets by protocol on an interface with XDP, and
 * UDP datagrams to one port, in the manner of libbpf-bootstrap's XDP
 * examples. Per-CPU counters are summed over libbpf_num_possible_cpus().
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
#include "xdpcount.h"
#include "xdpcount.skel.h"
#include "trace_helpers.h"

static struct env {
	const char *ifname;
	long port;
	long duration;
	bool verbose;
} env = { NULL, 0, 99999999, false };

static volatile sig_atomic_t exiting;

const char *argp_program_version = "xdpcount 0.1";
static const char argp_program_doc[] =
	"Count IPv4 packets by protocol with XDP.\n"
	"\n"
	"USAGE: xdpcount -i IFNAME [-p PORT] [-d DURATION] [-v]\n";

static const struct argp_option opts[] = {
	{ "interface", 'i', "IFNAME", 0, "Interface to attach to", 0 },
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
	case 'i':
		env.ifname = arg;
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
	case ARGP_KEY_END:
		if (!env.ifname) {
			fprintf(stderr, "an interface (-i) is required\n");
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

static const char *proto_name(__u32 proto)
{
	switch (proto) {
	case 1: return "icmp";
	case 6: return "tcp";
	case 17: return "udp";
	default: return "other";
	}
}

static int print_stats(struct xdpcount_bpf *obj, int nr_cpus)
{
	int fd = bpf_map__fd(obj->maps.proto_packets), cpu, err;
	__u64 *values = (__u64 *)calloc((size_t)nr_cpus, sizeof(__u64));
	struct udp_port_stats ps;
	__u32 key, zero = 0;

	if (!values)
		return -ENOMEM;
	printf("%-6s %-5s %s\n", "PROTO", "NAME", "PACKETS");
	for (key = 0; key < MAX_PROTO; key++) {
		unsigned long long sum = 0;

		err = bpf_map_lookup_elem(fd, &key, values);
		if (err) {
			free(values);
			return err;
		}
		for (cpu = 0; cpu < nr_cpus; cpu++)
			sum += values[cpu];
		if (sum)
			printf("%-6u %-5s %llu\n", key, proto_name(key), sum);
	}
	free(values);
	if (env.port) {
		err = bpf_map__lookup_elem(obj->maps.port_hits, &zero, sizeof(zero), &ps, sizeof(ps), 0);
		if (err)
			return err;
		printf("udp port %ld: %llu packets, %llu bytes\n", env.port,
		       (unsigned long long)ps.packets, (unsigned long long)ps.bytes);
	}
	return 0;
}

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	struct xdpcount_bpf *obj;
	struct bpf_link *link = NULL;
	int err, nr_cpus;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	obj = xdpcount_bpf__open();
	if (!obj) {
		fprintf(stderr, "failed to open BPF object\n");
		return 1;
	}
	obj->rodata->targ_port = (__u16)env.port;
	err = xdpcount_bpf__load(obj);
	if (err) {
		fprintf(stderr, "failed to load BPF object: %d\n", err);
		goto cleanup;
	}
	nr_cpus = libbpf_num_possible_cpus();
	if (nr_cpus <= 0) {
		fprintf(stderr, "failed to get the number of CPUs: %d\n", nr_cpus);
		err = nr_cpus ? nr_cpus : -EINVAL;
		goto cleanup;
	}
	/*
	 * Natively: bpf_program__attach_xdp(prog, if_nametoindex(ifname)). A
	 * guest has no if_nametoindex() (<net/if.h>), and the runtime attaches
	 * XDP by interface name.
	 */
	link = bpf_program__attach_xdp_ifname(obj->progs.xdp_count, env.ifname);
	if (!link) {
		err = -errno;
		fprintf(stderr, "failed to attach XDP to %s: %s\n", env.ifname, strerror(errno));
		goto cleanup;
	}
	signal(SIGINT, sig_handler);
	printf("Counting packets on %s... Hit Ctrl-C to end.\n", env.ifname);
	while (!exiting && env.duration-- > 0)
		sleep(1);
	err = print_stats(obj, nr_cpus);
	if (err)
		fprintf(stderr, "failed to read counters: %s\n", strerror(-err));

cleanup:
	bpf_link__destroy(link);
	xdpcount_bpf__destroy(obj);
	return err != 0;
}
