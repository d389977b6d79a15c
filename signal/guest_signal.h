/*
 * guest_signal.h - the guest's signal state and ferry's host signal handlers.
 * (Not named signal.h: signal/ is on the include path, and that name
 * would hide the C library's <signal.h>.)
 *
 * For now ferry records what the guest asks (dispositions, mask,
 * alternate stack) and mirrors what the host can do for it (SIG_IGN and
 * SIG_DFL dispositions, the blocked mask), but does not yet run guest
 * handlers: a signal that would run one is reported under `-d unimp`
 * and takes the default action.  Delivery comes with the process model.
 *
 *     signal_init();                                   // at start-up
 *     signal_raise_guest(t, SIGILL, ILL_ILLOPC, pc);   // EXCP_UDEF
 */
#ifndef FERRY_GUEST_SIGNAL_H
#define FERRY_GUEST_SIGNAL_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "thread.h"

#define GUEST_NSIG 64
#define GUEST_SIG_DFL 0
#define GUEST_SIG_IGN 1

/* The kernel's struct sigaction with SA_RESTORER (as arm64's). */
struct guest_sigaction {
    uint64_t handler;
    uint64_t flags;
    uint64_t restorer;
    uint64_t mask;
};

/* The guest's sigaltstack (stack_t: the same on every 64-bit Linux). */
struct guest_stack {
    uint64_t ss_sp;
    int32_t ss_flags;
    int32_t pad;
    uint64_t ss_size;
};

enum signal_default { SIGDEF_TERM, SIGDEF_CORE, SIGDEF_IGN, SIGDEF_STOP, SIGDEF_CONT };

/* Install the host handlers for faults in translated code. */
void signal_init(void);

/* Terminate the process the way the guest's default action for sig
 * would (by that signal, so the parent's wait status shows it), stop it,
 * or return at once when the default is to ignore / continue. */
void signal_guest_default_action(int sig);

/* A synchronous guest signal from the exec loop (EXCP_UDEF -> SIGILL,
 * EXCP_BRK -> SIGTRAP, EXCP_SEGV -> SIGSEGV).  Returns only if the
 * default action ignores the signal. */
void signal_raise_guest(struct ferry_thread *t, int sig, int si_code, uint64_t addr);

/* rt_sigaction: record the guest disposition and mirror SIG_IGN/SIG_DFL
 * to the host.  Either pointer may be NULL.  0 or -errno. */
long signal_set_action(int sig, const struct guest_sigaction *act,
                       struct guest_sigaction *old);
const struct guest_sigaction *signal_action(int sig);

/* rt_sigprocmask (how: SIG_BLOCK/SIG_UNBLOCK/SIG_SETMASK, asm-generic). */
long signal_set_mask(struct ferry_thread *t, int how, const uint64_t *set,
                     uint64_t *old);

/* sigaltstack; on_stack: the guest runs on its alternate stack now;
 * min_size is the guest's MINSIGSTKSZ. */
long signal_set_altstack(const struct guest_stack *ss, struct guest_stack *old,
                         bool on_stack, uint64_t min_size);

/* Whether a signal sent to ourselves should really be sent: false when
 * the guest ignores it or has a handler ferry cannot run yet (reported
 * under -d unimp). */
bool signal_self_send_ok(int sig);

/* "SIGSEGV", or NULL outside 1..31. */
const char *signal_name(int sig);
enum signal_default signal_default(int sig);

/* Called first by the host fault handler (SIGSEGV, SIGBUS, SIGILL,
 * SIGFPE); returns true when it dealt with the fault and execution may
 * resume (e.g. a store to a write-protected page of translated code:
 * self-modifying-code tracking).  NULL by default. */
extern bool (*signal_fault_hook)(int sig, siginfo_t *si, void *ucontext);

/* Copy between ferry and guest memory that may be unmapped: a fault
 * during the copy makes it return false (the syscall layer's -EFAULT)
 * instead of ending the process.  Needs signal_init(). */
bool signal_copy_guest(void *dst, const void *src, size_t n);
/* A NUL-terminated guest string into dst[max]: its length, or -1 on a
 * fault or when no NUL comes within max bytes. */
long signal_copy_guest_str(char *dst, const char *src, size_t max);

/* The host code range of translated code: a fault there is the guest's
 * (translate/ calls this for its code buffer). */
void signal_set_code_range(const void *start, size_t len);

#endif
