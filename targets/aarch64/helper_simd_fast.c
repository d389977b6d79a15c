/*
 * helper_simd_fast.c - the common Advanced SIMD integer operations as one
 * small SSE helper each, working on the 128-bit env->v[] registers in a
 * handful of host instructions (see helper_simd.h for the lookup API).
 *
 * x86-64-v2 (SSE4.2, POPCNT) is ferry's baseline host, so nothing here
 * needs a run-time check.  Each helper gets rd, rn, [rm] and a word
 * "q | shift << 8"; a result with Q = 0 zeroes bits 127:64 (Arm ARM
 * C2.1.2), the narrowing "2" forms keep the low half of Vd.  Semantics:
 * the Arm ARM C7.2 pseudocode of each instruction; helper_simd.c has the
 * element-loop versions of the same operations (and of the rare ones
 * that have no fast helper).
 */
#pragma GCC target("sse4.2,popcnt")
#include "helper_simd.h"
#include "simd_sse.h"           /* V, LD, st, add_, srl_, sll_, widen_ */

#define Q       (desc & 1)
#define SH      ((int)(desc >> 8) & 0xff)

static inline V vnot(V a) { return _mm_xor_si128(a, _mm_set1_epi32(-1)); }
static inline V zero(void) { return _mm_setzero_si128(); }

/* -- element-size families (add_ and the shifts: simd_sse.h) -- */

static inline V sub_(V a, V b, int sz)
{
    switch (sz) {
    case 0: return _mm_sub_epi8(a, b);
    case 1: return _mm_sub_epi16(a, b);
    case 2: return _mm_sub_epi32(a, b);
    default: return _mm_sub_epi64(a, b);
    }
}

static inline V eq_(V a, V b, int sz)
{
    switch (sz) {
    case 0: return _mm_cmpeq_epi8(a, b);
    case 1: return _mm_cmpeq_epi16(a, b);
    case 2: return _mm_cmpeq_epi32(a, b);
    default: return _mm_cmpeq_epi64(a, b);
    }
}

static inline V gt_(V a, V b, int sz)
{
    switch (sz) {
    case 0: return _mm_cmpgt_epi8(a, b);
    case 1: return _mm_cmpgt_epi16(a, b);
    case 2: return _mm_cmpgt_epi32(a, b);
    default: return _mm_cmpgt_epi64(a, b);
    }
}

/* unsigned a > b: flip the sign bits, compare signed */
static inline V bias(int sz)
{
    switch (sz) {
    case 0: return _mm_set1_epi8((char)0x80);
    case 1: return _mm_set1_epi16((short)0x8000);
    case 2: return _mm_set1_epi32((int)0x80000000u);
    default: return _mm_set1_epi64x((long long)0x8000000000000000ull);
    }
}

static inline V hi_(V a, V b, int sz)
{
    return gt_(_mm_xor_si128(a, bias(sz)), _mm_xor_si128(b, bias(sz)), sz);
}

static inline V max_(V a, V b, int sz, int sgn)
{
    switch (sz * 2 + sgn) {
    case 0: return _mm_max_epu8(a, b);
    case 1: return _mm_max_epi8(a, b);
    case 2: return _mm_max_epu16(a, b);
    case 3: return _mm_max_epi16(a, b);
    case 4: return _mm_max_epu32(a, b);
    default: return _mm_max_epi32(a, b);
    }
}

static inline V min_(V a, V b, int sz, int sgn)
{
    switch (sz * 2 + sgn) {
    case 0: return _mm_min_epu8(a, b);
    case 1: return _mm_min_epi8(a, b);
    case 2: return _mm_min_epu16(a, b);
    case 3: return _mm_min_epi16(a, b);
    case 4: return _mm_min_epu32(a, b);
    default: return _mm_min_epi32(a, b);
    }
}

static inline V mul_(V a, V b, int sz)
{
    return sz == 1 ? _mm_mullo_epi16(a, b) : _mm_mullo_epi32(a, b);
}

/* -- permutes -- */

