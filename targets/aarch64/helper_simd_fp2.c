/*
 * helper_simd_fp2.c - the operations of helper_simd_fp2.h.
 *
 * Estimates are the Arm ARM J1 pseudocode transcribed on raw bits; steps,
 * FCMLA and FCADD are FPMulAdd/FPAdd of helper_fp.c on operands negated
 * as the pseudocode says (FPNeg flips the sign of a NaN too); FCVTXN is
 * a conversion toward zero with the lowest bit forced to 1 when inexact
 * (round to odd); FRINT32/64 are FPToFixed followed by an exact
 * conversion back.
 */
#include <math.h>
#include <string.h>
#include "helper_simd_fp2.h"
#include "helper_fp.h"
#include "simd_elt.h"

#define OP(d)       ((unsigned)(d) & 0xff)
#define FT(d)       ((int)((d) >> 8) & 1)
#define Q(d)        ((int)((d) >> 10) & 1)
#define EXTRA(d)    ((unsigned)((d) >> 16) & 0xff)

/* -- formats (0 single, 1 double) -- */

static const struct { uint64_t sign, exp, frac, quiet; int fbits, ebits; } F[2] = {
    { 1ull << 31, 0x7f800000ull, 0x7fffffull, 1ull << 22, 23, 8 },
    { 1ull << 63, 0x7ff0000000000000ull, 0xfffffffffffffull, 1ull << 51, 52, 11 },
};

static bool is_nan(int ft, uint64_t x) { return (x & F[ft].exp) == F[ft].exp && (x & F[ft].frac); }
static bool is_inf(int ft, uint64_t x) { return (x & ~F[ft].sign) == F[ft].exp; }
static bool is_zero(int ft, uint64_t x) { return !(x & ~F[ft].sign); }
static uint64_t expo(int ft, uint64_t x) { return (x & F[ft].exp) >> F[ft].fbits; }

/* FPUnpack's flush of a denormal input under FPCR.FZ (IDC) */
static uint64_t flush(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t x)
{
    if (!(fpcr & FPCR_FZ) || (x & F[ft].exp) || !(x & F[ft].frac))
        return x;
    *fpsr |= FPSR_IDC;
    return x & F[ft].sign;
}

/* FPProcessNaN: quiet it (IOC for a signalling one), or the default NaN */
static uint64_t proc_nan(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t x)
{
    if (!(x & F[ft].quiet))
        *fpsr |= FPSR_IOC;
    return (fpcr & FPCR_DN) ? F[ft].exp | F[ft].quiet : x | F[ft].quiet;
}

/* -- estimates (recip_estimate, rsqrt_estimate: simd_elt.h) -- */

/* the fraction as 52 bits, and the biased exponent */
static uint64_t frac52(int ft, uint64_t x)
{
    return (x & F[ft].frac) << (52 - F[ft].fbits);
}

uint64_t fp_recip_estimate(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a)
{
    uint64_t sign = a & F[ft].sign, frac;
    int exp, rexp, bias2 = ft ? 2045 : 253;     /* 2 * bias - 1 */
    unsigned rm = fpcr >> FPCR_RMODE_SHIFT & 3;

    a = flush(fpcr, fpsr, ft, a);
    if (is_nan(ft, a))
        return proc_nan(fpcr, fpsr, ft, a);
    if (is_inf(ft, a))
        return sign;
    if (is_zero(ft, a)) {
        *fpsr |= FPSR_DZC;
        return sign | F[ft].exp;
    }
    exp = (int)expo(ft, a);
    frac = frac52(ft, a);
    /* |a| < 2^-(bias+1): the reciprocal overflows */
    if (exp == 0 && !(frac >> 51 & 1) && !(frac >> 50 & 1)) {
        bool to_inf = rm == 0 || (rm == 1 && !sign) || (rm == 2 && sign);
        *fpsr |= FPSR_OFC | FPSR_IXC;
        return sign | (to_inf ? F[ft].exp : F[ft].exp - 1);   /* or max normal */
    }
    if ((fpcr & FPCR_FZ) && exp >= bias2) {     /* |a| >= 2^(bias-1) */
        *fpsr |= FPSR_UFC;
        return sign;
    }
    frac = recip_estimate_frac(exp, frac, bias2, &rexp);
    return sign | (uint64_t)rexp << F[ft].fbits | frac >> (52 - F[ft].fbits);
}

