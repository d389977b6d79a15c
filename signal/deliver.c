/*
 * deliver.c - running the guest's signal handlers: the kernel's
 * get_signal / handle_signal / rt_sigreturn, minus the frame layout
 * (the guest's setup_sigframe and sigreturn hooks, include/guest.h).
 *
 * Delivery points: the exec loop calls signal_deliver_pending() when a
 * block exits with EXIT_INTERRUPT and signal_after_syscall() after every
 * syscall; signal_raise_guest() comes from raise_exception() for faults.
 * Every deliverable signal gets its frame, each on top of the previous
 * one (as arm64's do_notify_resume loops), so the last one runs first.
 *
 * Restarting (kernel -ERESTARTSYS): ferry's host handlers have no
 * SA_RESTART, so a blocking host call returns -EINTR when a signal comes.
 * If the call is one the kernel restarts (syscall/sig.c knows which) and
 * the handler has SA_RESTART (or no handler runs), the guest's PC goes
 * back to the SVC and x0 gets its first argument again, so the call is
 * made again after the handler returns.
 *
 * No window: a signal that arrives after the last check but before a
 * blocking host call starts makes safe_syscall (syscall/safe_syscall.h)
 * return SYSCALL_ERESTART without making the call; it is then restarted
 * or fails with -EINTR by the same rule.
 */
#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include "ferry.h"
#include "guest_signal.h"
#include "safe_syscall.h"

/* Per thread, as the kernel keeps them in the task: */
static __thread bool suspend_active;    /* rt_sigsuspend: restore suspend_saved */
static __thread uint64_t suspend_saved;
static __thread bool sigreturn_done;    /* the syscall was rt_sigreturn: no restart */

static void trace_delivery(int sig, const struct guest_siginfo *info, uint64_t handler)
{
    const char *name = signal_name(sig);

    if (!log_enabled(LOG_STRACE))
        return;
    if (name)
        log_msg("--- %s {si_code=%d, si_pid=%d, si_addr=0x%" PRIx64 "} handler 0x%" PRIx64
                " ---\n", name, info->si_code, info->u.kill.pid, info->u.addr, handler);
    else
        log_msg("--- SIGRT_%d {si_code=%d} handler 0x%" PRIx64 " ---\n", sig - 32,
                info->si_code, handler);
}

/* handle_signal(): the frame, then the handler's mask and SA_RESETHAND. */
static void run_handler(struct ferry_thread *t, int sig, const struct guest_siginfo *info,
                        unsigned excp, uint64_t fault_addr)
{
    struct guest_sigaction act = *signal_action(sig);
    struct guest_sigframe f = {
        .sig = sig, .info = info, .act = &act, .excp = excp, .fault_addr = fault_addr,
    };
    uint64_t mask;

    f.sp_top = signal_frame_top(t->arch->cpu_get_sp(t->cpu), act.flags, &f.uc_stack);
    f.saved_mask = suspend_active ? suspend_saved : t->sigmask;
    trace_delivery(sig, info, act.handler);
    if (!t->arch->setup_sigframe(t->cpu, &f)) {
        /* kernel force_sigsegv(): the frame cannot be written */
        if (log_enabled(LOG_UNIMP) || log_enabled(LOG_STRACE))
            log_msg("%s: cannot write the signal frame for signal %d below 0x%" PRIx64
                    ": SIGSEGV\n", ferry_progname, sig, f.sp_top);
        signal_guest_default_action(SIGSEGV);
        return;
    }
    suspend_active = false;
    if (act.flags & GUEST_SA_RESETHAND)
        signal_reset_action(sig);
    mask = t->sigmask | act.mask;
    if (!(act.flags & GUEST_SA_NODEFER))
        mask |= GUEST_SIGBIT(sig);
    signal_apply_mask(t, mask);
}

static void deliver_one(struct ferry_thread *t, int sig, const struct guest_siginfo *info,
                        unsigned excp, uint64_t fault_addr)
{
    const struct guest_sigaction *a = signal_action(sig);

    if (a->handler == GUEST_SIG_IGN)
        return;
    if (a->handler == GUEST_SIG_DFL) {
        signal_guest_default_action(sig);
        return;
    }
    run_handler(t, sig, info, excp, fault_addr);
}

void signal_deliver_pending(struct ferry_thread *t)
{
    struct guest_siginfo info;
    int sig;

    t->cpu->exit_request = 0;
    while ((sig = signal_dequeue(~t->sigmask, &info)))
        deliver_one(t, sig, &info, EXCP_NONE, 0);
    if (suspend_active) {
        suspend_active = false;
        signal_apply_mask(t, suspend_saved);
    }
}

