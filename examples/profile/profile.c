// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * profile: samples what runs on every CPU at a fixed frequency, one perf
 * event per CPU as libbpf-bootstrap's profile does, and prints each sample
 * with its kernel and user stacks (addresses: a guest has no symbolizer).
 * The CPU-cycles hardware event is tried first, and the cpu-clock
 * software event where there is none (virtual machines). perf_event_open
 * and bpf_program__attach_perf_event() are the wasm-bpf runtime's
 * extension (docs/abi.md); the CPUs are read from /sys (--dir /sys).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <linux/perf_event.h>
#include <bpf/libbpf.h>
#include "profile.wasm.h"
#include "profile.skel.h"

static volatile sig_atomic_t exiting;

static void sig_handler(int sig)
{
	(void)sig;
	exiting = 1;
}

static long perf_event_open(struct perf_event_attr *hw_event, pid_t pid, int cpu, int group_fd,
			    unsigned long flags)
{
	return syscall(__NR_perf_event_open, hw_event, pid, cpu, group_fd, flags);
}

static void show_stack_trace(const __u64 *stack, int stack_sz)
{
	int i;

	for (i = 0; i < stack_sz; i++)
		printf("  %d [<%016llx>]\n", i, (unsigned long long)stack[i]);
}

/* Receive events from the ring buffer. */
static int event_handler(void *ctx, void *data, size_t size)
{
	const struct stacktrace_event *event = data;

	(void)ctx;
	if (size < sizeof(*event))
		return 0;
	if (event->kstack_sz <= 0 && event->ustack_sz <= 0)
		return 1;

	printf("COMM: %s (pid=%u) @ CPU %u\n", event->comm, event->pid, event->cpu_id);

	if (event->kstack_sz > 0) {
		printf("Kernel:\n");
		show_stack_trace(event->kstack, event->kstack_sz / (int)sizeof(__u64));
	} else {
		printf("No Kernel Stack\n");
	}

	if (event->ustack_sz > 0) {
		printf("Userspace:\n");
		show_stack_trace(event->ustack, event->ustack_sz / (int)sizeof(__u64));
	} else {
		printf("No Userspace Stack\n");
	}

	printf("\n");
	return 0;
}

static void show_help(const char *progname)
{
	printf("Usage: %s [-f FREQUENCY] [-p PID] [-d SECONDS] [-s] [-h]\n"
	       "\n"
	       "Samples every CPU FREQUENCY times a second (default 1) and prints each\n"
	       "sample's process, CPU and stacks. -p samples one process only, -d stops\n"
	       "after SECONDS, -s uses the cpu-clock software event from the start.\n",
	       progname);
}

static bool parse_int(const char *s, long min, long max, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(s, &end, 10);
	return !errno && end != s && !*end && *out >= min && *out <= max;
}

int main(int argc, char *const argv[])
{
	int num_cpus, cpu, pefd, argp, i, err = 0;
	long freq = 1, pid = -1, duration = 0;
	bool sw_event = false;
	struct profile_bpf *skel = NULL;
	struct perf_event_attr attr;
	struct bpf_link **links = NULL;
	struct ring_buffer *ring_buf = NULL;
	struct timespec start, now;

	while ((argp = getopt(argc, argv, "hf:p:d:s")) != -1) {
		switch (argp) {
		case 'f':
			if (!parse_int(optarg, 1, 100000, &freq)) {
				fprintf(stderr, "Invalid frequency: %s\n", optarg);
				return 2;
			}
			break;
		case 'p':
			if (!parse_int(optarg, 1, 0x7fffffff, &pid)) {
				fprintf(stderr, "Invalid pid: %s\n", optarg);
				return 2;
			}
			break;
		case 'd':
			if (!parse_int(optarg, 1, 0x7fffffff, &duration)) {
				fprintf(stderr, "Invalid duration: %s\n", optarg);
				return 2;
			}
			break;
		case 's':
			sw_event = true;
			break;
		case 'h':
			show_help(argv[0]);
			return 0;
		default:
			show_help(argv[0]);
			return 2;
		}
	}
	if (optind < argc) {
		show_help(argv[0]);
		return 2;
	}

	signal(SIGINT, sig_handler);
	signal(SIGTERM, sig_handler);

	num_cpus = libbpf_num_possible_cpus();
	if (num_cpus <= 0) {
		fprintf(stderr, "Fail to get the number of processors\n");
		return 1;
	}

	skel = profile_bpf__open_and_load();
	if (!skel) {
		fprintf(stderr, "Fail to open and load BPF skeleton\n");
		return 1;
	}

	links = calloc(num_cpus, sizeof(struct bpf_link *));
	if (!links) {
		fprintf(stderr, "Fail to allocate memory\n");
		err = -ENOMEM;
		goto cleanup;
	}

	memset(&attr, 0, sizeof(attr));
	attr.type = sw_event ? PERF_TYPE_SOFTWARE : PERF_TYPE_HARDWARE;
	attr.size = sizeof(attr);
	attr.config = sw_event ? PERF_COUNT_SW_CPU_CLOCK : PERF_COUNT_HW_CPU_CYCLES;
	attr.sample_freq = freq;
	attr.freq = 1;

	for (cpu = 0; cpu < num_cpus; cpu++) {
		pefd = perf_event_open(&attr, (pid_t)pid, cpu, -1, PERF_FLAG_FD_CLOEXEC);
		if (pefd < 0 && !sw_event && (errno == ENOENT || errno == EOPNOTSUPP)) {
			/* no hardware cycles counter here: the kernel's clock */
			fprintf(stderr, "No hardware CPU cycles event; sampling with cpu-clock\n");
			sw_event = true;
			attr.type = PERF_TYPE_SOFTWARE;
			attr.config = PERF_COUNT_SW_CPU_CLOCK;
			pefd = perf_event_open(&attr, (pid_t)pid, cpu, -1, PERF_FLAG_FD_CLOEXEC);
		}
		if (pefd < 0) {
			/* a CPU that is not online */
			if (errno == ENODEV)
				continue;
			fprintf(stderr, "Fail to set up performance monitor on a CPU/Core: %s\n",
				strerror(errno));
			err = -1;
			goto cleanup;
		}
		links[cpu] = bpf_program__attach_perf_event(skel->progs.profile, pefd);
		if (!links[cpu]) {
			fprintf(stderr, "Fail to attach the perf event on CPU %d\n", cpu);
			close(pefd);
			err = -1;
			goto cleanup;
		}
	}

	/* Set up ring buffer polling */
	ring_buf = ring_buffer__new(bpf_map__fd(skel->maps.events), event_handler, NULL, NULL);
	if (!ring_buf) {
		err = -1;
		goto cleanup;
	}

	printf("Sampling %d CPUs at %ld Hz (%s)... Hit Ctrl-C to end.\n\n", num_cpus, freq,
	       sw_event ? "cpu-clock" : "cpu-cycles");
	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &start);
	while (!exiting) {
		err = ring_buffer__poll(ring_buf, 100);
		if (err == -EINTR) {
			err = 0;
			break;
		}
		if (err < 0) {
			fprintf(stderr, "Error polling ring buffer: %d\n", err);
			break;
		}
		err = 0;
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (duration && now.tv_sec - start.tv_sec >= duration)
			break;
	}
	ring_buffer__consume(ring_buf);

cleanup:
	if (links) {
		for (i = 0; i < num_cpus; i++)
			bpf_link__destroy(links[i]);
		free(links);
	}
	ring_buffer__free(ring_buf);
	profile_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
