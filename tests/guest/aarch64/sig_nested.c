/*
 * sig_nested.c - the signal mask while a handler runs (the signal itself
 * unless SA_NODEFER, plus sa_mask) and after it returns; a signal raised
 * inside a handler runs nested when unblocked and after the return when
 * blocked; SA_RESETHAND puts SIG_DFL back.
 */
// test-expect: file
#include <signal.h>
#include <stdio.h>
#include <string.h>

static char trace[256];
static int runs, raise_self;

static void note(const char *s)
{
	strcat(trace, s);
}

static int blocked(int sig)
{
	sigset_t cur;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	return sigismember(&cur, sig);
}

static void on_usr2(int sig)
{
	(void)sig;
	note("[usr2]");
}

static void on_usr1(int sig)
{
	char tag[16];
	(void)sig;
	snprintf(tag, sizeof tag, "(usr1#%d", ++runs);
	note(tag);
	printf("  in handler: USR1 blocked=%d USR2 blocked=%d\n", blocked(SIGUSR1), blocked(SIGUSR2));
	if (runs == 1) {
		raise(SIGUSR2);
		if (raise_self)
			raise(SIGUSR1);
	}
	note(")");
}

static void run(const char *what, int flags, int mask_usr2)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sa.sa_flags = flags;
	if (mask_usr2)
		sigaddset(&sa.sa_mask, SIGUSR2);
	sigaction(SIGUSR1, &sa, NULL);
	trace[0] = 0;
	runs = 0;
	raise_self = !(flags & SA_RESETHAND);
	printf("%s:\n", what);
	raise(SIGUSR1);
	printf("  order %s; after: USR1 blocked=%d USR2 blocked=%d\n", trace,
	       blocked(SIGUSR1), blocked(SIGUSR2));
}

int main(void)
{
	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr2;
	sigaction(SIGUSR2, &sa, NULL);

	run("default flags", 0, 0);
	run("sa_mask USR2", 0, 1);
	run("SA_NODEFER", SA_NODEFER, 0);
	run("SA_RESETHAND", SA_RESETHAND | SA_NODEFER, 0);
	sigaction(SIGUSR1, NULL, &old);
	printf("after SA_RESETHAND the handler is SIG_DFL: %d\n", old.sa_handler == SIG_DFL);
	return 0;
}
