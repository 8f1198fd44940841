// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * wasm-bpf [--mode wamr|wasmtime] MODULE.wasm [ARGS...]
 *
 * Runs a wasm-bpf module: the module is translated to C by wabt's wasm2c,
 * compiled with the host (host_main.c, wasi.c, bpf_imports.c, prebuilt in
 * libwasmbpf-host.a) and cached by the hash of the module and the host, so
 * from its second run a module starts at once. Then the cached program is
 * executed with the user's arguments.
 *
 * Exit status: the guest's; 1 when the module cannot be run (unreadable,
 * corrupt, missing exports, unknown imports); 2 on bad usage.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef HOST_DIR
#error "HOST_DIR: where libwasmbpf-host.a and host.h were built"
#endif
#define VERSION "0.1.0"

static const char usage[] =
"Usage: wasm-bpf [--mode wamr|wasmtime] MODULE.wasm [ARGS...]\n"
"\n"
"Run a wasm-bpf module (a WASI command importing the six wasm_bpf\n"
"functions) against this machine's kernel.\n"
"\n"
"  --mode wamr      behave like the WAMR-based upstream host (default)\n"
"  --mode wasmtime  behave like the wasmtime-based upstream host: one\n"
"                   callback per poll with the last event, \"\" as a real\n"
"                   attach target, positive error codes\n"
"\n"
"Modules are compiled once with wasm2c and cached in $WASM_BPF_CACHE\n"
"(default $XDG_CACHE_HOME/wasm-bpf or ~/.cache/wasm-bpf).\n"
"WASM_BPF_VERBOSE=1 shows the compiler's output.\n";

static const char *module_path;
static bool verbose;

static int die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int die(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "wasm-bpf: %s: ", module_path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return 1;
}

static int read_file(const char *path, unsigned char **buf, size_t *len)
{
	FILE *f = fopen(path, "rb");
	long n;

	if (!f)
		return -errno;
	if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
		fclose(f);
		return -EIO;
	}
	*buf = malloc((size_t)n + 1);
	if (!*buf || fread(*buf, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		free(*buf);
		return -EIO;
	}
	fclose(f);
	(*buf)[n] = '\0';
	*len = (size_t)n;
	return 0;
}

static uint64_t fnv1a(uint64_t h, const unsigned char *p, size_t n)
{
	while (n--)
		h = (h ^ *p++) * 1099511628211ULL;
	return h;
}

/* $WASM_BPF_CACHE, else $XDG_CACHE_HOME/wasm-bpf, else ~/.cache/wasm-bpf */
static int cache_dir(char *buf, size_t len)
{
	const char *env = getenv("WASM_BPF_CACHE"), *home = getenv("HOME");
	char parent[4096];

	if (env && *env)
		snprintf(buf, len, "%s", env);
	else if ((env = getenv("XDG_CACHE_HOME")) && *env)
		snprintf(buf, len, "%s/wasm-bpf", env);
	else if (home && *home)
		snprintf(buf, len, "%s/.cache/wasm-bpf", home);
	else
		snprintf(buf, len, "/tmp/wasm-bpf-cache-%u", (unsigned)getuid());
	snprintf(parent, sizeof(parent), "%s", buf);
	/* create each missing level */
	for (char *p = parent + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(parent, 0755);
		*p = '/';
	}
	if (mkdir(parent, 0755) && errno != EEXIST)
		return -errno;
	return 0;
}

