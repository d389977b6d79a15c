/*
 * fork_exec.c - fork + waitpid with exit statuses and death by signal,
 * a pipe between parent and child, vfork-style posix_spawn-free execve of
 * /proc/self/exe with a new argv and envp (the child re-enters main in
 * "child" mode), exec failure errno, getpid/getppid relations, and a
 * process tree of depth 3.  Portable; the expected output is native.
 */
// test-expect: native
// test-qemu: differs
// (qemu-user without binfmt_misc cannot execve /proc/self/exe: ENOEXEC)
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void show(const char *what, int status)
{
	if (WIFEXITED(status)) printf("%s: exited %d\n", what, WEXITSTATUS(status));
	else if (WIFSIGNALED(status)) printf("%s: killed by signal %d\n", what, WTERMSIG(status));
	else printf("%s: other %#x\n", what, status);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "child")) {
		printf("child mode: argc=%d", argc);
		for (int i = 2; i < argc; i++) printf(" [%s]", argv[i]);
		printf(" CHILDVAR=%s\n", getenv("CHILDVAR") ? getenv("CHILDVAR") : "(unset)");
		return 7;
	}
	setvbuf(stdout, NULL, _IONBF, 0);
	int st;
	pid_t p = fork();
	if (p == 0) _exit(42);
	printf("waitpid returns child: %d\n", waitpid(p, &st, 0) == p);
	show("exit 42", st);
	if ((p = fork()) == 0) { raise(SIGKILL); _exit(1); }
	waitpid(p, &st, 0);
	show("raise SIGKILL", st);
	if ((p = fork()) == 0) { abort(); }
	waitpid(p, &st, 0);
	show("abort", st);
	if ((p = fork()) == 0) { int *volatile np = NULL; *np = 1; _exit(1); }
	waitpid(p, &st, 0);
	show("null store", st);

	int fds[2];
	pipe(fds);
	pid_t parent = getpid();
	if ((p = fork()) == 0) {
		close(fds[0]);
		char msg[64];
		int n = snprintf(msg, sizeof msg, "ppid ok %d, pid differs %d", getppid() == parent, getpid() != parent);
		write(fds[1], msg, n);
		_exit(0);
	}
	close(fds[1]);
	char buf[64];
	int n = (int)read(fds[0], buf, sizeof buf);
	printf("from child: %.*s\n", n, buf);
	waitpid(p, &st, 0);

	if ((p = fork()) == 0) {
		char *nargv[] = { argv[0], "child", "a b", "", "c", NULL };
		char *nenv[] = { "CHILDVAR=from-execve", NULL };
		execve("/proc/self/exe", nargv, nenv);
		printf("execve failed: %s\n", strerror(errno));
		_exit(99);
	}
	waitpid(p, &st, 0);
	show("execve /proc/self/exe", st);
	char *nargv[] = { "x", NULL };
	int rc = execve("/nonexistent/prog", nargv, nargv + 1);
	printf("execve missing: %d %s\n", rc, strerror(errno));

	/* grandchildren */
	if ((p = fork()) == 0) {
		pid_t q = fork();
		if (q == 0) { pid_t r = fork(); if (r == 0) _exit(3); waitpid(r, &st, 0); _exit(WEXITSTATUS(st) + 1); }
		waitpid(q, &st, 0);
		_exit(WEXITSTATUS(st) + 1);
	}
	waitpid(p, &st, 0);
	show("depth 3 tree", st);
	rc = wait(&st);
	printf("wait with no children: %d %s\n", rc, strerror(errno));
	return 0;
}
