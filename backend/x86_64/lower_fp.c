/*
 * lower_fp.c - the FP fast path (IR fpop, see ir_ops.def).
 *
 * Scalar IEEE arithmetic gives the same result on x86 SSE as on any IEEE
 * machine when rounding is to nearest and no flush-to-zero or default-NaN
 * mode is on, and the result is a normal number: then only the flags need
 * mapping (x86 MXCSR IE ZE OE UE PE -> status bits 0..4; DE, "denormal
 * operand", has no counterpart and is dropped).  So:
 *
 *     test   [env+ctl], mask      ; non-default mode -> slow
 *     movq   xmm0, a ...          ; the operation on xmm0..2
 *     movq   d, xmm0
 *     exponent of d in [2, max-1] ; else (zero, tiny, inf, NaN) -> slow
 *   slow (out of line): save every caller-saved register, call the exact
 *     helper with a, b, c in xmm0..2, put its result in d, restore.
 *
 * The flags the fast path raises stay in MXCSR ("pending") until the next
 * helper call, branch, status-word access or block exit, where codegen.c
 * folds them into the status word (fp_fold_flags: status |= new flags,
 * MXCSR cleared of them).  Helpers expect every MXCSR flag to be in the
 * status word already (targets/aarch64/helper_fp.c fp_begin).  A helper
 * that breaks that rule itself leaves flags behind: after a call, a
 * label or at block entry the state is "unknown", and the first fpop
 * clears flags the status word lacks (none can be pending there).
 * Pending flags are lost if a guest fault interrupts the block.
 */
#include "host_features.h"
#include "lower.h"

#define DBL(op) ((op)->width == IR_W64)

static const int saved[] = {
    X86_RAX, X86_RCX, X86_RDX, X86_RSI, X86_RDI, X86_R8, X86_R9, X86_R10, X86_R11
};
#define NR_SAVED 9

static void to_xmm(struct lower *L, const struct opnd *o)
{
    x86_movq_xr(L->cb, 0, o[1].reg);
    x86_movq_xr(L->cb, 1, o[2].reg);
    x86_movq_xr(L->cb, 2, o[3].reg);
}

/* The host operation on xmm0 (a), xmm1 (b), xmm2 (c); result in xmm0. */
static bool host_op(struct lower *L, enum ir_fpop kind, bool dbl)
{
    uint8_t pfx = dbl ? 0xf2 : 0xf3;
    static const uint8_t fma_op[] = { 0xb9, 0xbd, 0xbf, 0xbb };
    switch (kind) {
    case FPOP_ADD: x86_sse_rr(L->cb, pfx, 0x58, 0, 1); return true;
    case FPOP_SUB: x86_sse_rr(L->cb, pfx, 0x5c, 0, 1); return true;
    case FPOP_MUL: x86_sse_rr(L->cb, pfx, 0x59, 0, 1); return true;
    case FPOP_DIV: x86_sse_rr(L->cb, pfx, 0x5e, 0, 1); return true;
    case FPOP_SQRT: x86_sse_rr(L->cb, pfx, 0x51, 0, 0); return true;
    default:
        if (!host_features.fma)
            return false;
        /* xmm2 = c (+/-) xmm0*xmm1 in place, then into xmm0 */
        x86_vfma231(L->cb, fma_op[kind - FPOP_MADD], dbl, 2, 0, 1);
        x86_sse_rr(L->cb, 0x66, 0x6f, 0, 2);                 /* movdqa xmm0, xmm2 */
        return true;
    }
}

/* Slow unless the exponent of d is in [2, max-1] (s0 is scratch). */
static uint8_t *check_result(struct lower *L, bool dbl, int d, int s0)
{
    x86_mov_rr(L->cb, true, s0, d);
    x86_shift_ri(L->cb, X86_SHR, true, s0, dbl ? 52 : 23);
    x86_alu_ri(L->cb, X86_AND, false, s0, dbl ? 0x7ff : 0xff);
    x86_alu_ri(L->cb, X86_SUB, false, s0, 2);
    x86_alu_ri(L->cb, X86_CMP, false, s0, dbl ? 0x7fc : 0xfc);
    return x86_jcc_rel32(L->cb, X86_CC_A);
}

/* s0 = the MXCSR flags in status-word order, s1 = those not yet in the
 * status word (ZF set when none); tmp holds the MXCSR image. */
static void new_flags(struct codebuf *cb, uint32_t status_off, int s0, int s1)
{
    struct x86_mem tmp = X86_MEM(X86_RSP, -8);     /* red zone */
    x86_stmxcsr(cb, tmp);
    x86_load(cb, 2, false, s0, tmp);
    x86_mov_rr(cb, false, s1, s0);
    x86_alu_ri(cb, X86_AND, false, s1, 1);
    x86_shift_ri(cb, X86_SHR, false, s0, 1);
    x86_alu_ri(cb, X86_AND, false, s0, 0x1e);
    x86_alu_rr(cb, X86_OR, false, s0, s1);
    x86_load(cb, 2, false, s1, X86_MEM(ENV_REG, (int32_t)status_off));
    x86_not(cb, false, s1);
    x86_alu_rr(cb, X86_AND, false, s1, s0);
}

