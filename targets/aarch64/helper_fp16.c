/*
 * helper_fp16.c - half-precision arithmetic for A64 (see helper_fp16.h
 * for the model: exact or round-to-odd double, one rounding in C).
 *
 * References: Arm ARM J1 shared pseudocode FPUnpackBase (N = 16: FZ16
 * flushes without IDC), FPRoundBase, FPProcessNaNs, FPAdd, FPMul, FPMulX,
 * FPDiv, FPSqrt, FPMulAdd, FPRoundInt, FPToFixed, FixedToFP,
 * FPRecipEstimate, FPRSqrtEstimate, FPRecpX, FPRecipStepFused,
 * FPRSqrtStepFused, FPCompare*.  Min/max, compares and conversions to
 * integers reuse helper_fp.c's value functions with ft = 2 after the
 * FZ16 flush (they are exact on halves).
 *
 * The host arithmetic here runs in the host's round-to-nearest mode
 * (helpers are entered with the host MXCSR, see helper_fp.c fp_end) and
 * its flags are ignored: every flag comes from f16_round or the special
 * cases.
 */
#include <math.h>
#include <string.h>
#include "helper_fp16.h"
#include "helper_fp.h"
#include "simd_elt.h"

#define SIGN  0x8000u
#define EXP   0x7c00u
#define FRAC  0x03ffu
#define QUIET 0x0200u
#define DEFAULT_NAN 0x7e00u
#define MAX_NORMAL  0x7bffu

/* -- classification, unpacking -- */

static bool h_nan(uint16_t x) { return (x & EXP) == EXP && (x & FRAC); }
static bool h_snan(uint16_t x) { return h_nan(x) && !(x & QUIET); }
static bool h_inf(uint16_t x) { return (x & ~SIGN & 0xffff) == EXP; }
static bool h_zero(uint16_t x) { return !(x & ~SIGN & 0xffff); }
static bool inf_zero(uint16_t a, uint16_t b)
{
    return (h_inf(a) && h_zero(b)) || (h_zero(a) && h_inf(b));
}

/* FPUnpackBase, N = 16: FZ16 makes a denormal a zero, with no IDC */
static uint16_t flush16(uint32_t fpcr, uint16_t x)
{
    if ((fpcr & FPCR_FZ16) && !(x & EXP) && (x & FRAC))
        return x & SIGN;
    return x;
}

/* The exact value of a non-NaN half. */
static double h2d(uint16_t x)
{
    int e = x >> 10 & 0x1f;
    double m = x & FRAC, v;

    v = e == 0 ? ldexp(m, -24) : e == 31 ? INFINITY : ldexp(m + 1024, e - 25);
    return (x & SIGN) ? -v : v;
}

static int rmode_of(uint32_t fpcr, int rm)
{
    return rm == FPR_FPCR ? (int)(fpcr >> FPCR_RMODE_SHIFT & 3) : rm;
}

/* The sign of an exact zero sum of operands of different signs. */
static uint16_t zero_sum(uint32_t fpcr)
{
    return rmode_of(fpcr, FPR_FPCR) == FPR_M ? SIGN : 0;
}

/* FPProcessNaNs over n operands: first SNaN (IOC), else first QNaN. */
static bool nans(uint32_t fpcr, uint32_t *fpsr, const uint16_t *v, int n,
                 uint16_t *res)
{
    int pick = -1;

    for (int i = 0; i < n && pick < 0; i++)
        if (h_snan(v[i]))
            pick = i;
    if (pick >= 0)
        *fpsr |= FPSR_IOC;
    for (int i = 0; i < n && pick < 0; i++)
        if (h_nan(v[i]))
            pick = i;
    if (pick < 0)
        return false;
    *res = (fpcr & FPCR_DN) ? DEFAULT_NAN : (uint16_t)(v[pick] | QUIET);
    return true;
}

static uint16_t invalid(uint32_t *fpsr)
{
    *fpsr |= FPSR_IOC;
    return DEFAULT_NAN;
}

/* -- rounding -- */

/* q rounded to odd, given the sign dir of (exact value - q): the value
 * toward zero with its lowest bit set when inexact.  Rounding that
 * double to half then equals rounding the exact value (53 >= 11 + 2). */
