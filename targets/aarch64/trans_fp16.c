/*
 * trans_fp16.c - translators of a64_fp16.decode: half-precision scalar
 * FP (ftype = 11) and Advanced SIMD .4H/.8H (FEAT_FP16), one helper call
 * per instruction (helper_fp16.c).
 *
 * Every translator first asks the CPU model (a64_has): the scalar FP
 * forms need FPHP, the Advanced SIMD ones (vector and scalar) ASIMDHP;
 * without it the encoding is UNDEFINED (false: SIGILL), as on an Armv8.0
 * core.  Register moves and FCSEL are plain IR.
 */
#include "translate.h"
#include "a64_decode.h"
#include "trans_simd.h"
#include "trans_fp16.h"
#include "helper_fp.h"
#include "helper_fp16.h"
#include "hwcap.h"

#define NO_GLOBALS (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS)

/* decode-time field functions of a64_fp16.decode */
int h_fbits(DisasContext *s, int x);
int h_fbits16(DisasContext *s, int x);
int h_fbits(DisasContext *s, int x) { (void)s; return 64 - x; }
int h_fbits16(DisasContext *s, int x) { (void)s; return 16 - x; }

static ir_temp c(DisasContext *s, uint64_t v)
{
    return tconst(s, v);
}

static bool fphp(DisasContext *s) { return a64_has(s, A64_F_FPHP); }
static bool asimdhp(DisasContext *s) { return a64_has(s, A64_F_ASIMDHP); }

static uint32_t vdesc(enum f16_op op, int q, int sc, uint32_t extra)
{
    return (uint32_t)op | (q ? F16_Q : 0) | (sc ? F16_SCALAR : 0) |
           extra << F16_EXTRA_SHIFT;
}

static void call3(DisasContext *s, int rd, int rn, int rm, uint32_t desc)
{
    IR_CALL(s->ir, helper_fp16_3, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            c(s, (uint64_t)rd), c(s, (uint64_t)rn), c(s, (uint64_t)rm), c(s, desc));
}

static void call2(DisasContext *s, int rd, int rn, uint32_t desc)
{
    IR_CALL(s->ir, helper_fp16_2, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            c(s, (uint64_t)rd), c(s, (uint64_t)rn), c(s, desc));
}

/* -- scalar FP data processing (FPHP) -- */

