// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * wasm-bpf [--mode wamr|wasmtime] [--dir HOST[::GUEST]]... MODULE.wasm [ARGS...]
 *
 * Runs a wasm-bpf module: the module is translated to C by wabt's wasm2c,
 * compiled with the host (host_main.c, wasi.c, bpf_imports.c, prebuilt in
 * libwasmbpf-host.a) and cached by the hash of the module and the host, so
 * from its second run a module starts at once. Then the cached program is
 * executed with the user's arguments.
 *
 * Before anything is translated, the module itself is read and checked
 * (wasm_module.c, module_check.c): every import against the ABI, the
 * exports, memory limits. The cache is checked before anything in it is
 * used or run (cache.c).
 *
 * Exit status: the guest's; 1 when the module cannot be run (unreadable,
 * corrupt, missing exports, unknown imports, an unsafe cache); 2 on bad
 * usage.
 */
#define _GNU_SOURCE	/* close_range */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "build.h"
#include "cache.h"
#include "module_check.h"
#include "wasm_module.h"

#if !defined(HOST_DIR) || !defined(HOST_ID)
#error "HOST_DIR: where libwasmbpf-host.a and host.h are; HOST_ID: the library's SHA-256"
#endif
#define VERSION "0.1.0"

static const char usage[] =
"Usage: wasm-bpf [--mode wamr|wasmtime] [--dir HOST[::GUEST] [--ro]]...\n"
"                MODULE.wasm [ARGS...]\n"
"\n"
"Run a wasm-bpf module (a WASI command importing the six wasm_bpf\n"
"functions) against this machine's kernel.\n"
"\n"
"  --mode wamr      behave like the WAMR-based upstream host (default)\n"
"  --mode wasmtime  behave like the wasmtime-based upstream host: one\n"
"                   callback per poll with the last event, \"\" as a real\n"
"                   attach target, positive error codes\n"
"  --dir HOST[::GUEST]\n"
"                   let the guest read directory HOST, as GUEST (default:\n"
"                   the same path), e.g. --dir /proc --dir /sys; read-only\n"
"                   (--ro, the default, says so); paths cannot leave it\n"
"                   (\"..\", absolute symlinks, /proc/PID/exe). Without\n"
"                   --dir the guest reaches no file.\n"
"\n"
"Modules are compiled once with wasm2c and cached in $WASM_BPF_CACHE\n"
"(default $XDG_CACHE_HOME/wasm-bpf or ~/.cache/wasm-bpf; without HOME,\n"
"/var/cache/wasm-bpf for root, /tmp/wasm-bpf-cache-UID otherwise), a\n"
"directory only its owner may write to.\n"
"WASM_BPF_VERBOSE=1 shows the compiler's output.\n";

static const char *module_path;
static bool verbose;

