/*
 * simd_sse.h - the SSE building blocks the fast Advanced SIMD helpers
 * share (helper_simd_fast.c, helper_simd_int_fast.c): a V register as an
 * __m128i, its load and its Q-aware store, and the element-size families
 * both need.  static inline, so every helper still compiles to a handful
 * of host instructions.
 *
 * Include it after `#pragma GCC target("sse4.2,popcnt")` (ferry's
 * baseline host, DESIGN.md); a function using LD() has the CPU state in
 * a variable named env:
 *
 *     V a = LD(rn), b = LD(rm);
 *     st(env, rd, add_(a, b, sz), q);         // Q = 0 zeroes bits 127:64
 */
#ifndef FERRY_A64_SIMD_SSE_H
#define FERRY_A64_SIMD_SSE_H

#ifndef __SSE4_2__
#error "simd_sse.h: include after #pragma GCC target(\"sse4.2,popcnt\")"
#endif
#include <immintrin.h>
#include <stdint.h>
#include "cpu.h"

typedef __m128i V;

#define LD(n)   _mm_load_si128((const V *)&env->v[n])

/* A result with Q = 0 zeroes bits 127:64 (Arm ARM C2.1.2). */
static inline void st(struct a64_cpu *env, uint64_t rd, V r, uint64_t q)
{
    _mm_store_si128((V *)&env->v[rd], q ? r : _mm_move_epi64(r));
}

/* -- Element-size families (sz: 0 byte .. 3 double) -- */

static inline V add_(V a, V b, int sz)
{
    switch (sz) {
    case 0: return _mm_add_epi8(a, b);
    case 1: return _mm_add_epi16(a, b);
    case 2: return _mm_add_epi32(a, b);
    default: return _mm_add_epi64(a, b);
    }
}

/* Shifts by a count below the element size; SSE has no byte shifts, so
 * bytes shift as halves and drop the bits that crossed a byte. */
static inline V srl_(V a, int sz, int sh)
{
    V c = _mm_cvtsi32_si128(sh);
    switch (sz) {
    case 0: return _mm_and_si128(_mm_srl_epi16(a, c), _mm_set1_epi8((char)(0xff >> sh)));
    case 1: return _mm_srl_epi16(a, c);
    case 2: return _mm_srl_epi32(a, c);
    default: return _mm_srl_epi64(a, c);
    }
}

static inline V sll_(V a, int sz, int sh)
{
    V c = _mm_cvtsi32_si128(sh);
    switch (sz) {
    case 0: return _mm_and_si128(_mm_sll_epi16(a, c), _mm_set1_epi8((char)(0xff << sh)));
    case 1: return _mm_sll_epi16(a, c);
    case 2: return _mm_sll_epi32(a, c);
    default: return _mm_sll_epi64(a, c);
    }
}

/* the low (Q = 0) or high half of a, each element widened to 2 << sz bytes */
static inline V widen_(V a, int sz, int sgn, uint64_t q)
{
    if (q)
        a = _mm_srli_si128(a, 8);
    switch (sz * 2 + sgn) {
    case 0: return _mm_cvtepu8_epi16(a);
    case 1: return _mm_cvtepi8_epi16(a);
    case 2: return _mm_cvtepu16_epi32(a);
    case 3: return _mm_cvtepi16_epi32(a);
    case 4: return _mm_cvtepu32_epi64(a);
    default: return _mm_cvtepi32_epi64(a);
    }
}

#endif
