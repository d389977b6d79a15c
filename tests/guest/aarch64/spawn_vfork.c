/*
 * spawn_vfork.c - vfork semantics (CLONE_VM|CLONE_VFORK): the child
 * shares the parent's memory and the parent waits until it has called
 * execve or exited.  glibc's posix_spawn depends on it: its child writes
 * the errno of a failed execve (or file action) into the parent's
 * memory, so posix_spawn of a missing file returns ENOENT.  Checked:
 * posix_spawn of a missing file, of a file that is not executable, with
 * a file action that fails; posix_spawnp with a PATH search (found and
 * not found); vfork + _exit with a status and a store the parent sees;
 * vfork + execve of /proc/self/exe; the child's SIG_DFL reset
 * (POSIX_SPAWN_SETSIGDEF) leaves the parent's handler alone; and a
 * vfork while another thread computes.
 */
// test-expect: native
// test-qemu: differs
// (qemu-user runs a vfork child as a fork: posix_spawn of a missing file
//  returns 0 there and the child exits 127)
// test-cflags: -pthread
// test-ldflags: -pthread
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* pid by address: it is read after posix_spawn has run */
static void show(const char *what, int r, const pid_t *pid)
{
	int st = 0;

	if (r == 0 && waitpid(*pid, &st, 0) == *pid)
		printf("%s: 0, child exit %d\n", what, WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	else
		printf("%s: %s\n", what, r ? strerror(r) : strerror(errno));
}

static void spawns(void)
{
	char *av[] = { "x", NULL };
	char *sh[] = { "sh", "-c", "exit 7", NULL };
	posix_spawn_file_actions_t fa;
	pid_t pid = 0;
	int fd;

	show("posix_spawn missing file", posix_spawn(&pid, "/nonexistent/prog", NULL, NULL,
						     av, environ), &pid);
	unlink("plain");
	fd = open("plain", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	if (fd >= 0) {
		if (write(fd, "#!/bin/sh\nexit 3\n", 17) != 17)
			printf("write failed\n");
		close(fd);
	}
	show("posix_spawn not executable", posix_spawn(&pid, "./plain", NULL, NULL, av, environ),
	     &pid);
	chmod("plain", 0755);
	show("posix_spawn script", posix_spawn(&pid, "./plain", NULL, NULL, av, environ), &pid);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 5, "/nonexistent/file", O_RDONLY, 0);
	show("posix_spawn failing file action",
	     posix_spawn(&pid, "/bin/sh", &fa, NULL, sh, environ), &pid);
	posix_spawn_file_actions_destroy(&fa);
	show("posix_spawnp sh", posix_spawnp(&pid, "sh", NULL, NULL, sh, environ), &pid);
	show("posix_spawnp missing name",
	     posix_spawnp(&pid, "ferry-no-such-program", NULL, NULL, av, environ), &pid);
}

static volatile int usr1;

static void on_usr1(int sig)
{
	(void)sig;
	usr1++;
}

static void sigdef(void)
{
	char *sh[] = { "sh", "-c", "kill -USR1 $$; exit 9", NULL };
	posix_spawnattr_t at;
	sigset_t def;
	pid_t pid = 0;

	signal(SIGUSR1, on_usr1);
	posix_spawnattr_init(&at);
	sigemptyset(&def);
	sigaddset(&def, SIGUSR1);
	posix_spawnattr_setsigdefault(&at, &def);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGDEF);
	if (posix_spawn(&pid, "/bin/sh", NULL, &at, sh, environ) == 0) {
		int st;
		waitpid(pid, &st, 0);
		printf("SETSIGDEF child: %s %d\n", WIFSIGNALED(st) ? "killed by" : "exit",
		       WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
	}
	posix_spawnattr_destroy(&at);
	raise(SIGUSR1);
	printf("parent handler still installed: %d\n", usr1);
}

static volatile int shared_word;
static volatile int stop;

static void vforks(const char *self)
{
	pid_t pid;
	int st;

	pid = vfork();
	if (pid == 0) {
		usleep(100000);		/* the parent must be waiting meanwhile */
		shared_word = 1234;	/* the parent's memory */
		_exit(42);
	}
	printf("vfork returned in the parent: it sees %d\n", shared_word);
	waitpid(pid, &st, 0);
	printf("vfork+_exit: status %d\n", WEXITSTATUS(st));

	pid = vfork();
	if (pid == 0) {
		execl(self, self, "child", (char *)NULL);
		_exit(99);
	}
	waitpid(pid, &st, 0);
	printf("vfork+execve: status %d\n", WEXITSTATUS(st));

	pid = vfork();
	if (pid == 0) {
		execl("/nonexistent/prog", "x", (char *)NULL);
		shared_word = errno;
		_exit(127);
	}
	waitpid(pid, &st, 0);
	printf("vfork+failed execve: status %d, errno %s\n", WEXITSTATUS(st),
	       shared_word == ENOENT ? "ENOENT" : "other");
}

static void *spin(void *arg)
{
	unsigned long n = 0;

	(void)arg;
	while (!stop)
		n++;
	return (void *)n;
}

int main(int argc, char **argv)
{
	pthread_t th;
	char self[4096];
	ssize_t n;

	if (argc > 1) {
		printf("exec'd child says hello\n");
		return 5;
	}
	setvbuf(stdout, NULL, _IONBF, 0);
	n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n <= 0)
		return 1;
	self[n] = 0;
	spawns();
	sigdef();
	vforks(self);
	pthread_create(&th, NULL, spin, NULL);
	printf("with a thread computing:\n");
	spawns();
	vforks(self);
	stop = 1;
	pthread_join(th, NULL);
	return 0;
}