static double to_odd(double q, int dir)
{
    uint64_t b;

    if (!dir)
        return q;
    if ((q > 0) == (dir < 0))
        q = nextafter(q, 0.0);
    memcpy(&b, &q, 8);
    b |= 1;
    memcpy(&q, &b, 8);
    return q;
}

static int sgn(double x)
{
    return (x > 0) - (x < 0);
}

/* The half bits of a value known to be representable. */
static uint16_t encode(double r)
{
    int e;

    if (r < 0x1p-14)
        return (uint16_t)ldexp(r, 24);
    frexp(r, &e);
    return (uint16_t)((e + 14) << 10 | ((uint16_t)ldexp(r, 11 - e) - 1024));
}

uint16_t f16_round(uint32_t fpcr, uint32_t *fpsr, double x, int rm)
{
    uint16_t sign = signbit(x) ? SIGN : 0;
    double a = fabs(x), q, n, t, frac, r;
    int e;
    bool up;

    rm = rmode_of(fpcr, rm);
    if (isinf(a))
        return sign | EXP;
    if (a == 0)
        return sign;
    if (a < 0x1p-14 && (fpcr & FPCR_FZ16)) {    /* flush: UFC, no IXC */
        *fpsr |= FPSR_UFC;
        return sign;
    }
    frexp(a, &e);
    q = ldexp(1.0, (e - 1 < -14 ? -14 : e - 1) - 10);   /* the unit in the last place */
    n = a / q;                                          /* exact */
    t = floor(n);
    frac = n - t;
    switch (rm) {
    case FPR_N: up = frac > 0.5 || (frac == 0.5 && fmod(t, 2) != 0); break;
    case FPR_P: up = frac > 0 && !sign; break;
    case FPR_M: up = frac > 0 && sign; break;
    case FPR_A: up = frac >= 0.5; break;
    default: up = false; break;
    }
    r = (t + up) * q;
    if (r > 65504.0) {
        bool to_inf = rm == FPR_N || rm == FPR_A || (rm == FPR_P && !sign) ||
                      (rm == FPR_M && sign);
        *fpsr |= FPSR_OFC | FPSR_IXC;
        return sign | (to_inf ? EXP : MAX_NORMAL);
    }
    if (frac != 0)      /* tininess before rounding (Arm), with UFE = 0 */
        *fpsr |= a < 0x1p-14 ? FPSR_UFC | FPSR_IXC : FPSR_IXC;
    return sign | encode(r);
}

static uint16_t round_fpcr(uint32_t fpcr, uint32_t *fpsr, double x)
{
    return f16_round(fpcr, fpsr, x, FPR_FPCR);
}

/* x + y exactly, as s + err with |err| <= ulp(s)/2 (Knuth's TwoSum;
 * exact in round-to-nearest). */
static double two_sum(double x, double y, double *err)
{
    double s = x + y, bb = s - x;

    *err = (x - (s - bb)) + (y - bb);
    return s;
}

/* -- two operands -- */

static uint16_t add(uint32_t fpcr, uint32_t *fpsr, uint16_t a, uint16_t b)
{
    double x = h2d(a), y = h2d(b);

    if (h_inf(a) && h_inf(b) && ((a ^ b) & SIGN))
        return invalid(fpsr);
    if (h_zero(a) && h_zero(b) && !((a ^ b) & SIGN))
        return a;
    if (x + y == 0 && !isinf(x))        /* exact: 41 bits at most */
        return zero_sum(fpcr);
    return round_fpcr(fpcr, fpsr, x + y);
}

static uint16_t mul(uint32_t fpcr, uint32_t *fpsr, uint16_t a, uint16_t b,
                    bool mulx)
{
    if (inf_zero(a, b))     /* FPMulX: 2.0 with the product's sign */
        return mulx ? (uint16_t)(((a ^ b) & SIGN) | 0x4000) : invalid(fpsr);
    return round_fpcr(fpcr, fpsr, h2d(a) * h2d(b));     /* exact product */
}

