/*
 * helper_fp.c - A64 scalar floating point on the host SSE unit, with the
 * Arm corner cases done in C (see helper_fp.h for the model).
 *
 * Values travel as raw bits (uint64_t) tagged with an FP type ft; the
 * classification functions work on the bits so that signalling NaNs are
 * never touched by the host FPU.  Host arithmetic is bracketed by
 * fp_begin()/fp_end(), which install the guest rounding mode and FZ in
 * MXCSR and fold the host flags into FPSR.  opt_*() are empty asm
 * statements that keep the compiler from moving arithmetic across the
 * MXCSR switch.
 *
 * References: Arm ARM J1 shared pseudocode FPProcessNaNs, FPMinMax,
 * FPMulAdd, FPToFixed, FixedToFP, FPConvert, FPCompare, FPRoundInt.
 */
#include <math.h>
#include <stdbool.h>
#include <string.h>
#include "helper_fp.h"

/* -- formats -- */

struct fp_fmt {
    uint64_t sign, exp, frac, quiet;
    int frac_bits;
};

static const struct fp_fmt fmts[3] = {
    { 1ull << 31, 0x7f800000ull, 0x7fffffull, 1ull << 22, 23 },
    { 1ull << 63, 0x7ff0000000000000ull, 0xfffffffffffffull, 1ull << 51, 52 },
    { 1ull << 15, 0x7c00ull, 0x3ffull, 1ull << 9, 10 },
};

static bool is_nan(int ft, uint64_t x)
{
    const struct fp_fmt *f = &fmts[ft];
    return (x & f->exp) == f->exp && (x & f->frac);
}

static bool is_snan(int ft, uint64_t x)
{
    return is_nan(ft, x) && !(x & fmts[ft].quiet);
}

static bool is_zero(int ft, uint64_t x)
{
    return !(x & ~fmts[ft].sign);
}

static bool is_inf(int ft, uint64_t x)
{
    return (x & ~fmts[ft].sign) == fmts[ft].exp;
}

/* one operand infinite, the other zero */
static bool is_inf_zero(int ft, uint64_t a, uint64_t b)
{
    return (is_inf(ft, a) && is_zero(ft, b)) || (is_zero(ft, a) && is_inf(ft, b));
}

static uint64_t default_nan(int ft)
{
    return fmts[ft].exp | fmts[ft].quiet;
}

static float bits_f(uint64_t x) { uint32_t v = (uint32_t)x; float f; memcpy(&f, &v, 4); return f; }
static double bits_d(uint64_t x) { double d; memcpy(&d, &x, 8); return d; }
static uint64_t f_bits(float f) { uint32_t v; memcpy(&v, &f, 4); return v; }
static uint64_t d_bits(double d) { uint64_t v; memcpy(&v, &d, 8); return v; }
static _Float16 bits_h(uint64_t x) { uint16_t v = (uint16_t)x; _Float16 h; memcpy(&h, &v, 2); return h; }
static uint64_t h_bits(_Float16 h) { uint16_t v; memcpy(&v, &h, 2); return v; }

static double opt_d(double x) { __asm__ volatile("" : "+x"(x)); return x; }
static float opt_f(float x) { __asm__ volatile("" : "+x"(x)); return x; }
static uint64_t opt_u(uint64_t x) { __asm__ volatile("" : "+r"(x)); return x; }

/* The value of raw bits as a double (exact for every ft). */
static double to_double(int ft, uint64_t x)
{
    return ft == 0 ? (double)bits_f(x) : ft == 1 ? bits_d(x) : (double)bits_h(x);
}

/* -- host MXCSR <-> FPCR/FPSR -- */

static uint32_t mxcsr_get(void)
{
    uint32_t v;
    __asm__ volatile("stmxcsr %0" : "=m"(v));
    return v;
}

static void mxcsr_set(uint32_t v)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(v));
}

#define MXCSR_MASKS 0x1f80u     /* all exceptions masked */
#define MXCSR_DAZ   0x0040u
#define MXCSR_FTZ   0x8000u

