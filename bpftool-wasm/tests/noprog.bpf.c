/* An object with a map and no program: bpftool-wasm must refuse it. */
struct {
	int (*type)[2];
	int (*max_entries)[4];
} counts __attribute__((section(".maps"), used));
int some_global = 1;
char LICENSE[] __attribute__((section("license"), used)) = "GPL";
