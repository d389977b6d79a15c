/*
 * guest_signal.h - the guest's signal state, ferry's host signal handlers,
 * and delivery of signals to guest handlers.
 * (Not named signal.h: signal/ is on the include path, and that name
 * would hide the C library's <signal.h>.)
 *
 * How a signal reaches a guest handler (DESIGN.md "Signals"):
 *   1. The guest installs a handler (rt_sigaction): signal_set_action()
 *      installs a host handler for the host signal (sigmap.c maps numbers).
 *   2. The host signal arrives: the host handler queues it with its
 *      siginfo on the thread's pending queue (pending.c) and sets
 *      cpu->exit_request, so translated code leaves at the next block.
 *   3. The exec loop calls signal_deliver_pending() on EXIT_INTERRUPT and
 *      signal_after_syscall() after every syscall; deliver.c asks the
 *      guest (struct guest_arch hooks, targets/<guest>/sigframe.c) to
 *      write its signal frame and redirect the CPU to the handler.
 *   4. The handler returns through sa_restorer (or ferry's trampoline) to
 *      rt_sigreturn: signal_sigreturn() has the guest restore its state.
 * Synchronous faults (UDF, BRK, fetch from unmapped memory) come from
 * raise_exception() through signal_raise_guest().
 *
 *     signal_init();                                   // at start-up
 *     signal_raise_guest(t, SIGILL, ILL_ILLOPC, pc, EXCP_UDEF);
 *     signal_after_syscall(t, nr, x0_before);         // after each syscall
 *
 * Threads (one host thread per guest thread): the pending queue, the
 * blocked mask and the alternate stack are per thread; the dispositions
 * belong to the process.  Guest masks are mirrored to the host thread's,
 * so the host kernel picks a thread that does not block a
 * process-directed signal, and a tgkill reaches the host thread of that
 * guest thread (guest tid = host tid), whose handler queues it there.
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
#define GUEST_SIGBIT(sig) (1ull << ((sig) - 1))

/* sa_flags (asm-generic/signal-defs.h; arm64 and x86-64 agree) */
#define GUEST_SA_SIGINFO   0x00000004u
#define GUEST_SA_RESTORER  0x04000000u
#define GUEST_SA_ONSTACK   0x08000000u
#define GUEST_SA_RESTART   0x10000000u
#define GUEST_SA_NODEFER   0x40000000u
#define GUEST_SA_RESETHAND 0x80000000u

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

/* siginfo_t of every 64-bit asm-generic Linux (arm64 and x86-64 alike):
 * three ints, padding, then the union at offset 16 (si_addr, si_pid...). */
struct guest_siginfo {
    int32_t si_signo, si_errno, si_code, pad;
    union {
        uint64_t addr;                          /* SIGILL/SEGV/TRAP... */
        struct { int32_t pid; uint32_t uid; } kill;
        uint8_t bytes[112];
    } u;
};
_Static_assert(sizeof(struct guest_siginfo) == 128, "siginfo_t is 128 bytes");

/* What signal/ hands the guest's setup_sigframe hook (include/guest.h). */
struct guest_sigframe {
    int sig;                            /* guest signal number */
    const struct guest_siginfo *info;
    const struct guest_sigaction *act;  /* handler, flags, restorer */
    uint64_t sp_top;                    /* the frame goes below this */
    uint64_t saved_mask;                /* -> uc_sigmask */
    struct guest_stack uc_stack;        /* -> uc_stack, as the kernel saves it */
    uint32_t excp;                      /* enum cpu_exception, EXCP_NONE if async */
    uint64_t fault_addr;                /* for EXCP_SEGV/EXCP_BUS */
};

/* What the guest's sigreturn hook gives back from a valid frame. */
struct guest_sigreturn {
    uint64_t mask;
    struct guest_stack uc_stack;
};

enum signal_default { SIGDEF_TERM, SIGDEF_CORE, SIGDEF_IGN, SIGDEF_STOP, SIGDEF_CONT };

/* Install the host handlers for faults in translated code. */
void signal_init(void);

/* Terminate the process the way the guest's default action for sig
 * would (by that signal, so the parent's wait status shows it), stop it,
 * or return at once when the default is to ignore / continue. */
void signal_guest_default_action(int sig);

/* A synchronous guest signal from the exec loop (EXCP_UDEF -> SIGILL,
 * EXCP_BRK -> SIGTRAP, EXCP_SEGV -> SIGSEGV); addr is si_addr.  Runs the
 * guest's handler (redirects the CPU) or the default action, which the
 * kernel forces when the signal is blocked or ignored. */
void signal_raise_guest(struct ferry_thread *t, int sig, int si_code, uint64_t addr,
                        unsigned excp);

/* -- sigmap.c: guest <-> host signal numbers (0: none) -- */
int signal_host_of(int guest_sig);
int signal_guest_of(int host_sig);

/* -- host_sig.c: ferry's host signal calls as raw syscalls, so that host
 * 32 and 33 (kept by the host libc for itself) work like any other.  The
 * sets are the kernel's 64 signals in the first word of a sigset_t. -- */
void host_sigset_fill(sigset_t *s);
void host_sigset_empty(sigset_t *s);
void host_sigset_add(sigset_t *s, int sig);
void host_sigset_del(sigset_t *s, int sig);
bool host_sigset_has(const sigset_t *s, int sig);
/* rt_sigprocmask of the calling thread: 0 or -errno. */
long host_sigmask(int how, const sigset_t *set, sigset_t *old);
/* rt_sigaction with ferry's restorer; handler may be SIG_DFL / SIG_IGN. */
long host_sigaction(int sig, void *handler, unsigned long flags, const sigset_t *mask);

