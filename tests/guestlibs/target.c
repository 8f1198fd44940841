// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The ELF tests' native program (and, with clang --target, their ELF32
 * objects): functions at known symbols. No #include, so that it compiles
 * for any target without that target's headers.
 */
__attribute__((noinline)) int uprobe_target_fn(int x)
{
	return x * 3 + 1;
}

__attribute__((noinline)) static int local_helper(int x)
{
	return uprobe_target_fn(x) - 1;
}

int shared_counter = 42;

int main(int argc, char **argv)
{
	(void)argv;
	return (local_helper(argc) + shared_counter) & 0x7f;
}
