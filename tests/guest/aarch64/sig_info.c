/*
 * sig_info.c - a SIGUSR1 handler runs for raise(); SA_SIGINFO handlers see
 * si_signo, si_code (SI_TKILL for raise/tgkill, SI_USER for kill) and
 * si_pid/si_uid of the sender; a handler installed with the raw syscall
 * and no SA_RESTORER still returns (Linux: the vDSO trampoline, ferry:
 * its own); guest signal 32, which glibc keeps for itself, reaches a
 * raw handler through tgkill to ourselves.
 */
// test-expect: file
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static volatile int plain_hits;
static volatile int got_sig, got_code, pid_ok, uid_ok;

static void plain(int sig)
{
	plain_hits += sig == SIGUSR1;
}

static void info(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	got_sig = si->si_signo == sig ? sig : -1;
	got_code = si->si_code;
	pid_ok = si->si_pid == getpid();
	uid_ok = si->si_uid == getuid();
}

struct ksigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};

static volatile int raw_hits;
static void raw(int sig)
{
	raw_hits = sig;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = plain;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	printf("plain handler ran %d time(s)\n", plain_hits);

	sa.sa_sigaction = info;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR2, &sa, NULL);
	raise(SIGUSR2);
	printf("raise: sig=%d code=%d (SI_TKILL=%d) pid_ok=%d uid_ok=%d\n", got_sig, got_code,
	       SI_TKILL, pid_ok, uid_ok);
	kill(getpid(), SIGUSR2);
	printf("kill: sig=%d code=%d (SI_USER=%d) pid_ok=%d uid_ok=%d\n", got_sig, got_code,
	       SI_USER, pid_ok, uid_ok);

	struct ksigaction k = { raw, 0, NULL, 0 };
	long r = syscall(SYS_rt_sigaction, SIGUSR1, &k, NULL, 8);
	syscall(SYS_tgkill, getpid(), gettid(), SIGUSR1);
	printf("no SA_RESTORER: rt_sigaction=%ld handler saw %d, returned\n", r, raw_hits);

	raw_hits = 0;
	r = syscall(SYS_rt_sigaction, 32, &k, NULL, 8);
	syscall(SYS_tgkill, getpid(), gettid(), 32);
	printf("signal 32: rt_sigaction=%ld handler saw %d\n", r, raw_hits);
	return 0;
}
