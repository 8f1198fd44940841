// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * ext MODE ARGS: libbpf's explicit attach calls and links, as a tool
 * writes them; on the project's runtime they go through the extension ABI.
 * Counts are read from .bss after each step; the test paces the steps by
 * writing a line to stdin.
 *
 *   ext uprobe BINARY FUNC|OFFSET PID   uprobe + uretprobe, pid filter
 *   ext detach PID PID2                two programs on one tracepoint,
 *                                      the first detached between the
 *                                      two processes' calls
 *   ext skel-detach PID PID2           the same with the skeleton's links
 *                                      (bpf_program__attach), their fds
 *   ext raw PID                        raw tracepoint sys_enter
 *   ext pin PID PATH                   a link pinned, then unpinned
 *   ext kprobe                         what the kernel says to a kprobe
 *   ext tc IFNAME [leave]              tc ingress counter (libbpf-bootstrap's
 *                                      tc); "leave": exit without detaching
 *   ext tasks                          a task iterator's output, as read()
 *   ext iters PID DIR                  iterators with link_info: one task
 *                                      (PID), one cgroup (DIR, by its fd)
 *   ext xdp IFNAME                     XDP by ifindex, packets counted
 *   ext xdpflags IFNAME [leave]        bpf_xdp_attach in SKB mode, with
 *                                      UPDATE_IF_NOEXIST, query, detach
 *   ext cgroup DIR                     cgroup/sock_create by the directory's fd
 */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <net/if.h>
#include <linux/if_link.h>
#include <linux/bpf.h>
#include <bpf/libbpf.h>
#include "ext.skel.h"

static struct ext_bpf *skel;

static struct ext_bpf__bss *counts(void)
{
	static struct ext_bpf__bss bss;
	int zero = 0;

	if (bpf_map__lookup_elem(skel->maps.bss, &zero, sizeof(zero), &bss, sizeof(bss), 0)) {
		fprintf(stderr, "cannot read .bss: %s\n", strerror(errno));
		exit(1);
	}
	return &bss;
}

/* the test's go-ahead */
static void step(void)
{
	char line[16];

	fflush(stdout);
	if (!fgets(line, sizeof(line), stdin))
		exit(1);
}

static int fail(const char *what)
{
	fprintf(stderr, "%s: %s\n", what, strerror(errno));
	return 1;
}

static int uprobe(const char *binary, const char *where)
{
	LIBBPF_OPTS(bpf_uprobe_opts, opts);
	char *end;
	size_t offset = strtoul(where, &end, 0);
	struct bpf_link *entry, *ret;

	/* a number is an offset in the file, anything else a function name */
	if (*end) {
		offset = 0;
		opts.func_name = where;
	}
	entry = bpf_program__attach_uprobe_opts(skel->progs.uprobe_work, skel->bss->target_pid,
						binary, offset, &opts);
	if (!entry)
		return fail("attach uprobe");
	opts.retprobe = true;
	ret = bpf_program__attach_uprobe_opts(skel->progs.uretprobe_work, skel->bss->target_pid,
					      binary, offset, &opts);
	if (!ret)
		return fail("attach uretprobe");
	printf("attached, link fds %s\n", bpf_link__fd(entry) >= 0 && bpf_link__fd(ret) >= 0 ?
	       "valid" : "missing");
	step();
	printf("uprobe hits=%llu arg=%d uretprobe hits=%llu ret=%d\n",
	       (unsigned long long)counts()->uprobe_hits, counts()->last_arg,
	       (unsigned long long)counts()->uretprobe_hits, counts()->last_ret);
	bpf_link__destroy(entry);
	bpf_link__destroy(ret);
	return 0;
}

/*
 * by_sec: the links of bpf_program__attach(), as a skeleton's attach makes
 * them; bpf_link__fd() of one is a link fd, as natively
 */
