/*
 * sig_wait.c - blocked signals stay pending (sigpending), sigtimedwait
 * takes them with their siginfo (real-time ones queue: two raises, two
 * takes) or times out with EAGAIN; unblocking delivers what is pending.
 */
// test-expect: file
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static volatile int hits;
static void handler(int sig)
{
	(void)sig;
	hits++;
}

int main(void)
{
	sigset_t set, pend;
	siginfo_t si;
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGRTMIN, &sa, NULL);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGRTMIN);
	sigprocmask(SIG_BLOCK, &set, NULL);

	raise(SIGUSR1);
	raise(SIGRTMIN);
	raise(SIGRTMIN);
	sigpending(&pend);
	printf("pending: USR1=%d RTMIN=%d USR2=%d\n", sigismember(&pend, SIGUSR1),
	       sigismember(&pend, SIGRTMIN), sigismember(&pend, SIGUSR2));
	for (int i = 0; i < 3; i++) {
		int s = sigtimedwait(&set, &si, &ts);
		printf("sigtimedwait=%d (RTMIN+%d) si_signo=%d si_code=%d\n", s, s - SIGRTMIN,
		       si.si_signo, si.si_code);
	}
	int s = sigtimedwait(&set, &si, &ts);
	printf("empty: %d %s, handler hits %d\n", s, strerror(errno), hits);
	raise(SIGUSR1);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	printf("after unblock: hits %d\n", hits);
	return 0;
}
