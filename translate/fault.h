/*
 * fault.h - precise guest faults in translated code.
 *
 * A guest load or store that faults on the host (SIGSEGV, SIGBUS) is
 * reported to the guest at the exact guest instruction with the exact
 * guest registers: the block's fault points (backend/x86_64/codegen.c)
 * say which host registers hold which guest registers at that host
 * instruction; the host context supplies their values.  The thread then
 * leaves the signal handler through its exec loop's jump buffer, and the
 * exec loop raises the guest signal.
 *
 *     if (sigsetjmp(t->fault_jmp, 0)) exec_fault_resume(t);   // exec loop
 *     signal_fault_hook = fault_recover;                       // at start
 */
#ifndef FERRY_FAULT_H
#define FERRY_FAULT_H

#include <signal.h>
#include <stdbool.h>
#include "thread.h"

/* signal_fault_hook: true never returns (jumps to the exec loop); false
 * means the fault was not a guest memory fault in translated code. */
bool fault_recover(int sig, siginfo_t *si, void *ucontext);

#endif
