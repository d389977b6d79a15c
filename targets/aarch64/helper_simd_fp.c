/*
 * helper_simd_fp.c - Advanced SIMD floating point (see helper_simd_fp.h).
 *
 * Lanes are raw bits (uint64_t) in small arrays; the per-lane path calls
 * the value-level functions of helper_fp.c, so a vector lane behaves
 * exactly like the scalar instruction (Arm ARM: the vector pseudocode
 * applies the scalar FP functions element by element, in order, with the
 * FPSR flags accumulated).  The fast path does the whole vector with one
 * SSE instruction when that gives the same bits and flags: FPCR.FZ clear
 * (no input or output flushing) and no NaN among the used input lanes,
 * so the only NaN a result can hold is an invalid-operation one, which
 * becomes Arm's default NaN.  Unused lanes are filled with 1.0 so that
 * they raise no host flag.
 */
#pragma GCC target("sse4.2,popcnt")
#include <immintrin.h>
#include <stdbool.h>
#include "helper_simd_fp.h"
#include "helper_fp.h"
#include "host_features.h"

struct lanes {
    uint64_t v[4];
};

static int nlanes(uint64_t desc)
{
    int ft = desc >> 8 & 1;

    if (desc & VFP_SCALAR)
        return 1;
    return ((desc >> 10 & 1) ? 4 : 2) >> ft;
}

static struct lanes get(const a64_vreg *r, int ft)
{
    struct lanes l;

    for (int i = 0; i < 4; i++)
        l.v[i] = ft ? r->d[i & 1] : r->s[i];
    return l;
}

static void put(struct a64_cpu *env, uint64_t rd, const struct lanes *l,
                int ft, int n)
{
    a64_vreg r = { .q = 0 };

    for (int i = 0; i < n; i++) {
        if (ft)
            r.d[i] = l->v[i];
        else
            r.s[i] = (uint32_t)l->v[i];
    }
    env->v[rd] = r;
}

static uint64_t sign_bit(int ft) { return ft ? 1ull << 63 : 1ull << 31; }
static uint64_t ones(int ft) { return ft ? ~0ull : 0xffffffffull; }

static bool lane_nan(int ft, uint64_t x)
{
    uint64_t exp = ft ? 0x7ff0000000000000ull : 0x7f800000ull;
    uint64_t frac = ft ? 0xfffffffffffffull : 0x7fffffull;
    return (x & exp) == exp && (x & frac);
}

static bool any_nan(int ft, int n, const struct lanes *l)
{
    for (int i = 0; i < n; i++)
        if (lane_nan(ft, l->v[i]))
            return true;
    return false;
}

/* -- the SSE fast path, on doubles and on singles -- */

enum fast_kind { FAST_NONE, FAST_ARITH, FAST_QUIET };

/* what the fast path can do for op: ARITH raises flags (MXCSR bracket) */
static enum fast_kind fast3_kind(unsigned op)
{
    switch (op) {
    case VFP3_ADD: case VFP3_SUB: case VFP3_MUL: case VFP3_DIV:
    case VFP3_ABD:
        return FAST_ARITH;
    case VFP3_MLA: case VFP3_MLS:
        return host_features.fma ? FAST_ARITH : FAST_NONE;
    case VFP3_MAX: case VFP3_MIN: case VFP3_MAXNM: case VFP3_MINNM:
    case VFP3_CMEQ: case VFP3_CMGE: case VFP3_CMGT: case VFP3_ACGE:
    case VFP3_ACGT:
        return FAST_QUIET;
    default:
        return FAST_NONE;
    }
}

__attribute__((target("fma")))
static __m128d fma_pd(__m128d a, __m128d b, __m128d c, bool neg)
{
    return neg ? _mm_fnmadd_pd(a, b, c) : _mm_fmadd_pd(a, b, c);
}

__attribute__((target("fma")))
static __m128 fma_ps(__m128 a, __m128 b, __m128 c, bool neg)
{
    return neg ? _mm_fnmadd_ps(a, b, c) : _mm_fmadd_ps(a, b, c);
}

