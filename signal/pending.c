/*
 * pending.c - the thread's queue of pending guest signals, and the host
 * handler that fills it.
 *
 * A host signal for which the guest has a handler runs host_catch():
 * it converts the number (sigmap.c), keeps the host's siginfo (the same
 * layout on arm64 and x86-64: si_pid, si_uid, si_status, si_value...),
 * queues it and sets cpu->exit_request so translated code leaves at the
 * next block entry; the exec loop then delivers (deliver.c).  A thread
 * caught between its last check and a blocking host syscall is moved off
 * the syscall (safe_syscall_fixup, syscall/safe_syscall.h).
 *
 * Standard signals are pending at most once (kernel legacy_queue);
 * real-time signals queue in order, up to PENDING_MAX entries in all.
 * Producer and consumer never run at once: the host handler runs with
 * every host signal blocked, and the other functions block them too.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include "guest_signal.h"
#include "safe_syscall.h"

#define PENDING_MAX 64

struct pending_entry {
    int sig;
    struct guest_siginfo info;
};

static __thread struct {
    volatile uint64_t bits;             /* GUEST_SIGBIT of every queued signal */
    unsigned n;
    struct pending_entry q[PENDING_MAX];
} pend;

static void block_all(sigset_t *old)
{
    sigset_t all;
    host_sigset_fill(&all);
    host_sigmask(SIG_SETMASK, &all, old);
}

static void restore(const sigset_t *old)
{
    host_sigmask(SIG_SETMASK, old, NULL);
}

/* With host signals blocked. */
static void push(int sig, const struct guest_siginfo *info)
{
    if (sig < 32 && (pend.bits & GUEST_SIGBIT(sig)))
        return;
    if (pend.n == PENDING_MAX)
        return;                 /* kernel: over RLIMIT_SIGPENDING, dropped */
    pend.q[pend.n].sig = sig;
    pend.q[pend.n].info = *info;
    pend.n++;
    pend.bits |= GUEST_SIGBIT(sig);
    if (current_thread && current_thread->cpu)
        current_thread->cpu->exit_request = 1;
}

void signal_queue(int sig, const struct guest_siginfo *info)
{
    sigset_t old;

    if (sig < 1 || sig > GUEST_NSIG)
        return;
    block_all(&old);
    push(sig, info);
    restore(&old);
}

static void host_catch(int host_sig, siginfo_t *si, void *uc)
{
    struct guest_siginfo g;
    int sig = signal_guest_of(host_sig);

    if (!sig)
        return;
    memcpy(&g, si, sizeof g);
    g.si_signo = sig;
    push(sig, &g);
    safe_syscall_fixup(uc);     /* about to block: do not (safe_syscall.h) */
}

void signal_host_catch(int sig)
{
    sigset_t all;
    int host = signal_host_of(sig);

    if (!host)
        return;
    /* No SA_RESTART: a blocking host syscall must return -EINTR so the
     * guest's handler can run (deliver.c restarts it if the guest asked).
     * Raw rt_sigaction: host 32 and 33 too (host_sig.c). */
    host_sigset_fill(&all);
    host_sigaction(host, (void *)host_catch, SA_SIGINFO | SA_ONSTACK, &all);
}

int signal_dequeue(uint64_t want, struct guest_siginfo *info)
{
    sigset_t old;
    uint64_t ready;
    int sig = 0;

    if (!(pend.bits & want))
        return 0;
    block_all(&old);
    ready = pend.bits & want;
    if (ready) {
        sig = __builtin_ctzll(ready) + 1;
        unsigned i = 0, more = 0;
        while (pend.q[i].sig != sig)
            i++;
        *info = pend.q[i].info;
        memmove(&pend.q[i], &pend.q[i + 1], (pend.n - i - 1) * sizeof pend.q[0]);
        pend.n--;
        for (unsigned j = 0; j < pend.n; j++)
            more |= pend.q[j].sig == sig;
        if (!more)
            pend.bits &= ~GUEST_SIGBIT(sig);
    }
    restore(&old);
    return sig;
}

/* vfork: with host signals blocked (signal_vfork_save). */
void *signal_pending_save(void)
{
    void *p = malloc(sizeof pend);

    if (p)
        memcpy(p, (const void *)&pend, sizeof pend);
    return p;
}

void signal_pending_restore(void *saved)
{
    if (saved)
        memcpy((void *)&pend, saved, sizeof pend);
    else
        signal_pending_clear();
    free(saved);
}

uint64_t signal_pending_bits(void)
{
    return pend.bits;
}

void signal_pending_clear(void)
{
    pend.bits = 0;
    pend.n = 0;
}
