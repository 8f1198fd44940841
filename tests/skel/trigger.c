// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Calls getpgid() N times: the events the skeleton tests count. */
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int i, n = argc > 1 ? atoi(argv[1]) : 1;

	for (i = 0; i < n; i++)
		syscall(SYS_getpgid, 0);
	return 0;
}
