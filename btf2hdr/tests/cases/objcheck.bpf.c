// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * A small object with every part the object checker reads: a map in .maps,
 * globals in .data and .bss, a program whose 64-bit loads are relocated
 * against them, a CO-RE relocation (.BTF.ext core_relo), func and line info.
 * tests/mkbadobj.c breaks it one way at a time. No includes: every type is
 * declared here.
 */
#define SEC(name) __attribute__((section(name), used))

struct map_def {
	int (*type)[2];			/* BPF_MAP_TYPE_ARRAY */
	int (*max_entries)[4];
	int *key;
	long *value;
} counts SEC(".maps");

struct task {
	int pid;
	int tgid;
} __attribute__((preserve_access_index));

long total = 1;
long seen;

static long (*map_lookup)(void *map, const void *key) = (void *)1;

SEC("tp/syscalls/sys_enter_getpid") int count(struct task *t)
{
	int key = 0;
	long *v = (long *)map_lookup(&counts, &key);

	if (v)
		*v += total + __builtin_preserve_access_index(t->tgid);
	seen++;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
