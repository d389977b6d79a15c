/*
 * action.c - the guest's signal dispositions, blocked mask and alternate
 * stack, and what of them is mirrored to the host.
 *
 * Mirrored: a guest SIG_IGN or SIG_DFL becomes the host disposition (so
 * that ignoring SIGPIPE or SIGCHLD works and is inherited across execve),
 * a guest handler becomes ferry's queueing host handler (pending.c), and
 * the guest's blocked mask becomes the host's, so a blocked signal waits
 * in the host kernel until the guest unblocks it.  Never mirrored: the
 * synchronous fault signals ferry itself handles (see fault.c), which the
 * host must always deliver to ferry.
 *
 * The alternate stack is kept as the kernel keeps it (kernel/signal.c
 * do_sigaltstack, sigsp, __save_altstack): flags as given, SS_DISABLE
 * with sp and size 0 when there is none.
 *
 * Threads: dispositions belong to the process (one table, changed under
 * a lock, as the kernel's sighand); the blocked mask is the thread's
 * (ferry_thread.sigmask, mirrored to its host thread with a raw
 * rt_sigprocmask, host_sig.c), and so is the alternate stack (__thread: a new host
 * thread starts with none, as a CLONE_VM child does; a fork keeps it).
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include "ferry.h"
#include "guest_signal.h"

#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1u << 31)    /* include/uapi/linux/signal.h */
#endif

static struct guest_sigaction process_actions[GUEST_NSIG + 1];
/* A vfork child's own copy (NULL: the process table); see
 * signal_vfork_child.  On the parent thread's TLS, so the parent puts it
 * back to NULL when the child is gone. */
static __thread struct guest_sigaction *vfork_actions;

static struct guest_sigaction *table(void)
{
    return vfork_actions ? vfork_actions : process_actions;
}
static pthread_mutex_t actions_lock = PTHREAD_MUTEX_INITIALIZER;
#define SS_FLAG_BITS SS_AUTODISARM

static __thread struct guest_stack altstack = { .ss_flags = SS_DISABLE };

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
    return sig >= 1 && sig <= GUEST_NSIG ? &table()[sig] : NULL;
}

static void mirror_action(int sig, uint64_t handler)
{
    int host = signal_host_of(sig);

    if (host_owned(sig) || !host)
        return;
    if (handler > GUEST_SIG_IGN) {
        signal_host_catch(sig);
        return;
    }
    host_sigaction(host, handler == GUEST_SIG_IGN ? (void *)SIG_IGN : (void *)SIG_DFL, 0, NULL);
}

void signal_reset_action(int sig)
{
    if (sig < 1 || sig > GUEST_NSIG)
        return;
    pthread_mutex_lock(&actions_lock);
    table()[sig].handler = GUEST_SIG_DFL;
    mirror_action(sig, GUEST_SIG_DFL);
    pthread_mutex_unlock(&actions_lock);
}

void signal_reclaim_host_signals(void)
{
    pthread_mutex_lock(&actions_lock);
    mirror_action(32, table()[32].handler);
    mirror_action(33, table()[33].handler);
    pthread_mutex_unlock(&actions_lock);
}

long signal_set_action(int sig, const struct guest_sigaction *act,
                       struct guest_sigaction *old)
{
    if (sig < 1 || sig > GUEST_NSIG)
        return -EINVAL;
    if (act && (sig == SIGKILL || sig == SIGSTOP))
        return -EINVAL;
    pthread_mutex_lock(&actions_lock);
    if (old)
        *old = table()[sig];
    if (act) {
        table()[sig] = *act;
        table()[sig].mask &= ~(GUEST_SIGBIT(SIGKILL) | GUEST_SIGBIT(SIGSTOP));
        mirror_action(sig, act->handler);
    }
    pthread_mutex_unlock(&actions_lock);
    return 0;
}

