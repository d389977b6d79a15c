/*
 * thread_life.c - guest threads: one host thread each (DESIGN.md
 * "Threads"), from clone(CLONE_THREAD) to the guest's SYS_exit.
 *
 * Creation: the parent copies its CPU state for the child (return value
 * 0, the new stack and TLS), takes a host stack (thread_stack.c) and
 * starts a host thread with every host signal blocked.  The child sets
 * its tid, writes CLONE_PARENT_SETTID / CLONE_CHILD_SETTID, registers
 * (core/thread.c), takes the guest's mask as its host mask and posts a
 * semaphore; only then does clone return in the parent, so the tid is in
 * place before either side runs guest code again, as on Linux.
 *
 * Exit (the guest's SYS_exit ends one thread, kernel do_exit):
 *   CLONE_CHILD_CLEARTID / set_tid_address: 0 is written to the address
 *   and a FUTEX_WAKE is made on it (guest memory is host memory), then
 *   the thread unregisters.  How the host thread ends:
 *     - the host's thread group leader (the main thread, or the thread
 *       that forked) ends with the raw SYS_exit and the guest's status,
 *       so the process lives on and, when the last thread is gone, the
 *       parent sees the leader's status, as Linux reports it;
 *     - the last guest thread ends the process (exit_group when it is
 *       the leader; otherwise raw SYS_exit, and the host reports the
 *       leader's status);
 *     - any other thread returns from its host start routine; its CPU
 *       state and stack are freed once it has been joined (the reaper
 *       runs at the next clone), never while another thread may still
 *       look at it.
 * Robust futex lists are the host kernel's to walk at the host thread's
 * end (syscall/futex.c passes set_robust_list through).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "clone.h"
#include "exec.h"
#include "guest_signal.h"

/* A guest thread ferry created (the main thread is core/main.c's). */
struct guest_thread {
    struct ferry_thread t;          /* first: a ferry_thread * is one of these */
    pthread_t host;
    struct thread_stack stack;
    struct guest_thread *next_dead;
};

struct start_info {
    struct guest_thread *g;
    uint64_t flags, parent_tid, child_tid;
    sem_t ready;
};

static __thread struct guest_thread *self;       /* NULL: not created by ferry */
static __thread sigjmp_buf *exit_jump;
static __thread bool vfork_child;               /* this is a vfork child */
static pthread_mutex_t dead_lock = PTHREAD_MUTEX_INITIALIZER;
static struct guest_thread *dead;                /* ended, not yet joined */

static void free_thread(struct guest_thread *g)
{
    free(g->t.cpu->jump_cache);
    free(g->t.cpu);
    thread_stack_put(&g->stack);
    free(g);
}

/* Join and free the threads that have ended. */
static void reap(void)
{
    pthread_mutex_lock(&dead_lock);
    for (struct guest_thread **pp = &dead; *pp;) {
        struct guest_thread *g = *pp;
        if (pthread_tryjoin_np(g->host, NULL) == 0) {
            *pp = g->next_dead;
            free_thread(g);
        } else {
            pp = &g->next_dead;
        }
    }
    pthread_mutex_unlock(&dead_lock);
}

static void put_tid(uint64_t gaddr, int tid)
{
    sc_put(gaddr, &tid, sizeof tid);    /* errors ignored, as the kernel's */
}

static void *thread_main(void *arg)
{
    struct start_info *s = arg;
    struct guest_thread *g = s->g;
    struct ferry_thread *t = &g->t;
    stack_t ss = { .ss_sp = g->stack.sigstack, .ss_size = g->stack.sigstack_size };
    sigjmp_buf env;

    self = g;
    current_thread = t;
    t->tid = (int)gettid();
    sigaltstack(&ss, NULL);
    if (s->flags & CLONE_PARENT_SETTID)
        put_tid(s->parent_tid, t->tid);
    if (s->flags & CLONE_CHILD_SETTID)
        put_tid(s->child_tid, t->tid);
    thread_register(t);
    signal_apply_mask(t, t->sigmask);
    sem_post(&s->ready);            /* s is the parent's: not touched again */
    if (!sigsetjmp(env, 0)) {
        exit_jump = &env;
        exec_loop(t);
    }
    return NULL;
}