/* Runs argv, its output to log (shown with WASM_BPF_VERBOSE=1). */
static int run_quiet(char *const argv[], const char *log)
{
	pid_t pid = fork();
	int status;

	if (pid < 0)
		return -errno;
	if (pid == 0) {
		int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		if (fd >= 0 && !verbose) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		execvp(argv[0], argv);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0)
		return -errno;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static const char *const wasi_funcs[] = {
	"args_get", "args_sizes_get", "clock_res_get", "clock_time_get", "environ_get",
	"environ_sizes_get", "fd_advise", "fd_allocate", "fd_close", "fd_datasync",
	"fd_fdstat_get", "fd_fdstat_set_flags", "fd_fdstat_set_rights", "fd_filestat_get",
	"fd_filestat_set_size", "fd_filestat_set_times", "fd_pread", "fd_prestat_dir_name",
	"fd_prestat_get", "fd_pwrite", "fd_read", "fd_readdir", "fd_renumber", "fd_seek",
	"fd_sync", "fd_tell", "fd_write", "path_create_directory", "path_filestat_get",
	"path_filestat_set_times", "path_link", "path_open", "path_readlink",
	"path_remove_directory", "path_rename", "path_symlink", "path_unlink_file",
	"poll_oneoff", "proc_exit", "proc_raise", "random_get", "sched_yield", "sock_accept",
	"sock_recv", "sock_send", "sock_shutdown", NULL,
};

static const char *const bpf_funcs[] = {
	"wasm_load_bpf_object", "wasm_attach_bpf_program", "wasm_bpf_map_fd_by_name",
	"wasm_bpf_map_operate", "wasm_bpf_buffer_poll", "wasm_close_bpf_object", NULL,
};

static bool in_list(const char *const *list, const char *name, size_t len)
{
	for (; *list; list++)
		if (strlen(*list) == len && !strncmp(*list, name, len))
			return true;
	return false;
}

/*
 * Reads the translated module's header: the exports a runtime needs, every
 * import known to the host, and the order of import instances that
 * Z_mod_instantiate wants. Writes glue.c, the host's view of the module.
 */
static int check_and_glue(const char *dir)
{
	static const char *const exports[] = { "_start", "memory", "__indirect_function_table" };
	static const char *const export_syms[] = { "Z_modZ__start(", "Z_modZ_memory(",
						   "Z_modZ___indirect_function_table(" };
	char path[4300], args[512] = "";
	unsigned char *h;
	size_t len, i;
	const char *p;
	FILE *glue;

	snprintf(path, sizeof(path), "%s/mod.h", dir);
	if (read_file(path, &h, &len))
		return die("wasm2c produced no header");
	for (i = 0; i < 3; i++)
		if (!strstr((char *)h, export_syms[i])) {
			free(h);
			return die("the module does not export '%s' (link guests with -Wl,--export-table)",
				   exports[i]);
		}
	/* imports: "Z_<module>Z_<name>(struct Z_<module>_instance_t*" */
	for (p = (char *)h; (p = strstr(p, "(struct Z_")); p++) {
		const char *line = p;

		while (line > (char *)h && line[-1] != '\n')
			line--;
		if (strncmp(line, "u32 Z_", 6) && strncmp(line, "u64 Z_", 6) && strncmp(line, "void Z_", 7))
			continue;
		line = strstr(line, "Z_") + 2;
		if (!strncmp(line, "wasi_snapshot_preview1Z_", 24)) {
			line += 24;
			if (!in_list(wasi_funcs, line, (size_t)(p - line))) {
				free(h);
				return die("imports WASI function '%.*s', which the host does not provide",
					   (int)(p - line), line);
			}
		} else if (!strncmp(line, "wasm_bpfZ_", 10)) {
			line += 10;
			if (!in_list(bpf_funcs, line, (size_t)(p - line))) {
				free(h);
				return die("imports wasm_bpf function '%.*s', which is not in the wasm-bpf ABI",
					   (int)(p - line), line);
			}
		} else {
			const char *end = strstr(line, "Z_");

			free(h);
			return die("imports from module '%.*s', which wasm-bpf does not provide",
				   end ? (int)(end - line) : 20, line);
		}
	}
	p = strstr((char *)h, "void Z_mod_instantiate(Z_mod_instance_t*");
	if (!p) {
		free(h);
		return die("unexpected wasm2c output (no Z_mod_instantiate)");
	}
	/* one argument per import module, in the order wasm2c chose */
	for (p += strlen("void Z_mod_instantiate(Z_mod_instance_t*"); *p == ','; ) {
		p += strspn(p, ", ");
		if (!strncmp(p, "struct Z_wasi_snapshot_preview1_instance_t*", 43))
			strcat(args, ", wasi");
		else if (!strncmp(p, "struct Z_wasm_bpf_instance_t*", 29))
			strcat(args, ", bpf");
		p = strpbrk(p, ",)");
		if (!p)
			break;
	}
	free(h);
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
		"void module_free(void *i) { Z_mod_free(i); }\n", args);
	fclose(glue);
	return 0;
}

