/*
 * thread.h - one guest thread: its CPU state and per-thread bookkeeping.
 * For now ferry runs one guest thread per process (fork is supported,
 * threads come with the process-model work).
 */
#ifndef FERRY_THREAD_H
#define FERRY_THREAD_H

#include <signal.h>
#include <stdint.h>
#include "guest.h"
#include "cpu_common.h"

struct ferry_thread {
    struct cpu_common *cpu;          /* the guest CPU state */
    const struct guest_arch *arch;
    int tid;
    uint64_t clear_child_tid;        /* set_tid_address */
    uint64_t robust_list, robust_len;
    uint64_t sigmask;                /* guest blocked signals (bit n-1) */
};

extern struct ferry_thread *current_thread;

#endif
