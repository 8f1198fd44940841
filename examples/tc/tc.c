// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * tc: a tc ingress classifier on an interface, set up as libbpf-bootstrap's
 * tc does (bpf_tc_hook_create, bpf_tc_attach, then bpf_tc_detach and
 * bpf_tc_hook_destroy at the end), counting packets, IPv4 packets and UDP
 * datagrams to one port. tc hooks are netlink requests the wasm-bpf
 * runtime's extension makes (docs/abi.md); if_nametoindex() reads /sys.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <net/if.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include "tc.wasm.h"
#include "tc.skel.h"

#define LO_IFINDEX 1

static volatile sig_atomic_t exiting = 0;

static void sig_int(int signo)
{
	(void)signo;
	exiting = 1;
}

static int libbpf_print_fn(enum libbpf_print_level level, const char *format, va_list args)
{
	if (level == LIBBPF_DEBUG)
		return 0;
	return vfprintf(stderr, format, args);
}

static void usage(const char *prog)
{
	fprintf(stderr,
		"Usage: %s [-i IFNAME] [-p UDP_PORT] [-v]\n"
		"\n"
		"Counts the packets arriving on IFNAME (default lo) with a tc ingress\n"
		"classifier, every second: all of them, IPv4 ones, and with -p the IPv4\n"
		"UDP datagrams to UDP_PORT. Ctrl-C detaches it and prints the totals.\n",
		prog);
}

static int print_stats(struct tc_bpf *skel, const char *what)
{
	struct ingress_stats s;
	__u32 zero = 0;
	int err;

	err = bpf_map__lookup_elem(skel->maps.stats, &zero, sizeof(zero), &s, sizeof(s), 0);
	if (err) {
		fprintf(stderr, "Failed to read the counters: %s\n", strerror(-err));
		return err;
	}
	printf("%s: packets %llu bytes %llu ipv4 %llu", what, (unsigned long long)s.packets,
	       (unsigned long long)s.bytes, (unsigned long long)s.ipv4);
	if (skel->rodata->udp_port)
		printf(" udp port %u: %llu", skel->rodata->udp_port,
		       (unsigned long long)s.udp_port);
	printf("\n");
	return 0;
}

int main(int argc, char **argv)
{
	DECLARE_LIBBPF_OPTS(bpf_tc_hook, tc_hook, .ifindex = LO_IFINDEX,
			    .attach_point = BPF_TC_INGRESS);
	DECLARE_LIBBPF_OPTS(bpf_tc_opts, tc_opts, .handle = 1, .priority = 1);
	const char *ifname = "lo";
	bool hook_created = false, verbose = false;
	struct tc_bpf *skel;
	long port = 0;
	char *end;
	int opt, err;

	while ((opt = getopt(argc, argv, "i:p:vh")) != -1) {
		switch (opt) {
		case 'i':
			ifname = optarg;
			break;
		case 'p':
			errno = 0;
			port = strtol(optarg, &end, 10);
			if (errno || end == optarg || *end || port < 1 || port > 65535) {
				fprintf(stderr, "Invalid port: %s\n", optarg);
				return 2;
			}
			break;
		case 'v':
			verbose = true;
			break;
		case 'h':
			usage(argv[0]);
			return 0;
		default:
			usage(argv[0]);
			return 2;
		}
	}
	if (optind < argc) {
		usage(argv[0]);
		return 2;
	}
	tc_hook.ifindex = (int)if_nametoindex(ifname);
	if (!tc_hook.ifindex) {
		fprintf(stderr, "Unknown interface %s: %s\n", ifname, strerror(errno));
		return 1;
	}

	if (!verbose)
		libbpf_set_print(libbpf_print_fn);

	skel = tc_bpf__open();
	if (!skel) {
		fprintf(stderr, "Failed to open BPF skeleton\n");
		return 1;
	}
	skel->rodata->udp_port = (__u16)port;
	err = tc_bpf__load(skel);
	if (err) {
		fprintf(stderr, "Failed to load BPF skeleton\n");
		goto cleanup;
	}

	/* The hook (i.e. qdisc) may already exist because of other
	 * applications or a previous run: then it is not ours to destroy. */
	err = bpf_tc_hook_create(&tc_hook);
	if (!err)
		hook_created = true;
	if (err && err != -EEXIST) {
		fprintf(stderr, "Failed to create TC hook: %d\n", err);
		goto cleanup;
	}

	tc_opts.prog_fd = bpf_program__fd(skel->progs.tc_ingress);
	err = bpf_tc_attach(&tc_hook, &tc_opts);
	if (err) {
		fprintf(stderr, "Failed to attach TC: %d\n", err);
		goto cleanup;
	}

	if (signal(SIGINT, sig_int) == SIG_ERR || signal(SIGTERM, sig_int) == SIG_ERR) {
		err = errno;
		fprintf(stderr, "Can't set signal handler: %s\n", strerror(errno));
		goto cleanup;
	}

	printf("Counting ingress packets on %s (ifindex %d, handle %u, priority %u)... Hit Ctrl-C to end.\n",
	       ifname, tc_hook.ifindex, tc_opts.handle, tc_opts.priority);
	fflush(stdout);

	while (!exiting) {
		sleep(1);
		if (!exiting && print_stats(skel, ifname))
			break;
		fflush(stdout);
	}
	print_stats(skel, "total");

	tc_opts.flags = tc_opts.prog_fd = tc_opts.prog_id = 0;
	err = bpf_tc_detach(&tc_hook, &tc_opts);
	if (err) {
		fprintf(stderr, "Failed to detach TC: %d\n", err);
		goto cleanup;
	}

cleanup:
	if (hook_created)
		bpf_tc_hook_destroy(&tc_hook);
	tc_bpf__destroy(skel);
	return -err;
}
