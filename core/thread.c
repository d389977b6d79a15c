/*
 * thread.c - the registry of guest threads, and stopping them at safe
 * points.
 *
 * Safe point protocol (a Dekker-style handshake, all seq_cst):
 *   a thread entering translated code sets in_code = 1, then checks
 *   stop_requested; if set, it clears in_code and waits.
 *   The stopper sets stop_requested = 1 and exit_request on every other
 *   thread, then waits until each in_code is 0.
 * Either the entering thread sees the request, or the stopper sees it in
 * code and waits for it to leave (at its next block entry, which checks
 * exit_request).  A thread blocked in a syscall is not in code.
 */
#include <pthread.h>
#include <sched.h>
#include "ferry.h"
#include "thread.h"

__thread struct ferry_thread *current_thread;

static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t resume_cond = PTHREAD_COND_INITIALIZER;
static struct ferry_thread *threads;
static unsigned nr_threads;
static volatile int stop_requested;

/* fork: no other thread may hold the registry lock at that moment, or
 * the child (which has only the forking thread) could never take it. */
static void atfork_prepare(void)
{
    pthread_mutex_lock(&reg_lock);
}

static void atfork_parent(void)
{
    pthread_mutex_unlock(&reg_lock);
}

static void atfork_child(void)
{
    pthread_mutex_init(&reg_lock, NULL);
    pthread_cond_init(&resume_cond, NULL);
    stop_requested = 0;
}

__attribute__((constructor)) static void thread_atfork(void)
{
    pthread_atfork(atfork_prepare, atfork_parent, atfork_child);
}

void thread_register(struct ferry_thread *t)
{
    pthread_mutex_lock(&reg_lock);
    t->next = threads;
    threads = t;
    nr_threads++;
    pthread_mutex_unlock(&reg_lock);
}

void thread_for_each(void (*fn)(struct ferry_thread *t, void *arg), void *arg)
{
    pthread_mutex_lock(&reg_lock);
    for (struct ferry_thread *t = threads; t; t = t->next)
        fn(t, arg);
    pthread_mutex_unlock(&reg_lock);
}

void thread_unregister(struct ferry_thread *t)
{
    pthread_mutex_lock(&reg_lock);
    for (struct ferry_thread **pp = &threads; *pp; pp = &(*pp)->next)
        if (*pp == t) {
            *pp = t->next;
            nr_threads--;
            break;
        }
    pthread_mutex_unlock(&reg_lock);
}

unsigned thread_count(void)
{
    return __atomic_load_n(&nr_threads, __ATOMIC_ACQUIRE);
}

void thread_enter_code(struct ferry_thread *t)
{
    for (;;) {
        __atomic_store_n(&t->in_code, 1, __ATOMIC_SEQ_CST);
        if (!__atomic_load_n(&stop_requested, __ATOMIC_SEQ_CST))
            return;
        __atomic_store_n(&t->in_code, 0, __ATOMIC_SEQ_CST);
        pthread_mutex_lock(&reg_lock);
        while (stop_requested)
            pthread_cond_wait(&resume_cond, &reg_lock);
        pthread_mutex_unlock(&reg_lock);
    }
}

void thread_stop_others(void)
{
    struct ferry_thread *self = current_thread;
    __atomic_store_n(&stop_requested, 1, __ATOMIC_SEQ_CST);
    pthread_mutex_lock(&reg_lock);
    for (struct ferry_thread *t = threads; t; t = t->next)
        if (t != self && t->cpu)
            t->cpu->exit_request = 1;
    /* wait for each to leave code; after dropping the lock to yield, scan
     * again from the head (a thread may have gone meanwhile) */
    for (struct ferry_thread *t = threads; t;) {
        if (t != self && __atomic_load_n(&t->in_code, __ATOMIC_SEQ_CST)) {
            pthread_mutex_unlock(&reg_lock);
            sched_yield();
            pthread_mutex_lock(&reg_lock);
            t = threads;
            continue;
        }
        t = t->next;
    }
    pthread_mutex_unlock(&reg_lock);
}

void thread_resume_others(void)
{
    pthread_mutex_lock(&reg_lock);
    __atomic_store_n(&stop_requested, 0, __ATOMIC_SEQ_CST);
    pthread_cond_broadcast(&resume_cond);
    pthread_mutex_unlock(&reg_lock);
}
