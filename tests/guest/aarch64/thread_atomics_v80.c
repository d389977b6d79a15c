/*
 * thread_atomics_v80.c - 8 threads hammer shared counters with ARMv8.0
 * exclusives (LDAXR/STLXR in every size through the __atomic builtins with
 * outline atomics off, LDAXP/STLXP for a 128-bit counter, an unsigned
 * maximum): every total must be exact.  thread_atomics_lse.c builds the
 * same code for LSE, where the 128-bit add is CASPAL and the maximum
 * LDUMAX.
 */
// test-expect: file
// test-cflags: -march=armv8-a -mno-outline-atomics -pthread
// test-ldflags: -pthread
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define THREADS 8
#define ITERS 20000

static uint64_t c64;
static uint32_t c32;
static uint16_t c16;
static uint8_t c8;
static uint64_t cas_count;
static uint64_t lock_word, locked_count;    /* a spinlock made of exchanges */
static unsigned __int128 c128 __attribute__((aligned(16)));
static uint64_t max_seen;
static volatile int go;

static void spin_lock(void)
{
	while (__atomic_exchange_n(&lock_word, 1, __ATOMIC_ACQUIRE))
		while (__atomic_load_n(&lock_word, __ATOMIC_RELAXED))
			;
}

static void spin_unlock(void)
{
	__atomic_store_n(&lock_word, 0, __ATOMIC_RELEASE);
}

static void cas_add(uint64_t *p, uint64_t v)
{
	uint64_t old = __atomic_load_n(p, __ATOMIC_RELAXED);
	while (!__atomic_compare_exchange_n(p, &old, old + v, 1, __ATOMIC_ACQ_REL,
					    __ATOMIC_RELAXED))
		;
}

/* 128-bit add: LDAXP/STLXP, or CASPAL with LSE. */
static void add128(unsigned __int128 *p, uint64_t v)
{
#ifdef __ARM_FEATURE_ATOMICS
	register uint64_t o_lo asm("x0"), o_hi asm("x1");
	register uint64_t n_lo asm("x2"), n_hi asm("x3");
	uint64_t lo = ((volatile uint64_t *)p)[0], hi = ((volatile uint64_t *)p)[1];
	for (;;) {
		o_lo = lo; o_hi = hi;
		n_lo = lo + v; n_hi = hi + (n_lo < lo);
		asm volatile("caspal %0, %1, %2, %3, [%4]"
			     : "+r"(o_lo), "+r"(o_hi) : "r"(n_lo), "r"(n_hi), "r"(p) : "memory");
		if (o_lo == lo && o_hi == hi)
			return;
		lo = o_lo; hi = o_hi;
	}
#else
	uint64_t lo, hi;
	uint32_t st;
	do {
		asm volatile("ldaxp %0, %1, [%3]\n\tadds %0, %0, %4\n\tadc %1, %1, xzr\n\t"
			     "stlxp %w2, %0, %1, [%3]"
			     : "=&r"(lo), "=&r"(hi), "=&r"(st) : "r"(p), "r"(v) : "memory", "cc");
	} while (st);
#endif
}

static void umax64(uint64_t *p, uint64_t v)
{
#ifdef __ARM_FEATURE_ATOMICS
	uint64_t old;
	asm volatile("ldumax %1, %0, [%2]" : "=r"(old) : "r"(v), "r"(p) : "memory");
#else
	uint64_t old = __atomic_load_n(p, __ATOMIC_RELAXED);
	while (old < v && !__atomic_compare_exchange_n(p, &old, v, 1, __ATOMIC_RELAXED,
						       __ATOMIC_RELAXED))
		;
#endif
}

static void *worker(void *arg)
{
	uint64_t id = (uintptr_t)arg;

	while (!go)
		;
	for (int i = 0; i < ITERS; i++) {
		__atomic_fetch_add(&c64, 3, __ATOMIC_ACQ_REL);
		__atomic_fetch_add(&c32, 1, __ATOMIC_RELAXED);
		__atomic_fetch_sub(&c16, 1, __ATOMIC_SEQ_CST);
		__atomic_fetch_add(&c8, 1, __ATOMIC_ACQUIRE);
		cas_add(&cas_count, id + 1);
		add128(&c128, 0xc000000000000001ull);   /* carries into the high half */
		umax64(&max_seen, id * ITERS + i);
		spin_lock();
		locked_count++;
		spin_unlock();
	}
	return NULL;
}

int main(void)
{
	pthread_t t[THREADS];

	for (uintptr_t i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, worker, (void *)i);
	go = 1;
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	printf("fetch_add 64: %llu\n", (unsigned long long)c64);
	printf("fetch_add 32: %u\n", c32);
	printf("fetch_sub 16: %u\n", c16);
	printf("fetch_add 8: %u\n", c8);
	printf("cas loop: %llu\n", (unsigned long long)cas_count);
	printf("128-bit: %016llx%016llx\n", (unsigned long long)(c128 >> 64),
	       (unsigned long long)c128);
	printf("max: %llu\n", (unsigned long long)max_seen);
	printf("spinlock: %llu\n", (unsigned long long)locked_count);
	return 0;
}
