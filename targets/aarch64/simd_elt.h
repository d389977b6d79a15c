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

#endif
