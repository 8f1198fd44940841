// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The extension imports, module wasm_bpf_ext_v1 (libbpf-wasm/ext_abi.h,
 * docs/abi.md): attach with arguments, and links that are links. Only
 * modules that import the module get it (the glue passes its instance);
 * the six wasm_bpf imports stay exactly the upstream ABI.
 *
 * A link id is an index into one table for the whole guest, so a guest
 * can name a link without knowing its object; each entry remembers its
 * object, whose closing destroys it (ext_links_close).
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux/perf_event.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "ext_imports.h"
#include "guest_mem.h"
#include "libbpf-wasm/ext_abi.h"
#include "wasi_fs.h"

#define MAX_EXT_LINKS 256
#define MAX_STR 4096

static struct {
	struct bpf_link *link;
	u64 object;
} links[MAX_EXT_LINKS + 1];	/* id = index, 0 unused */

/* A guest string, or NULL (off 0 is "none" where the ABI allows it). */
static const char *str(ext_t *inst, u32 off)
{
	return guest_str(inst->memory, off, MAX_STR);
}

/* What libbpf said: NULL with errno, as libbpf 1.x reports. */
static int add_link(u64 object, struct bpf_link *link)
{
	int id;

	if (!link)
		return errno ? -errno : -EINVAL;
	for (id = 1; id <= MAX_EXT_LINKS; id++)
		if (!links[id].link) {
			links[id].link = link;
			links[id].object = object;
			return id;
		}
	bpf_link__destroy(link);
	return -ENOSPC;
}

static struct bpf_link *link_of(u32 id)
{
	return id >= 1 && id <= MAX_EXT_LINKS ? links[id].link : NULL;
}

/* The program, or NULL with *err set: -EINVAL bad handle or name, -ENOENT. */
static struct bpf_program *program(ext_t *inst, u64 obj, u32 prog_off, int *err)
{
	const char *name = str(inst, prog_off);

	*err = -EINVAL;
	return name ? bpf_imports_program(obj, name, err) : NULL;
}

u32 Z_wasm_bpf_ext_v1Z_attach_uprobe(ext_t *inst, u64 obj, u32 prog_off, u32 pid, u32 path_off,
				     u64 offset, u32 func_off, u32 flags, u64 ref_ctr, u64 cookie)
{
	const char *path = str(inst, path_off), *func = func_off ? str(inst, func_off) : NULL;
	struct bpf_program *prog;
	int err;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	if (!path || (func_off && !func) || (flags & ~WASM_BPF_EXT_RETPROBE))
		return (u32)-EINVAL;
	LIBBPF_OPTS(bpf_uprobe_opts, opts, .ref_ctr_offset = (size_t)ref_ctr, .bpf_cookie = cookie,
		    .retprobe = flags & WASM_BPF_EXT_RETPROBE, .func_name = func);
	errno = 0;
	return (u32)add_link(obj, bpf_program__attach_uprobe_opts(prog, (pid_t)pid, path,
								  (size_t)offset, &opts));
}

/* USDT: libbpf reads the binary's .note.stapsdt and fills its spec maps */
u32 Z_wasm_bpf_ext_v1Z_attach_usdt(ext_t *inst, u64 obj, u32 prog_off, u32 pid, u32 path_off,
				   u32 provider_off, u32 name_off, u64 cookie)
{
	const char *path = str(inst, path_off), *provider = str(inst, provider_off);
	const char *name = str(inst, name_off);
	struct bpf_program *prog;
	int err;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	if (!path || !provider || !name)
		return (u32)-EINVAL;
	LIBBPF_OPTS(bpf_usdt_opts, opts, .usdt_cookie = cookie);
	errno = 0;
	return (u32)add_link(obj, bpf_program__attach_usdt(prog, (pid_t)pid, path, provider, name,
							   &opts));
}

u32 Z_wasm_bpf_ext_v1Z_attach_kprobe(ext_t *inst, u64 obj, u32 prog_off, u32 func_off,
				     u64 offset, u32 flags, u64 cookie)
{
	const char *func = str(inst, func_off);
	struct bpf_program *prog;
	int err;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	if (!func || (flags & ~WASM_BPF_EXT_RETPROBE))
		return (u32)-EINVAL;
	LIBBPF_OPTS(bpf_kprobe_opts, opts, .bpf_cookie = cookie, .offset = (size_t)offset,
		    .retprobe = flags & WASM_BPF_EXT_RETPROBE);
	errno = 0;
	return (u32)add_link(obj, bpf_program__attach_kprobe_opts(prog, func, &opts));
}