/* Flags in MXCSR that the status word lacks, while none are pending: a
 * helper left them behind (it should not): clear them. */
static void clean_flags(struct codebuf *cb, uint32_t status_off, int s0, int s1)
{
    struct x86_mem tmp = X86_MEM(X86_RSP, -8);
    new_flags(cb, status_off, s0, s1);
    uint8_t *clean = x86_jcc_rel32(cb, X86_CC_E);
    x86_load(cb, 2, false, s1, tmp);
    x86_alu_ri(cb, X86_AND, false, s1, ~0x3f);
    x86_store(cb, 2, s1, tmp);
    x86_ldmxcsr(cb, tmp);
    x86_patch_rel32(clean, cb->ptr);
}

void fp_fold_flags(struct codebuf *cb, uint32_t status_off, int s0, int s1)
{
    struct x86_mem tmp = X86_MEM(X86_RSP, -8);
    new_flags(cb, status_off, s0, s1);
    uint8_t *none = x86_jcc_rel32(cb, X86_CC_E);
    x86_alu_mr(cb, X86_OR, false, X86_MEM(ENV_REG, (int32_t)status_off), s0);
    x86_load(cb, 2, false, s1, tmp);
    x86_alu_ri(cb, X86_AND, false, s1, ~0x3f);
    x86_store(cb, 2, s1, tmp);
    x86_ldmxcsr(cb, tmp);
    x86_patch_rel32(none, cb->ptr);
}

static int saved_index(int r)
{
    for (int i = 0; i < NR_SAVED; i++)
        if (saved[i] == r)
            return i;
    return -1;
}

/* Out of line: call the exact helper with every caller-saved register
 * kept, the stack realigned whatever it was. */
static void slow_path(struct lower *L, const struct ir_op *op,
                      const struct opnd *o)
{
    struct codebuf *cb = L->cb;
    to_xmm(L, o);
    for (int i = 0; i < NR_SAVED; i++)
        x86_push(cb, saved[i]);
    if (L->fp_pending)     /* the helper must see them in the status word */
        fp_fold_flags(cb, L->fp_status_off, X86_RAX, X86_R11);
    x86_mov_rr(cb, true, X86_RAX, X86_RSP);          /* base of the saves */
    x86_alu_ri(cb, X86_AND, true, X86_RSP, -16);
    x86_alu_ri(cb, X86_SUB, true, X86_RSP, 8);
    x86_push(cb, X86_RAX);
    x86_mov_rr(cb, true, X86_RDI, ENV_REG);
    x86_mov_ri(cb, X86_RSI, op->c[0] | (uint64_t)DBL(op) << 8);
    x86_call_abs(cb, (const void *)(uintptr_t)op->c[2]);
    x86_load(cb, 3, false, X86_RCX, X86_MEM(X86_RSP, 0));
    int i = saved_index(o[0].reg);
    if (i >= 0)      /* d is restored below: put the result in its slot */
        x86_store(cb, 3, X86_RAX, X86_MEM(X86_RCX, 8 * (NR_SAVED - 1 - i)));
    else
        x86_mov_rr(cb, true, o[0].reg, X86_RAX);
    x86_mov_rr(cb, true, X86_RSP, X86_RCX);
    for (int k = NR_SAVED; k-- > 0;)
        x86_pop(cb, saved[k]);
}

void emit_fpop(struct lower *L, const struct ir_op *op, const struct opnd *o,
               const int *s)
{
    struct codebuf *cb = L->cb;
    enum ir_fpop kind = (enum ir_fpop)op->c[0];
    uint32_t ctl = op->c[1] & 0xffff;
    uint32_t mask = (uint32_t)(op->c[1] >> 32);
    uint8_t *to_slow[2] = { NULL, NULL }, *done;

    if (L->fp_unknown) {
        clean_flags(cb, L->fp_status_off, s[0], s[1]);
        L->fp_unknown = false;
    }
    x86_load(cb, 2, false, s[0], X86_MEM(ENV_REG, (int32_t)ctl));
    x86_test_ri(cb, false, s[0], (int32_t)mask);
    to_slow[0] = x86_jcc_rel32(cb, X86_CC_NE);
    to_xmm(L, o);
    if (!host_op(L, kind, DBL(op))) {
        x86_patch_rel32(to_slow[0], cb->ptr);     /* no FMA: always exact */
        slow_path(L, op, o);
        (void)s;
        return;
    }
    x86_movq_rx(cb, o[0].reg, 0);
    if (!DBL(op))
        x86_mov_rr(cb, false, o[0].reg, o[0].reg); /* single: upper half 0 */
    to_slow[1] = check_result(L, DBL(op), o[0].reg, s[0]);
    done = x86_jmp_rel32(cb);
    x86_patch_rel32(to_slow[0], cb->ptr);
    x86_patch_rel32(to_slow[1], cb->ptr);
    slow_path(L, op, o);
    x86_patch_rel32(done, cb->ptr);
    L->fp_pending = true;
}
