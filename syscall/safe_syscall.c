/*
 * safe_syscall.c - blocking host syscalls without the signal race; see
 * safe_syscall.h for the protocol.
 *
 * The routine is x86-64 assembly, written here as a file-scope asm
 * statement rather than a .S file so the build needs no assembler
 * support in configure (AM_PROG_AS).  Its window is the labels
 * safe_syscall_start .. safe_syscall_end: the test of the pending flag,
 * the branch, and the 2-byte syscall instruction, which ends at
 * safe_syscall_end.  RIP in [start, end) means the kernel has not run the
 * call (or has set RIP back to the syscall instruction to restart it
 * itself), so the call may be abandoned; RIP == end means the call ran.
 * No stack frame is made, so the return path is a plain `ret` from
 * wherever in the window the handler found the thread.
 *
 * System V arguments: rdi = pending, rsi = nr, rdx rcx r8 r9 = a0..a3,
 * 8(%rsp) 16(%rsp) = a4 a5; the kernel's: rax = nr, rdi rsi rdx r10 r8 r9
 * (it clobbers rcx and r11; r11 holds the flag pointer until then).
 */
#define _GNU_SOURCE
#include <signal.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include "host.h"
#include "safe_syscall.h"
#include "thread.h"

__asm__(
    "    .text\n"
    "    .globl safe_syscall_base\n"
    "    .type safe_syscall_base, @function\n"
    "safe_syscall_base:\n"
    "    .cfi_startproc\n"
    "    mov %rdi, %r11\n"
    "    mov %rsi, %rax\n"
    "    mov %rdx, %rdi\n"
    "    mov %rcx, %rsi\n"
    "    mov %r8, %rdx\n"
    "    mov %r9, %r10\n"
    "    mov 8(%rsp), %r8\n"
    "    mov 16(%rsp), %r9\n"
    "    .globl safe_syscall_start\n"
    "safe_syscall_start:\n"
    "    cmpl $0, (%r11)\n"
    "    jne safe_syscall_restart\n"
    "    syscall\n"
    "    .globl safe_syscall_end\n"
    "safe_syscall_end:\n"
    "    ret\n"
    "    .globl safe_syscall_restart\n"
    "safe_syscall_restart:\n"
    "    mov $-512, %rax\n"         /* SYSCALL_ERESTART */
    "    ret\n"
    "    .cfi_endproc\n"
    "    .size safe_syscall_base, .-safe_syscall_base\n");

extern const char safe_syscall_start[], safe_syscall_end[], safe_syscall_restart[];

long safe_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5)
{
    struct ferry_thread *t = current_thread;

    if (!t || !t->cpu)
        return host_syscall(nr, a0, a1, a2, a3, a4, a5);
    return safe_syscall_base(&t->cpu->exit_request, nr, a0, a1, a2, a3, a4, a5);
}

bool safe_syscall_fixup(void *ucontext)
{
    ucontext_t *uc = ucontext;
    greg_t *rip = &uc->uc_mcontext.gregs[REG_RIP];

    if ((uintptr_t)*rip < (uintptr_t)safe_syscall_start ||
        (uintptr_t)*rip >= (uintptr_t)safe_syscall_end)
        return false;
    *rip = (greg_t)(uintptr_t)safe_syscall_restart;
    return true;
}

/* The calls that can wait for another party (signal(7) lists the ones
 * SA_RESTART concerns, and the ones it never restarts). */
bool safe_syscall_blocking(long host_nr)
{
    switch (host_nr) {
    case SYS_read: case SYS_write: case SYS_readv: case SYS_writev:
    case SYS_pread64: case SYS_pwrite64: case SYS_preadv: case SYS_pwritev:
    case SYS_preadv2: case SYS_pwritev2:
    case SYS_wait4: case SYS_waitid:
    case SYS_accept: case SYS_accept4: case SYS_connect:
    case SYS_recvfrom: case SYS_recvmsg: case SYS_recvmmsg:
    case SYS_sendto: case SYS_sendmsg: case SYS_sendmmsg:
    case SYS_flock: case SYS_fcntl:
    case SYS_futex: case SYS_futex_waitv:
    case SYS_nanosleep: case SYS_clock_nanosleep:
    case SYS_ppoll: case SYS_pselect6: case SYS_epoll_pwait: case SYS_epoll_pwait2:
    case SYS_rt_sigtimedwait:
    case SYS_msgrcv: case SYS_msgsnd: case SYS_semop: case SYS_semtimedop:
    case SYS_mq_timedsend: case SYS_mq_timedreceive:
    case SYS_splice: case SYS_tee: case SYS_vmsplice: case SYS_sendfile:
    case SYS_copy_file_range:
        return true;
    default:
        return false;
    }
}
