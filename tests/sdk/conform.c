// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libbpf-wasm conformance: every SDK call on real objects and the real
 * kernel, with its failure paths. Prints "ok NAME" / "FAIL NAME: why".
 *
 *   conform.wasm wamr|wasmtime
 *
 * After "READY" the test runs wbtrigger (3 getpgid() calls and one UDP
 * datagram on lo); the guest then checks the events and counters.
 * In wasmtime mode the runtime delivers only the last event of each poll,
 * so event checks ask for the last one instead of all.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>

#include <libbpf-wasm.h>
#include "conform.wasm.h"
#include "conform.skel.h"
#include "perf.skel.h"

static int passed, failed;
static bool wasmtime_mode;

#define CHECK(name, cond, ...)						\
	do {								\
		if (cond) {						\
			printf("ok %s\n", name);			\
			passed++;					\
		} else {						\
			printf("FAIL %s: ", name);			\
			printf(__VA_ARGS__);				\
			printf("\n");					\
			failed++;					\
		}							\
	} while (0)

/* Everything the SDK prints goes here, so the test can check it. */
static char log_buf[8192];
static size_t log_len;

static int capture_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	int n;

	(void)level;
	n = vsnprintf(log_buf + log_len, sizeof(log_buf) - log_len, fmt, ap);
	if (n > 0)
		log_len += (size_t)n < sizeof(log_buf) - log_len ? (size_t)n : 0;
	return n;
}

static bool logged(const char *what)
{
	bool found = strstr(log_buf, what) != NULL;

	log_len = 0;
	log_buf[0] = '\0';
	return found;
}

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

static void test_open_errors(void)
{
	static const char junk[32] = "definitely not an ELF object";
	struct bpf_object *obj;

	obj = bpf_object__open_mem(junk, sizeof(junk), NULL);
	CHECK("open_mem junk -> NULL/EINVAL", !obj && errno == EINVAL, "obj=%p errno=%d", (void *)obj, errno);
	CHECK("libbpf_get_error(NULL) = -errno", libbpf_get_error(obj) == -EINVAL, "%ld", libbpf_get_error(obj));
	CHECK("open_mem junk is reported", logged("not an ELF"), "log: %s", log_buf);
	obj = bpf_object__open_mem(junk, 0, NULL);
	CHECK("open_mem size 0 -> NULL", !obj && errno == EINVAL, "errno=%d", errno);
	bpf_object__close(NULL);
	CHECK("close(NULL) is harmless", true, "-");
}

