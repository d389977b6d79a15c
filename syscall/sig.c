/*
 * sig.c - the signal syscalls.  The guest's signal state lives in
 * signal/ (guest_signal.h); these handlers copy the guest's structures
 * in and out and check the arguments as the kernel does
 * (kernel/signal.c: sigsetsize must be 8, SIGKILL/SIGSTOP fixed).
 *
 * kill/tkill/tgkill go to the host with the host's signal number (the
 * host kernel fills in siginfo; a signal to ourselves comes back through
 * ferry's host handler and is delivered when the syscall returns).
 * Every guest signal has a host number today (signal/sigmap.c: 32 and 33
 * too); a guest signal without one would be queued inside ferry when
 * sent to ourselves.  Also here: the syscall restart policy
 * signal/deliver.c asks for (syscall_restartable).
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include "futex.h"
#include "guest_signal.h"
#include "internal.h"
#include "safe_syscall.h"

#define GUEST_SIGSET_SIZE 8     /* _NSIG / 8 on every 64-bit Linux */
#define UNBLOCKABLE (GUEST_SIGBIT(SIGKILL) | GUEST_SIGBIT(SIGSTOP))

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
    uint64_t sp = c->t->arch->cpu_get_sp(c->t->cpu);
    long r;

    if (c->a[0] && sc_get(&ss, c->a[0], sizeof ss))
        return -EFAULT;
    r = signal_set_altstack(c->a[0] ? &ss : NULL, &old, sp, c->abi->min_sigstksz);
    if (r == 0 && c->a[1])
        r = sc_put(c->a[1], &old, sizeof old);
    return r;
}

/* Every register comes from the frame: the result must not touch x0. */
long sys_rt_sigreturn(struct sc_call *c)
{
    signal_sigreturn(c->t, c->abi->min_sigstksz);
    return SC_RET_NONE;
}

/* Guest bits of the host's pending set. */
static uint64_t host_pending(void)
{
    sigset_t set;
    uint64_t bits = 0;

    host_sigset_empty(&set);
    host_syscall(SYS_rt_sigpending, (long)&set, _NSIG / 8, 0, 0, 0, 0);
    for (int sig = 1; sig <= GUEST_NSIG; sig++)
        if (signal_host_of(sig) && host_sigset_has(&set, signal_host_of(sig)))
            bits |= GUEST_SIGBIT(sig);
    return bits;
}

long sys_rt_sigpending(struct sc_call *c)
{
    uint64_t bits;

    if (c->a[1] > GUEST_SIGSET_SIZE)
        return -EINVAL;
    bits = (signal_pending_bits() | host_pending()) & c->t->sigmask;
    return sc_put(c->a[0], &bits, c->a[1]);
}

long sys_rt_sigsuspend(struct sc_call *c)
{
    struct ferry_thread *t = c->t;
    uint64_t mask, old = t->sigmask;
    sigset_t all, host;

    if (c->a[1] != GUEST_SIGSET_SIZE)
        return -EINVAL;
    if (sc_get(&mask, c->a[0], sizeof mask))
        return -EFAULT;
    mask &= ~UNBLOCKABLE;
    /* Block everything, look at the queue, then let the host's
     * sigsuspend unblock atomically: no signal slips in between. */
    host_sigset_fill(&all);
    host_sigmask(SIG_SETMASK, &all, NULL);
    signal_host_set(&host, mask);
    while (!(signal_pending_bits() & ~mask))
        host_syscall(SYS_rt_sigsuspend, (long)&host, _NSIG / 8, 0, 0, 0, 0);
    signal_apply_mask(t, mask);
    signal_suspend_mask(t, old);
    return -EINTR;
}

static long put_siginfo(uint64_t gaddr, const struct guest_siginfo *info)
{
    return gaddr ? sc_put(gaddr, info, sizeof *info) : 0;
}

long sys_rt_sigtimedwait(struct sc_call *c)
{
    struct guest_siginfo info;
    uint64_t want;
    sigset_t host;
    siginfo_t hinfo;
    long r;
    int sig;

    if (c->a[3] != GUEST_SIGSET_SIZE)
        return -EINVAL;
    if (sc_get(&want, c->a[0], sizeof want))
        return -EFAULT;
    want &= ~UNBLOCKABLE;
    if ((sig = signal_dequeue(want, &info)))
        return put_siginfo(c->a[1], &info) ?: sig;
    signal_host_set(&host, want);
    /* struct timespec is the same on both 64-bit ABIs */
    r = safe_syscall(SYS_rt_sigtimedwait, (long)&host, (long)&hinfo, (long)c->a[2],
                     _NSIG / 8, 0, 0);
    if ((r == -EINTR || r == SYSCALL_ERESTART) && (sig = signal_dequeue(want, &info)))
        return put_siginfo(c->a[1], &info) ?: sig;
    if (r <= 0)
        return r;
    memcpy(&info, &hinfo, sizeof info);
    info.si_signo = signal_guest_of((int)r);
    return put_siginfo(c->a[1], &info) ?: info.si_signo;
}