/* -- action.c -- */
/* rt_sigaction: record the guest disposition; mirror SIG_IGN/SIG_DFL to
 * the host and install ferry's queueing host handler for guest handlers.
 * Either pointer may be NULL.  0 or -errno. */
long signal_set_action(int sig, const struct guest_sigaction *act,
                       struct guest_sigaction *old);
const struct guest_sigaction *signal_action(int sig);
/* Host 32 and 33 back to the guest's dispositions: the host glibc
 * installs its own SIGSETXID handler at its first pthread_create (nptl
 * late_init), so thread creation calls this afterwards (sigmap.c). */
void signal_reclaim_host_signals(void);
/* The disposition back to SIG_DFL (SA_RESETHAND, forced faults). */
void signal_reset_action(int sig);

/* rt_sigprocmask (how: SIG_BLOCK/SIG_UNBLOCK/SIG_SETMASK, asm-generic). */
long signal_set_mask(struct ferry_thread *t, int how, const uint64_t *set,
                     uint64_t *old);
/* Any new mask (delivery, sigreturn, sigsuspend): SIGKILL/SIGSTOP dropped,
 * mirrored to the host. */
void signal_apply_mask(struct ferry_thread *t, uint64_t mask);
/* The host sigset_t of a guest mask (unmapped signals and the fault
 * signals ferry needs, SIGSEGV SIGBUS SIGILL SIGFPE, left out). */
void signal_host_set(sigset_t *set, uint64_t guest_mask);

/* sigaltstack; sp: the guest's stack pointer now; min_size is the
 * guest's MINSIGSTKSZ. */
long signal_set_altstack(const struct guest_stack *ss, struct guest_stack *old,
                         uint64_t sp, uint64_t min_size);
/* Where a frame for a handler with these sa_flags goes (kernel sigsp()),
 * and uc_stack as the kernel saves it (then SS_AUTODISARM disarms). */
uint64_t signal_frame_top(uint64_t sp, uint64_t sa_flags, struct guest_stack *uc_stack);

/* "SIGSEGV", or NULL outside 1..31. */
const char *signal_name(int sig);
enum signal_default signal_default(int sig);

/* -- pending.c: the thread's pending queue -- */
/* Queue a signal (async-signal-safe) and make translated code exit. */
void signal_queue(int sig, const struct guest_siginfo *info);
/* Take the lowest pending signal in `want` (guest bits): its number, or 0. */
int signal_dequeue(uint64_t want, struct guest_siginfo *info);
/* Guest bits of the signals queued now. */
uint64_t signal_pending_bits(void);
/* Install ferry's queueing host handler for a guest signal's host signal. */
void signal_host_catch(int sig);
/* The child of a fork starts with nothing pending (as the kernel's). */
void signal_pending_clear(void);

/* -- deliver.c -- */
/* Deliver every pending unblocked signal (EXIT_INTERRUPT). */
void signal_deliver_pending(struct ferry_thread *t);
/* After a syscall: restart it if a signal interrupted it and the
 * handler asks for SA_RESTART, then deliver.  nr and arg0 are the
 * syscall number and first argument as they were before the call. */
void signal_after_syscall(struct ferry_thread *t, long nr, uint64_t arg0);
/* rt_sigreturn: restore the guest from the frame at its SP (or send
 * SIGSEGV for a bad frame); min_sigstksz for the restored altstack. */
void signal_sigreturn(struct ferry_thread *t, uint64_t min_sigstksz);
/* rt_sigsuspend: until the next signal delivery, frames save `saved`
 * (the mask before the call) and it is restored afterwards. */
void signal_suspend_mask(struct ferry_thread *t, uint64_t saved);

/* -- vfork (syscall/thread_life.c): the child shares memory with the
 * parent and runs on the parent thread's thread-local storage (the
 * parent thread is suspended meanwhile), so the parent saves its
 * per-thread signal state before the clone and restores it afterwards;
 * the child starts with nothing pending and its own copy of the
 * dispositions (the kernel copies sighand without CLONE_SIGHAND). -- */
struct signal_vfork_saved {
    sigset_t host_mask;         /* the parent's host mask, restored last */
    void *pending;              /* pending.c's queue */
    bool suspend_active, sigreturn_done;
    uint64_t suspend_saved;
    struct guest_stack altstack;
};
/* Parent, before the clone: blocks every host signal, saves the state. */
void signal_vfork_save(struct signal_vfork_saved *s);
/* Child, first thing: empty pending queue, private dispositions. */
void signal_vfork_child(void);
/* Parent, after the clone returned: back to the saved state, unblocked. */
void signal_vfork_restore(struct signal_vfork_saved *s);
/* Their parts in pending.c and deliver.c. */
void *signal_pending_save(void);
void signal_pending_restore(void *saved);
void signal_deliver_save(struct signal_vfork_saved *s);
void signal_deliver_restore(const struct signal_vfork_saved *s);

/* -- implemented by syscall/sig.c: the syscall restart policy -- */
/* Whether guest syscall nr is restarted after a SA_RESTART handler
 * (kernel -ERESTARTSYS; signal(7) "Interruption of system calls"). */
bool syscall_restartable(const struct ferry_thread *t, long nr);
/* Set the guest up to execute the syscall instruction again with its
 * first argument arg0 back in place. */
void syscall_prepare_restart(struct ferry_thread *t, uint64_t arg0);

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
