/* reent MODE: close-in-callback | poll-in-callback | grow-in-callback
 * (from the hostile-input survey; two prints added for the tests) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libbpf-wasm/imports.h>
#include "reent.skel.h"
static wasm_bpf_handle_t h; static int fd; static const char *mode; static int calls;
static char buf[4096];
static int cb(void *ctx, void *data, size_t size)
{
	(void)ctx; (void)data; (void)size;
	calls++;
	if (!strcmp(mode, "close")) {
		int r = wasm_close_bpf_object(h);
		fprintf(stderr, "closed in callback: %d\n", r);
	} else if (!strcmp(mode, "poll") && calls < 50) {
		int r = wasm_bpf_buffer_poll(h, fd, cb, NULL, buf, sizeof(buf), 10);
		if (calls == 1)	/* (added for the test: the nested poll's answer) */
			fprintf(stderr, "poll in callback: %d\n", r);
	} else if (!strcmp(mode, "grow")) {
		void *p = malloc(64 << 20); /* memory.grow moves guest memory */
		memset(p, 1, 64 << 20);
		if (calls == 1)	/* (added for the test) */
			fprintf(stderr, "grew: %s\n", p ? "yes" : "no");
	}
	return 0;
}
int main(int argc, char **argv)
{
	size_t sz; const void *elf = reent_bpf__elf_bytes(&sz);
	mode = argc > 1 ? argv[1] : "close";
	setvbuf(stderr, NULL, _IONBF, 0);
	h = wasm_load_bpf_object(elf, (int)sz);
	if (!h) { fprintf(stderr, "load failed\n"); return 1; }
	fd = wasm_bpf_map_fd_by_name(h, "ring");
	fprintf(stderr, "attach: %d fd=%d\n", wasm_attach_bpf_program(h, "on_w", NULL), fd);
	for (int i = 0; i < 5; i++) {
		fprintf(stderr, "tick %d\n", i);	/* writev -> an event */
		int r = wasm_bpf_buffer_poll(h, fd, cb, NULL, buf, sizeof(buf), 100);
		fprintf(stderr, "poll %d: %d calls=%d\n", i, r, calls);
	}
	return 0;
}
