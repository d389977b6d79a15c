/*
 * thread_cancel_setxid.c - setgid/setuid from a multi-threaded program.
 * Credentials belong to each thread in the kernel, so glibc makes every
 * thread change its own: it sends signal 33 (SIGSETXID) to each other
 * thread, whose handler makes the same syscall.  Two threads are blocked
 * in read() on a pipe and two compute when the main thread drops to
 * uid/gid 65534; afterwards every thread reports the Uid and Gid lines
 * of its /proc/thread-self/status (all four ids must have changed), and
 * the interrupted reads must carry on (glibc's handler has SA_RESTART).
 * Needs root; prints a skip line otherwise.
 */
// test-expect: native
// test-cflags: -pthread
// test-ldflags: -pthread
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define NTHREADS 4

static int pfd[2];
static volatile int ready, go;
static char report[NTHREADS + 1][160];

static void read_ids(char *out, size_t n)
{
	char line[256];
	FILE *f = fopen("/proc/thread-self/status", "r");

	out[0] = 0;
	if (!f) {
		snprintf(out, n, "cannot open /proc/thread-self/status");
		return;
	}
	while (fgets(line, sizeof line, f))
		if (!strncmp(line, "Uid:", 4) || !strncmp(line, "Gid:", 4)) {
			line[strcspn(line, "\n")] = ' ';
			strncat(out, line, n - strlen(out) - 1);
		}
	fclose(f);
}

static void *worker(void *arg)
{
	long i = (long)arg;
	char c;

	__atomic_add_fetch(&ready, 1, __ATOMIC_SEQ_CST);
	if (i % 2) {
		if (read(pfd[0], &c, 1) != 1)
			snprintf(report[i], sizeof report[i], "read failed");
	} else {
		volatile unsigned long x = 0;
		while (!__atomic_load_n(&go, __ATOMIC_SEQ_CST))
			x++;
	}
	if (!report[i][0])
		read_ids(report[i], sizeof report[i]);
	return NULL;
}

int main(void)
{
	pthread_t th[NTHREADS];

	if (getuid() != 0) {
		printf("skip: not root (setuid to 65534 needs it)\n");
		return 0;
	}
	if (pipe(pfd) != 0)
		return 1;
	for (long i = 0; i < NTHREADS; i++)
		pthread_create(&th[i], NULL, worker, (void *)i);
	while (__atomic_load_n(&ready, __ATOMIC_SEQ_CST) != NTHREADS)
		;
	usleep(20000);		/* the readers are inside read() */
	if (setgid(65534) != 0 || setuid(65534) != 0) {
		perror("setgid/setuid");
		return 1;
	}
	read_ids(report[NTHREADS], sizeof report[NTHREADS]);
	__atomic_store_n(&go, 1, __ATOMIC_SEQ_CST);
	if (write(pfd[1], "xx", 2) != 2)
		return 1;
	for (int i = 0; i < NTHREADS; i++)
		pthread_join(th[i], NULL);
	for (int i = 0; i <= NTHREADS; i++)
		printf("%s: %s\n", i == NTHREADS ? "main" : i % 2 ? "reader" : "computing",
		       report[i]);
	printf("getuid %d geteuid %d getgid %d\n", (int)getuid(), (int)geteuid(), (int)getgid());
	return 0;
}
