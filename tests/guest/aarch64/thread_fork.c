/*
 * thread_fork.c - fork from a multi-threaded program: only the calling
 * thread lives on in the child (one entry in /proc/self/task), the child
 * can make threads of its own, and the parent's threads carry on.  Also
 * a fork from a thread other than main, and waitpid statuses.
 */
// test-expect: native
// test-qemu: differs
// (qemu-user runs a thread of its own, which /proc/self/task shows)
// test-cflags: -pthread
// test-ldflags: -pthread
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int stop;
static volatile long spins;

static void *spinner(void *arg)
{
	(void)arg;
	while (!stop)
		spins++;
	return NULL;
}

static int task_count(void)
{
	DIR *d = opendir("/proc/self/task");
	struct dirent *e;
	int n = 0;
	if (!d)
		return -1;
	while ((e = readdir(d)))
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

static void *child_thread(void *arg)
{
	return (void *)((long)arg + 1);
}

static void show(const char *what, int st)
{
	if (WIFEXITED(st))
		printf("%s: exited %d\n", what, WEXITSTATUS(st));
	else if (WIFSIGNALED(st))
		printf("%s: killed by signal %d\n", what, WTERMSIG(st));
}

static void *forker(void *arg)
{
	(void)arg;
	pid_t p = fork();
	if (p == 0) {
		printf("child of a thread: tasks %d\n", task_count());
		_exit(9);
	}
	int st;
	waitpid(p, &st, 0);
	show("fork from a thread", st);
	return NULL;
}

int main(void)
{
	pthread_t t[3], f;
	int st;

	setvbuf(stdout, NULL, _IONBF, 0);
	for (int i = 0; i < 3; i++)
		pthread_create(&t[i], NULL, spinner, NULL);
	printf("parent tasks before fork: %d\n", task_count());
	pid_t p = fork();
	if (p == 0) {
		void *r;
		printf("child tasks: %d\n", task_count());
		pthread_t c;
		pthread_create(&c, NULL, child_thread, (void *)41);
		pthread_join(c, &r);
		printf("child's own thread returned %ld\n", (long)r);
		exit(7);
	}
	waitpid(p, &st, 0);
	show("child", st);
	if ((p = fork()) == 0) {
		abort();
	}
	waitpid(p, &st, 0);
	show("aborting child", st);
	pthread_create(&f, NULL, forker, NULL);
	pthread_join(f, NULL);
	stop = 1;
	for (int i = 0; i < 3; i++)
		pthread_join(t[i], NULL);
	printf("parent threads ran on: %d\n", spins > 0);
	/* A joined thread may linger in /proc/self/task for a moment after
	 * pthread_join returns (its clear-tid wake comes before the task is
	 * gone, on Linux too): give it up to two seconds. */
	int tasks = task_count();
	for (int i = 0; i < 200 && tasks != 1; i++) {
		usleep(10000);
		tasks = task_count();
	}
	printf("parent tasks at the end: %d\n", tasks);
	return 0;
}
