/*
 * trans_system.c - A64 system instructions reachable from EL0 (Arm ARM
 * C4.1.87, C5): hints, barriers, CLREX, the EL0 cache maintenance
 * operations (DC ZVA, DC CVAU/CVAC/CIVAC/CVAP/CVADP, IC IVAU) and MRS/MSR
 * of the registers in sysregs.def.
 *
 * Anything else in the system space is refused (false: SIGILL with
 * ILL_ILLOPC), which is what Linux delivers for an EL0 access that traps
 * and that it does not emulate.  Refused register accesses are reported
 * under -d unimp at translation time.
 */
#include "translate.h"
#include "tb_gen.h"
#include "a64_decode.h"
#include "helper_int.h"
#include "sysregs.h"
#include "helper_fp_fast.h"
#include "hwcap.h"
#include "helper_fp16.h"

/* FPCR bits that hold state without trapped exceptions: AHP, DN, FZ,
 * RMode (bits 26:22), and FZ16 (19) when the model has FP16 (FEAT_FP16;
 * RES0 without it).  IDE/IXE/UFE/OFE/DZE/IOE are RAZ/WI on an
 * implementation that does not trap FP exceptions (Arm ARM D23.2 FPCR). */
#define A64_FPCR_WRITABLE 0x07c00000u
/* FPSR: QC (27) and the cumulative flags IDC, IXC, UFC, OFC, DZC, IOC. */
#define A64_FPSR_WRITABLE 0x0800009fu

/* -- Hints: all execute as NOP (see a64_dp.decode) -- */

bool trans_HINT(DisasContext *s, arg_empty *a)
{
    (void)s;
    (void)a;
    return true;
}

/* -- Barriers (C6.2.81 DMB, C6.2.83 DSB, C6.2.117 ISB) -- */

/* CRm<1:0> = 01 orders loads against later accesses (the LD options),
 * 10 stores against stores (the ST options); x86 TSO gives both.  11, and
 * the reserved 00, are full barriers. */
static enum ir_barrier barrier_kind(int crm)
{
    return (crm & 3) == 1 || (crm & 3) == 2 ? MB_LD_ST : MB_FULL;
}

bool trans_DMB(DisasContext *s, arg_barrier *a)
{
    ir_mb(s->ir, barrier_kind(a->crm));
    return true;
}

/* DSB also covers SSBB (CRm = 0) and PSSBB (CRm = 4). */
bool trans_DSB(DisasContext *s, arg_barrier *a)
{
    ir_mb(s->ir, barrier_kind(a->crm));
    return true;
}

/* ISB: instructions after it are fetched anew; ending the block makes the
 * next one be looked up (after any invalidation by IC IVAU). */
bool trans_ISB(DisasContext *s, arg_empty *a)
{
    (void)a;
    s->state = DISAS_UPDATE;
    return true;
}

/* CLREX: drop the exclusive monitor's reservation. */
bool trans_CLREX(DisasContext *s, arg_empty *a)
{
    (void)a;
    ir_st_env(s->ir, IR_W64, tconst(s, ~0ull), ENV_OFF(excl_addr), MO_64);
    return true;
}

/* -- Cache maintenance (C5.3 "DC", "IC") -- */

/* DC ZVA: zero the 64-byte block (DCZID_EL0.BS = 4) holding Xt.  Inline
 * stores rather than a helper, so that a fault is reported at this
 * instruction with precise guest state; the first store faults before
 * anything is written, since the block never crosses a page. */
bool trans_DC_ZVA(DisasContext *s, arg_sys *a)
{
    ir_temp addr = new_tmp(s), zero = tconst(s, 0);

    ir_and(s->ir, IR_W64, addr, cpu_reg(s, a->rt), tconst(s, ~63ull));
    for (int32_t off = 0; off < 64; off += 8)
        ir_st(s->ir, IR_W64, zero, addr, off, MO_64);
    return true;
}

/* Data cache clean/invalidate to the point of unification, coherence or
 * persistence: the host keeps caches coherent and has no persistence
 * domain to reach, so these are no-ops.  (Hardware would fault on an
 * unmapped address; ferry does not check.) */
static bool gen_dc_nop(DisasContext *s, arg_sys *a)
{
    (void)s;
    (void)a;
    return true;
}

bool trans_DC_CVAC(DisasContext *s, arg_sys *a)
{
    return gen_dc_nop(s, a);
}

bool trans_DC_CVAU(DisasContext *s, arg_sys *a)
{
    return gen_dc_nop(s, a);
}

bool trans_DC_CVAP(DisasContext *s, arg_sys *a)
{
    return gen_dc_nop(s, a);
}

bool trans_DC_CVADP(DisasContext *s, arg_sys *a)
{
    return gen_dc_nop(s, a);
}

bool trans_DC_CIVAC(DisasContext *s, arg_sys *a)
{
    return gen_dc_nop(s, a);
}

