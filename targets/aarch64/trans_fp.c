/*
 * trans_fp.c - A64 scalar floating point (a64_simd.decode "scalar floating
 * point" section): arithmetic, fused multiply-add, FSQRT, FRINT*, FCVT,
 * conversions to and from integers, FCMP/FCCMP/FCSEL, FMOV.
 *
 * Arithmetic goes through helper_fp.c (FPCR rounding, FPSR flags, Arm NaN
 * rules); sign manipulation (FABS, FNEG), register moves and FCSEL are
 * plain IR because they raise no exception (Arm ARM C7.2.94, C7.2.142).
 * A scalar result zeroes the rest of the V register.
 */
#include "translate.h"
#include "a64_decode.h"
#include "trans_simd.h"
#include "helper_fp.h"
#include "helper_fp_fast.h"

#define NO_GLOBALS (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS)

static int ft_size(int ft)
{
    return ft ? 3 : 2;
}

static uint64_t sign_bit(int ft)
{
    return ft ? 1ull << 63 : 1ull << 31;
}

/* -- moves and sign operations -- */

bool trans_FMOV_f(DisasContext *s, arg_fp1 *a)
{
    gen_vreg_write_scalar(s, a->rd, gen_vreg_read64(s, a->rn, 0), ft_size(a->ft));
    return true;
}

bool trans_FABS_f(DisasContext *s, arg_fp1 *a)
{
    ir_temp t = gen_vreg_read64(s, a->rn, 0);

    ir_and(s->ir, IR_W64, t, t, tconst(s, ~sign_bit(a->ft)));
    gen_vreg_write_scalar(s, a->rd, t, ft_size(a->ft));
    return true;
}

bool trans_FNEG_f(DisasContext *s, arg_fp1 *a)
{
    ir_temp t = gen_vreg_read64(s, a->rn, 0);

    ir_xor(s->ir, IR_W64, t, t, tconst(s, sign_bit(a->ft)));
    gen_vreg_write_scalar(s, a->rd, t, ft_size(a->ft));
    return true;
}

/* VFPExpandImm (Arm ARM J1): a:NOT(b):Replicate(b):cdefgh:Zeros */
static uint64_t fp_expand_imm(int ft, uint64_t imm8)
{
    uint64_t a = imm8 >> 7 & 1, b = imm8 >> 6 & 1, cdefgh = imm8 & 0x3f;

    if (!ft)
        return a << 31 | (b ^ 1) << 30 | (b ? 0x1full : 0) << 25 | cdefgh << 19;
    return a << 63 | (b ^ 1) << 62 | (b ? 0xffull : 0) << 54 | cdefgh << 48;
}

bool trans_FMOV_fi(DisasContext *s, arg_fp_imm *a)
{
    gen_vreg_write_scalar(s, a->rd, tconst(s, fp_expand_imm(a->ft, (uint64_t)a->imm)),
                          ft_size(a->ft));
    return true;
}

bool trans_FCSEL_f(DisasContext *s, arg_fp_csel *a)
{
    ir_temp n = gen_vreg_read64(s, a->rn, 0), m = gen_vreg_read64(s, a->rm, 0);
    ir_temp d = new_tmp(s);

    if (a->cond >= FC_AL) {
        ir_mov(s->ir, IR_W64, d, n);
    } else {
        gen_flags_use(s);
        ir_movcond_f(s->ir, IR_W64, (enum ir_fcond)a->cond, d, n, m);
    }
    gen_vreg_write_scalar(s, a->rd, d, ft_size(a->ft));
    return true;
}

/* -- arithmetic: the backend's fast path (IR fpop) for the common
 * single/double operations, helper_fp.c for the rest -- */

static void gen_fpop(DisasContext *s, int ft, enum ir_fpop op, int rd,
                     int rn, int rm, int ra)
{
    ir_temp d = new_tmp(s);
    ir_temp n = gen_vreg_read64(s, rn, 0);
    ir_temp m = rm >= 0 ? gen_vreg_read64(s, rm, 0) : tconst(s, 0);
    ir_temp c = ra >= 0 ? gen_vreg_read64(s, ra, 0) : tconst(s, 0);
    ir_fpop(s->ir, ft ? IR_W64 : IR_W32, op, d, n, m, c, ENV_OFF(fpcr),
            ENV_OFF(fpsr), A64_FPCR_FAST_MASK, (void *)a64_fp_slow);
    gen_vreg_write_scalar(s, rd, d, ft_size(ft));
}