static long getpid_host(void)
{
    return host_syscall(SYS_getpid, 0, 0, 0, 0, 0, 0);
}

/* A signal with no host number to ourselves: queued in ferry. */
static long send_internal(struct sc_call *c, int sig, bool self, int si_code)
{
    struct guest_siginfo info = { .si_signo = sig, .si_code = si_code };

    if (!self) {
        if (log_enabled(LOG_UNIMP))
            log_msg("%s: signal %d to another process at pc 0x%llx: it has no host "
                    "signal (signal/sigmap.c), not sent\n", ferry_progname, sig,
                    (unsigned long long)sc_pc(c));
        return 0;
    }
    info.u.kill.pid = (int32_t)getpid_host();
    info.u.kill.uid = (uint32_t)host_syscall(SYS_getuid, 0, 0, 0, 0, 0, 0);
    signal_queue(sig, &info);
    return 0;
}

/* Pass the call with argument `i` turned into the host signal number. */
static long send(struct sc_call *c, int i, bool self, int si_code)
{
    int sig = (int)c->a[i];

    if (sig < 0 || sig > GUEST_NSIG)
        return -EINVAL;
    if (sig && !signal_host_of(sig))
        return send_internal(c, sig, self, si_code);
    c->a[i] = (uint64_t)signal_host_of(sig);
    return sc_pass(c);
}

long sys_kill(struct sc_call *c)
{
    return send(c, 1, (long)(int)c->a[0] == getpid_host(), SI_USER);
}

long sys_tkill(struct sc_call *c)
{
    long tid = host_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0);
    return send(c, 1, (long)(int)c->a[0] == tid, SI_TKILL);
}

long sys_tgkill(struct sc_call *c)
{
    long tid = host_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0);
    return send(c, 2, (long)(int)c->a[0] == getpid_host() && (long)(int)c->a[1] == tid,
                SI_TKILL);
}

/* rt_sigqueueinfo / rt_tgsigqueueinfo: siginfo has one layout on both
 * ABIs; only the signal number in it and in argument `i` changes.  The
 * kernel refuses si_code >= 0 from another process (SI_USER is the
 * kernel's own) and SI_TKILL; the host checks that again. */
static long send_queued(struct sc_call *c, int i, bool self)
{
    struct guest_siginfo info;
    int sig = (int)c->a[i];

    if (sig < 1 || sig > GUEST_NSIG)
        return -EINVAL;
    if (sc_get(&info, c->a[i + 1], sizeof info))
        return -EFAULT;
    if (!self && (info.si_code >= 0 || info.si_code == SI_TKILL))
        return -EPERM;
    info.si_signo = sig;
    if (!signal_host_of(sig)) {
        if (!self)
            return send_internal(c, sig, false, info.si_code);
        signal_queue(sig, &info);
        return 0;
    }
    info.si_signo = signal_host_of(sig);
    c->a[i] = (uint64_t)info.si_signo;
    c->a[i + 1] = (uint64_t)(uintptr_t)&info;
    return sc_pass(c);
}

long sys_rt_sigqueueinfo(struct sc_call *c)
{
    return send_queued(c, 1, (long)(int)c->a[0] == getpid_host());
}

long sys_rt_tgsigqueueinfo(struct sc_call *c)
{
    long tid = host_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0);
    return send_queued(c, 2, (long)(int)c->a[0] == getpid_host() && (long)(int)c->a[1] == tid);
}

/* -- the restart policy (signal(7) "Interruption of system calls and
 * library functions by signal handlers"): calls the kernel restarts
 * after a SA_RESTART handler (-ERESTARTSYS).  Calls not listed (poll,
 * select, epoll_wait, nanosleep, sigsuspend, sigtimedwait, ...) return
 * -EINTR. -- */
static const char *const restartable[] = {
    "read", "readv", "write", "writev", "pread64", "pwrite64", "preadv", "pwritev",
    "preadv2", "pwritev2", "ioctl", "openat", "open", "wait4", "waitid",
    "accept", "accept4", "connect", "recvfrom", "recvmsg", "recvmmsg", "sendto",
    "sendmsg", "sendmmsg", "flock", "fcntl", "futex", "futex_waitv", "getrandom",
    "mq_timedsend", "mq_timedreceive", "splice", "tee", "sendfile", "copy_file_range",
};

bool syscall_restartable(const struct ferry_thread *t, long nr)
{
    const struct syscall_abi *abi = syscall_abi_for(t->arch);
    const struct sc_entry *e = syscall_table_lookup(abi->seccomp_arch, nr);

    if (!e || !e->name)
        return false;
    if (!strcmp(e->name, "futex") && futex_take_no_restart())
        return false;       /* a timed wait: EINTR (futex.c) */
    for (size_t i = 0; i < ARRAY_SIZE(restartable); i++)
        if (!strcmp(restartable[i], e->name))
            return true;
    return false;
}

void syscall_prepare_restart(struct ferry_thread *t, uint64_t arg0)
{
    const struct syscall_abi *abi = syscall_abi_for(t->arch);

    t->cpu->pc -= abi->svc_insn_size;
    t->arch->syscall_ret(t->cpu, arg0);
}
