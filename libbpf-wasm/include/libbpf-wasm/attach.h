/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * The explicit bpf_program__attach_*() calls.
 *
 * On the project's runtime they attach through the extension ABI (ext.h):
 * any target, pid, offset, function name, cookie, as libbpf does, and the
 * link they return detaches when destroyed.
 *
 * Built with -DLIBBPF_WASM_NO_EXT (for the upstream runtimes, which
 * attach a program only by its SEC name), an explicit call works when it
 * asks for what the SEC name already says: bpf_program__attach_kprobe(prog,
 * false, "do_unlinkat") on a program of SEC("kprobe/do_unlinkat"),
 * bpf_program__attach_tracepoint(prog, "sched", "sched_switch") on
 * SEC("tp/sched/sched_switch"). Anything the SEC name cannot express
 * (another target, a pid, an offset, a cookie) fails with NULL, errno
 * EOPNOTSUPP and one line saying what the section says.
 */
#ifndef __LIBBPF_WASM_ATTACH_H
#define __LIBBPF_WASM_ATTACH_H

#include "program.h"
#include "ext.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The SEC names that mean what a call asks for: at most four spellings. */
struct libbpf_wasm_secs {
	char name[4][256];
	int cnt;
};

__attribute__((format(printf, 2, 3)))
LIBBPF_API void libbpf_wasm__sec_add(struct libbpf_wasm_secs *s, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (s->cnt == 4)
		return;
	va_start(ap, fmt);
	n = vsnprintf(s->name[s->cnt], sizeof(s->name[0]), fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n < sizeof(s->name[0]))
		s->cnt++;
}

LIBBPF_API struct bpf_link *libbpf_wasm__attach_refused(const struct bpf_program *prog,
							 const char *call, const char *why)
{
	libbpf_wasm__pr_warn("%s: prog '%s' of SEC(\"%s\"): %s; the wasm-bpf runtime attaches a program only as its SEC name says (-EOPNOTSUPP)\n",
			     call, prog->name, prog->sec_name, why);
	return (struct bpf_link *)libbpf_wasm__err_ptr(-EOPNOTSUPP);
}

/* Attaches prog if its SEC name is one of s; why says what was asked. */
LIBBPF_API struct bpf_link *libbpf_wasm__attach_as(const struct bpf_program *prog,
						   const char *call,
						   const struct libbpf_wasm_secs *s)
{
	char why[300];
	int i;

	if (!prog)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
	for (i = 0; i < s->cnt; i++)
		if (strcmp(prog->sec_name, s->name[i]) == 0)
			return libbpf_wasm__attach((struct bpf_program *)prog, NULL);
	snprintf(why, sizeof(why), "asked for SEC(\"%s\")", s->cnt ? s->name[0] : "?");
	return libbpf_wasm__attach_refused(prog, call, why);
}

LIBBPF_API struct bpf_link *bpf_program__attach_kprobe(const struct bpf_program *prog,
							bool retprobe, const char *func_name)
{
	struct libbpf_wasm_secs s = {{{0}}, 0};

#ifndef LIBBPF_WASM_NO_EXT
	LIBBPF_OPTS(bpf_kprobe_opts, opts, .retprobe = retprobe);

	(void)s;
	return bpf_program__attach_kprobe_opts(prog, func_name, &opts);
#endif

	if (!prog || !func_name)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
	libbpf_wasm__sec_add(&s, "%s/%s", retprobe ? "kretprobe" : "kprobe", func_name);
	return libbpf_wasm__attach_as(prog, "bpf_program__attach_kprobe", &s);
}

