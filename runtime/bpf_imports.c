// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The six wasm_bpf imports, on Debian's libbpf, as CONTRACT.md §2 describes
 * the upstream WAMR host. Handles are small integers (1, 2, 3...). Every
 * guest pointer is checked; an unknown handle, an fd that is not a map of
 * the object, or a second buffer on one object is a negative errno.
 *
 * In MODE_WASMTIME the behaviour of the wasmtime-based host is imitated:
 * one callback per poll with the last event, "" as a real attach target,
 * and positive codes for some failures.
 */
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "ext_imports.h"
#include "guest_mem.h"
#include "host.h"
#include "obj_probe.h"

typedef struct Z_wasm_bpf_instance_t bpf_t;

#define MAX_OBJECTS 64
#define MAX_LINKS 64
#define MAX_NAME 4096

struct poll_state {
	bpf_t *inst;
	u32 fn, ctx, data, max;
	int callback_ret;
	unsigned delivered;
	void *last;		/* wasmtime mode: the last event, held back */
	size_t last_size;
	bool stopped;		/* the object was closed: deliver nothing more */
};

struct object {
	struct bpf_object *obj;
	struct {
		struct bpf_link *link;
		struct bpf_program *prog;	/* for bpf_imports_take_link */
	} links[MAX_LINKS];
	int link_cnt;
	int buffer_fd;		/* map polled by this object's buffer */
	struct ring_buffer *rb;
	struct perf_buffer *pb;
	struct poll_state poll;
	/*
	 * A guest may close the object from inside its own callback, while
	 * libbpf is still walking the ring: then the handle dies at once
	 * (closed) and the object is freed when the poll returns (polling).
	 */
	bool polling, closed;
};

static struct object *objects[MAX_OBJECTS + 1]; /* handle = index, 0 unused */

static void close_object(int h);

/* Failures: negative errno, or the wasmtime host's positive code. */
static int failure(int neg_errno)
{
	if (host.mode == MODE_WASMTIME)
		return neg_errno == -EINVAL ? 22 : 1;
	return neg_errno;
}

static int print_libbpf(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	/* libbpf's warnings explain load and attach failures; the rest is noise */
	if (level != LIBBPF_WARN || getenv("WASM_BPF_QUIET"))
		return 0;
	return vfprintf(stderr, fmt, ap);
}

static struct object *object_of(u64 handle)
{
	struct object *o = handle && handle <= MAX_OBJECTS ? objects[handle] : NULL;

	return o && !o->closed ? o : NULL;
}

/*
 * Guest bytes reach libbpf only if a forked libbpf survived them first
 * (obj_probe.c). A refusal is one line, silenced like libbpf's warnings.
 */
static bool object_refused(const void *buf, size_t size)
{
	char why[256];

	if (!obj_probe(buf, size, why, sizeof(why)))
		return false;
	if (!getenv("WASM_BPF_QUIET"))
		fprintf(stderr, "wasm-bpf: %s: wasm_load_bpf_object: object refused: %s\n",
			host.module_path, why);
	return true;
}

u64 Z_wasm_bpfZ_wasm_load_bpf_object(bpf_t *inst, u32 buf_off, u32 size)
{
	LIBBPF_OPTS(bpf_object_open_opts, opts, .object_name = "wasm_bpf");
	const void *buf = guest_ptr(inst->memory, buf_off, size);
	struct object *o;
	int slot;

	if (!buf || size == 0)
		return 0;
	for (slot = 1; slot <= MAX_OBJECTS && objects[slot]; slot++)
		;
	if (slot > MAX_OBJECTS || object_refused(buf, size))
		return 0;
	libbpf_set_print(print_libbpf);
	o = calloc(1, sizeof(*o));
	if (!o)
		return 0;
	o->buffer_fd = -1;
	/* libbpf copies the bytes: the guest may reuse its buffer */
	o->obj = bpf_object__open_mem(buf, size, &opts);
	if (!o->obj || bpf_object__load(o->obj)) {
		bpf_object__close(o->obj);
		free(o);
		return 0;
	}
	objects[slot] = o;
	return (u64)slot;
}

/* A target is an interface for XDP, a cgroup for cgroup programs. */
static struct bpf_link *attach_to(struct bpf_program *prog, const char *target)
{
	const char *sec = bpf_program__section_name(prog);
	struct bpf_link *link;
	int fd;

	if (!strncmp(sec, "xdp", 3)) {
		unsigned idx = if_nametoindex(target);

		if (!idx) {
			errno = ENODEV;
			return NULL;
		}
		return bpf_program__attach_xdp(prog, (int)idx);
	}
	if (!strncmp(sec, "sockops", 7) || !strncmp(sec, "cgroup", 6)) {
		fd = open(target, O_RDONLY | O_DIRECTORY);
		if (fd < 0)
			return NULL;
		link = bpf_program__attach_cgroup(prog, fd);
		close(fd);
		return link;
	}
	return bpf_program__attach(prog);
}