u32 Z_wasm_bpf_ext_v1Z_attach_ksyscall(ext_t *inst, u64 obj, u32 prog_off, u32 name_off,
				       u32 flags, u64 cookie)
{
	const char *name = str(inst, name_off);
	struct bpf_program *prog;
	int err;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	if (!name || (flags & ~WASM_BPF_EXT_RETPROBE))
		return (u32)-EINVAL;
	LIBBPF_OPTS(bpf_ksyscall_opts, opts, .bpf_cookie = cookie,
		    .retprobe = flags & WASM_BPF_EXT_RETPROBE);
	errno = 0;
	return (u32)add_link(obj, bpf_program__attach_ksyscall(prog, name, &opts));
}

u32 Z_wasm_bpf_ext_v1Z_attach_tracepoint(ext_t *inst, u64 obj, u32 prog_off, u32 cat_off,
					 u32 name_off, u64 cookie)
{
	const char *cat = str(inst, cat_off), *name = str(inst, name_off);
	struct bpf_program *prog;
	int err;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	if (!cat || !name)
		return (u32)-EINVAL;
	LIBBPF_OPTS(bpf_tracepoint_opts, opts, .bpf_cookie = cookie);
	errno = 0;
	return (u32)add_link(obj, bpf_program__attach_tracepoint_opts(prog, cat, name, &opts));
}

u32 Z_wasm_bpf_ext_v1Z_attach_raw_tracepoint(ext_t *inst, u64 obj, u32 prog_off, u32 name_off)
{
	const char *name = str(inst, name_off);
	struct bpf_program *prog;
	int err;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	if (!name)
		return (u32)-EINVAL;
	errno = 0;
	return (u32)add_link(obj, bpf_program__attach_raw_tracepoint(prog, name));
}

u32 Z_wasm_bpf_ext_v1Z_attach(ext_t *inst, u64 obj, u32 prog_off)
{
	struct bpf_program *prog;
	int err;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	errno = 0;
	return (u32)add_link(obj, bpf_program__attach(prog));
}

/*
 * The attachment the six imports made (wasm_attach_bpf_program, by SEC
 * name) becomes a link of the extension: bpf_link__fd() and
 * bpf_link__destroy() of a skeleton's link, as natively.
 */
u32 Z_wasm_bpf_ext_v1Z_program_link(ext_t *inst, u64 obj, u32 prog_off)
{
	const char *name = str(inst, prog_off);
	struct bpf_link *link;
	int err = -EINVAL, id;

	if (!name || !(link = bpf_imports_take_link(obj, name, &err)))
		return (u32)err;
	id = add_link(obj, link);	/* on -ENOSPC the program is detached */
	return (u32)id;
}

u32 Z_wasm_bpf_ext_v1Z_link_destroy(ext_t *inst, u32 id)
{
	struct bpf_link *link = link_of(id);

	(void)inst;
	if (!link)
		return (u32)-EBADF;
	links[id].link = NULL;
	return (u32)bpf_link__destroy(link);
}

u32 Z_wasm_bpf_ext_v1Z_link_fd(ext_t *inst, u32 id)
{
	struct bpf_link *link = link_of(id);

	(void)inst;
	return (u32)(link ? bpf_link__fd(link) : -EBADF);
}

u32 Z_wasm_bpf_ext_v1Z_link_pin(ext_t *inst, u32 id, u32 path_off)
{
	struct bpf_link *link = link_of(id);
	const char *path = str(inst, path_off);

	if (!link)
		return (u32)-EBADF;
	if (!path)
		return (u32)-EINVAL;
	return (u32)bpf_link__pin(link, path);
}

u32 Z_wasm_bpf_ext_v1Z_link_unpin(ext_t *inst, u32 id)
{
	struct bpf_link *link = link_of(id);

	(void)inst;
	return (u32)(link ? bpf_link__unpin(link) : -EBADF);
}

void ext_links_close(u64 object)
{
	for (int id = 1; id <= MAX_EXT_LINKS; id++)
		if (links[id].link && links[id].object == object) {
			bpf_link__destroy(links[id].link);
			links[id].link = NULL;
		}
}

/*
 * Perf events: the fds perf_event_open made for the guest and that no link
 * owns yet. attach_perf_event takes only these, and hands the fd to the
 * link (libbpf closes it when the link is destroyed).
 */