LIBBPF_API struct bpf_link *
bpf_program__attach_kprobe_opts(const struct bpf_program *prog, const char *func_name,
				const struct bpf_kprobe_opts *opts)
{
	const char *call = "bpf_program__attach_kprobe_opts";
	struct libbpf_wasm_secs s = {{{0}}, 0};

	if (!prog || !func_name)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
#ifndef LIBBPF_WASM_NO_EXT
	(void)s;
	return LIBBPF_WASM_EXT_ATTACH(prog, call, wasm_bpf_ext_attach_kprobe(
		prog->obj->handle, prog->name, func_name, LIBBPF_WASM_OPTS_GET(opts, offset, 0),
		LIBBPF_WASM_OPTS_GET(opts, retprobe, false) ? WASM_BPF_EXT_RETPROBE : 0,
		LIBBPF_WASM_OPTS_GET(opts, bpf_cookie, 0)));
#endif
	if (LIBBPF_WASM_OPTS_GET(opts, bpf_cookie, 0) || LIBBPF_WASM_OPTS_GET(opts, offset, 0))
		return libbpf_wasm__attach_refused(prog, call, "a cookie or an offset was asked for");
	libbpf_wasm__sec_add(&s, "%s/%s", LIBBPF_WASM_OPTS_GET(opts, retprobe, false) ?
			     "kretprobe" : "kprobe", func_name);
	return libbpf_wasm__attach_as(prog, call, &s);
}

LIBBPF_API struct bpf_link *
bpf_program__attach_kprobe_multi_opts(const struct bpf_program *prog, const char *pattern,
				      const struct bpf_kprobe_multi_opts *opts)
{
	const char *call = "bpf_program__attach_kprobe_multi_opts";
	struct libbpf_wasm_secs s = {{{0}}, 0};

	if (!prog)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
	if (!pattern || LIBBPF_WASM_OPTS_GET(opts, syms, NULL) != NULL ||
	    LIBBPF_WASM_OPTS_GET(opts, addrs, NULL) != NULL ||
	    LIBBPF_WASM_OPTS_GET(opts, cookies, NULL) != NULL)
		return libbpf_wasm__attach_refused(prog, call, "symbols, addresses or cookies were asked for");
	libbpf_wasm__sec_add(&s, "%s/%s", LIBBPF_WASM_OPTS_GET(opts, retprobe, false) ?
			     "kretprobe.multi" : "kprobe.multi", pattern);
	return libbpf_wasm__attach_as(prog, call, &s);
}

LIBBPF_API struct bpf_link *bpf_program__attach_ksyscall(const struct bpf_program *prog,
							  const char *syscall_name,
							  const struct bpf_ksyscall_opts *opts)
{
	const char *call = "bpf_program__attach_ksyscall";
	struct libbpf_wasm_secs s = {{{0}}, 0};

	if (!prog || !syscall_name)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
#ifndef LIBBPF_WASM_NO_EXT
	(void)s;
	return LIBBPF_WASM_EXT_ATTACH(prog, call, wasm_bpf_ext_attach_ksyscall(
		prog->obj->handle, prog->name, syscall_name,
		LIBBPF_WASM_OPTS_GET(opts, retprobe, false) ? WASM_BPF_EXT_RETPROBE : 0,
		LIBBPF_WASM_OPTS_GET(opts, bpf_cookie, 0)));
#endif
	if (LIBBPF_WASM_OPTS_GET(opts, bpf_cookie, 0))
		return libbpf_wasm__attach_refused(prog, call, "a cookie was asked for");
	libbpf_wasm__sec_add(&s, "%s/%s", LIBBPF_WASM_OPTS_GET(opts, retprobe, false) ?
			     "kretsyscall" : "ksyscall", syscall_name);
	return libbpf_wasm__attach_as(prog, call, &s);
}

/*
 * With -DLIBBPF_WASM_NO_EXT: only by function name, for every process, what
 * SEC("uprobe/PATH:FUNC") says. The binary path is the runtime's (a host
 * path): the kernel attaches to the file, not to anything in the guest.
 */