static int detach(bool by_sec)
{
	struct bpf_link *a, *b;

	if (by_sec) {
		a = bpf_program__attach(skel->progs.tp_a);
		b = bpf_program__attach(skel->progs.tp_b);
	} else {
		a = bpf_program__attach_tracepoint(skel->progs.tp_a, "syscalls", "sys_enter_getpgid");
		b = bpf_program__attach_tracepoint(skel->progs.tp_b, "syscalls", "sys_enter_getpgid");
	}
	if (!a || !b)
		return fail("attach tracepoint");
	if (by_sec) {
		int fd = bpf_link__fd(a);

		if (fd < 0)
			return fail("bpf_link__fd");
		printf("link fd %s\n", fd > 2 && fd != bpf_link__fd(b) ? "ok" : "wrong");
	}
	printf("attached\n");
	step();
	printf("phase1 a=%llu b=%llu\n", (unsigned long long)counts()->tp_a_hits,
	       (unsigned long long)counts()->tp_b_hits);
	if (bpf_link__destroy(a))
		return fail("destroy");
	printf("detached a\n");
	step();
	printf("phase2 a=%llu b=%llu\n", (unsigned long long)counts()->tp_a_hits,
	       (unsigned long long)counts()->tp_b_hits);
	bpf_link__destroy(b);
	return 0;
}

static int raw(void)
{
	struct bpf_link *l = bpf_program__attach_raw_tracepoint(skel->progs.raw_enter, "sys_enter");

	if (!l)
		return fail("attach raw tracepoint");
	printf("attached\n");
	step();
	printf("raw hits=%llu\n", (unsigned long long)counts()->raw_hits);
	bpf_link__destroy(l);
	return 0;
}

static int pin(const char *path)
{
	struct bpf_link *l = bpf_program__attach_tracepoint(skel->progs.tp_a, "syscalls",
							    "sys_enter_getpgid");

	if (!l)
		return fail("attach tracepoint");
	if (bpf_link__pin(l, path))
		return fail("pin");
	printf("pinned at %s\n", bpf_link__pin_path(l));
	step();
	if (bpf_link__unpin(l))
		return fail("unpin");
	printf("unpinned\n");
	bpf_link__destroy(l);
	return 0;
}

static int tc(const char *ifname, bool leave)
{
	DECLARE_LIBBPF_OPTS(bpf_tc_hook, tc_hook, .attach_point = BPF_TC_INGRESS);
	DECLARE_LIBBPF_OPTS(bpf_tc_opts, tc_opts, .handle = 1, .priority = 1);
	bool hook_created = false;
	int err;

	tc_hook.ifindex = (int)if_nametoindex(ifname);
	if (!tc_hook.ifindex)
		return fail("if_nametoindex");
	/* as libbpf-bootstrap's tc.c: the clsact may be there already */
	err = bpf_tc_hook_create(&tc_hook);
	if (!err)
		hook_created = true;
	if (err && err != -EEXIST)
		return fail("bpf_tc_hook_create");
	tc_opts.prog_fd = bpf_program__fd(skel->progs.tc_ingress);
	if (bpf_tc_attach(&tc_hook, &tc_opts))
		return fail("bpf_tc_attach");
	printf("attached ifindex=%d handle=%u priority=%u prog_id %s\n", tc_hook.ifindex,
	       tc_opts.handle, tc_opts.priority, tc_opts.prog_id ? "set" : "missing");
	{
		DECLARE_LIBBPF_OPTS(bpf_tc_opts, q, .handle = 1, .priority = 1);

		err = bpf_tc_query(&tc_hook, &q);
		printf("query: %s\n", err ? strerror(-err) :
		       q.prog_id == tc_opts.prog_id ? "the same prog_id" : "another prog_id");
	}
	step();
	printf("tc udp9=%llu\n", (unsigned long long)counts()->tc_udp9);
	if (leave)
		return 0;	/* the runtime removes what is left */
	tc_opts.flags = tc_opts.prog_fd = tc_opts.prog_id = 0;
	if (bpf_tc_detach(&tc_hook, &tc_opts))
		return fail("bpf_tc_detach");
	if (hook_created) {
		/* both points: the clsact itself goes (libbpf-bootstrap's tc.c) */
		tc_hook.attach_point = BPF_TC_EGRESS | BPF_TC_INGRESS;
		bpf_tc_hook_destroy(&tc_hook);
	}
	printf("detached\n");
	return 0;
}

/* An iterator's whole output on stdout, from a link; 0 or -1. */
static int print_iter(struct bpf_link *link)
{
	char buf[4096];
	ssize_t n;
	int fd = bpf_iter_create(bpf_link__fd(link));

	if (fd < 0)
		return fail("bpf_iter_create");
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		fwrite(buf, 1, (size_t)n, stdout);
	close(fd);
	bpf_link__destroy(link);
	return n < 0 ? fail("read") : 0;
}

