/*
 * segv_handler.c - faults delivered as signals with the right siginfo:
 * a load from an unmapped page (SEGV_MAPERR, si_addr = the address), a
 * store to a read-only page (SEGV_ACCERR), recovered with siglongjmp; the
 * handler runs on an alternate stack (sigaltstack) when asked; and a
 * register value set before the fault is visible in the ucontext.
 */
// test-expect: file
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

static sigjmp_buf env;
static void *alt_lo, *alt_hi;

static void handler(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	int on_alt = (void *)&sig >= alt_lo && (void *)&sig < alt_hi;
	printf("sig=%d code=%d addr_ok=%d x7=%#llx on_altstack=%d\n", sig, si->si_code,
	       si->si_addr == (void *)uc->uc_mcontext.regs[8],
	       (unsigned long long)uc->uc_mcontext.regs[7], on_alt);
	printf("fault_address_ok=%d\n", uc->uc_mcontext.fault_address == uc->uc_mcontext.regs[8]);
	siglongjmp(env, 1);
}

static void touch(void *addr, int write)
{
	register void *x8 asm("x8") = addr;
	register uint64_t x7 asm("x7") = write ? 0x7777 : 0x1234;
	if (write)
		asm volatile("str x7, [x8]" :: "r"(x8), "r"(x7) : "memory");
	else
		asm volatile("ldr x9, [x8]" :: "r"(x8), "r"(x7) : "x9", "memory");
}

int main(void)
{
	char *p = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	mprotect(p + 8192, 4096, PROT_READ);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	if (!sigsetjmp(env, 1))
		touch(p + 4096 + 24, 0);
	printf("recovered from read fault\n");
	if (!sigsetjmp(env, 1))
		touch(p + 8192 + 8, 1);
	printf("recovered from write fault\n");

	stack_t ss = { .ss_sp = malloc(65536), .ss_size = 65536 };
	alt_lo = ss.ss_sp; alt_hi = (char *)ss.ss_sp + ss.ss_size;
	sigaltstack(&ss, NULL);
	sa.sa_flags |= SA_ONSTACK;
	sigaction(SIGSEGV, &sa, NULL);
	if (!sigsetjmp(env, 1))
		touch(NULL, 0);
	printf("recovered on the alternate stack\n");
	/* The signal mask is restored by siglongjmp: a fourth fault is still caught. */
	if (!sigsetjmp(env, 1))
		touch(p + 4096, 1);
	printf("done\n");
	return 0;
}