LIBBPF_API struct bpf_link *
bpf_program__attach_uprobe_opts(const struct bpf_program *prog, pid_t pid,
				const char *binary_path, size_t func_offset,
				const struct bpf_uprobe_opts *opts)
{
	const char *call = "bpf_program__attach_uprobe_opts";
	const char *func = LIBBPF_WASM_OPTS_GET(opts, func_name, NULL);
	const char *kind = LIBBPF_WASM_OPTS_GET(opts, retprobe, false) ? "uretprobe" : "uprobe";
	struct libbpf_wasm_secs s = {{{0}}, 0};

	if (!prog || !binary_path)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
#ifndef LIBBPF_WASM_NO_EXT
	(void)s; (void)kind;
	return LIBBPF_WASM_EXT_ATTACH(prog, call, wasm_bpf_ext_attach_uprobe(
		prog->obj->handle, prog->name, pid, binary_path, func_offset, func,
		LIBBPF_WASM_OPTS_GET(opts, retprobe, false) ? WASM_BPF_EXT_RETPROBE : 0,
		LIBBPF_WASM_OPTS_GET(opts, ref_ctr_offset, 0),
		LIBBPF_WASM_OPTS_GET(opts, bpf_cookie, 0)));
#endif
	if (!func || func_offset || pid != -1 || LIBBPF_WASM_OPTS_GET(opts, bpf_cookie, 0) ||
	    LIBBPF_WASM_OPTS_GET(opts, ref_ctr_offset, 0))
		return libbpf_wasm__attach_refused(prog, call,
			"only a function name for every process (pid -1, no offset, cookie or ref_ctr_offset) matches a SEC name");
	libbpf_wasm__sec_add(&s, "%s/%s:%s", kind, binary_path, func);
	libbpf_wasm__sec_add(&s, "%s.s/%s:%s", kind, binary_path, func);
	return libbpf_wasm__attach_as(prog, call, &s);
}

LIBBPF_API struct bpf_link *bpf_program__attach_uprobe(const struct bpf_program *prog,
							bool retprobe, pid_t pid,
							const char *binary_path,
							size_t func_offset)
{
#ifndef LIBBPF_WASM_NO_EXT
	LIBBPF_OPTS(bpf_uprobe_opts, opts, .retprobe = retprobe);

	return bpf_program__attach_uprobe_opts(prog, pid, binary_path, func_offset, &opts);
#endif
	(void)retprobe; (void)pid; (void)binary_path; (void)func_offset;
	if (!prog)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
	return libbpf_wasm__attach_refused(prog, "bpf_program__attach_uprobe",
		"a function offset cannot be matched to a SEC name (use bpf_program__attach_uprobe_opts with func_name)");
}

LIBBPF_API struct bpf_link *bpf_program__attach_usdt(const struct bpf_program *prog,
						      pid_t pid, const char *binary_path,
						      const char *usdt_provider,
						      const char *usdt_name,
						      const struct bpf_usdt_opts *opts)
{
	const char *call = "bpf_program__attach_usdt";
	struct libbpf_wasm_secs s = {{{0}}, 0};

	if (!prog || !binary_path || !usdt_provider || !usdt_name)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
#ifndef LIBBPF_WASM_NO_EXT
	(void)s;
	return LIBBPF_WASM_EXT_ATTACH(prog, call, wasm_bpf_ext_attach_usdt(
		prog->obj->handle, prog->name, pid, binary_path, usdt_provider, usdt_name,
		LIBBPF_WASM_OPTS_GET(opts, usdt_cookie, 0)));
#endif
	if (pid != -1 || LIBBPF_WASM_OPTS_GET(opts, usdt_cookie, 0))
		return libbpf_wasm__attach_refused(prog, call, "a pid or a cookie was asked for");
	libbpf_wasm__sec_add(&s, "usdt/%s:%s:%s", binary_path, usdt_provider, usdt_name);
	return libbpf_wasm__attach_as(prog, call, &s);
}

LIBBPF_API struct bpf_link *
bpf_program__attach_tracepoint_opts(const struct bpf_program *prog, const char *tp_category,
				    const char *tp_name, const struct bpf_tracepoint_opts *opts)
{
	const char *call = "bpf_program__attach_tracepoint_opts";
	struct libbpf_wasm_secs s = {{{0}}, 0};

	if (!prog || !tp_category || !tp_name)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
#ifndef LIBBPF_WASM_NO_EXT
	(void)s;
	return LIBBPF_WASM_EXT_ATTACH(prog, call, wasm_bpf_ext_attach_tracepoint(
		prog->obj->handle, prog->name, tp_category, tp_name,
		LIBBPF_WASM_OPTS_GET(opts, bpf_cookie, 0)));
#endif
	if (LIBBPF_WASM_OPTS_GET(opts, bpf_cookie, 0))
		return libbpf_wasm__attach_refused(prog, call, "a cookie was asked for");
	libbpf_wasm__sec_add(&s, "tracepoint/%s/%s", tp_category, tp_name);
	libbpf_wasm__sec_add(&s, "tp/%s/%s", tp_category, tp_name);
	return libbpf_wasm__attach_as(prog, call, &s);
}