uint64_t fp_rsqrt_estimate(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a)
{
    uint64_t sign = a & F[ft].sign, frac;
    int exp, rexp;
    unsigned est;

    a = flush(fpcr, fpsr, ft, a);
    if (is_nan(ft, a))
        return proc_nan(fpcr, fpsr, ft, a);
    if (is_zero(ft, a)) {
        *fpsr |= FPSR_DZC;
        return sign | F[ft].exp;
    }
    if (sign) {
        *fpsr |= FPSR_IOC;
        return F[ft].exp | F[ft].quiet;
    }
    if (is_inf(ft, a))
        return 0;
    exp = (int)expo(ft, a);
    frac = frac52(ft, a);
    est = rsqrt_estimate_frac(&exp, frac);
    rexp = ((ft ? 3068 : 380) - exp) / 2;
    return (uint64_t)rexp << F[ft].fbits | (uint64_t)est << (F[ft].fbits - 8);
}

/* FPRecpX: the exponent inverted, fraction zero */
static uint64_t recpx(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a)
{
    uint64_t emask = F[ft].exp >> F[ft].fbits, e;

    a = flush(fpcr, fpsr, ft, a);
    if (is_nan(ft, a))
        return proc_nan(fpcr, fpsr, ft, a);
    e = expo(ft, a);
    e = e == 0 ? emask - 1 : ~e & emask;
    return (a & F[ft].sign) | e << F[ft].fbits;
}

/* -- steps: FPRecipStepFused (2 - a*b), FPRSqrtStepFused ((3 - a*b) / 2) -- */

static uint64_t step(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a,
                     uint64_t b, bool rsqrt)
{
    uint64_t two = ft ? 0x4000000000000000ull : 0x40000000ull;
    uint64_t c15 = ft ? 0x3ff8000000000000ull : 0x3fc00000ull;
    uint64_t unit = 1ull << F[ft].fbits;

    a ^= F[ft].sign;                                    /* FPNeg */
    if (!is_nan(ft, a) && !is_nan(ft, b)) {
        uint64_t fa = flush(fpcr, fpsr, ft, a), fb = flush(fpcr, fpsr, ft, b);
        if ((is_inf(ft, fa) && is_zero(ft, fb)) || (is_zero(ft, fa) && is_inf(ft, fb)))
            return rsqrt ? c15 : two;
        a = fa;
        b = fb;
        if (rsqrt && !is_inf(ft, a) && !is_inf(ft, b)) {
            /* (3 + a*b) / 2 rounded once: halve the operand that is not
             * tiny (exact), add 1.5; both tiny: the product is negligible
             * next to 1.5 and the halving of 3 + a*b is exact */
            if ((a & ~F[ft].sign) >= (b & ~F[ft].sign) && expo(ft, a) > 1)
                return fp_muladd(fpcr, fpsr, ft, c15, a - unit, b);
            if (expo(ft, b) > 1)
                return fp_muladd(fpcr, fpsr, ft, c15, a, b - unit);
        }
    }
    return fp_muladd(fpcr, fpsr, ft, rsqrt ? c15 : two, a, b);
}

/* -- FCVTXN: double to single, rounding to odd -- */

static uint64_t cvtxn(uint32_t fpcr, uint32_t *fpsr, uint64_t a)
{
    uint32_t fl = 0;
    uint64_t r = fp_convert((fpcr & ~(3u << FPCR_RMODE_SHIFT)) | 3u << FPCR_RMODE_SHIFT,
                            &fl, 1, 0, a);

    if ((fl & FPSR_IXC) && !is_nan(0, r))
        r |= 1;
    *fpsr |= fl;
    return r;
}

/* -- FRINT32Z/X, FRINT64Z/X (FPRoundIntN) -- */

static uint64_t round_intn(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a,
                           int bits, enum fp_rmode rm)
{
    uint32_t fl = 0;
    uint64_t i;

    if (rm == FPR_FPCR)
        rm = (enum fp_rmode)(fpcr >> FPCR_RMODE_SHIFT & 3);
    i = fp_to_int(fpcr, &fl, ft, a, bits == 64, false, rm, 0);
    int64_t v = bits == 64 ? (int64_t)i : (int32_t)(uint32_t)i;
    uint64_t r;

    if (fl & FPSR_IOC) {        /* NaN, infinity, out of range: -2^(bits-1) */
        *fpsr |= (fl & FPSR_IDC) | FPSR_IOC;
        return F[ft].sign | (uint64_t)((ft ? 1022 : 126) + bits) << F[ft].fbits;
    }
    *fpsr |= fl;
    if (v == 0)
        return a & F[ft].sign;
    if (ft) {
        double d = (double)v;                   /* exact: a rounded value */
        memcpy(&r, &d, 8);
    } else {
        float f = (float)v;
        uint32_t u;
        memcpy(&u, &f, 4);
        r = u;
    }
    return r;
}

/* -- the one-source helper -- */

