/*
 * trans_simd_fp2.c - translators of a64_simd_fp2.decode: the scalar
 * forms of the FP compares and conversions (helper_vfp2/helper_vfp3 of
 * helper_simd_fp.c with VFP_SCALAR), and the operations of
 * helper_simd_fp2.c (estimates, steps, FCVTXN, fixed point, FRINT32/64,
 * FJCVTZS, SDOT/UDOT, SQRDMLAH/SQRDMLSH, FCMLA/FCADD).
 *
 * Reserved encodings return false (SIGILL): a .1D vector (sz = 1, Q = 0)
 * for the element-wise FP operations, element sizes the instruction does
 * not have; so do the features the CPU model lacks (a64_has: FRINTTS,
 * JSCVT, DotProd, RDM, FCMA).  Half-precision FCMLA/FCADD go to
 * trans_fp16.c.
 */
#include "translate.h"
#include "hwcap.h"
#include "trans_fp16.h"
#include "a64_decode.h"
#include "trans_simd.h"
#include "helper_fp.h"
#include "helper_simd_fp.h"
#include "helper_simd_fp2.h"

#define NO_GLOBALS (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS)

/* immh:immb fields of the fixed-point conversions -> fbits */
int f2_fbits_d(DisasContext *s, int x);
int f2_fbits_s(DisasContext *s, int x);
int f2_fbits_d(DisasContext *s, int x) { (void)s; return 64 - x; }
int f2_fbits_s(DisasContext *s, int x) { (void)s; return 32 - x; }

static ir_temp c(DisasContext *s, uint64_t v)
{
    return tconst(s, v);
}

static void call2(DisasContext *s, void *fn, const char *name, int rd, int rn,
                  uint32_t desc)
{
    ir_call(s->ir, fn, name, NO_GLOBALS, IR_NO_TEMP, 4,
            (ir_temp[]){ s->ir->env, c(s, (uint64_t)rd), c(s, (uint64_t)rn), c(s, desc) });
}

static void call3(DisasContext *s, void *fn, const char *name, int rd, int rn,
                  int rm, uint32_t desc)
{
    ir_call(s->ir, fn, name, NO_GLOBALS, IR_NO_TEMP, 5,
            (ir_temp[]){ s->ir->env, c(s, (uint64_t)rd), c(s, (uint64_t)rn),
                         c(s, (uint64_t)rm), c(s, desc) });
}
#define CALL2(fn, rd, rn, desc) call2(s, (void *)(fn), #fn, rd, rn, desc)
#define CALL3(fn, rd, rn, rm, desc) call3(s, (void *)(fn), #fn, rd, rn, rm, desc)

/* -- scalar forms of existing vector operations -- */