LIBBPF_API struct bpf_link *bpf_program__attach_tracepoint(const struct bpf_program *prog,
							    const char *tp_category,
							    const char *tp_name)
{
	struct libbpf_wasm_secs s = {{{0}}, 0};

#ifndef LIBBPF_WASM_NO_EXT
	(void)s;
	return bpf_program__attach_tracepoint_opts(prog, tp_category, tp_name, NULL);
#endif
	if (!prog || !tp_category || !tp_name)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
	libbpf_wasm__sec_add(&s, "tracepoint/%s/%s", tp_category, tp_name);
	libbpf_wasm__sec_add(&s, "tp/%s/%s", tp_category, tp_name);
	return libbpf_wasm__attach_as(prog, "bpf_program__attach_tracepoint", &s);
}

LIBBPF_API struct bpf_link *bpf_program__attach_raw_tracepoint(const struct bpf_program *prog,
								const char *tp_name)
{
	struct libbpf_wasm_secs s = {{{0}}, 0};

	if (!prog || !tp_name)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
#ifndef LIBBPF_WASM_NO_EXT
	return LIBBPF_WASM_EXT_ATTACH(prog, "bpf_program__attach_raw_tracepoint",
		wasm_bpf_ext_attach_raw_tracepoint(prog->obj->handle, prog->name, tp_name));
#endif
	libbpf_wasm__sec_add(&s, "raw_tracepoint/%s", tp_name);
	libbpf_wasm__sec_add(&s, "raw_tp/%s", tp_name);
	libbpf_wasm__sec_add(&s, "raw_tracepoint.w/%s", tp_name);
	libbpf_wasm__sec_add(&s, "raw_tp.w/%s", tp_name);
	return libbpf_wasm__attach_as(prog, "bpf_program__attach_raw_tracepoint", &s);
}

/*
 * pfd comes from perf_event_open through syscall() (<unistd.h>), which on
 * the project's runtime opens it in the runtime: the link then owns it, as
 * in libbpf (destroying the link closes it).
 */
LIBBPF_API struct bpf_link *
bpf_program__attach_perf_event_opts(const struct bpf_program *prog, int pfd,
				    const struct bpf_perf_event_opts *opts)
{
	const char *call = "bpf_program__attach_perf_event_opts";

	if (!prog)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
#ifndef LIBBPF_WASM_NO_EXT
	return LIBBPF_WASM_EXT_ATTACH(prog, call, wasm_bpf_ext_attach_perf_event(
		prog->obj->handle, prog->name, pfd, LIBBPF_WASM_OPTS_GET(opts, bpf_cookie, 0)));
#else
	(void)pfd; (void)opts;
	return libbpf_wasm__attach_refused(prog, call, "a perf event fd cannot be named by a SEC name");
#endif
}

LIBBPF_API struct bpf_link *bpf_program__attach_perf_event(const struct bpf_program *prog,
							   int pfd)
{
	return bpf_program__attach_perf_event_opts(prog, pfd, NULL);
}

#ifndef LIBBPF_WASM_NO_EXT
/*
 * By ifindex and by fd, through the project runtime's extension: XDP as a
 * bpf_link; a cgroup or network namespace named by a file the guest opened
 * under a --dir grant (open("/sys/fs/cgroup/x", O_RDONLY | O_DIRECTORY),
 * open("/proc/self/ns/net", O_RDONLY)).
 */
LIBBPF_API struct bpf_link *bpf_program__attach_xdp(const struct bpf_program *prog,
						     int ifindex)
{
	const char *call = "bpf_program__attach_xdp";

	return LIBBPF_WASM_EXT_ATTACH(prog, call,
		wasm_bpf_ext_attach_xdp(prog->obj->handle, prog->name, ifindex));
}