#define MAX_PERF_FDS 1024
#define MAX_PERF_ATTR 4096
static int perf_fds[MAX_PERF_FDS];
static int perf_fd_cnt;

static int perf_fd_slot(int fd)
{
	for (int i = 0; i < perf_fd_cnt; i++)
		if (perf_fds[i] == fd)
			return i;
	return -1;
}

static void perf_fd_forget(int slot)
{
	perf_fds[slot] = perf_fds[--perf_fd_cnt];
}

u32 Z_wasm_bpf_ext_v1Z_perf_event_open(ext_t *inst, u32 attr_off, u32 attr_size, u32 pid,
				       u32 cpu, u32 group_fd, u32 flags)
{
	/* a zeroed copy: the kernel reads attr.size bytes and wants the rest 0 */
	static unsigned char attr[MAX_PERF_ATTR];
	const void *src = guest_ptr(inst->memory, attr_off, attr_size);
	u32 declared;
	long fd;

	if (!src || attr_size < PERF_ATTR_SIZE_VER0 || attr_size > MAX_PERF_ATTR)
		return (u32)-EINVAL;
	memset(attr, 0, sizeof(attr));
	memcpy(attr, src, attr_size);
	memcpy(&declared, attr + offsetof(struct perf_event_attr, size), sizeof(declared));
	if (declared > attr_size)
		return (u32)-EINVAL;	/* the kernel would read past what the guest gave */
	if ((int)group_fd >= 0 && perf_fd_slot((int)group_fd) < 0)
		return (u32)-EBADF;	/* a group leader must be one of the guest's */
	if (perf_fd_cnt == MAX_PERF_FDS)
		return (u32)-EMFILE;
	fd = syscall(__NR_perf_event_open, attr, (pid_t)pid, (int)cpu, (int)group_fd,
		     (unsigned long)flags | PERF_FLAG_FD_CLOEXEC);
	if (fd < 0)
		return (u32)-errno;
	perf_fds[perf_fd_cnt++] = (int)fd;
	return (u32)fd;
}

u32 Z_wasm_bpf_ext_v1Z_perf_event_close(ext_t *inst, u32 fd)
{
	int slot = perf_fd_slot((int)fd);

	(void)inst;
	if (slot < 0)
		return (u32)-EBADF;
	close((int)fd);
	perf_fd_forget(slot);
	return 0;
}

u32 Z_wasm_bpf_ext_v1Z_attach_perf_event(ext_t *inst, u64 obj, u32 prog_off, u32 pfd, u64 cookie)
{
	int slot = perf_fd_slot((int)pfd);
	struct bpf_program *prog;
	struct bpf_link *link;
	int err;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	if (slot < 0)
		return (u32)-EBADF;
	LIBBPF_OPTS(bpf_perf_event_opts, opts, .bpf_cookie = cookie);
	errno = 0;
	link = bpf_program__attach_perf_event_opts(prog, (int)pfd, &opts);
	if (link)
		perf_fd_forget(slot);	/* the link's now: destroying it closes the fd */
	return (u32)add_link(obj, link);
}

u32 Z_wasm_bpf_ext_v1Z_program_fd(ext_t *inst, u64 obj, u32 prog_off)
{
	struct bpf_program *prog;
	int err, fd;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	fd = bpf_program__fd(prog);
	return (u32)(fd >= 0 ? fd : -ENOENT);	/* not loaded (autoload off) */
}

/*
 * tc: filters and clsact hooks live in the kernel after the process is
 * gone, so the runtime remembers what the guest made and removes what is
 * left when the guest ends (ext_cleanup), as a tool's own cleanup would.
 */
#define MAX_TC 64
static struct tc_made {
	bool used, is_hook;
	int ifindex;
	u32 attach_point, parent, handle, priority;
} tc_made[MAX_TC];

static struct tc_made *tc_find(bool is_hook, int ifindex, u32 attach_point, u32 parent,
			       u32 handle, u32 priority)
{
	for (int i = 0; i < MAX_TC; i++) {
		struct tc_made *t = &tc_made[i];

		if (t->used && t->is_hook == is_hook && t->ifindex == ifindex &&
		    t->attach_point == attach_point && t->parent == parent &&
		    t->handle == handle && t->priority == priority)
			return t;
	}
	return NULL;
}

