/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <netinet/in.h> for wasm32-wasi guests: wasi-libc's, which names only the
 * protocols WASI sockets have (IP, ICMP, TCP, UDP, IPv6, raw), plus the
 * rest of Linux's IPPROTO_* numbers, which BPF tools print packets with
 * (libbpf-bootstrap's sockfilter indexes a table by them, up to
 * IPPROTO_MAX). The numbers are IANA's, the same everywhere.
 */
#ifndef __LIBBPF_WASM_NETINET_IN_H
#define __LIBBPF_WASM_NETINET_IN_H

#include_next <netinet/in.h>

#ifdef __wasi__
#ifndef IPPROTO_HOPOPTS
#define IPPROTO_HOPOPTS 0
#endif
#ifndef IPPROTO_IGMP
#define IPPROTO_IGMP 2
#endif
#ifndef IPPROTO_IPIP
#define IPPROTO_IPIP 4
#endif
#ifndef IPPROTO_EGP
#define IPPROTO_EGP 8
#endif
#ifndef IPPROTO_PUP
#define IPPROTO_PUP 12
#endif
#ifndef IPPROTO_IDP
#define IPPROTO_IDP 22
#endif
#ifndef IPPROTO_TP
#define IPPROTO_TP 29
#endif
#ifndef IPPROTO_DCCP
#define IPPROTO_DCCP 33
#endif
#ifndef IPPROTO_ROUTING
#define IPPROTO_ROUTING 43
#endif
#ifndef IPPROTO_FRAGMENT
#define IPPROTO_FRAGMENT 44
#endif
#ifndef IPPROTO_RSVP
#define IPPROTO_RSVP 46
#endif
#ifndef IPPROTO_GRE
#define IPPROTO_GRE 47
#endif
#ifndef IPPROTO_ESP
#define IPPROTO_ESP 50
#endif
#ifndef IPPROTO_AH
#define IPPROTO_AH 51
#endif
#ifndef IPPROTO_ICMPV6
#define IPPROTO_ICMPV6 58
#endif
#ifndef IPPROTO_NONE
#define IPPROTO_NONE 59
#endif
#ifndef IPPROTO_DSTOPTS
#define IPPROTO_DSTOPTS 60
#endif
#ifndef IPPROTO_MTP
#define IPPROTO_MTP 92
#endif
#ifndef IPPROTO_BEETPH
#define IPPROTO_BEETPH 94
#endif
#ifndef IPPROTO_ENCAP
#define IPPROTO_ENCAP 98
#endif
#ifndef IPPROTO_PIM
#define IPPROTO_PIM 103
#endif
#ifndef IPPROTO_COMP
#define IPPROTO_COMP 108
#endif
#ifndef IPPROTO_SCTP
#define IPPROTO_SCTP 132
#endif
#ifndef IPPROTO_MH
#define IPPROTO_MH 135
#endif
#ifndef IPPROTO_UDPLITE
#define IPPROTO_UDPLITE 136
#endif
#ifndef IPPROTO_MPLS
#define IPPROTO_MPLS 137
#endif
#ifndef IPPROTO_ETHERNET
#define IPPROTO_ETHERNET 143
#endif
#ifndef IPPROTO_MPTCP
#define IPPROTO_MPTCP 262
#endif
#ifndef IPPROTO_MAX
#define IPPROTO_MAX 263
#endif
#endif /* __wasi__ */

#endif /* __LIBBPF_WASM_NETINET_IN_H */
