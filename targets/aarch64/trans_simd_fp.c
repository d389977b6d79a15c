/*
 * trans_simd_fp.c - A64 Advanced SIMD floating point (a64_simd.decode
 * "Advanced SIMD floating point"): vector arithmetic, compares,
 * conversions, rounding, pairwise, across lanes and by element, through
 * helper_simd_fp.c.  FABS/FNEG are plain IR (sign-bit logic raises no
 * exception, Arm ARM C7.2.94, C7.2.142).
 *
 * Reserved forms return false (SIGILL): .1D (sz = 1 with Q = 0) for the
 * element-wise operations, and anything but .4S for FMAXV & co.
 */
#include "translate.h"
#include "a64_decode.h"
#include "trans_simd.h"
#include "helper_fp.h"
#include "helper_simd_fp.h"

#define NO_GLOBALS (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS)

static void call3(DisasContext *s, int rd, int rn, int rm, uint32_t desc)
{
    IR_CALL(s->ir, helper_vfp3, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)rd), tconst(s, (uint64_t)rn),
            tconst(s, (uint64_t)rm), tconst(s, desc));
}

static void call2(DisasContext *s, int rd, int rn, uint32_t desc)
{
    IR_CALL(s->ir, helper_vfp2, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)rd), tconst(s, (uint64_t)rn),
            tconst(s, desc));
}

/* -- three same -- */

static bool gen_vfp3(DisasContext *s, arg_vfp3 *a, enum vfp3_op op,
                     uint32_t flags)
{
    if (a->ft && !a->q)
        return false;
    call3(s, a->rd, a->rn, a->rm, vfp_desc(op, a->ft, a->q) | flags);
    return true;
}

