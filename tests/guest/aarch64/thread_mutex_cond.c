/*
 * thread_mutex_cond.c - pthread mutexes and condition variables: four
 * producers and four consumers share a bounded queue (futex waits and
 * wakes between guest threads); every item is consumed once, so the
 * counts and sums are exact.  A barrier and a rwlock are checked too.
 */
// test-expect: native
// test-cflags: -pthread
// test-ldflags: -pthread
#include <pthread.h>
#include <stdio.h>

#define PRODUCERS 4
#define CONSUMERS 4
#define ITEMS 20000         /* per producer */
#define QSIZE 16

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static long queue[QSIZE];
static int head, count, producers_left = PRODUCERS;
static long consumed[CONSUMERS], sums[CONSUMERS];

static pthread_barrier_t barrier;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long rw_value, rw_reads;

static void *producer(void *arg)
{
	long id = (long)arg;

	for (long i = 0; i < ITEMS; i++) {
		pthread_mutex_lock(&lock);
		while (count == QSIZE)
			pthread_cond_wait(&not_full, &lock);
		queue[(head + count++) % QSIZE] = id * ITEMS + i;
		pthread_cond_signal(&not_empty);
		pthread_mutex_unlock(&lock);
	}
	pthread_mutex_lock(&lock);
	producers_left--;
	pthread_cond_broadcast(&not_empty);
	pthread_mutex_unlock(&lock);
	return NULL;
}

static void *consumer(void *arg)
{
	long id = (long)arg;

	for (;;) {
		pthread_mutex_lock(&lock);
		while (count == 0 && producers_left)
			pthread_cond_wait(&not_empty, &lock);
		if (count == 0) {
			pthread_mutex_unlock(&lock);
			return NULL;
		}
		long v = queue[head];
		head = (head + 1) % QSIZE;
		count--;
		pthread_cond_signal(&not_full);
		pthread_mutex_unlock(&lock);
		consumed[id]++;
		sums[id] += v;
	}
}

static void *rw_worker(void *arg)
{
	long id = (long)arg;

	pthread_barrier_wait(&barrier);
	for (int i = 0; i < 2000; i++) {
		if ((i + id) % 4 == 0) {
			pthread_rwlock_wrlock(&rw);
			rw_value += 2;
			pthread_rwlock_unlock(&rw);
		} else {
			pthread_rwlock_rdlock(&rw);
			if (rw_value % 2 == 0)
				__atomic_fetch_add(&rw_reads, 1, __ATOMIC_RELAXED);
			pthread_rwlock_unlock(&rw);
		}
	}
	return NULL;
}

int main(void)
{
	pthread_t p[PRODUCERS], c[CONSUMERS], r[6];
	long total = 0, sum = 0;

	for (long i = 0; i < CONSUMERS; i++)
		pthread_create(&c[i], NULL, consumer, (void *)i);
	for (long i = 0; i < PRODUCERS; i++)
		pthread_create(&p[i], NULL, producer, (void *)i);
	for (int i = 0; i < PRODUCERS; i++)
		pthread_join(p[i], NULL);
	for (int i = 0; i < CONSUMERS; i++)
		pthread_join(c[i], NULL);
	for (int i = 0; i < CONSUMERS; i++) {
		total += consumed[i];
		sum += sums[i];
	}
	long n = (long)PRODUCERS * ITEMS;
	printf("consumed %ld of %ld, sum %ld (want %ld), queue left %d\n", total, n, sum,
	       n * (n - 1) / 2, count);

	pthread_barrier_init(&barrier, NULL, 6);
	for (long i = 0; i < 6; i++)
		pthread_create(&r[i], NULL, rw_worker, (void *)i);
	for (int i = 0; i < 6; i++)
		pthread_join(r[i], NULL);
	printf("rwlock: value %ld, even reads %ld\n", rw_value, rw_reads);
	return 0;
}
