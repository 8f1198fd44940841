/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The definitions of the SDK, included once at the end of the outermost
 * declaration header (<bpf/libbpf.h>, <bpf/bpf.h>, <bpf/btf.h> or
 * <bpf/libbpf_legacy.h>), after every declaration header is complete.
 */
#ifndef __LIBBPF_WASM_IMPL_H
#define __LIBBPF_WASM_IMPL_H

#include "../bpf/libbpf.h"
#include "../bpf/bpf.h"
#include "../bpf/btf.h"
#include "../bpf/libbpf_legacy.h"

#include "common.h"
#include "object.h"
#include "map.h"
#include "map_ops.h"
#include "program.h"
#include "attach.h"
#include "tc.h"
#include "xdp.h"
#include "buffer.h"
#include "skeleton.h"
#include "btf.h"
#include "misc.h"
#include "names.h"
#include "sections.h"
#include "unsupported.h"

#endif /* __LIBBPF_WASM_IMPL_H */