static uint64_t lane2(struct a64_cpu *env, unsigned op, int ft, uint64_t a,
                      unsigned extra)
{
    uint32_t fpcr = env->fpcr, *fpsr = &env->fpsr;

    switch (op) {
    case VFPX2_RECPE: return fp_recip_estimate(fpcr, fpsr, ft, a);
    case VFPX2_RSQRTE: return fp_rsqrt_estimate(fpcr, fpsr, ft, a);
    case VFPX2_RECPX: return recpx(fpcr, fpsr, ft, a);
    case VFPX2_RINT32Z: return round_intn(fpcr, fpsr, ft, a, 32, FPR_Z);
    case VFPX2_RINT32X: return round_intn(fpcr, fpsr, ft, a, 32, FPR_FPCR);
    case VFPX2_RINT64Z: return round_intn(fpcr, fpsr, ft, a, 64, FPR_Z);
    case VFPX2_RINT64X: return round_intn(fpcr, fpsr, ft, a, 64, FPR_FPCR);
    case VFPX2_SCVTF_FIX:
    case VFPX2_UCVTF_FIX:
        return fp_from_int(fpcr, fpsr, ft, a, ft, op == VFPX2_UCVTF_FIX, (int)extra);
    default:
        return fp_to_int(fpcr, fpsr, ft, a, ft, op == VFPX2_FCVTZU_FIX, FPR_Z,
                         (int)extra);
    }
}

static int lanes(uint64_t desc)
{
    return (desc & VFP_SCALAR) ? 1 : (Q(desc) ? 4 : 2) >> FT(desc);
}

static uint64_t get(const a64_vreg *r, int ft, int i)
{
    return ft ? r->d[i] : r->s[i];
}

static void set(a64_vreg *r, int ft, int i, uint64_t v)
{
    if (ft)
        r->d[i] = v;
    else
        r->s[i] = (uint32_t)v;
}

/* FCVTXN{2}: the two doubles of Vn into the low or high half of Vd */
static void cvtxn_vec(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                      uint64_t desc)
{
    a64_vreg n = env->v[rn], r = { .q = 0 };
    int cnt = (desc & VFP_SCALAR) ? 1 : 2, base = 0;

    if (!(desc & VFP_SCALAR) && Q(desc)) {
        r.d[0] = env->v[rd].d[0];
        base = 2;
    }
    for (int i = 0; i < cnt; i++)
        r.s[base + i] = (uint32_t)cvtxn(env->fpcr, &env->fpsr, n.d[i]);
    env->v[rd] = r;
}

void helper_vfpx2(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                  uint64_t desc)
{
    a64_vreg n = env->v[rn], r = { .q = 0 };
    int ft = FT(desc);

    if (OP(desc) == VFPX2_CVTXN) {
        cvtxn_vec(env, rd, rn, desc);
        return;
    }
    for (int i = 0; i < lanes(desc); i++)
        set(&r, ft, i, lane2(env, OP(desc), ft, get(&n, ft, i), EXTRA(desc)));
    env->v[rd] = r;
}

/* -- two sources: steps, FCMLA, FCADD -- */

/* FCMLA: per pair, Vd[2e] += n_sel * m_sel with the rotation's operands
 * (Arm ARM FCMLA: element1..4) */
static void cmla(struct a64_cpu *env, a64_vreg *r, const a64_vreg *n,
                 const a64_vreg *m, int ft, int cnt, unsigned rot, int idx)
{
    uint64_t sg = F[ft].sign;

    for (int e = 0; e < cnt / 2; e++) {
        int mi = idx >= 0 ? idx * 2 : e * 2;
        uint64_t m0 = get(m, ft, mi), m1 = get(m, ft, mi + 1);
        uint64_t n0 = get(n, ft, 2 * e), n1 = get(n, ft, 2 * e + 1);
        uint64_t e1, e2, e3, e4;
        switch (rot) {
        case 0: e1 = m0; e2 = n0; e3 = m1; e4 = n0; break;
        case 1: e1 = m1 ^ sg; e2 = n1; e3 = m0; e4 = n1; break;
        case 2: e1 = m0 ^ sg; e2 = n0; e3 = m1 ^ sg; e4 = n0; break;
        default: e1 = m1; e2 = n1; e3 = m0 ^ sg; e4 = n1; break;
        }
        set(r, ft, 2 * e, fp_muladd(env->fpcr, &env->fpsr, ft, get(r, ft, 2 * e), e2, e1));
        set(r, ft, 2 * e + 1,
            fp_muladd(env->fpcr, &env->fpsr, ft, get(r, ft, 2 * e + 1), e4, e3));
    }
}

/* FCADD #90 (rot 0) / #270 (rot 1) */
static void cadd(struct a64_cpu *env, a64_vreg *r, const a64_vreg *n,
                 const a64_vreg *m, int ft, int cnt, unsigned rot)
{
    uint64_t sg = F[ft].sign;

    for (int e = 0; e < cnt / 2; e++) {
        uint64_t m0 = get(m, ft, 2 * e), m1 = get(m, ft, 2 * e + 1);
        uint64_t e1 = rot ? m1 : m1 ^ sg, e3 = rot ? m0 ^ sg : m0;
        set(r, ft, 2 * e, fp_op2(env->fpcr, &env->fpsr, FP2_ADD, ft, get(n, ft, 2 * e), e1));
        set(r, ft, 2 * e + 1,
            fp_op2(env->fpcr, &env->fpsr, FP2_ADD, ft, get(n, ft, 2 * e + 1), e3));
    }
}