/* Translates and compiles the module into exe (atomically). */
static int build(const unsigned char *mod, size_t mod_len, const char *cache, const char *exe)
{
	char dir[4200], wasm[4300], c[4300], glue[4300], out[4300], log[4300];
	char *wasm2c[] = { "wasm2c", "-n", "mod", wasm, "-o", c, NULL };
	char *cc[] = { "cc", "-O1", "-w", "-I" HOST_DIR, "-I/usr/share/wabt/wasm2c",
		       "-DWASM_RT_MEMCHECK_SIGNAL_HANDLER=0", "-DWASM_RT_MAX_CALL_STACK_DEPTH=5000",
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
	ret = run_quiet(wasm2c, log);
	if (ret)
		ret = die("not a valid WebAssembly module (wasm2c failed; WASM_BPF_VERBOSE=1 shows why)");
	if (!ret)
		ret = check_and_glue(dir);
	if (!ret && run_quiet(cc, log))
		ret = die("compiling the module failed (WASM_BPF_VERBOSE=1 shows why)");
	if (!ret && rename(out, exe))
		ret = die("cannot store %s: %s", exe, strerror(errno));
	if (!verbose) {
		char *rm[] = { "rm", "-rf", dir, NULL };

		run_quiet(rm, "/dev/null");
	}
	return ret;
}

int main(int argc, char **argv)
{
	const char *mode = "wamr";
	char cache[4096], exe[4200];
	unsigned char *mod, *lib;
	size_t mod_len, lib_len;
	uint64_t h;
	int i = 1, ret;

	if (i < argc && (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))) {
		fputs(usage, stdout);
		return 0;
	}
	if (i < argc && (!strcmp(argv[i], "-V") || !strcmp(argv[i], "--version"))) {
		printf("wasm-bpf (wasm-bpf-toolchain test host) v%s\n", VERSION);
		return 0;
	}
	if (i < argc && !strncmp(argv[i], "--mode", 6)) {
		mode = argv[i][6] == '=' ? argv[i] + 7 : (++i < argc ? argv[i] : "");
		i++;
		if (strcmp(mode, "wamr") && strcmp(mode, "wasmtime")) {
			fprintf(stderr, "wasm-bpf: unknown mode '%s' (wamr or wasmtime)\nTry 'wasm-bpf --help'.\n", mode);
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
	if (mod_len < 8 || memcmp(mod, "\0asm\1\0\0\0", 8))
		return die("not a WebAssembly module (bad magic or version)");
	if (read_file(HOST_DIR "/libwasmbpf-host.a", &lib, &lib_len))
		return die("the host library %s is missing: run make", HOST_DIR "/libwasmbpf-host.a");
	/* the program depends on the module and on the host it is built with */
	h = fnv1a(fnv1a(14695981039346656037ULL, mod, mod_len), lib, lib_len);
	free(lib);
	if (cache_dir(cache, sizeof(cache)))
		return die("cannot create the cache directory %s: %s", cache, strerror(errno));
	snprintf(exe, sizeof(exe), "%s/%016llx", cache, (unsigned long long)h);
	if (access(exe, X_OK)) {
		if (verbose)
			fprintf(stderr, "wasm-bpf: compiling %s into %s\n", module_path, exe);
		ret = build(mod, mod_len, cache, exe);
		if (ret)
			return ret;
	} else if (verbose) {
		fprintf(stderr, "wasm-bpf: cached: %s\n", exe);
	}
	free(mod);
	{
		char **args = calloc((size_t)(argc - i) + 3, sizeof(char *));
		int j;

		if (!args)
			return die("out of memory");
		args[0] = exe;
		args[1] = (char *)mode;
		for (j = i; j < argc; j++)
			args[2 + j - i] = argv[j];
		execv(exe, args);
		return die("cannot run %s: %s", exe, strerror(errno));
	}
}
