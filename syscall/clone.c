/*
 * clone.c - clone(2) and clone3(2): new threads and new processes.
 *
 * Both calls become one struct clone_req (clone.h) after the checks the
 * kernel makes (kernel/fork.c: copy_clone_args_from_user,
 * clone3_args_valid, copy_process), with the kernel's errno for a
 * combination Linux refuses.  Then:
 *   - a thread (CLONE_VM with CLONE_THREAD): a host thread, thread_life.c.
 *     The host thread shares files, fs, signal handlers and SysV undo
 *     lists with every other, so a request for a CLONE_VM child that
 *     shares less cannot be honoured: -EINVAL and a line under -d unimp.
 *   - a process: a host fork; CLONE_VM|CLONE_VFORK (vfork, posix_spawn) is
 *     a host clone(CLONE_VM|CLONE_VFORK) that shares memory with the
 *     parent, which waits until the child has called execve or exited
 *     (thread_life_vfork), so glibc's posix_spawn sees the errno its child
 *     writes into the parent's memory.
 *
 * Argument order on arm64 (CONFIG_CLONE_BACKWARDS unset):
 * clone(flags, newsp, parent_tid, tls, child_tid).  glibc 2.36's
 * pthread_create calls clone3 first; fork() passes
 * CLONE_CHILD_SETTID|CLONE_CHILD_CLEARTID|SIGCHLD.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "clone.h"
#include "guest_signal.h"

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000
#endif
#ifndef CLONE_CLEAR_SIGHAND
#define CLONE_CLEAR_SIGHAND 0x100000000ull
#endif
#ifndef CLONE_INTO_CGROUP
#define CLONE_INTO_CGROUP 0x200000000ull
#endif
#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif

/* include/uapi/linux/sched.h: struct clone_args, every field a u64 */
struct guest_clone_args {
    uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls,
        set_tid, set_tid_size, cgroup;
};
#define CLONE_ARGS_SIZE_VER0 64
#define CLONE_ARGS_PAGE 4096    /* kernel: larger than a page is E2BIG */

/* What a host thread shares with every other: required for a thread. */
#define THREAD_SHARES (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | \
                       CLONE_SYSVSEM)
/* Flags that ask only for a tid, TLS or an ignored hint. */
#define THREAD_EXTRAS (CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_SETTID | \
                       CLONE_CHILD_CLEARTID | CLONE_DETACHED | CLONE_UNTRACED | CLONE_PARENT)
#define FORK_OK (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | CLONE_PARENT_SETTID | \
                 CLONE_SETTLS | CLONE_VM | CLONE_VFORK | CLONE_UNTRACED)
#define NAMESPACES (CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | \
                    CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWCGROUP | CLONE_NEWTIME)

static bool both(uint64_t flags, uint64_t a, uint64_t b)
{
    return (flags & a) && (flags & b);
}

/* copy_process(): combinations Linux refuses, -EINVAL each. */
static bool flags_invalid(uint64_t f)
{
    return both(f, CLONE_NEWNS, CLONE_FS) || both(f, CLONE_NEWUSER, CLONE_FS) ||
           ((f & CLONE_THREAD) && !(f & CLONE_SIGHAND)) ||
           ((f & CLONE_SIGHAND) && !(f & CLONE_VM)) ||
           both(f, CLONE_THREAD, CLONE_NEWUSER | CLONE_NEWPID) ||
           both(f, CLONE_PIDFD, CLONE_DETACHED) ||
           both(f, CLONE_SIGHAND, CLONE_CLEAR_SIGHAND) ||
           both(f, CLONE_NEWIPC, CLONE_SYSVSEM);
}

static long clone_refuse(struct sc_call *c, uint64_t flags, long err, const char *why)
{
    if (log_enabled(LOG_UNIMP))
        log_msg("%s: %s(flags 0x%llx) at pc 0x%llx: %s: %s\n", ferry_progname, c->e->name,
                (unsigned long long)flags, (unsigned long long)sc_pc(c), why,
                err == -EINVAL ? "-EINVAL" : "-ENOSYS");
    return err;
}

static void clone_child(struct sc_call *c, const struct clone_req *r)
{
    const struct guest_arch *g = c->t->arch;
    long tid = host_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0);

    c->strace_done = true;      /* strace shows the call once, in the parent */
    thread_life_fork_child();
    c->t->tid = (int)tid;
    if (r->flags & CLONE_CHILD_SETTID)
        sc_put(r->child_tid, &(int){ (int)tid }, sizeof(int));   /* errors ignored, as Linux */
    if (r->flags & CLONE_CHILD_CLEARTID)
        c->t->clear_child_tid = r->child_tid;
    if (r->sp)
        g->cpu_set_sp(c->t->cpu, r->sp);
    if (r->flags & CLONE_SETTLS)
        g->cpu_set_tls(c->t->cpu, r->tls);
}

/* fork() for SIGCHLD children keeps ferry's libc consistent (atfork,
 * cached ids); any other exit signal needs the raw call. */
static long host_fork(int exit_signal)
{
    if (exit_signal == SIGCHLD) {
        pid_t p = fork();
        return p < 0 ? -errno : p;
    }
    return host_syscall(SYS_clone, exit_signal, 0, 0, 0, 0, 0);
}

