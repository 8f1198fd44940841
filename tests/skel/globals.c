// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Sets .rodata, .data and .bss through the skeleton before load, then
 * prints what the kernel program reported back and the .bss counter.
 * Usage: globals.wasm N   (N: getpgid() calls the test will make)
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>
#include "globals.wasm.h"
#include "globals.skel.h"

static int reports;

static int on_report(void *ctx, void *data, size_t size)
{
	const struct report *r = data;

	(void)ctx;
	if (size != sizeof(*r)) {
		printf("bad report size %zu (expected %zu)\n", size, sizeof(*r));
		return 0;
	}
	reports++;
	printf("report %d: ro_long=%lld ro_ulong=%#llx ro_ptr=%#llx ro_flag=%d "
	       "ro_array=%d,%d,%d ro_point=%d,%lld,%s data_long=%lld data_ulong=%#llx "
	       "bss_long=%lld bss_array=%d,%d,%d,%d bss_point=%d,%lld,%s custom=%lld,%u count=%u\n",
	       reports, (long long)r->ro_long, (unsigned long long)r->ro_ulong,
	       (unsigned long long)r->ro_ptr, r->ro_flag, r->ro_array[0],
	       r->ro_array[1], r->ro_array[2], r->ro_point.x,
	       (long long)r->ro_point.y, r->ro_point.tag, (long long)r->data_long,
	       (unsigned long long)r->data_ulong, (long long)r->bss_long,
	       r->bss_array[0], r->bss_array[1], r->bss_array[2], r->bss_array[3],
	       r->bss_point.x, (long long)r->bss_point.y, r->bss_point.tag,
	       (long long)r->custom_data, r->custom_ro, r->count);
	return 0;
}

int main(int argc, char **argv)
{
	struct globals_bpf *skel;
	struct ring_buffer *rb = NULL;
	int want = argc > 1 ? atoi(argv[1]) : 1, polls = 0, err;

	setvbuf(stdout, NULL, _IOLBF, 0);
	skel = globals_bpf__open();
	if (!skel) {
		printf("open failed: %d\n", -errno);
		return 1;
	}
	printf("before load: ro_long=%lld data_long=%lld data_ulong=%llu custom=%lld,%u\n",
	       (long long)skel->rodata->ro_long, (long long)skel->data->data_long,
	       (unsigned long long)skel->data->data_ulong,
	       (long long)skel->data_custom->custom_data, skel->rodata_custom->custom_ro);

	strcpy((char *)skel->rodata->target_comm, "wbtrigger");
	skel->rodata->ro_long = -1234567890123LL;
	skel->rodata->ro_ulong = 0xfedcba9876543210ULL;
	skel->rodata->ro_ptr = 0x1122334455667788ULL;
	skel->rodata->ro_flag = true;
	skel->rodata->ro_array[0] = 7;
	skel->rodata->ro_array[1] = 8;
	skel->rodata->ro_array[2] = 9;
	skel->rodata->ro_point.x = -5;
	skel->rodata->ro_point.y = 1LL << 40;
	strcpy(skel->rodata->ro_point.tag, "ab");
	skel->data->data_long = -77;
	skel->data->data_ulong = 1ULL << 63;
	skel->bss->bss_long = 42;
	for (int i = 0; i < 4; i++)
		skel->bss->bss_array[i] = i + 1;
	skel->bss->bss_point.x = 3;
	skel->bss->bss_point.y = -(1LL << 35);
	strcpy(skel->bss->bss_point.tag, "xy");
	skel->data_custom->custom_data = -99;
	skel->rodata_custom->custom_ro = 4000000000u;

	err = globals_bpf__load(skel);
	if (!err)
		err = globals_bpf__attach(skel);
	if (!err) {
		rb = ring_buffer__new(bpf_map__fd(skel->maps.reports), on_report, NULL, NULL);
		err = rb ? 0 : -errno;
	}
	if (err) {
		printf("setup failed: %d\n", err);
		globals_bpf__destroy(skel);
		return 1;
	}
	printf("READY\n");
	/* up to 20 s for the test to make its calls */
	while (reports < want && polls++ < 200) {
		err = ring_buffer__poll(rb, 100);
		if (err < 0 && err != -EINTR) {
			printf("poll failed: %d\n", err);
			break;
		}
		if (err == -EINTR)
			break;
	}
	err = bpf_object__read_globals(skel->obj);
	printf("reports=%d event_count=%u read_globals=%d\n", reports,
	       skel->bss->event_count, err);
	ring_buffer__free(rb);
	globals_bpf__destroy(skel);
	return 0;
}
