/*
 * host_sig.c - ferry's own host signal calls, made as raw syscalls.
 *
 * ferry maps guest signals 32 and 33 to host 32 and 33 (sigmap.c), which
 * the host C library keeps for itself: glibc's sigaction() refuses them,
 * sigaddset() and sigfillset() leave them out, and pthread_sigmask()
 * never blocks them.  So every host disposition and mask ferry sets goes
 * through the kernel's rt_sigaction / rt_sigprocmask directly, on the
 * kernel's 64-bit sigset (the first word of a glibc sigset_t).
 *
 * The kernel's x86-64 rt_sigaction needs SA_RESTORER: a handler returns
 * to sa_restorer, which must make rt_sigreturn (host_restorer below).
 *
 *     sigset_t s;  host_sigset_fill(&s);  host_sigmask(SIG_SETMASK, &s, &old);
 *     host_sigaction(SIGUSR1, handler, SA_SIGINFO | SA_ONSTACK, &s);
 */
#define _GNU_SOURCE
#include <string.h>
#include <sys/syscall.h>
#include "guest_signal.h"
#include "host.h"

#define KSIGSET_SIZE 8          /* _NSIG / 8 on x86-64 */
#define HOST_SA_RESTORER 0x04000000

/* arch/x86/include/uapi/asm/signal.h with SA_RESTORER */
struct host_ksigaction {
    void *handler;
    unsigned long flags;
    void (*restorer)(void);
    uint64_t mask;
};

__asm__(
    "    .text\n"
    "    .type ferry_host_restorer, @function\n"
    "ferry_host_restorer:\n"
    "    mov $15, %eax\n"           /* __NR_rt_sigreturn */
    "    syscall\n"
    "    hlt\n"
    "    .size ferry_host_restorer, .-ferry_host_restorer\n");
void ferry_host_restorer(void);

static uint64_t *word(sigset_t *s)
{
    return (uint64_t *)(void *)s;
}

void host_sigset_fill(sigset_t *s)
{
    memset(s, 0, sizeof *s);
    *word(s) = ~0ull;
}

void host_sigset_empty(sigset_t *s)
{
    memset(s, 0, sizeof *s);
}

void host_sigset_add(sigset_t *s, int sig)
{
    if (sig >= 1 && sig <= 64)
        *word(s) |= 1ull << (sig - 1);
}

void host_sigset_del(sigset_t *s, int sig)
{
    if (sig >= 1 && sig <= 64)
        *word(s) &= ~(1ull << (sig - 1));
}

bool host_sigset_has(const sigset_t *s, int sig)
{
    return sig >= 1 && sig <= 64 && (*(const uint64_t *)(const void *)s >> (sig - 1)) & 1;
}

long host_sigmask(int how, const sigset_t *set, sigset_t *old)
{
    if (old)
        memset(old, 0, sizeof *old);
    return host_syscall(SYS_rt_sigprocmask, how, (long)set, (long)old, KSIGSET_SIZE, 0, 0);
}

long host_sigaction(int sig, void *handler, unsigned long flags, const sigset_t *mask)
{
    struct host_ksigaction ka = {
        .handler = handler, .flags = flags | HOST_SA_RESTORER,
        .restorer = ferry_host_restorer,
        .mask = mask ? *(const uint64_t *)(const void *)mask : 0,
    };

    return host_syscall(SYS_rt_sigaction, sig, (long)&ka, 0, KSIGSET_SIZE, 0, 0);
}
