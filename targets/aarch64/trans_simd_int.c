/*
 * trans_simd_int.c - translators of a64_simd_int2.decode except the
 * structure loads/stores (trans_simd_mem.c): check the element-size / Q
 * combinations the Arm ARM marks reserved (false: SIGILL), then emit one
 * call of an SSE helper (simdi_fast, or the a64_simd.decode fast helpers
 * where the operation is the same) or of the generic helper_simd_int.
 * Scalar ADD/SUB of D registers are plain IR.
 */
#include "translate.h"
#include "a64_decode.h"
#include "trans_simd.h"
#include "helper_simd_int.h"

#define NO_GLOBALS (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS)

/* immh:immb fields whose leading one sits at bit 3, 2, 1, 0 of immh */
int simd_plus_32(DisasContext *s, int x);
int simd_plus_16(DisasContext *s, int x);
int simd_plus_8(DisasContext *s, int x);
int simd_plus_32(DisasContext *s, int x) { (void)s; return x + 32; }
int simd_plus_16(DisasContext *s, int x) { (void)s; return x + 16; }
int simd_plus_8(DisasContext *s, int x) { (void)s; return x + 8; }

/* Reserved element-size / Q combinations (Arm ARM: "reserved"). */
enum isz {
    I_ANY,          /* every size */
    I_NO_D,         /* size != 3 */
    I_NOT_1D,       /* not (size = 3, Q = 0) */
    I_HS,           /* size 1 or 2 */
    I_D,            /* size 3 only */
    I_B,            /* size 0 only */
    I_ACROSS,       /* size != 3, not (size = 2, Q = 0) */
};

static bool isz_ok(enum isz r, int size, int q)
{
    switch (r) {
    case I_NO_D:   return size != 3;
    case I_NOT_1D: return size != 3 || q;
    case I_HS:     return size == 1 || size == 2;
    case I_D:      return size == 3;
    case I_B:      return size == 0;
    case I_ACROSS: return size != 3 && !(size == 2 && !q);
    default:       return true;
    }
}

static void gen_int_call(DisasContext *s, int rd, int rn, int rm,
                         uint32_t desc)
{
    const struct simd_fast *f = NULL;

    if (!(desc & (SIMDI_SCALAR | SIMDI_BYELEM)))
        f = simdi_fast((int)(desc & 0xff), (int)(desc >> 8 & 3));
    ir_temp args[5] = { s->ir->env, tconst(s, (uint64_t)rd),
                        tconst(s, (uint64_t)rn), tconst(s, (uint64_t)rm),
                        tconst(s, desc) };
    if (f)
        ir_call(s->ir, f->fn, f->name, NO_GLOBALS, IR_NO_TEMP, 5, args);
    else
        ir_call(s->ir, (void *)helper_simd_int, "helper_simd_int",
                NO_GLOBALS, IR_NO_TEMP, 5, args);
}

static bool gen_i3(DisasContext *s, arg_simd3 *a, enum simdi_op op,
                   enum isz rule, bool scalar)
{
    if (!isz_ok(rule, a->size, a->q))
        return false;
    gen_int_call(s, a->rd, a->rn, a->rm,
                 simdi_desc(op, a->size, a->q, scalar, 0));
    return true;
}

static bool gen_i2(DisasContext *s, arg_simd2 *a, enum simdi_op op,
                   enum isz rule, bool scalar)
{
    if (!isz_ok(rule, a->size, a->q))
        return false;
    gen_int_call(s, a->rd, a->rn, a->rn,
                 simdi_desc(op, a->size, a->q, scalar, 0));
    return true;
}