void signal_vfork_save(struct signal_vfork_saved *s)
{
    sigset_t all;

    host_sigset_fill(&all);
    host_sigmask(SIG_SETMASK, &all, &s->host_mask);
    s->pending = signal_pending_save();
    signal_deliver_save(s);
    s->altstack = altstack;
}

void signal_vfork_child(void)
{
    struct guest_sigaction *copy = malloc(sizeof process_actions);

    signal_pending_clear();
    pthread_mutex_lock(&actions_lock);
    if (copy)
        memcpy(copy, process_actions, sizeof process_actions);
    vfork_actions = copy;   /* without memory: shared, as before */
    pthread_mutex_unlock(&actions_lock);
}

void signal_vfork_restore(struct signal_vfork_saved *s)
{
    free(vfork_actions);
    vfork_actions = NULL;
    altstack = s->altstack;
    signal_deliver_restore(s);
    signal_pending_restore(s->pending);
    host_sigmask(SIG_SETMASK, &s->host_mask, NULL);
}

void signal_host_set(sigset_t *set, uint64_t guest_mask)
{
    host_sigset_empty(set);
    for (int sig = 1; sig <= GUEST_NSIG; sig++)
        if ((guest_mask & GUEST_SIGBIT(sig)) && signal_host_of(sig) && !host_owned(sig))
            host_sigset_add(set, signal_host_of(sig));
}

static void mirror_mask(uint64_t mask)
{
    sigset_t set;

    signal_host_set(&set, mask);
    host_sigmask(SIG_SETMASK, &set, NULL);     /* raw: host 32 and 33 too */
}

void signal_apply_mask(struct ferry_thread *t, uint64_t mask)
{
    t->sigmask = mask & ~(GUEST_SIGBIT(SIGKILL) | GUEST_SIGBIT(SIGSTOP));
    mirror_mask(t->sigmask);
}

long signal_set_mask(struct ferry_thread *t, int how, const uint64_t *set, uint64_t *old)
{
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
    signal_apply_mask(t, m);
    return 0;
}

/* kernel on_sig_stack() for a stack growing down */
static bool on_altstack(uint64_t sp)
{
    if (altstack.ss_flags & SS_AUTODISARM)
        return false;
    return sp > altstack.ss_sp && sp - altstack.ss_sp <= altstack.ss_size;
}

/* kernel sas_ss_flags() */
static int altstack_flags(uint64_t sp)
{
    if (!altstack.ss_size)
        return SS_DISABLE;
    return on_altstack(sp) ? SS_ONSTACK : 0;
}

long signal_set_altstack(const struct guest_stack *ss, struct guest_stack *old,
                         uint64_t sp, uint64_t min_size)
{
    if (old) {
        *old = altstack;
        old->pad = 0;
        old->ss_flags = altstack_flags(sp) | (altstack.ss_flags & SS_FLAG_BITS);
    }
    if (!ss)
        return 0;
    if (on_altstack(sp))
        return -EPERM;
    int mode = ss->ss_flags & ~SS_FLAG_BITS;
    if (mode != SS_DISABLE && mode != SS_ONSTACK && mode != 0)
        return -EINVAL;
    if (mode == SS_DISABLE) {
        memset(&altstack, 0, sizeof altstack);
        altstack.ss_flags = ss->ss_flags;
        return 0;
    }
    if (ss->ss_size < min_size)
        return -ENOMEM;
    altstack = *ss;
    altstack.pad = 0;
    return 0;
}

uint64_t signal_frame_top(uint64_t sp, uint64_t sa_flags, struct guest_stack *uc_stack)
{
    uint64_t top = sp;

    if ((sa_flags & GUEST_SA_ONSTACK) && altstack_flags(sp) == 0)
        top = altstack.ss_sp + altstack.ss_size;
    *uc_stack = altstack;
    if (altstack.ss_flags & SS_AUTODISARM) {
        memset(&altstack, 0, sizeof altstack);
        altstack.ss_flags = SS_DISABLE;
    }
    return top;
}
