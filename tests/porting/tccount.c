// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * tccount: count ingress packets with a tc classifier, set up the way
 * libbpf-bootstrap's tc example does (bpf_tc_hook_create, bpf_tc_attach,
 * bpf_tc_detach, bpf_tc_hook_destroy). tc hooks are netlink requests: in a
 * guest the runtime's extension makes them (docs/abi.md).
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
#include "tccount.h"
#include "tccount.skel.h"
#include "trace_helpers.h"

#define LO_IFINDEX 1

static struct env {
	long ifindex;
	long duration;
	bool verbose;
} env = { LO_IFINDEX, 99999999, false };

static volatile sig_atomic_t exiting;

const char *argp_program_version = "tccount 0.1";
static const char argp_program_doc[] =
	"Count ingress packets with a tc classifier.\n"
	"\n"
	"USAGE: tccount [-i IFINDEX] [-d DURATION] [-v]\n";

static const struct argp_option opts[] = {
	{ "ifindex", 'i', "IFINDEX", 0, "Interface index (default 1, lo)", 0 },
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
		if (!parse_long(arg, 1, 0x7fffffffL, &env.ifindex)) {
			fprintf(stderr, "invalid ifindex: %s\n", arg);
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

int main(int argc, char **argv)
{
	static const struct argp argp = { opts, parse_arg, NULL, argp_program_doc, NULL, NULL, NULL };
	DECLARE_LIBBPF_OPTS(bpf_tc_hook, tc_hook, .ifindex = LO_IFINDEX,
			    .attach_point = BPF_TC_INGRESS);
	DECLARE_LIBBPF_OPTS(bpf_tc_opts, tc_opts, .handle = 1, .priority = 1);
	bool hook_created = false;
	struct tccount_bpf *skel;
	struct tccount_stats s;
	__u32 zero = 0;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 2;
	tc_hook.ifindex = (int)env.ifindex;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(libbpf_print_fn);

	skel = tccount_bpf__open_and_load();
	if (!skel) {
		fprintf(stderr, "Failed to open and load BPF skeleton\n");
		return 1;
	}
	printf("Loaded tc_ingress (fd %d)\n", bpf_program__fd(skel->progs.tc_ingress));

	/*
	 * The hook is created to ensure existence, it may already exist; then
	 * bpf_tc_hook_destroy must not destroy it at the end.
	 */
	err = bpf_tc_hook_create(&tc_hook);
	if (!err)
		hook_created = true;
	if (err && err != -EEXIST) {
		fprintf(stderr, "Failed to create TC hook: %d (%s)\n", err, strerror(-err));
		goto cleanup;
	}
	tc_opts.prog_fd = bpf_program__fd(skel->progs.tc_ingress);
	err = bpf_tc_attach(&tc_hook, &tc_opts);
	if (err) {
		fprintf(stderr, "Failed to attach TC: %d\n", err);
		goto cleanup;
	}
	if (signal(SIGINT, sig_int) == SIG_ERR) {
		err = -errno;
		fprintf(stderr, "Can't set signal handler: %s\n", strerror(errno));
		goto cleanup;
	}
	printf("Counting ingress packets on ifindex %ld... Hit Ctrl-C to end.\n", env.ifindex);
	while (!exiting && env.duration-- > 0)
		sleep(1);
	err = bpf_map__lookup_elem(skel->maps.stats, &zero, sizeof(zero), &s, sizeof(s), 0);
	if (!err)
		printf("packets %llu bytes %llu ipv4 %llu\n", (unsigned long long)s.packets,
		       (unsigned long long)s.bytes, (unsigned long long)s.ipv4);

	tc_opts.flags = tc_opts.prog_fd = tc_opts.prog_id = 0;
	err = bpf_tc_detach(&tc_hook, &tc_opts);
	if (err)
		fprintf(stderr, "Failed to detach TC: %d\n", err);

cleanup:
	if (hook_created)
		bpf_tc_hook_destroy(&tc_hook);
	tccount_bpf__destroy(skel);
	return err != 0;
}
