/*
 * sig_altstack.c - SA_ONSTACK handlers run on the sigaltstack (and
 * sigaltstack reports SS_ONSTACK there, refusing changes with EPERM);
 * uc_stack in the frame holds the alternate stack; without SA_ONSTACK
 * the handler stays on the normal stack.
 */
// test-expect: file
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static char *alt_lo, *alt_hi;

static void handler(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	char here;
	stack_t cur, again = { .ss_sp = alt_lo, .ss_size = 65536 };
	(void)si;
	sigaltstack(NULL, &cur);
	int r = sigaltstack(&again, NULL);
	printf("sig %d: on alt stack=%d ss_flags=%d uc_stack ok=%d frame on alt=%d change: %d %s\n",
	       sig, &here >= alt_lo && &here < alt_hi, cur.ss_flags,
	       uc->uc_stack.ss_sp == alt_lo && uc->uc_stack.ss_size == 65536,
	       (char *)uc >= alt_lo && (char *)uc < alt_hi, r, r ? strerror(errno) : "ok");
}

int main(void)
{
	stack_t ss = { .ss_sp = malloc(65536), .ss_size = 65536 }, cur;
	struct sigaction sa;

	alt_lo = ss.ss_sp;
	alt_hi = alt_lo + ss.ss_size;
	sigaltstack(&ss, NULL);
	sigaltstack(NULL, &cur);
	printf("outside: ss_flags=%d\n", cur.ss_flags);
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR2, &sa, NULL);
	raise(SIGUSR1);
	raise(SIGUSR2);
	sigaltstack(NULL, &cur);
	printf("after: ss_flags=%d\n", cur.ss_flags);
	return 0;
}