#define T3(name, sfx, op, rule, sc)                                  \
    bool trans_##name##_##sfx(DisasContext *s, arg_simd3 *a)        \
    {                                                               \
        return gen_i3(s, a, SIMDI_##op, rule, sc);                  \
    }
/* three same, vector */
T3(SHADD, v, SHADD, I_NO_D, 0)     T3(UHADD, v, UHADD, I_NO_D, 0)
T3(SRHADD, v, SRHADD, I_NO_D, 0)   T3(URHADD, v, URHADD, I_NO_D, 0)
T3(SHSUB, v, SHSUB, I_NO_D, 0)     T3(UHSUB, v, UHSUB, I_NO_D, 0)
T3(SQADD, v, SQADD, I_NOT_1D, 0)   T3(UQADD, v, UQADD, I_NOT_1D, 0)
T3(SQSUB, v, SQSUB, I_NOT_1D, 0)   T3(UQSUB, v, UQSUB, I_NOT_1D, 0)
T3(SQSHL, v, SQSHL, I_NOT_1D, 0)   T3(UQSHL, v, UQSHL, I_NOT_1D, 0)
T3(SRSHL, v, SRSHL, I_NOT_1D, 0)   T3(URSHL, v, URSHL, I_NOT_1D, 0)
T3(SQRSHL, v, SQRSHL, I_NOT_1D, 0) T3(UQRSHL, v, UQRSHL, I_NOT_1D, 0)
T3(SABD, v, SABD, I_NO_D, 0)       T3(UABD, v, UABD, I_NO_D, 0)
T3(SABA, v, SABA, I_NO_D, 0)       T3(UABA, v, UABA, I_NO_D, 0)
T3(PMUL, v, PMUL, I_B, 0)
T3(SQDMULH, v, SQDMULH, I_HS, 0)   T3(SQRDMULH, v, SQRDMULH, I_HS, 0)
/* three same, scalar */
T3(SQADD, s, SQADD, I_ANY, 1)      T3(UQADD, s, UQADD, I_ANY, 1)
T3(SQSUB, s, SQSUB, I_ANY, 1)      T3(UQSUB, s, UQSUB, I_ANY, 1)
T3(SQSHL, s, SQSHL, I_ANY, 1)      T3(UQSHL, s, UQSHL, I_ANY, 1)
T3(SQRSHL, s, SQRSHL, I_ANY, 1)    T3(UQRSHL, s, UQRSHL, I_ANY, 1)
T3(SRSHL, s, SRSHL, I_D, 1)        T3(URSHL, s, URSHL, I_D, 1)
T3(CMGT, s, CMGT, I_D, 1)          T3(CMHI, s, CMHI, I_D, 1)
T3(CMGE, s, CMGE, I_D, 1)          T3(CMHS, s, CMHS, I_D, 1)
T3(CMTST, s, CMTST, I_D, 1)        T3(CMEQ, s, CMEQ, I_D, 1)
T3(SQDMULH, s, SQDMULH, I_HS, 1)   T3(SQRDMULH, s, SQRDMULH, I_HS, 1)
/* three different */
T3(RADDHN, v, RADDHN, I_NO_D, 0)   T3(RSUBHN, v, RSUBHN, I_NO_D, 0)
T3(SABAL, v, SABAL, I_NO_D, 0)     T3(UABAL, v, UABAL, I_NO_D, 0)
T3(SABDL, v, SABDL, I_NO_D, 0)     T3(UABDL, v, UABDL, I_NO_D, 0)
T3(SMLAL, v, SMLAL, I_NO_D, 0)     T3(UMLAL, v, UMLAL, I_NO_D, 0)
T3(SMLSL, v, SMLSL, I_NO_D, 0)     T3(UMLSL, v, UMLSL, I_NO_D, 0)
T3(SMULL, v, SMULL, I_NO_D, 0)     T3(UMULL, v, UMULL, I_NO_D, 0)
T3(SQDMLAL, v, SQDMLAL, I_HS, 0)   T3(SQDMLSL, v, SQDMLSL, I_HS, 0)
T3(SQDMULL, v, SQDMULL, I_HS, 0)   T3(PMULL, v, PMULL, I_B, 0)
T3(SQDMLAL, s, SQDMLAL, I_HS, 1)   T3(SQDMLSL, s, SQDMLSL, I_HS, 1)
T3(SQDMULL, s, SQDMULL, I_HS, 1)
#undef T3

/* ADD/SUB (scalar): D only, plain 64-bit IR */
static bool gen_addsub_d(DisasContext *s, arg_simd3 *a, bool sub)
{
    ir_temp x, y;

    if (a->size != 3)
        return false;
    x = gen_vreg_read64(s, a->rn, 0);
    y = gen_vreg_read64(s, a->rm, 0);
    if (sub)
        ir_sub(s->ir, IR_W64, x, x, y);
    else
        ir_add(s->ir, IR_W64, x, x, y);
    gen_vreg_write_scalar(s, a->rd, x, 3);
    return true;
}

bool trans_ADD_s(DisasContext *s, arg_simd3 *a)
{
    return gen_addsub_d(s, a, false);
}

bool trans_SUB_s(DisasContext *s, arg_simd3 *a)
{
    return gen_addsub_d(s, a, true);
}

#define T2(name, sfx, op, rule, sc)                                  \
    bool trans_##name##_##sfx(DisasContext *s, arg_simd2 *a)        \
    {                                                               \
        return gen_i2(s, a, SIMDI_##op, rule, sc);                  \
    }
T2(SADDLP, v, SADDLP, I_NO_D, 0)   T2(UADDLP, v, UADDLP, I_NO_D, 0)
T2(SADALP, v, SADALP, I_NO_D, 0)   T2(UADALP, v, UADALP, I_NO_D, 0)
T2(SUQADD, v, SUQADD, I_NOT_1D, 0) T2(USQADD, v, USQADD, I_NOT_1D, 0)
T2(CLS, v, CLS, I_NO_D, 0)         T2(CLZ, v, CLZ, I_NO_D, 0)
T2(RBIT, v, RBIT, I_ANY, 0)
T2(SQABS, v, SQABS, I_NOT_1D, 0)   T2(SQNEG, v, SQNEG, I_NOT_1D, 0)
T2(SQXTN, v, SQXTN, I_NO_D, 0)     T2(UQXTN, v, UQXTN, I_NO_D, 0)
T2(SQXTUN, v, SQXTUN, I_NO_D, 0)
T2(URECPE, v, URECPE, I_ANY, 0)    T2(URSQRTE, v, URSQRTE, I_ANY, 0)
T2(SUQADD, s, SUQADD, I_ANY, 1)    T2(USQADD, s, USQADD, I_ANY, 1)
T2(SQABS, s, SQABS, I_ANY, 1)      T2(SQNEG, s, SQNEG, I_ANY, 1)
T2(ABS, s, ABS, I_D, 1)            T2(NEG, s, NEG, I_D, 1)
T2(SQXTN, s, SQXTN, I_NO_D, 1)     T2(UQXTN, s, UQXTN, I_NO_D, 1)
T2(SQXTUN, s, SQXTUN, I_NO_D, 1)
T2(SADDLV, v, SADDLV, I_ACROSS, 0) T2(UADDLV, v, UADDLV, I_ACROSS, 0)
#undef T2

/* SHLL: USHLL by the element width (the low bits are zero either way) */
bool trans_SHLL_v(DisasContext *s, arg_simd2 *a)
{
    const struct simd_fast *f;

    if (a->size == 3)
        return false;
    f = simd_fast_shift(SIMD_SH_USHLL, a->size);
    ir_temp args[4] = { s->ir->env, tconst(s, (uint64_t)a->rd),
                        tconst(s, (uint64_t)a->rn),
                        tconst(s, (uint64_t)a->q | (8u << a->size) << 8) };
    if (f) {
        ir_call(s->ir, f->fn, f->name, NO_GLOBALS, IR_NO_TEMP, 4, args);
    } else {
        args[3] = tconst(s, simd_desc(SIMD_SH_USHLL, a->size, a->q) |
                            (8u << a->size) << 16);
        ir_call(s->ir, (void *)helper_simd_shift, "helper_simd_shift",
                NO_GLOBALS, IR_NO_TEMP, 4, args);
    }
    return true;
}

/* -- shifts by immediate -- */

enum shk { SH_RIGHT, SH_LEFT, SH_NARROW };

static bool gen_ish(DisasContext *s, arg_simd_shift *a, enum simdi_op op,
                    enum shk k, bool scalar)
{
    int immh = a->immhb >> 3, size, sh;

    if (immh == 0)
        return false;
    size = 31 - __builtin_clz((unsigned)immh);
    if (k == SH_NARROW ? size == 3 : (size == 3 && !a->q && !scalar))
        return false;
    sh = k == SH_LEFT ? a->immhb - (8 << size) : (16 << size) - a->immhb;
    gen_int_call(s, a->rd, a->rn, a->rn,
                 simdi_desc(op, size, a->q, scalar, sh));
    return true;
}

#define TS(name, sfx, op, k, sc)                                        \
    bool trans_##name##_##sfx(DisasContext *s, arg_simd_shift *a)      \
    {                                                                  \
        return gen_ish(s, a, SIMDI_##op, k, sc);                       \
    }
TS(SRSHR, v, SRSHR, SH_RIGHT, 0)    TS(URSHR, v, URSHR, SH_RIGHT, 0)
TS(SRSRA, v, SRSRA, SH_RIGHT, 0)    TS(URSRA, v, URSRA, SH_RIGHT, 0)
TS(SRI, v, SRI, SH_RIGHT, 0)        TS(SLI, v, SLI, SH_LEFT, 0)
TS(SQSHLU, v, SQSHLU, SH_LEFT, 0)   TS(SQSHL, iv, SQSHLI, SH_LEFT, 0)
TS(UQSHL, iv, UQSHLI, SH_LEFT, 0)
TS(RSHRN, v, RSHRN, SH_NARROW, 0)   TS(SQSHRUN, v, SQSHRUN, SH_NARROW, 0)
TS(SQRSHRUN, v, SQRSHRUN, SH_NARROW, 0)
TS(SQSHRN, v, SQSHRN, SH_NARROW, 0) TS(UQSHRN, v, UQSHRN, SH_NARROW, 0)
TS(SQRSHRN, v, SQRSHRN, SH_NARROW, 0)
TS(UQRSHRN, v, UQRSHRN, SH_NARROW, 0)
TS(SSRA, s, SSRA, SH_RIGHT, 1)      TS(USRA, s, USRA, SH_RIGHT, 1)
TS(SRSHR, s, SRSHR, SH_RIGHT, 1)    TS(URSHR, s, URSHR, SH_RIGHT, 1)
TS(SRSRA, s, SRSRA, SH_RIGHT, 1)    TS(URSRA, s, URSRA, SH_RIGHT, 1)
TS(SRI, s, SRI, SH_RIGHT, 1)        TS(SLI, s, SLI, SH_LEFT, 1)
TS(SQSHLU, s, SQSHLU, SH_LEFT, 1)   TS(SQSHL, is, SQSHLI, SH_LEFT, 1)
TS(UQSHL, is, UQSHLI, SH_LEFT, 1)
TS(SQSHRUN, s, SQSHRUN, SH_NARROW, 1)
TS(SQRSHRUN, s, SQRSHRUN, SH_NARROW, 1)
TS(SQSHRN, s, SQSHRN, SH_NARROW, 1) TS(UQSHRN, s, UQSHRN, SH_NARROW, 1)
TS(SQRSHRN, s, SQRSHRN, SH_NARROW, 1)
TS(UQRSHRN, s, UQRSHRN, SH_NARROW, 1)
#undef TS

/* -- by element: Vm.<Ts>[idx] (the decoder limits size to H or S) -- */

static bool gen_idx(DisasContext *s, arg_simd_idx *a, enum simdi_op op)
{
    uint32_t desc = simdi_desc(op, a->size, a->q, a->sc, a->idx) |
                    SIMDI_BYELEM;

    gen_int_call(s, a->rd, a->rn, a->rm, desc);
    return true;
}

#define TI(name)                                                        \
    bool trans_##name##_idx(DisasContext *s, arg_simd_idx *a)          \
    {                                                                  \
        return gen_idx(s, a, SIMDI_##name);                            \
    }
TI(MUL) TI(MLA) TI(MLS) TI(SMLAL) TI(UMLAL) TI(SMLSL) TI(UMLSL) TI(SMULL)
TI(UMULL) TI(SQDMLAL) TI(SQDMLSL) TI(SQDMULL) TI(SQDMULH) TI(SQRDMULH)
#undef TI

/* -- TBL/TBX -- */

bool trans_TBL_v(DisasContext *s, arg_simd_tbl *a)
{
    const struct simd_fast *f = simdi_tbl_fast(a->len + 1, a->tbx);
    uint64_t desc = (uint64_t)a->q | (uint64_t)a->len << 1 |
                    (uint64_t)a->tbx << 3;
    ir_temp args[5] = { s->ir->env, tconst(s, (uint64_t)a->rd),
                        tconst(s, (uint64_t)a->rn), tconst(s, (uint64_t)a->rm),
                        tconst(s, desc) };

    if (f)
        ir_call(s->ir, f->fn, f->name, NO_GLOBALS, IR_NO_TEMP, 5, args);
    else
        ir_call(s->ir, (void *)helper_simd_tbl, "helper_simd_tbl",
                NO_GLOBALS, IR_NO_TEMP, 5, args);
    return true;
}
