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
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cache.h"
#include "module_check.h"
#include "sha256.h"
#include "wasm_module.h"

#ifndef HOST_DIR
#error "HOST_DIR: where libwasmbpf-host.a and host.h were built"
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

/* The cache entry's name: SHA-256 of the module and of the host library. */
static void cache_key(const unsigned char *mod, size_t mod_len, const unsigned char *lib,
		      size_t lib_len, char name[65])
{
	struct sha256 h;
	uint8_t d[32];

	sha256_init(&h);
	sha256_update(&h, mod, mod_len);
	sha256_update(&h, lib, lib_len);
	sha256_final(&h, d);
	for (int i = 0; i < 32; i++)
		snprintf(name + 2 * i, 3, "%02x", d[i]);
}

/*
 * Runs argv, its output to log (shown with WASM_BPF_VERBOSE=1). A module
 * crafted to make wasm2c or the compiler run for hours meets cpu_limit
 * seconds of CPU time per process (inherited by cc1, as and ld).
 */
static int run_quiet(char *const argv[], const char *log, rlim_t cpu_limit)
{
	pid_t pid = fork();
	int status;

	if (pid < 0)
		return -errno;
	if (pid == 0) {
		int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		struct rlimit cpu = { cpu_limit, cpu_limit };

		if (fd >= 0 && !verbose) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		setrlimit(RLIMIT_CPU, &cpu);
		execvp(argv[0], argv);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0)
		return -errno;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

/*
 * The host's view of the module (glue.c). Z_mod_instantiate takes one
 * instance per import module, in the order of their names (wasm2c sorts
 * them): wasi_snapshot_preview1 before wasm_bpf.
 */
static int write_glue(const char *dir, const struct module_uses *uses)
{
	char path[4300], args[32];
	FILE *glue;

	snprintf(args, sizeof(args), "%s%s", uses->wasi ? ", wasi" : "", uses->bpf ? ", bpf" : "");
	snprintf(path, sizeof(path), "%s/glue.c", dir);
	glue = fopen(path, "w");
	if (!glue)
		return die("%s: %s", path, strerror(errno));
	fprintf(glue,
		"#include \"mod.h\"\n#include \"host.h\"\n"
		"static Z_mod_instance_t instance;\n"
		"void module_init(void) { Z_mod_init_module(); }\n"
		"void *module_instantiate(struct Z_wasi_snapshot_preview1_instance_t *wasi,\n"
		"\t\t\t struct Z_wasm_bpf_instance_t *bpf)\n"
		"{ (void)wasi; (void)bpf; Z_mod_instantiate(&instance%s); return &instance; }\n"
		"wasm_rt_memory_t *module_memory(void *i) { return Z_modZ_memory(i); }\n"
		"wasm_rt_funcref_table_t *module_table(void *i) { return Z_modZ___indirect_function_table(i); }\n"
		"void module_start(void *i) { Z_modZ__start(i); }\n"
		"void module_free(void *i) { Z_mod_free(i); }\n"
		/* the SDK's <signal.h> exports wasm_bpf_signal; other guests do not */
		"#pragma weak Z_modZ_wasm_bpf_signal\n"
		"u32 Z_modZ_wasm_bpf_signal(Z_mod_instance_t *, u32);\n"
		"bool module_has_signal(void) { return Z_modZ_wasm_bpf_signal != 0; }\n"
		"int module_signal(void *i, int sig)\n"
		"{ return Z_modZ_wasm_bpf_signal ? (int)Z_modZ_wasm_bpf_signal(i, (u32)sig) : -1; }\n",
		args);
	fclose(glue);
	return 0;
}

/* Translates and compiles the module into exe (atomically). */
static int build(const unsigned char *mod, size_t mod_len, const struct module_uses *uses,
		 const char *cache, const char *exe)
{
	char dir[4200], wasm[4300], c[4300], glue[4300], out[4300], log[4300];
	char *wasm2c[] = { "wasm2c", "-n", "mod", wasm, "-o", c, NULL };
	/* stack-clash protection: a big frame touches the stack guard page by
	 * page instead of jumping past it (guest_stack.c) */
	char *cc[] = { "cc", "-O1", "-w", "-fstack-clash-protection", "-I" HOST_DIR,
		       "-I/usr/share/wabt/wasm2c", "-DWASM_RT_MEMCHECK_SIGNAL_HANDLER=0",
		       "-DWASM_RT_MAX_CALL_STACK_DEPTH=0xffffffffu",
		       c, glue, HOST_DIR "/libwasmbpf-host.a", "-lbpf", "-lelf", "-lz", "-lm",
		       "-o", out, NULL };
	FILE *f;
	int ret;

	snprintf(dir, sizeof(dir), "%s/build.XXXXXX", cache);
	if (!mkdtemp(dir))
		return die("cannot create a build directory in %s: %s", cache, strerror(errno));
	snprintf(wasm, sizeof(wasm), "%s/mod.wasm", dir);
	snprintf(c, sizeof(c), "%s/mod.c", dir);
	snprintf(glue, sizeof(glue), "%s/glue.c", dir);
	snprintf(out, sizeof(out), "%s/exe", dir);
	snprintf(log, sizeof(log), "%s/log", dir);
	f = fopen(wasm, "wb");
	if (!f || fwrite(mod, 1, mod_len, f) != mod_len || fclose(f))
		return die("cannot write %s", wasm);
	ret = run_quiet(wasm2c, log, 120);
	if (ret)
		ret = die("not a valid WebAssembly module (wasm2c failed; WASM_BPF_VERBOSE=1 shows why)");
	if (!ret)
		ret = write_glue(dir, uses);
	if (!ret && run_quiet(cc, log, 600))
		ret = die("compiling the module failed (WASM_BPF_VERBOSE=1 shows why)");
	/* whatever the umask, the entry must be ours alone (cache.c) */
	if (!ret && chmod(out, 0700))
		ret = die("cannot store %s: %s", exe, strerror(errno));
	if (!ret && rename(out, exe))
		ret = die("cannot store %s: %s", exe, strerror(errno));
	if (!verbose) {
		char *rm[] = { "rm", "-rf", dir, NULL };

		run_quiet(rm, "/dev/null", 60);
	}
	return ret;
}

/* Parses and checks the module: 0, or 1 after the one-line reason. */
static int check_module(const unsigned char *mod, size_t mod_len, struct module_uses *uses)
{
	struct wasm_module m;
	char err[512];
	int ret = 0;

	if (mod_len < 8 || memcmp(mod, "\0asm\1\0\0\0", 8))
		return die("not a WebAssembly module (bad magic or version)");
	if (wasm_module_parse(mod, mod_len, &m, err, sizeof(err)))
		ret = die("not a valid WebAssembly module: %s", err);
	else if (module_check(&m, uses, err, sizeof(err)))
		ret = die("%s", err);
	wasm_module_free(&m);
	return ret;
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
	unsigned char *mod, *lib;
	size_t mod_len, lib_len;
	struct module_uses uses;
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
	if (check_module(mod, mod_len, &uses))
		return 1;
	if (read_file(HOST_DIR "/libwasmbpf-host.a", &lib, &lib_len))
		return die("the host library %s is missing: run make", HOST_DIR "/libwasmbpf-host.a");
	/* the program depends on the module and on the host it is built with */
	cache_key(mod, mod_len, lib, lib_len, name);
	free(lib);
	cache_fd = cache_open(cache, sizeof(cache), err, sizeof(err));
	if (cache_fd < 0)
		return die("%s", err);
	snprintf(exe, sizeof(exe), "%s/%s", cache, name);
	exe_fd = cache_entry_open(cache_fd, cache, name, err, sizeof(err));
	if (exe_fd == -1) {
		if (verbose)
			fprintf(stderr, "wasm-bpf: compiling %s into %s\n", module_path, exe);
		ret = build(mod, mod_len, &uses, cache, exe);
		if (ret)
			return ret;
		exe_fd = cache_entry_open(cache_fd, cache, name, err, sizeof(err));
	} else if (exe_fd >= 0 && verbose) {
		fprintf(stderr, "wasm-bpf: cached: %s\n", exe);
	}
	if (exe_fd < 0)
		return die("%s", exe_fd == -1 ? "the compiled program vanished from the cache" : err);
	free(mod);
	close(cache_fd);
	return run(exe_fd, exe, mode, argc, argv, i);
}