static struct guest_thread *new_thread(struct ferry_thread *parent, const struct clone_req *r)
{
    const struct guest_arch *arch = parent->arch;
    size_t size = ALIGN_UP(arch->cpu_size, arch->cpu_align);
    struct guest_thread *g = calloc(1, sizeof *g);
    struct cpu_common *cpu = g ? aligned_alloc(arch->cpu_align, size) : NULL;

    if (!cpu) {
        free(g);
        return NULL;
    }
    memcpy(cpu, parent->cpu, arch->cpu_size);
    cpu->thread = &g->t;
    cpu->jump_cache = NULL;         /* tb_gen.c makes it on first use */
    cpu->exit_request = 0;
    arch->syscall_ret(cpu, 0);      /* the child's clone returns 0 */
    if (r->sp)
        arch->cpu_set_sp(cpu, r->sp);
    if (r->flags & CLONE_SETTLS)
        arch->cpu_set_tls(cpu, r->tls);
    g->t.cpu = cpu;
    g->t.arch = arch;
    g->t.sigmask = parent->sigmask;
    g->t.clear_child_tid = (r->flags & CLONE_CHILD_CLEARTID) ? r->child_tid : 0;
    return g;
}

/* pthread_create with every host signal blocked: the child takes the
 * guest's mask itself once it can handle signals. */
static int start_host_thread(struct start_info *s)
{
    struct guest_thread *g = s->g;
    pthread_attr_t attr;
    sigset_t all, old;
    int e;

    pthread_attr_init(&attr);
    pthread_attr_setstack(&attr, g->stack.base, g->stack.size);
    host_sigset_fill(&all);     /* raw: host 32 and 33 too (signal/host_sig.c) */
    host_sigmask(SIG_SETMASK, &all, &old);
    e = pthread_create(&g->host, &attr, thread_main, s);
    signal_reclaim_host_signals();  /* glibc took host 33 (signal/sigmap.c) */
    host_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    return e;
}

long thread_life_create(struct sc_call *c, const struct clone_req *r)
{
    struct start_info s = { .flags = r->flags, .parent_tid = r->parent_tid,
                            .child_tid = r->child_tid };
    int e;

    reap();
    if (!(s.g = new_thread(c->t, r)))
        return -ENOMEM;
    if ((e = thread_stack_get(&s.g->stack))) {
        free(s.g->t.cpu);
        free(s.g);
        return e;
    }
    sem_init(&s.ready, 0, 0);
    log_flush();
    if ((e = start_host_thread(&s))) {
        thread_stack_put(&s.g->stack);
        free(s.g->t.cpu);
        free(s.g);
        return e == EAGAIN ? -EAGAIN : -ENOMEM;
    }
    while (sem_wait(&s.ready) != 0)
        ;                           /* EINTR: the child's tid is not known yet */
    sem_destroy(&s.ready);
    return s.g->t.tid;
}

/* kernel mm_release(): clear the tid word and wake one waiter on it. */
static void clear_child_tid(struct ferry_thread *t)
{
    int zero = 0;

    if (t->clear_child_tid && !sc_put(t->clear_child_tid, &zero, sizeof zero))
        host_syscall(SYS_futex, (long)t->clear_child_tid, FUTEX_WAKE, 1, 0, 0, 0);
}

/* Every host signal but the fault signals ferry itself needs. */
static void block_signals(void)
{
    sigset_t set;

    host_sigset_fill(&set);
    host_sigset_del(&set, SIGSEGV);
    host_sigset_del(&set, SIGBUS);
    host_sigset_del(&set, SIGILL);
    host_sigset_del(&set, SIGFPE);
    host_sigmask(SIG_SETMASK, &set, NULL);
}

_Noreturn void thread_life_exit(struct ferry_thread *t, int status)
{
    bool leader = host_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0) ==
                  host_syscall(SYS_getpid, 0, 0, 0, 0, 0, 0);
    bool last;

    block_signals();                /* nothing more is delivered here */
    if (vfork_child) {              /* alone in its process: the parent waits */
        if (syscall_exit_hook)
            syscall_exit_hook(status);
        log_flush();
        for (;;)
            host_syscall(SYS_exit_group, status, 0, 0, 0, 0, 0);
    }
    clear_child_tid(t);
    thread_unregister(t);
    last = thread_count() == 0;
    if (last) {
        if (syscall_exit_hook)
            syscall_exit_hook(status);
        log_flush();
    }
    if (last && leader)
        for (;;)
            host_syscall(SYS_exit_group, status, 0, 0, 0, 0, 0);
    if (leader || last || !self)
        for (;;)
            host_syscall(SYS_exit, status, 0, 0, 0, 0, 0);
    pthread_mutex_lock(&dead_lock);
    self->next_dead = dead;
    dead = self;
    pthread_mutex_unlock(&dead_lock);
    current_thread = NULL;
    siglongjmp(*exit_jump, 1);
}