void helper_vfpx3(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                  uint64_t desc)
{
    a64_vreg n = env->v[rn], m = env->v[rm], r = env->v[rd], out = { .q = 0 };
    int ft = FT(desc), cnt = lanes(desc);
    unsigned op = OP(desc), rot = EXTRA(desc) >> 6;

    if (op == VFPX3_CMLA) {
        cmla(env, &r, &n, &m, ft, cnt, rot,
             (desc & VFP_IDX) ? (int)(EXTRA(desc) & 3) : -1);
    } else if (op == VFPX3_CADD) {
        cadd(env, &r, &n, &m, ft, cnt, rot);
    } else {
        for (int i = 0; i < cnt; i++)
            set(&r, ft, i, step(env->fpcr, &env->fpsr, ft, get(&n, ft, i),
                                get(&m, ft, i), op == VFPX3_RSQRTS));
    }
    for (int i = 0; i < cnt; i++)
        set(&out, ft, i, get(&r, ft, i));
    env->v[rd] = out;
}

/* -- SDOT/UDOT -- */

void helper_dot(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                uint64_t desc)
{
    a64_vreg n = env->v[rn], m = env->v[rm], *d = &env->v[rd];
    int cnt = (desc & 1) ? 4 : 2, idx = (int)(desc >> 8) & 3;
    bool u = desc >> 1 & 1, el = desc >> 2 & 1;

    for (int e = 0; e < cnt; e++) {
        int mb = el ? idx * 4 : e * 4;
        int32_t sum = 0;
        for (int k = 0; k < 4; k++) {
            uint8_t x = n.b[e * 4 + k], y = m.b[mb + k];
            sum += u ? (int32_t)x * y : (int32_t)(int8_t)x * (int8_t)y;
        }
        d->s[e] += (uint32_t)sum;
    }
    if (!(desc & 1))
        d->d[1] = 0;
}

/* -- SQRDMLAH/SQRDMLSH -- */

static int64_t elem_s(const a64_vreg *r, int size, int i)
{
    return size == 1 ? (int16_t)r->h[i] : (int32_t)r->s[i];
}

void helper_rdm(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                uint64_t desc)
{
    a64_vreg n = env->v[rn], m = env->v[rm], d = env->v[rd], r = { .q = 0 };
    int size = (int)(desc >> 4) & 3, esize = 8 << size, idx = (int)(desc >> 8) & 7;
    int cnt = (desc & 8) ? 1 : ((desc & 1) ? 16 : 8) >> size;
    bool sub = desc >> 1 & 1, el = desc >> 2 & 1;
    int64_t max = (1ll << (esize - 1)) - 1, min = -max - 1;

    for (int e = 0; e < cnt; e++) {
        int64_t a = elem_s(&n, size, e), b = elem_s(&m, size, el ? idx : e);
        __int128 acc = ((__int128)elem_s(&d, size, e) << esize) + (__int128)(sub ? -2 : 2) * a * b;
        __int128 v = (acc + ((__int128)1 << (esize - 1))) >> esize;
        if (v > max || v < min) {
            v = v > max ? max : min;
            env->fpsr |= 1u << 27;                      /* QC */
        }
        if (size == 1)
            r.h[e] = (uint16_t)v;
        else
            r.s[e] = (uint32_t)v;
    }
    env->v[rd] = r;
}

/* -- FJCVTZS (FPToFixedJS): truncate, wrap modulo 2^32, Z if exact -- */

uint64_t helper_fjcvtzs(struct a64_cpu *env, uint64_t rn)
{
    uint64_t a = flush(env->fpcr, &env->fpsr, 1, env->v[rn].d[0]);
    bool z = true;
    double x, t;
    uint32_t res = 0;

    if (is_nan(1, a) || is_inf(1, a)) {
        env->fpsr |= FPSR_IOC;
        return 0;
    }
    memcpy(&x, &a, 8);
    t = trunc(x);
    res = (uint32_t)(int64_t)fmod(t, 0x1p32);
    if (t < -0x1p31 || t > 0x1p31 - 1) {
        env->fpsr |= FPSR_IOC;
        z = false;
    } else if (t != x) {
        env->fpsr |= FPSR_IXC;
        z = false;
    } else if (x == 0 && ((a & F[1].sign) || a != env->v[rn].d[0])) {
        z = false;                      /* -0, or a denormal flushed */
    }
    return res | (z ? 0x40000000ull << 32 : 0);
}