LIBBPF_API struct bpf_link *bpf_program__attach_cgroup(const struct bpf_program *prog,
							int cgroup_fd)
{
	const char *call = "bpf_program__attach_cgroup";

	return LIBBPF_WASM_EXT_ATTACH(prog, call,
		wasm_bpf_ext_attach_cgroup(prog->obj->handle, prog->name, cgroup_fd));
}

LIBBPF_API struct bpf_link *bpf_program__attach_netns(const struct bpf_program *prog,
						       int netns_fd)
{
	const char *call = "bpf_program__attach_netns";

	return LIBBPF_WASM_EXT_ATTACH(prog, call,
		wasm_bpf_ext_attach_netns(prog->obj->handle, prog->name, netns_fd));
}
#else
LIBBPF_API struct bpf_link *bpf_program__attach_xdp(const struct bpf_program *prog,
						     int ifindex)
{
	libbpf_wasm__pr_warn("bpf_program__attach_xdp: prog '%s': attach by ifindex %d is not possible in a guest; use bpf_program__attach_xdp_ifname() (-EOPNOTSUPP)\n",
		prog ? prog->name : "?", ifindex);
	return (struct bpf_link *)libbpf_wasm__err_ptr(-EOPNOTSUPP);
}

LIBBPF_API struct bpf_link *bpf_program__attach_cgroup(const struct bpf_program *prog,
							int cgroup_fd)
{
	libbpf_wasm__pr_warn("bpf_program__attach_cgroup: prog '%s': attach by cgroup fd %d is not possible in a guest; use bpf_program__attach_cgroup_path() (-EOPNOTSUPP)\n",
		prog ? prog->name : "?", cgroup_fd);
	return (struct bpf_link *)libbpf_wasm__err_ptr(-EOPNOTSUPP);
}
#endif /* LIBBPF_WASM_NO_EXT */

/* fentry/fexit/fmod_ret/tp_btf/lsm: the target is in the program's BTF. */
LIBBPF_API struct bpf_link *bpf_program__attach_trace(const struct bpf_program *prog)
{
	return libbpf_wasm__attach((struct bpf_program *)prog, NULL);
}

LIBBPF_API struct bpf_link *bpf_program__attach_trace_opts(const struct bpf_program *prog,
							    const struct bpf_trace_opts *opts)
{
	if (!prog)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
	if (LIBBPF_WASM_OPTS_GET(opts, cookie, 0))
		return libbpf_wasm__attach_refused(prog, "bpf_program__attach_trace_opts",
						   "a cookie was asked for");
	return libbpf_wasm__attach((struct bpf_program *)prog, NULL);
}

LIBBPF_API struct bpf_link *bpf_program__attach_lsm(const struct bpf_program *prog)
{
	return libbpf_wasm__attach((struct bpf_program *)prog, NULL);
}

LIBBPF_API struct bpf_link *bpf_program__attach_iter(const struct bpf_program *prog,
						      const struct bpf_iter_attach_opts *opts)
{
	const union bpf_iter_link_info *info = LIBBPF_WASM_OPTS_GET(opts, link_info, NULL);

	if (!prog)
		return (struct bpf_link *)libbpf_wasm__err_ptr(-EINVAL);
#ifndef LIBBPF_WASM_NO_EXT
	/*
	 * A link with an fd, for bpf_iter_create(); with link_info, of one
	 * map, task or cgroup (the runtime checks the descriptors it names)
	 */
	if (info)
		return LIBBPF_WASM_EXT_ATTACH(prog, "bpf_program__attach_iter",
			wasm_bpf_ext_attach_iter_info(prog->obj->handle, prog->name, info,
				LIBBPF_WASM_OPTS_GET(opts, link_info_len, 0)));
	return LIBBPF_WASM_EXT_ATTACH(prog, "bpf_program__attach_iter",
		wasm_bpf_ext_attach_iter(prog->obj->handle, prog->name));
#else
	if (info)
		return libbpf_wasm__attach_refused(prog, "bpf_program__attach_iter",
						   "link_info (a map, task or cgroup to iterate) was asked for");
	return libbpf_wasm__attach((struct bpf_program *)prog, NULL);
#endif
}

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* __LIBBPF_WASM_ATTACH_H */
