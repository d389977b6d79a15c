/*
 * helper_simd_int_fast.c - SSE versions of the hot operations of
 * helper_simd_int.h (TBL/TBX, SLI/SRI, saturating add/subtract, halving
 * adds, absolute differences, widening multiplies, SQ(R)DMULH of
 * halfwords, pairwise-long adds), one function per operation and
 * element size, looked up by simdi_fast / simdi_tbl_fast.  Vector forms
 * only (the translator sends scalar and by-element forms to the generic
 * helper).  Semantics: the Arm ARM C7.2 pseudocode; helper_simd_int.c
 * has the element-loop version of each.
 */
#pragma GCC target("sse4.2,popcnt")
#include "helper_simd_int.h"
#include "simd_sse.h"           /* V, LD, st, add_, srl_, sll_, widen_ */

#define Q       ((desc >> 10) & 1)     /* simdi_desc */
#define TQ      (desc & 1)             /* TBL/TBX desc */
#define SH      ((int)(desc >> 16) & 0xff)

static inline V set1(int sz, uint64_t x)
{
    switch (sz) {
    case 0: return _mm_set1_epi8((char)x);
    case 1: return _mm_set1_epi16((short)x);
    case 2: return _mm_set1_epi32((int)x);
    default: return _mm_set1_epi64x((long long)x);
    }
}

/* lanes that differ set QC (only lanes inside Q count) */
static inline void qc_if(struct a64_cpu *env, V x, V y, uint64_t q)
{
    V ne = _mm_xor_si128(x, y);
    if (!q)
        ne = _mm_move_epi64(ne);
    if (!_mm_testz_si128(ne, ne))
        env->fpsr |= FPSR_QC;
}

#define DEF(name, ...)                                                  \
    static __attribute__((unused)) void                                 \
    name(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,    \
         uint64_t desc)                                                 \
    {                                                                   \
        V a = LD(rn), b = LD(rm), d = LD(rd), r;                        \
        (void)a; (void)b; (void)d;                                      \
        __VA_ARGS__                                                     \
        st(env, rd, r, Q);                                              \
    }

/* -- SLI / SRI: insert shifted a into d (shift count in desc) -- */

