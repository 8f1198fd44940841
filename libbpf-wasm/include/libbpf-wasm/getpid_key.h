/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The map key shared by getpid()'s two halves (libbpf-wasm/getpid.h and
 * libbpf-wasm/bpf/getpid.bpf.c): a fixed magic that the BPF program looks
 * for in every bpf(BPF_MAP_LOOKUP_ELEM), then a random nonce that only the
 * asking guest knows, so no other process's lookup can answer for it.
 */
#ifndef __LIBBPF_WASM_GETPID_KEY_H
#define __LIBBPF_WASM_GETPID_KEY_H

#define LIBBPF_WASM_GETPID_MAGIC 0x6469707465672d77ULL /* "w-getpid" */

struct libbpf_wasm__getpid_key {
	unsigned long long magic;
	unsigned long long nonce;
};

#endif