static uint32_t arm_flags(uint32_t f)
{
    return ((f & 0x01) ? FPSR_IOC : 0) | ((f & 0x04) ? FPSR_DZC : 0) |
           ((f & 0x08) ? FPSR_OFC : 0) | ((f & 0x10) ? FPSR_UFC : 0) |
           ((f & 0x20) ? FPSR_IXC : 0);
}

/* Install the guest mode; returns the host MXCSR to restore.  The host
 * flags are left clear (fp_end), and the flags of the bracketed code are
 * exactly the flags of the operation. */
static uint32_t fp_begin_exact(uint32_t fpcr, enum fp_rmode rm)
{
    static const uint32_t rc[4] = { 0, 2, 1, 3 };  /* N, P(up), M(down), Z */
    uint32_t saved = mxcsr_get();
    unsigned mode = rm == FPR_FPCR ? (fpcr >> FPCR_RMODE_SHIFT) & 3
                  : rm == FPR_A ? 0 : (unsigned)rm;

    mxcsr_set(MXCSR_MASKS | rc[mode] << 13 |
              ((fpcr & FPCR_FZ) ? MXCSR_FTZ | MXCSR_DAZ : 0));
    return saved;
}

/*
 * The common case without an MXCSR write (ldmxcsr is slow): guest mode
 * round-to-nearest without FZ, the host MXCSR already in that mode, and
 * every flag still set in it already set in the guest FPSR.  Then the
 * new host flags after the operation are its new FPSR flags, and a flag
 * it raises again changes nothing.  Tagged with bit 31 (reserved in
 * MXCSR) so fp_end knows.
 */
#define MXCSR_STICKY (1u << 31)

static uint32_t fp_begin(uint32_t fpcr, enum fp_rmode rm, const uint32_t *fpsr)
{
    uint32_t m = mxcsr_get();
    bool nearest = rm == FPR_FPCR ? !(fpcr >> FPCR_RMODE_SHIFT & 3)
                                  : rm == FPR_N || rm == FPR_A;

    if (nearest && !(fpcr & FPCR_FZ) && (m & ~0x3fu) == MXCSR_MASKS &&
        !(arm_flags(m) & ~*fpsr))
        return m | MXCSR_STICKY;
    return fp_begin_exact(fpcr, rm);
}

static void fp_end(uint32_t *fpsr, uint32_t saved)
{
    uint32_t f = mxcsr_get();

    if (saved & MXCSR_STICKY) {
        *fpsr |= arm_flags(f & ~saved);
        return;
    }
    *fpsr |= arm_flags(f);
    mxcsr_set(saved & ~0x3fu);
}

uint32_t fp_host_begin(uint32_t fpcr, const uint32_t *fpsr)
{
    return fp_begin(fpcr, FPR_FPCR, fpsr);
}

void fp_host_end(uint32_t *fpsr, uint32_t saved)
{
    fp_end(fpsr, saved);
}

/* -- NaNs and denormal inputs -- */

/* FZ: a denormal input becomes a zero of the same sign (IDC). */
static uint64_t flush_in(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t x)
{
    const struct fp_fmt *f = &fmts[ft];

    if (ft == 2 || !(fpcr & FPCR_FZ) || (x & f->exp) || !(x & f->frac))
        return x;
    *fpsr |= FPSR_IDC;
    return x & f->sign;
}

/* FPProcessNaNs: the first SNaN quieted (IOC), else the first QNaN. */
static bool process_nans(uint32_t fpcr, uint32_t *fpsr, int ft,
                         const uint64_t *v, int n, uint64_t *res)
{
    int pick = -1;

    for (int i = 0; i < n && pick < 0; i++)
        if (is_snan(ft, v[i]))
            pick = i;
    if (pick >= 0)
        *fpsr |= FPSR_IOC;
    for (int i = 0; i < n && pick < 0; i++)
        if (is_nan(ft, v[i]))
            pick = i;
    if (pick < 0)
        return false;
    *res = (fpcr & FPCR_DN) ? default_nan(ft) : v[pick] | fmts[ft].quiet;
    return true;
}

/* A NaN made by the host (invalid operation) becomes Arm's default NaN. */
static uint64_t fix_result(int ft, uint64_t r)
{
    return is_nan(ft, r) ? default_nan(ft) : r;
}

/* -- two operands -- */

/* -- host arithmetic with Arm's underflow rules -- */

