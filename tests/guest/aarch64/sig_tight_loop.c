/*
 * sig_tight_loop.c - timer signals reach a guest spinning in a loop that
 * never leaves translated code (no syscall, no indirect branch): every
 * block checks for pending signals on entry and a hot region checks at
 * its loop head.  Each loop must end because a SIGALRM handler changed
 * the variable it spins on; a lost or late signal hangs the test (the
 * runner's timeout then fails it).
 */
// test-expect: file
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>

static volatile sig_atomic_t ticks, stop;

static void on_alarm(int sig)
{
	(void)sig;
	if (++ticks >= 20)
		stop = 1;
}

static void start_timer(long usec)
{
	struct itimerval it = { { 0, usec }, { 0, usec } };
	setitimer(ITIMER_REAL, &it, NULL);
}

static void stop_timer(void)
{
	struct itimerval it;
	memset(&it, 0, sizeof it);
	setitimer(ITIMER_REAL, &it, NULL);
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);

	/* 1: the smallest loop: load, compare, branch back */
	ticks = 0; stop = 0;
	start_timer(2000);
	while (!stop)
		;
	stop_timer();
	printf("empty loop ended after %d ticks\n", (int)ticks);

	/* 2: a loop with work in it, hot enough to become a tier-2 region */
	unsigned long spins = 0, acc = 1;
	ticks = 0; stop = 0;
	start_timer(2000);
	while (!stop) {
		acc = acc * 6364136223846793005ul + 1442695040888963407ul;
		spins++;
	}
	stop_timer();
	printf("busy loop ended after %d ticks (spun: %d)\n", (int)ticks, spins > 1000);
	return 0;
}
