/*
 * Interrupted sleeps end as natively: nanosleep() -1/EINTR with the time
 * left in rem, sleep() the seconds left, usleep() -1/EINTR. Each of the
 * three sleeps is 3 s; the test interrupts each about 1 s in.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static void on_int(int sig)
{
	(void)sig;
}

int main(void)
{
	struct timespec req = { 3, 0 }, rem = { -1, -1 };
	unsigned left;
	int r;

	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGINT, on_int);
	printf("ready\n");
	errno = 0;
	r = nanosleep(&req, &rem);
	printf("nanosleep r=%d eintr=%d rem_ms=%lld\n", r, errno == EINTR,
	       (long long)rem.tv_sec * 1000 + rem.tv_nsec / 1000000);
	left = sleep(3);
	printf("sleep left=%u\n", left);
	errno = 0;
	r = usleep(3000000);
	printf("usleep r=%d eintr=%d\n", r, errno == EINTR);
	return 0;
}