static void test_before_load(struct conform_bpf *skel)
{
	struct bpf_object *obj = skel->obj;
	struct bpf_program *prog;
	struct bpf_map *map;
	int n = 0;

	CHECK("bpf_object__name", !strcmp(bpf_object__name(obj), "conform_bpf"), "%s", bpf_object__name(obj));
	bpf_object__for_each_map(map, obj)
		n++;
	CHECK("for_each_map sees 7 maps", n == 7, "%d", n);
	n = 0;
	bpf_object__for_each_program(prog, obj)
		n++;
	CHECK("for_each_program sees 2 programs", n == 2, "%d", n);
	CHECK("program name", !strcmp(bpf_program__name(skel->progs.on_getpgid), "on_getpgid"), "%s",
	      bpf_program__name(skel->progs.on_getpgid));
	CHECK("program section name",
	      !strcmp(bpf_program__section_name(skel->progs.on_getpgid), "tp/syscalls/sys_enter_getpgid"),
	      "%s", bpf_program__section_name(skel->progs.on_getpgid));
	CHECK("find_program_by_name", bpf_object__find_program_by_name(obj, "count_xdp") == skel->progs.count_xdp, "-");
	CHECK("find_program_by_name unknown -> NULL/ENOENT",
	      !bpf_object__find_program_by_name(obj, "nope") && errno == ENOENT, "errno=%d", errno);
	CHECK("find_map_by_name", bpf_object__find_map_by_name(obj, "hash") == skel->maps.hash, "-");
	CHECK("find_map_by_name .bss", bpf_object__find_map_by_name(obj, ".bss") == skel->maps.bss, "-");
	CHECK("find_map_by_name unknown -> NULL/ENOENT",
	      !bpf_object__find_map_by_name(obj, "nope") && errno == ENOENT, "errno=%d", errno);
	map = skel->maps.hash;
	CHECK("hash attributes before load",
	      bpf_map__type(map) == BPF_MAP_TYPE_HASH && bpf_map__key_size(map) == 4 &&
	      bpf_map__value_size(map) == 8 && bpf_map__max_entries(map) == 64,
	      "type %d key %u value %u max %u", bpf_map__type(map), bpf_map__key_size(map),
	      bpf_map__value_size(map), bpf_map__max_entries(map));
	CHECK("ringbuf attributes before load",
	      bpf_map__type(skel->maps.events) == BPF_MAP_TYPE_RINGBUF &&
	      bpf_map__max_entries(skel->maps.events) == 256 * 1024, "-");
	CHECK("map name", !strcmp(bpf_map__name(skel->maps.lru), "lru"), "%s", bpf_map__name(skel->maps.lru));
	CHECK("set_max_entries before load", bpf_map__set_max_entries(skel->maps.lru, 32) == 0, "-");
	CHECK("max_entries reflects it", bpf_map__max_entries(skel->maps.lru) == 32, "%u",
	      bpf_map__max_entries(skel->maps.lru));
	CHECK("map fd before load is an error", bpf_map__fd(skel->maps.hash) < 0, "-");
	CHECK("autoload defaults to true", bpf_program__autoload(skel->progs.count_xdp), "-");
	CHECK("attach before load -> NULL/EINVAL",
	      !bpf_program__attach(skel->progs.on_getpgid) && errno == EINVAL, "errno=%d", errno);
	CHECK("attach before load is reported", logged("before load"), "log: %s", log_buf);
	CHECK("set_autocreate(false) -> -EOPNOTSUPP, explained",
	      bpf_map__set_autocreate(skel->maps.lru, false) == -EOPNOTSUPP && logged("set_autocreate"), "-");
}

static void test_hash(struct conform_bpf *skel)
{
	struct bpf_map *map = skel->maps.hash;
	__u32 key, next, keys[8];
	__u64 val;
	int err, n = 0;

	for (key = 1; key <= 3; key++) {
		val = key * 100;
		err = bpf_map__update_elem(map, &key, sizeof(key), &val, sizeof(val), BPF_ANY);
		CHECK("hash update", err == 0, "key %u: %d", key, err);
	}
	key = 2;
	val = 0;
	err = bpf_map__lookup_elem(map, &key, sizeof(key), &val, sizeof(val), 0);
	CHECK("hash lookup returns the value", err == 0 && val == 200, "err %d val %llu", err, (unsigned long long)val);
	err = bpf_map__lookup_elem(map, &key, 2, &val, sizeof(val), 0);
	CHECK("hash lookup wrong key size -> -EINVAL", err == -EINVAL && logged("key size"), "%d", err);
	err = bpf_map__lookup_elem(map, &key, sizeof(key), &val, 4, 0);
	CHECK("hash lookup wrong value size -> -EINVAL", err == -EINVAL && logged("value size"), "%d", err);
	err = bpf_map__update_elem(map, &key, sizeof(key), &val, sizeof(val), BPF_NOEXIST);
	CHECK("hash update NOEXIST on existing -> -EEXIST", err == -EEXIST, "%d", err);
	err = bpf_map__delete_elem(map, &key, sizeof(key), 0);
	CHECK("hash delete", err == 0, "%d", err);
	err = bpf_map_lookup_elem(bpf_map__fd(map), &key, &val);
	CHECK("hash lookup deleted -> -ENOENT", err == -ENOENT, "%d", err);
	err = bpf_map_delete_elem(bpf_map__fd(map), &key);
	CHECK("hash delete missing -> -ENOENT", err == -ENOENT, "%d", err);

	/* NULL means the first key, on every runtime */
	err = bpf_map_get_next_key(bpf_map__fd(map), NULL, &next);
	while (!err && n < 8) {
		keys[n++] = next;
		key = next;
		err = bpf_map__get_next_key(map, &key, &next, sizeof(key));
	}
	CHECK("hash iteration from NULL sees keys 1 and 3",
	      n == 2 && err == -ENOENT && ((keys[0] == 1 && keys[1] == 3) || (keys[0] == 3 && keys[1] == 1)),
	      "n %d err %d", n, err);
	key = 3;
	err = bpf_map_lookup_and_delete_elem(bpf_map__fd(map), &key, &val);
	CHECK("lookup_and_delete returns the value", err == 0 && val == 300, "err %d val %llu", err,
	      (unsigned long long)val);
	CHECK("lookup_and_delete deleted it",
	      bpf_map_lookup_elem(bpf_map__fd(map), &key, &val) == -ENOENT, "-");
	err = bpf_map_update_elem(9999, &key, &val, 0);
	CHECK("update on a bad fd fails", err < 0, "%d", err);
}

