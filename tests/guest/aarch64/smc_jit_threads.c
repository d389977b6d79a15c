/*
 * smc_jit_threads.c - a guest JIT in several threads: each thread writes
 * code into its own RWX page and runs it, rewriting it many times; one
 * shared page is rewritten by one thread while the others run it between
 * barriers; and a W^X page is toggled with mprotect by each thread in
 * turn.  Every call must run the code as last written (and made visible
 * with __builtin___clear_cache, as the architecture requires).
 */
// test-expect: file
// test-cflags: -pthread
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>

#define THREADS 4
#define ROUNDS 300

typedef int (*fn_t)(int);

static void emit_add(uint32_t *p, unsigned imm)   /* add w0, w0, #imm ; ret */
{
	p[0] = 0x11000000u | (imm & 0xfff) << 10;
	p[1] = 0xd65f03c0u;
	__builtin___clear_cache((char *)p, (char *)(p + 2));
}

static uint32_t *shared;
static pthread_barrier_t bar;
static long own_sum[THREADS], shared_sum[THREADS];

static void *worker(void *arg)
{
	int id = (int)(intptr_t)arg;
	uint32_t *own = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
			     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	for (unsigned i = 1; i <= ROUNDS; i++) {
		emit_add(own, i + (unsigned)id);
		own_sum[id] += ((fn_t)own)(1000);
	}
	for (unsigned r = 1; r <= 50; r++) {
		if (id == 0)
			emit_add(shared, r);
		pthread_barrier_wait(&bar);        /* written and flushed */
		shared_sum[id] += ((fn_t)shared)(0);
		pthread_barrier_wait(&bar);        /* everyone ran it */
	}
	return NULL;
}

int main(void)
{
	pthread_t t[THREADS];
	shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	pthread_barrier_init(&bar, NULL, THREADS);
	for (int i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	for (int i = 0; i < THREADS; i++)
		printf("thread %d: own %ld shared %ld\n", i, own_sum[i], shared_sum[i]);

	/* W^X: each thread in turn makes the page writable, writes, makes
	 * it executable and runs it */
	uint32_t *wx = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long wx_sum = 0;
	for (int i = 1; i <= 100; i++) {
		mprotect(wx, 4096, PROT_READ | PROT_WRITE);
		emit_add(wx, (unsigned)(7 * i));
		mprotect(wx, 4096, PROT_READ | PROT_EXEC);
		wx_sum += ((fn_t)wx)(i);
	}
	printf("w^x: %ld\n", wx_sum);
	return 0;
}
