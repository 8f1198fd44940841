// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* User code as libbpf-tools write it: the shared header, then the skeleton. */
#include <stdio.h>
#include <string.h>
#include <bpf/libbpf.h>
#include "shared.h"
#include "shared.skel.h"

int main(void)
{
	struct shared_bpf *skel = shared_bpf__open();
	struct event e;
	data_t d;

	if (!skel)
		return 1;
	memset(&e, 0, sizeof(e));
	memset(&d, 0, sizeof(d));
	skel->rodata->targ_mode = MODE_PID;
	skel->rodata->targ_span.lo = 1;
	e = skel->bss->last_event;
	d = skel->bss->totals;
	printf("%d %llu %u %u\n", e.pid, d.count, skel->bss->hists[0].slots[0],
	       skel->bss->cfg.h.slots[1]);
	shared_bpf__destroy(skel);
	return 0;
}
