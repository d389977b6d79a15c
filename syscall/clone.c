/*
 * clone.c - clone(2) for new processes.  Threads (CLONE_VM without
 * CLONE_VFORK) come with the process-model work: -ENOSYS for now, with a
 * line under `-d unimp`.
 *
 * Argument order on arm64 (kernel/fork.c, CONFIG_CLONE_BACKWARDS unset):
 * clone(flags, newsp, parent_tid, tls, child_tid).  glibc's fork() passes
 * CLONE_CHILD_SETTID|CLONE_CHILD_CLEARTID|SIGCHLD; vfork() and
 * posix_spawn pass CLONE_VM|CLONE_VFORK, which ferry runs as a fork whose
 * parent waits, as vfork's does, until the child has called execve or
 * exited (a close-on-exec pipe tells it).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "internal.h"

#define CLONE_FORK_OK (CSIGNAL | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | \
                       CLONE_PARENT_SETTID | CLONE_SETTLS | CLONE_VM | CLONE_VFORK)

static long clone_refuse(struct sc_call *c, const char *why)
{
    if (log_enabled(LOG_UNIMP))
        log_msg("%s: clone(flags 0x%llx) at pc 0x%llx: %s: -ENOSYS\n", ferry_progname,
                (unsigned long long)c->a[0], (unsigned long long)sc_pc(c), why);
    return -ENOSYS;
}

static void clone_child(struct sc_call *c, uint64_t flags)
{
    const struct guest_arch *g = c->t->arch;
    long tid = host_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0);

    c->strace_done = true;      /* strace shows the call once, in the parent */
    c->t->tid = (int)tid;
    if (flags & CLONE_CHILD_SETTID)
        sc_put(c->a[4], &(int){ (int)tid }, sizeof(int));   /* errors ignored, as Linux */
    if (flags & CLONE_CHILD_CLEARTID) {
        c->t->clear_child_tid = c->a[4];
        host_syscall(SYS_set_tid_address, (long)c->a[4], 0, 0, 0, 0, 0);
    }
    if (c->a[1] && g->cpu_set_sp)
        g->cpu_set_sp(c->t->cpu, c->a[1]);
    if ((flags & CLONE_SETTLS) && g->cpu_set_tls)
        g->cpu_set_tls(c->t->cpu, c->a[3]);
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

/* vfork: wait until the child's end of the pipe closes (exec or exit). */
static void wait_vfork_child(int fd)
{
    char b;

    while (host_syscall(SYS_read, fd, (long)&b, 1, 0, 0, 0) == -EINTR)
        ;
    host_syscall(SYS_close, fd, 0, 0, 0, 0, 0);
}

long sys_clone(struct sc_call *c)
{
    uint64_t flags = c->a[0];
    bool is_vfork = (flags & (CLONE_VM | CLONE_VFORK)) == (CLONE_VM | CLONE_VFORK);
    int pipefd[2] = { -1, -1 };
    long pid;

    if ((flags & CLONE_VM) && !is_vfork)
        return clone_refuse(c, "threads are not implemented yet");
    if (flags & ~(uint64_t)CLONE_FORK_OK)
        return clone_refuse(c, "flags beyond fork/vfork are not implemented");
    if (is_vfork && host_syscall(SYS_pipe2, (long)pipefd, O_CLOEXEC, 0, 0, 0, 0) < 0)
        is_vfork = false;
    log_flush();    /* nothing buffered may be written twice */
    pid = host_fork((int)(flags & CSIGNAL));
    if (pid == 0) {
        if (is_vfork)
            host_syscall(SYS_close, pipefd[0], 0, 0, 0, 0, 0);
        clone_child(c, flags);
        return 0;
    }
    if (is_vfork) {
        host_syscall(SYS_close, pipefd[1], 0, 0, 0, 0, 0);
        if (pid > 0)
            wait_vfork_child(pipefd[0]);
        else
            host_syscall(SYS_close, pipefd[0], 0, 0, 0, 0, 0);
    }
    if (pid > 0 && (flags & CLONE_PARENT_SETTID))
        sc_put(c->a[2], &(int){ (int)pid }, sizeof(int));
    return pid;
}