static int tc_remember(bool is_hook, int ifindex, u32 attach_point, u32 parent, u32 handle,
		       u32 priority)
{
	for (int i = 0; i < MAX_TC; i++)
		if (!tc_made[i].used) {
			tc_made[i] = (struct tc_made){ true, is_hook, ifindex, attach_point, parent,
						       handle, priority };
			return 0;
		}
	return -ENOSPC;
}

/* Whether the guest made a clsact on ifindex (with that parent). */
static bool tc_made_hook(int ifindex, u32 parent)
{
	for (int i = 0; i < MAX_TC; i++)
		if (tc_made[i].used && tc_made[i].is_hook && tc_made[i].ifindex == ifindex &&
		    tc_made[i].parent == parent)
			return true;
	return false;
}

/* A filter's point: one of ingress, egress, custom. */
static bool tc_filter_point_ok(u32 attach_point)
{
	return attach_point == BPF_TC_INGRESS || attach_point == BPF_TC_EGRESS ||
	       attach_point == BPF_TC_CUSTOM;
}

/* A hook's: also both points at once (the clsact itself). */
static bool tc_point_ok(u32 attach_point)
{
	return tc_filter_point_ok(attach_point) || attach_point == (BPF_TC_INGRESS | BPF_TC_EGRESS);
}

static struct bpf_tc_hook tc_hook(int ifindex, u32 attach_point, u32 parent)
{
	LIBBPF_OPTS(bpf_tc_hook, hook, .ifindex = ifindex,
		    .attach_point = (enum bpf_tc_attach_point)attach_point, .parent = parent);

	return hook;
}

/*
 * Deletes a clsact the guest made. For libbpf, destroying one point only
 * flushes that point's filters: the qdisc goes with both points at once.
 */
static void tc_clsact_destroy(int ifindex, u32 attach_point, u32 parent)
{
	struct bpf_tc_hook hook = tc_hook(ifindex, attach_point == BPF_TC_CUSTOM ? BPF_TC_CUSTOM :
						   BPF_TC_INGRESS | BPF_TC_EGRESS, parent);

	bpf_tc_hook_destroy(&hook);
}

u32 Z_wasm_bpf_ext_v1Z_tc_hook_create(ext_t *inst, u32 ifindex, u32 attach_point, u32 parent)
{
	struct bpf_tc_hook hook = tc_hook((int)ifindex, attach_point, parent);
	int err;

	(void)inst;
	if (!tc_point_ok(attach_point))
		return (u32)-EINVAL;
	err = bpf_tc_hook_create(&hook);
	/* -EEXIST: someone's clsact was there; the guest did not make it */
	if (!err && tc_remember(true, (int)ifindex, attach_point, parent, 0, 0)) {
		tc_clsact_destroy((int)ifindex, attach_point, parent);
		return (u32)-ENOSPC;
	}
	return (u32)err;
}

u32 Z_wasm_bpf_ext_v1Z_tc_hook_destroy(ext_t *inst, u32 ifindex, u32 attach_point, u32 parent)
{
	struct bpf_tc_hook hook = tc_hook((int)ifindex, attach_point, parent);
	int err;

	(void)inst;
	if (!tc_point_ok(attach_point))
		return (u32)-EINVAL;
	/* only a clsact the guest made: another tool's filters go with one */
	if (!tc_made_hook((int)ifindex, parent))
		return (u32)-ENOENT;
	err = bpf_tc_hook_destroy(&hook);
	if (!err) {
		/*
		 * As libbpf: both points delete the clsact, and every filter
		 * with it; one point only flushes that point's filters.
		 */
		bool all = attach_point == (BPF_TC_INGRESS | BPF_TC_EGRESS);

		for (int i = 0; i < MAX_TC; i++) {
			struct tc_made *t = &tc_made[i];

			if (t->used && t->ifindex == (int)ifindex &&
			    (all || (!t->is_hook && t->attach_point == attach_point)))
				t->used = false;
		}
	}
	return (u32)err;
}

