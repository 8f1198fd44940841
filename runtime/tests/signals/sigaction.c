/*
 * sigaction() as tools install it: SA_SIGINFO with a sigemptyset() mask
 * (mode "siginfo"), or SA_RESETHAND (mode "resethand": the first signal
 * runs the handler, cleanup then takes long, and a second signal gets the
 * default action).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t exiting;
static volatile int got_signo, got_code = -1;

static void on_info(int sig, siginfo_t *info, void *uc)
{
	(void)uc;
	got_signo = info->si_signo;
	got_code = info->si_code;
	exiting = sig;
}

static void on_plain(int sig)
{
	exiting = sig;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "siginfo";
	struct sigaction sa, old;
	int siginfo = !strcmp(mode, "siginfo");

	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGHUP);
	if (siginfo) {
		sa.sa_sigaction = on_info;
		sa.sa_flags = SA_SIGINFO | SA_RESTART;
	} else {
		sa.sa_handler = on_plain;
		sa.sa_flags = SA_RESETHAND;
	}
	if (sigaction(SIGINT, &sa, NULL) || sigaction(SIGTERM, &sa, NULL)) {
		perror("sigaction");
		return 1;
	}
	if (sigaction(SIGINT, NULL, &old))
		return 1;
	printf("old action matches=%d\n",
	       siginfo ? old.sa_sigaction == on_info && old.sa_flags == (SA_SIGINFO | SA_RESTART)
		       : old.sa_handler == on_plain && (unsigned)old.sa_flags == SA_RESETHAND);
	printf("mask has SIGHUP=%d SIGINT=%d\n", sigismember(&old.sa_mask, SIGHUP),
	       sigismember(&old.sa_mask, SIGINT));
	errno = 0;
	printf("SIGKILL refused=%d\n", sigaction(SIGKILL, &sa, NULL) == -1 && errno == EINVAL);
	fflush(stdout);
	fprintf(stderr, "waiting\n");
	while (!exiting)
		sleep(1);
	if (siginfo) {
		printf("handler: signo=%d code=%d\n", got_signo, got_code);
		return 0;
	}
	printf("first signal handled: %d\n", (int)exiting);
	fflush(stdout);
	for (int i = 0; i < 20; i++)	/* long cleanup: 10 s */
		usleep(500000);
	printf("cleanup finished\n");
	return 0;
}
