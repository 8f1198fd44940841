// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * libbpf's ELF parser is not hardened against hostile objects (1.1.2
 * crashes on some), and a guest hands the host any bytes it likes. Before
 * the host opens a guest's object, a forked child looks at it first, with
 * a CPU and wall-clock limit, an address-space budget and no core dump:
 *
 *  1. the project's object checker (btf2hdr's bpf_obj_check) validates
 *     what libbpf follows unchecked; a refusal comes back as its one-line
 *     reason through a pipe. It runs in the child too because it parses
 *     the same untrusted bytes (partly with libbpf's BTF code);
 *  2. libbpf parses it (open, no load), for what the checker misses.
 *
 * WASM_BPF_OBJCHECK=0 skips step 1, for an object the checker refuses and
 * libbpf takes (one without BTF): the child still contains libbpf.
 *
 * If the child dies of a signal or runs out of time, the object is refused
 * and the runtime lives on; if it survives, the same parse in the host
 * will too (same bytes, same library).
 */
#define _GNU_SOURCE	/* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <bpf/libbpf.h>

#include "obj_check.h"
#include "obj_probe.h"

#define PROBE_CPU_SECONDS	5
#define PROBE_WALL_SECONDS	10
#define PROBE_MEMORY		(256ull << 20)	/* beyond what the host maps already */

static int no_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

/* The process's mapped bytes now (VmSize), or 0. */
static unsigned long long mapped_bytes(void)
{
	unsigned long long pages = 0;
	FILE *f = fopen("/proc/self/statm", "r");

	if (f) {
		if (fscanf(f, "%llu", &pages) != 1)
			pages = 0;
		fclose(f);
	}
	return pages * (unsigned long long)sysconf(_SC_PAGESIZE);
}

/* Exit status of a child whose checker refused the object (reason in the pipe). */
#define CHECK_REFUSED 2

static void __attribute__((noreturn)) probe_child(const void *buf, size_t size, int out)
{
	const char *env = getenv("WASM_BPF_OBJCHECK");
	bool skip_check = env && !strcmp(env, "0");
	static const int fatal[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGALRM,
				     SIGXCPU, SIGINT, SIGTERM };
	LIBBPF_OPTS(bpf_object_open_opts, opts, .object_name = "wasm_bpf");
	unsigned long long vm = mapped_bytes();
	struct rlimit cpu = { PROBE_CPU_SECONDS, PROBE_CPU_SECONDS + 1 };
	struct rlimit core = { 0, 0 };
	struct rlimit as = { vm + PROBE_MEMORY + 4ull * size, vm + PROBE_MEMORY + 4ull * size };
	struct bpf_object *obj;
	char why[256];

	/* the host's handlers would report the crash as its own: die quietly */
	for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++)
		signal(fatal[i], SIG_DFL);
	setrlimit(RLIMIT_CORE, &core);
	setrlimit(RLIMIT_CPU, &cpu);
	if (vm)
		setrlimit(RLIMIT_AS, &as);
	alarm(PROBE_WALL_SECONDS);
	if (!skip_check && bpf_obj_check(buf, size, why, sizeof(why))) {
		ssize_t r = write(out, why, strnlen(why, sizeof(why)));

		(void)r;
		_exit(CHECK_REFUSED);
	}
	libbpf_set_print(no_print);	/* the host prints the warnings when it opens it */
	obj = bpf_object__open_mem(buf, size, &opts);
	bpf_object__close(obj);
	_exit(0);
}

int obj_probe(const void *buf, size_t size, char *why, size_t why_sz)
{
	int status, pipe_fd[2];
	pid_t pid, got;
	ssize_t n;

	if (pipe2(pipe_fd, O_CLOEXEC)) {
		snprintf(why, why_sz, "cannot check it: %s", strerror(errno));
		return -1;
	}
	fflush(stderr);
	pid = fork();
	if (pid < 0) {
		snprintf(why, why_sz, "cannot fork to check it: %s", strerror(errno));
		close(pipe_fd[0]);
		close(pipe_fd[1]);
		return -1;
	}
	if (pid == 0) {
		close(pipe_fd[0]);
		probe_child(buf, size, pipe_fd[1]);
	}
	close(pipe_fd[1]);
	/* a signal for the guest (no SA_RESTART) must not abandon the child */
	do
		got = waitpid(pid, &status, 0);
	while (got < 0 && errno == EINTR);
	/* the reason is one short write: it fits in the pipe, read it after */
	n = read(pipe_fd[0], why, why_sz - 1);
	close(pipe_fd[0]);
	if (got < 0) {
		snprintf(why, why_sz, "lost the process checking it: %s", strerror(errno));
		return -1;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFEXITED(status) && WEXITSTATUS(status) == CHECK_REFUSED && n > 0)
		why[n] = '\0';
	else if (WIFSIGNALED(status) && (WTERMSIG(status) == SIGALRM || WTERMSIG(status) == SIGXCPU))
		snprintf(why, why_sz, "libbpf took longer than %d s to parse it", PROBE_CPU_SECONDS);
	else if (WIFSIGNALED(status))
		snprintf(why, why_sz, "libbpf crashed parsing it (%s)", strsignal(WTERMSIG(status)));
	else
		snprintf(why, why_sz, "libbpf could not parse it (status %d)", WEXITSTATUS(status));
	return -1;
}