/* One host operation on raw bits, run under an installed MXCSR. */
struct calc {
    uint64_t (*fn)(const struct calc *c);
    int ft;                     /* result type */
    int op, from;
    uint64_t a, b, c;
};

/*
 * Run c in the FPCR mode.  Arm detects tininess before rounding and FZ
 * flushes every tiny result to zero with UFC alone (Arm ARM J1 FPRound,
 * FPRoundBase with FPCR.AH = 0); x86 detects tininess after rounding and
 * FTZ also sets PE.  So: a flushed result loses IXC, an exact denormal
 * result under FZ is flushed here, and a result that rounded up to the
 * smallest normal is recomputed toward zero to see if it was tiny.
 */
static uint64_t run_host(uint32_t fpcr, uint32_t *fpsr, const struct calc *c)
{
    const struct fp_fmt *f = &fmts[c->ft];
    uint32_t saved = fp_begin(fpcr, FPR_FPCR, fpsr), flags;
    uint64_t r = opt_u(c->fn(c)), mag = r & ~f->sign, minn = f->frac + 1;
    bool fz = (fpcr & FPCR_FZ) && c->ft != 2, tiny = false;    /* FZ16 */

    if (saved & MXCSR_STICKY) {         /* no FZ: only the minn case */
        if (mag != minn) {
            fp_end(fpsr, saved);
            return r;
        }
        saved = fp_begin_exact(fpcr, FPR_FPCR);
        r = opt_u(c->fn(c));
    }
    flags = arm_flags(mxcsr_get());
    mxcsr_set(saved & ~0x3fu);
    if (fz && (flags & FPSR_UFC))
        flags &= ~FPSR_IXC;
    if (mag != 0 && mag < minn) {
        tiny = fz;
    } else if (mag == minn && (flags & FPSR_IXC)) {
        saved = fp_begin_exact(fpcr, FPR_Z);
        uint64_t rz = opt_u(c->fn(c));
        mxcsr_set(saved & ~0x3fu);
        tiny = (rz & ~f->sign) < minn;
        if (tiny && !fz)
            flags |= FPSR_UFC;
        tiny = tiny && fz;
    }
    if (tiny) {
        r &= f->sign;
        flags = (flags & ~FPSR_IXC) | FPSR_UFC;
    }
    *fpsr |= flags;
    return r;
}

static uint64_t calc_op2(const struct calc *c)
{
    enum fp2_op op = (enum fp2_op)c->op;

    if (c->ft == 0) {
        float x = opt_f(bits_f(c->a)), y = opt_f(bits_f(c->b)), z;
        z = op == FP2_ADD ? x + y : (op == FP2_SUB || op == FP2_ABD) ? x - y
          : op == FP2_DIV ? x / y : x * y;
        return f_bits(opt_f(z));
    }
    double x = opt_d(bits_d(c->a)), y = opt_d(bits_d(c->b)), z;
    z = op == FP2_ADD ? x + y : (op == FP2_SUB || op == FP2_ABD) ? x - y
      : op == FP2_DIV ? x / y : x * y;
    return d_bits(opt_d(z));
}

static uint64_t host_op2(uint32_t fpcr, uint32_t *fpsr, enum fp2_op op,
                         int ft, uint64_t a, uint64_t b)
{
    struct calc c = { calc_op2, ft, op, ft, a, b, 0 };

    return fix_result(ft, run_host(fpcr, fpsr, &c));
}

/* FMAX, FMIN, FMAXNM, FMINNM (FPMax/FPMin/FPMaxNum/FPMinNum) */
static uint64_t minmax(uint32_t fpcr, uint32_t *fpsr, enum fp2_op op,
                       int ft, uint64_t a, uint64_t b)
{
    bool max = op == FP2_MAX || op == FP2_MAXNM;
    uint64_t v[2] = { a, b }, r;

    if (op == FP2_MAXNM || op == FP2_MINNM) {
        /* one quiet NaN and one number: the number */
        if (is_nan(ft, a) && !is_snan(ft, a) && !is_nan(ft, b))
            return b;
        if (is_nan(ft, b) && !is_snan(ft, b) && !is_nan(ft, a))
            return a;
    }
    if (process_nans(fpcr, fpsr, ft, v, 2, &r))
        return r;
    if (is_zero(ft, a) && is_zero(ft, b))
        return max ? (a & b) : (a | b);     /* max(+0,-0) = +0 */
    double x = to_double(ft, a), y = to_double(ft, b);
    return (max ? x > y : x < y) ? a : b;
}

