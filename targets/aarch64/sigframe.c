/*
 * sigframe.c - the arm64 signal frame: writing it when a handler is
 * entered and checking and reading it back on rt_sigreturn, as
 * arch/arm64/kernel/signal.c does (get_sigframe, setup_sigframe,
 * setup_return, setup_rt_frame, restore_sigframe, parse_user_sigframe).
 * The layout is in sigframe.h.
 *
 * What ferry writes: the frame record {x29, x30} just below the 16-aligned
 * top, the rt_sigframe 16-aligned below it; uc_flags 0, uc_link NULL,
 * uc_stack, uc_sigmask, the registers, PSTATE (NZCV only: ferry models
 * no other PSTATE bit), fault_address, an fpsimd record, an esr record
 * for faults that have an ESR, and the terminator.  Like the kernel it
 * writes field by field (the rest of the frame keeps what the stack
 * held) and copies siginfo only for SA_SIGINFO handlers.  ESR values
 * (Arm ARM D17.2.37 ESR_EL1): UDF -> EC 0 "unknown" with IL, 0x02000000;
 * a fetch from unmapped memory -> instruction abort from EL0, EC 0x20,
 * IL, FSC as the kernel reports it (set_thread_esr: level-0
 * translation fault), 0x82000004.  BRK and async signals have none.
 *
 * Handler entry: x0 = signal, x1 = &info, x2 = &uc (SA_SIGINFO only, as
 * the kernel), sp = frame, x29 = &frame record, x30 = sa_restorer, or
 * ferry's trampoline when there is no SA_RESTORER: Linux returns through
 * the vDSO's __kernel_rt_sigreturn, ferry maps no vDSO, so the first such
 * handler maps one read+execute page holding `mov x8, #139; svc #0`
 * (registered with mm_reserve_host so the guest cannot unmap it).
 *
 * rt_sigreturn validates everything before changing any register (the
 * kernel loads registers and mask first and then fails): SP 16-aligned,
 * PSTATE EL0t AArch64 with DAIF clear, records 16-aligned inside
 * __reserved, exactly one fpsimd record of the right size, esr records
 * ignored, a {0, 0} terminator; anything else (extra_context, SVE, ...)
 * is a bad frame.
 */
#include <string.h>
#include <sys/mman.h>
#include "cpu.h"
#include "mm.h"
#include "sigframe.h"
#include "helper_fp_fast.h"

#define A64_ESR_UDF         0x02000000u
#define A64_ESR_IABT_LOW    0x82000004u
#define PSTATE_NZCV         0xf0000000u
#define PSTATE_MODE_MASK    0x1fu       /* M[4:0]: 0 = EL0t, AArch64 */
#define PSTATE_DAIF         0x3c0u
#define PSTATE_RES0         0xffffffff00000000ull  /* cleared, as the kernel */

/* Fault-safe stores into guest memory; the first failure sticks. */
struct frame_writer {
    bool ok;
};

static void put(struct frame_writer *w, void *gaddr, const void *src, size_t n)
{
    if (w->ok)
        w->ok = signal_copy_guest(gaddr, src, n);
}

#define PUT(w, field, val) do {                 \
        __typeof__(*(field)) v_ = (val);        \
        put((w), (field), &v_, sizeof v_);      \
    } while (0)

uint64_t a64_cpu_get_sp(void *cpu)
{
    return ((struct a64_cpu *)cpu)->x[A64_SP];
}

uint64_t a64_sigtramp(void)
{
    static uint64_t tramp;
    uint32_t *p;

    if (tramp)
        return tramp;
    p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return 0;
    p[0] = 0xd2800008u | (A64_SIGRETURN_NR << 5);   /* movz x8, #139 */
    p[1] = 0xd4000001u;                             /* svc #0 */
    mprotect(p, 4096, PROT_READ | PROT_EXEC);
    mm_reserve_host(p, 4096, "sigreturn trampoline");
    tramp = (uint64_t)(uintptr_t)p;
    return tramp;
}

/* A data abort from EL0 as the kernel reports it: EC 0x24, IL, WnR, and a
 * level-3 translation (SEGV_MAPERR) or permission (SEGV_ACCERR) fault. */
static uint32_t data_abort_esr(uint32_t code)
{
    uint32_t esr = 0x92000000u;
    esr |= (code & FAULT_WRITE) ? 0x40u : 0;
    esr |= FAULT_SI_CODE(code) == SEGV_ACCERR ? 0x0fu : 0x07u;
    return esr;
}

static uint32_t excp_esr(unsigned excp, uint32_t code)
{
    switch (excp) {
    case EXCP_UDEF:
        return A64_ESR_UDF;
    case EXCP_SEGV:
    case EXCP_BUS:
        if (code & (FAULT_READ | FAULT_WRITE))
            return data_abort_esr(code);
        return excp == EXCP_SEGV ? A64_ESR_IABT_LOW : 0;
    default:
        return 0;
    }
}

/* __reserved: fpsimd at 0, esr (if any) at 528, the terminator after. */
static void put_records(struct frame_writer *w, struct a64_sigcontext *sc,
                        const struct a64_cpu *c, uint32_t esr)
{
    struct a64_fpsimd_context *fp = (void *)sc->reserved;
    size_t end = sizeof *fp;

    PUT(w, &fp->head.magic, A64_FPSIMD_MAGIC);
    PUT(w, &fp->head.size, (uint32_t)sizeof *fp);
    PUT(w, &fp->fpsr, c->fpsr);
    PUT(w, &fp->fpcr, c->fpcr);
    for (int i = 0; i < 32; i++)
        PUT(w, &fp->vregs[i], c->v[i].q);
    if (esr) {
        struct a64_esr_context *e = (void *)(sc->reserved + end);
        PUT(w, &e->head.magic, A64_ESR_MAGIC);
        PUT(w, &e->head.size, (uint32_t)sizeof *e);
        PUT(w, &e->esr, (uint64_t)esr);
        end += sizeof *e;
    }
    struct a64_ctx_head *term = (void *)(sc->reserved + end);
    PUT(w, &term->magic, 0u);
    PUT(w, &term->size, 0u);
}