#define TRANS3(name, op, flags)                                 \
    bool trans_##name##_v(DisasContext *s, arg_vfp3 *a)         \
    {                                                           \
        return gen_vfp3(s, a, VFP3_##op, flags);                \
    }
TRANS3(FADD, ADD, 0)        TRANS3(FSUB, SUB, 0)        TRANS3(FMUL, MUL, 0)
TRANS3(FDIV, DIV, 0)        TRANS3(FMAX, MAX, 0)        TRANS3(FMIN, MIN, 0)
TRANS3(FMAXNM, MAXNM, 0)    TRANS3(FMINNM, MINNM, 0)    TRANS3(FABD, ABD, 0)
TRANS3(FMULX, MULX, 0)      TRANS3(FMLA, MLA, 0)        TRANS3(FMLS, MLS, 0)
TRANS3(FCMEQ, CMEQ, 0)      TRANS3(FCMGE, CMGE, 0)      TRANS3(FCMGT, CMGT, 0)
TRANS3(FACGE, ACGE, 0)      TRANS3(FACGT, ACGT, 0)
TRANS3(FADDP, ADD, VFP_PAIR)        TRANS3(FMAXP, MAX, VFP_PAIR)
TRANS3(FMINP, MIN, VFP_PAIR)        TRANS3(FMAXNMP, MAXNM, VFP_PAIR)
TRANS3(FMINNMP, MINNM, VFP_PAIR)
#undef TRANS3

/* -- by element -- */

static bool gen_vfp_idx(DisasContext *s, arg_vfp_idx *a, enum vfp3_op op)
{
    if (a->ft && !a->q && !a->sc)
        return false;
    call3(s, a->rd, a->rn, a->rm, vfp_desc(op, a->ft, a->q) | VFP_IDX |
          (a->sc ? VFP_SCALAR : 0) | (uint32_t)a->idx << 16);
    return true;
}

bool trans_FMLA_idx(DisasContext *s, arg_vfp_idx *a) { return gen_vfp_idx(s, a, VFP3_MLA); }
bool trans_FMLS_idx(DisasContext *s, arg_vfp_idx *a) { return gen_vfp_idx(s, a, VFP3_MLS); }
bool trans_FMUL_idx(DisasContext *s, arg_vfp_idx *a) { return gen_vfp_idx(s, a, VFP3_MUL); }
bool trans_FMULX_idx(DisasContext *s, arg_vfp_idx *a) { return gen_vfp_idx(s, a, VFP3_MULX); }

/* -- scalar pairwise: op(Vn[0], Vn[1]) -- */

#define TRANSP(name, op)                                        \
    bool trans_##name##_s(DisasContext *s, arg_vfp2 *a)         \
    {                                                           \
        call3(s, a->rd, a->rn, a->rn, vfp_desc(VFP3_##op, a->ft, 0) | \
              VFP_PAIR | VFP_SCALAR);                           \
        return true;                                            \
    }
TRANSP(FADDP, ADD) TRANSP(FMAXP, MAX) TRANSP(FMINP, MIN)
TRANSP(FMAXNMP, MAXNM) TRANSP(FMINNMP, MINNM)
#undef TRANSP

/* -- two-register misc -- */

static bool gen_vfp2(DisasContext *s, arg_vfp2 *a, enum vfp2_op op,
                     unsigned extra)
{
    if (a->ft && !a->q)
        return false;
    call2(s, a->rd, a->rn, vfp_desc(op, a->ft, a->q) | extra << 16);
    return true;
}

#define TRANS2(name, op, extra)                                 \
    bool trans_##name##_v(DisasContext *s, arg_vfp2 *a)         \
    {                                                           \
        return gen_vfp2(s, a, VFP2_##op, extra);                \
    }
TRANS2(FSQRT, SQRT, 0)
TRANS2(FRINTN, RINT, FP1_RINTN)     TRANS2(FRINTP, RINT, FP1_RINTP)
TRANS2(FRINTM, RINT, FP1_RINTM)     TRANS2(FRINTZ, RINT, FP1_RINTZ)
TRANS2(FRINTA, RINT, FP1_RINTA)     TRANS2(FRINTX, RINT, FP1_RINTX)
TRANS2(FRINTI, RINT, FP1_RINTI)
TRANS2(FCVTNS, CVTS, FPR_N)         TRANS2(FCVTPS, CVTS, FPR_P)
TRANS2(FCVTMS, CVTS, FPR_M)         TRANS2(FCVTZS, CVTS, FPR_Z)
TRANS2(FCVTAS, CVTS, FPR_A)
TRANS2(FCVTNU, CVTU, FPR_N)         TRANS2(FCVTPU, CVTU, FPR_P)
TRANS2(FCVTMU, CVTU, FPR_M)         TRANS2(FCVTZU, CVTU, FPR_Z)
TRANS2(FCVTAU, CVTU, FPR_A)
TRANS2(SCVTF, SCVTF, 0)             TRANS2(UCVTF, UCVTF, 0)
TRANS2(FCMGT0, CMGT0, 0)            TRANS2(FCMGE0, CMGE0, 0)
TRANS2(FCMEQ0, CMEQ0, 0)            TRANS2(FCMLE0, CMLE0, 0)
TRANS2(FCMLT0, CMLT0, 0)
#undef TRANS2

/* FCVTN/FCVTL: Q picks the half, every sz/Q combination is allocated */
bool trans_FCVTN_v(DisasContext *s, arg_vfp2 *a)
{
    call2(s, a->rd, a->rn, vfp_desc(VFP2_CVTN, a->ft, a->q));
    return true;
}

bool trans_FCVTL_v(DisasContext *s, arg_vfp2 *a)
{
    call2(s, a->rd, a->rn, vfp_desc(VFP2_CVTL, a->ft, a->q));
    return true;
}

#define TRANSV(name, op)                                        \
    bool trans_##name##_v(DisasContext *s, arg_vfp2 *a)         \
    {                                                           \
        if (!a->q || a->ft)                                     \
            return false;                                       \
        call2(s, a->rd, a->rn, vfp_desc(VFP2_##op, 0, 1));      \
        return true;                                            \
    }
TRANSV(FMAXV, MAXV) TRANSV(FMINV, MINV) TRANSV(FMAXNMV, MAXNMV)
TRANSV(FMINNMV, MINNMV)
#undef TRANSV

/* FABS/FNEG: clear or flip the sign bit of every element */
static bool gen_sign(DisasContext *s, arg_vfp2 *a, bool neg)
{
    uint64_t m = a->ft ? 1ull << 63 : 0x8000000080000000ull;

    if (a->ft && !a->q)
        return false;
    for (int half = 0; half < 2; half++) {
        ir_temp t;
        if (half && !a->q) {
            gen_vreg_write64(s, a->rd, 1, tconst(s, 0));
            break;
        }
        t = gen_vreg_read64(s, a->rn, half);
        if (neg)
            ir_xor(s->ir, IR_W64, t, t, tconst(s, m));
        else
            ir_and(s->ir, IR_W64, t, t, tconst(s, ~m));
        gen_vreg_write64(s, a->rd, half, t);
    }
    return true;
}

bool trans_FABS_v(DisasContext *s, arg_vfp2 *a) { return gen_sign(s, a, false); }
bool trans_FNEG_v(DisasContext *s, arg_vfp2 *a) { return gen_sign(s, a, true); }
