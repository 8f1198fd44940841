// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * TCP connections for the tests, without python or netcat:
 *   tcpping listen PORT N    accept N connections on 127.0.0.1:PORT, then exit
 *   tcpping connect PORT N   open (and close) N connections to 127.0.0.1:PORT
 * Prints "listening" once the socket is bound.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	int n, i, one = 1;

	if (argc != 4)
		return 2;
	a.sin_port = htons((unsigned short)atoi(argv[2]));
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	n = atoi(argv[3]);
	if (!strcmp(argv[1], "listen")) {
		int s = socket(AF_INET, SOCK_STREAM, 0);

		setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
		if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) || listen(s, 64)) {
			perror("tcpping: listen");
			return 1;
		}
		printf("listening\n");
		fflush(stdout);
		for (i = 0; i < n; i++) {
			int c = accept(s, NULL, NULL);

			if (c < 0)
				return 1;
			close(c);
		}
		return 0;
	}
	for (i = 0; i < n; i++) {
		int s = socket(AF_INET, SOCK_STREAM, 0);

		if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof(a))) {
			perror("tcpping: connect");
			return 1;
		}
		close(s);
	}
	return 0;
}