static void test_array_and_percpu(struct conform_bpf *skel)
{
	struct bpf_map *map = skel->maps.array;
	__u32 key = 5, next = 99;
	__u64 val = 55, *pvals;
	int err, n = 0, cpus;

	err = bpf_map__update_elem(map, &key, sizeof(key), &val, sizeof(val), BPF_ANY);
	CHECK("array update", err == 0, "%d", err);
	err = bpf_map_get_next_key(bpf_map__fd(map), NULL, &next);
	CHECK("array first key from NULL is 0", err == 0 && next == 0, "err %d next %u", err, next);
	while (!err) {
		n++;
		key = next;
		err = bpf_map_get_next_key(bpf_map__fd(map), &key, &next);
	}
	CHECK("array iteration sees 8 keys", n == 8 && err == -ENOENT, "n %d err %d", n, err);
	key = 8;
	err = bpf_map__update_elem(map, &key, sizeof(key), &val, sizeof(val), BPF_ANY);
	CHECK("array update out of range -> -E2BIG", err == -E2BIG, "%d", err);

	cpus = libbpf_num_possible_cpus();
	CHECK("libbpf_num_possible_cpus > 0", cpus > 0, "%d", cpus);
	if (cpus <= 0)
		return;
	pvals = calloc((size_t)cpus, sizeof(__u64));
	key = 0;
	err = bpf_map__lookup_elem(skel->maps.pcpu, &key, sizeof(key), pvals, sizeof(__u64) * cpus, 0);
	CHECK("per-CPU lookup with ncpus * round_up(4, 8) bytes", err == 0, "%d", err);
	err = bpf_map__lookup_elem(skel->maps.pcpu, &key, sizeof(key), pvals, 4, 0);
	CHECK("per-CPU lookup with 4 bytes -> -EINVAL", err == -EINVAL && logged("per-CPU"), "%d", err);
	free(pvals);
}

static void test_lru(struct conform_bpf *skel)
{
	__u64 key, next;
	__u32 val = 1;
	int err = 0, n = 0;

	for (key = 1; key <= 40 && !err; key++)
		err = bpf_map__update_elem(skel->maps.lru, &key, sizeof(key), &val, sizeof(val), BPF_ANY);
	CHECK("lru takes 40 inserts", err == 0, "%d", err);
	err = bpf_map_get_next_key(bpf_map__fd(skel->maps.lru), NULL, &next);
	while (!err && n < 100) {
		n++;
		key = next;
		err = bpf_map_get_next_key(bpf_map__fd(skel->maps.lru), &key, &next);
	}
	CHECK("lru holds at most its 32 entries", n > 0 && n <= 32, "%d entries", n);
	CHECK("set_max_entries after load -> -EBUSY",
	      bpf_map__set_max_entries(skel->maps.lru, 8) == -EBUSY && logged("after load"), "-");
}

