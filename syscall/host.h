/*
 * host.h - raw x86-64 host system calls that return -errno.
 *
 * The syscall layer calls the host kernel directly rather than through
 * libc wrappers: the result is already in the kernel's "value or -errno"
 * form the guest expects, nothing touches errno, and libc cannot add
 * behaviour of its own (caching, emulation, cancellation points).
 * x86-64 convention: rax = number, rdi rsi rdx r10 r8 r9, clobbers rcx, r11.
 *
 *     long r = host_syscall(SYS_openat, AT_FDCWD, (long)path, O_RDONLY, 0, 0, 0);
 */
#ifndef FERRY_SYSCALL_HOST_H
#define FERRY_SYSCALL_HOST_H

#include <sys/syscall.h>

static inline long host_syscall(long nr, long a0, long a1, long a2,
                                long a3, long a4, long a5)
{
    register long r10 __asm__("r10") = a3;
    register long r8 __asm__("r8") = a4;
    register long r9 __asm__("r9") = a5;
    long ret;

    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a0), "S"(a1), "d"(a2), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

/* A host result is an error when it lies in [-4095, -1] (as the kernel). */
static inline int host_is_error(long r)
{
    return (unsigned long)r > -4096ul;
}

#endif
