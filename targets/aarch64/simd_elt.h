/*
 * simd_elt.h - element access on a 128-bit V register and the small
 * routines the Advanced SIMD and FP helpers share (helper_simd.c,
 * helper_simd_int.c, helper_simd_fp2.c, helper_fp16.c).  Internal to
 * targets/aarch64: static inline, so each helper's element loops compile
 * as they would with a private copy.
 *
 *     uint64_t x = elt(&n, i, size);          // zero-extended element
 *     int64_t s = selt(&n, i, size);          // sign-extended element
 *     set_elt(&r, i, size, x + s);            // truncated to the size
 *
 * size is the Arm ARM element size field: 0 byte, 1 half, 2 single,
 * 3 double; i counts elements of that size from bit 0.
 */
#ifndef FERRY_A64_SIMD_ELT_H
#define FERRY_A64_SIMD_ELT_H

#include <stdint.h>
#include "cpu.h"

/* -- Element access -- */

static inline uint64_t elt(const a64_vreg *v, int i, int size)
{
    switch (size) {
    case 0: return v->b[i];
    case 1: return v->h[i];
    case 2: return v->s[i];
    default: return v->d[i];
    }
}

static inline int64_t selt(const a64_vreg *v, int i, int size)
{
    switch (size) {
    case 0: return (int8_t)v->b[i];
    case 1: return (int16_t)v->h[i];
    case 2: return (int32_t)v->s[i];
    default: return (int64_t)v->d[i];
    }
}

static inline void set_elt(a64_vreg *v, int i, int size, uint64_t x)
{
    switch (size) {
    case 0: v->b[i] = (uint8_t)x; break;
    case 1: v->h[i] = (uint16_t)x; break;
    case 2: v->s[i] = (uint32_t)x; break;
    default: v->d[i] = x; break;
    }
}

/* -- Reciprocal estimates (Arm ARM J1 shared/functions/float) -- */

/* RecipEstimate: a in 256..511 (units of 1/512), result in 256..511 */
static inline unsigned recip_estimate(unsigned a)
{
    unsigned b = (1u << 19) / (a * 2 + 1);

    return (b + 1) / 2;
}

/* RecipSqrtEstimate: a in 128..511 */
static inline unsigned rsqrt_estimate(unsigned a)
{
    unsigned b = 512;

    a = a < 256 ? a * 2 + 1 : ((a >> 1) << 1) * 2 + 2;
    while ((uint64_t)a * (b + 1) * (b + 1) < (1ull << 28))
        b++;
    return (b + 1) / 2;
}

/* The common tail of FPRecipEstimate (Arm ARM J1) for every precision:
 * from the biased exponent EXP and the 52-bit fraction FRAC of a finite,
 * non-zero operand that does not overflow, the result's 52-bit fraction;
 * *REXP gets its biased exponent.  BIAS2 is 2 * bias - 1. */
static inline uint64_t recip_estimate_frac(int exp, uint64_t frac, int bias2,
                                           int *rexp)
{
    if (exp == 0) {
        if (!(frac >> 51 & 1)) {
            exp = -1;
            frac = frac << 2 & ((1ull << 52) - 1);
        } else {
            frac = frac << 1 & ((1ull << 52) - 1);
        }
    }
    frac = (uint64_t)(recip_estimate((unsigned)(256 | frac >> 44)) & 0xff) << 44;
    *rexp = bias2 - exp;
    if (*rexp == 0) {
        frac = 1ull << 51 | frac >> 1;
    } else if (*rexp == -1) {
        frac = 1ull << 50 | frac >> 2;
        *rexp = 0;
    }
    return frac;
}

/* The common part of FPRSqrtEstimate (Arm ARM J1): a positive finite
 * non-zero operand's biased exponent *EXP (denormals normalised, so it
 * may go negative) and 52-bit fraction FRAC to the 8-bit estimate. */
static inline unsigned rsqrt_estimate_frac(int *exp, uint64_t frac)
{
    unsigned scaled;

    if (*exp == 0) {
        while (!(frac >> 51 & 1)) {
            frac = frac << 1 & ((1ull << 52) - 1);
            (*exp)--;
        }
        frac = frac << 1 & ((1ull << 52) - 1);
    }
    scaled = (*exp & 1) ? (unsigned)(128 | frac >> 45)
                        : (unsigned)(256 | frac >> 44);
    return rsqrt_estimate(scaled) & 0xff;
}

#endif