static int die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int die(const char *fmt, ...)
{
	va_list ap;

	fputs("wasm-bpf: ", stderr);
	if (module_path)	/* (options are checked before the module is known) */
		fprintf(stderr, "%s: ", module_path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return 1;
}

/* Modules larger than this are refused before anything reads them whole. */
#define MAX_FILE (1ul << 30)

/* Reads all of path (a pipe too); -errno on failure. */
static int read_file(const char *path, unsigned char **buf, size_t *len)
{
	size_t cap = 1 << 16, n = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC), err = 0;
	unsigned char *p = NULL, *q;
	struct stat st;

	if (fd < 0)
		return -errno;
	if (fstat(fd, &st))
		err = errno;
	else if (S_ISDIR(st.st_mode))
		err = EISDIR;
	if (err)
		goto out;
	/* a file's size, plus one byte to see its end: read once, no copies */
	if (S_ISREG(st.st_mode) && st.st_size >= 0 && (uint64_t)st.st_size < MAX_FILE)
		cap = (size_t)st.st_size + 1;
	for (;;) {
		ssize_t got;

		if (n == cap || !p) {
			cap = p ? cap * 2 : cap;
			if (cap > MAX_FILE + 1 || !(q = realloc(p, cap))) {
				err = cap > MAX_FILE + 1 ? EFBIG : ENOMEM;
				goto out;
			}
			p = q;
		}
		got = read(fd, p + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			err = errno;
			goto out;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
out:
	close(fd);
	if (err) {
		free(p);
		return -err;
	}
	*buf = p;
	*len = n;
	return 0;
}

/*
 * The cache entry's name: SHA-256 of the module and of the host library
 * the program is linked with (its hash, taken when the driver was built:
 * make rebuilds the driver whenever the library changes).
 */
static int cache_key(const unsigned char *mod, size_t mod_len, char name[65])
{
	EVP_MD_CTX *h = EVP_MD_CTX_new();
	uint8_t d[32];
	int ok;

	ok = h && EVP_DigestInit_ex(h, EVP_sha256(), NULL) &&
	     EVP_DigestUpdate(h, mod, mod_len) &&
	     EVP_DigestUpdate(h, HOST_ID, strlen(HOST_ID)) && EVP_DigestFinal_ex(h, d, NULL);
	EVP_MD_CTX_free(h);
	if (!ok)
		return die("cannot compute the module's SHA-256 (libcrypto)");
	for (int i = 0; i < 32; i++)
		snprintf(name + 2 * i, 3, "%02x", d[i]);
	return 0;
}

/* Parses and checks the module into m: 0, or 1 after the one-line reason. */
static int check_module(const unsigned char *mod, size_t mod_len, struct wasm_module *m,
			struct module_uses *uses)
{
	char err[512];

	if (mod_len < 8 || memcmp(mod, "\0asm\1\0\0\0", 8))
		return die("not a WebAssembly module (bad magic or version)");
	if (wasm_module_parse(mod, mod_len, m, err, sizeof(err)))
		return die("not a valid WebAssembly module: %s", err);
	if (module_check(m, uses, err, sizeof(err)))
		return die("%s", err);
	return 0;
}

/* The directories granted with --dir, as HOST::GUEST. */
static char *grants[64];
static int grant_cnt;

/* --dir HOST[::GUEST]: HOST must be a directory; 0, or the exit status */
static int add_grant(const char *spec)
{
	const char *sep = strstr(spec, "::");
	size_t host_len = sep ? (size_t)(sep - spec) : strlen(spec);
	const char *guest = sep ? sep + 2 : spec;
	struct stat st;
	char *host_path, *g;
	int ret;

	if (!host_len || !*guest) {
		fprintf(stderr, "wasm-bpf: --dir '%s': want HOST[::GUEST]\nTry 'wasm-bpf --help'.\n", spec);
		return 2;
	}
	if (grant_cnt == (int)(sizeof(grants) / sizeof(grants[0]))) {
		fprintf(stderr, "wasm-bpf: more than %d --dir\n", grant_cnt);
		return 2;
	}
	host_path = strndup(spec, host_len);
	if (!host_path)
		return die("out of memory");
	errno = 0;
	if (stat(host_path, &st) || !S_ISDIR(st.st_mode)) {
		/* errno stays 0 when stat succeeds */
		ret = die("--dir %s: %s", host_path, errno ? strerror(errno) : "not a directory");
		free(host_path);
		return ret;
	}
	g = malloc(strlen(host_path) + strlen(guest) + 3);
	if (g)
		sprintf(g, "%s::%s", host_path, guest);
	free(host_path);
	if (!g)
		return die("out of memory");
	grants[grant_cnt++] = g;
	return 0;
}

/* WASM_BPF_COMPILE: when the optimised program is built (build.h). */
enum policy {
	TIERED,		/* quick first, optimised in the background (default) */
	OPTIMIZED,	/* optimised, waited for (benchmarks, warming a cache) */
	QUICK,		/* quick only */
};

static int compile_policy(enum policy *p)
{
	const char *v = getenv("WASM_BPF_COMPILE");

	if (!v || !*v || !strcmp(v, "tiered"))
		*p = TIERED;
	else if (!strcmp(v, "optimized"))
		*p = OPTIMIZED;
	else if (!strcmp(v, "quick"))
		*p = QUICK;
	else
		return die("WASM_BPF_COMPILE='%s': want tiered, optimized or quick", v);
	return 0;
}

/*
 * The optimised program, built while the quick one runs: in a process of
 * its own (a grandchild in a new session, so the user's Ctrl-C does not
 * stop it half-way and no shell or pipe waits for it), at low priority,
 * one per module at a time (a lock beside the entry). Nothing is reported:
 * if it fails, the next run is quick again and tries again.
 */
static void optimize_in_background(struct build_job job, int cache_fd, const char *name)
{
	char lock[80], err[CACHE_PATH_MAX + 256];
	pid_t pid = fork();
	int fd;

	if (pid != 0) {
		if (pid > 0)
			waitpid(pid, NULL, 0);
		return;
	}
	if (fork() != 0)
		_exit(0);
	setsid();
	fd = open("/dev/null", O_RDWR);
	if (fd < 0 || dup2(fd, 0) < 0 || dup2(fd, 1) < 0 || dup2(fd, 2) < 0 ||
	    dup2(cache_fd, 3) < 0)
		_exit(1);
	cache_fd = 3;
	close_range(4, ~0u, 0);	/* the caller's pipes must not wait for us */
	if (nice(10) < 0)
		_exit(1);
	snprintf(lock, sizeof(lock), "%s.lock", name);
	fd = openat(cache_fd, lock, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0 || flock(fd, LOCK_EX | LOCK_NB))
		_exit(0);	/* another run is building it */
	if (cache_entry_open(cache_fd, job.cache, name, err, sizeof(err)) == -1) {
		job.tier = TIER_OPTIMIZED;
		job.verbose = false;
		build_program(&job, err, sizeof(err));
	}
	unlinkat(cache_fd, lock, 0);
	_exit(0);
}

/* Builds entry `name` (at path exe) in the given tier and opens it. */
static int build_entry(struct build_job *job, enum build_tier tier, int cache_fd,
		       const char *name, const char *exe, char *err, size_t err_sz)
{
	if (verbose)
		fprintf(stderr, "wasm-bpf: compiling %s %sinto %s\n", module_path,
			tier == TIER_QUICK ? "quickly " : "", exe);
	job->tier = tier;
	job->entry = exe;
	if (build_program(job, err, err_sz))
		return -2;
	return cache_entry_open(cache_fd, job->cache, name, err, err_sz);
}

/*
 * Opens the entry to run, building what is missing: the optimised program
 * if there is one, else the quick one (built now if need be), with the
 * optimised one started in the background. Its fd with its path in exe, or
 * -1 after the one-line reason.
 */
static int program_for(struct build_job *job, enum policy policy, int cache_fd,
		       const char *name, char *exe, size_t exe_sz)
{
	const char *cache = job->cache;
	char quick_name[80], err[CACHE_PATH_MAX + 256];
	int fd;

	snprintf(exe, exe_sz, "%s/%s", cache, name);
	fd = cache_entry_open(cache_fd, cache, name, err, sizeof(err));
	if (fd == -1 && policy == OPTIMIZED) {
		fd = build_entry(job, TIER_OPTIMIZED, cache_fd, name, exe, err, sizeof(err));
	} else if (fd == -1) {
		snprintf(quick_name, sizeof(quick_name), "%s.quick", name);
		snprintf(exe, exe_sz, "%s/%s", cache, quick_name);
		fd = cache_entry_open(cache_fd, cache, quick_name, err, sizeof(err));
		if (fd == -1)
			fd = build_entry(job, TIER_QUICK, cache_fd, quick_name, exe, err, sizeof(err));
		else if (fd >= 0 && verbose)
			fprintf(stderr, "wasm-bpf: cached (quick): %s\n", exe);
		if (fd >= 0 && policy == TIERED) {
			char optimized[CACHE_PATH_MAX + 80];

			snprintf(optimized, sizeof(optimized), "%s/%s", cache, name);
			job->entry = optimized;
			if (verbose)
				fprintf(stderr, "wasm-bpf: optimising into %s in the background\n", optimized);
			optimize_in_background(*job, cache_fd, name);
		}
	} else if (fd >= 0 && verbose) {
		fprintf(stderr, "wasm-bpf: cached: %s\n", exe);
	}
	if (fd < 0)
		die("%s", fd == -1 ? "the compiled program vanished from the cache" : err);
	return fd;
}

/* Runs the cached program through the descriptor that was checked. */
static int run(int exe_fd, const char *exe, const char *mode, int argc, char **argv, int first)
{
	char **args = calloc((size_t)(argc - first) + 3 + 2 * (size_t)grant_cnt, sizeof(char *));
	extern char **environ;
	int n = 0;

	if (!args)
		return die("out of memory");
	args[n++] = (char *)exe;
	args[n++] = (char *)mode;
	for (int j = 0; j < grant_cnt; j++) {
		args[n++] = "--dir";
		args[n++] = grants[j];
	}
	for (int j = first; j < argc; j++)
		args[n++] = argv[j];
	fexecve(exe_fd, args, environ);
	return die("cannot run %s: %s", exe, strerror(errno));
}

int main(int argc, char **argv)
{
	const char *mode = "wamr";
	char cache[CACHE_PATH_MAX], exe[CACHE_PATH_MAX + 80], name[65], err[CACHE_PATH_MAX + 256];
	unsigned char *mod = NULL;
	size_t mod_len = 0;
	struct wasm_module parsed;
	struct build_job job;
	enum policy policy = TIERED;
	int i = 1, ret, cache_fd, exe_fd;

	if (i < argc && (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))) {
		fputs(usage, stdout);
		return 0;
	}
	if (i < argc && (!strcmp(argv[i], "-V") || !strcmp(argv[i], "--version"))) {
		printf("wasm-bpf (wasm-bpf-toolchain test host) v%s\n", VERSION);
		return 0;
	}
	/* options, in any order, before the module */
	while (i < argc && argv[i][0] == '-' && argv[i][1] == '-') {
		if (!strncmp(argv[i], "--mode", 6) && (argv[i][6] == '=' || !argv[i][6])) {
			mode = argv[i][6] == '=' ? argv[i] + 7 : (++i < argc ? argv[i] : "");
			i++;
			if (strcmp(mode, "wamr") && strcmp(mode, "wasmtime")) {
				fprintf(stderr, "wasm-bpf: unknown mode '%s' (wamr or wasmtime)\nTry 'wasm-bpf --help'.\n", mode);
				return 2;
			}
		} else if (!strncmp(argv[i], "--dir", 5) && (argv[i][5] == '=' || !argv[i][5])) {
			const char *spec = argv[i][5] == '=' ? argv[i] + 6 : (++i < argc ? argv[i] : "");

			i++;
			ret = add_grant(spec);
			if (ret)
				return ret;
		} else if (!strcmp(argv[i], "--ro")) {
			i++; /* grants are read-only: the default, and the only kind */
		} else {
			fprintf(stderr, "wasm-bpf: unknown option '%s'\nTry 'wasm-bpf --help'.\n", argv[i]);
			return 2;
		}
	}
	if (i >= argc) {
		fprintf(stderr, "%s", usage);
		return 2;
	}
	module_path = argv[i];
	verbose = getenv("WASM_BPF_VERBOSE") && *getenv("WASM_BPF_VERBOSE") == '1';
	ret = read_file(module_path, &mod, &mod_len);
	if (ret)
		return die("%s", strerror(-ret));
	memset(&job, 0, sizeof(job));
	if (compile_policy(&policy) || check_module(mod, mod_len, &parsed, &job.uses))
		return 1;
	/* the program depends on the module and on the host it is built with */
	if (cache_key(mod, mod_len, name))
		return 1;
	cache_fd = cache_open(cache, sizeof(cache), err, sizeof(err));
	if (cache_fd < 0)
		return die("%s", err);
	job.mod = mod;
	job.mod_len = mod_len;
	job.parsed = &parsed;
	job.host_dir = HOST_DIR;
	job.cache = cache;
	job.verbose = verbose;
	exe_fd = program_for(&job, policy, cache_fd, name, exe, sizeof(exe));
	if (exe_fd < 0)
		return 1;
	wasm_module_free(&parsed);
	free(mod);
	close(cache_fd);
	return run(exe_fd, exe, mode, argc, argv, i);
}