/* The call was interrupted by a signal: ERESTARTSYS (kernel
 * handle_signal / arch do_signal).  With no handler to run, or one with
 * SA_RESTART for a call the kernel restarts, the guest makes the call
 * again; otherwise it gets -EINTR.  not_started: safe_syscall saw the
 * signal before the host call began, which any call may give. */
static void syscall_interrupted(struct ferry_thread *t, long nr, uint64_t arg0,
                                bool not_started)
{
    struct guest_siginfo info;
    bool restartable = syscall_restartable(t, nr);
    int sig = signal_dequeue(~t->sigmask, &info);
    const struct guest_sigaction *a = sig ? signal_action(sig) : NULL;
    bool handler = a && a->handler > GUEST_SIG_IGN;

    if (!handler || (restartable && (a->flags & GUEST_SA_RESTART)))
        syscall_prepare_restart(t, arg0);
    else if (not_started)
        t->arch->syscall_ret(t->cpu, (uint64_t)-EINTR);
    if (sig)
        deliver_one(t, sig, &info, EXCP_NONE, 0);
}

void signal_after_syscall(struct ferry_thread *t, long nr, uint64_t arg0)
{
    long ret;

    if (sigreturn_done) {
        sigreturn_done = false;
        signal_deliver_pending(t);
        return;
    }
    ret = (long)t->arch->syscall_arg(t->cpu, 0);
    if (ret == SYSCALL_ERESTART)
        syscall_interrupted(t, nr, arg0, true);
    else if (ret == -EINTR && syscall_restartable(t, nr))
        syscall_interrupted(t, nr, arg0, false);
    if ((signal_pending_bits() & ~t->sigmask) || suspend_active || t->cpu->exit_request ||
        ret == SYSCALL_ERESTART)
        signal_deliver_pending(t);
}

void signal_raise_guest(struct ferry_thread *t, int sig, int si_code, uint64_t addr,
                        unsigned excp)
{
    struct guest_siginfo info = { .si_signo = sig, .si_code = si_code, .u.addr = addr };
    const struct guest_sigaction *a = signal_action(sig);
    bool blocked = t->sigmask & GUEST_SIGBIT(sig);

    /* kernel force_sig_info_to_task(): a blocked or ignored fault signal
     * gets SIG_DFL and is unblocked, so the default action happens. */
    if (blocked || a->handler == GUEST_SIG_IGN) {
        signal_reset_action(sig);
        if (blocked)
            signal_apply_mask(t, t->sigmask & ~GUEST_SIGBIT(sig));
    }
    deliver_one(t, sig, &info, excp, excp == EXCP_SEGV || excp == EXCP_BUS ? addr : 0);
}

void signal_sigreturn(struct ferry_thread *t, uint64_t min_sigstksz)
{
    struct guest_sigreturn r;

    sigreturn_done = true;
    if (!t->arch->sigreturn(t->cpu, &r)) {
        uint64_t sp = t->arch->cpu_get_sp(t->cpu);
        if (log_enabled(LOG_UNIMP) || log_enabled(LOG_STRACE))
            log_msg("%s: rt_sigreturn: bad signal frame at 0x%" PRIx64 ": SIGSEGV\n",
                    ferry_progname, sp);
        /* arm64_notify_segfault(sp): SEGV_ACCERR when sp is in a mapping */
        signal_raise_guest(t, SIGSEGV, SEGV_ACCERR, sp, EXCP_NONE);
        return;
    }
    signal_apply_mask(t, r.mask);
    /* kernel restore_altstack(): errors (e.g. -EPERM on the stack) ignored */
    signal_set_altstack(&r.uc_stack, NULL, t->arch->cpu_get_sp(t->cpu), min_sigstksz);
}

void signal_suspend_mask(struct ferry_thread *t, uint64_t saved)
{
    (void)t;
    suspend_active = true;
    suspend_saved = saved;
}

void signal_deliver_save(struct signal_vfork_saved *s)
{
    s->suspend_active = suspend_active;
    s->suspend_saved = suspend_saved;
    s->sigreturn_done = sigreturn_done;
    suspend_active = sigreturn_done = false;
}

void signal_deliver_restore(const struct signal_vfork_saved *s)
{
    suspend_active = s->suspend_active;
    suspend_saved = s->suspend_saved;
    sigreturn_done = s->sigreturn_done;
}
