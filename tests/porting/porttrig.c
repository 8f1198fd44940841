// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The porting corpus' event source, a native program the tests run:
 *
 *   porttrig [-w FIFO] ACTION ARGS... [ACTION ARGS...]
 *
 * -w FIFO: read one byte from FIFO first, so a test can start a tool that
 * filters by this process' pid before anything happens. Actions:
 *   getpgid N        N getpgid() calls
 *   open PATH N      N open(PATH, O_RDONLY) calls
 *   write SIZE N     N writes of SIZE bytes to /dev/null
 *   call N           N calls of porting_work(i) (the uprobe target)
 *   udp PORT N       N datagrams to 127.0.0.1:PORT
 *   sleep MS N       N sleeps of MS milliseconds
 *   signal SIG N     N times SIG to itself, ignored
 *   exit CODE        exit with CODE at once
 *   wait FIFO        read one byte from FIFO (the test opens it for writing
 *                    once everything before has been done)
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/* the uprobe tool's target: kept out of line and visible in .symtab */
__attribute__((noinline, used)) int porting_work(int i)
{
	__asm__ volatile("" ::: "memory");
	return i * 2 + 1;
}

static int udp(int port, int n)
{
	struct sockaddr_in to;
	int fd, i;

	memset(&to, 0, sizeof(to));
	to.sin_family = AF_INET;
	to.sin_port = htons((unsigned short)port);
	to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	fd = socket(AF_INET, SOCK_DGRAM, 0);
	if (fd < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (sendto(fd, "porting", 7, 0, (struct sockaddr *)&to, sizeof(to)) != 7)
			return -1;
	close(fd);
	return 0;
}

static int do_write(int size, int n)
{
	static char buf[65536];
	int fd = open("/dev/null", O_WRONLY), i;

	if (fd < 0 || size > (int)sizeof(buf))
		return -1;
	for (i = 0; i < n; i++)
		if (write(fd, buf, (size_t)size) != size)
			return -1;
	close(fd);
	return 0;
}

/* One byte from path, a FIFO the test writes when it is ready. */
static int wait_fifo(const char *path)
{
	int fd = open(path, O_RDONLY);
	char c;

	if (fd < 0 || read(fd, &c, 1) < 0)
		return -1;
	close(fd);
	return 0;
}

static int run(const char *action, const char *a, const char *b)
{
	int x = a ? atoi(a) : 0, n = b ? atoi(b) : 0, i;
	volatile int sum = 0;

	if (!strcmp(action, "exit"))
		_exit(x);
	if (!a)
		return -1;
	if (!strcmp(action, "wait"))
		return wait_fifo(a);
	if (!strcmp(action, "getpgid")) {
		for (i = 0; i < x; i++)
			syscall(SYS_getpgid, 0);
		return 0;
	}
	if (!strcmp(action, "call")) {
		for (i = 0; i < x; i++)
			sum += porting_work(i);
		return 0;
	}
	if (!b)
		return -1;
	if (!strcmp(action, "open")) {
		for (i = 0; i < n; i++) {
			int fd = open(a, O_RDONLY);

			if (fd >= 0)
				close(fd);
		}
		return 0;
	}
	if (!strcmp(action, "write"))
		return do_write(x, n);
	if (!strcmp(action, "udp"))
		return udp(x, n);
	if (!strcmp(action, "sleep")) {
		struct timespec ts = { x / 1000, (long)(x % 1000) * 1000000L };

		for (i = 0; i < n; i++)
			nanosleep(&ts, NULL);
		return 0;
	}
	if (!strcmp(action, "signal")) {
		signal(x, SIG_IGN);
		for (i = 0; i < n; i++)
			kill(getpid(), x);
		return 0;
	}
	return -1;
}

int main(int argc, char **argv)
{
	int i = 1;

	if (argc > 2 && !strcmp(argv[1], "-w")) {
		if (wait_fifo(argv[2]))
			return 2;
		i = 3;
	}
	while (i < argc) {
		const char *a = i + 1 < argc ? argv[i + 1] : NULL;
		const char *b = i + 2 < argc ? argv[i + 2] : NULL;

		if (run(argv[i], a, b)) {
			fprintf(stderr, "porttrig: %s failed\n", argv[i]);
			return 1;
		}
		i += strcmp(argv[i], "call") && strcmp(argv[i], "getpgid") &&
		     strcmp(argv[i], "wait") ? 3 : 2;
	}
	return 0;
}
