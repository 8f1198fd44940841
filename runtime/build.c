// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Translates a module with wasm2c and compiles it into its program
 * (build.h). The build directory holds
 *
 *	mod.wasm  the module, its active data segments emptied (data_segments.c)
 *	mod.c     wasm2c's translation of it
 *	data.bin  the segments' bytes, as one blob (data_blob.h)
 *	glue.c    the one file compiled: mod.c, the host's view of the module
 *	          (host.h's module_* functions) and data.bin (.incbin)
 *	log       what wasm2c and the compiler said
 *
 * and every tool runs in it, so file names never need quoting. One
 * compiler process compiles and links: each one more costs a tenth of the
 * quick tier's second.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "build.h"
#include "data_segments.h"
#include "refuse.h"

#define PATH_LEN 4400


/*
 * Runs argv in dir, its output to dir/log (to stderr when verbose). A
 * module crafted to make wasm2c or the compiler run for hours meets
 * cpu_limit seconds of CPU time per process (inherited by cc1, as and ld).
 * The tool's exit status, 127 when it cannot be run, 128 when it died.
 */
static int run_in(const char *dir, char *const argv[], bool verbose, rlim_t cpu_limit)
{
	pid_t pid = fork();
	int status;

	if (pid < 0)
		return 128;
	if (pid == 0) {
		struct rlimit cpu = { cpu_limit, cpu_limit };
		int fd;

		if (chdir(dir))
			_exit(127);
		fd = open("log", O_WRONLY | O_CREAT | O_APPEND, 0600);
		if (fd >= 0 && !verbose) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		setrlimit(RLIMIT_CPU, &cpu);
		execvp(argv[0], argv);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return 128;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static int write_file(const char *dir, const char *name, const void *buf, size_t len)
{
	char path[PATH_LEN + 16];
	FILE *f;
	int ok;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "wb");
	if (!f)
		return -1;
	ok = fwrite(buf, 1, len, f) == len;
	return fclose(f) == 0 && ok ? 0 : -1;
}

/*
 * The host's view of the module (glue.c). Z_mod_instantiate takes one
 * instance per import module, in the order of their names (wasm2c sorts
 * them): wasi_snapshot_preview1 before wasm_bpf.
 */
static int write_glue(const char *dir, const struct module_uses *uses)
{
	char glue[3072], args[32];
	int n;

	snprintf(args, sizeof(args), "%s%s%s", uses->wasi ? ", wasi" : "", uses->bpf ? ", bpf" : "",
		 uses->ext ? ", ext" : "");
	n = snprintf(glue, sizeof(glue),
		"#include \"mod.c\"\n#include \"host.h\"\n"
		"static Z_mod_instance_t instance;\n"
		"void module_init(void) { Z_mod_init_module(); }\n"
		"void *module_instantiate(struct Z_wasi_snapshot_preview1_instance_t *wasi,\n"
		"\t\t\t struct Z_wasm_bpf_instance_t *bpf,\n"
		"\t\t\t struct Z_wasm_bpf_ext_v1_instance_t *ext)\n"
		"{ (void)wasi; (void)bpf; (void)ext; Z_mod_instantiate(&instance%s); return &instance; }\n"
		"wasm_rt_memory_t *module_memory(void *i) { return Z_modZ_memory(i); }\n"
		"wasm_rt_funcref_table_t *module_table(void *i) { return Z_modZ___indirect_function_table(i); }\n"
		"void module_start(void *i) { Z_modZ__start(i); }\n"
		"void module_free(void *i) { Z_mod_free(i); }\n"
		/* the SDK's <signal.h> exports wasm_bpf_signal; other guests do not */
		"#pragma weak Z_modZ_wasm_bpf_signal\n"
		"u32 Z_modZ_wasm_bpf_signal(Z_mod_instance_t *, u32);\n"
		"bool module_has_signal(void) { return Z_modZ_wasm_bpf_signal != 0; }\n"
		"int module_signal(void *i, int sig)\n"
		"{ return Z_modZ_wasm_bpf_signal ? (int)Z_modZ_wasm_bpf_signal(i, (u32)sig) : -1; }\n"
		/* the SDK's <unistd.h> exports wasm_bpf_set_pid (getpid()) */
		"#pragma weak Z_modZ_wasm_bpf_set_pid\n"
		"void Z_modZ_wasm_bpf_set_pid(Z_mod_instance_t *, u32);\n"
		"void module_set_pid(void *i, u32 pid)\n"
		"{ if (Z_modZ_wasm_bpf_set_pid) Z_modZ_wasm_bpf_set_pid(i, pid); }\n"
		/* the blob, for host_main.c */
		"__asm__(\".pushsection .rodata\\n.balign 16\\n.globl module_data\\nmodule_data:\\n\"\n"
		"\t\".incbin \\\"data.bin\\\"\\n.globl module_data_end\\nmodule_data_end:\\n.popsection\\n\");\n",
		args);
	return write_file(dir, "glue.c", glue, (size_t)n);
}

/*
 * The quick tier's compiler: clang, whose -O0 takes a third of gcc's time
 * on wasm2c's output; cc where there is no clang.
 */
static const char *quick_compiler(void)
{
	const char *path = getenv("PATH");
	char dir[PATH_LEN];

	for (const char *p = path ? path : ""; *p;) {
		size_t n = strcspn(p, ":");

		snprintf(dir, sizeof(dir), "%.*s/clang", (int)n, p);
		if (n && access(dir, X_OK) == 0)
			return "clang";
		p += n + (p[n] == ':');
	}
	return "cc";
}

static int translate_and_compile(const struct build_job *job, const char *dir, char *err,
				 size_t err_sz)
{
	char inc[PATH_LEN], lib[PATH_LEN];
	char *wasm2c[] = { "wasm2c", "-n", "mod", "mod.wasm", "-o", "mod.c", NULL };
	bool quick = job->tier == TIER_QUICK;
	/* stack-clash protection: a big frame touches the stack guard page by
	 * page instead of jumping past it (guest_stack.c) */
	char *cc[] = { quick ? (char *)quick_compiler() : "cc", quick ? "-O0" : "-O1", "-w",
		       "-fstack-clash-protection", inc, "-I/usr/share/wabt/wasm2c",
		       "-DWASM_RT_MEMCHECK_SIGNAL_HANDLER=0",
		       "-DWASM_RT_MAX_CALL_STACK_DEPTH=0xffffffffu",
		       "glue.c", lib, "-lbpf", "-lelf", "-lz", "-lm",
		       "-o", "exe", NULL };
	struct data_split split;
	int ret;

	snprintf(inc, sizeof(inc), "-I%s", job->host_dir);
	snprintf(lib, sizeof(lib), "%s/libwasmbpf-host.a", job->host_dir);
	if (data_split(job->mod, job->mod_len, job->parsed, &split))
		return refuse(err, err_sz, "out of memory");
	ret = write_file(dir, "mod.wasm", split.module, split.module_len) ||
	      write_file(dir, "data.bin", split.blob, split.blob_len) ||
	      write_glue(dir, &job->uses);
	data_split_free(&split);
	if (ret)
		return refuse(err, err_sz, "cannot write to %s: %s", dir, strerror(errno));
	if (run_in(dir, wasm2c, job->verbose, 120))
		return refuse(err, err_sz, "not a valid WebAssembly module (wasm2c failed; WASM_BPF_VERBOSE=1 shows why)");
	ret = run_in(dir, cc, job->verbose, 600);
	if (ret == 127)
		return refuse(err, err_sz, "no C compiler (%s) to compile the module with", cc[0]);
	if (ret)
		return refuse(err, err_sz, "compiling the module failed (WASM_BPF_VERBOSE=1 shows why)");
	return 0;
}

/* Removes a build directory: files only, every tool writes in it alone. */
static void remove_dir(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;

	if (!d)
		return;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			unlinkat(dirfd(d), e->d_name, 0);
	closedir(d);
	rmdir(path);
}

int build_program(const struct build_job *job, char *err, size_t err_sz)
{
	char dir[PATH_LEN], exe[PATH_LEN + 8];
	int ret;

	snprintf(dir, sizeof(dir), "%s/build.XXXXXX", job->cache);
	if (!mkdtemp(dir))
		return refuse(err, err_sz, "cannot create a build directory in %s: %s", job->cache,
			      strerror(errno));
	snprintf(exe, sizeof(exe), "%s/exe", dir);
	ret = translate_and_compile(job, dir, err, err_sz);
	/* whatever the umask, the entry must be ours alone (cache.c) */
	if (!ret && (chmod(exe, 0700) || rename(exe, job->entry)))
		ret = refuse(err, err_sz, "cannot store %s: %s", job->entry, strerror(errno));
	if (!job->verbose)
		remove_dir(dir);
	return ret;
}