u32 Z_wasm_bpfZ_wasm_attach_bpf_program(bpf_t *inst, u64 handle, u32 name_off, u32 target_off)
{
	struct object *o = object_of(handle);
	const char *name = guest_str(inst->memory, name_off, MAX_NAME);
	const char *target = NULL;
	struct bpf_program *prog;
	struct bpf_link *link;

	if (!o || !name)
		return (u32)failure(o ? -EFAULT : -EINVAL);
	if (target_off) {
		target = guest_str(inst->memory, target_off, MAX_NAME);
		if (!target)
			return (u32)failure(-EFAULT);
		/* the WAMR host takes "" as "no target"; wasmtime's does not */
		if (!*target && host.mode == MODE_WAMR)
			target = NULL;
	}
	prog = bpf_object__find_program_by_name(o->obj, name);
	if (!prog)
		return (u32)failure(-ENOENT);
	if (o->link_cnt == MAX_LINKS)
		return (u32)failure(-ENOSPC);
	link = target ? attach_to(prog, target) : bpf_program__attach(prog);
	if (!link)
		return (u32)failure(-(errno ? errno : EINVAL));
	o->links[o->link_cnt].link = link;
	o->links[o->link_cnt++].prog = prog;
	return 0;
}

struct bpf_program *bpf_imports_program(u64 handle, const char *name, int *err)
{
	struct object *o = object_of(handle);
	struct bpf_program *prog = o ? bpf_object__find_program_by_name(o->obj, name) : NULL;

	*err = o ? -ENOENT : -EINVAL;
	return prog;
}

struct bpf_link *bpf_imports_take_link(u64 handle, const char *name, int *err)
{
	struct bpf_program *prog = bpf_imports_program(handle, name, err);
	struct object *o = object_of(handle);
	struct bpf_link *link;
	int i;

	if (!prog)
		return NULL;
	for (i = 0; i < o->link_cnt; i++)
		if (o->links[i].prog == prog)
			break;
	if (i == o->link_cnt)
		return NULL;	/* *err: -ENOENT, not attached */
	link = o->links[i].link;
	o->links[i] = o->links[--o->link_cnt];
	return link;
}

bool bpf_imports_owns_prog_fd(int fd)
{
	struct bpf_program *prog;

	if (fd < 0)
		return false;
	for (int h = 1; h <= MAX_OBJECTS; h++)
		if (object_of((u64)h))
			bpf_object__for_each_program(prog, objects[h]->obj)
				if (bpf_program__fd(prog) == fd)
					return true;
	return false;
}

struct bpf_map *bpf_imports_map(int fd)
{
	struct bpf_map *map;

	if (fd < 0)
		return NULL;
	for (int h = 1; h <= MAX_OBJECTS; h++)
		if (object_of((u64)h))
			bpf_object__for_each_map(map, objects[h]->obj)
				if (bpf_map__fd(map) == fd)
					return map;
	return NULL;
}

bool bpf_imports_is_object(u64 handle)
{
	return object_of(handle) != NULL;
}

u32 Z_wasm_bpfZ_wasm_bpf_map_fd_by_name(bpf_t *inst, u64 handle, u32 name_off)
{
	struct object *o = object_of(handle);
	const char *name = guest_str(inst->memory, name_off, MAX_NAME);
	struct bpf_map *map;

	if (!o || !name)
		return (u32)(o ? -EFAULT : -EINVAL);
	/* libbpf also finds internal maps by section name (".rodata") */
	map = bpf_object__find_map_by_name(o->obj, name);
	return (u32)(map ? bpf_map__fd(map) : -ENOENT);
}

/* Key and value sizes as the kernel sees them (per-CPU: for every CPU). */
static int map_sizes(int fd, u32 *key_size, u32 *value_size)
{
	struct bpf_map_info info;
	__u32 len = sizeof(info);

	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(fd, &info, &len))
		return -EBADF;
	*key_size = info.key_size;
	*value_size = info.value_size;
	switch (info.type) {
	case BPF_MAP_TYPE_PERCPU_HASH:
	case BPF_MAP_TYPE_PERCPU_ARRAY:
	case BPF_MAP_TYPE_LRU_PERCPU_HASH:
	case BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE:
		*value_size = ((info.value_size + 7) & ~7u) * (u32)libbpf_num_possible_cpus();
		break;
	default:
		break;
	}
	return 0;
}