static uint16_t divide(uint32_t fpcr, uint32_t *fpsr, uint16_t a, uint16_t b)
{
    uint16_t sign = (a ^ b) & SIGN;
    double x = h2d(a), y = h2d(b), q;

    if ((h_inf(a) && h_inf(b)) || (h_zero(a) && h_zero(b)))
        return invalid(fpsr);
    if (h_inf(a) || h_zero(b)) {
        if (!h_inf(a))
            *fpsr |= FPSR_DZC;
        return sign | EXP;
    }
    if (h_zero(a) || h_inf(b))
        return sign;
    q = x / y;
    /* sign(x/y - q) = sign(-(q*y - x)) * sign(y); fma gives q*y - x exactly */
    return round_fpcr(fpcr, fpsr, to_odd(q, -sgn(fma(q, y, -x)) * sgn(y)));
}

uint16_t f16_op2(uint32_t fpcr, uint32_t *fpsr, enum f16_op op, uint16_t a,
                 uint16_t b)
{
    static const enum fp2_op mm[] = {
        [F16_MAX] = FP2_MAX, [F16_MIN] = FP2_MIN,
        [F16_MAXNM] = FP2_MAXNM, [F16_MINNM] = FP2_MINNM,
    };
    uint16_t v[2], r;

    a = flush16(fpcr, a);
    b = flush16(fpcr, b);
    if (op >= F16_MAX && op <= F16_MINNM)   /* FPMax/Min/MaxNum/MinNum */
        return (uint16_t)fp_op2(fpcr, fpsr, mm[op], 2, a, b);
    v[0] = a;
    v[1] = b;
    if (nans(fpcr, fpsr, v, 2, &r))
        ;
    else if (op == F16_ADD)
        r = add(fpcr, fpsr, a, b);
    else if (op == F16_SUB || op == F16_ABD)
        r = add(fpcr, fpsr, a, b ^ SIGN);
    else if (op == F16_DIV)
        r = divide(fpcr, fpsr, a, b);
    else
        r = mul(fpcr, fpsr, a, b, op == F16_MULX);
    if (op == F16_NMUL)
        r ^= SIGN;
    if (op == F16_ABD)
        r &= ~SIGN;
    return r;
}

/* -- fused multiply-add -- */

/* addend + (p exact) rounded once; c is the exact addend value */
static uint16_t sum_round(uint32_t fpcr, uint32_t *fpsr, double p, double c,
                          double scale)
{
    double err, s = two_sum(p, c, &err);

    if (s == 0 && err == 0)
        return zero_sum(fpcr);
    return round_fpcr(fpcr, fpsr, to_odd(s * scale, sgn(err)));
}

uint16_t f16_muladd(uint32_t fpcr, uint32_t *fpsr, uint16_t addend,
                    uint16_t op1, uint16_t op2)
{
    uint16_t v[3] = { flush16(fpcr, addend), flush16(fpcr, op1),
                      flush16(fpcr, op2) }, r;
    uint16_t sa = v[0] & SIGN, sp = (v[1] ^ v[2]) & SIGN;
    bool infp = h_inf(v[1]) || h_inf(v[2]), zerop = h_zero(v[1]) || h_zero(v[2]);

    if (h_nan(v[0]) && !h_snan(v[0]) && inf_zero(v[1], v[2]))
        return invalid(fpsr);
    if (nans(fpcr, fpsr, v, 3, &r))
        return r;
    if (inf_zero(v[1], v[2]) || (h_inf(v[0]) && infp && sa != sp))
        return invalid(fpsr);
    if (h_inf(v[0]))
        return v[0];
    if (infp)
        return sp | EXP;
    if (h_zero(v[0]) && zerop && sa == sp)
        return sa;
    return sum_round(fpcr, fpsr, h2d(v[1]) * h2d(v[2]), h2d(v[0]), 1.0);
}

/* FPRecipStepFused (2 - a*b), FPRSqrtStepFused ((3 - a*b) / 2) */
static uint16_t step(uint32_t fpcr, uint32_t *fpsr, uint16_t a, uint16_t b,
                     bool rsqrt)
{
    uint16_t v[2] = { flush16(fpcr, a ^ SIGN), flush16(fpcr, b) }, r;

    if (nans(fpcr, fpsr, v, 2, &r))
        return r;
    if (inf_zero(v[0], v[1]))
        return rsqrt ? 0x3e00 : 0x4000;                 /* 1.5, 2.0 */
    if (h_inf(v[0]) || h_inf(v[1]))
        return ((v[0] ^ v[1]) & SIGN) | EXP;
    return sum_round(fpcr, fpsr, h2d(v[0]) * h2d(v[1]), rsqrt ? 3.0 : 2.0,
                     rsqrt ? 0.5 : 1.0);
}

