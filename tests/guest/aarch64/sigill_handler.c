/*
 * sigill_handler.c - a SA_SIGINFO SIGILL handler sees si_code ILL_ILLOPC
 * (1) and si_addr == the faulting PC == uc_mcontext.pc (Linux
 * arm64_notify_die / do_el0_undef), then resumes after the instruction
 * by advancing uc_mcontext.pc.  Also SIGTRAP from BRK: si_code TRAP_BRKPT
 * (1) and the handler can skip it.  qemu 7.2 reports si_code 2 for UDF,
 * so this test is not compared with qemu.
 */
// test-expect: file
// test-qemu: differs
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

extern char udf_insn[], brk_insn[];
static volatile int hits;

static void handler(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	void *pc = (void *)uc->uc_mcontext.pc;
	void *want = sig == SIGILL ? (void *)udf_insn : (void *)brk_insn;
	printf("signal %d si_code=%d si_addr==pc:%d pc==insn:%d\n", sig, si->si_code,
	       si->si_addr == pc, pc == want);
	uc->uc_mcontext.pc += 4;
	hits++;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGTRAP, &sa, NULL);
	asm volatile(".globl udf_insn\nudf_insn:\tudf #7" ::: "memory");
	printf("resumed after udf, hits=%d\n", hits);
	asm volatile(".globl brk_insn\nbrk_insn:\tbrk #1" ::: "memory");
	printf("resumed after brk, hits=%d\n", hits);
	return 0;
}
