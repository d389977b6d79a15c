/*
 * thread_tls.c - thread-local storage: initialised and zeroed __thread
 * variables, each thread's own copy (TPIDR_EL0 set by CLONE_SETTLS),
 * their addresses distinct, the main thread's untouched.
 */
// test-expect: native
// test-cflags: -pthread
// test-ldflags: -pthread
#include <pthread.h>
#include <stdio.h>

#define THREADS 6

static __thread long counter = 1000;
static __thread char name[16];
static __thread long zeroed;
static void *addrs[THREADS];
static long results[THREADS];

static void *worker(void *arg)
{
	long id = (long)arg;

	snprintf(name, sizeof name, "thread-%ld", id);
	for (int i = 0; i < 10000; i++)
		counter += id;
	zeroed += id;
	addrs[id] = &counter;
	results[id] = counter * 100 + zeroed + (name[7] - '0');
	return NULL;
}

int main(void)
{
	pthread_t t[THREADS];
	int distinct = 1;

	counter = 5;
	for (long i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, worker, (void *)i);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	for (int i = 0; i < THREADS; i++) {
		printf("thread %d: %ld\n", i, results[i]);
		for (int j = 0; j < i; j++)
			distinct &= addrs[i] != addrs[j] && addrs[i] != (void *)&counter;
	}
	printf("main: counter %ld, zeroed %ld, name '%s', distinct addresses %d\n", counter,
	       zeroed, name, distinct);
	return 0;
}