#define TRANS_S2(name, op, extra)                                       \
    bool trans_##name##_s(DisasContext *s, arg_vfp2 *a)                 \
    {                                                                   \
        CALL2(helper_vfp2, a->rd, a->rn, vfp_desc(VFP2_##op, a->ft, 0) | \
              VFP_SCALAR | (uint32_t)(extra) << 16);                    \
        return true;                                                    \
    }
TRANS_S2(FCVTNS, CVTS, FPR_N)   TRANS_S2(FCVTMS, CVTS, FPR_M)
TRANS_S2(FCVTAS, CVTS, FPR_A)   TRANS_S2(FCVTPS, CVTS, FPR_P)
TRANS_S2(FCVTNU, CVTU, FPR_N)   TRANS_S2(FCVTMU, CVTU, FPR_M)
TRANS_S2(FCVTAU, CVTU, FPR_A)   TRANS_S2(FCVTPU, CVTU, FPR_P)
TRANS_S2(FCMGT0, CMGT0, 0)      TRANS_S2(FCMEQ0, CMEQ0, 0)
TRANS_S2(FCMLT0, CMLT0, 0)      TRANS_S2(FCMGE0, CMGE0, 0)
TRANS_S2(FCMLE0, CMLE0, 0)
#undef TRANS_S2

#define TRANS_S3(name, op)                                              \
    bool trans_##name##_s(DisasContext *s, arg_vfp3 *a)                 \
    {                                                                   \
        CALL3(helper_vfp3, a->rd, a->rn, a->rm,                         \
              vfp_desc(VFP3_##op, a->ft, 0) | VFP_SCALAR);              \
        return true;                                                    \
    }
TRANS_S3(FCMEQ, CMEQ) TRANS_S3(FCMGE, CMGE) TRANS_S3(FCMGT, CMGT)
TRANS_S3(FACGE, ACGE) TRANS_S3(FACGT, ACGT)
#undef TRANS_S3

/* -- estimates, steps, FCVTXN, FRINT32/64 -- */

static bool gen_x2(DisasContext *s, arg_vfp2 *a, enum vfpx2_op op, bool scalar)
{
    if (op >= VFPX2_RINT32Z && op <= VFPX2_RINT64X && !a64_has(s, A64_F2_FRINT))
        return false;                   /* FEAT_FRINTTS: not in the model */
    if (!scalar && a->ft && !a->q)
        return false;
    CALL2(helper_vfpx2, a->rd, a->rn, vfp_desc(op, a->ft, a->q) |
          (scalar ? VFP_SCALAR : 0));
    return true;
}

bool trans_FRECPE_s(DisasContext *s, arg_vfp2 *a) { return gen_x2(s, a, VFPX2_RECPE, true); }
bool trans_FRECPX_s(DisasContext *s, arg_vfp2 *a) { return gen_x2(s, a, VFPX2_RECPX, true); }
bool trans_FRSQRTE_s(DisasContext *s, arg_vfp2 *a) { return gen_x2(s, a, VFPX2_RSQRTE, true); }
bool trans_FRECPE_v(DisasContext *s, arg_vfp2 *a) { return gen_x2(s, a, VFPX2_RECPE, false); }
bool trans_FRSQRTE_v(DisasContext *s, arg_vfp2 *a) { return gen_x2(s, a, VFPX2_RSQRTE, false); }
bool trans_FRINT32Z_v(DisasContext *s, arg_vfp2 *a) { return gen_x2(s, a, VFPX2_RINT32Z, false); }
bool trans_FRINT32X_v(DisasContext *s, arg_vfp2 *a) { return gen_x2(s, a, VFPX2_RINT32X, false); }
bool trans_FRINT64Z_v(DisasContext *s, arg_vfp2 *a) { return gen_x2(s, a, VFPX2_RINT64Z, false); }
bool trans_FRINT64X_v(DisasContext *s, arg_vfp2 *a) { return gen_x2(s, a, VFPX2_RINT64X, false); }

/* FCVTXN{2} (Q picks the half; every Q allowed) and the scalar form */
bool trans_FCVTXN_v(DisasContext *s, arg_vfp2 *a)
{
    CALL2(helper_vfpx2, a->rd, a->rn, vfp_desc(VFPX2_CVTXN, 1, a->q));
    return true;
}

bool trans_FCVTXN_s(DisasContext *s, arg_vfp2 *a)
{
    CALL2(helper_vfpx2, a->rd, a->rn, vfp_desc(VFPX2_CVTXN, 1, 0) | VFP_SCALAR);
    return true;
}

#define TRANS_RINT_F(name, op)                                          \
    bool trans_##name##_f(DisasContext *s, arg_fp1 *a)                  \
    {                                                                   \
        if (!a64_has(s, A64_F2_FRINT))                                  \
            return false;                                               \
        CALL2(helper_vfpx2, a->rd, a->rn,                               \
              vfp_desc(VFPX2_##op, a->ft, 0) | VFP_SCALAR);             \
        return true;                                                    \
    }
TRANS_RINT_F(FRINT32Z, RINT32Z) TRANS_RINT_F(FRINT32X, RINT32X)
TRANS_RINT_F(FRINT64Z, RINT64Z) TRANS_RINT_F(FRINT64X, RINT64X)
#undef TRANS_RINT_F

static bool gen_x3(DisasContext *s, arg_vfp3 *a, enum vfpx3_op op, bool scalar)
{
    if (!scalar && a->ft && !a->q)
        return false;
    CALL3(helper_vfpx3, a->rd, a->rn, a->rm, vfp_desc(op, a->ft, a->q) |
          (scalar ? VFP_SCALAR : 0));
    return true;
}

bool trans_FRECPS_s(DisasContext *s, arg_vfp3 *a) { return gen_x3(s, a, VFPX3_RECPS, true); }
bool trans_FRSQRTS_s(DisasContext *s, arg_vfp3 *a) { return gen_x3(s, a, VFPX3_RSQRTS, true); }
bool trans_FRECPS_v(DisasContext *s, arg_vfp3 *a) { return gen_x3(s, a, VFPX3_RECPS, false); }
bool trans_FRSQRTS_v(DisasContext *s, arg_vfp3 *a) { return gen_x3(s, a, VFPX3_RSQRTS, false); }

/* -- fixed point -- */

static bool gen_fix(DisasContext *s, arg_f2_fix *a, enum vfpx2_op op, bool scalar)
{
    if (!scalar && a->ft && !a->q)
        return false;
    CALL2(helper_vfpx2, a->rd, a->rn, vfp_desc(op, a->ft, a->q) |
          (scalar ? VFP_SCALAR : 0) | (uint32_t)a->fbits << 16);
    return true;
}

#define TRANS_FIX(name, op)                                                     \
    bool trans_##name##_fix_v(DisasContext *s, arg_f2_fix *a) { return gen_fix(s, a, op, false); } \
    bool trans_##name##_fix_s(DisasContext *s, arg_f2_fix *a) { return gen_fix(s, a, op, true); }
TRANS_FIX(SCVTF, VFPX2_SCVTF_FIX)   TRANS_FIX(UCVTF, VFPX2_UCVTF_FIX)
TRANS_FIX(FCVTZS, VFPX2_FCVTZS_FIX) TRANS_FIX(FCVTZU, VFPX2_FCVTZU_FIX)
#undef TRANS_FIX

/* -- FEAT_JSCVT -- */

bool trans_FJCVTZS(DisasContext *s, arg_fp_gen *a)
{
    ir_temp r, nzcv;

    if (!a64_has(s, A64_F_JSCVT))
        return false;
    r = new_tmp(s);
    nzcv = new_tmp(s);
    IR_CALL(s->ir, helper_fjcvtzs, NO_GLOBALS, r, s->ir->env, c(s, (uint64_t)a->rn));
    ir_extract(s->ir, IR_W64, nzcv, r, 32, 32);
    gen_write_nzcv(s, nzcv);
    ir_mov(s->ir, IR_W32, cpu_reg(s, a->rd), r);
    return true;
}

/* -- FEAT_DotProd -- */

static bool gen_dot(DisasContext *s, arg_f2_dot *a, bool u)
{
    if (!a64_has(s, A64_F_ASIMDDP))
        return false;
    CALL3(helper_dot, a->rd, a->rn, a->rm, (uint32_t)a->q | (uint32_t)u << 1 |
          (uint32_t)a->el << 2 | (uint32_t)a->idx << 8);
    return true;
}

bool trans_SDOT_v(DisasContext *s, arg_f2_dot *a) { return gen_dot(s, a, false); }
bool trans_UDOT_v(DisasContext *s, arg_f2_dot *a) { return gen_dot(s, a, true); }
bool trans_SDOT_idx(DisasContext *s, arg_f2_dot *a) { return gen_dot(s, a, false); }
bool trans_UDOT_idx(DisasContext *s, arg_f2_dot *a) { return gen_dot(s, a, true); }

/* -- FEAT_RDM: 16- and 32-bit elements only -- */

static bool gen_rdm(DisasContext *s, arg_f2_rdm *a, bool sub)
{
    if ((a->size != 1 && a->size != 2) || !a64_has(s, A64_F_ASIMDRDM))
        return false;
    CALL3(helper_rdm, a->rd, a->rn, a->rm, (uint32_t)a->q | (uint32_t)sub << 1 |
          (uint32_t)a->el << 2 | (uint32_t)a->sc << 3 | (uint32_t)a->size << 4 |
          (uint32_t)a->idx << 8);
    return true;
}

bool trans_SQRDMLAH_v(DisasContext *s, arg_f2_rdm *a) { return gen_rdm(s, a, false); }
bool trans_SQRDMLSH_v(DisasContext *s, arg_f2_rdm *a) { return gen_rdm(s, a, true); }

/* -- FEAT_FCMA: single (size 2) and double (size 3, Q = 1) -- */

bool trans_FCMLA_v(DisasContext *s, arg_f2_cmla *a)
{
    int ft = a->size - 2, idx = a->idx;

    if (!a64_has(s, A64_F_FCMA))
        return false;
    if (a->size == 1)                   /* .4H/.8H: FEAT_FP16 too */
        return gen_fp16_cmla(s, a);
    if (a->size < 2 || (a->size == 3 && (!a->q || a->el)))
        return false;
    if (a->el && ((idx & 1) || !a->q))      /* S by element: index H, L = 0 */
        return false;
    CALL3(helper_vfpx3, a->rd, a->rn, a->rm, vfp_desc(VFPX3_CMLA, ft, a->q) |
          (a->el ? VFP_IDX | (uint32_t)(idx >> 1) << 16 : 0) | (uint32_t)a->rot << 22);
    return true;
}

bool trans_FCADD_v(DisasContext *s, arg_f2_cadd *a)
{
    if (!a64_has(s, A64_F_FCMA))
        return false;
    if (a->size == 1)                   /* .4H/.8H: FEAT_FP16 too */
        return gen_fp16_cadd(s, a);
    if (a->size < 2 || (a->size == 3 && !a->q))
        return false;
    CALL3(helper_vfpx3, a->rd, a->rn, a->rm, vfp_desc(VFPX3_CADD, a->size - 2, a->q) |
          (uint32_t)a->rot << 22);
    return true;
}