uint64_t fp_op2(uint32_t fpcr, uint32_t *fpsr, enum fp2_op op, int ft,
                uint64_t a, uint64_t b)
{
    uint64_t v[2], r;

    a = flush_in(fpcr, fpsr, ft, a);
    b = flush_in(fpcr, fpsr, ft, b);
    if (op >= FP2_MAX && op <= FP2_MINNM)
        return minmax(fpcr, fpsr, op, ft, a, b);
    v[0] = a;
    v[1] = b;
    if (process_nans(fpcr, fpsr, ft, v, 2, &r))
        ;
    else if (op == FP2_MULX && is_inf_zero(ft, a, b))   /* FPMulX: +-2.0 */
        r = ((a ^ b) & fmts[ft].sign) | (ft ? 0x4000000000000000ull : 0x40000000ull);
    else
        r = host_op2(fpcr, fpsr, op, ft, a, b);
    if (op == FP2_NMUL)                 /* FPNeg(FPMul(..)), NaN included */
        r ^= fmts[ft].sign;
    if (op == FP2_ABD)                  /* FPAbs(FPSub(..)), NaN included */
        r &= ~fmts[ft].sign;
    return r;
}

/* -- V register access -- */

static uint64_t vread(const struct a64_cpu *env, uint64_t n, int ft)
{
    return ft == 0 ? env->v[n].s[0] : ft == 1 ? env->v[n].d[0] : env->v[n].h[0];
}

static void vwrite(struct a64_cpu *env, uint64_t n, int ft, uint64_t x)
{
    env->v[n].d[0] = 0;
    env->v[n].d[1] = 0;
    if (ft == 0)
        env->v[n].s[0] = (uint32_t)x;
    else if (ft == 1)
        env->v[n].d[0] = x;
    else
        env->v[n].h[0] = (uint16_t)x;
}

#define DESC_OP(d)  ((unsigned)(d) & 0xff)
#define DESC_FT(d)  ((int)((d) >> 8) & 3)

/*
 * FADD/FSUB/FMUL/FDIV in the common state, without the general path:
 * FPCR round-to-nearest without FZ, host MXCSR in the sticky state of
 * fp_begin(), no NaN operand, and a result that is neither a NaN nor of
 * the smallest normal magnitude (the cases with Arm-specific rules).
 */
static bool fast_op2(struct a64_cpu *env, enum fp2_op op, int ft,
                     uint64_t a, uint64_t b, uint64_t *res)
{
    uint32_t m = mxcsr_get();
    uint64_t r;

    if (op > FP2_SUB || (env->fpcr & (FPCR_FZ | 3u << FPCR_RMODE_SHIFT)) ||
        (m & ~0x3fu) != MXCSR_MASKS || (arm_flags(m) & ~env->fpsr) ||
        is_nan(ft, a) || is_nan(ft, b))
        return false;
    r = calc_op2(&(struct calc){ .ft = ft, .op = op, .a = a, .b = b });
    if (is_nan(ft, r) || (r & ~fmts[ft].sign) == fmts[ft].frac + 1)
        return false;       /* the general path recomputes it exactly */
    env->fpsr |= arm_flags(mxcsr_get() & ~m);
    *res = r;
    return true;
}

void helper_fp2(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                uint64_t desc)
{
    int ft = DESC_FT(desc);
    uint64_t a = vread(env, rn, ft), b = vread(env, rm, ft), r;

    if (!fast_op2(env, DESC_OP(desc), ft, a, b, &r))
        r = fp_op2(env->fpcr, &env->fpsr, DESC_OP(desc), ft, a, b);
    vwrite(env, rd, ft, r);
}

/* -- one operand: FSQRT, FRINT*, FCVT -- */

/* Round to integral in the MXCSR mode with SSE4.1 roundsd (x86-64-v2):
 * glibc's x86-64 rint() uses the x87 control word, not MXCSR.  Immediate
 * 4 = MXCSR mode, signal Inexact; 12 = MXCSR mode, Inexact suppressed. */
