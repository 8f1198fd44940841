// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * xdp: attach an XDP program to an interface and print its per-protocol
 * packet and byte counts every interval, summed over CPUs.
 */
#include <argp.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <bpf/libbpf.h>
#include "xdp.wasm.h"
#include "xdp.skel.h"

static const char *const slot_names[NR_SLOTS] = {
	[SLOT_IPV4_TCP] = "ipv4/tcp", [SLOT_IPV4_UDP] = "ipv4/udp",
	[SLOT_IPV4_ICMP] = "ipv4/icmp", [SLOT_IPV4_OTHER] = "ipv4/other",
	[SLOT_IPV6_TCP] = "ipv6/tcp", [SLOT_IPV6_UDP] = "ipv6/udp",
	[SLOT_IPV6_ICMP] = "ipv6/icmp", [SLOT_IPV6_OTHER] = "ipv6/other",
	[SLOT_NOT_IP] = "not-ip",
};

static struct env {
	const char *ifname;
	long port;
	long interval_ms;
	long count;
} env = { .interval_ms = 1000 };

const char *argp_program_version = "xdp 0.1";
static const char doc[] =
	"Count the packets and bytes an interface receives, per protocol, with XDP.\n"
	"\n"
	"USAGE: xdp [-p PORT] [-i MS] [-c COUNT] IFNAME\n"
	"\v"
	"EXAMPLES:\n"
	"    xdp lo            # everything lo receives\n"
	"    xdp -p 53 eth0    # TCP and UDP to or from port 53\n";

static const struct argp_option opts[] = {
	{ "port", 'p', "PORT", 0, "Count TCP and UDP packets of this port only", 0 },
	{ "interval", 'i', "MS", 0, "Print every MS milliseconds (default 1000)", 0 },
	{ "count", 'c', "COUNT", 0, "Stop after COUNT intervals", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	long *dst = key == 'p' ? &env.port : key == 'i' ? &env.interval_ms : &env.count;
	char *end;

	switch (key) {
	case 'p':
	case 'i':
	case 'c':
		errno = 0;
		*dst = strtol(arg, &end, 10);
		if (errno || *end || end == arg || *dst < 1 || (key == 'p' && *dst > 65535)) {
			fprintf(stderr, "xdp: invalid number '%s'\n", arg);
			argp_usage(state);
		}
		break;
	case 'h':
		argp_state_help(state, stdout, ARGP_HELP_STD_HELP);
		break;
	case ARGP_KEY_ARG:
		if (env.ifname)
			argp_usage(state);
		env.ifname = arg;
		break;
	case ARGP_KEY_END:
		if (!env.ifname) {
			fprintf(stderr, "xdp: an interface name is required\n");
			argp_usage(state);
		}
		break;
	default:
		return ARGP_ERR_UNKNOWN;
	}
	return 0;
}

static const struct argp argp = {
	.options = opts,
	.parser = parse_arg,
	.args_doc = "IFNAME",
	.doc = doc,
};

/* One line per protocol seen: a per-CPU value has one slot per CPU. */
static int report(struct xdp_bpf *skel, long n)
{
	int cpus = libbpf_num_possible_cpus(), c, err;
	struct counters *per_cpu;
	__u32 slot;

	if (cpus <= 0)
		return cpus;
	per_cpu = calloc((size_t)cpus, sizeof(*per_cpu));
	if (!per_cpu)
		return -ENOMEM;
	printf("--- %ld\n", n);
	for (slot = 0; slot < NR_SLOTS; slot++) {
		unsigned long long packets = 0, bytes = 0;

		err = bpf_map__lookup_elem(skel->maps.stats, &slot, sizeof(slot), per_cpu,
					   sizeof(*per_cpu) * cpus, 0);
		if (err)
			break;
		for (c = 0; c < cpus; c++) {
			packets += per_cpu[c].packets;
			bytes += per_cpu[c].bytes;
		}
		if (packets)
			printf("%-11s %10llu packets %12llu bytes\n", slot_names[slot], packets, bytes);
	}
	free(per_cpu);
	return err;
}

static volatile bool exiting;

static void sig_handler(int sig)
{
	(void)sig;
	exiting = true;
}

int main(int argc, char **argv)
{
	struct xdp_bpf *skel;
	long i;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 1;
	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGINT, sig_handler);
	signal(SIGTERM, sig_handler);
	skel = xdp_bpf__open();
	if (!skel) {
		fprintf(stderr, "Failed to open BPF skeleton\n");
		return 1;
	}
	skel->rodata->port_filter = (__u16)env.port;
	err = xdp_bpf__load(skel);
	if (err) {
		fprintf(stderr, "Failed to load BPF skeleton\n");
		goto cleanup;
	}
	/* by name: a guest cannot turn an interface name into an ifindex */
	if (!bpf_program__attach_xdp_ifname(skel->progs.count_packets, env.ifname)) {
		err = -errno;
		fprintf(stderr, "Failed to attach XDP to %s: %s\n", env.ifname, strerror(errno));
		goto cleanup;
	}
	printf("Counting packets on %s%s\n", env.ifname, env.port ? " (one port)" : "");
	for (i = 1; !exiting && (!env.count || i <= env.count); i++) {
		struct timespec ts = { env.interval_ms / 1000, (env.interval_ms % 1000) * 1000000L };
		bool slept = nanosleep(&ts, NULL) == 0;

		err = report(skel, i);
		if (err || !slept)
			break;
	}
cleanup:
	xdp_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
