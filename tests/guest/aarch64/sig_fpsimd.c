/*
 * sig_fpsimd.c - a handler that clobbers every V register, FPCR and the
 * flags does not change them for the interrupted code (the fpsimd record
 * of the frame is restored by rt_sigreturn); the handler sees the
 * interrupted values in that record (magic 0x46508001, size 528), no esr
 * record for a signal that is not a fault, then the {0, 0} terminator.
 * Not compared with qemu: its default CPU has SVE, so its frames carry an
 * sve_context record after the fpsimd one (ferry models no SVE).
 */
// test-expect: file
// test-qemu: differs
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

static uint32_t rec_magic, rec_size, next_magic, next_size, rec_fpcr;
static uint64_t rec_v9_lo;

static void handler(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	struct { uint32_t magic, size, fpsr, fpcr; __uint128_t v[32]; } *fp =
		(void *)uc->uc_mcontext.__reserved;
	uint32_t *next = (uint32_t *)((char *)fp + fp->size);
	(void)sig; (void)si;
	rec_magic = fp->magic; rec_size = fp->size; rec_fpcr = fp->fpcr;
	rec_v9_lo = (uint64_t)fp->v[9];
	next_magic = next[0]; next_size = next[1];
	asm volatile("movi v0.16b, #0xee\n"
		     "mov v1.16b, v0.16b\n mov v8.16b, v0.16b\n mov v9.16b, v0.16b\n"
		     "mov v15.16b, v0.16b\n mov v16.16b, v0.16b\n mov v31.16b, v0.16b\n"
		     "msr fpcr, xzr\n cmp xzr, xzr\n"
		     ::: "v0", "v1", "v8", "v9", "v15", "v16", "v31", "cc");
}

int main(void)
{
	static const uint8_t pattern[16] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
	uint8_t out[7][16];
	uint64_t nzcv, fpcr_out, fpcr_in = 0x00c00000; /* RMode = toward zero */
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, NULL);
	register long x0 asm("x0") = getpid();
	register long x1 asm("x1") = gettid();
	register long x2 asm("x2") = SIGUSR1;
	register long x8 asm("x8") = SYS_tgkill;
	asm volatile("ldr q0, [%[p]]\n ext v1.16b, v0.16b, v0.16b, #1\n"
		     "ext v8.16b, v0.16b, v0.16b, #8\n ext v9.16b, v0.16b, v0.16b, #9\n"
		     "ext v15.16b, v0.16b, v0.16b, #15\n ext v16.16b, v0.16b, v0.16b, #3\n"
		     "ext v31.16b, v0.16b, v0.16b, #5\n msr fpcr, %[fpcr]\n"
		     "mov x9, #1\n cmp x9, #2\n"          /* N=1 Z=0 C=0 V=0 */
		     "svc #0\n"
		     "mrs %[nzcv], nzcv\n mrs %[fpcr_out], fpcr\n"
		     "str q0, [%[o], #0]\n str q1, [%[o], #16]\n str q8, [%[o], #32]\n"
		     "str q9, [%[o], #48]\n str q15, [%[o], #64]\n str q16, [%[o], #80]\n"
		     "str q31, [%[o], #96]\n msr fpcr, xzr\n"
		     : "+r"(x0), [nzcv] "=&r"(nzcv), [fpcr_out] "=&r"(fpcr_out)
		     : [p] "r"(pattern), [o] "r"(out), [fpcr] "r"(fpcr_in), "r"(x1), "r"(x2), "r"(x8)
		     : "v0", "v1", "v8", "v9", "v15", "v16", "v31", "x9", "memory", "cc");
	printf("tgkill returned %ld\n", (long)x0);
	for (int i = 0; i < 7; i++) {
		printf("v%d:", (int[]){ 0, 1, 8, 9, 15, 16, 31 }[i]);
		for (int j = 0; j < 16; j++)
			printf(" %02x", out[i][j]);
		printf("\n");
	}
	printf("nzcv=%#llx fpcr=%#llx\n", (unsigned long long)nzcv, (unsigned long long)fpcr_out);
	printf("record magic=%#x size=%u fpcr=%#x v9.lo=%#llx; next magic=%#x size=%u\n",
	       rec_magic, rec_size, rec_fpcr, (unsigned long long)rec_v9_lo, next_magic, next_size);
	return 0;
}