static double sse_rint(double x)
{
    __asm__ volatile("roundsd $4, %0, %0" : "+x"(x));
    return x;
}

static double sse_nearbyint(double x)
{
    __asm__ volatile("roundsd $12, %0, %0" : "+x"(x));
    return x;
}

static uint64_t round_int(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a,
                          enum fp1_op op)
{
    static const enum fp_rmode mode[] = {
        [FP1_RINTN] = FPR_N, [FP1_RINTP] = FPR_P, [FP1_RINTM] = FPR_M,
        [FP1_RINTZ] = FPR_Z, [FP1_RINTA] = FPR_A, [FP1_RINTX] = FPR_FPCR,
        [FP1_RINTI] = FPR_FPCR,
    };
    uint32_t saved = fp_begin(fpcr, mode[op], fpsr);
    double x = opt_d(to_double(ft, a)), r;

    /* only FRINTX signals Inexact (Arm ARM C7.2.155) */
    r = op == FP1_RINTA ? round(x) : op == FP1_RINTX ? sse_rint(x) : sse_nearbyint(x);
    r = opt_d(r);
    fp_end(fpsr, saved);
    return ft == 0 ? f_bits((float)r) : d_bits(r);   /* exact: integral */
}

static uint64_t host_sqrt(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a)
{
    uint32_t saved = fp_begin(fpcr, FPR_FPCR, fpsr);
    uint64_t r = ft == 0 ? f_bits(opt_f(sqrtf(opt_f(bits_f(a)))))
                         : d_bits(opt_d(sqrt(opt_d(bits_d(a)))));

    fp_end(fpsr, saved);
    return fix_result(ft, r);
}

/* To half precision in one rounding (the MXCSR mode, through the
 * compiler's conversion), with the flags computed here: the software
 * conversion does not raise them in MXCSR.  Overflow: the result is
 * infinite, or the largest normal for a value of 2^16 or more (rounded
 * towards zero); underflow: inexact below 2^-14, before rounding. */
static uint64_t to_half(double x)
{
    _Float16 h = (_Float16)opt_d(x);
    double back = (double)h;
    uint32_t fl = 0;

    if (isinf(back) && !isinf(x))
        fl = 0x28;                                  /* OE PE */
    else if (fabs(back) == 65504.0 && fabs(x) >= 65536.0)
        fl = 0x28;
    else if (back != x && !isnan(x))
        fl = fabs(x) < 0x1p-14 ? 0x30 : 0x20;       /* UE PE, PE */
    mxcsr_set(mxcsr_get() | fl);
    return h_bits(h);
}

static uint64_t calc_convert(const struct calc *c)
{
    double x = opt_d(to_double(c->from, c->a));

    if (c->from == 1 && c->ft == 0)
        return f_bits(opt_f((float)x));
    if (c->ft == 2)
        return to_half(x);
    return c->ft == 0 ? f_bits((float)x) : d_bits(x);     /* exact */
}

/* FPConvert between single, double and half (IEEE half; AHP ignored). */
static uint64_t convert(uint32_t fpcr, uint32_t *fpsr, int from, int to,
                        uint64_t a)
{
    const struct fp_fmt *f = &fmts[from], *t = &fmts[to];

    if (is_nan(from, a)) {
        if (is_snan(from, a))
            *fpsr |= FPSR_IOC;
        if (fpcr & FPCR_DN)
            return default_nan(to);
        uint64_t frac = a & f->frac;
        int sh = t->frac_bits - f->frac_bits;
        frac = sh >= 0 ? frac << sh : frac >> -sh;
        return ((a & f->sign) ? t->sign : 0) | t->exp | t->quiet | (frac & t->frac);
    }
    struct calc c = { calc_convert, to, 0, from, a, 0, 0 };
    return run_host(fpcr, fpsr, &c);
}

uint64_t fp_op1(uint32_t fpcr, uint32_t *fpsr, enum fp1_op op, int ft,
                uint64_t a)
{
    uint64_t r;

    a = flush_in(fpcr, fpsr, ft, a);
    if (!process_nans(fpcr, fpsr, ft, &a, 1, &r))
        r = op == FP1_SQRT ? host_sqrt(fpcr, fpsr, ft, a)
                           : round_int(fpcr, fpsr, ft, a, op);
    return r;
}