/* Only maps of the guest's own objects: not the host's other descriptors. */
static bool guest_owns_fd(int fd)
{
	int h;

	for (h = 1; h <= MAX_OBJECTS; h++) {
		struct bpf_map *map;

		if (!objects[h] || objects[h]->closed)
			continue;
		bpf_object__for_each_map(map, objects[h]->obj)
			if (bpf_map__fd(map) == fd)
				return true;
	}
	return false;
}

u32 Z_wasm_bpfZ_wasm_bpf_map_operate(bpf_t *inst, u32 fd, u32 cmd, u32 key_off, u32 value_off,
				     u32 next_off, u64 flags)
{
	u32 ksz, vsz;
	void *key, *value, *next;
	int ret;

	if (!guest_owns_fd((int)fd) || map_sizes((int)fd, &ksz, &vsz))
		return (u32)-EBADF;
	/* a NULL pointer is guest address 0, as on the upstream hosts */
	key = guest_ptr(inst->memory, key_off, ksz);
	if (!key)
		return (u32)-EFAULT;
	switch (cmd) {
	case 1: /* BPF_MAP_LOOKUP_ELEM */
	case 2: /* BPF_MAP_UPDATE_ELEM */
		value = guest_ptr(inst->memory, value_off, vsz);
		if (!value)
			return (u32)-EFAULT;
		ret = cmd == 1 ? bpf_map_lookup_elem_flags((int)fd, key, value, flags)
			       : bpf_map_update_elem((int)fd, key, value, flags);
		break;
	case 3: /* BPF_MAP_DELETE_ELEM */
		ret = bpf_map_delete_elem((int)fd, key);
		break;
	case 4: /* BPF_MAP_GET_NEXT_KEY */
		next = guest_ptr(inst->memory, next_off, ksz);
		if (!next)
			return (u32)-EFAULT;
		ret = bpf_map_get_next_key((int)fd, key, next);
		break;
	default:
		return (u32)-EINVAL;
	}
	/* libbpf 1.x returns -errno itself */
	return (u32)(ret < 0 ? ret : 0);
}

/* The table entry of the guest's callback if it is an (i32,i32,i32)->i32. */
static wasm_rt_funcref_t *guest_callback(bpf_t *inst, u32 fn)
{
	static u32 sample_type;
	wasm_rt_funcref_t *f;

	if (!sample_type)
		sample_type = wasm_rt_register_func_type(3, 1, WASM_RT_I32, WASM_RT_I32,
							 WASM_RT_I32, WASM_RT_I32);
	if (fn >= inst->table->size)
		return NULL;
	f = &inst->table->data[fn];
	return f->func && f->func_type == sample_type ? f : NULL;
}

/* The guest's callback, `int fn(void *ctx, void *data, size_t size)`. */
static int call_guest(struct poll_state *ps, const void *data, size_t size)
{
	wasm_rt_funcref_t *f = guest_callback(ps->inst, ps->fn);
	void *dst;
	size_t n = size < ps->max ? size : ps->max;

	if (!f)
		return -EINVAL;
	/* memory may have moved since the last call into the guest */
	dst = guest_ptr(ps->inst->memory, ps->data, n);
	if (!dst)
		return -EFAULT;
	memcpy(dst, data, n);
	ps->delivered++;
	/* WAMR passes the untruncated size: guests must clamp it */
	return (int)((u32 (*)(void *, u32, u32, u32))f->func)(f->module_instance, ps->ctx,
							       ps->data, (u32)size);
}

static int on_sample(struct poll_state *ps, const void *data, size_t size)
{
	if (ps->stopped)
		return -ECANCELED;	/* ring_buffer__poll stops at an error */
	if (host.mode == MODE_WASMTIME) {
		void *copy = realloc(ps->last, size ? size : 1);

		if (!copy)
			return -ENOMEM;
		memcpy(copy, data, size);
		ps->last = copy;
		ps->last_size = size;
		return 0;
	}
	ps->callback_ret = call_guest(ps, data, size);
	return ps->callback_ret;
}

static int ring_sample(void *ctx, void *data, size_t size)
{
	return on_sample(ctx, data, size);
}

static void perf_sample(void *ctx, int cpu, void *data, __u32 size)
{
	(void)cpu;
	on_sample(ctx, data, size);
}

static int open_buffer(struct object *o, int fd)
{
	struct bpf_map *map, *found = NULL;

	bpf_object__for_each_map(map, o->obj)
		if (bpf_map__fd(map) == fd)
			found = map;
	if (!found)
		return -EINVAL; /* crashes the WAMR and WasmEdge hosts: not here */
	o->poll.last = NULL;
	if (bpf_map__type(found) == BPF_MAP_TYPE_RINGBUF)
		o->rb = ring_buffer__new(fd, ring_sample, &o->poll, NULL);
	else if (bpf_map__type(found) == BPF_MAP_TYPE_PERF_EVENT_ARRAY)
		o->pb = perf_buffer__new(fd, 64, perf_sample, NULL, &o->poll, NULL);
	else
		return -EINVAL;
	if (!o->rb && !o->pb)
		return -errno;
	o->buffer_fd = fd;
	return 0;
}