#define TRANS_S1(name, op, extra)                                       \
    bool trans_##name##_h(DisasContext *s, arg_h2 *a)                   \
    {                                                                   \
        if (!fphp(s))                                                   \
            return false;                                               \
        call2(s, a->rd, a->rn, vdesc(F16_##op, 0, 1, extra));           \
        return true;                                                    \
    }
TRANS_S1(FMOV, MOV, 0)      TRANS_S1(FABS, ABS, 0)
TRANS_S1(FNEG, NEG, 0)      TRANS_S1(FSQRT, SQRT, 0)
TRANS_S1(FRINTN, RINT, FPR_N)   TRANS_S1(FRINTP, RINT, FPR_P)
TRANS_S1(FRINTM, RINT, FPR_M)   TRANS_S1(FRINTZ, RINT, FPR_Z)
TRANS_S1(FRINTA, RINT, FPR_A)   TRANS_S1(FRINTI, RINT, FPR_FPCR)
TRANS_S1(FRINTX, RINTX, FPR_FPCR)
#undef TRANS_S1

#define TRANS_S2(name, op)                                              \
    bool trans_##name##_h(DisasContext *s, arg_h3 *a)                   \
    {                                                                   \
        if (!fphp(s))                                                   \
            return false;                                               \
        call3(s, a->rd, a->rn, a->rm, vdesc(F16_##op, 0, 1, 0));        \
        return true;                                                    \
    }
TRANS_S2(FMUL, MUL)     TRANS_S2(FDIV, DIV)     TRANS_S2(FADD, ADD)
TRANS_S2(FSUB, SUB)     TRANS_S2(FMAX, MAX)     TRANS_S2(FMIN, MIN)
TRANS_S2(FMAXNM, MAXNM) TRANS_S2(FMINNM, MINNM) TRANS_S2(FNMUL, NMUL)
#undef TRANS_S2

/* desc bit 0: negate the product (op1), bit 1: negate the addend */
static bool gen_fma(DisasContext *s, arg_hfma *a, unsigned neg)
{
    if (!fphp(s))
        return false;
    IR_CALL(s->ir, helper_fp16_fma, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            c(s, (uint64_t)a->rd), c(s, (uint64_t)a->rn), c(s, (uint64_t)a->rm),
            c(s, (uint64_t)a->ra), c(s, neg));
    return true;
}

bool trans_FMADD_h(DisasContext *s, arg_hfma *a) { return gen_fma(s, a, 0); }
bool trans_FMSUB_h(DisasContext *s, arg_hfma *a) { return gen_fma(s, a, 1); }
bool trans_FNMADD_h(DisasContext *s, arg_hfma *a) { return gen_fma(s, a, 3); }
bool trans_FNMSUB_h(DisasContext *s, arg_hfma *a) { return gen_fma(s, a, 2); }

bool trans_FCMP_h(DisasContext *s, arg_hcmp *a)
{
    ir_temp nzcv;

    if (!fphp(s))
        return false;
    nzcv = new_tmp(s);
    IR_CALL(s->ir, helper_fp16_cmp, NO_GLOBALS, nzcv, s->ir->env,
            c(s, (uint64_t)a->rn), c(s, (uint64_t)a->rm),
            c(s, (uint32_t)a->e << 12 | (uint32_t)a->z << 13));
    gen_write_nzcv(s, nzcv);
    return true;
}

bool trans_FCCMP_h(DisasContext *s, arg_hccmp *a)
{
    ir_temp now, nzcv;

    if (!fphp(s))
        return false;
    now = gen_read_nzcv(s);
    nzcv = new_tmp(s);
    IR_CALL(s->ir, helper_fp16_ccmp, NO_GLOBALS, nzcv, s->ir->env,
            c(s, (uint64_t)a->rn), c(s, (uint64_t)a->rm), now,
            c(s, (uint32_t)a->e << 12 | (uint32_t)a->cond << 16 |
                 (uint32_t)a->nzcv << 20));
    gen_write_nzcv(s, nzcv);
    return true;
}

/* A 16-bit value into Hd, the rest of the V register zeroed. */
static void write_h(DisasContext *s, int rd, ir_temp v)
{
    ir_temp t = new_tmp(s);

    ir_and(s->ir, IR_W64, t, v, c(s, 0xffff));
    gen_vreg_write_scalar(s, rd, t, 3);
}

bool trans_FCSEL_h(DisasContext *s, arg_hcsel *a)
{
    ir_temp n, m, d;

    if (!fphp(s))
        return false;
    n = gen_vreg_read64(s, a->rn, 0);
    m = gen_vreg_read64(s, a->rm, 0);
    d = new_tmp(s);
    if (a->cond >= FC_AL) {
        ir_mov(s->ir, IR_W64, d, n);
    } else {
        gen_flags_use(s);
        ir_movcond_f(s->ir, IR_W64, (enum ir_fcond)a->cond, d, n, m);
    }
    write_h(s, a->rd, d);
    return true;
}

/* VFPExpandImm for N = 16 (Arm ARM J1): sign a, exponent
 * NOT(b):Replicate(b, 2):cd, fraction efgh:000000 */
bool trans_FMOV_hi(DisasContext *s, arg_himm *a)
{
    unsigned imm = (unsigned)a->imm, b = imm >> 6 & 1;
    unsigned exp = (b ^ 1) << 4 | (b ? 3u : 0u) << 2 | (imm >> 4 & 3);

    if (!fphp(s))
        return false;
    write_h(s, a->rd, c(s, (imm >> 7) << 15 | exp << 10 | (imm & 15) << 6));
    return true;
}

bool trans_FMOV_gh(DisasContext *s, arg_hgen *a)     /* Wd/Xd <- Hn */
{
    if (!fphp(s))
        return false;
    ir_and(s->ir, IR_W64, cpu_reg(s, a->rd), gen_vreg_read64(s, a->rn, 0),
           c(s, 0xffff));
    return true;
}

bool trans_FMOV_hg(DisasContext *s, arg_hgen *a)     /* Hd <- Wn/Xn */
{
    if (!fphp(s))
        return false;
    write_h(s, a->rd, cpu_reg(s, a->rn));
    return true;
}

static uint32_t cvt_desc(arg_hcvt *a, bool u)
{
    return (uint32_t)a->sf << 12 | (uint32_t)u << 13 |
           (uint32_t)a->rmode << 16 | (uint32_t)a->fbits << 24;
}

static bool gen_toint(DisasContext *s, arg_hcvt *a, bool u)
{
    ir_temp r;

    if (!fphp(s) || (!a->sf && a->fbits > 32))
        return false;
    r = new_tmp(s);
    IR_CALL(s->ir, helper_fp16_toint, NO_GLOBALS, r, s->ir->env,
            c(s, (uint64_t)a->rn), c(s, cvt_desc(a, u)));
    ir_mov(s->ir, sf_width(a->sf), cpu_reg(s, a->rd), r);
    return true;
}

static bool gen_fromint(DisasContext *s, arg_hcvt *a, bool u)
{
    if (!fphp(s) || (!a->sf && a->fbits > 32))
        return false;
    IR_CALL(s->ir, helper_fp16_fromint, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            c(s, (uint64_t)a->rd), cpu_reg(s, a->rn), c(s, cvt_desc(a, u)));
    return true;
}

bool trans_FCVTS_h(DisasContext *s, arg_hcvt *a) { return gen_toint(s, a, false); }
bool trans_FCVTU_h(DisasContext *s, arg_hcvt *a) { return gen_toint(s, a, true); }
bool trans_SCVTF_h(DisasContext *s, arg_hcvt *a) { return gen_fromint(s, a, false); }
bool trans_UCVTF_h(DisasContext *s, arg_hcvt *a) { return gen_fromint(s, a, true); }

/* -- Advanced SIMD (ASIMDHP): three same, by element -- */

#define TRANS_V3(name, op, flags)                                       \
    bool trans_##name##_hv(DisasContext *s, arg_h3 *a)                  \
    {                                                                   \
        if (!asimdhp(s))                                                \
            return false;                                               \
        call3(s, a->rd, a->rn, a->rm, vdesc(F16_##op, a->q, a->sc, 0) | (flags)); \
        return true;                                                    \
    }
TRANS_V3(FMAXNM, MAXNM, 0)  TRANS_V3(FMLA, MLA, 0)      TRANS_V3(FADD, ADD, 0)
TRANS_V3(FMULX, MULX, 0)    TRANS_V3(FCMEQ, CMEQ, 0)    TRANS_V3(FMAX, MAX, 0)
TRANS_V3(FRECPS, RECPS, 0)  TRANS_V3(FMINNM, MINNM, 0)  TRANS_V3(FMLS, MLS, 0)
TRANS_V3(FSUB, SUB, 0)      TRANS_V3(FMIN, MIN, 0)      TRANS_V3(FRSQRTS, RSQRTS, 0)
TRANS_V3(FMUL, MUL, 0)      TRANS_V3(FCMGE, CMGE, 0)    TRANS_V3(FACGE, ACGE, 0)
TRANS_V3(FDIV, DIV, 0)      TRANS_V3(FABD, ABD, 0)      TRANS_V3(FCMGT, CMGT, 0)
TRANS_V3(FACGT, ACGT, 0)
TRANS_V3(FMAXNMP, MAXNM, F16_PAIR)  TRANS_V3(FADDP, ADD, F16_PAIR)
TRANS_V3(FMAXP, MAX, F16_PAIR)      TRANS_V3(FMINNMP, MINNM, F16_PAIR)
TRANS_V3(FMINP, MIN, F16_PAIR)
#undef TRANS_V3

#define TRANS_IDX(name, op)                                             \
    bool trans_##name##_hi(DisasContext *s, arg_hidx *a)                \
    {                                                                   \
        if (!asimdhp(s))                                                \
            return false;                                               \
        call3(s, a->rd, a->rn, a->rm, vdesc(F16_##op, a->q, a->sc, 0) | \
              F16_IDX | (uint32_t)a->idx << F16_IDX_SHIFT);             \
        return true;                                                    \
    }
TRANS_IDX(FMLA, MLA) TRANS_IDX(FMLS, MLS) TRANS_IDX(FMUL, MUL) TRANS_IDX(FMULX, MULX)
#undef TRANS_IDX

/* -- Advanced SIMD: two-register miscellaneous, across lanes, pairwise -- */

#define TRANS_V2(name, op, extra)                                       \
    bool trans_##name##_hv(DisasContext *s, arg_h2 *a)                  \
    {                                                                   \
        if (!asimdhp(s))                                                \
            return false;                                               \
        call2(s, a->rd, a->rn, vdesc(F16_##op, a->q, a->sc, extra));    \
        return true;                                                    \
    }
TRANS_V2(FRINTN, RINT, FPR_N)   TRANS_V2(FRINTM, RINT, FPR_M)
TRANS_V2(FRINTP, RINT, FPR_P)   TRANS_V2(FRINTZ, RINT, FPR_Z)
TRANS_V2(FRINTA, RINT, FPR_A)   TRANS_V2(FRINTI, RINT, FPR_FPCR)
TRANS_V2(FRINTX, RINTX, FPR_FPCR)
TRANS_V2(FCVTNS, CVTS, FPR_N)   TRANS_V2(FCVTMS, CVTS, FPR_M)
TRANS_V2(FCVTAS, CVTS, FPR_A)   TRANS_V2(FCVTPS, CVTS, FPR_P)
TRANS_V2(FCVTZS, CVTS, FPR_Z)   TRANS_V2(FCVTNU, CVTU, FPR_N)
TRANS_V2(FCVTMU, CVTU, FPR_M)   TRANS_V2(FCVTAU, CVTU, FPR_A)
TRANS_V2(FCVTPU, CVTU, FPR_P)   TRANS_V2(FCVTZU, CVTU, FPR_Z)
TRANS_V2(SCVTF, SCVTF, 0)       TRANS_V2(UCVTF, UCVTF, 0)
TRANS_V2(FCMGT0, CMGT0, 0)      TRANS_V2(FCMEQ0, CMEQ0, 0)
TRANS_V2(FCMLT0, CMLT0, 0)      TRANS_V2(FCMGE0, CMGE0, 0)
TRANS_V2(FCMLE0, CMLE0, 0)      TRANS_V2(FABS, ABS, 0)
TRANS_V2(FNEG, NEG, 0)          TRANS_V2(FSQRT, SQRT, 0)
TRANS_V2(FRECPE, RECPE, 0)      TRANS_V2(FRSQRTE, RSQRTE, 0)
TRANS_V2(FRECPX, RECPX, 0)
TRANS_V2(FMAXNMV, MAXNMV, 0)    TRANS_V2(FMAXV, MAXV, 0)
TRANS_V2(FMINNMV, MINNMV, 0)    TRANS_V2(FMINV, MINV, 0)
#undef TRANS_V2

/* FADDP Hd, Vn.2H and the other scalar pairwise forms: lanes 0 and 1 */
#define TRANS_P(name, op)                                               \
    bool trans_##name##_hs(DisasContext *s, arg_h2 *a)                  \
    {                                                                   \
        if (!asimdhp(s))                                                \
            return false;                                               \
        call3(s, a->rd, a->rn, a->rn, vdesc(F16_##op, 0, 1, 0) | F16_PAIR); \
        return true;                                                    \
    }
TRANS_P(FMAXNMP, MAXNM) TRANS_P(FADDP, ADD) TRANS_P(FMAXP, MAX)
TRANS_P(FMINNMP, MINNM) TRANS_P(FMINP, MIN)
#undef TRANS_P

/* fixed point on 16-bit lanes: extra = rmode | fbits << 3 */
#define TRANS_FIX(name, op, rm)                                         \
    bool trans_##name##_hfix(DisasContext *s, arg_hfix *a)              \
    {                                                                   \
        if (!asimdhp(s))                                                \
            return false;                                               \
        call2(s, a->rd, a->rn, vdesc(F16_##op, a->q, a->sc,             \
                                     (uint32_t)(rm) | (uint32_t)a->fbits << 3)); \
        return true;                                                    \
    }
TRANS_FIX(SCVTF, SCVTF, 0)      TRANS_FIX(UCVTF, UCVTF, 0)
TRANS_FIX(FCVTZS, CVTS, FPR_Z)  TRANS_FIX(FCVTZU, CVTU, FPR_Z)
#undef TRANS_FIX

/* -- FCMLA / FCADD .4H/.8H (FEAT_FCMA with FEAT_FP16) -- */

bool gen_fp16_cmla(DisasContext *s, arg_f2_cmla *a)
{
    uint32_t desc = vdesc(F16_CMLA, a->q, 0, (uint32_t)a->rot);

    if (!asimdhp(s) || (a->el && !a->q && a->idx >= 2))
        return false;           /* .4H by element: pairs 0 and 1 only */
    if (a->el)
        desc |= F16_IDX | (uint32_t)a->idx << F16_IDX_SHIFT;
    call3(s, a->rd, a->rn, a->rm, desc);
    return true;
}

bool gen_fp16_cadd(DisasContext *s, arg_f2_cadd *a)
{
    if (!asimdhp(s))
        return false;
    call3(s, a->rd, a->rn, a->rm, vdesc(F16_CADD, a->q, 0, (uint32_t)a->rot));
    return true;
}