/* -- one operand -- */

static uint16_t proc_nan(uint32_t fpcr, uint32_t *fpsr, uint16_t x)
{
    if (!(x & QUIET))
        *fpsr |= FPSR_IOC;
    return (fpcr & FPCR_DN) ? DEFAULT_NAN : (uint16_t)(x | QUIET);
}

static uint16_t sqrt16(uint32_t fpcr, uint32_t *fpsr, uint16_t a)
{
    double x = h2d(a), q;

    if (h_zero(a) || (h_inf(a) && !(a & SIGN)))
        return a;
    if (a & SIGN)
        return invalid(fpsr);
    q = sqrt(x);
    return round_fpcr(fpcr, fpsr, to_odd(q, -sgn(fma(q, q, -x))));
}

/* FPRoundInt in mode rm; FRINTX (signal) raises Inexact */
static uint16_t rint16(uint32_t fpcr, uint32_t *fpsr, uint16_t a, int rm,
                       bool signal)
{
    double x = h2d(a), t = floor(x), frac = x - t;

    if (h_zero(a) || h_inf(a))
        return a;
    switch (rmode_of(fpcr, rm)) {
    case FPR_N: t += frac > 0.5 || (frac == 0.5 && fmod(t, 2) != 0); break;
    case FPR_P: t += frac > 0; break;
    case FPR_A: t = round(x); break;   /* ties away from zero */
    case FPR_Z: t = trunc(x); break;
    default: break;                     /* M: floor */
    }
    if (t != x && signal)
        *fpsr |= FPSR_IXC;
    if (t == 0)
        return a & SIGN;
    return (uint16_t)((a & SIGN) | encode(fabs(t)));    /* exact */
}

/* FPToFixed into 16 bits (vector lanes): saturation is IOC alone */
static uint16_t to_int16(uint32_t fpcr, uint32_t *fpsr, uint16_t a, bool u,
                         int rm, int fbits)
{
    uint32_t fl = 0;
    uint64_t v = fp_to_int(fpcr, &fl, 2, a, true, u, (enum fp_rmode)rm, fbits);
    int64_t lo = u ? 0 : -32768, hi = u ? 65535 : 32767;
    bool over = (fl & FPSR_IOC) ||
                (u ? v > (uint64_t)hi : ((int64_t)v < lo || (int64_t)v > hi));

    if (h_nan(a)) {
        v = 0;
    } else if (over) {          /* saturate by the sign of the input */
        v = (uint64_t)((a & SIGN) ? lo : hi);
        fl = (fl & ~FPSR_IXC) | FPSR_IOC;
    }
    *fpsr |= fl;
    return (uint16_t)v;
}

/* FixedToFP: the integer (magnitude mag, negative if neg) / 2^fbits */
static uint16_t from_int(uint32_t fpcr, uint32_t *fpsr, uint64_t mag, bool neg,
                         int fbits)
{
    double d;

    if (mag >> 53) {            /* keep 53 bits, the rest as a sticky bit */
        int sh = 64 - __builtin_clzll(mag) - 53;
        mag = mag >> sh | ((mag & ((1ull << sh) - 1)) != 0);
        d = ldexp((double)mag, sh - fbits);
    } else {
        d = ldexp((double)mag, -fbits);
    }
    return round_fpcr(fpcr, fpsr, neg ? -d : d);
}

static uint16_t recip_estimate16(uint32_t fpcr, uint32_t *fpsr, uint16_t a);
static uint16_t rsqrt_estimate16(uint32_t fpcr, uint32_t *fpsr, uint16_t a);

/* FPRecpX: exponent inverted, fraction zero */
static uint16_t recpx16(uint16_t a)
{
    unsigned e = a >> 10 & 0x1f;

    e = e == 0 ? 0x1e : (~e & 0x1f);
    return (uint16_t)((a & SIGN) | e << 10);
}

