// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The program the usdt example traces: target N A fires the USDT probe
 * wbtarget:step N times, with (i, A, i * A), i from 1 to N.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/sdt.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1, a = argc > 2 ? atol(argv[2]) : 1, sum = 0;

	for (long i = 1; i <= n; i++) {
		DTRACE_PROBE3(wbtarget, step, i, a, i * a);
		sum += i * a;
	}
	printf("%ld\n", sum);
	return 0;
}