static long new_process(struct sc_call *c, const struct clone_req *r)
{
    bool is_vfork = (r->flags & (CLONE_VM | CLONE_VFORK)) == (CLONE_VM | CLONE_VFORK);
    long pid;

    if (r->flags & ~(uint64_t)FORK_OK)
        return clone_refuse(c, r->flags, -EINVAL, "flags beyond fork/vfork are not implemented");
    if ((r->flags & CLONE_VM) && !is_vfork)
        return clone_refuse(c, r->flags, -EINVAL,
                            "a process sharing memory without CLONE_VFORK is not implemented");
    if (is_vfork)
        return thread_life_vfork(c, r);
    log_flush();    /* nothing buffered may be written twice */
    pid = host_fork(r->exit_signal);
    if (pid == 0) {
        clone_child(c, r);
        return 0;
    }
    if (pid > 0 && (r->flags & CLONE_PARENT_SETTID))
        sc_put(r->parent_tid, &(int){ (int)pid }, sizeof(int));
    return pid;
}

static long do_clone(struct sc_call *c, const struct clone_req *r)
{
    uint64_t f = r->flags;

    if (flags_invalid(f))
        return -EINVAL;
    if (f & NAMESPACES)
        return clone_refuse(c, f, -EINVAL, "namespaces are not implemented");
    if (f & (CLONE_PIDFD | CLONE_PTRACE | CLONE_CLEAR_SIGHAND | CLONE_INTO_CGROUP | CLONE_IO))
        return clone_refuse(c, f, -EINVAL, "pidfd, ptrace, cgroup, io and "
                            "clear-sighand children are not implemented");
    if (!(f & CLONE_THREAD))
        return new_process(c, r);
    if ((f & THREAD_SHARES) != THREAD_SHARES || (f & ~(uint64_t)(THREAD_SHARES | THREAD_EXTRAS)))
        return clone_refuse(c, f, -EINVAL, "a thread sharing less than a host thread "
                            "(needs VM, FS, FILES, SIGHAND, THREAD, SYSVSEM)");
    return thread_life_create(c, r);
}

long sys_clone(struct sc_call *c)
{
    struct clone_req r = {
        .flags = c->a[0] & ~(uint64_t)CSIGNAL, .exit_signal = (int)(c->a[0] & CSIGNAL),
        .sp = c->a[1], .parent_tid = c->a[2], .tls = c->a[3], .child_tid = c->a[4],
    };

    /* kernel_clone(): pidfd and parent_tid share the argument */
    if ((r.flags & CLONE_PIDFD) && (r.flags & CLONE_PARENT_SETTID))
        return -EINVAL;
    if (r.exit_signal && !signal_host_of(r.exit_signal))
        return clone_refuse(c, c->a[0], -EINVAL, "an exit signal without a host number");
    r.exit_signal = signal_host_of(r.exit_signal);
    return do_clone(c, &r);
}

/* copy_clone_args_from_user(): the size, then bytes we do not know must be 0. */
static long get_clone_args(struct guest_clone_args *a, uint64_t gaddr, uint64_t size)
{
    uint8_t rest[CLONE_ARGS_PAGE];

    if (size > CLONE_ARGS_PAGE)
        return -E2BIG;
    if (size < CLONE_ARGS_SIZE_VER0)
        return -EINVAL;
    memset(a, 0, sizeof *a);
    if (sc_get(a, gaddr, size < sizeof *a ? size : sizeof *a))
        return -EFAULT;
    if (size > sizeof *a) {
        if (sc_get(rest, gaddr + sizeof *a, size - sizeof *a))
            return -EFAULT;
        for (size_t i = 0; i < size - sizeof *a; i++)
            if (rest[i])
                return -E2BIG;
    }
    return 0;
}

/* clone3_args_valid() and the checks before it. */
static bool clone3_invalid(const struct guest_clone_args *a)
{
    if (a->set_tid_size > 32 || (!a->set_tid && a->set_tid_size) ||
        (a->set_tid && !a->set_tid_size))
        return true;
    if ((a->exit_signal & ~(uint64_t)CSIGNAL) || a->exit_signal > 64)
        return true;
    if (a->flags & ~(0xffffffffull | CLONE_CLEAR_SIGHAND | CLONE_INTO_CGROUP))
        return true;
    if (a->flags & (CLONE_DETACHED | CSIGNAL))
        return true;
    if ((a->flags & (CLONE_THREAD | CLONE_PARENT)) && a->exit_signal)
        return true;
    return a->stack ? !a->stack_size : a->stack_size != 0;
}

long sys_clone3(struct sc_call *c)
{
    struct guest_clone_args a;
    struct clone_req r;
    long e = get_clone_args(&a, c->a[0], c->a[1]);

    if (e)
        return e;
    if (clone3_invalid(&a))
        return -EINVAL;
    if (a.set_tid_size)
        return clone_refuse(c, a.flags, -EINVAL, "set_tid is not implemented");
    if (a.exit_signal && !signal_host_of((int)a.exit_signal))
        return clone_refuse(c, a.flags, -EINVAL, "an exit signal without a host number");
    r = (struct clone_req){
        .flags = a.flags, .exit_signal = signal_host_of((int)a.exit_signal),
        .sp = a.stack ? a.stack + a.stack_size : 0,   /* arm64: the stack grows down */
        .parent_tid = a.parent_tid, .child_tid = a.child_tid, .tls = a.tls,
    };
    return do_clone(c, &r);
}