static bool fast_fp2(DisasContext *s, arg_fp2 *a, enum fp2_op op)
{
    static const int map[] = { [FP2_ADD] = FPOP_ADD + 1, [FP2_SUB] = FPOP_SUB + 1,
                               [FP2_MUL] = FPOP_MUL + 1, [FP2_DIV] = FPOP_DIV + 1 };
    if (a->ft > 1 || op >= (int)ARRAY_SIZE(map) || !map[op])
        return false;
    gen_fpop(s, a->ft, (enum ir_fpop)(map[op] - 1), a->rd, a->rn, a->rm, -1);
    return true;
}

static bool gen_fp2(DisasContext *s, arg_fp2 *a, enum fp2_op op)
{
    if (fast_fp2(s, a, op))
        return true;
    IR_CALL(s->ir, helper_fp2, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)a->rd), tconst(s, (uint64_t)a->rn),
            tconst(s, (uint64_t)a->rm), tconst(s, fp_desc(op, a->ft)));
    return true;
}

#define TRANS_FP2(name)                                         \
    bool trans_F##name##_f(DisasContext *s, arg_fp2 *a)         \
    {                                                           \
        return gen_fp2(s, a, FP2_##name);                       \
    }
FP2_OPS(TRANS_FP2)
#undef TRANS_FP2

static bool gen_fp1(DisasContext *s, arg_fp1 *a, enum fp1_op op, int to)
{
    if (op == FP1_SQRT && a->ft <= 1) {
        gen_fpop(s, a->ft, FPOP_SQRT, a->rd, a->rn, -1, -1);
        return true;
    }
    IR_CALL(s->ir, helper_fp1, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)a->rd), tconst(s, (uint64_t)a->rn),
            tconst(s, fp_desc(op, a->ft) | (uint32_t)to << 10));
    return true;
}

#define TRANS_FP1(name)                                         \
    bool trans_F##name##_f(DisasContext *s, arg_fp1 *a)         \
    {                                                           \
        return gen_fp1(s, a, FP1_##name, 0);                    \
    }
TRANS_FP1(SQRT) TRANS_FP1(RINTN) TRANS_FP1(RINTP) TRANS_FP1(RINTM)
TRANS_FP1(RINTZ) TRANS_FP1(RINTA) TRANS_FP1(RINTX) TRANS_FP1(RINTI)
#undef TRANS_FP1

/* FCVT_xy: from type x to type y (s = 0, d = 1, h = 2); a->ft = x. */
#define TRANS_FCVT(name, to)                                    \
    bool trans_FCVT_##name(DisasContext *s, arg_fp1 *a)         \
    {                                                           \
        return gen_fp1(s, a, FP1_CVT, to);                      \
    }
TRANS_FCVT(sd, 1) TRANS_FCVT(sh, 2) TRANS_FCVT(ds, 0)
TRANS_FCVT(dh, 2) TRANS_FCVT(hs, 0) TRANS_FCVT(hd, 1)
#undef TRANS_FCVT

static bool gen_fp3(DisasContext *s, arg_fp3 *a, enum fp3_op op)
{
    if (a->ft <= 1) {
        static const enum ir_fpop map[] = { [FP3_MADD] = FPOP_MADD,
            [FP3_MSUB] = FPOP_MSUB, [FP3_NMADD] = FPOP_NMADD, [FP3_NMSUB] = FPOP_NMSUB };
        gen_fpop(s, a->ft, map[op], a->rd, a->rn, a->rm, a->ra);
        return true;
    }
    IR_CALL(s->ir, helper_fp3, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)a->rd), tconst(s, (uint64_t)a->rn),
            tconst(s, (uint64_t)a->rm), tconst(s, (uint64_t)a->ra),
            tconst(s, fp_desc(op, a->ft)));
    return true;
}