/* even (odd = 0) or odd elements of x in the low half, of y in the high */
static inline V uzp_(V x, V y, int sz, int odd)
{
    static const int8_t sel[2][2][16] __attribute__((aligned(16))) = {
        { { 0, 2, 4, 6, 8, 10, 12, 14, -1, -1, -1, -1, -1, -1, -1, -1 },
          { 1, 3, 5, 7, 9, 11, 13, 15, -1, -1, -1, -1, -1, -1, -1, -1 } },
        { { 0, 1, 4, 5, 8, 9, 12, 13, -1, -1, -1, -1, -1, -1, -1, -1 },
          { 2, 3, 6, 7, 10, 11, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1 } },
    };
    if (sz == 2)
        return _mm_castps_si128(odd
            ? _mm_shuffle_ps(_mm_castsi128_ps(x), _mm_castsi128_ps(y), 0xdd)
            : _mm_shuffle_ps(_mm_castsi128_ps(x), _mm_castsi128_ps(y), 0x88));
    if (sz == 3)
        return odd ? _mm_unpackhi_epi64(x, y) : _mm_unpacklo_epi64(x, y);
    V m = _mm_load_si128((const V *)sel[sz][odd]);
    return _mm_unpacklo_epi64(_mm_shuffle_epi8(x, m), _mm_shuffle_epi8(y, m));
}

/* UZP1/UZP2 and the pairwise operations see Vn:Vm; with Q = 0 that is
 * the two low halves side by side. */
static inline void pair_src(V *x, V *y, uint64_t q)
{
    if (!q)
        *x = *y = _mm_unpacklo_epi64(*x, *y);
}

static inline V zip_(V a, V b, int sz, int hi, uint64_t q)
{
    V lo;
    if (hi && q) {
        switch (sz) {
        case 0: return _mm_unpackhi_epi8(a, b);
        case 1: return _mm_unpackhi_epi16(a, b);
        case 2: return _mm_unpackhi_epi32(a, b);
        default: return _mm_unpackhi_epi64(a, b);
        }
    }
    switch (sz) {
    case 0: lo = _mm_unpacklo_epi8(a, b); break;
    case 1: lo = _mm_unpacklo_epi16(a, b); break;
    case 2: lo = _mm_unpacklo_epi32(a, b); break;
    default: lo = _mm_unpacklo_epi64(a, b); break;
    }
    return hi ? _mm_srli_si128(lo, 8) : lo;     /* D form of ZIP2 */
}

/* TRN1: even elements of a, with b's even elements in the odd slots */
static inline V trn_(V a, V b, int sz, int odd)
{
    static const uint64_t lowmask[3] = {
        0x00ff00ff00ff00ffull, 0x0000ffff0000ffffull, 0x00000000ffffffffull,
    };
    if (sz == 3)
        return odd ? _mm_unpackhi_epi64(a, b) : _mm_unpacklo_epi64(a, b);
    V m = _mm_set1_epi64x((long long)lowmask[sz]);
    V c = _mm_cvtsi32_si128(8 << sz);
    V sh;
    switch (sz) {
    case 0: sh = odd ? _mm_srl_epi16(a, c) : _mm_sll_epi16(b, c); break;
    case 1: sh = odd ? _mm_srl_epi32(a, c) : _mm_sll_epi32(b, c); break;
    default: sh = odd ? _mm_srl_epi64(a, c) : _mm_sll_epi64(b, c); break;
    }
    return odd ? _mm_or_si128(sh, _mm_andnot_si128(m, b))
               : _mm_or_si128(sh, _mm_and_si128(m, a));
}

/* -- three-register helpers: one per operation and element size -- */

#define DEF3(name, expr)                                                \
    static __attribute__((unused)) void                                 \
    name(struct a64_cpu *env, uint64_t rd, uint64_t rn,                 \
                     uint64_t rm, uint64_t desc)                        \
    {                                                                   \
        V a = LD(rn), b = LD(rm), d = LD(rd);                           \
        (void)d;                                                        \
        st(env, rd, (expr), Q);                                         \
    }