/* link_info: one task, then one cgroup, as bpftool iter pin ... does */
static int iters(int pid, const char *cgroup_dir)
{
	DECLARE_LIBBPF_OPTS(bpf_iter_attach_opts, opts);
	union bpf_iter_link_info info;
	struct bpf_link *link;
	int fd;

	memset(&info, 0, sizeof(info));
	info.task.tid = (__u32)pid;
	opts.link_info = &info;
	opts.link_info_len = sizeof(info);
	link = bpf_program__attach_iter(skel->progs.get_tasks, &opts);
	if (!link)
		return fail("bpf_program__attach_iter (task)");
	printf("task:\n");
	if (print_iter(link))
		return -1;

	fd = open(cgroup_dir, O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return fail("open cgroup");
	memset(&info, 0, sizeof(info));
	info.cgroup.cgroup_fd = (__u32)fd;
	info.cgroup.order = BPF_CGROUP_ITER_SELF_ONLY;
	link = bpf_program__attach_iter(skel->progs.dump_cgroup, &opts);
	if (!link)
		return fail("bpf_program__attach_iter (cgroup)");
	printf("cgroup:\n");
	if (print_iter(link))
		return -1;
	/* a descriptor the guest did not open under a grant names nothing */
	info.cgroup.cgroup_fd = 1;
	link = bpf_program__attach_iter(skel->progs.dump_cgroup, &opts);
	printf("stdout as a cgroup: %s\n", link ? "attached" : strerror(errno));
	bpf_link__destroy(link);
	close(fd);
	return 0;
}

/* libbpf-bootstrap's task_iter: attach, bpf_iter_create, read() to the end */
static int tasks(void)
{
	struct bpf_link *link = bpf_program__attach_iter(skel->progs.get_tasks, NULL);
	char buf[4096];
	ssize_t n;
	int iter_fd;

	if (!link)
		return fail("bpf_program__attach_iter");
	printf("self %d\n", getpid());
	fflush(stdout);
	iter_fd = bpf_iter_create(bpf_link__fd(link));
	if (iter_fd < 0)
		return fail("bpf_iter_create");
	while ((n = read(iter_fd, buf, sizeof(buf))) > 0)
		fwrite(buf, 1, (size_t)n, stdout);
	if (n < 0)
		return fail("read");
	close(iter_fd);
	bpf_link__destroy(link);
	return 0;
}

static int xdp(const char *ifname)
{
	int ifindex = (int)if_nametoindex(ifname);
	struct bpf_link *l;

	if (!ifindex)
		return fail("if_nametoindex");
	l = bpf_program__attach_xdp(skel->progs.xdp_count, ifindex);
	if (!l)
		return fail("bpf_program__attach_xdp");
	printf("attached\n");
	step();
	printf("xdp packets=%llu\n", (unsigned long long)counts()->xdp_packets);
	bpf_link__destroy(l);
	return 0;
}

/* XDP by netlink with flags, as xdp-tools and the kernel samples attach it */
static int xdp_flags(const char *ifname, bool leave)
{
	LIBBPF_OPTS(bpf_xdp_query_opts, q);
	int ifindex = (int)if_nametoindex(ifname);
	int fd = bpf_program__fd(skel->progs.xdp_count), err;
	__u32 id = 0;

	if (!ifindex)
		return fail("if_nametoindex");
	if (bpf_xdp_attach(ifindex, fd, XDP_FLAGS_SKB_MODE | XDP_FLAGS_UPDATE_IF_NOEXIST, NULL))
		return fail("bpf_xdp_attach");
	err = bpf_xdp_attach(ifindex, fd, XDP_FLAGS_SKB_MODE | XDP_FLAGS_UPDATE_IF_NOEXIST, NULL);
	printf("again with UPDATE_IF_NOEXIST: %s\n", strerror(-err));
	if (bpf_xdp_query(ifindex, 0, &q) || bpf_xdp_query_id(ifindex, XDP_FLAGS_SKB_MODE, &id))
		return fail("bpf_xdp_query");
	printf("attached mode=%u skb_prog_id %s\n", q.attach_mode,
	       id && id == q.skb_prog_id && id == q.prog_id ? "set" : "missing");
	step();
	printf("xdp packets=%llu\n", (unsigned long long)counts()->xdp_packets);
	if (leave)
		return 0;	/* the runtime removes it */
	if (bpf_xdp_detach(ifindex, XDP_FLAGS_SKB_MODE, NULL))
		return fail("bpf_xdp_detach");
	if (bpf_xdp_query_id(ifindex, XDP_FLAGS_SKB_MODE, &id))
		return fail("bpf_xdp_query_id");
	err = bpf_xdp_detach(ifindex, XDP_FLAGS_SKB_MODE, NULL);
	printf("detached prog_id=%u, again: %s\n", id, strerror(-err));
	return 0;
}

static int cgroup(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	struct bpf_link *l;

	if (fd < 0)
		return fail("open cgroup");
	/* a descriptor the guest did not open under a grant names nothing */
	l = bpf_program__attach_cgroup(skel->progs.sock_create, 1);
	printf("stdout as a cgroup: %s\n", l ? "attached" : strerror(errno));
	bpf_link__destroy(l);
	l = bpf_program__attach_cgroup(skel->progs.sock_create, fd);
	if (!l)
		return fail("bpf_program__attach_cgroup");
	printf("attached\n");
	step();
	printf("sockets created=%llu\n", (unsigned long long)counts()->socks_created);
	bpf_link__destroy(l);
	close(fd);
	return 0;
}

static int kprobe(void)
{
	struct bpf_link *l = bpf_program__attach_kprobe(skel->progs.kprobe_unlinkat, false,
							"do_unlinkat");

	if (l) {
		printf("kprobe attached\n");
		bpf_link__destroy(l);
		return 0;
	}
	printf("kprobe: %s\n", strerror(errno));
	return 0;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	int err;

	skel = ext_bpf__open();
	if (!skel)
		return fail("open");
	if (!strcmp(mode, "uprobe") && argc == 5)
		skel->bss->target_pid = atoi(argv[4]);
	else if (argc >= 3 && strcmp(mode, "tc") && strcmp(mode, "xdp") && strcmp(mode, "cgroup") &&
		 strcmp(mode, "xdpflags"))
		skel->bss->target_pid = atoi(argv[2]);
	if ((!strcmp(mode, "detach") || !strcmp(mode, "skel-detach")) && argc == 4)
		skel->bss->target_pid2 = atoi(argv[3]);
	bpf_program__set_autoload(skel->progs.kprobe_unlinkat, !strcmp(mode, "kprobe"));
	if (ext_bpf__load(skel))
		return fail("load");

	if (!strcmp(mode, "uprobe") && argc == 5)
		err = uprobe(argv[2], argv[3]);
	else if (!strcmp(mode, "detach") && argc == 4)
		err = detach(false);
	else if (!strcmp(mode, "skel-detach") && argc == 4)
		err = detach(true);
	else if (!strcmp(mode, "raw") && argc == 3)
		err = raw();
	else if (!strcmp(mode, "pin") && argc == 4)
		err = pin(argv[3]);
	else if (!strcmp(mode, "tc") && (argc == 3 || argc == 4))
		err = tc(argv[2], argc == 4 && !strcmp(argv[3], "leave"));
	else if (!strcmp(mode, "kprobe"))
		err = kprobe();
	else if (!strcmp(mode, "tasks"))
		err = tasks();
	else if (!strcmp(mode, "xdp") && argc == 3)
		err = xdp(argv[2]);
	else if (!strcmp(mode, "cgroup") && argc == 3)
		err = cgroup(argv[2]);
	else if (!strcmp(mode, "iters") && argc == 4)
		err = iters(atoi(argv[2]), argv[3]);
	else if (!strcmp(mode, "xdpflags") && (argc == 3 || argc == 4))
		err = xdp_flags(argv[2], argc == 4 && !strcmp(argv[3], "leave"));
	else {
		fprintf(stderr, "usage: ext uprobe|detach|skel-detach|raw|pin|kprobe|tc|tasks|iters|xdp|xdpflags|cgroup ...\n");
		err = 2;
	}
	ext_bpf__destroy(skel);
	return err;
}
