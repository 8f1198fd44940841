// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* The program the uprobe example traces: target A B prints add_numbers(A, B). */
#include <stdio.h>
#include <stdlib.h>

/* noinline and used: the probe needs a real function at a real address */
__attribute__((noinline, used)) long add_numbers(int a, long b)
{
	return a + b;
}

int main(int argc, char **argv)
{
	int a = argc > 1 ? atoi(argv[1]) : 1;
	long b = argc > 2 ? atol(argv[2]) : 2;

	printf("%ld\n", add_numbers(a, b));
	return 0;
}
