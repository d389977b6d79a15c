/*
 * safe_syscall.h - blocking host syscalls without the signal race
 * (DESIGN.md "Signals"; QEMU's name for the technique is safe_syscall).
 *
 * The race: a guest signal is checked for at block entry and after each
 * syscall; one that arrives after the last check but before a blocking
 * host syscall starts is queued by the host handler, and the syscall
 * then blocks as if nothing had happened (for ever, for a read on an
 * idle pipe).
 *
 * The answer: blocking calls go through safe_syscall_base(), a few x86-64
 * instructions (safe_syscall.c) that test the thread's pending flag
 * (cpu->exit_request, set by every host handler that queues a guest
 * signal) and then execute `syscall`.  A host handler that interrupts the
 * thread between that test and the syscall instruction (inclusive: a
 * syscall the kernel restarts itself comes back to that address) calls
 * safe_syscall_fixup(), which moves RIP to a return path yielding
 * SYSCALL_ERESTART.  Either way the call has not happened, and
 * signal_after_syscall() (signal/deliver.c) decides as the kernel does:
 * the call again, or -EINTR when a handler without SA_RESTART runs or the
 * call is one Linux never restarts.  SYSCALL_ERESTART never reaches the
 * guest.
 *
 *     long r = safe_syscall(SYS_read, fd, (long)buf, n, 0, 0, 0);
 *     ...  in a host signal handler, after queueing:
 *     safe_syscall_fixup(ucontext);
 */
#ifndef FERRY_SYSCALL_SAFE_SYSCALL_H
#define FERRY_SYSCALL_SAFE_SYSCALL_H

#include <stdbool.h>
#include <stdint.h>

/* The kernel's ERESTARTSYS value, used only inside ferry. */
#define SYSCALL_ERESTART (-512L)

/* The assembly routine: *pending nonzero -> SYSCALL_ERESTART without
 * entering the kernel; else the host syscall nr(a0..a5), -errno on error. */
long safe_syscall_base(volatile int32_t *pending, long nr, long a0, long a1, long a2,
                       long a3, long a4, long a5);

/* safe_syscall_base on the current guest thread's pending flag (a plain
 * host syscall when the host thread runs no guest thread). */
long safe_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5);

/* Whether host syscall nr may block and so goes through safe_syscall
 * (sc_pass routes these). */
bool safe_syscall_blocking(long host_nr);

/* For host signal handlers: if the interrupted RIP (ucontext_t *) lies in
 * safe_syscall's window, move it to the SYSCALL_ERESTART return; true
 * when it did. */
bool safe_syscall_fixup(void *ucontext);

#endif
