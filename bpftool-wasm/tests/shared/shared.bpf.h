/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* Only BPF code includes it, as libbpf-tools' maps.bpf.h: its types are
 * defined in the skeleton, like the .bpf.c's. */
#ifndef __SHARED_BPF_H
#define __SHARED_BPF_H

struct bpf_side_stats {
	unsigned long long hits;
};

#endif /* __SHARED_BPF_H */
