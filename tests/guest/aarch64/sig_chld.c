/*
 * sig_chld.c - a SIGCHLD handler runs when a forked child exits, with
 * si_code CLD_EXITED, si_pid and si_status; sigsuspend waits for it
 * (returning EINTR, the old mask back afterwards) and wait collects the
 * child.
 */
// test-expect: file
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int got, code, status;
static volatile pid_t from;

static void on_chld(int sig, siginfo_t *si, void *uc)
{
	(void)sig; (void)uc;
	got++;
	code = si->si_code;
	from = si->si_pid;
	status = si->si_status;
}

int main(void)
{
	struct sigaction sa;
	sigset_t block, empty, after;
	int st;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_chld;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGCHLD, &sa, NULL);
	sigemptyset(&block);
	sigaddset(&block, SIGCHLD);
	sigprocmask(SIG_BLOCK, &block, NULL);
	pid_t p = fork();
	if (p == 0)
		_exit(42);
	sigemptyset(&empty);
	while (!got) {
		int r = sigsuspend(&empty);
		printf("sigsuspend=%d %s\n", r, strerror(errno));
	}
	sigprocmask(SIG_BLOCK, NULL, &after);
	printf("handler: got=%d code=%d (CLD_EXITED=%d) pid_ok=%d status=%d\n", got, code,
	       CLD_EXITED, from == p, status);
	printf("SIGCHLD still blocked after sigsuspend: %d\n", sigismember(&after, SIGCHLD));
	pid_t w = waitpid(p, &st, 0);
	printf("waitpid ok=%d exited=%d code=%d\n", w == p, WIFEXITED(st), WEXITSTATUS(st));
	return 0;
}