/* One body for both types: T the vector type, S the intrinsic suffix. */
#define FAST3_BODY(T, S, ABSMASK, DNAN, FMA)                               \
    T a = _mm_load_##S((const void *)x), b = _mm_load_##S((const void *)y); \
    T c = _mm_load_##S((const void *)z), r, abs = ABSMASK;              \
    switch (op) {                                                       \
    case VFP3_ADD: r = _mm_add_##S(a, b); break;                        \
    case VFP3_SUB: r = _mm_sub_##S(a, b); break;                        \
    case VFP3_ABD: r = _mm_and_##S(_mm_sub_##S(a, b), abs); break;      \
    case VFP3_MUL: r = _mm_mul_##S(a, b); break;                        \
    case VFP3_DIV: r = _mm_div_##S(a, b); break;                        \
    case VFP3_MLA: r = FMA(a, b, c, false); break;                      \
    case VFP3_MLS: r = FMA(a, b, c, true); break;                       \
    /* no NaN: max(+0, -0) = +0 and min = -0 (FPMax/FPMin); equal  */ \
    /* operands give a & b (max) or a | b (min) */                      \
    case VFP3_MAX: case VFP3_MAXNM:                                     \
        r = _mm_blendv_##S(_mm_max_##S(a, b), _mm_and_##S(a, b),        \
                           _mm_cmpeq_##S(a, b)); break;                 \
    case VFP3_MIN: case VFP3_MINNM:                                     \
        r = _mm_blendv_##S(_mm_min_##S(a, b), _mm_or_##S(a, b),         \
                           _mm_cmpeq_##S(a, b)); break;                 \
    case VFP3_CMEQ: r = _mm_cmpeq_##S(a, b); break;                     \
    case VFP3_CMGE: r = _mm_cmpge_##S(a, b); break;                     \
    case VFP3_CMGT: r = _mm_cmpgt_##S(a, b); break;                     \
    case VFP3_ACGE:                                                     \
        r = _mm_cmpge_##S(_mm_and_##S(a, abs), _mm_and_##S(b, abs)); break; \
    default:                                                            \
        r = _mm_cmpgt_##S(_mm_and_##S(a, abs), _mm_and_##S(b, abs)); break; \
    }                                                                   \
    if (op < VFP3_CMEQ)         /* not the compare masks */             \
        r = _mm_blendv_##S(r, DNAN, _mm_cmpunord_##S(r, r));            \
    _mm_store_##S((void *)out, r);

static void fast3_d(unsigned op, const uint64_t *x, const uint64_t *y,
                    const uint64_t *z, uint64_t *out)
{
    FAST3_BODY(__m128d, pd, _mm_castsi128_pd(_mm_set1_epi64x(0x7fffffffffffffffll)),
               _mm_castsi128_pd(_mm_set1_epi64x(0x7ff8000000000000ll)), fma_pd)
}

static void fast3_s(unsigned op, const uint32_t *x, const uint32_t *y,
                    const uint32_t *z, uint32_t *out)
{
    FAST3_BODY(__m128, ps, _mm_castsi128_ps(_mm_set1_epi32(0x7fffffff)),
               _mm_castsi128_ps(_mm_set1_epi32(0x7fc00000)), fma_ps)
}

/* A result of the smallest normal magnitude may have been tiny before
 * rounding (Arm: UFC, x86: no UE); the exact per-lane path decides
 * (the host flags of this attempt may hide an IXC already in FPSR). */
static bool min_normal(int ft, int n, const struct lanes *r)
{
    uint64_t minn = ft ? 0x0010000000000000ull : 0x00800000ull;

    for (int i = 0; i < n; i++)
        if ((r->v[i] & ~(ft ? 1ull << 63 : 1ull << 31)) == minn)
            return true;
    return false;
}

/* Packs the lanes (unused ones = 1.0), runs op, unpacks; false (nothing
 * written, no flag raised) if the exact path must redo it. */
