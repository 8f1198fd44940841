// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * A guest that uses files the way libbpf-tools do (files.sh runs it with
 * and without --dir):
 *   files cat PATH         print the file (stdio, as tools read /proc)
 *   files ksym NAME        find NAME in /proc/kallsyms as ksyms__load parses it
 *   files pid              the Pid: line of /proc/self/status
 *   files ls DIR           the directory's entries, one per line, sorted
 *   files stat PATH        the file's size
 *   files btf              the magic of /sys/kernel/btf/vmlinux (pread)
 *   files write PATH       try to create PATH
 *   files readlink PATH    the link's target
 * A failure prints "error: STRERROR" and exits 1.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int fail(void)
{
	printf("error: %s\n", strerror(errno));
	return 1;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ls(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	char *names[4096];
	size_t n = 0, i;

	if (!d)
		return fail();
	while ((e = readdir(d)) && n < 4096)
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, n, sizeof(names[0]), cmp);
	for (i = 0; i < n; i++)
		printf("%s\n", names[i]);
	return 0;
}

static int ksym(const char *name)
{
	FILE *f = fopen("/proc/kallsyms", "r");
	unsigned long long addr;
	char sym[256], type;
	long n = 0;

	if (!f)
		return fail();
	while (fscanf(f, "%llx %c %255s%*[^\n]\n", &addr, &type, sym) == 3) {
		n++;
		if (!strcmp(sym, name)) {
			printf("found %s type %c after %ld symbols\n", name, type, n);
			fclose(f);
			return 0;
		}
	}
	fclose(f);
	printf("missing %s in %ld symbols\n", name, n);
	return 1;
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "", *arg = argc > 2 ? argv[2] : "";
	char buf[4096];

	if (!strcmp(cmd, "cat")) {
		FILE *f = fopen(arg, "r");
		size_t n;

		if (!f)
			return fail();
		while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
			fwrite(buf, 1, n, stdout);
		fclose(f);
		return 0;
	}
	if (!strcmp(cmd, "ksym"))
		return ksym(arg);
	if (!strcmp(cmd, "pid")) {
		FILE *f = fopen("/proc/self/status", "r");

		if (!f)
			return fail();
		while (fgets(buf, sizeof(buf), f))
			if (!strncmp(buf, "Pid:", 4))
				printf("%s", buf);
		fclose(f);
		return 0;
	}
	if (!strcmp(cmd, "ls"))
		return ls(arg);
	if (!strcmp(cmd, "stat")) {
		struct stat st;

		if (stat(arg, &st))
			return fail();
		printf("size %lld\n", (long long)st.st_size);
		return 0;
	}
	if (!strcmp(cmd, "btf")) {
		int fd = open("/sys/kernel/btf/vmlinux", O_RDONLY);
		unsigned char magic[2];

		if (fd < 0 || pread(fd, magic, 2, 0) != 2)
			return fail();
		printf("magic %02x%02x\n", magic[0], magic[1]);
		close(fd);
		return 0;
	}
	if (!strcmp(cmd, "write")) {
		FILE *f = fopen(arg, "w");

		if (!f)
			return fail();
		fclose(f);
		printf("created\n");
		return 0;
	}
	if (!strcmp(cmd, "readlink")) {
		ssize_t n = readlink(arg, buf, sizeof(buf) - 1);

		if (n < 0)
			return fail();
		buf[n] = '\0';
		printf("%s\n", buf);
		return 0;
	}
	fprintf(stderr, "usage: files cat|ksym|pid|ls|stat|btf|write|readlink ARG\n");
	return 2;
}