static void test_attach(struct conform_bpf *skel)
{
	struct bpf_link *link, *xdp;

	link = bpf_program__attach(skel->progs.on_getpgid);
	CHECK("attach tracepoint", link != NULL, "errno %d", errno);
	CHECK("attach twice -> NULL/EBUSY", !bpf_program__attach(skel->progs.on_getpgid) && errno == EBUSY,
	      "errno %d", errno);
	/* by ifindex through the extension (tests/ext attaches one for real) */
#ifdef LIBBPF_WASM_NO_EXT
	CHECK("attach_xdp without the extension -> NULL/EOPNOTSUPP, explained",
	      !bpf_program__attach_xdp(skel->progs.count_xdp, 1) && errno == EOPNOTSUPP &&
	      log_buf[0], "errno %d", errno);
#else
	CHECK("attach_xdp to ifindex 0 -> NULL/EINVAL, explained",
	      !bpf_program__attach_xdp(skel->progs.count_xdp, 0) && errno == EINVAL &&
	      logged("failed to attach"), "errno %d", errno);
#endif
	CHECK("attach_xdp_ifname on an unknown interface fails",
	      !bpf_program__attach_xdp_ifname(skel->progs.count_xdp, "nosuchif0") && errno > 0 &&
	      logged("failed to attach"), "errno %d", errno);
	xdp = bpf_program__attach_xdp_ifname(skel->progs.count_xdp, "lo");
	CHECK("attach_xdp_ifname lo", xdp != NULL, "errno %d", errno);
	/* a link of the six imports: its fd, if the extension can take it over */
#ifdef LIBBPF_WASM_NO_EXT
	CHECK("bpf_link__fd of a six-import link without the extension -> -EOPNOTSUPP, explained",
	      xdp && bpf_link__fd(xdp) == -EOPNOTSUPP && logged("six wasm-bpf imports"), "-");
#else
	CHECK("bpf_link__fd of a six-import link: the runtime's link fd, the same twice",
	      xdp && bpf_link__fd(xdp) > 2 && bpf_link__fd(xdp) == bpf_link__fd(xdp), "%d",
	      xdp ? bpf_link__fd(xdp) : -1);
#endif
	/* XDP and tc by netlink: the extension's, refused cleanly without it */
#ifdef LIBBPF_WASM_NO_EXT
	CHECK("bpf_xdp_query without the extension -> -EOPNOTSUPP, explained",
	      bpf_xdp_query(1, 0, &(struct bpf_xdp_query_opts){ .sz = sizeof(struct bpf_xdp_query_opts) }) ==
			      -EOPNOTSUPP && log_buf[0], "-");
#else
	{
		LIBBPF_OPTS(bpf_xdp_query_opts, q);
		DECLARE_LIBBPF_OPTS(bpf_tc_hook, hook, .ifindex = 1, .attach_point = BPF_TC_INGRESS);
		DECLARE_LIBBPF_OPTS(bpf_tc_opts, tc, .handle = 1, .priority = 1);
		__u32 id = 1;

		CHECK("bpf_xdp_query on lo: the program attach_xdp_ifname put there",
		      xdp && bpf_xdp_query(1, 0, &q) == 0 && q.prog_id != 0, "prog_id %u", q.prog_id);
		CHECK("bpf_xdp_query_id in DRV mode on lo: none (0)",
		      bpf_xdp_query_id(1, 4 /* XDP_FLAGS_DRV_MODE */, &id) == 0 && id == 0, "%u", id);
		CHECK("bpf_xdp_detach of nothing the guest attached by netlink -> -ENOENT",
		      bpf_xdp_detach(1, 0, NULL) == -ENOENT && q.prog_id != 0, "-");
		CHECK("bpf_xdp_attach of a tracepoint program -> the kernel's -EINVAL",
		      bpf_xdp_attach(1, bpf_program__fd(skel->progs.on_getpgid), 0, NULL) == -EINVAL, "-");
		tc.prog_fd = 3;
		CHECK("bpf_tc_query with prog_fd set -> -EINVAL, as libbpf",
		      bpf_tc_query(&hook, &tc) == -EINVAL, "-");
		tc.prog_fd = 0;
		CHECK("bpf_tc_detach of a filter the guest did not attach -> -ENOENT",
		      bpf_tc_detach(&hook, &tc) == -ENOENT, "-");
	}
#endif
	skel->links.on_getpgid = link;
	skel->links.count_xdp = xdp;
	/* the runtime's fd (extension ABI): two programs, two distinct fds */
#ifdef LIBBPF_WASM_NO_EXT
	CHECK("program fds without the extension -> -EOPNOTSUPP, explained",
	      bpf_program__fd(skel->progs.on_getpgid) == -EOPNOTSUPP && logged("not exposed"),
	      "%d", bpf_program__fd(skel->progs.on_getpgid));
#else
	CHECK("program fds from the runtime, one per program",
	      bpf_program__fd(skel->progs.on_getpgid) >= 0 &&
	      bpf_program__fd(skel->progs.count_xdp) >= 0 &&
	      bpf_program__fd(skel->progs.on_getpgid) != bpf_program__fd(skel->progs.count_xdp),
	      "%d %d", bpf_program__fd(skel->progs.on_getpgid), bpf_program__fd(skel->progs.count_xdp));
#endif
}

