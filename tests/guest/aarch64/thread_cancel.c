/*
 * thread_cancel.c - pthread_cancel, which glibc implements with signal
 * 32 (SIGCANCEL) sent to the target thread: a thread blocked in read()
 * on an empty pipe (a cancellation point: the signal interrupts the
 * read and the thread unwinds, running its cleanup handler), a thread
 * spinning in a loop with pthread_testcancel, and a thread with
 * asynchronous cancellation spinning in pure computation.  Each join
 * must give PTHREAD_CANCELED, and the cleanup handlers must have run.
 */
// test-expect: native
// test-cflags: -pthread
// test-ldflags: -pthread
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int pfd[2];
static volatile int started, cleanups;
static volatile unsigned long spins;

static void cleanup(void *arg)
{
	(void)arg;
	__atomic_add_fetch(&cleanups, 1, __ATOMIC_SEQ_CST);
}

static void *blocked_reader(void *arg)
{
	char c;

	(void)arg;
	pthread_cleanup_push(cleanup, NULL);
	__atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
	for (;;)
		if (read(pfd[0], &c, 1) == 1)
			printf("read returned data\n");
	pthread_cleanup_pop(0);
	return NULL;
}

static void *test_looper(void *arg)
{
	(void)arg;
	pthread_cleanup_push(cleanup, NULL);
	__atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
	for (;;) {
		spins++;
		pthread_testcancel();
	}
	pthread_cleanup_pop(0);
	return NULL;
}

static void *async_spinner(void *arg)
{
	(void)arg;
	pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, NULL);
	pthread_cleanup_push(cleanup, NULL);
	__atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
	for (;;)
		spins++;
	pthread_cleanup_pop(0);
	return NULL;
}

static void run(void *(*fn)(void *), const char *name, int rounds)
{
	int canceled = 0;

	cleanups = 0;
	for (int i = 0; i < rounds; i++) {
		pthread_t th;
		void *ret;

		started = 0;
		pthread_create(&th, NULL, fn, NULL);
		while (!__atomic_load_n(&started, __ATOMIC_SEQ_CST))
			;
		if (i % 2)
			usleep(1000);	/* also once it is well inside read/the loop */
		pthread_cancel(th);
		pthread_join(th, &ret);
		canceled += ret == PTHREAD_CANCELED;
	}
	printf("%s: %d of %d canceled, %d cleanups\n", name, canceled, rounds, cleanups);
}

int main(void)
{
	if (pipe(pfd) != 0)
		return 1;
	run(blocked_reader, "blocked in read", 50);
	run(test_looper, "pthread_testcancel loop", 50);
	run(async_spinner, "asynchronous, computing", 50);
	return 0;
}
