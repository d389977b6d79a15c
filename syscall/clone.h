/*
 * clone.h - shared by clone.c (the clone and clone3 syscalls) and
 * thread_life.c (guest threads: creation, exit, the child of a fork).
 *
 * clone.c checks the flags as the kernel does and turns both calls into
 * one struct clone_req; CLONE_THREAD requests become host threads, the
 * rest become host processes (fork, vfork).
 *
 *     long tid = thread_life_create(c, &req);     // parent: tid or -errno
 *     thread_life_exit(c->t, status);             // SYS_exit: only this thread
 *     thread_life_fork_child();                   // child of a fork
 *     long pid = thread_life_vfork(c, &req);      // vfork: after exec/exit
 */
#ifndef FERRY_SYSCALL_CLONE_H
#define FERRY_SYSCALL_CLONE_H

#include <stdint.h>
#include "internal.h"

struct clone_req {
    uint64_t flags;         /* CLONE_* without the exit signal */
    int exit_signal;
    uint64_t sp;            /* the child's stack pointer; 0: the parent's */
    uint64_t parent_tid;    /* CLONE_PARENT_SETTID */
    uint64_t child_tid;     /* CLONE_CHILD_SETTID, CLONE_CHILD_CLEARTID */
    uint64_t tls;           /* CLONE_SETTLS */
};

/* A new guest thread on a new host thread; the child's tid, once it has
 * written PARENT_SETTID / CHILD_SETTID, or -errno. */
long thread_life_create(struct sc_call *c, const struct clone_req *r);
/* CLONE_VM|CLONE_VFORK: a host child process sharing ferry's memory,
 * running the guest on its own host stack and CPU state until it calls
 * execve or exits; the parent's call returns then.  The child's pid or
 * -errno. */
long thread_life_vfork(struct sc_call *c, const struct clone_req *r);
/* End the calling guest thread (the guest's SYS_exit); never returns. */
_Noreturn void thread_life_exit(struct ferry_thread *t, int status);
/* In the child of a fork: only the calling thread is left. */
void thread_life_fork_child(void);

/* thread_stack.c: host stacks for guest threads, in chunks registered
 * with mm_reserve_host.  A slot holds a guard page, the host signal stack
 * and the thread's stack. */
struct thread_stack {
    void *base;             /* lowest usable byte of the thread's stack */
    size_t size;
    void *sigstack;         /* the host sigaltstack for ferry's handlers */
    size_t sigstack_size;
    unsigned slot;
};
int thread_stack_get(struct thread_stack *s);          /* 0 or -ENOMEM/-EAGAIN */
void thread_stack_put(const struct thread_stack *s);
/* Child of a fork: every slot free except `keep` (NULL: none). */
void thread_stack_fork_child(const struct thread_stack *keep);

#endif
