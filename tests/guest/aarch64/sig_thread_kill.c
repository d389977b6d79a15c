/*
 * sig_thread_kill.c - pthread_kill (tgkill) runs the handler on the
 * thread it names: the handler records gettid(), which must be the
 * target's for each of four threads; a thread that blocks the signal
 * leaves it pending until it unblocks; sigwait in one thread takes a
 * process-directed signal the others block.
 */
// test-expect: native
// test-cflags: -pthread
// test-ldflags: -pthread
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

#define THREADS 4

static pid_t tids[THREADS];
static volatile pid_t handled_on[THREADS];
static volatile int stop;
static pthread_barrier_t ready;

static void handler(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	int id = si->si_value.sival_int;      /* unused by tgkill: use the tid map */
	(void)id;
	pid_t me = (pid_t)syscall(SYS_gettid);
	for (int i = 0; i < THREADS; i++)
		if (tids[i] == me)
			handled_on[i] = me;
	(void)sig;
}

static void *worker(void *arg)
{
	long id = (long)arg;
	tids[id] = (pid_t)syscall(SYS_gettid);
	pthread_barrier_wait(&ready);
	while (!stop)
		;       /* a tight loop: the signal must still arrive */
	return NULL;
}

static volatile int blocked_got;
static void usr2(int sig) { (void)sig; blocked_got++; }

static void *blocker(void *arg)
{
	sigset_t s;
	(void)arg;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR2);
	pthread_sigmask(SIG_BLOCK, &s, NULL);
	pthread_barrier_wait(&ready);
	pthread_barrier_wait(&ready);       /* main has sent SIGUSR2 to us */
	sigset_t pend;
	sigpending(&pend);
	printf("blocked SIGUSR2 pending %d, handled %d\n", sigismember(&pend, SIGUSR2),
	       blocked_got);
	pthread_sigmask(SIG_UNBLOCK, &s, NULL);
	printf("after unblock: handled %d\n", blocked_got);
	return NULL;
}

static void *sigwaiter(void *arg)
{
	sigset_t s;
	int sig = 0;
	(void)arg;
	sigemptyset(&s);
	sigaddset(&s, SIGRTMIN + 2);
	sigwait(&s, &sig);
	printf("sigwait got SIGRTMIN+%d\n", sig - SIGRTMIN);
	return NULL;
}

int main(void)
{
	pthread_t t[THREADS], b, w;
	struct sigaction sa = { .sa_sigaction = handler, .sa_flags = SA_SIGINFO };
	sigset_t rt;

	setvbuf(stdout, NULL, _IONBF, 0);
	sigaction(SIGUSR1, &sa, NULL);
	signal(SIGUSR2, usr2);
	sigemptyset(&rt);
	sigaddset(&rt, SIGRTMIN + 2);
	pthread_sigmask(SIG_BLOCK, &rt, NULL);      /* inherited by every thread */
	pthread_barrier_init(&ready, NULL, THREADS + 1);
	for (long i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, worker, (void *)i);
	pthread_barrier_wait(&ready);
	for (int i = THREADS - 1; i >= 0; i--) {
		pthread_kill(t[i], SIGUSR1);
		while (!handled_on[i])
			;
	}
	stop = 1;
	for (int i = 0; i < THREADS; i++) {
		pthread_join(t[i], NULL);
		printf("thread %d: handler ran on it: %s\n", i,
		       handled_on[i] == tids[i] ? "yes" : "NO");
	}

	pthread_barrier_destroy(&ready);
	pthread_barrier_init(&ready, NULL, 2);
	pthread_create(&b, NULL, blocker, NULL);
	pthread_barrier_wait(&ready);
	pthread_kill(b, SIGUSR2);
	pthread_barrier_wait(&ready);
	pthread_join(b, NULL);

	pthread_create(&w, NULL, sigwaiter, NULL);
	usleep(20000);
	kill(getpid(), SIGRTMIN + 2);           /* process-directed; only w waits for it */
	pthread_join(w, NULL);
	return 0;
}
