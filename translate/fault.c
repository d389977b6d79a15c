#define _GNU_SOURCE
/*
 * fault.c - rebuild the guest state at a faulting guest load or store and
 * hand the fault to the exec loop (see fault.h).
 */
#include <setjmp.h>
#include <string.h>
#include <ucontext.h>
#include "cpu_common.h"
#include "fault.h"
#include "smc.h"
#include "tb.h"

/* x86 register number (encode.h) -> its slot in a ucontext's gregs. */
static const int greg_of[16] = {
    REG_RAX, REG_RCX, REG_RDX, REG_RBX, REG_RSP, REG_RBP, REG_RSI, REG_RDI,
    REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
};

static const struct tb_fault_point *find_point(const struct tb *tb, uint32_t off)
{
    unsigned lo = 0, hi = tb->nr_fpoints;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        if (tb->fpoints[mid].host_off < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < tb->nr_fpoints && tb->fpoints[lo].host_off == off
           ? &tb->fpoints[lo] : NULL;
}

static void restore_state(struct cpu_common *cpu, const struct tb *tb,
                          const struct tb_fault_point *f, const ucontext_t *uc)
{
    const greg_t *g = uc->uc_mcontext.gregs;
    for (unsigned i = 0; i < f->count; i++) {
        const struct tb_reg_home *h = &tb->reg_homes[f->first + i];
        uint64_t v = (uint64_t)g[greg_of[h->host_reg]];
        memcpy((uint8_t *)cpu + h->env_off, &v, sizeof v);
    }
    if (f->hf_live)
        cpu->hflags = (uint64_t)g[REG_EFL];
    cpu->pc = tb->pc + (int64_t)f->guest_off;
}

bool fault_recover(int sig, siginfo_t *si, void *ucontext)
{
    ucontext_t *uc = ucontext;
    struct ferry_thread *t = current_thread;
    const uint8_t *host = (const uint8_t *)uc->uc_mcontext.gregs[REG_RIP];
    if ((sig == SIGSEGV || sig == SIGBUS) && si->si_code > 0)
        smc_probe_fault();                  /* returns only if not probing */
    /* a write to a code page ferry protected: its blocks go, the store
     * runs again (from translated code, a helper or ferry itself) */
    if (sig == SIGSEGV && si->si_code == SEGV_ACCERR
        && smc_write_fault((uint64_t)(uintptr_t)si->si_addr))
        return true;
    if ((sig != SIGSEGV && sig != SIGBUS) || si->si_code <= 0 || !t
        || !t->in_code || !t->fault_jmp_ready)
        return false;
    struct tb *tb = tb_index_find(host);
    if (!tb)
        return false;
    const struct tb_fault_point *f = find_point(tb, (uint32_t)(host - tb->code));
    if (!f)
        return false;
    struct cpu_common *cpu = t->cpu;
    restore_state(cpu, tb, f, uc);
    cpu->excp = sig == SIGBUS ? EXCP_BUS : EXCP_SEGV;
    cpu->excp_code = (uint32_t)si->si_code | (f->is_store ? FAULT_WRITE : FAULT_READ);
    cpu->excp_addr = (uint64_t)(uintptr_t)si->si_addr;
    siglongjmp(t->fault_jmp, 1);
}