static bool fast3(struct a64_cpu *env, unsigned op, int ft, int n,
                  const struct lanes *a, const struct lanes *b,
                  const struct lanes *c, struct lanes *r, enum fast_kind k)
{
    uint32_t saved = k == FAST_ARITH ? fp_host_begin(env->fpcr, &env->fpsr) : 0;
    uint32_t flags = 0;

    if (ft) {
        uint64_t x[2] __attribute__((aligned(16))), y[2] __attribute__((aligned(16)));
        uint64_t z[2] __attribute__((aligned(16))), o[2] __attribute__((aligned(16)));
        for (int i = 0; i < 2; i++) {
            x[i] = i < n ? a->v[i] : 0x3ff0000000000000ull;
            y[i] = i < n ? b->v[i] : 0x3ff0000000000000ull;
            z[i] = i < n ? c->v[i] : 0x3ff0000000000000ull;
        }
        fast3_d(op, x, y, z, o);
        for (int i = 0; i < n; i++)
            r->v[i] = o[i];
    } else {
        uint32_t x[4] __attribute__((aligned(16))), y[4] __attribute__((aligned(16)));
        uint32_t z[4] __attribute__((aligned(16))), o[4] __attribute__((aligned(16)));
        for (int i = 0; i < 4; i++) {
            x[i] = i < n ? (uint32_t)a->v[i] : 0x3f800000u;
            y[i] = i < n ? (uint32_t)b->v[i] : 0x3f800000u;
            z[i] = i < n ? (uint32_t)c->v[i] : 0x3f800000u;
        }
        fast3_s(op, x, y, z, o);
        for (int i = 0; i < n; i++)
            r->v[i] = o[i];
    }
    if (k != FAST_ARITH)
        return true;
    fp_host_end(&flags, saved);
    if (min_normal(ft, n, r))
        return false;
    env->fpsr |= flags;
    return true;
}

/* -- one lane, exactly -- */

static const enum fp2_op fp2_of[] = {
    [VFP3_ADD] = FP2_ADD, [VFP3_SUB] = FP2_SUB, [VFP3_MUL] = FP2_MUL,
    [VFP3_DIV] = FP2_DIV, [VFP3_MAX] = FP2_MAX, [VFP3_MIN] = FP2_MIN,
    [VFP3_MAXNM] = FP2_MAXNM, [VFP3_MINNM] = FP2_MINNM,
    [VFP3_ABD] = FP2_ABD, [VFP3_MULX] = FP2_MULX,
};

/* FPCompareEQ/GE/GT as an all-ones mask; GE/GT signal on any NaN */
static uint64_t cmp_lane(struct a64_cpu *env, int ft, uint64_t a, uint64_t b,
                         bool signal, unsigned want)
{
    uint64_t nzcv = fp_compare(env->fpcr, &env->fpsr, ft, a, b, signal) >> 28;
    bool r = want == 0x6 ? nzcv == 0x6 : want == 0x2 ? nzcv == 0x2
           : want == 0x8 ? nzcv == 0x8
           : want == 0x62 ? (nzcv == 0x6 || nzcv == 0x2)
           : (nzcv == 0x6 || nzcv == 0x8);          /* 0x68: LE */
    return r ? ones(ft) : 0;
}

static uint64_t lane3(struct a64_cpu *env, unsigned op, int ft, uint64_t a,
                      uint64_t b, uint64_t d)
{
    switch (op) {
    case VFP3_MLA:
        return fp_muladd(env->fpcr, &env->fpsr, ft, d, a, b);
    case VFP3_MLS:
        return fp_muladd(env->fpcr, &env->fpsr, ft, d, a ^ sign_bit(ft), b);
    case VFP3_CMEQ: return cmp_lane(env, ft, a, b, false, 0x6);
    case VFP3_CMGE: return cmp_lane(env, ft, a, b, true, 0x62);
    case VFP3_CMGT: return cmp_lane(env, ft, a, b, true, 0x2);
    case VFP3_ACGE:
        return cmp_lane(env, ft, a & ~sign_bit(ft), b & ~sign_bit(ft), true, 0x62);
    case VFP3_ACGT:
        return cmp_lane(env, ft, a & ~sign_bit(ft), b & ~sign_bit(ft), true, 0x2);
    default:
        return fp_op2(env->fpcr, &env->fpsr, fp2_of[op], ft, a, b);
    }
}