static void put_context(struct frame_writer *w, struct a64_rt_sigframe *sf,
                        const struct a64_cpu *c, const struct guest_sigframe *f)
{
    struct a64_sigcontext *sc = &sf->uc.uc_mcontext;

    PUT(w, &sf->uc.uc_flags, 0ull);
    PUT(w, &sf->uc.uc_link, 0ull);
    PUT(w, &sf->uc.uc_stack, f->uc_stack);
    for (int i = 0; i < 31; i++)
        PUT(w, &sc->regs[i], c->x[i]);
    PUT(w, &sc->sp, c->x[A64_SP]);
    PUT(w, &sc->pc, c->common.pc);
    PUT(w, &sc->pstate, a64_get_nzcv(c));
    PUT(w, &sc->fault_address,
        f->excp == EXCP_SEGV || f->excp == EXCP_BUS ? f->fault_addr : 0ull);
    PUT(w, &sf->uc.uc_sigmask, f->saved_mask);
    put_records(w, sc, c, excp_esr(f->excp, c->common.excp_code));
}

bool a64_setup_sigframe(void *cpu, const struct guest_sigframe *f)
{
    struct a64_cpu *c = cpu;
    struct frame_writer w = { true };
    uint64_t rec_addr = ALIGN_DOWN(f->sp_top - sizeof(struct a64_frame_record), 16);
    uint64_t frame_addr = rec_addr - ALIGN_UP(sizeof(struct a64_rt_sigframe), 16);
    struct a64_frame_record *rec = (void *)(uintptr_t)rec_addr;
    struct a64_rt_sigframe *sf = (void *)(uintptr_t)frame_addr;
    uint64_t ret = (f->act->flags & GUEST_SA_RESTORER) ? f->act->restorer : a64_sigtramp();

    PUT(&w, &rec->fp, c->x[29]);
    PUT(&w, &rec->lr, c->x[30]);
    put_context(&w, sf, c, f);
    if (f->act->flags & GUEST_SA_SIGINFO)
        put(&w, &sf->info, f->info, sizeof sf->info);
    if (!w.ok)
        return false;
    c->x[0] = (uint64_t)f->sig;
    if (f->act->flags & GUEST_SA_SIGINFO) {
        c->x[1] = frame_addr + offsetof(struct a64_rt_sigframe, info);
        c->x[2] = frame_addr + offsetof(struct a64_rt_sigframe, uc);
    }
    c->x[A64_SP] = frame_addr;
    c->x[29] = rec_addr;
    c->x[30] = ret;
    c->common.pc = f->act->handler;
    c->excl_addr = ~0ull;       /* exception entry clears the monitor */
    return true;
}

/* parse_user_sigframe(): the fpsimd record, or NULL for a bad list. */
static const struct a64_fpsimd_context *parse_records(const struct a64_sigcontext *sc)
{
    const struct a64_fpsimd_context *fp = NULL;
    size_t off = 0, limit = sizeof sc->reserved;

    for (;;) {
        struct a64_ctx_head h;
        if (limit - off < sizeof h || off % 16)
            return NULL;
        memcpy(&h, sc->reserved + off, sizeof h);
        if (limit - off < h.size)
            return NULL;
        switch (h.magic) {
        case 0:
            return h.size ? NULL : fp;
        case A64_FPSIMD_MAGIC:
            if (fp || h.size != sizeof *fp)
                return NULL;
            fp = (const void *)(sc->reserved + off);
            break;
        case A64_ESR_MAGIC:
            break;
        default:        /* extra_context, SVE, ZA...: ferry writes none */
            return NULL;
        }
        if (h.size < sizeof h)
            return NULL;
        off += h.size;
    }
}

static bool pstate_valid(uint64_t pstate)
{
    pstate &= ~PSTATE_RES0;
    return !(pstate & PSTATE_MODE_MASK) && !(pstate & PSTATE_DAIF);
}

bool a64_sigreturn(void *cpu, struct guest_sigreturn *r)
{
    static __thread struct a64_rt_sigframe f;   /* per thread, kept off the host stack */
    struct a64_cpu *c = cpu;
    const struct a64_sigcontext *sc = &f.uc.uc_mcontext;
    const struct a64_fpsimd_context *fp;
    uint64_t sp = c->x[A64_SP];

    if ((sp & 15) || !signal_copy_guest(&f, (void *)(uintptr_t)sp, sizeof f))
        return false;
    if (!pstate_valid(sc->pstate) || !(fp = parse_records(sc)))
        return false;
    r->mask = f.uc.uc_sigmask;
    r->uc_stack = f.uc.uc_stack;
    memcpy(c->x, sc->regs, sizeof sc->regs);
    c->x[A64_SP] = sc->sp;
    c->common.pc = sc->pc;
    a64_set_nzcv(c, sc->pstate & PSTATE_NZCV);
    c->fpsr = fp->fpsr;
    a64_fpsr_written(c);
    c->fpcr = fp->fpcr;
    for (int i = 0; i < 32; i++)
        c->v[i].q = fp->vregs[i];
    c->excl_addr = ~0ull;
    return true;
}
