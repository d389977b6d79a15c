/*
 * thread_clone_raw.c - clone and clone3 without glibc's wrappers: a
 * thread made with CLONE_PARENT_SETTID (written before clone returns),
 * CLONE_CHILD_SETTID, CLONE_SETTLS and CLONE_CHILD_CLEARTID (0 and a
 * futex wake when the thread's SYS_exit runs; the process lives on);
 * the flag combinations and clone_args sizes Linux refuses, with its
 * errno.
 */
// test-expect: file
// test-qemu: differs
// (qemu-aarch64-static hangs in the first raw clone of this program)
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define THREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | \
		      CLONE_SYSVSEM)

static volatile int ptid, ctid_set, ctid_clear = -1;
static volatile uint64_t child_tls, child_ran, child_tid_seen;
static uint8_t stack1[65536] __attribute__((aligned(16)));
static uint8_t stack2[65536] __attribute__((aligned(16)));

/* The child: no libc (it shares the parent's TLS unless CLONE_SETTLS). */
static void child_body(void)
{
	uint64_t tls;
	asm volatile("mrs %0, tpidr_el0" : "=r"(tls));
	child_tls = tls;
	child_tid_seen = ptid;          /* set before the child runs */
	child_ran = 1;
	register long x8 asm("x8") = SYS_exit, x0 asm("x0") = 0;
	asm volatile("svc 0" : : "r"(x8), "r"(x0) : "memory");
	for (;;)
		;
}

/* clone(flags, newsp, parent_tid, tls, child_tid); the child calls fn. */
static long raw_clone(unsigned long flags, void *sp, volatile int *ptidp, uint64_t tls,
		      volatile int *ctidp, void (*fn)(void))
{
	register long x8 asm("x8") = SYS_clone;
	register long x0 asm("x0") = (long)flags;
	register long x1 asm("x1") = (long)sp, x2 asm("x2") = (long)ptidp;
	register long x3 asm("x3") = (long)tls, x4 asm("x4") = (long)ctidp;
	register long x19 asm("x19") = (long)fn;
	asm volatile("svc 0\n\tcbnz x0, 1f\n\tblr x19\n1:"
		     : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x19)
		     : "memory", "x30");
	return x0;
}

static long raw_clone3(struct clone_args *a, size_t size, void (*fn)(void))
{
	register long x8 asm("x8") = SYS_clone3;
	register long x0 asm("x0") = (long)a;
	register long x1 asm("x1") = (long)size;
	register long x19 asm("x19") = (long)fn;
	asm volatile("svc 0\n\tcbnz x0, 1f\n\tblr x19\n1:"
		     : "+r"(x0) : "r"(x8), "r"(x1), "r"(x19) : "memory", "x30");
	return x0;
}

static void wait_clear(volatile int *p)
{
	int v;
	while ((v = *p) != 0)
		syscall(SYS_futex, p, FUTEX_WAIT, v, NULL, NULL, 0);
}

static const char *err(long r)
{
	return r >= 0 ? "ok" : strerrorname_np((int)-r);
}

int main(void)
{
	long tid;

	ctid_clear = -1;
	tid = raw_clone(THREAD_FLAGS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID | CLONE_SETTLS,
			stack1 + sizeof stack1, &ptid, 0x1234560, &ctid_clear, child_body);
	printf("clone: tid > 0 %d, parent_tid written before return %d\n", tid > 0, ptid == tid);
	wait_clear(&ctid_clear);
	printf("clone child: ran %d, saw its tid %d, tls %#llx, tid word cleared %d\n",
	       (int)child_ran, child_tid_seen == (uint64_t)tid,
	       (unsigned long long)child_tls, ctid_clear);

	child_ran = 0; ptid = 0; ctid_clear = -1; ctid_set = 0;
	struct clone_args a = {
		.flags = THREAD_FLAGS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID | CLONE_SETTLS,
		.parent_tid = (uintptr_t)&ptid, .child_tid = (uintptr_t)&ctid_clear,
		.stack = (uintptr_t)stack2, .stack_size = sizeof stack2, .tls = 0xabc000,
	};
	tid = raw_clone3(&a, sizeof a, child_body);
	printf("clone3: tid > 0 %d, parent_tid written %d\n", tid > 0, ptid == tid);
	wait_clear(&ctid_clear);
	printf("clone3 child: ran %d, tls %#llx, tid word cleared %d\n", (int)child_ran,
	       (unsigned long long)child_tls, ctid_clear);

	/* Refused as Linux refuses them (copy_process, clone3_args_valid). */
	printf("THREAD without SIGHAND: %s\n",
	       err(raw_clone(CLONE_VM | CLONE_THREAD, stack1 + 4096, 0, 0, 0, child_body)));
	printf("SIGHAND without VM: %s\n",
	       err(raw_clone(CLONE_SIGHAND, stack1 + 4096, 0, 0, 0, child_body)));
	printf("NEWNS with FS: %s\n",
	       err(raw_clone(CLONE_NEWNS | CLONE_FS, 0, 0, 0, 0, child_body)));
	printf("PIDFD with PARENT_SETTID: %s\n",
	       err(raw_clone(CLONE_PIDFD | CLONE_PARENT_SETTID | SIGCHLD, 0, 0, 0, 0, child_body)));
	struct { struct clone_args a; uint64_t extra[4]; } big = { .a = { .exit_signal = SIGCHLD } };
	printf("clone3 size 32: %s\n", err(raw_clone3(&big.a, 32, child_body)));
	printf("clone3 size 8192: %s\n", err(raw_clone3(&big.a, 8192, child_body)));
	big.extra[2] = 1;
	printf("clone3 unknown nonzero field: %s\n", err(raw_clone3(&big.a, sizeof big, child_body)));
	big.extra[2] = 0;
	big.a.flags = CLONE_THREAD | CLONE_SIGHAND | CLONE_VM;
	printf("clone3 THREAD with exit signal: %s\n", err(raw_clone3(&big.a, sizeof big.a, child_body)));
	big.a.flags = 0;
	big.a.exit_signal = 0x1ff;
	printf("clone3 bad exit signal: %s\n", err(raw_clone3(&big.a, sizeof big.a, child_body)));
	big.a.exit_signal = SIGCHLD;
	big.a.stack_size = 4096;
	printf("clone3 stack_size without stack: %s\n", err(raw_clone3(&big.a, sizeof big.a, child_body)));
	big.a.flags = CLONE_SIGHAND | CLONE_CLEAR_SIGHAND;
	big.a.stack_size = 0;
	printf("clone3 SIGHAND with CLEAR_SIGHAND: %s\n", err(raw_clone3(&big.a, sizeof big.a, child_body)));
	return 0;
}