void helper_vfp3(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                 uint64_t desc)
{
    unsigned op = desc & 0xff;
    int ft = desc >> 8 & 1, n = nlanes(desc);
    struct lanes a = get(&env->v[rn], ft), b = get(&env->v[rm], ft);
    struct lanes c = get(&env->v[rd], ft), r;
    enum fast_kind k = fast3_kind(op);

    if (desc & VFP_PAIR) {      /* lane i: elements 2i, 2i+1 of Vn:Vm */
        uint64_t cat[8];
        for (int i = 0; i < n; i++) {
            cat[i] = a.v[i];
            cat[n + i] = b.v[i];
        }
        if (desc & VFP_SCALAR) {            /* the two elements of Vn */
            cat[1] = a.v[1];
        }
        for (int i = 0; i < n; i++) {
            a.v[i] = cat[2 * i];
            b.v[i] = cat[2 * i + 1];
        }
    }
    if (desc & VFP_IDX) {
        uint64_t e = get(&env->v[rm], ft).v[(desc >> 16) & 3];
        for (int i = 0; i < 4; i++)
            b.v[i] = e;
    }
    if (k != FAST_NONE && !(env->fpcr & FPCR_FZ) && !any_nan(ft, n, &a) &&
        !any_nan(ft, n, &b) &&
        !((op == VFP3_MLA || op == VFP3_MLS) && any_nan(ft, n, &c)) &&
        fast3(env, op, ft, n, &a, &b, &c, &r, k)) {
        /* done */
    } else {
        for (int i = 0; i < n; i++)
            r.v[i] = lane3(env, op, ft, a.v[i], b.v[i], c.v[i]);
    }
    put(env, rd, &r, ft, n);
}

/* -- two-register operations -- */

static uint64_t lane2(struct a64_cpu *env, unsigned op, int ft, uint64_t a,
                      unsigned extra)
{
    uint32_t fpcr = env->fpcr, *fpsr = &env->fpsr;

    switch (op) {
    case VFP2_SQRT: return fp_op1(fpcr, fpsr, FP1_SQRT, ft, a);
    case VFP2_RINT: return fp_op1(fpcr, fpsr, (enum fp1_op)extra, ft, a);
    case VFP2_CVTS:
    case VFP2_CVTU:
        return fp_to_int(fpcr, fpsr, ft, a, ft, op == VFP2_CVTU,
                         (enum fp_rmode)extra, 0);
    case VFP2_SCVTF:
    case VFP2_UCVTF:
        return fp_from_int(fpcr, fpsr, ft, a, ft, op == VFP2_UCVTF, 0);
    case VFP2_CMGT0: return cmp_lane(env, ft, a, 0, true, 0x2);
    case VFP2_CMGE0: return cmp_lane(env, ft, a, 0, true, 0x62);
    case VFP2_CMEQ0: return cmp_lane(env, ft, a, 0, false, 0x6);
    case VFP2_CMLE0: return cmp_lane(env, ft, a, 0, true, 0x68);
    default:         return cmp_lane(env, ft, a, 0, true, 0x8);   /* CMLT0 */
    }
}

