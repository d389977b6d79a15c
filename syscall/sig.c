/*
 * sig.c - the signal syscalls.  The guest's signal state lives in
 * signal/ (guest_signal.h); these handlers copy the guest's structures
 * in and out and check the arguments as the kernel does
 * (kernel/signal.c: sigsetsize must be 8, SIGKILL/SIGSTOP fixed).
 */
#include <errno.h>
#include <string.h>
#include "guest_signal.h"
#include "internal.h"

#define GUEST_SIGSET_SIZE 8     /* _NSIG / 8 on every 64-bit Linux */

long sys_rt_sigaction(struct sc_call *c)
{
    struct guest_sigaction act, old;
    long r;

    if (c->a[3] != GUEST_SIGSET_SIZE)
        return -EINVAL;
    if (c->a[1] && sc_get(&act, c->a[1], sizeof act))
        return -EFAULT;
    r = signal_set_action((int)c->a[0], c->a[1] ? &act : NULL, &old);
    if (r == 0 && c->a[2])
        r = sc_put(c->a[2], &old, sizeof old);
    return r;
}

long sys_rt_sigprocmask(struct sc_call *c)
{
    uint64_t set, old;
    long r;

    if (c->a[3] != GUEST_SIGSET_SIZE)
        return -EINVAL;
    if (c->a[1] && sc_get(&set, c->a[1], sizeof set))
        return -EFAULT;
    r = signal_set_mask(c->t, (int)c->a[0], c->a[1] ? &set : NULL, &old);
    if (r == 0 && c->a[2])
        r = sc_put(c->a[2], &old, sizeof old);
    return r;
}

long sys_sigaltstack(struct sc_call *c)
{
    struct guest_stack ss, old;
    long r;

    /* No guest handler can be running yet, so the guest is never on its
     * alternate stack (delivery will pass the real answer). */
    if (c->a[0] && sc_get(&ss, c->a[0], sizeof ss))
        return -EFAULT;
    r = signal_set_altstack(c->a[0] ? &ss : NULL, &old, false, c->abi->min_sigstksz);
    if (r == 0 && c->a[1])
        r = sc_put(c->a[1], &old, sizeof old);
    return r;
}

long sys_rt_sigreturn(struct sc_call *c)
{
    if (log_enabled(LOG_UNIMP))
        log_msg("%s: rt_sigreturn at pc 0x%llx without a signal frame "
                "(signal delivery not implemented yet)\n",
                ferry_progname, (unsigned long long)sc_pc(c));
    return -ENOSYS;
}

static long getpid_host(void)
{
    return host_syscall(SYS_getpid, 0, 0, 0, 0, 0, 0);
}

static long gettid_host(void)
{
    return host_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0);
}

/* kill(2) to ourselves follows the guest's disposition, not the host's. */
long sys_kill(struct sc_call *c)
{
    int sig = (int)c->a[1];

    if ((long)(int)c->a[0] == getpid_host() && sig && !signal_self_send_ok(sig))
        return 0;
    return sc_pass(c);
}

long sys_tkill(struct sc_call *c)
{
    int sig = (int)c->a[1];

    if ((long)(int)c->a[0] == gettid_host() && sig && !signal_self_send_ok(sig))
        return 0;
    return sc_pass(c);
}

long sys_tgkill(struct sc_call *c)
{
    int sig = (int)c->a[2];

    if ((long)(int)c->a[0] == getpid_host() && (long)(int)c->a[1] == gettid_host() &&
        sig && !signal_self_send_ok(sig))
        return 0;
    return sc_pass(c);
}