static uint16_t compare(uint32_t *fpsr, enum f16_op op, uint16_t a, uint16_t b)
{
    bool r;

    if (op == F16_ACGE || op == F16_ACGT) {
        a &= ~SIGN;
        b &= ~SIGN;
    }
    if (h_nan(a) || h_nan(b)) {
        if (op != F16_CMEQ || h_snan(a) || h_snan(b))
            *fpsr |= FPSR_IOC;
        return 0;
    }
    switch (op) {
    case F16_CMEQ: r = h2d(a) == h2d(b); break;
    case F16_CMGE: case F16_ACGE: r = h2d(a) >= h2d(b); break;
    default: r = h2d(a) > h2d(b); break;
    }
    return r ? 0xffff : 0;
}

/* One lane of every element-wise operation; d is Vd's lane (MLA/MLS). */
static uint16_t lane(uint32_t fpcr, uint32_t *fpsr, enum f16_op op,
                     uint16_t a, uint16_t b, uint16_t d, unsigned extra)
{
    uint16_t fa = flush16(fpcr, a);

    switch (op) {
    case F16_MLA: return f16_muladd(fpcr, fpsr, d, a, b);
    case F16_MLS: return f16_muladd(fpcr, fpsr, d, a ^ SIGN, b);
    case F16_CMEQ: case F16_CMGE: case F16_CMGT: case F16_ACGE: case F16_ACGT:
        return compare(fpsr, op, fa, flush16(fpcr, b));
    case F16_CMGT0: return compare(fpsr, F16_CMGT, fa, 0);
    case F16_CMGE0: return compare(fpsr, F16_CMGE, fa, 0);
    case F16_CMEQ0: return compare(fpsr, F16_CMEQ, fa, 0);
    case F16_CMLE0: return compare(fpsr, F16_CMGE, 0, fa);
    case F16_CMLT0: return compare(fpsr, F16_CMGT, 0, fa);
    case F16_RECPS: return step(fpcr, fpsr, a, b, false);
    case F16_RSQRTS: return step(fpcr, fpsr, a, b, true);
    case F16_MOV: return a;
    case F16_ABS: return a & ~SIGN;
    case F16_NEG: return a ^ SIGN;
    case F16_CVTS: case F16_CVTU:
        return to_int16(fpcr, fpsr, fa, op == F16_CVTU, (int)(extra & 7),
                        (int)(extra >> 3));
    case F16_SCVTF: return from_int(fpcr, fpsr, (uint64_t)(a & SIGN ? -(int16_t)a : a),
                                    a & SIGN, (int)(extra >> 3));
    case F16_UCVTF: return from_int(fpcr, fpsr, a, false, (int)(extra >> 3));
    case F16_RECPE: return recip_estimate16(fpcr, fpsr, fa);
    case F16_RSQRTE: return rsqrt_estimate16(fpcr, fpsr, fa);
    default: break;
    }
    if (op >= F16_MOV) {                        /* one operand, NaN first */
        if (h_nan(fa))
            return proc_nan(fpcr, fpsr, fa);
        if (op == F16_SQRT)
            return sqrt16(fpcr, fpsr, fa);
        if (op == F16_RECPX)
            return recpx16(fa);
        return rint16(fpcr, fpsr, fa, (int)extra, op == F16_RINTX);
    }
    return f16_op2(fpcr, fpsr, op, a, b);
}

/* -- estimates (RecipEstimate / RecipSqrtEstimate on 9-bit operands:
 *    recip_estimate, rsqrt_estimate in simd_elt.h) -- */

static uint16_t recip_estimate16(uint32_t fpcr, uint32_t *fpsr, uint16_t a)
{
    uint16_t sign = a & SIGN;
    uint64_t frac = (uint64_t)(a & FRAC) << 42;     /* as 52 bits */
    int exp = a >> 10 & 0x1f, rexp;
    unsigned rm = fpcr >> FPCR_RMODE_SHIFT & 3;

    if (h_nan(a))
        return proc_nan(fpcr, fpsr, a);
    if (h_inf(a))
        return sign;
    if (h_zero(a)) {
        *fpsr |= FPSR_DZC;
        return sign | EXP;
    }
    if (exp == 0 && !(frac >> 51 & 1) && !(frac >> 50 & 1)) {  /* < 2^-16 */
        bool to_inf = rm == 0 || (rm == 1 && !sign) || (rm == 2 && sign);
        *fpsr |= FPSR_OFC | FPSR_IXC;
        return sign | (to_inf ? EXP : MAX_NORMAL);
    }
    if ((fpcr & FPCR_FZ16) && exp >= 29) {          /* >= 2^14 */
        *fpsr |= FPSR_UFC;
        return sign;
    }
    frac = recip_estimate_frac(exp, frac, 29, &rexp);
    return (uint16_t)(sign | rexp << 10 | frac >> 42);
}

