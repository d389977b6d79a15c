#define _GNU_SOURCE
/*
 * exec.c - the exec loop, one per guest thread: find the block at the
 * guest PC, run it, and act on why it returned.
 *
 * Direct branches ask to be chained on their first exit; after that
 * blocks jump to each other without coming back here.  Making blocks is
 * tb_gen.c's job; this file only dispatches exits:
 *   tb | slot        chain the slot (tb_chain)
 *   tb | HOT         the block ran hot: make a region (tb_tier_up)
 *   EXIT_SYSCALL     syscall_dispatch, then signals the syscall raised
 *   EXIT_EXCEPTION   a synchronous signal at the PC (SIGILL, SIGTRAP, ...)
 *   EXIT_INTERRUPT   exit_request was set: deliver pending signals
 *   EXIT_LOOKUP      indirect branch missed the jump cache
 */
#include <inttypes.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include "backend.h"
#include "exec.h"
#include "fault.h"
#include "ferry.h"
#include "guest_signal.h"
#include "stats.h"
#include "syscall.h"
#include "tb_gen.h"

struct exec_stats stats;

void exec_print_stats(void)
{
#define PRINT(n) log_msg("  %-14s %lu\n", #n, stats.n);
    log_msg("ferry statistics:\n");
    EXEC_STATS(PRINT)
#undef PRINT
    log_msg("  %-14s %.3f s\n", "translating", stats.translate_seconds);
    log_msg("  %-14s %lu\n", "blocks now", tb_cache_count());
}

void exec_init(void)
{
    tb_gen_init();
    signal_fault_hook = fault_recover;
}

void exec_set_one_insn_per_tb(void)
{
    tb_gen_set_max_insns(1);
    tb_gen_set_tier2(false);
}

void exec_flush_code(void)
{
    tb_flush_all();
}

static void raise_exception(struct ferry_thread *t)
{
    struct cpu_common *cpu = t->cpu;
    stats.exceptions++;
    switch (cpu->excp) {
    case EXCP_UDEF:
        /* logged when run, not when translated: code translated ahead
         * (regions, probes) may never execute */
        if (log_enabled(LOG_UNIMP)) {
            uint32_t insn = 0;
            signal_copy_guest(&insn, (const void *)(uintptr_t)cpu->pc, 4);
            log_msg("ferry: undefined or unimplemented instruction %08x at pc "
                    "0x%" PRIx64 "\n", insn, cpu->pc);
        }
        signal_raise_guest(t, SIGILL, ILL_ILLOPC, cpu->pc, cpu->excp);
        break;
    case EXCP_BRK:
        signal_raise_guest(t, SIGTRAP, TRAP_BRKPT, cpu->pc, cpu->excp);
        break;
    case EXCP_SEGV:
    case EXCP_BUS: {
        bool data = cpu->excp_code & (FAULT_READ | FAULT_WRITE);
        int code = data ? FAULT_SI_CODE(cpu->excp_code)
                        : cpu->excp == EXCP_SEGV ? SEGV_MAPERR : BUS_ADRALN;
        signal_raise_guest(t, cpu->excp == EXCP_SEGV ? SIGSEGV : SIGBUS, code,
                           cpu->excp_addr, cpu->excp);
        break;
    }
    default:
        fatal("unknown exception %u at guest pc 0x%" PRIx64, cpu->excp, cpu->pc);
    }
}

static void handle_exit(struct ferry_thread *t, uintptr_t ret)
{
    struct cpu_common *cpu = t->cpu;
    switch (ret) {
    case EXIT_LOOKUP:
        stats.lookups++;
        break;
    case EXIT_SYSCALL: {
        /* signal/ needs the number and x0 as they were, to restart */
        long nr = t->arch->syscall_nr(cpu);
        uint64_t arg0 = t->arch->syscall_arg(cpu, 0);
        stats.syscalls++;
        syscall_dispatch(t);
        signal_after_syscall(t, nr, arg0);
        break;
    }
    case EXIT_EXCEPTION:
        raise_exception(t);
        break;
    case EXIT_INTERRUPT:
        stats.interrupts++;
        signal_deliver_pending(t);   /* clears exit_request */
        break;
    default:
        fatal("translated code returned unknown exit %" PRIuPTR, ret);
    }
}

/* A guest load or store faulted: fault.c rebuilt the state and jumped
 * here out of the host signal handler, which leaves the signal blocked. */
static void resume_after_fault(struct ferry_thread *t)
{
    sigset_t faults;
    thread_leave_code(t);
    sigemptyset(&faults);
    sigaddset(&faults, SIGSEGV);
    sigaddset(&faults, SIGBUS);
    pthread_sigmask(SIG_UNBLOCK, &faults, NULL);
    raise_exception(t);
}

void exec_loop(struct ferry_thread *t)
{
    struct cpu_common *cpu = t->cpu;
    if (sigsetjmp(t->fault_jmp, 0))
        resume_after_fault(t);
    t->fault_jmp_ready = true;
    struct tb *tb = tb_find(t, cpu->pc);
    for (;;) {
        if (log_enabled(LOG_EXEC))
            log_msg("Trace: [%016" PRIx64 "]\n", tb->pc);
        stats.loop_entries++;
        thread_enter_code(t);
        unsigned gen = tb_generation();
        if (gen != t->gen_seen) {       /* a flush freed tb meanwhile */
            t->gen_seen = gen;
            thread_leave_code(t);
            tb = tb_find(t, cpu->pc);
            continue;
        }
        uintptr_t ret = backend_enter(cpu, tb->code);
        thread_leave_code(t);
        if (ret >= EXIT_REASON_MAX) {
            if ((ret & (TB_ALIGN - 1)) == TB_EXIT_HOT)
                tb = tb_tier_up(t, ret, gen);
            else
                tb = tb_chain(t, ret, gen);
            continue;
        }
        handle_exit(t, ret);
        tb = tb_find(t, cpu->pc);
    }
}