/* -- vfork: the child is a host process that shares ferry's memory (a
 * clone with CLONE_VM|CLONE_VFORK and a stack of its own) and runs the
 * guest on a copy of the parent's CPU state until execve or exit; the
 * kernel keeps the parent thread in clone until then.  The child runs on
 * the parent thread's TLS (clone without CLONE_SETTLS), so everything
 * per-thread it changes is saved by the parent before and put back
 * after: current_thread, this file's, and signal/'s
 * (signal_vfork_save).  The guest's dispositions become the child's own
 * copy, as the kernel copies them; its exit is always an exit_group of
 * its own process, and a successful execve replaces it (ferry runs again
 * in it).  The parent then drops the child's registration and state. -- */

static int vfork_child_main(void *arg)
{
    struct guest_thread *g = arg;
    struct ferry_thread *t = &g->t;
    stack_t ss = { .ss_sp = g->stack.sigstack, .ss_size = g->stack.sigstack_size };
    sigjmp_buf env;

    vfork_child = true;
    self = NULL;
    current_thread = t;
    t->tid = (int)host_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0);
    sigaltstack(&ss, NULL);
    signal_vfork_child();
    thread_register(t);
    signal_apply_mask(t, t->sigmask);   /* unblocks: the parent blocked all */
    if (!sigsetjmp(env, 0)) {
        exit_jump = &env;
        exec_loop(t);
    }
    for (;;)
        host_syscall(SYS_exit_group, 0, 0, 0, 0, 0, 0);
}

long thread_life_vfork(struct sc_call *c, const struct clone_req *r)
{
    struct ferry_thread *parent = current_thread;
    struct guest_thread *saved_self = self;
    sigjmp_buf *saved_jump = exit_jump;
    struct signal_vfork_saved sig;
    struct guest_thread *g;
    long pid;
    int e;

    reap();
    if (!(g = new_thread(c->t, r)))
        return -ENOMEM;
    if ((e = thread_stack_get(&g->stack))) {
        free(g->t.cpu);
        free(g);
        return e;
    }
    g->t.clear_child_tid = 0;       /* a process: nothing to clear at exit */
    log_flush();
    signal_vfork_save(&sig);
    pid = clone(vfork_child_main, (char *)g->stack.base + g->stack.size,
                CLONE_VM | CLONE_VFORK | r->exit_signal, g);
    if (pid < 0)
        pid = -errno;
    /* the child has called execve or has ended: the thread is ours again */
    vfork_child = false;
    current_thread = parent;
    self = saved_self;
    exit_jump = saved_jump;
    thread_unregister(&g->t);
    signal_vfork_restore(&sig);
    if (pid > 0 && (r->flags & CLONE_CHILD_SETTID))
        put_tid(r->child_tid, (int)pid);    /* in shared memory: what the child wrote */
    if (pid > 0 && (r->flags & CLONE_PARENT_SETTID))
        put_tid(r->parent_tid, (int)pid);
    thread_stack_put(&g->stack);
    free(g->t.cpu->jump_cache);
    free(g->t.cpu);
    free(g);
    return pid;
}

struct others {
    struct ferry_thread *list[1024];
    unsigned n;
};

static void collect_other(struct ferry_thread *t, void *arg)
{
    struct others *o = arg;

    if (t != current_thread && o->n < ARRAY_SIZE(o->list))
        o->list[o->n++] = t;
}

void thread_life_fork_child(void)
{
    static struct others o;     /* the child has one thread: no race */

    o.n = 0;
    thread_for_each(collect_other, &o);
    for (unsigned i = 0; i < o.n; i++)
        thread_unregister(o.list[i]);   /* their memory stays: it is not ours to free */
    pthread_mutex_init(&dead_lock, NULL);
    dead = NULL;
    thread_stack_fork_child(self ? &self->stack : NULL);
    if (current_thread)
        current_thread->tid = (int)host_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0);
}
