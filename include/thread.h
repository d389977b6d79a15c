/*
 * thread.h - one guest thread: its CPU state and per-thread bookkeeping,
 * and the registry of all of them (core/thread.c).
 *
 * One host thread runs each guest thread (DESIGN.md "Threads").  The exec
 * loop marks when a thread runs translated code (in_code), so that the
 * rare operations that must see no thread inside translated code (dropping
 * every translation) can stop the others at a safe point:
 *
 *     thread_register(t);                  // before its exec loop starts
 *     thread_stop_others();                // ... everyone else is out of code
 *     thread_resume_others();
 */
#ifndef FERRY_THREAD_H
#define FERRY_THREAD_H

#include <setjmp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include "guest.h"
#include "cpu_common.h"

struct ferry_thread {
    struct cpu_common *cpu;          /* the guest CPU state */
    const struct guest_arch *arch;
    int tid;
    uint64_t clear_child_tid;        /* set_tid_address, CLONE_CHILD_CLEARTID */
    uint64_t robust_list, robust_len;
    uint64_t sigmask;                /* guest blocked signals (bit n-1) */
    volatile int in_code;            /* running translated code now */
    unsigned gen_seen;               /* flush generation of its last block */
    sigjmp_buf fault_jmp;            /* precise faults land in its exec loop */
    volatile bool fault_jmp_ready;
    struct ferry_thread *next;       /* registry list */
};

/* The guest thread this host thread runs. */
extern __thread struct ferry_thread *current_thread;

void thread_register(struct ferry_thread *t);
/* Call fn on every registered thread (under the registry lock). */
void thread_for_each(void (*fn)(struct ferry_thread *t, void *arg), void *arg);
void thread_unregister(struct ferry_thread *t);
unsigned thread_count(void);

/* Make every other thread leave translated code and wait at its next
 * safe point until thread_resume_others().  Callers hold the TB lock. */
void thread_stop_others(void);
void thread_resume_others(void);
/* The exec loop's side: enter / leave translated code. */
void thread_enter_code(struct ferry_thread *t);
static inline void thread_leave_code(struct ferry_thread *t)
{
    __atomic_store_n(&t->in_code, 0, __ATOMIC_RELEASE);
}

#endif