u32 Z_wasm_bpf_ext_v1Z_tc_attach(ext_t *inst, u32 ifindex, u32 attach_point, u32 parent,
				 u32 prog_fd, u32 flags, u32 ids_off)
{
	u32 *ids = guest_ptr(inst->memory, ids_off, 3 * sizeof(u32));
	struct bpf_tc_hook hook = tc_hook((int)ifindex, attach_point, parent);
	LIBBPF_OPTS(bpf_tc_opts, opts, .prog_fd = (int)prog_fd, .flags = flags);
	u32 v[3];
	int err;

	if (!ids || !tc_filter_point_ok(attach_point))
		return (u32)-EINVAL;
	/* only the guest's own programs: never an fd the runtime holds otherwise */
	if (!bpf_imports_owns_prog_fd((int)prog_fd))
		return (u32)-EBADF;
	memcpy(v, ids, sizeof(v));
	opts.handle = v[0];
	opts.priority = v[1];
	err = bpf_tc_attach(&hook, &opts);
	if (err)
		return (u32)err;
	if (tc_remember(false, (int)ifindex, attach_point, parent, opts.handle, opts.priority)) {
		opts.prog_fd = opts.flags = opts.prog_id = 0;
		bpf_tc_detach(&hook, &opts);
		return (u32)-ENOSPC;
	}
	v[0] = opts.handle;
	v[1] = opts.priority;
	v[2] = opts.prog_id;
	/* guest memory cannot have moved: nothing here calls the guest */
	memcpy(ids, v, sizeof(v));
	return 0;
}

u32 Z_wasm_bpf_ext_v1Z_tc_detach(ext_t *inst, u32 ifindex, u32 attach_point, u32 parent,
				 u32 handle, u32 priority)
{
	struct bpf_tc_hook hook = tc_hook((int)ifindex, attach_point, parent);
	LIBBPF_OPTS(bpf_tc_opts, opts, .handle = handle, .priority = priority);
	struct tc_made *t;
	int err;

	(void)inst;
	if (!tc_filter_point_ok(attach_point))
		return (u32)-EINVAL;
	/* only a filter the guest attached, never another tool's */
	t = tc_find(false, (int)ifindex, attach_point, parent, handle, priority);
	if (!t)
		return (u32)-ENOENT;
	err = bpf_tc_detach(&hook, &opts);
	if (!err)
		t->used = false;
	return (u32)err;
}

/* ids: u32[3] {handle, priority, prog_id}: the filter's program id out */
u32 Z_wasm_bpf_ext_v1Z_tc_query(ext_t *inst, u32 ifindex, u32 attach_point, u32 parent,
				u32 ids_off)
{
	u32 *ids = guest_ptr(inst->memory, ids_off, 3 * sizeof(u32));
	struct bpf_tc_hook hook = tc_hook((int)ifindex, attach_point, parent);
	LIBBPF_OPTS(bpf_tc_opts, opts);
	u32 v[3];
	int err;

	if (!ids || !tc_filter_point_ok(attach_point))
		return (u32)-EINVAL;
	memcpy(v, ids, sizeof(v));
	opts.handle = v[0];
	opts.priority = v[1];
	err = bpf_tc_query(&hook, &opts);
	if (err)
		return (u32)err;
	v[2] = opts.prog_id;
	memcpy(ids, v, sizeof(v));
	return 0;
}

void ext_cleanup(void)
{
	ext_xdp_cleanup();
	/* filters first, then the hooks the guest made */
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < MAX_TC; i++) {
			struct tc_made *t = &tc_made[i];
			struct bpf_tc_hook hook = tc_hook(t->ifindex, t->attach_point, t->parent);
			LIBBPF_OPTS(bpf_tc_opts, opts, .handle = t->handle, .priority = t->priority);

			if (!t->used || t->is_hook != (pass == 1))
				continue;
			if (t->is_hook)
				tc_clsact_destroy(t->ifindex, t->attach_point, t->parent);
			else
				bpf_tc_detach(&hook, &opts);
			t->used = false;
		}
}

u32 Z_wasm_bpf_ext_v1Z_attach_iter(ext_t *inst, u64 obj, u32 prog_off)
{
	struct bpf_program *prog;
	int err;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	errno = 0;
	return (u32)add_link(obj, bpf_program__attach_iter(prog, NULL));
}

/* What an iterator target's link_info names: a map, a task, a cgroup. */
enum iter_kind { ITER_NONE, ITER_MAP, ITER_TASK, ITER_CGROUP };

static enum iter_kind iter_kind_of(const struct bpf_program *prog)
{
	const char *sec = bpf_program__section_name(prog);
	const char *target = !strncmp(sec, "iter/", 5) ? sec + 5 :
			     !strncmp(sec, "iter.s/", 7) ? sec + 7 : "";

	if (!strcmp(target, "bpf_map_elem") || !strcmp(target, "bpf_sk_storage_map") ||
	    !strcmp(target, "sockmap"))
		return ITER_MAP;
	if (!strcmp(target, "task") || !strcmp(target, "task_file") || !strcmp(target, "task_vma"))
		return ITER_TASK;
	if (!strcmp(target, "cgroup"))
		return ITER_CGROUP;
	return ITER_NONE;
}