/* one helper per element size: NAME_b, NAME_h, NAME_s, NAME_d */
#define DEF3S(name, expr)                                               \
    DEF3(name##_b, ({ const int sz = 0; (void)sz; expr; }))            \
    DEF3(name##_h, ({ const int sz = 1; (void)sz; expr; }))            \
    DEF3(name##_s, ({ const int sz = 2; (void)sz; expr; }))            \
    DEF3(name##_d, ({ const int sz = 3; (void)sz; expr; }))
#define PAIRWISE(op) ({ pair_src(&a, &b, Q); \
    V e_ = uzp_(a, b, sz, 0), o_ = uzp_(a, b, sz, 1); op(e_, o_); })

DEF3S(add, add_(a, b, sz))
DEF3S(sub, sub_(a, b, sz))
DEF3S(cmeq, eq_(a, b, sz))
DEF3S(cmgt, gt_(a, b, sz))
DEF3S(cmge, vnot(gt_(b, a, sz)))
DEF3S(cmhi, hi_(a, b, sz))
DEF3S(cmhs, vnot(hi_(b, a, sz)))
DEF3S(cmtst, vnot(eq_(_mm_and_si128(a, b), zero(), sz)))
DEF3S(smax, max_(a, b, sz, 1))
DEF3S(umax, max_(a, b, sz, 0))
DEF3S(smin, min_(a, b, sz, 1))
DEF3S(umin, min_(a, b, sz, 0))
#define P_ADD(x, y)  add_(x, y, sz)
#define P_SMAX(x, y) max_(x, y, sz, 1)
#define P_UMAX(x, y) max_(x, y, sz, 0)
#define P_SMIN(x, y) min_(x, y, sz, 1)
#define P_UMIN(x, y) min_(x, y, sz, 0)
DEF3S(addp, PAIRWISE(P_ADD))
DEF3S(smaxp, PAIRWISE(P_SMAX))
DEF3S(umaxp, PAIRWISE(P_UMAX))
DEF3S(sminp, PAIRWISE(P_SMIN))
DEF3S(uminp, PAIRWISE(P_UMIN))
DEF3S(mul, mul_(a, b, sz))
DEF3S(mla, add_(d, mul_(a, b, sz), sz))
DEF3S(mls, sub_(d, mul_(a, b, sz), sz))
DEF3S(uzp1, ({ pair_src(&a, &b, Q); uzp_(a, b, sz, 0); }))
DEF3S(uzp2, ({ pair_src(&a, &b, Q); uzp_(a, b, sz, 1); }))
DEF3S(zip1, zip_(a, b, sz, 0, Q))
DEF3S(zip2, zip_(a, b, sz, 1, Q))
DEF3S(trn1, trn_(a, b, sz, 0))
DEF3S(trn2, trn_(a, b, sz, 1))
DEF3(and_v, _mm_and_si128(a, b))
DEF3(bic_v, _mm_andnot_si128(b, a))
DEF3(orr_v, _mm_or_si128(a, b))
DEF3(orn_v, _mm_or_si128(a, vnot(b)))
DEF3(eor_v, _mm_xor_si128(a, b))
DEF3(bsl_v, _mm_xor_si128(b, _mm_and_si128(d, _mm_xor_si128(a, b))))
DEF3(bit_v, _mm_xor_si128(d, _mm_and_si128(b, _mm_xor_si128(a, d))))
DEF3(bif_v, _mm_xor_si128(a, _mm_and_si128(b, _mm_xor_si128(a, d))))

#define E(f) { (void *)(f), #f }
#define ALL4(f) { E(f##_b), E(f##_h), E(f##_s), E(f##_d) }
#define BHS(f)  { E(f##_b), E(f##_h), E(f##_s) }
#define HS(f)   { [1] = E(f##_h), [2] = E(f##_s) }
#define ONE(f)  { E(f) }

static const struct simd_fast fast3[][4] = {
    [SIMD3_ADD] = ALL4(add),     [SIMD3_SUB] = ALL4(sub),
    [SIMD3_CMEQ] = ALL4(cmeq),   [SIMD3_CMGT] = ALL4(cmgt),
    [SIMD3_CMGE] = ALL4(cmge),   [SIMD3_CMHI] = ALL4(cmhi),
    [SIMD3_CMHS] = ALL4(cmhs),   [SIMD3_CMTST] = ALL4(cmtst),
    [SIMD3_SMAX] = BHS(smax),    [SIMD3_UMAX] = BHS(umax),
    [SIMD3_SMIN] = BHS(smin),    [SIMD3_UMIN] = BHS(umin),
    [SIMD3_ADDP] = ALL4(addp),   [SIMD3_SMAXP] = BHS(smaxp),
    [SIMD3_UMAXP] = BHS(umaxp),  [SIMD3_SMINP] = BHS(sminp),
    [SIMD3_UMINP] = BHS(uminp),
    [SIMD3_MUL] = HS(mul),       [SIMD3_MLA] = HS(mla),
    [SIMD3_MLS] = HS(mls),
    [SIMD3_UZP1] = ALL4(uzp1),   [SIMD3_UZP2] = ALL4(uzp2),
    [SIMD3_ZIP1] = ALL4(zip1),   [SIMD3_ZIP2] = ALL4(zip2),
    [SIMD3_TRN1] = ALL4(trn1),   [SIMD3_TRN2] = ALL4(trn2),
    [SIMD3_AND] = ONE(and_v),    [SIMD3_BIC] = ONE(bic_v),
    [SIMD3_ORR] = ONE(orr_v),    [SIMD3_ORN] = ONE(orn_v),
    [SIMD3_EOR] = ONE(eor_v),    [SIMD3_BSL] = ONE(bsl_v),
    [SIMD3_BIT] = ONE(bit_v),    [SIMD3_BIF] = ONE(bif_v),
};

/* -- two-register helpers -- */

#define DEF2(name, expr)                                                \
    static __attribute__((unused)) void                                 \
    name(struct a64_cpu *env, uint64_t rd, uint64_t rn,                 \
                     uint64_t desc)                                     \
    {                                                                   \
        V a = LD(rn);                                                   \
        st(env, rd, (expr), Q);                                         \
    }
#define DEF2S(name, expr)                                               \
    DEF2(name##_b, ({ const int sz = 0; (void)sz; expr; }))            \
    DEF2(name##_h, ({ const int sz = 1; (void)sz; expr; }))            \
    DEF2(name##_s, ({ const int sz = 2; (void)sz; expr; }))            \
    DEF2(name##_d, ({ const int sz = 3; (void)sz; expr; }))

/* byte shuffles reversing elements inside containers */
static inline V shuf(V a, uint64_t lo)
{
    return _mm_shuffle_epi8(a, _mm_set_epi64x((long long)(lo + 0x0808080808080808ull),
                                              (long long)lo));
}
#define REV64_B 0x0001020304050607ull
#define REV64_H 0x0100030205040706ull
#define REV64_S 0x0302010007060504ull
#define REV32_B 0x0405060700010203ull
#define REV32_H 0x0504070601000302ull
#define REV16_B 0x0607040502030001ull

static inline V cnt_(V a)
{
    const V lut = _mm_setr_epi8(0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
    const V low = _mm_set1_epi8(0x0f);
    V lo = _mm_shuffle_epi8(lut, _mm_and_si128(a, low));
    V hi = _mm_shuffle_epi8(lut, _mm_and_si128(_mm_srli_epi16(a, 4), low));
    return _mm_add_epi8(lo, hi);
}

static inline V abs_(V a, int sz)
{
    switch (sz) {
    case 0: return _mm_abs_epi8(a);
    case 1: return _mm_abs_epi16(a);
    case 2: return _mm_abs_epi32(a);
    default: {
        V m = _mm_cmpgt_epi64(zero(), a);
        return _mm_sub_epi64(_mm_xor_si128(a, m), m);
    }
    }
}

DEF2(rev64_b, shuf(a, REV64_B))
DEF2(rev64_h, shuf(a, REV64_H))
DEF2(rev64_s, shuf(a, REV64_S))
DEF2(rev32_b, shuf(a, REV32_B))
DEF2(rev32_h, shuf(a, REV32_H))
DEF2(rev16_b, shuf(a, REV16_B))
DEF2(cnt_b, cnt_(a))
DEF2(not_v, vnot(a))
DEF2S(neg, sub_(zero(), a, sz))
DEF2S(abs, abs_(a, sz))
DEF2S(cmgt0, gt_(a, zero(), sz))
DEF2S(cmge0, vnot(gt_(zero(), a, sz)))
DEF2S(cmeq0, eq_(a, zero(), sz))
DEF2S(cmle0, vnot(gt_(a, zero(), sz)))
DEF2S(cmlt0, gt_(zero(), a, sz))

/* XTN/XTN2 and SHRN/SHRN2: the narrow result n goes to the low half
 * (Q = 0, upper half zeroed) or the high half (Q = 1, low half kept). */
static inline void st_narrow(struct a64_cpu *env, uint64_t rd, V n,
                             uint64_t q)
{
    st(env, rd, q ? _mm_unpacklo_epi64(LD(rd), n) : n, q);
}

/* the low halves of the 2 << sz-byte elements of a, packed */
static inline V narrow_(V a, int sz)
{
    switch (sz) {
    case 0: return shuf(a, 0x0e0c0a0806040200ull);
    case 1: return shuf(a, 0x0d0c090805040100ull);
    default: return _mm_shuffle_epi32(a, 0x08);
    }
}

#define DEFN(name, sz, expr)                                            \
    static __attribute__((unused)) void                                 \
    name(struct a64_cpu *env, uint64_t rd, uint64_t rn,                 \
                     uint64_t desc)                                     \
    {                                                                   \
        V a = LD(rn);                                                   \
        st_narrow(env, rd, narrow_((expr), sz), Q);                     \
    }
DEFN(xtn_b, 0, a)
DEFN(xtn_h, 1, a)
DEFN(xtn_s, 2, a)

/* Across lanes (ADDV, [SU]MAXV, [SU]MINV): element 0 of a zeroed Vd. */
static inline uint64_t fold(V x, int sz, int op)
{
    for (int step = 8; step >= 1 << sz; step >>= 1) {
        V y;
        switch (step) {
        case 8: y = _mm_srli_si128(x, 8); break;
        case 4: y = _mm_srli_si128(x, 4); break;
        case 2: y = _mm_srli_si128(x, 2); break;
        default: y = _mm_srli_si128(x, 1); break;
        }
        switch (op) {
        case 0: x = add_(x, y, sz); break;
        case 1: x = max_(x, y, sz, 0); break;
        case 2: x = max_(x, y, sz, 1); break;
        case 3: x = min_(x, y, sz, 0); break;
        default: x = min_(x, y, sz, 1); break;
        }
    }
    return (uint64_t)_mm_cvtsi128_si64(x) & (0xffffffffull >> (32 - (8 << sz)));
}

#define DEFV(name, sz, op)                                              \
    static __attribute__((unused)) void                                 \
    name(struct a64_cpu *env, uint64_t rd, uint64_t rn,                 \
                     uint64_t desc)                                     \
    {                                                                   \
        V a = LD(rn);                                                   \
        /* Q = 0: only the low half counts (ADDV: zeros, min/max: */   \
        /* a copy of the low half) */                                   \
        if (!Q)                                                         \
            a = op ? _mm_unpacklo_epi64(a, a) : _mm_move_epi64(a);      \
        _mm_store_si128((V *)&env->v[rd],                               \
                        _mm_cvtsi64_si128((long long)fold(a, sz, op))); \
    }
#define DEFV3(name, op) DEFV(name##_b, 0, op) DEFV(name##_h, 1, op) \
    DEFV(name##_s, 2, op)
DEFV3(addv, 0)
DEFV3(umaxv, 1)
DEFV3(smaxv, 2)
DEFV3(uminv, 3)
DEFV3(sminv, 4)

static const struct simd_fast fast2[][4] = {
    [SIMD2_REV64] = { E(rev64_b), E(rev64_h), E(rev64_s) },
    [SIMD2_REV32] = { E(rev32_b), E(rev32_h) },
    [SIMD2_REV16] = { E(rev16_b) },
    [SIMD2_CNT] = ONE(cnt_b),     [SIMD2_NOT] = ONE(not_v),
    [SIMD2_NEG] = ALL4(neg),      [SIMD2_ABS] = ALL4(abs),
    [SIMD2_CMGT0] = ALL4(cmgt0),  [SIMD2_CMGE0] = ALL4(cmge0),
    [SIMD2_CMEQ0] = ALL4(cmeq0),  [SIMD2_CMLE0] = ALL4(cmle0),
    [SIMD2_CMLT0] = ALL4(cmlt0),
    [SIMD2_XTN] = BHS(xtn),
    [SIMD2_ADDV] = BHS(addv),     [SIMD2_UMAXV] = BHS(umaxv),
    [SIMD2_SMAXV] = BHS(smaxv),   [SIMD2_UMINV] = BHS(uminv),
    [SIMD2_SMINV] = BHS(sminv),
};

/* -- shifts by immediate (count in desc bits 15:8) -- */

/* arithmetic: a count of the full width (allowed by SSHR) gives the sign */
static inline V sra_(V a, int sz, int sh)
{
    int bits = 8 << sz;
    V m;

    if (sh > bits - 1)
        sh = bits - 1;
    switch (sz) {
    case 1: return _mm_sra_epi16(a, _mm_cvtsi32_si128(sh));
    case 2: return _mm_sra_epi32(a, _mm_cvtsi32_si128(sh));
    case 0: m = _mm_set1_epi8((char)(0x80 >> sh)); break;
    default: m = _mm_set1_epi64x((long long)(0x8000000000000000ull >> sh)); break;
    }
    /* (x >>u sh) sign-extended: flip the moved sign bit and subtract it */
    return sz == 0 ? _mm_sub_epi8(_mm_xor_si128(srl_(a, sz, sh), m), m)
                   : _mm_sub_epi64(_mm_xor_si128(srl_(a, sz, sh), m), m);
}

#define DEFSH(name, expr)                                               \
    DEF2(name##_b, ({ const int sz = 0; expr; }))                      \
    DEF2(name##_h, ({ const int sz = 1; expr; }))                      \
    DEF2(name##_s, ({ const int sz = 2; expr; }))                      \
    DEF2(name##_d, ({ const int sz = 3; expr; }))
DEFSH(ushr, srl_(a, sz, SH))
DEFSH(sshr, sra_(a, sz, SH))
DEFSH(shl, sll_(a, sz, SH))
DEFSH(usra, add_(LD(rd), srl_(a, sz, SH), sz))
DEFSH(ssra, add_(LD(rd), sra_(a, sz, SH), sz))
/* SHRN: size = the narrow element size */
DEFN(shrn_b, 0, srl_(a, 1, SH))
DEFN(shrn_h, 1, srl_(a, 2, SH))
DEFN(shrn_s, 2, srl_(a, 3, SH))
/* [SU]SHLL: size = the narrow element size; the result is always 128-bit */
#define DEFL(name, sz, sgn)                                             \
    static __attribute__((unused)) void                                 \
    name(struct a64_cpu *env, uint64_t rd, uint64_t rn,                 \
                     uint64_t desc)                                     \
    {                                                                   \
        _mm_store_si128((V *)&env->v[rd],                               \
                        sll_(widen_(LD(rn), sz, sgn, Q), sz + 1, SH));  \
    }
DEFL(ushll_b, 0, 0) DEFL(ushll_h, 1, 0) DEFL(ushll_s, 2, 0)
DEFL(sshll_b, 0, 1) DEFL(sshll_h, 1, 1) DEFL(sshll_s, 2, 1)

static const struct simd_fast fast_sh[][4] = {
    [SIMD_SH_USHR] = ALL4(ushr),  [SIMD_SH_SSHR] = ALL4(sshr),
    [SIMD_SH_SHL] = ALL4(shl),    [SIMD_SH_USRA] = ALL4(usra),
    [SIMD_SH_SSRA] = ALL4(ssra),  [SIMD_SH_SHRN] = BHS(shrn),
    [SIMD_SH_USHLL] = BHS(ushll), [SIMD_SH_SSHLL] = BHS(sshll),
};

/* -- lookup -- */

#define LOOKUP(table, op, size)                                          \
    ((unsigned)(op) < sizeof(table) / sizeof(table[0]) && (size) >= 0 && \
     (size) < 4 && table[op][size].fn ? &table[op][size] : NULL)

const struct simd_fast *simd_fast3(int op, int size)
{
    return LOOKUP(fast3, op, size);
}

const struct simd_fast *simd_fast2(int op, int size)
{
    return LOOKUP(fast2, op, size);
}

const struct simd_fast *simd_fast_shift(int op, int size)
{
    return LOOKUP(fast_sh, op, size);
}
