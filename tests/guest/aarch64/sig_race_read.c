/*
 * sig_race_read.c - the race between "signal checked" and "blocking
 * syscall entered" (ferry: syscall/safe_syscall.h).
 *
 * A reader thread blocks in read() on an empty pipe.  The read is a raw
 * SVC right after a store that sets `armed`, in one basic block, so once
 * the sender sees armed == 1 the reader is past every point where a
 * signal could be delivered before the call: the signal must interrupt
 * the read (or the window just before it), never wait for it to end.
 * The sender sends the next signal as soon as the previous one is
 * handled, 50000 times per phase, which hits every point of that window.
 *   - without SA_RESTART: every signal makes exactly one read fail with
 *     EINTR (50000 handler runs, 50000 EINTRs, no data);
 *   - with SA_RESTART: one read spans all 50000 signals and returns the
 *     one byte written at the end (no EINTR).
 * A lost wakeup would block for ever: every wait has a deadline, so a
 * regression prints where it stuck and fails instead of hanging.
 */
// test-expect: file
// test-cflags: -pthread
// test-qemu: differs
/* (qemu-user has the very race this tests: it sometimes loses the EINTR,
 * so its output varies from run to run.) */
// test-ldflags: -pthread
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define ROUNDS 50000
#define DEADLINE_S 5     /* per wait */

static int pfd[2];
static volatile int armed;
static volatile int handled, eintrs, datas, reader_tid;
static volatile int wrong_thread;

static void on_sig(int sig)
{
	(void)sig;
	if (syscall(SYS_gettid) != reader_tid)
		wrong_thread = 1;
	__atomic_add_fetch(&handled, 1, __ATOMIC_SEQ_CST);
}

/* armed = 1 and read(fd, buf, 1) with nothing in between. */
static long armed_read(int fd, char *buf)
{
	register long x0 __asm__("x0") = fd;
	register long x1 __asm__("x1") = (long)buf;
	register long x2 __asm__("x2") = 1;
	register long x8 __asm__("x8") = SYS_read;
	register long x9 __asm__("x9") = 1;
	register long x10 __asm__("x10") = (long)&armed;

	__asm__ volatile("str w9, [x10]\n\tsvc #0"
			 : "+r"(x0)
			 : "r"(x1), "r"(x2), "r"(x8), "r"(x9), "r"(x10)
			 : "memory");
	return x0;
}

static void *reader(void *arg)
{
	char c;

	(void)arg;
	reader_tid = (int)syscall(SYS_gettid);
	for (;;) {		/* until the byte the sender writes at the end */
		long r = armed_read(pfd[0], &c);
		__atomic_store_n(&armed, 0, __ATOMIC_SEQ_CST);
		if (r == -EINTR) {
			__atomic_add_fetch(&eintrs, 1, __ATOMIC_SEQ_CST);
			continue;
		}
		if (r == 1)
			__atomic_add_fetch(&datas, 1, __ATOMIC_SEQ_CST);
		else
			printf("read returned %ld\n", r);
		break;
	}
	return NULL;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Spin until *v == want; false after the deadline. */
static int wait_for(volatile int *v, int want)
{
	double deadline = now() + DEADLINE_S;
	unsigned spins = 0;

	while (__atomic_load_n(v, __ATOMIC_SEQ_CST) != want) {
		if (++spins % 1024 == 0) {
			if (now() > deadline)
				return 0;
			sched_yield();
		}
	}
	return 1;
}

/* A pseudo-random pause of 0 to a few microseconds (its range sweeps
 * with the round), so the signals land at every point of the reader's
 * way back into the kernel. */
static void jitter(unsigned i)
{
	static unsigned seed = 12345;
	volatile unsigned n;

	seed = seed * 1103515245u + 12345u;
	for (n = (seed >> 16) % (100 + (i % 16) * 200); n; n--)
		;
}

static void install(int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sig;
	sa.sa_flags = flags;
	sigaction(SIGUSR1, &sa, NULL);
}

static int phase(int flags, const char *name)
{
	pthread_t th;
	int ok;

	handled = eintrs = datas = 0;
	install(flags);
	pthread_create(&th, NULL, reader, NULL);
	for (int i = 0; i < ROUNDS; i++) {
		if (!wait_for(&armed, 1)) {
			printf("%s: round %d: the reader never reached read()\n", name, i);
			exit(1);
		}
		jitter(i);
		syscall(SYS_tgkill, getpid(), reader_tid, SIGUSR1);
		if (!wait_for(&handled, i + 1)) {
			printf("%s: round %d: signal not handled (lost wakeup: the read "
			       "blocked with the signal pending)\n", name, i);
			exit(1);
		}
		if (!(flags & SA_RESTART) && !wait_for(&eintrs, i + 1)) {
			printf("%s: round %d: handler ran but read did not fail with EINTR\n",
			       name, i);
			exit(1);
		}
	}
	if (write(pfd[1], "x", 1) != 1)
		return 0;
	pthread_join(th, NULL);
	printf("%s: %d signals, %d handled, %d EINTR, %d reads with data%s\n", name, ROUNDS,
	       handled, eintrs, datas, wrong_thread ? ", handler on the wrong thread" : "");
	ok = handled == ROUNDS && datas == 1 &&
	     eintrs == ((flags & SA_RESTART) ? 0 : ROUNDS) && !wrong_thread;
	return ok;
}

int main(void)
{
	int ok;

	if (pipe(pfd) != 0)
		return 1;
	setvbuf(stdout, NULL, _IONBF, 0);
	ok = phase(0, "no SA_RESTART");
	ok &= phase(SA_RESTART, "SA_RESTART");
	printf("%s\n", ok ? "PASS" : "FAIL");
	return ok ? 0 : 1;
}
