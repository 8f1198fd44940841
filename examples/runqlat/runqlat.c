// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * runqlat: run-queue latency histograms, printed like bcc's runqlat, read
 * from a hash map every interval (and cleared).
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
#include <bpf/bpf.h>
#include "runqlat.wasm.h"
#include "runqlat.skel.h"

#define SLOTS ((int)(sizeof(((struct hist *)0)->slots) / sizeof(unsigned int)))

static struct env {
	bool millis;
	bool per_process;
	long interval;
	long count;
} env = { .interval = 99999999 };

const char *argp_program_version = "runqlat 0.1";
static const char doc[] =
	"Summarize run queue (scheduler) latency as a histogram.\n"
	"\n"
	"USAGE: runqlat [-m] [-P] [INTERVAL [COUNT]]\n"
	"\v"
	"EXAMPLES:\n"
	"    runqlat         # summarize run queue latency until Ctrl-C\n"
	"    runqlat 1 10    # print 1 second summaries, 10 times\n"
	"    runqlat -mP 1   # millisecond histograms, one per process\n";

static const struct argp_option opts[] = {
	{ "milliseconds", 'm', NULL, 0, "Millisecond histogram", 0 },
	{ "pids", 'P', NULL, 0, "Print a histogram per process ID", 0 },
	{ NULL, 'h', NULL, OPTION_HIDDEN, "Show the full help", 0 },
	{},
};

static error_t parse_arg(int key, char *arg, struct argp_state *state)
{
	static int positional;
	char *end;
	long v;

	switch (key) {
	case 'm':
		env.millis = true;
		break;
	case 'P':
		env.per_process = true;
		break;
	case 'h':
		argp_state_help(state, stdout, ARGP_HELP_STD_HELP);
		break;
	case ARGP_KEY_ARG:
		errno = 0;
		v = strtol(arg, &end, 10);
		if (errno || *end || end == arg || v <= 0 || positional >= 2) {
			fprintf(stderr, "runqlat: invalid %s '%s'\n", positional ? "count" : "interval", arg);
			argp_usage(state);
		}
		*(positional++ ? &env.count : &env.interval) = v;
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

/* bcc's layout: "     usecs               : count    distribution" */
static void print_log2_hist(const unsigned int *slots, const char *unit)
{
	unsigned int max = 0;
	int i, last = -1, width = 40;

	for (i = 0; i < SLOTS; i++) {
		if (slots[i] > max)
			max = slots[i];
		if (slots[i])
			last = i;
	}
	printf("%*s%-*s : count    distribution\n", 5, "", 19, unit);
	for (i = 0; i <= last; i++) {
		unsigned long long low = i ? 1ULL << i : 0, high = (1ULL << (i + 1)) - 1;
		int stars = max ? (int)((unsigned long long)slots[i] * width / max) : 0;

		printf("%10llu -> %-10llu : %-8u |%-*.*s|\n", low, high, slots[i], width, stars,
		       "****************************************");
	}
}

/* Prints and deletes every histogram; iteration starts from a NULL key. */
static int print_hists(struct runqlat_bpf *skel)
{
	int fd = bpf_map__fd(skel->maps.hists), err;
	__u32 key, next;
	struct hist h;

	err = bpf_map_get_next_key(fd, NULL, &next);
	while (!err) {
		key = next;
		err = bpf_map_get_next_key(fd, &key, &next);
		if (bpf_map_lookup_elem(fd, &key, &h))
			continue;
		if (env.per_process)
			printf("\npid = %u %s\n", key, h.comm);
		print_log2_hist(h.slots, env.millis ? "msecs" : "usecs");
		bpf_map_delete_elem(fd, &key);
	}
	return err == -ENOENT ? 0 : err;
}

static volatile bool exiting;

static void sig_handler(int sig)
{
	(void)sig;
	exiting = true;
}

int main(int argc, char **argv)
{
	struct runqlat_bpf *skel;
	long i;
	int err;

	err = argp_parse(&argp, argc, argv, 0, NULL, NULL);
	if (err)
		return 1;
	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGINT, sig_handler);
	signal(SIGTERM, sig_handler);
	skel = runqlat_bpf__open();
	if (!skel) {
		fprintf(stderr, "Failed to open BPF skeleton\n");
		return 1;
	}
	skel->rodata->per_process = env.per_process;
	skel->rodata->millis = env.millis;
	err = runqlat_bpf__load(skel);
	if (!err)
		err = runqlat_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to load and attach BPF skeleton: %d\n", err);
		goto cleanup;
	}
	printf("Tracing run queue latency... Hit Ctrl-C to end.\n");
	for (i = 0; !exiting && (!env.count || i < env.count); i++) {
		struct timespec ts = { env.interval, 0 };
		bool slept = nanosleep(&ts, NULL) == 0;
		char when[16];
		time_t t = time(NULL);

		printf("\n");
		if (env.interval < 99999999) {
			strftime(when, sizeof(when), "%H:%M:%S", localtime(&t));
			printf("%-8s\n", when);
		}
		err = print_hists(skel);
		if (err || !slept)
			break;
	}
cleanup:
	runqlat_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
