/*
 * helper_fp_fast.c - scalar FP on the backend's fast path (IR fpop).
 *
 * trans_fp.c emits fpop for FADD/FSUB/FMUL/FDIV/FSQRT and the fused
 * multiply-adds on S and D registers: the backend runs them on SSE when
 * FPCR is in its default state and the result is a normal number, and
 * calls a64_fp_slow otherwise, which computes the Arm-exact result with
 * helper_fp.c (rounding mode, FZ, DN, NaN rules, tininess, FPSR).
 */
#include <string.h>
#include "helper_fp.h"
#include "helper_fp_fast.h"
#include "ir.h"

/* The guest wrote FPSR (MSR, sigreturn): the host exception flags the
 * fast path leaves in MXCSR (always a subset of the old FPSR) must not be
 * folded into the new one. */
void a64_fpsr_written(struct a64_cpu *env)
{
    uint32_t m;
    (void)env;
    __asm__ volatile("stmxcsr %0" : "=m"(m));
    if (m & 0x3f) {
        m &= ~0x3fu;
        __asm__ volatile("ldmxcsr %0" : : "m"(m));
    }
}

static uint64_t bits(double d)
{
    uint64_t v;
    memcpy(&v, &d, sizeof v);
    return v;
}

uint64_t a64_fp_slow(struct a64_cpu *env, uint64_t op, double a, double b,
                     double c)
{
    int ft = (op >> 8) & 1;                 /* 0 single, 1 double */
    uint64_t x = bits(a), y = bits(b), z = bits(c);
    if (!ft) {
        x = (uint32_t)x;
        y = (uint32_t)y;
        z = (uint32_t)z;
    }
    switch ((enum ir_fpop)(op & 0xff)) {
    case FPOP_ADD: return fp_op2(env->fpcr, &env->fpsr, FP2_ADD, ft, x, y);
    case FPOP_SUB: return fp_op2(env->fpcr, &env->fpsr, FP2_SUB, ft, x, y);
    case FPOP_MUL: return fp_op2(env->fpcr, &env->fpsr, FP2_MUL, ft, x, y);
    case FPOP_DIV: return fp_op2(env->fpcr, &env->fpsr, FP2_DIV, ft, x, y);
    case FPOP_SQRT: return fp_op1(env->fpcr, &env->fpsr, FP1_SQRT, ft, x);
    default:
        return a64_fp_slow_fma(env, (enum ir_fpop)(op & 0xff), ft, x, y, z);
    }
}

/* c + a*b, c - a*b, -c - a*b, -c + a*b, each with one rounding: negate
 * the inputs (exact), as the Arm ARM's FPMulAdd does for FMSUB & co. */
uint64_t a64_fp_slow_fma(struct a64_cpu *env, enum ir_fpop kind, int ft,
                         uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t sign = ft ? 1ull << 63 : 1ull << 31;
    if (kind == FPOP_MSUB || kind == FPOP_NMADD)
        a ^= sign;
    if (kind == FPOP_NMADD || kind == FPOP_NMSUB)
        c ^= sign;
    return fp_muladd(env->fpcr, &env->fpsr, ft, c, a, b);
}