/* IC IVAU: drop the blocks translated from the line at Xt (the guest may
 * have written it through another mapping, which write protection does
 * not see).  The block ends, so code after the IC (normally DSB; ISB)
 * runs from a fresh lookup. */
bool trans_IC_IVAU(DisasContext *s, arg_sys *a)
{
    IR_CALL(s->ir, tb_invalidate_icache,
            CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS, IR_NO_TEMP,
            cpu_reg(s, a->rt));
    s->state = DISAS_UPDATE;
    return true;
}

/* -- MRS / MSR (register), C6.2.194, C6.2.196 -- */

static void log_refused(DisasContext *s, const char *what, arg_sysreg *a)
{
    if (log_enabled(LOG_UNIMP) && !s->probe)    /* not when looking ahead */
        log_msg("0x%016llx: %s S%d_%d_C%d_C%d_%d: not available at EL0 "
                "under ferry (SIGILL)\n", (unsigned long long)s->pc, what,
                a->op0, a->op1, a->crn, a->crm, a->op2);
}

static ir_temp gen_read_counter(DisasContext *s)
{
    ir_temp t = new_tmp(s);

    ir_call(s->ir, (void *)helper_cntvct, "helper_cntvct",
            CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS, t, 0, NULL);
    return t;
}

static void gen_mrs(DisasContext *s, const struct a64_sysreg *r, ir_temp d)
{
    struct ir_block *ir = s->ir;

    switch ((enum a64_sysreg_kind)r->kind) {
    case SR_CONST:
    case SR_MODEL:              /* fixed for the process: the CPU model */
        ir_movi(ir, d, a64_sysreg_value(r));
        break;
    case SR_ENV:
        ir_ld_env(ir, IR_W64, d, (int32_t)r->value, MO_64);
        break;
    case SR_NZCV:
        ir_mov(ir, IR_W64, d, gen_read_nzcv(s));
        break;
    case SR_FPCR:
        ir_ld_env(ir, IR_W64, d, ENV_OFF(fpcr), MO_32);
        break;
    case SR_FPSR:
        ir_ld_env(ir, IR_W64, d, ENV_OFF(fpsr), MO_32);
        break;
    case SR_COUNTER:
        ir_mov(ir, IR_W64, d, gen_read_counter(s));
        break;
    }
}

bool trans_MRS(DisasContext *s, arg_sysreg *a)
{
    const struct a64_sysreg *r =
        a64_sysreg_find(a->op0, a->op1, a->crn, a->crm, a->op2);

    if (r) {
        gen_mrs(s, r, cpu_reg(s, a->rt));
        return true;
    }
    if (a64_sysreg_is_id_space(a->op0, a->op1, a->crn, a->crm)) {
        ir_movi(s->ir, cpu_reg(s, a->rt), 0);   /* reserved / untracked: RAZ */
        return true;
    }
    log_refused(s, "MRS", a);
    return false;
}

/* Write the low 32 bits of v, masked, to a 32-bit env field. */
static void gen_st_env32(DisasContext *s, ir_temp v, uint32_t mask,
                         int32_t off)
{
    ir_temp t = new_tmp(s);

    ir_and(s->ir, IR_W32, t, v, tconst(s, mask));
    ir_st_env(s->ir, IR_W32, t, off, MO_32);
}

bool trans_MSR_r(DisasContext *s, arg_sysreg *a)
{
    const struct a64_sysreg *r =
        a64_sysreg_find(a->op0, a->op1, a->crn, a->crm, a->op2);
    ir_temp v = cpu_reg(s, a->rt);

    if (!r || r->access != SR_RW) {
        log_refused(s, "MSR", a);
        return false;
    }
    switch ((enum a64_sysreg_kind)r->kind) {
    case SR_ENV:
        ir_st_env(s->ir, IR_W64, v, (int32_t)r->value, MO_64);
        break;
    case SR_NZCV:
        gen_write_nzcv(s, v);
        break;
    case SR_FPCR:
        /* The FP translators may depend on FPCR (rounding, FZ, DN):
         * continue in a new block. */
        gen_st_env32(s, v, A64_FPCR_WRITABLE |
                     (a64_has(s, A64_F_FPHP) ? FPCR_FZ16 : 0), ENV_OFF(fpcr));
        s->state = DISAS_UPDATE;
        break;
    case SR_FPSR:
        gen_st_env32(s, v, A64_FPSR_WRITABLE, ENV_OFF(fpsr));
        /* host flags pending from the FP fast path belong to the old
         * FPSR: drop them (helper_fp_fast.c) */
        IR_CALL(s->ir, a64_fpsr_written,
                CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS, IR_NO_TEMP,
                s->ir->env);
        break;
    case SR_CONST:
    case SR_MODEL:
    case SR_COUNTER:
        return false;                       /* not writable (RW never set) */
    }
    return true;
}
