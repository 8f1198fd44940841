/*
 * own-ext-buffers (our own case): the extension's buffer imports called
 * with hostile arguments and from inside their own callbacks, raw, as a
 * guest that bypasses the SDK would. Prints one line per answer; the test
 * compares them with the errno each must be (-EBADF -9, -EFAULT -14,
 * -EBUSY -16, -EINVAL -22).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libbpf-wasm/imports.h>
#include <libbpf-wasm/ext_imports.h>
#include "reent.skel.h"

static wasm_bpf_handle_t h;
static int ring_fd, id, calls;
static const char *mode;
static char buf[4096];

static void answer(const char *what, int r)
{
	fprintf(stderr, "%s: %d\n", what, r);
}

static int sample(void *ctx, int cpu, void *data, uint32_t size)
{
	(void)ctx; (void)cpu; (void)data; (void)size;
	if (calls++)
		return 0;
	if (!strcmp(mode, "nested")) {
		answer("poll in its callback", wasm_bpf_ext_buffer_poll(id, sample, NULL, buf, sizeof(buf), 0));
		answer("consume in its callback", wasm_bpf_ext_buffer_consume(id, sample, NULL, buf, sizeof(buf)));
		answer("add in its callback", wasm_bpf_ext_buffer_add(id, ring_fd, NULL));
	} else if (!strcmp(mode, "free")) {
		answer("free in its callback", wasm_bpf_ext_buffer_free(id));
		answer("poll after that free", wasm_bpf_ext_buffer_poll(id, sample, NULL, buf, sizeof(buf), 0));
	} else if (!strcmp(mode, "close")) {
		answer("close in its callback", wasm_close_bpf_object(h));
	} else if (!strcmp(mode, "grow")) {
		void *p = malloc(64 << 20);	/* memory.grow moves guest memory */

		memset(p, 1, 64 << 20);
		answer("grew", p != NULL);
	}
	return 0;
}

/* the legacy callback's type: not what buffer_poll calls */
static int wrong_type(void *ctx, void *data, size_t size)
{
	(void)ctx; (void)data; (void)size;
	return 0;
}

int main(int argc, char **argv)
{
	size_t sz;
	const void *elf = reent_bpf__elf_bytes(&sz);

	mode = argc > 1 ? argv[1] : "args";
	setvbuf(stderr, NULL, _IONBF, 0);
	answer("new on no object", wasm_bpf_ext_buffer_new(1, 3, 0, NULL));
	h = wasm_load_bpf_object(elf, (int)sz);
	if (!h || wasm_attach_bpf_program(h, "on_w", NULL) < 0) {
		fprintf(stderr, "load failed\n");
		return 1;
	}
	ring_fd = wasm_bpf_map_fd_by_name(h, "ring");
	answer("new on the runtime's fd 0", wasm_bpf_ext_buffer_new(h, 0, 0, NULL));
	answer("new on a hash map", wasm_bpf_ext_buffer_new(h, wasm_bpf_map_fd_by_name(h, "table"), 0, NULL));
	answer("new on a ring with pages", wasm_bpf_ext_buffer_new(h, ring_fd, 4, NULL));
	id = wasm_bpf_ext_buffer_new(h, ring_fd, 0, NULL);
	answer("new", id > 0 ? 0 : id);
	answer("poll of id 0", wasm_bpf_ext_buffer_poll(0, sample, NULL, buf, sizeof(buf), 0));
	answer("poll of id 65", wasm_bpf_ext_buffer_poll(65, sample, NULL, buf, sizeof(buf), 0));
	answer("add of a dead id", wasm_bpf_ext_buffer_add(40, ring_fd, NULL));
	answer("add of fd 2", wasm_bpf_ext_buffer_add(id, 2, NULL));
	answer("free of id -1", wasm_bpf_ext_buffer_free(-1));
	answer("poll with a callback of the wrong type",
	       wasm_bpf_ext_buffer_poll(id, (wasm_bpf_ext_sample_fn)(void *)wrong_type, NULL, buf,
					sizeof(buf), 0));
	answer("poll with a lost callback of the wrong type",
	       wasm_bpf_ext_buffer_poll(id, sample, (wasm_bpf_ext_lost_fn)(void *)wrong_type, buf,
					sizeof(buf), 0));
	answer("poll with table index 99999",
	       wasm_bpf_ext_buffer_poll(id, (wasm_bpf_ext_sample_fn)(uintptr_t)99999, NULL, buf,
					sizeof(buf), 0));
	answer("poll into memory's end",
	       wasm_bpf_ext_buffer_poll(id, sample, NULL, (void *)(uintptr_t)0xfffff000, 4096, 0));
	/* the events: writev of stderr, each answer above and the tick */
	for (int i = 0; i < 3; i++) {
		int r;

		fprintf(stderr, "tick %d\n", i);
		r = wasm_bpf_ext_buffer_poll(id, sample, NULL, buf, sizeof(buf), 100);
		if (r > 0)
			fprintf(stderr, "poll %d: events calls=%d\n", i, calls);
		else
			fprintf(stderr, "poll %d: %d calls=%d\n", i, r, calls);
	}
	answer("free", wasm_bpf_ext_buffer_free(id));
	answer("free again", wasm_bpf_ext_buffer_free(id));
	return 0;
}
