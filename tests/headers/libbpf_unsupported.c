// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * A guest that makes a sample of the libbpf calls a guest cannot make and
 * checks libbpf's error convention: the return value, errno, and exactly
 * one line through the libbpf_set_print() callback naming the call. Also a
 * few calls the SDK answers itself, which must print nothing.
 * Prints "ok WHAT" or "FAIL WHAT: why" per check; exits 1 on a failure.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "print_capture.h"

/* One line naming the call, errno EOPNOTSUPP. */
static const char *said_unsupported(const char *call)
{
	char want[128];

	snprintf(want, sizeof(want), "libbpf: %s: not supported in a wasm-bpf guest: ", call);
	if (errno != EOPNOTSUPP)
		return "errno is not EOPNOTSUPP";
	if (line_cnt != 1)
		return "not exactly one line printed";
	if (strncmp(lines, want, strlen(want)) != 0 || !strstr(lines, "(-EOPNOTSUPP)\n"))
		return "the line does not name the call and the reason";
	return NULL;
}

#define EXPECT_ERR(call, expr)						\
	do {								\
		long ret_;						\
		reset();						\
		ret_ = (long)(expr);					\
		report(call, ret_ != -EOPNOTSUPP ? "did not return -EOPNOTSUPP" \
						 : said_unsupported(call)); \
	} while (0)

#define EXPECT_NULL(call, expr)						\
	do {								\
		const void *p_;						\
		reset();						\
		p_ = (const void *)(expr);				\
		report(call, p_ ? "did not return NULL" : said_unsupported(call)); \
	} while (0)

#define EXPECT_ZERO(call, expr)						\
	do {								\
		long v_;						\
		reset();						\
		v_ = (long)(expr);					\
		report(call, v_ ? "did not return 0" : said_unsupported(call)); \
	} while (0)

static void dump_printf(void *ctx, const char *fmt, va_list args)
{
	(void)ctx;
	(void)fmt;
	(void)args;
}

int main(void)
{
	LIBBPF_OPTS(bpf_map_create_opts, mopts, .map_flags = 0);
	LIBBPF_OPTS(bpf_prog_attach_opts, aopts);
	struct bpf_insn insn;
	__u32 prog_id = 0;
	int ret;

	memset(&insn, 0, sizeof(insn));
	libbpf_set_print(capture);

	EXPECT_ERR("bpf_prog_attach", bpf_prog_attach(3, 4, BPF_CGROUP_INET_INGRESS, 0));
	EXPECT_ERR("bpf_prog_attach_opts", bpf_prog_attach_opts(3, 4, BPF_CGROUP_INET_INGRESS, &aopts));
	EXPECT_ERR("bpf_map_create", bpf_map_create(BPF_MAP_TYPE_HASH, "m", 4, 4, 1, &mopts));
	EXPECT_ERR("bpf_prog_load", bpf_prog_load(BPF_PROG_TYPE_XDP, "p", "GPL", &insn, 1, NULL));
	EXPECT_ERR("bpf_prog_get_next_id", bpf_prog_get_next_id(0, &prog_id));
	EXPECT_ERR("bpf_obj_pin", bpf_obj_pin(3, "/sys/fs/bpf/x"));
	EXPECT_ERR("bpf_obj_get", bpf_obj_get("/sys/fs/bpf/x"));
	EXPECT_ERR("bpf_prog_detach", bpf_prog_detach(3, BPF_CGROUP_INET_INGRESS));
	EXPECT_ERR("libbpf_probe_bpf_prog_type", libbpf_probe_bpf_prog_type(BPF_PROG_TYPE_XDP, NULL));
	EXPECT_ERR("ring_buffer__epoll_fd", ring_buffer__epoll_fd(NULL));
	EXPECT_ERR("btf__add_int", btf__add_int(NULL, "int", 4, BTF_INT_SIGNED));
	EXPECT_ERR("libbpf_register_prog_handler",
		   libbpf_register_prog_handler("custom", BPF_PROG_TYPE_KPROBE, BPF_CGROUP_INET_INGRESS, NULL));
	EXPECT_NULL("btf_dump__new", btf_dump__new(NULL, dump_printf, NULL, NULL));
	EXPECT_NULL("user_ring_buffer__new", user_ring_buffer__new(3, NULL));
	EXPECT_ZERO("bpf_program__flags", bpf_program__flags(NULL));
	EXPECT_ZERO("perf_buffer__buffer_cnt", perf_buffer__buffer_cnt(NULL));

	/* a void call still says so */
	reset();
	bpf_link__disconnect(NULL);
	report("bpf_link__disconnect", said_unsupported("bpf_link__disconnect"));

	/* freeing what cannot be created accepts NULL quietly */
	reset();
	btf_dump__free(NULL);
	btf_ext__free(NULL);
	report("btf_dump__free(NULL), btf_ext__free(NULL)", line_cnt ? "printed a line" : NULL);

	/* calls the SDK answers: right values, nothing printed */
	reset();
	report("libbpf versions",
	       libbpf_major_version() != 1 || libbpf_minor_version() != 1 ||
	       strcmp(libbpf_version_string(), "v1.1") != 0 ? "wrong version" :
	       libbpf_set_strict_mode(LIBBPF_STRICT_ALL) != 0 ? "set_strict_mode failed" :
	       line_cnt ? "printed a line" : NULL);

	/* with the callback set to NULL the call still fails, silently */
	libbpf_set_print(NULL);
	reset();
	ret = bpf_enable_stats(BPF_STATS_RUN_TIME);
	report("libbpf_set_print(NULL) silences",
	       ret != -EOPNOTSUPP || errno != EOPNOTSUPP ? "wrong error" :
	       line_cnt ? "printed a line" : NULL);
	return failures ? 1 : 0;
}
