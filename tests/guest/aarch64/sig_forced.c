/*
 * sig_forced.c - a fault signal that is blocked is forced: the kernel
 * resets it to SIG_DFL and the process dies by SIGILL (128 + 4) even
 * though a handler is installed.
 */
// test-expect: file
// test-status: 132
#include <signal.h>
#include <stdio.h>
#include <string.h>

static void handler(int sig)
{
	printf("handler ran for %d (wrong)\n", sig);
}

int main(void)
{
	struct sigaction sa;
	sigset_t set;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigaction(SIGILL, &sa, NULL);
	sigemptyset(&set);
	sigaddset(&set, SIGILL);
	sigprocmask(SIG_BLOCK, &set, NULL);
	printf("blocked SIGILL, now UDF\n");
	fflush(stdout);
	asm volatile("udf #1");
	printf("survived (wrong)\n");
	return 0;
}