#define DEF4(name, body)                                                \
    DEF(name##_b, { const int sz = 0; (void)sz; body })                \
    DEF(name##_h, { const int sz = 1; (void)sz; body })                \
    DEF(name##_s, { const int sz = 2; (void)sz; body })                \
    DEF(name##_d, { const int sz = 3; (void)sz; body })

/* SLI: m = ones << sh; SRI: m = ones >> sh (sh = width: keep d) */
DEF4(sli, {
    V m = sll_(_mm_set1_epi32(-1), sz, SH);
    r = _mm_or_si128(_mm_andnot_si128(m, d), sll_(a, sz, SH));
})
DEF4(sri, {
    if (SH >= 8 << sz) {
        r = d;
    } else {
        V m = srl_(_mm_set1_epi32(-1), sz, SH);
        r = _mm_or_si128(_mm_andnot_si128(m, d), srl_(a, sz, SH));
    }
})

/* -- saturating add/subtract of bytes and halfwords -- */

DEF(sqadd_b, { r = _mm_adds_epi8(a, b); qc_if(env, r, _mm_add_epi8(a, b), Q); })
DEF(sqadd_h, { r = _mm_adds_epi16(a, b); qc_if(env, r, _mm_add_epi16(a, b), Q); })
DEF(uqadd_b, { r = _mm_adds_epu8(a, b); qc_if(env, r, _mm_add_epi8(a, b), Q); })
DEF(uqadd_h, { r = _mm_adds_epu16(a, b); qc_if(env, r, _mm_add_epi16(a, b), Q); })
DEF(sqsub_b, { r = _mm_subs_epi8(a, b); qc_if(env, r, _mm_sub_epi8(a, b), Q); })
DEF(sqsub_h, { r = _mm_subs_epi16(a, b); qc_if(env, r, _mm_sub_epi16(a, b), Q); })
DEF(uqsub_b, { r = _mm_subs_epu8(a, b); qc_if(env, r, _mm_sub_epi8(a, b), Q); })
DEF(uqsub_h, { r = _mm_subs_epu16(a, b); qc_if(env, r, _mm_sub_epi16(a, b), Q); })

/* -- halving adds: avg rounds up; flip sign bits for the signed forms -- */

static inline V avg_(V a, V b, int sz)
{
    return sz ? _mm_avg_epu16(a, b) : _mm_avg_epu8(a, b);
}

/* floor((a + b) / 2) = round-up average minus the lost low bit */
static inline V hadd_(V a, V b, int sz)
{
    V lo = _mm_and_si128(_mm_xor_si128(a, b), set1(sz, 1));
    return sz ? _mm_sub_epi16(avg_(a, b, sz), lo) : _mm_sub_epi8(avg_(a, b, sz), lo);
}

#define DEF2SZ(name, body)                                              \
    DEF(name##_b, { const int sz = 0; body })                          \
    DEF(name##_h, { const int sz = 1; body })
DEF2SZ(urhadd, { r = avg_(a, b, sz); })
DEF2SZ(uhadd, { r = hadd_(a, b, sz); })
DEF2SZ(srhadd, {
    V k = set1(sz, sz ? 0x8000 : 0x80);
    r = _mm_xor_si128(avg_(_mm_xor_si128(a, k), _mm_xor_si128(b, k), sz), k);
})
DEF2SZ(shadd, {
    V k = set1(sz, sz ? 0x8000 : 0x80);
    r = _mm_xor_si128(hadd_(_mm_xor_si128(a, k), _mm_xor_si128(b, k), sz), k);
})

/* -- absolute differences: max - min -- */

static inline V abd_(V a, V b, int sz, int sgn)
{
    switch (sz * 2 + sgn) {
    case 0: return _mm_sub_epi8(_mm_max_epu8(a, b), _mm_min_epu8(a, b));
    case 1: return _mm_sub_epi8(_mm_max_epi8(a, b), _mm_min_epi8(a, b));
    case 2: return _mm_sub_epi16(_mm_max_epu16(a, b), _mm_min_epu16(a, b));
    case 3: return _mm_sub_epi16(_mm_max_epi16(a, b), _mm_min_epi16(a, b));
    case 4: return _mm_sub_epi32(_mm_max_epu32(a, b), _mm_min_epu32(a, b));
    default: return _mm_sub_epi32(_mm_max_epi32(a, b), _mm_min_epi32(a, b));
    }
}

#define DEF3SZ(name, body)                                              \
    DEF(name##_b, { const int sz = 0; body })                          \
    DEF(name##_h, { const int sz = 1; body })                          \
    DEF(name##_s, { const int sz = 2; body })
DEF3SZ(uabd, { r = abd_(a, b, sz, 0); })
DEF3SZ(sabd, { r = abd_(a, b, sz, 1); })
DEF3SZ(uaba, { r = add_(d, abd_(a, b, sz, 0), sz); })
DEF3SZ(saba, { r = add_(d, abd_(a, b, sz, 1), sz); })

/* -- SQDMULH / SQRDMULH of halfwords: only -0x8000 * -0x8000 overflows -- */

static inline V fix_ovf(struct a64_cpu *env, V r, V a, V b, uint64_t q)
{
    V k = _mm_set1_epi16((short)0x8000);
    V o = _mm_and_si128(_mm_cmpeq_epi16(a, k), _mm_cmpeq_epi16(b, k));
    qc_if(env, o, _mm_setzero_si128(), q);
    return _mm_xor_si128(r, o);         /* 0x8000 -> 0x7fff */
}

DEF(sqrdmulh_h, { r = fix_ovf(env, _mm_mulhrs_epi16(a, b), a, b, Q); })
DEF(sqdmulh_h, {
    V hi = _mm_mulhi_epi16(a, b), lo = _mm_mullo_epi16(a, b);
    r = fix_ovf(env, _mm_or_si128(_mm_slli_epi16(hi, 1), _mm_srli_epi16(lo, 15)),
                a, b, Q);
})

/* -- widening multiplies (size = the narrow size; Q: upper halves) -- */

static inline V mull_(V a, V b, int sz, int sgn, uint64_t q)
{
    V x = widen_(a, sz, sgn, q), y = widen_(b, sz, sgn, q);
    switch (sz) {
    case 0: return _mm_mullo_epi16(x, y);
    case 1: return _mm_mullo_epi32(x, y);
    default: return sgn ? _mm_mul_epi32(x, y) : _mm_mul_epu32(x, y);
    }
}

/* long results are always 128 bits */
#define DEFL(name, body)                                                \
    static __attribute__((unused)) void                                 \
    name(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,    \
         uint64_t desc)                                                 \
    {                                                                   \
        V a = LD(rn), b = LD(rm), d = LD(rd);                           \
        (void)d;                                                        \
        _mm_store_si128((V *)&env->v[rd], (body));                      \
    }
#define DEFL3(name, sgn, expr)                                          \
    DEFL(name##_b, ({ const int sz = 0; expr; }))                      \
    DEFL(name##_h, ({ const int sz = 1; expr; }))                      \
    DEFL(name##_s, ({ const int sz = 2; expr; }))
DEFL3(umull, 0, mull_(a, b, sz, 0, Q))
DEFL3(smull, 1, mull_(a, b, sz, 1, Q))
DEFL3(umlal, 0, add_(d, mull_(a, b, sz, 0, Q), sz + 1))
DEFL3(smlal, 1, add_(d, mull_(a, b, sz, 1, Q), sz + 1))

/* -- pairwise long adds (size = the narrow size) -- */

static inline V addlp_(V a, int sz, int sgn)
{
    switch (sz * 2 + sgn) {
    case 0: return _mm_maddubs_epi16(a, _mm_set1_epi8(1));
    case 1: return _mm_maddubs_epi16(_mm_set1_epi8(1), a);
    case 2: return _mm_add_epi32(_mm_and_si128(a, _mm_set1_epi32(0xffff)),
                                 _mm_srli_epi32(a, 16));
    case 3: return _mm_madd_epi16(a, _mm_set1_epi16(1));
    default: return _mm_add_epi64(_mm_and_si128(a, _mm_set1_epi64x(0xffffffff)),
                                  _mm_srli_epi64(a, 32));     /* unsigned S */
    }
}

DEF(uaddlp_b, { r = addlp_(a, 0, 0); })
DEF(saddlp_b, { r = addlp_(a, 0, 1); })
DEF(uaddlp_h, { r = addlp_(a, 1, 0); })
DEF(saddlp_h, { r = addlp_(a, 1, 1); })
DEF(uaddlp_s, { r = addlp_(a, 2, 0); })
DEF(uadalp_b, { r = _mm_add_epi16(d, addlp_(a, 0, 0)); })
DEF(sadalp_b, { r = _mm_add_epi16(d, addlp_(a, 0, 1)); })
DEF(uadalp_h, { r = _mm_add_epi32(d, addlp_(a, 1, 0)); })
DEF(sadalp_h, { r = _mm_add_epi32(d, addlp_(a, 1, 1)); })
DEF(uadalp_s, { r = _mm_add_epi64(d, addlp_(a, 2, 0)); })

#define E(f) { (void *)(f), #f }
#define ALL4(f) { E(f##_b), E(f##_h), E(f##_s), E(f##_d) }
#define BHS(f)  { E(f##_b), E(f##_h), E(f##_s) }
#define BH(f)   { E(f##_b), E(f##_h) }

static const struct simd_fast fast[SIMDI_NOPS][4] = {
    [SIMDI_SLI] = ALL4(sli),        [SIMDI_SRI] = ALL4(sri),
    [SIMDI_SQADD] = BH(sqadd),      [SIMDI_UQADD] = BH(uqadd),
    [SIMDI_SQSUB] = BH(sqsub),      [SIMDI_UQSUB] = BH(uqsub),
    [SIMDI_URHADD] = BH(urhadd),    [SIMDI_SRHADD] = BH(srhadd),
    [SIMDI_UHADD] = BH(uhadd),      [SIMDI_SHADD] = BH(shadd),
    [SIMDI_UABD] = BHS(uabd),       [SIMDI_SABD] = BHS(sabd),
    [SIMDI_UABA] = BHS(uaba),       [SIMDI_SABA] = BHS(saba),
    [SIMDI_SQDMULH] = { [1] = E(sqdmulh_h) },
    [SIMDI_SQRDMULH] = { [1] = E(sqrdmulh_h) },
    [SIMDI_UMULL] = BHS(umull),     [SIMDI_SMULL] = BHS(smull),
    [SIMDI_UMLAL] = BHS(umlal),     [SIMDI_SMLAL] = BHS(smlal),
    [SIMDI_UADDLP] = BHS(uaddlp),   [SIMDI_SADDLP] = BH(saddlp),
    [SIMDI_UADALP] = BHS(uadalp),   [SIMDI_SADALP] = BH(sadalp),
};

const struct simd_fast *simdi_fast(int op, int size)
{
    if ((unsigned)op >= SIMDI_NOPS || size < 0 || size > 3 || !fast[op][size].fn)
        return NULL;
    return &fast[op][size];
}

/* -- TBL/TBX: pshufb per table register; an index byte minus 16k plus
 * 0x70 (saturating) has bit 7 set unless it falls in register k -- */

static inline V tbl_(struct a64_cpu *env, uint64_t rn, V idx, int regs)
{
    V r = _mm_setzero_si128(), k = _mm_set1_epi8(0x70);

    for (int i = 0; i < regs; i++) {
        V t = LD((rn + (uint64_t)i) % 32);
        r = _mm_or_si128(r, _mm_shuffle_epi8(t, _mm_adds_epu8(idx, k)));
        idx = _mm_sub_epi8(idx, _mm_set1_epi8(16));
    }
    return r;
}

#define DEFT(n)                                                         \
    static void tbl##n(struct a64_cpu *env, uint64_t rd, uint64_t rn,   \
                       uint64_t rm, uint64_t desc)                      \
    {                                                                   \
        st(env, rd, tbl_(env, rn, LD(rm), n), TQ);                       \
    }                                                                   \
    static void tbx##n(struct a64_cpu *env, uint64_t rd, uint64_t rn,   \
                       uint64_t rm, uint64_t desc)                      \
    {                                                                   \
        V idx = LD(rm);                                                 \
        /* out of range: idx >= 16n (unsigned) keeps Vd's byte */       \
        V out = _mm_cmpeq_epi8(_mm_max_epu8(idx, _mm_set1_epi8(16 * n)), idx); \
        st(env, rd, _mm_blendv_epi8(tbl_(env, rn, idx, n), LD(rd), out), TQ); \
    }
DEFT(1) DEFT(2) DEFT(3) DEFT(4)

static const struct simd_fast fast_tbl[4][2] = {
    { E(tbl1), E(tbx1) }, { E(tbl2), E(tbx2) },
    { E(tbl3), E(tbx3) }, { E(tbl4), E(tbx4) },
};

const struct simd_fast *simdi_tbl_fast(int regs, int tbx)
{
    return regs >= 1 && regs <= 4 ? &fast_tbl[regs - 1][tbx != 0] : NULL;
}
