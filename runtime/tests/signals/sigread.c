/* read(0) on a pipe that never has data, with a SIGINT handler: the read
 * must end with EINTR however close to it the signal comes. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
static volatile sig_atomic_t flag;
static void h(int s) { (void)s; flag = 1; }
int main(void)
{
	char c;
	ssize_t r;

	signal(SIGINT, h);
	fprintf(stderr, "waiting\n");
	r = read(0, &c, 1);
	fprintf(stderr, "read=%zd %s flag=%d\n", r, r < 0 ? strerror(errno) : "", (int)flag);
	return r < 0 && errno == EINTR && flag ? 0 : 1;
}