uint64_t fp_convert(uint32_t fpcr, uint32_t *fpsr, int from, int to,
                    uint64_t a)
{
    return convert(fpcr, fpsr, from, to, flush_in(fpcr, fpsr, from, a));
}

void helper_fp1(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t desc)
{
    int ft = DESC_FT(desc), to = (int)(desc >> 10) & 3;
    unsigned op = DESC_OP(desc);
    uint64_t a = vread(env, rn, ft);

    if (op == FP1_CVT)
        vwrite(env, rd, to, fp_convert(env->fpcr, &env->fpsr, ft, to, a));
    else
        vwrite(env, rd, ft, fp_op1(env->fpcr, &env->fpsr, op, ft, a));
}

/* -- fused multiply-add (FPMulAdd) -- */

static uint64_t calc_fma(const struct calc *c)
{
    if (c->ft == 0)
        return f_bits(opt_f(fmaf(opt_f(bits_f(c->a)), opt_f(bits_f(c->b)),
                                 opt_f(bits_f(c->c)))));
    return d_bits(opt_d(fma(opt_d(bits_d(c->a)), opt_d(bits_d(c->b)),
                            opt_d(bits_d(c->c)))));
}

/* addend + op1 * op2, rounded once; the operands already negated as the
 * instruction asks. */
uint64_t fp_muladd(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t addend,
                   uint64_t op1, uint64_t op2)
{
    uint64_t r, v[3] = {
        flush_in(fpcr, fpsr, ft, addend),
        flush_in(fpcr, fpsr, ft, op1),
        flush_in(fpcr, fpsr, ft, op2),
    };
    bool inf_zero = is_inf_zero(ft, v[1], v[2]);

    if (is_nan(ft, v[0]) && !is_snan(ft, v[0]) && inf_zero) {
        *fpsr |= FPSR_IOC;
        return default_nan(ft);
    }
    if (process_nans(fpcr, fpsr, ft, v, 3, &r))
        return r;
    struct calc c = { calc_fma, ft, 0, ft, v[1], v[2], v[0] };
    return fix_result(ft, run_host(fpcr, fpsr, &c));
}

void helper_fp3(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                uint64_t ra, uint64_t desc)
{
    int ft = DESC_FT(desc);
    unsigned op = DESC_OP(desc);
    uint64_t sign = fmts[ft].sign;
    uint64_t add = vread(env, ra, ft), n = vread(env, rn, ft);

    if (op == FP3_NMADD || op == FP3_NMSUB)
        add ^= sign;
    if (op == FP3_MSUB || op == FP3_NMADD)
        n ^= sign;
    vwrite(env, rd, ft, fp_muladd(env->fpcr, &env->fpsr, ft, add, n,
                                  vread(env, rm, ft)));
}

/* -- compares -- */

uint64_t fp_compare(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a,
                    uint64_t b, bool signal_qnan)
{
    a = flush_in(fpcr, fpsr, ft, a);
    b = flush_in(fpcr, fpsr, ft, b);
    if (is_nan(ft, a) || is_nan(ft, b)) {
        if (signal_qnan || is_snan(ft, a) || is_snan(ft, b))
            *fpsr |= FPSR_IOC;
        return 0x3ull << 28;                    /* unordered: C V */
    }
    double x = to_double(ft, a), y = to_double(ft, b);
    return (x == y ? 0x6ull : x < y ? 0x8ull : 0x2ull) << 28;
}

uint64_t helper_fcmp(struct a64_cpu *env, uint64_t rn, uint64_t rm,
                     uint64_t desc)
{
    int ft = DESC_FT(desc);
    uint64_t b = (desc >> 13 & 1) ? 0 : vread(env, rm, ft);

    return fp_compare(env->fpcr, &env->fpsr, ft, vread(env, rn, ft), b,
                      desc >> 12 & 1);
}