/* socket filters: packet sockets through the extension, nothing else */
static void test_sockets(struct conform_bpf *skel)
{
#ifdef LIBBPF_WASM_NO_EXT
	(void)skel;
	CHECK("socket() without the extension -> -1/ENOSYS",
	      socket(PF_PACKET, SOCK_RAW, 0) == -1 && errno == ENOSYS, "errno %d", errno);
#else
	int fd = bpf_program__fd(skel->progs.on_getpgid), s;

	CHECK("socket(AF_INET) -> -1/EAFNOSUPPORT: packet sockets only",
	      socket(AF_INET, SOCK_DGRAM, 0) == -1 && errno == EAFNOSUPPORT, "errno %d", errno);
	s = socket(PF_PACKET, SOCK_RAW | SOCK_CLOEXEC, 0);
	CHECK("socket(PF_PACKET, SOCK_RAW) -> an fd", s > 2, "%d errno %d", s, errno);
	/* a tracepoint program is no socket filter: the kernel's EINVAL */
	CHECK("SO_ATTACH_BPF of a tracepoint program -> -1/EINVAL (the kernel's)",
	      setsockopt(s, SOL_SOCKET, SO_ATTACH_BPF, &fd, sizeof(fd)) == -1 && errno == EINVAL,
	      "errno %d", errno);
	CHECK("SO_RCVBUF -> 0", setsockopt(s, SOL_SOCKET, SO_RCVBUF, &fd, sizeof(fd)) == 0,
	      "errno %d", errno);
	CHECK("close() of the socket", close(s) == 0, "errno %d", errno);
	CHECK("setsockopt on the closed fd -> -1/EBADF",
	      setsockopt(s, SOL_SOCKET, SO_RCVBUF, &fd, sizeof(fd)) == -1 && errno == EBADF,
	      "errno %d", errno);
#endif
}

struct rb_stats {
	int small, big, bad, last_big_seq, last_small_seq;
};

static int on_ring_event(void *ctx, void *data, size_t size)
{
	struct rb_stats *st = ctx;

	if (size == sizeof(struct small_event)) {
		const struct small_event *e = data;

		if (strcmp(e->comm, "wbtrigger") || e->pid <= 0)
			st->bad++;
		st->small++;
		st->last_small_seq = (int)e->seq;
	} else if (size == sizeof(struct big_event)) {
		const struct big_event *e = data;

		for (size_t i = 0; i < sizeof(e->fill); i++)
			if (e->fill[i] != (unsigned char)(i * 7 + e->seq)) {
				st->bad++;
				break;
			}
		st->big++;
		st->last_big_seq = (int)e->seq;
	} else {
		st->bad++;
	}
	return 0;
}

static int perf_events_seen, perf_bad;

static void on_perf_event(void *ctx, int cpu, void *data, __u32 size)
{
	const __u64 *v = data;

	(void)ctx;
	(void)cpu;
	if (size < 32 || v[0] != 0x1111 || v[1] != 0x2222 || v[2] != 0x3333 || v[3] == 0)
		perf_bad++;
	perf_events_seen++;
}

static int bpf_buffer_events;

static int on_bpf_buffer_event(void *ctx, void *data, size_t size)
{
	(void)ctx;
	(void)data;
	if (size >= 32)
		bpf_buffer_events++;
	return 0;
}

