/*
 * sig_restart.c - a pipe read interrupted by SIGALRM (setitimer): with
 * SA_RESTART the read goes on after the handler and returns what a child
 * writes later; without it the read fails with EINTR.
 */
// test-expect: file
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int alarms;

static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

static void arm(int ms)
{
	struct itimerval it = { .it_value = { .tv_sec = 0, .tv_usec = ms * 1000 } };
	setitimer(ITIMER_REAL, &it, NULL);
}

static void try(int flags, const char *what)
{
	struct sigaction sa;
	int fd[2];
	char buf[32] = "";
	pid_t child = -1;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sa.sa_flags = flags;
	sigaction(SIGALRM, &sa, NULL);
	pipe(fd);
	if (flags & SA_RESTART) {
		child = fork();
		if (child == 0) {
			usleep(300 * 1000);
			write(fd[1], "late data", 9);
			_exit(0);
		}
	}
	alarms = 0;
	arm(50);
	ssize_t n = read(fd[0], buf, sizeof buf - 1);
	int e = errno;
	printf("%s: read=%zd %s alarms=%d\n", what, n, n < 0 ? strerror(e) : buf, alarms);
	if (child > 0)
		waitpid(child, NULL, 0);
	close(fd[0]);
	close(fd[1]);
}

int main(void)
{
	try(SA_RESTART, "SA_RESTART");
	try(0, "no SA_RESTART");
	return 0;
}
