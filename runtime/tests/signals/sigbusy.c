/*
 * A handler is installed, then a loop that never calls the host: the
 * handler cannot run (no preemption inside Wasm code), so the runtime gives
 * up at the second signal.
 */
#include <signal.h>
#include <stdio.h>

static volatile sig_atomic_t flag;

static void on_int(int sig)
{
	(void)sig;
	flag = 1;
}

int main(void)
{
	signal(SIGINT, on_int);
	fprintf(stderr, "spinning\n");
	while (!flag)
		;
	return 0;
}