/*
 * ring_buffer__poll() or perf_buffer__poll(), with the wait done here by
 * epoll_pwait on the buffer's epoll fd: SIGINT/SIGTERM are unblocked only
 * inside the wait (signals_epoll_wait), so one that arrives just before it still
 * ends it with -EINTR instead of waiting the whole timeout. Returns what
 * libbpf's poll would: records consumed (ring), buffers ready (perf).
 */
static int wait_and_consume(struct object *o, int timeout_ms)
{
	struct epoll_event ev[64];
	int efd = o->rb ? ring_buffer__epoll_fd(o->rb) : perf_buffer__epoll_fd(o->pb);
	int n = signals_epoll_wait(efd, ev, 64, timeout_ms), err;

	if (n <= 0)
		return n < 0 ? -errno : 0;
	if (o->rb)
		return ring_buffer__consume(o->rb);
	err = perf_buffer__consume(o->pb);
	return err < 0 ? err : n;
}

u32 Z_wasm_bpfZ_wasm_bpf_buffer_poll(bpf_t *inst, u64 handle, u32 fd, u32 fn, u32 ctx,
				     u32 data, u32 max, u32 timeout_ms)
{
	struct object *o = object_of(handle);
	struct poll_state *ps;
	int ret;

	if (!o)
		return (u32)failure(-EINVAL);
	if (!guest_ptr(inst->memory, data, max))
		return (u32)failure(-EFAULT);
	if (!guest_callback(inst, fn))
		return (u32)failure(-EINVAL); /* not a function of the right type */
	/* from its own callback: libbpf's poll of a ring is not re-entrant */
	if (o->polling)
		return (u32)failure(-EBUSY);
	if (o->buffer_fd < 0) {
		ret = open_buffer(o, (int)fd);
		if (ret)
			return (u32)failure(ret);
	} else if ((int)fd != o->buffer_fd) {
		return (u32)failure(-EBUSY); /* one buffer per object */
	}
	/* a signal the guest handles ends the poll, as epoll_wait(2) would */
	if (signals_deliver())
		return (u32)-EINTR;
	ps = &o->poll;
	*ps = (struct poll_state){ inst, fn, ctx, data, max, 0, 0, ps->last, 0, false };
	o->polling = true;
	ret = wait_and_consume(o, (int)timeout_ms);
	if (ret == -EINTR && !signals_deliver())
		ret = 0;	/* ignored by the guest: as if it never came */
	if (host.mode == MODE_WASMTIME && ps->last_size && ret >= 0) {
		ps->callback_ret = call_guest(ps, ps->last, ps->last_size);
		ps->last_size = 0;
	}
	o->polling = false;
	if (o->closed) {
		/* closed by its callback: the events it got, or what it said */
		ret = ps->callback_ret ? ps->callback_ret : (int)ps->delivered;
		close_object((int)handle);
		return (u32)ret;
	}
	if (ret < 0)
		return (u32)(host.mode == MODE_WASMTIME && ret != -EINTR ? failure(ret) : ret);
	if (ps->callback_ret)
		return (u32)ps->callback_ret;
	return (u32)ret;
}

/* The handle is dead for the guest at once (object_of). */
static void close_object(int h)
{
	struct object *o = objects[h];
	int i;

	for (i = 0; i < o->link_cnt; i++)
		bpf_link__destroy(o->links[i].link);
	ext_links_close((u64)h);
	ext_buffers_close((u64)h);
	ring_buffer__free(o->rb);
	perf_buffer__free(o->pb);
	bpf_object__close(o->obj);
	free(o->poll.last);
	free(o);
	objects[h] = NULL;
}

u32 Z_wasm_bpfZ_wasm_close_bpf_object(bpf_t *inst, u64 handle)
{
	struct object *o = object_of(handle);

	(void)inst;
	if (!o)
		return (u32)failure(-EINVAL);
	if (o->polling) {
		/* inside its own callback: freed when the poll returns */
		o->closed = true;
		o->poll.stopped = true;
		return 0;
	}
	close_object((int)handle);
	return 0;
}

void bpf_imports_cleanup(void)
{
	int h;

	ext_cleanup();
	ext_buffers_cleanup();	/* also one the guest exited from inside */
	for (h = 1; h <= MAX_OBJECTS; h++)
		if (objects[h])
			close_object(h);
}