static uint16_t rsqrt_estimate16(uint32_t fpcr, uint32_t *fpsr, uint16_t a)
{
    uint64_t frac = (uint64_t)(a & FRAC) << 42;
    int exp = a >> 10 & 0x1f;
    unsigned est;

    if (h_nan(a))
        return proc_nan(fpcr, fpsr, a);
    if (h_zero(a)) {
        *fpsr |= FPSR_DZC;
        return (a & SIGN) | EXP;
    }
    if (a & SIGN)
        return invalid(fpsr);
    if (h_inf(a))
        return 0;
    est = rsqrt_estimate_frac(&exp, frac);
    return (uint16_t)((44 - exp) / 2 << 10 | est << 2);
}

/* -- vector helpers -- */

static int nlanes(uint64_t desc)
{
    return (desc & F16_SCALAR) ? 1 : (desc & F16_Q) ? 8 : 4;
}

/* Reduce (Arm ARM J1): halves combined recursively */
static uint16_t reduce(uint32_t fpcr, uint32_t *fpsr, enum f16_op op,
                       const uint16_t *x, int n)
{
    if (n == 1)
        return x[0];
    uint16_t lo = reduce(fpcr, fpsr, op, x, n / 2);
    uint16_t hi = reduce(fpcr, fpsr, op, x + n / 2, n / 2);
    return f16_op2(fpcr, fpsr, op, lo, hi);
}

/* FCMLA (rot 0-3, pair index idx or -1) and FCADD (rot 0: #90, 1: #270) */
static void complex16(struct a64_cpu *env, a64_vreg *r, const a64_vreg *n,
                      const a64_vreg *m, int cnt, uint64_t desc)
{
    unsigned rot = (unsigned)(desc >> F16_EXTRA_SHIFT) & 3;
    int idx = (desc & F16_IDX) ? (int)(desc >> F16_IDX_SHIFT & 7) : -1;
    uint32_t fpcr = env->fpcr, *fpsr = &env->fpsr;

    for (int e = 0; e < cnt / 2; e++) {
        int mi = idx >= 0 ? idx * 2 : e * 2;
        uint16_t m0 = m->h[mi], m1 = m->h[mi + 1];
        uint16_t n0 = n->h[2 * e], n1 = n->h[2 * e + 1];
        uint16_t e1, e2, e3, e4;

        if ((desc & 0xff) == F16_CADD) {
            e1 = rot ? m1 : m1 ^ SIGN;
            e3 = rot ? m0 ^ SIGN : m0;
            r->h[2 * e] = f16_op2(fpcr, fpsr, F16_ADD, n0, e1);
            r->h[2 * e + 1] = f16_op2(fpcr, fpsr, F16_ADD, n1, e3);
            continue;
        }
        switch (rot) {
        case 0: e1 = m0; e2 = n0; e3 = m1; e4 = n0; break;
        case 1: e1 = m1 ^ SIGN; e2 = n1; e3 = m0; e4 = n1; break;
        case 2: e1 = m0 ^ SIGN; e2 = n0; e3 = m1 ^ SIGN; e4 = n0; break;
        default: e1 = m1; e2 = n1; e3 = m0 ^ SIGN; e4 = n1; break;
        }
        r->h[2 * e] = f16_muladd(fpcr, fpsr, r->h[2 * e], e2, e1);
        r->h[2 * e + 1] = f16_muladd(fpcr, fpsr, r->h[2 * e + 1], e4, e3);
    }
}