#define TRANS_FP3(name)                                         \
    bool trans_F##name##_f(DisasContext *s, arg_fp3 *a)         \
    {                                                           \
        return gen_fp3(s, a, FP3_##name);                       \
    }
FP3_OPS(TRANS_FP3)
#undef TRANS_FP3

/* -- compares: the helper returns NZCV -- */

bool trans_FCMP_f(DisasContext *s, arg_fp_cmp *a)
{
    ir_temp nzcv = new_tmp(s);

    IR_CALL(s->ir, helper_fcmp, NO_GLOBALS, nzcv, s->ir->env,
            tconst(s, (uint64_t)a->rn), tconst(s, (uint64_t)a->rm),
            tconst(s, fp_desc(0, a->ft) | (uint32_t)a->e << 12 |
                      (uint32_t)a->z << 13));
    gen_write_nzcv(s, nzcv);
    return true;
}

bool trans_FCCMP_f(DisasContext *s, arg_fp_ccmp *a)
{
    ir_temp now = gen_read_nzcv(s), nzcv = new_tmp(s);

    IR_CALL(s->ir, helper_fccmp, NO_GLOBALS, nzcv, s->ir->env,
            tconst(s, (uint64_t)a->rn), tconst(s, (uint64_t)a->rm), now,
            tconst(s, fp_desc(0, a->ft) | (uint32_t)a->e << 12 |
                      (uint32_t)a->cond << 16 | (uint32_t)a->nzcv << 20));
    gen_write_nzcv(s, nzcv);
    return true;
}

/* -- conversions between FP and integers -- */

static uint32_t cvt_desc(int ft, int sf, int u, int rmode, int fbits)
{
    return fp_desc(0, ft) | (uint32_t)sf << 12 | (uint32_t)u << 13 |
           (uint32_t)rmode << 16 | (uint32_t)fbits << 24;
}

/* FCVT{N,P,M,Z,A}{S,U} (integer) and FCVTZ{S,U} (fixed point) */
bool trans_FCVT_toint(DisasContext *s, arg_fp_cvt *a)
{
    int fbits = 64 - a->scale;
    ir_temp r;

    if (!a->sf && fbits > 32)
        return false;
    r = new_tmp(s);
    IR_CALL(s->ir, helper_fcvt_toint, NO_GLOBALS, r, s->ir->env,
            tconst(s, (uint64_t)a->rn),
            tconst(s, cvt_desc(a->ft, a->sf, a->u, a->rmode, fbits)));
    ir_mov(s->ir, sf_width(a->sf), cpu_reg(s, a->rd), r);
    return true;
}

/* SCVTF/UCVTF (integer and fixed point); the X value is an argument. */
bool trans_CVTF_int(DisasContext *s, arg_fp_cvt *a)
{
    int fbits = 64 - a->scale;

    if (!a->sf && fbits > 32)
        return false;
    IR_CALL(s->ir, helper_cvtf, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)a->rd), cpu_reg(s, a->rn),
            tconst(s, cvt_desc(a->ft, a->sf, a->u, 0, fbits)));
    return true;
}

/* Scalar SIMD forms: the integer is in a V register of the FP size. */
static bool gen_cvtf_s(DisasContext *s, arg_fp1 *a, int u)
{
    IR_CALL(s->ir, helper_cvtf, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)a->rd), gen_vreg_read64(s, a->rn, 0),
            tconst(s, cvt_desc(a->ft, a->ft, u, 0, 0)));
    return true;
}

static bool gen_fcvtz_s(DisasContext *s, arg_fp1 *a, int u)
{
    ir_temp r = new_tmp(s);

    IR_CALL(s->ir, helper_fcvt_toint, NO_GLOBALS, r, s->ir->env,
            tconst(s, (uint64_t)a->rn),
            tconst(s, cvt_desc(a->ft, a->ft, u, FPR_Z, 0)));
    gen_vreg_write_scalar(s, a->rd, r, ft_size(a->ft));
    return true;
}

bool trans_SCVTF_s(DisasContext *s, arg_fp1 *a) { return gen_cvtf_s(s, a, 0); }
bool trans_UCVTF_s(DisasContext *s, arg_fp1 *a) { return gen_cvtf_s(s, a, 1); }
bool trans_FCVTZS_s(DisasContext *s, arg_fp1 *a) { return gen_fcvtz_s(s, a, 0); }
bool trans_FCVTZU_s(DisasContext *s, arg_fp1 *a) { return gen_fcvtz_s(s, a, 1); }
