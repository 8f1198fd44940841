// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * options.wasm MODE
 *   autoload-off  fentry program off: load, attach, count getpgid() calls
 *   autoload-on   fentry program on: load must fail
 *   max-entries   hash map resized to 4: the fifth key must not fit
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <bpf/libbpf.h>
#include "options.skel.h"

/* Errors by name: a guest's errno values are WASI's, not Linux's. */
static const char *errname(int err)
{
	static char buf[16];

	switch (-err) {
	case 0: return "0";
	case E2BIG: return "-E2BIG";
	case EBUSY: return "-EBUSY";
	case EINVAL: return "-EINVAL";
	case ENOENT: return "-ENOENT";
	case EPERM: return "-EPERM";
	default:
		snprintf(buf, sizeof(buf), "%d", err);
		return buf;
	}
}

static int autoload_off(struct options_bpf *skel)
{
	int err, i;

	bpf_program__set_autoload(skel->progs.refused_fentry, false);
	err = options_bpf__load(skel);
	printf("load=%d\n", err);
	if (err)
		return 1;
	err = options_bpf__attach(skel);
	printf("attach=%d\n", err);
	if (err)
		return 1;
	printf("READY\n");
	/* wait (up to 20 s) until the test's calls have been counted */
	for (i = 0; i < 200 && skel->bss->hits < 3; i++) {
		struct timespec ts = { 0, 100 * 1000 * 1000 };

		nanosleep(&ts, NULL);
		bpf_object__read_globals(skel->obj);
	}
	printf("hits=%u\n", skel->bss->hits);
	return 0;
}

static int max_entries(struct options_bpf *skel)
{
	__u64 value = 7;
	__u32 key;
	int err;

	err = bpf_map__set_max_entries(skel->maps.small, 4);
	printf("set_max_entries=%d\n", err);
	bpf_program__set_autoload(skel->progs.refused_fentry, false);
	err = options_bpf__load(skel);
	printf("load=%d max_entries=%u\n", err, bpf_map__max_entries(skel->maps.small));
	if (err)
		return 1;
	for (key = 1; key <= 5; key++) {
		err = bpf_map__update_elem(skel->maps.small, &key, sizeof(key),
					   &value, sizeof(value), BPF_NOEXIST);
		printf("update %u=%s\n", key, errname(err));
	}
	err = bpf_map__set_max_entries(skel->maps.small, 8);
	printf("set_max_entries after load=%s\n", errname(err));
	return 0;
}

int main(int argc, char **argv)
{
	struct options_bpf *skel;
	int ret = 1;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc != 2) {
		fprintf(stderr, "usage: options.wasm autoload-off|autoload-on|max-entries\n");
		return 2;
	}
	skel = options_bpf__open();
	if (!skel) {
		printf("open failed: %d\n", -errno);
		return 1;
	}
	if (!strcmp(argv[1], "autoload-off")) {
		ret = autoload_off(skel);
	} else if (!strcmp(argv[1], "autoload-on")) {
		printf("load=%s\n", errname(options_bpf__load(skel)));
		ret = 0;
	} else if (!strcmp(argv[1], "max-entries")) {
		ret = max_entries(skel);
	}
	options_bpf__destroy(skel);
	return ret;
}
