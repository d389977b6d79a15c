/*
 * action.c - the guest's signal dispositions, blocked mask and alternate
 * stack, and what of them is mirrored to the host.
 *
 * Mirrored: a guest SIG_IGN or SIG_DFL becomes the host disposition (so
 * that ignoring SIGPIPE or SIGCHLD works and is inherited across execve),
 * and the guest's blocked mask becomes the host's.  Never mirrored: the
 * synchronous fault signals ferry itself handles (see fault.c), which the
 * host must always deliver to ferry.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include "ferry.h"
#include "guest_signal.h"

#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1u << 31)    /* include/uapi/linux/signal.h */
#endif

static struct guest_sigaction actions[GUEST_NSIG + 1];
static struct guest_stack altstack = { .ss_flags = SS_DISABLE };

static const struct {
    const char *name;
    enum signal_default def;
} signals[32] = {
#define SIGNAL(name, nr, def) [nr] = { #name, SIGDEF_##def },
#include "signals.def"
#undef SIGNAL
};

const char *signal_name(int sig)
{
    return sig > 0 && sig < 32 ? signals[sig].name : NULL;
}

enum signal_default signal_default(int sig)
{
    return sig > 0 && sig < 32 ? signals[sig].def : SIGDEF_TERM;
}

/* Signals ferry keeps for itself on the host. */
static bool host_owned(int sig)
{
    return sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE;
}

const struct guest_sigaction *signal_action(int sig)
{
    return sig >= 1 && sig <= GUEST_NSIG ? &actions[sig] : NULL;
}

static void mirror_action(int sig, uint64_t handler)
{
    struct sigaction sa;

    if (host_owned(sig) || sig >= SIGRTMIN)  /* glibc reserves 32, 33 */
        return;
    memset(&sa, 0, sizeof sa);
    /* A guest handler cannot run yet: the host takes the default action. */
    sa.sa_handler = handler == GUEST_SIG_IGN ? SIG_IGN : SIG_DFL;
    sigaction(sig, &sa, NULL);
}

long signal_set_action(int sig, const struct guest_sigaction *act,
                       struct guest_sigaction *old)
{
    if (sig < 1 || sig > GUEST_NSIG)
        return -EINVAL;
    if (act && (sig == SIGKILL || sig == SIGSTOP))
        return -EINVAL;
    if (old)
        *old = actions[sig];
    if (act) {
        actions[sig] = *act;
        actions[sig].mask &= ~((1ull << (SIGKILL - 1)) | (1ull << (SIGSTOP - 1)));
        mirror_action(sig, act->handler);
    }
    return 0;
}

static void mirror_mask(uint64_t mask)
{
    sigset_t set;

    sigemptyset(&set);
    for (int sig = 1; sig < SIGRTMIN && sig <= GUEST_NSIG; sig++)
        if ((mask & (1ull << (sig - 1))) && !host_owned(sig))
            sigaddset(&set, sig);
    sigprocmask(SIG_SETMASK, &set, NULL);
}

long signal_set_mask(struct ferry_thread *t, int how, const uint64_t *set, uint64_t *old)
{
    const uint64_t unblockable = (1ull << (SIGKILL - 1)) | (1ull << (SIGSTOP - 1));
    uint64_t m = t->sigmask;

    if (old)
        *old = t->sigmask;
    if (!set)
        return 0;
    switch (how) {
    case SIG_BLOCK: m |= *set; break;
    case SIG_UNBLOCK: m &= ~*set; break;
    case SIG_SETMASK: m = *set; break;
    default: return -EINVAL;
    }
    t->sigmask = m & ~unblockable;
    mirror_mask(t->sigmask);
    return 0;
}

long signal_set_altstack(const struct guest_stack *ss, struct guest_stack *old,
                         bool on_stack, uint64_t min_size)
{
    bool on = on_stack && !(altstack.ss_flags & SS_DISABLE);

    if (old) {
        *old = altstack;
        old->ss_flags = (altstack.ss_flags & SS_DISABLE) ? SS_DISABLE
                                                         : (on ? SS_ONSTACK : 0);
    }
    if (!ss)
        return 0;
    if (on)
        return -EPERM;
    if (ss->ss_flags & ~(SS_DISABLE | SS_ONSTACK | SS_AUTODISARM))
        return -EINVAL;
    if (ss->ss_flags & SS_DISABLE) {
        memset(&altstack, 0, sizeof altstack);
        altstack.ss_flags = SS_DISABLE;
        return 0;
    }
    if (ss->ss_size < min_size)
        return -ENOMEM;
    altstack = *ss;
    altstack.ss_flags &= SS_AUTODISARM;
    return 0;
}

bool signal_self_send_ok(int sig)
{
    const struct guest_sigaction *a = signal_action(sig);

    if (!a || sig == SIGKILL || sig == SIGSTOP || a->handler == GUEST_SIG_DFL)
        return true;
    if (a->handler == GUEST_SIG_IGN)
        return false;
    if (log_enabled(LOG_UNIMP))
        log_msg("%s: %s sent to the guest itself would run its handler at 0x%llx: "
                "signal delivery is not implemented yet, signal dropped\n",
                ferry_progname, signal_name(sig) ? signal_name(sig) : "a real-time signal",
                (unsigned long long)a->handler);
    return false;
}
