/*
 * thread_join_loop.c - 1000 short threads created and joined one after
 * another (pthread_join waits for the kernel's CLONE_CHILD_CLEARTID
 * wake), then 64 at once, detached threads, and return values.
 */
// test-expect: native
// test-cflags: -pthread
// test-ldflags: -pthread
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static long detached_done;

static void *square(void *arg)
{
	long v = (long)arg;
	return (void *)(v * v);
}

static void *detached(void *arg)
{
	(void)arg;
	__atomic_fetch_add(&detached_done, 1, __ATOMIC_SEQ_CST);
	return NULL;
}

int main(void)
{
	pthread_t t[64];
	long sum = 0, fails = 0;

	for (long i = 0; i < 1000; i++) {
		void *r;
		if (pthread_create(&t[0], NULL, square, (void *)i) || pthread_join(t[0], &r)) {
			fails++;
			continue;
		}
		sum += (long)r;
	}
	printf("1000 sequential threads: sum of squares %ld, failures %ld\n", sum, fails);

	sum = 0;
	for (long i = 0; i < 64; i++)
		fails += pthread_create(&t[i], NULL, square, (void *)i) != 0;
	for (long i = 0; i < 64; i++) {
		void *r;
		fails += pthread_join(t[i], &r) != 0;
		sum += (long)r;
	}
	printf("64 at once: sum of squares %ld, failures %ld\n", sum, fails);

	pthread_attr_t a;
	pthread_attr_init(&a);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	for (int i = 0; i < 100; i++)
		fails += pthread_create(&t[0], &a, detached, NULL) != 0;
	for (int i = 0; i < 1000 && __atomic_load_n(&detached_done, __ATOMIC_SEQ_CST) < 100; i++)
		usleep(1000);
	printf("100 detached threads ran: %ld, failures %ld\n", detached_done, fails);
	return 0;
}