void helper_fp16_3(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                   uint64_t desc)
{
    a64_vreg n = env->v[rn], m = env->v[rm], d = env->v[rd], out = { .q = 0 };
    enum f16_op op = (enum f16_op)(desc & 0xff);
    unsigned extra = (unsigned)(desc >> F16_EXTRA_SHIFT) & 0xff;
    int cnt = nlanes(desc), idx = (int)(desc >> F16_IDX_SHIFT & 7);

    if (op == F16_CMLA || op == F16_CADD) {
        complex16(env, &d, &n, &m, cnt, desc);
        for (int i = 0; i < cnt; i++)
            out.h[i] = d.h[i];
        env->v[rd] = out;
        return;
    }
    for (int i = 0; i < cnt; i++) {
        uint16_t a, b;
        if (desc & F16_PAIR) {          /* lanes of Vn then Vm, in pairs */
            int j = 2 * i, half = (desc & F16_SCALAR) ? 2 : cnt;
            a = j < half ? n.h[j] : m.h[j - half];
            b = j + 1 < half ? n.h[j + 1] : m.h[j + 1 - half];
        } else {
            a = n.h[i];
            b = (desc & F16_IDX) ? m.h[idx] : m.h[i];
        }
        out.h[i] = lane(env->fpcr, &env->fpsr, op, a, b, d.h[i], extra);
    }
    env->v[rd] = out;
}

void helper_fp16_2(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                   uint64_t desc)
{
    enum f16_op op = (enum f16_op)(desc & 0xff);
    static const enum f16_op red[] = {
        [F16_MAXV] = F16_MAX, [F16_MINV] = F16_MIN,
        [F16_MAXNMV] = F16_MAXNM, [F16_MINNMV] = F16_MINNM,
    };

    if (op >= F16_MAXV) {
        a64_vreg n = env->v[rn], out = { .q = 0 };
        out.h[0] = reduce(env->fpcr, &env->fpsr, red[op], n.h,
                          (desc & F16_Q) ? 8 : 4);
        env->v[rd] = out;
        return;
    }
    helper_fp16_3(env, rd, rn, rn, desc);
}

/* -- scalar helpers with general registers or NZCV -- */

void helper_fp16_fma(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                     uint64_t rm, uint64_t ra, uint64_t desc)
{
    uint16_t n = env->v[rn].h[0], m = env->v[rm].h[0], a = env->v[ra].h[0];
    a64_vreg out = { .q = 0 };

    if (desc & 1)
        n ^= SIGN;
    if (desc & 2)
        a ^= SIGN;
    out.h[0] = f16_muladd(env->fpcr, &env->fpsr, a, n, m);
    env->v[rd] = out;
}

uint64_t helper_fp16_cmp(struct a64_cpu *env, uint64_t rn, uint64_t rm,
                         uint64_t desc)
{
    uint16_t a = flush16(env->fpcr, env->v[rn].h[0]);
    uint16_t b = (desc >> 13 & 1) ? 0 : flush16(env->fpcr, env->v[rm].h[0]);

    return fp_compare(env->fpcr, &env->fpsr, 2, a, b, desc >> 12 & 1);
}

uint64_t helper_fp16_ccmp(struct a64_cpu *env, uint64_t rn, uint64_t rm,
                          uint64_t nzcv_now, uint64_t desc)
{
    if (!fp_cond_holds((unsigned)(desc >> 16) & 15, nzcv_now))
        return (desc >> 20 & 15) << 28;
    return helper_fp16_cmp(env, rn, rm, desc & 0x1000);
}

uint64_t helper_fp16_toint(struct a64_cpu *env, uint64_t rn, uint64_t desc)
{
    uint16_t a = flush16(env->fpcr, env->v[rn].h[0]);

    return fp_to_int(env->fpcr, &env->fpsr, 2, a, desc >> 12 & 1,
                     desc >> 13 & 1, (enum fp_rmode)(desc >> 16 & 7),
                     (int)(desc >> 24));
}

void helper_fp16_fromint(struct a64_cpu *env, uint64_t rd, uint64_t val,
                         uint64_t desc)
{
    bool sf = desc >> 12 & 1, u = desc >> 13 & 1, neg = false;
    a64_vreg out = { .q = 0 };

    if (!sf)
        val = u ? (uint32_t)val : (uint64_t)(int64_t)(int32_t)val;
    if (!u && (int64_t)val < 0) {
        neg = true;
        val = -val;
    }
    out.h[0] = from_int(env->fpcr, &env->fpsr, val, neg, (int)(desc >> 24));
    env->v[rd] = out;
}
