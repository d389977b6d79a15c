/*
 * sig_thread_storm.c - one thread sends SIGUSR1 to a computing thread
 * 5000 times (each after the previous was handled, so none merge); the
 * handler counts on the right thread, and the computation, interrupted
 * thousands of times in translated code, gives the exact result.  A
 * second pair does the same with a real-time signal, queued 50 deep.
 */
// test-expect: native
// test-cflags: -pthread
// test-ldflags: -pthread
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

#define SENDS 5000

static volatile long handled, rt_handled, wrong_thread;
static volatile pid_t target_tid;
static volatile int sending_done;
static uint64_t result;
static double fresult;

static void on_usr1(int sig)
{
	(void)sig;
	if ((pid_t)syscall(SYS_gettid) != target_tid)
		wrong_thread++;
	handled++;
}

static void on_rt(int sig, siginfo_t *si, void *uc)
{
	(void)sig; (void)uc;
	rt_handled += si->si_value.sival_int;
}

static void *compute(void *arg)
{
	uint64_t x = 88172645463325252ull, acc = 0;
	double f = 1.0;
	(void)arg;
	target_tid = (pid_t)syscall(SYS_gettid);
	for (long i = 0; i < 30000000; i++) {
		x ^= x << 13; x ^= x >> 7; x ^= x << 17;
		acc += x >> 11;
		if ((i & 1023) == 0)
			f = f * 1.0000001 + (double)(x & 7);
	}
	while (!sending_done)
		;       /* signals still arrive in this tight loop */
	result = acc;
	fresult = f;
	return NULL;
}

int main(void)
{
	pthread_t t;
	struct sigaction sa = { .sa_sigaction = on_rt, .sa_flags = SA_SIGINFO };

	signal(SIGUSR1, on_usr1);
	sigaction(SIGRTMIN + 1, &sa, NULL);
	pthread_create(&t, NULL, compute, NULL);
	while (!target_tid)
		;
	for (long i = 0; i < SENDS; i++) {
		pthread_kill(t, SIGUSR1);
		while (handled <= i)
			sched_yield();
	}
	/* real-time signals queue: send 50 at once with values 1..50 */
	sigset_t rt, old;
	sigemptyset(&rt);
	sigaddset(&rt, SIGRTMIN + 1);
	for (int round = 0; round < 20; round++) {
		long want = rt_handled + 50 * 51 / 2;
		for (int v = 1; v <= 50; v++)
			pthread_sigqueue(t, SIGRTMIN + 1, (union sigval){ .sival_int = v });
		while (rt_handled < want)
			sched_yield();
	}
	(void)old;
	sending_done = 1;
	pthread_join(t, NULL);
	printf("SIGUSR1 handled %ld of %d, on another thread %ld\n", handled, SENDS, wrong_thread);
	printf("real-time values summed %ld (want %d)\n", rt_handled, 20 * 50 * 51 / 2);
	printf("computation: %llu %.6f\n", (unsigned long long)result, fresult);
	return 0;
}
