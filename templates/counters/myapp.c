// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* User side, a WebAssembly guest: every second, the syscall counts of the
 * busiest process names, read (and reset) from the hash map. */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <bpf/libbpf.h>
#include <bpf/bpf.h>
#include "myapp.skel.h"

#define TOP 10

struct row {
	char name[16];
	__u64 count;
};

static int by_count(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	return x->count < y->count ? 1 : x->count > y->count ? -1 : strcmp(x->name, y->name);
}

/* Reads every entry (iteration starts from a NULL key), then clears them. */
static int report(int fd)
{
	static struct row rows[4096];
	char key[16], next[16];
	int n = 0, i, err;

	err = bpf_map_get_next_key(fd, NULL, next);
	while (!err && n < 4096) {
		memcpy(key, next, sizeof(key));
		if (!bpf_map_lookup_elem(fd, key, &rows[n].count)) {
			memcpy(rows[n].name, key, sizeof(key));
			n++;
		}
		err = bpf_map_get_next_key(fd, key, next);
	}
	for (i = 0; i < n; i++)
		bpf_map_delete_elem(fd, rows[i].name);
	qsort(rows, (size_t)n, sizeof(rows[0]), by_count);
	printf("%-16s %10s\n", "COMM", "SYSCALLS");
	for (i = 0; i < n && i < TOP; i++)
		printf("%-16.16s %10llu\n", rows[i].name, (unsigned long long)rows[i].count);
	printf("\n");
	return err == -ENOENT ? 0 : err;
}

static volatile bool exiting;

static void sig_handler(int sig)
{
	(void)sig;
	exiting = true;
}

int main(void)
{
	struct myapp_bpf *skel;
	int err;

	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGINT, sig_handler);
	signal(SIGTERM, sig_handler);
	skel = myapp_bpf__open_and_load();
	if (!skel) {
		fprintf(stderr, "Failed to open and load BPF skeleton\n");
		return 1;
	}
	err = myapp_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "Failed to attach BPF skeleton: %d\n", err);
		goto cleanup;
	}
	printf("Counting syscalls per process name... Ctrl-C to stop.\n");
	while (!exiting) {
		struct timespec second = { 1, 0 };

		/* a signal cuts the sleep short */
		if (nanosleep(&second, NULL))
			break;
		err = report(bpf_map__fd(skel->maps.counts));
		if (err) {
			fprintf(stderr, "Failed to read the map: %d\n", err);
			break;
		}
	}

cleanup:
	myapp_bpf__destroy(skel);
	return err < 0 ? 1 : 0;
}
