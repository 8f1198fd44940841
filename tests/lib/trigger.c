// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The tests' event source, run as "wbtrigger": N getpgid() calls (the
 * tracepoint the test objects watch), then with "udp" one datagram to
 * 127.0.0.1 (seen by XDP on lo).
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int i, n = argc > 1 ? atoi(argv[1]) : 1;

	for (i = 0; i < n; i++)
		syscall(SYS_getpgid, 0);
	if (argc > 2 && strcmp(argv[2], "udp") == 0) {
		struct sockaddr_in to = { .sin_family = AF_INET, .sin_port = htons(9) };
		int fd = socket(AF_INET, SOCK_DGRAM, 0);

		to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		if (fd < 0 || sendto(fd, "x", 1, 0, (struct sockaddr *)&to, sizeof(to)) != 1)
			return 1;
		close(fd);
	}
	return 0;
}