uint64_t helper_fccmp(struct a64_cpu *env, uint64_t rn, uint64_t rm,
                      uint64_t nzcv_now, uint64_t desc)
{
    if (!fp_cond_holds((unsigned)(desc >> 16) & 15, nzcv_now))
        return (desc >> 20 & 15) << 28;
    return helper_fcmp(env, rn, rm, desc & 0x13ff);
}

/* -- conversions to and from integers -- */

/* FPToFixed with the rounding of FCVT{N,P,M,Z,A}: saturating, NaN -> 0. */
uint64_t fp_to_int(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a,
                   bool sf, bool u, enum fp_rmode rm, int fbits)
{
    double x, t, frac, lo, hi;

    a = flush_in(fpcr, fpsr, ft, a);
    if (is_nan(ft, a)) {
        *fpsr |= FPSR_IOC;
        return 0;
    }
    if (fbits) {
        /* exact or +-inf; an overflow here must not leave host flags
         * behind: every MXCSR flag set is also set in FPSR (fp_begin) */
        uint32_t m = mxcsr_get();
        x = ldexp(to_double(ft, a), fbits);
        if (mxcsr_get() != m)
            mxcsr_set(m);
    } else {
        x = to_double(ft, a);
    }
    t = isinf(x) ? x : trunc(x);
    frac = isinf(x) ? 0 : x - t;                 /* exact */
    switch (rm) {
    case FPR_N:
        if (fabs(frac) > 0.5 || (fabs(frac) == 0.5 && fmod(t, 2) != 0))
            t += frac > 0 ? 1 : -1;
        break;
    case FPR_A: if (fabs(frac) >= 0.5) t += frac > 0 ? 1 : -1; break;
    case FPR_P: if (frac > 0) t += 1; break;
    case FPR_M: if (frac < 0) t -= 1; break;
    default: break;
    }
    lo = u ? 0 : sf ? -0x1p63 : -0x1p31;
    hi = u ? (sf ? 0x1p64 : 0x1p32) : (sf ? 0x1p63 : 0x1p31);  /* exclusive */
    if (t < lo || t >= hi) {
        *fpsr |= FPSR_IOC;
        if (t < lo)
            return u ? 0 : sf ? (uint64_t)INT64_MIN : 0x80000000u;
        return u ? (sf ? UINT64_MAX : 0xffffffffu)
                 : (sf ? (uint64_t)INT64_MAX : 0x7fffffffu);
    }
    if (t != x)
        *fpsr |= FPSR_IXC;
    if (u)
        return (uint64_t)t;
    return sf ? (uint64_t)(int64_t)t : (uint32_t)(int32_t)t;
}

uint64_t helper_fcvt_toint(struct a64_cpu *env, uint64_t rn, uint64_t desc)
{
    int ft = DESC_FT(desc);

    return fp_to_int(env->fpcr, &env->fpsr, ft, vread(env, rn, ft),
                     desc >> 12 & 1, desc >> 13 & 1,
                     (enum fp_rmode)(desc >> 16 & 7), (int)(desc >> 24));
}

/* FixedToFP: one host conversion (FPCR rounding), then an exact scaling. */
uint64_t fp_from_int(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t val,
                     bool sf, bool u, int fbits)
{
    uint32_t saved = fp_begin(fpcr, FPR_FPCR, fpsr);
    uint64_t v = opt_u(val), r;

    if (ft == 0) {
        float f = u ? (sf ? (float)v : (float)(uint32_t)v)
                    : (sf ? (float)(int64_t)v : (float)(int32_t)v);
        r = f_bits(opt_f(ldexpf(opt_f(f), -fbits)));
    } else {
        double d = u ? (sf ? (double)v : (double)(uint32_t)v)
                     : (sf ? (double)(int64_t)v : (double)(int32_t)v);
        r = d_bits(opt_d(ldexp(opt_d(d), -fbits)));
    }
    fp_end(fpsr, saved);
    return r;
}

void helper_cvtf(struct a64_cpu *env, uint64_t rd, uint64_t val,
                 uint64_t desc)
{
    int ft = DESC_FT(desc);

    vwrite(env, rd, ft, fp_from_int(env->fpcr, &env->fpsr, ft, val,
                                    desc >> 12 & 1, desc >> 13 & 1,
                                    (int)(desc >> 24)));
}
