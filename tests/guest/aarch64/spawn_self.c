/*
 * spawn_self.c - posix_spawn (glibc: clone3 or clone with
 * CLONE_VM|CLONE_VFORK) of /proc/self/exe, of another guest program
 * (hello, built next to this one) and of a host program (/bin/sh); exit
 * statuses and the child's output through a pipe.  From a
 * multi-threaded parent too.  (Not here: posix_spawn of a missing file
 * returns ENOENT on Linux because the CLONE_VM child writes the errno
 * into the parent's memory; ferry runs a vfork child as a fork, so the
 * parent sees a child that exited 127 instead.)
 */
// test-expect: file
// test-qemu: differs
// (qemu-user without binfmt_misc cannot execve /proc/self/exe or other guest programs)
// test-cflags: -pthread
// test-ldflags: -pthread
#include <errno.h>
#include <libgen.h>
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static void show(const char *what, int r, pid_t p)
{
	int st;
	if (r) {
		printf("%s: posix_spawn failed: %s\n", what, strerror(r));
		return;
	}
	if (waitpid(p, &st, 0) != p) {
		printf("%s: waitpid failed\n", what);
		return;
	}
	if (WIFEXITED(st))
		printf("%s: exited %d\n", what, WEXITSTATUS(st));
	else if (WIFSIGNALED(st))
		printf("%s: killed by signal %d\n", what, WTERMSIG(st));
}

/* Run path with argv, its stdout into buf. */
static void spawn_capture(const char *what, const char *path, char *const argv[])
{
	int fds[2];
	posix_spawn_file_actions_t fa;
	pid_t p;
	char buf[256];
	ssize_t n, len = 0;

	pipe(fds);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
	posix_spawn_file_actions_addclose(&fa, fds[0]);
	int r = posix_spawn(&p, path, &fa, NULL, argv, environ);
	close(fds[1]);
	while (r == 0 && (n = read(fds[0], buf + len, sizeof buf - 1 - len)) > 0)
		len += n;
	buf[len] = 0;
	close(fds[0]);
	printf("%s said: %s", what, len ? buf : "(nothing)\n");
	show(what, r, p);
	posix_spawn_file_actions_destroy(&fa);
}

static void *idle(void *arg)
{
	(void)arg;
	pause();
	return NULL;
}

int main(int argc, char **argv)
{
	char self[4096], hello[4200];

	if (argc > 1 && !strcmp(argv[1], "child")) {
		printf("child mode, argc %d, last arg %s\n", argc, argv[argc - 1]);
		return 11;
	}
	setvbuf(stdout, NULL, _IONBF, 0);
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	self[n > 0 ? n : 0] = 0;
	snprintf(hello, sizeof hello, "%s/hello", dirname(self));

	spawn_capture("/proc/self/exe", "/proc/self/exe", (char *[]){ "me", "child", "x", NULL });
	spawn_capture("hello", hello, (char *[]){ "hello", NULL });
	spawn_capture("/bin/sh", "/bin/sh", (char *[]){ "sh", "-c", "echo from sh; exit 3", NULL });

	pthread_t t[2];
	pthread_create(&t[0], NULL, idle, NULL);
	pthread_create(&t[1], NULL, idle, NULL);
	spawn_capture("threaded /proc/self/exe", "/proc/self/exe",
		      (char *[]){ "me", "child", "y", NULL });
	return 0;
}