int main(int argc, char **argv)
{
	struct conform_bpf *skel;
	struct perf_bpf *pskel, *pskel2;
	struct ring_buffer *rb, *rb2;
	struct perf_buffer *pb;
	struct bpf_buffer *bb;
	struct rb_stats st = { 0 };
	long long t0;
	int err, i, old_fd, cpus;
	char msg[64];

	setvbuf(stdout, NULL, _IOLBF, 0);
	wasmtime_mode = argc > 1 && !strcmp(argv[1], "wasmtime");
	libbpf_set_print(capture_print);

	test_open_errors();
	skel = conform_bpf__open();
	CHECK("skeleton open", skel != NULL, "errno %d", errno);
	if (!skel)
		return 1;
	test_before_load(skel);
	err = conform_bpf__load(skel);
	CHECK("skeleton load", err == 0, "%d: %s", err, log_buf);
	if (err)
		return 1;
	CHECK("load twice -> -EINVAL", bpf_object__load(skel->obj) == -EINVAL && logged("twice"), "-");
	CHECK("map fd after load", bpf_map__fd(skel->maps.hash) >= 0, "-");
	test_hash(skel);
	test_array_and_percpu(skel);
	test_lru(skel);
	test_attach(skel);
	test_sockets(skel);

	/* buffers */
	CHECK("ring_buffer__new on a bad fd -> NULL/EBADF",
	      !ring_buffer__new(9999, on_ring_event, &st, NULL) && errno == EBADF, "errno %d", errno);
	CHECK("ring_buffer__new on a hash map -> NULL/EINVAL",
	      !ring_buffer__new(bpf_map__fd(skel->maps.hash), on_ring_event, &st, NULL) && errno == EINVAL &&
	      logged("not a ring buffer"), "errno %d", errno);
	rb = ring_buffer__new(bpf_map__fd(skel->maps.events), on_ring_event, &st, NULL);
	CHECK("ring_buffer__new", rb != NULL, "errno %d", errno);
	rb2 = ring_buffer__new(bpf_map__fd(skel->maps.events2), on_ring_event, &st, NULL);
	CHECK("second buffer on one object -> NULL/EBUSY, explained",
	      !rb2 && errno == EBUSY && logged("one buffer per object"), "errno %d", errno);
#ifdef LIBBPF_WASM_NO_EXT
	CHECK("ring_buffer__add without the extension -> -EOPNOTSUPP, explained",
	      ring_buffer__add(rb, bpf_map__fd(skel->maps.events2), on_ring_event, NULL) == -EOPNOTSUPP &&
	      logged("one buffer per object"), "-");
#else
	CHECK("ring_buffer__add of a non-map fd -> -EBADF, explained",
	      ring_buffer__add(rb, 1, on_ring_event, NULL) == -EBADF && logged("not a map"), "-");
	CHECK("ring_buffer__add of a hash map -> -EINVAL, explained",
	      ring_buffer__add(rb, bpf_map__fd(skel->maps.hash), on_ring_event, NULL) == -EINVAL &&
	      logged("not a ring buffer"), "-");
	CHECK("ring_buffer__add of the object's second ring buffer",
	      ring_buffer__add(rb, bpf_map__fd(skel->maps.events2), on_ring_event, &st) == 0,
	      "%s", log_buf);
#endif
	t0 = now_ms();
	err = ring_buffer__consume(rb);
	CHECK("consume with nothing pending returns 0 at once", err == 0 && now_ms() - t0 < 50,
	      "err %d after %lld ms", err, now_ms() - t0);
	t0 = now_ms();
	err = ring_buffer__poll(rb, 0);
	CHECK("poll with timeout 0 does not block", err == 0 && now_ms() - t0 < 50, "err %d after %lld ms",
	      err, now_ms() - t0);

	pskel = perf_bpf__open_and_load();
	CHECK("second object (perf) opens and loads", pskel != NULL, "errno %d: %s", errno, log_buf);
	if (!pskel)
		return 1;
	CHECK("second object attaches", perf_bpf__attach(pskel) == 0, "%s", log_buf);
	CHECK("perf_buffer__new with 3 pages -> NULL/EINVAL, explained",
	      !perf_buffer__new(bpf_map__fd(pskel->maps.perf_events), 3, on_perf_event, NULL, NULL, NULL) &&
	      errno == EINVAL && logged("power of 2"), "errno %d", errno);
	pb = perf_buffer__new(bpf_map__fd(pskel->maps.perf_events), 8, on_perf_event, NULL, NULL, NULL);
	CHECK("perf_buffer__new", pb != NULL, "errno %d", errno);

	pskel2 = perf_bpf__open_and_load();
	CHECK("third object for bpf_buffer", pskel2 && perf_bpf__attach(pskel2) == 0, "%s", log_buf);
	bb = pskel2 ? bpf_buffer__new(pskel2->maps.perf_events, NULL) : NULL;
	CHECK("bpf_buffer__new", bb != NULL, "errno %d", errno);
	CHECK("bpf_buffer__open", bb && bpf_buffer__open(bb, on_bpf_buffer_event, NULL) == 0, "%s", log_buf);
	CHECK("nothing logged so far on success paths", log_len == 0, "log: %s", log_buf);

	printf("READY\n");
	t0 = now_ms();
	while (now_ms() - t0 < 20000) {
		err = ring_buffer__poll(rb, 50);
		if (err < 0)
			break;
		perf_buffer__poll(pb, 10);
		if (bb)
			bpf_buffer__poll(bb, 10);
		if (skel->bss->seq >= 3 && skel->bss->xdp_packets >= 1 && st.last_big_seq == 3 &&
		    perf_events_seen > 0 && bpf_buffer_events > 0 &&
		    (wasmtime_mode || (st.small == 3 && st.big == 3 && perf_events_seen == 3)))
			break;
	}
	CHECK("ring_buffer__poll never failed", err >= 0, "%d", err);
	CHECK(".bss refreshed by polls: seq == 3", skel->bss->seq == 3, "%u", skel->bss->seq);
	CHECK("xdp on lo counted the test's packet", skel->bss->xdp_packets >= 1, "%u", skel->bss->xdp_packets);
	CHECK("8 KiB events arrive whole (last seq 3)", st.last_big_seq == 3 && st.bad == 0,
	      "last %d bad %d", st.last_big_seq, st.bad);
	if (!wasmtime_mode) {
		CHECK("all 3 small events, with pid and comm", st.small == 3 && st.last_small_seq == 3,
		      "%d small, last %d", st.small, st.last_small_seq);
		CHECK("all 3 big events", st.big == 3, "%d", st.big);
		CHECK("all 3 perf events, intact", perf_events_seen == 3 && perf_bad == 0, "%d bad %d",
		      perf_events_seen, perf_bad);
	} else {
		CHECK("last-event-only delivery still reaches the guest",
		      st.big + st.small >= 1 && perf_events_seen >= 1 && perf_bad == 0, "%d/%d/%d",
		      st.small, st.big, perf_events_seen);
	}
	CHECK("bpf_buffer__poll delivered", bpf_buffer_events >= 1, "%d", bpf_buffer_events);
	cpus = libbpf_num_possible_cpus();
	if (cpus > 0) {
		__u64 *pv = calloc((size_t)cpus, 8), sum = 0;
		__u32 zero = 0;

		bpf_map_lookup_elem(bpf_map__fd(skel->maps.pcpu), &zero, pv);
		for (i = 0; i < cpus; i++)
			sum += (__u32)pv[i];
		CHECK("per-CPU counters sum to 3", sum == 3, "%llu", (unsigned long long)sum);
		free(pv);
	}

	/* errors and strings */
	CHECK("libbpf_strerror", libbpf_strerror(-ENOENT, msg, sizeof(msg)) == 0 &&
	      strstr(msg, "No such file"), "%s", msg);
	CHECK("libbpf_strerror short buffer -> -ERANGE", libbpf_strerror(-ENOENT, msg, 4) == -ERANGE, "-");

	/* teardown: links, buffers, objects */
	CHECK("bpf_link__destroy", bpf_link__destroy(skel->links.count_xdp) == 0, "-");
	skel->links.count_xdp = NULL;
	ring_buffer__free(rb);
	perf_buffer__free(pb);
	bpf_buffer__free(bb);
	old_fd = bpf_map__fd(skel->maps.hash);
	conform_bpf__destroy(skel);
	perf_bpf__destroy(pskel);
	perf_bpf__destroy(pskel2);
	{
		__u32 k = 1;
		__u64 v;

		err = bpf_map_lookup_elem(old_fd, &k, &v);
		CHECK("map of a closed object is gone", err < 0, "%d", err);
		CHECK("ring_buffer__new on a closed object's fd -> NULL",
		      !ring_buffer__new(old_fd, on_ring_event, &st, NULL), "-");
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