/*
 * An iterator over one map (bpf_map_elem: a map of the guest's), one task
 * (tid or pid; a guest has no pidfd) or one cgroup (a cgroup directory the
 * guest opened under a grant, its WASI fd, or a cgroup id): the guest's
 * union bpf_iter_link_info, with its descriptors made the runtime's.
 */
u32 Z_wasm_bpf_ext_v1Z_attach_iter_info(ext_t *inst, u64 obj, u32 prog_off, u32 info_off,
					u32 info_len)
{
	DECLARE_LIBBPF_OPTS(bpf_iter_attach_opts, opts);
	union bpf_iter_link_info info;
	struct bpf_program *prog;
	const void *p;
	int err, host;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	if (!info_len || info_len > sizeof(info))
		return (u32)-EINVAL;
	if (!(p = guest_ptr(inst->memory, info_off, info_len)))
		return (u32)-EFAULT;
	memset(&info, 0, sizeof(info));
	memcpy(&info, p, info_len);
	switch (iter_kind_of(prog)) {
	case ITER_MAP:
		if (!bpf_imports_map((int)info.map.map_fd))
			return (u32)-EBADF;
		break;
	case ITER_TASK:
		if (info.task.pid_fd)
			return (u32)-EINVAL;
		break;
	case ITER_CGROUP:
		if (info.cgroup.cgroup_fd) {
			host = wasi_fs_host_dir_or_file(info.cgroup.cgroup_fd);
			if (host < 0)
				return (u32)-EBADF;
			info.cgroup.cgroup_fd = (u32)host;
		}
		break;
	default:
		return (u32)-EINVAL;	/* this target takes no link_info */
	}
	opts.link_info = &info;
	opts.link_info_len = sizeof(info);
	errno = 0;
	return (u32)add_link(obj, bpf_program__attach_iter(prog, &opts));
}

/*
 * The iterator's output as a guest file: the guest read()s and close()s it
 * like any WASI fd (wasi_fs_adopt). Only a link fd of one of the guest's
 * links: never any other fd the runtime holds.
 */
u32 Z_wasm_bpf_ext_v1Z_iter_create(ext_t *inst, u32 link_fd)
{
	int id, host, fd;

	(void)inst;
	for (id = 1; id <= MAX_EXT_LINKS; id++)
		if (links[id].link && bpf_link__fd(links[id].link) == (int)link_fd)
			break;
	if (id > MAX_EXT_LINKS)
		return (u32)-EBADF;
	host = bpf_iter_create((int)link_fd);
	if (host < 0)
		return (u32)host;	/* libbpf's -errno */
	fd = wasi_fs_adopt(host);
	if (fd < 0)
		close(host);
	return (u32)fd;
}

u32 Z_wasm_bpf_ext_v1Z_attach_xdp(ext_t *inst, u64 obj, u32 prog_off, u32 ifindex)
{
	struct bpf_program *prog;
	int err;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	if ((int)ifindex <= 0)
		return (u32)-EINVAL;
	errno = 0;
	return (u32)add_link(obj, bpf_program__attach_xdp(prog, (int)ifindex));
}

/*
 * cgroups and network namespaces are named by a file the guest opened
 * through WASI (under a --dir grant): its WASI fd, never a host fd, so the
 * guest reaches only what it was granted.
 */
static u32 attach_by_guest_fd(ext_t *inst, u64 obj, u32 prog_off, u32 wasi_fd, bool cgroup)
{
	int host = wasi_fs_host_dir_or_file(wasi_fd);
	struct bpf_program *prog;
	int err;

	if (!(prog = program(inst, obj, prog_off, &err)))
		return (u32)err;
	if (host < 0)
		return (u32)-EBADF;
	errno = 0;
	return (u32)add_link(obj, cgroup ? bpf_program__attach_cgroup(prog, host)
					 : bpf_program__attach_netns(prog, host));
}

u32 Z_wasm_bpf_ext_v1Z_attach_cgroup(ext_t *inst, u64 obj, u32 prog_off, u32 fd)
{
	return attach_by_guest_fd(inst, obj, prog_off, fd, true);
}

u32 Z_wasm_bpf_ext_v1Z_attach_netns(ext_t *inst, u64 obj, u32 prog_off, u32 fd)
{
	return attach_by_guest_fd(inst, obj, prog_off, fd, false);
}
