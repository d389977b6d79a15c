/*
 * thread_exit_group.c - exit() from one thread (exit_group) ends the
 * process while other threads block in read(), pthread_cond_wait and
 * nanosleep; the status is the caller's.
 */
// test-expect: native
// test-status: 3
// test-cflags: -pthread
// test-ldflags: -pthread
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int fds[2];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int started;

static void *reader(void *arg)
{
	char c;
	(void)arg;
	__atomic_fetch_add(&started, 1, __ATOMIC_SEQ_CST);
	read(fds[0], &c, 1);
	printf("reader woke: wrong\n");
	return NULL;
}

static void *waiter(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&m);
	__atomic_fetch_add(&started, 1, __ATOMIC_SEQ_CST);
	pthread_cond_wait(&cv, &m);
	printf("waiter woke: wrong\n");
	return NULL;
}

static void *sleeper(void *arg)
{
	(void)arg;
	__atomic_fetch_add(&started, 1, __ATOMIC_SEQ_CST);
	sleep(30);
	printf("sleeper woke: wrong\n");
	return NULL;
}

static void *quitter(void *arg)
{
	(void)arg;
	while (__atomic_load_n(&started, __ATOMIC_SEQ_CST) < 3)
		usleep(1000);
	usleep(20000);
	printf("quitter calls exit(3)\n");
	exit(3);
}

int main(void)
{
	pthread_t t[4];

	setvbuf(stdout, NULL, _IONBF, 0);
	pipe(fds);
	pthread_create(&t[0], NULL, reader, NULL);
	pthread_create(&t[1], NULL, waiter, NULL);
	pthread_create(&t[2], NULL, sleeper, NULL);
	pthread_create(&t[3], NULL, quitter, NULL);
	pthread_join(t[0], NULL);
	printf("main: join returned: wrong\n");
	return 0;
}