static bool fast_sqrt(struct a64_cpu *env, int ft, int n,
                      const struct lanes *a, struct lanes *r)
{
    uint32_t saved;

    if ((env->fpcr & FPCR_FZ) || any_nan(ft, n, a))
        return false;
    saved = fp_host_begin(env->fpcr, &env->fpsr);
    if (ft) {
        __m128d x = _mm_set_pd(0, 0), v;
        double in[2] = { 1.0, 1.0 }, out[2];
        for (int i = 0; i < n; i++)
            __builtin_memcpy(&in[i], &a->v[i], 8);
        x = _mm_loadu_pd(in);
        v = _mm_sqrt_pd(x);
        v = _mm_blendv_pd(v, _mm_castsi128_pd(_mm_set1_epi64x(0x7ff8000000000000ll)),
                          _mm_cmpunord_pd(v, v));
        _mm_storeu_pd(out, v);
        for (int i = 0; i < n; i++)
            __builtin_memcpy(&r->v[i], &out[i], 8);
    } else {
        uint32_t in[4] = { 0x3f800000u, 0x3f800000u, 0x3f800000u, 0x3f800000u }, out[4];
        for (int i = 0; i < n; i++)
            in[i] = (uint32_t)a->v[i];
        __m128 v = _mm_sqrt_ps(_mm_loadu_ps((const float *)in));
        v = _mm_blendv_ps(v, _mm_castsi128_ps(_mm_set1_epi32(0x7fc00000)),
                          _mm_cmpunord_ps(v, v));
        _mm_storeu_ps((float *)out, v);
        for (int i = 0; i < n; i++)
            r->v[i] = out[i];
    }
    fp_host_end(&env->fpsr, saved);
    return true;
}

/* FCVTN/FCVTN2 (narrow into the low or high half of Vd) and
 * FCVTL/FCVTL2 (widen the low or high half of Vn).  ft = 1: double <->
 * single, ft = 0: single <-> half. */
static void cvt_width(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                      unsigned op, int ft, int q)
{
    a64_vreg n = env->v[rn], r = op == VFP2_CVTN && q ? env->v[rd]
                                                      : (a64_vreg){ .q = 0 };
    int wide = ft ? 1 : 0, narrow = ft ? 0 : 2, cnt = ft ? 2 : 4;

    for (int i = 0; i < cnt; i++) {
        if (op == VFP2_CVTN) {
            uint64_t x = ft ? n.d[i] : n.s[i];
            uint64_t y = fp_convert(env->fpcr, &env->fpsr, wide, narrow, x);
            if (ft)
                r.s[(q ? 2 : 0) + i] = (uint32_t)y;
            else
                r.h[(q ? 4 : 0) + i] = (uint16_t)y;
        } else {
            uint64_t x = ft ? n.s[(q ? 2 : 0) + i] : n.h[(q ? 4 : 0) + i];
            uint64_t y = fp_convert(env->fpcr, &env->fpsr, narrow, wide, x);
            if (ft)
                r.d[i] = y;
            else
                r.s[i] = (uint32_t)y;
        }
    }
    env->v[rd] = r;
}

/* FMAXV & co (4S): op(op(e0, e1), op(e2, e3)), Arm ARM Reduce() */
static void across(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                   unsigned op)
{
    static const enum fp2_op fop[] = {
        [VFP2_MAXV] = FP2_MAX, [VFP2_MINV] = FP2_MIN,
        [VFP2_MAXNMV] = FP2_MAXNM, [VFP2_MINNMV] = FP2_MINNM,
    };
    const uint32_t *s = env->v[rn].s;
    uint32_t fpcr = env->fpcr, *fpsr = &env->fpsr;
    uint64_t lo = fp_op2(fpcr, fpsr, fop[op], 0, s[0], s[1]);
    uint64_t hi = fp_op2(fpcr, fpsr, fop[op], 0, s[2], s[3]);
    struct lanes r = { { fp_op2(fpcr, fpsr, fop[op], 0, lo, hi) } };

    put(env, rd, &r, 0, 1);
}

void helper_vfp2(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                 uint64_t desc)
{
    unsigned op = desc & 0xff, extra = (desc >> 16) & 0xff;
    int ft = desc >> 8 & 1, n = nlanes(desc);
    struct lanes a = get(&env->v[rn], ft), r;

    if (op == VFP2_CVTN || op == VFP2_CVTL) {
        cvt_width(env, rd, rn, op, ft, desc >> 10 & 1);
        return;
    }
    if (op >= VFP2_MAXV) {
        across(env, rd, rn, op);
        return;
    }
    if (op == VFP2_SQRT && fast_sqrt(env, ft, n, &a, &r)) {
        put(env, rd, &r, ft, n);
        return;
    }
    for (int i = 0; i < n; i++)
        r.v[i] = lane2(env, op, ft, a.v[i], extra);
    put(env, rd, &r, ft, n);
}
