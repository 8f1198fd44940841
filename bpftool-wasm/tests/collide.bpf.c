/*
 * Names that become the same skeleton field: bpftool-wasm must refuse them.
 * Default: sections .data.a.b and .data.a_b (both data_a_b); -DCXX: maps
 * class and class__bpf (the same field in C++ only, where class is renamed).
 */
#define SEC(name) __attribute__((section(name), used))

#ifdef CXX
struct map_def {
	int (*type)[2];
	int (*max_entries)[4];
};
struct map_def class SEC(".maps");
struct map_def class__bpf SEC(".maps");
int one SEC(".data") = 1;
#define VALUE one
#else
int a SEC(".data.a.b") = 1;
int b SEC(".data.a_b") = 2;
#define VALUE (a + b)
#endif

SEC("tp/syscalls/sys_enter_getpid") int prog(void *ctx)
{
	return VALUE;
}

char LICENSE[] SEC("license") = "GPL";
