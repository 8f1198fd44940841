// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Prints libbpf's name of every program, map, attach and link type value
 * from 0 to 99 ("-" where there is none). Built natively against libbpf and
 * as a guest against the SDK: the two outputs must be the same.
 */
#include <stdio.h>
#include <bpf/libbpf.h>

static void show(const char *kind, const char *name)
{
	printf(" %s=%s", kind, name ? name : "-");
}

int main(void)
{
	int t;

	for (t = 0; t < 100; t++) {
		printf("%d", t);
		show("prog", libbpf_bpf_prog_type_str((enum bpf_prog_type)t));
		show("map", libbpf_bpf_map_type_str((enum bpf_map_type)t));
		show("attach", libbpf_bpf_attach_type_str((enum bpf_attach_type)t));
		show("link", libbpf_bpf_link_type_str((enum bpf_link_type)t));
		printf("\n");
	}
	return 0;
}
