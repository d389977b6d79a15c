/*
 * fault.c - host handlers for SIGSEGV, SIGBUS, SIGILL and SIGFPE, and the
 * guest's default actions.
 *
 * A default action that ends the process does it as the guest kernel
 * would: the disposition is reset to SIG_DFL, core dumps are switched off
 * (the core would be ferry's, not the guest's), and the signal is raised
 * again, so the parent's wait status shows the same signal as on real
 * hardware.
 *
 * The four fault signals always reach host_fault(): one sent by a
 * process (kill, tgkill: si_code <= 0) is queued for the guest like any
 * other signal.  A data fault in translated code still takes the default
 * action: recovering the guest registers at an arbitrary host
 * instruction of a block is not implemented yet (the guest's SIGSEGV
 * handler does not run for it).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>
#include "ferry.h"
#include "guest_signal.h"
#include "safe_syscall.h"

#define ALTSTACK_SIZE (64 * 1024)

static const uint8_t *code_start, *code_end;
bool (*signal_fault_hook)(int sig, siginfo_t *si, void *ucontext);
/* Set while signal_copy_guest runs: where a fault returns to. */
static __thread sigjmp_buf *volatile copy_recover;   /* volatile: memcpy must not hide it */

/* The handler runs with SA_NODEFER, so jumping out leaves the mask as it
 * was; memcpy and the string loop touch no state that a jump could tear. */
bool signal_copy_guest(void *dst, const void *src, size_t n)
{
    sigjmp_buf env;

    if (sigsetjmp(env, 0)) {
        copy_recover = NULL;
        return false;
    }
    copy_recover = &env;
    memcpy(dst, src, n);
    copy_recover = NULL;
    return true;
}

long signal_copy_guest_str(char *dst, const char *src, size_t max)
{
    sigjmp_buf env;
    volatile size_t i = 0;

    if (sigsetjmp(env, 0)) {
        copy_recover = NULL;
        return -1;
    }
    copy_recover = &env;
    for (; i < max; i++) {
        dst[i] = src[i];
        if (!src[i])
            break;
    }
    copy_recover = NULL;
    return i < max ? (long)i : -1;
}

void signal_set_code_range(const void *start, size_t len)
{
    code_start = start;
    code_end = (const uint8_t *)start + len;
}

static void raise_for_real(int sig)
{
    sigset_t set;

    host_sigaction(sig, (void *)SIG_DFL, 0, NULL);     /* raw: 32 and 33 too */
    host_sigset_empty(&set);
    host_sigset_add(&set, sig);
    host_sigmask(SIG_UNBLOCK, &set, NULL);
    syscall(SYS_tgkill, getpid(), (pid_t)syscall(SYS_gettid), sig);
}

void signal_guest_default_action(int sig)
{
    struct rlimit none = { 0, 0 };

    switch (signal_default(sig)) {
    case SIGDEF_IGN:
    case SIGDEF_CONT:
        return;
    case SIGDEF_STOP:
        raise_for_real(SIGSTOP);   /* returns once continued */
        return;
    case SIGDEF_CORE:
        setrlimit(RLIMIT_CORE, &none);
        /* fall through */
    case SIGDEF_TERM:
        break;
    }
    log_flush();
    raise_for_real(sig);
    _exit(128 + sig);   /* not reached: the signal is unblocked and SIG_DFL */
}

static void host_fault(int sig, siginfo_t *si, void *uc_)
{
    ucontext_t *uc = uc_;
    const uint8_t *pc = (const uint8_t *)uc->uc_mcontext.gregs[REG_RIP];
    bool in_code = pc >= code_start && pc < code_end;

    if (signal_fault_hook && signal_fault_hook(sig, si, uc_))
        return;
    if (copy_recover && (sig == SIGSEGV || sig == SIGBUS))
        siglongjmp(*copy_recover, 1);
    if (si->si_code <= 0) {         /* sent, not a fault: SI_USER, SI_TKILL... */
        struct guest_siginfo g;
        memcpy(&g, si, sizeof g);
        signal_queue(sig, &g);
        safe_syscall_fixup(uc_);
        return;
    }

    /* A fault in translated code is the guest's; elsewhere it is most
     * likely a ferry bug, worth naming under -d unimp. */
    if (log_enabled(LOG_UNIMP) || (!in_code && log_enabled(LOG_EXEC)))
        log_msg("%s: host %s at %s pc %p, fault address %p\n", ferry_progname,
                signal_name(sig), in_code ? "translated-code" : "ferry", (void *)pc,
                si->si_addr);
    signal_guest_default_action(sig);
}

void signal_init(void)
{
    static const int faults[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE };
    stack_t ss = { .ss_size = ALTSTACK_SIZE };
    struct sigaction sa;

    ss.ss_sp = malloc(ALTSTACK_SIZE);
    if (ss.ss_sp && sigaltstack(&ss, NULL) != 0)
        free(ss.ss_sp);
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = host_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < ARRAY_SIZE(faults); i++)
        sigaction(faults[i], &sa, NULL);
    pthread_atfork(NULL, NULL, signal_pending_clear);
}
