/*
 * helper_fp.h - scalar floating-point helpers for A64 (Arm ARM C7.2, with
 * the semantics of the shared pseudocode FPAdd, FPMulAdd, FPToFixed, ...).
 *
 * Arithmetic runs on the host SSE unit with MXCSR set from FPCR (RMode,
 * FZ -> FTZ+DAZ) for the duration of the helper; the host exception flags
 * are folded into FPSR (IOC DZC OFC UFC IXC; IDC is computed here).
 * What x86 does differently is done in C: NaN propagation (first
 * signalling NaN operand quieted, else first quiet NaN; FPCR.DN gives the
 * default NaN), the default NaN's sign, FMIN/FMAX of zeros and NaNs,
 * saturating conversions to integer.
 *
 * Helpers take env and V register numbers and read no X register, so
 * translated code calls them with CALL_NO_READ_GLOBALS |
 * CALL_NO_WRITE_GLOBALS; integer operands come in as values.  ft is the
 * FP type: 0 single, 1 double, 2 half (conversions only).
 *
 *     IR_CALL(ir, helper_fp2, flags, IR_NO_TEMP, env, rd, rn, rm,
 *             fp_desc(FP2_ADD, 1));          // FADD Dd, Dn, Dm
 */
#ifndef FERRY_A64_HELPER_FP_H
#define FERRY_A64_HELPER_FP_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu.h"

/* FPCR and FPSR bits (Arm ARM D17.2.48, D17.2.52) */
#define FPCR_DN    (1u << 25)
#define FPCR_FZ    (1u << 24)
#define FPCR_RMODE_SHIFT 22
#define FPSR_IOC   (1u << 0)
#define FPSR_DZC   (1u << 1)
#define FPSR_OFC   (1u << 2)
#define FPSR_UFC   (1u << 3)
#define FPSR_IXC   (1u << 4)
#define FPSR_IDC   (1u << 7)

/* Rounding modes, in FPCR.RMode order, then ties-away (FCVTA*, FRINTA). */
enum fp_rmode { FPR_N, FPR_P, FPR_M, FPR_Z, FPR_A, FPR_FPCR };

#define FP2_OPS(X) X(MUL) X(DIV) X(ADD) X(SUB) X(MAX) X(MIN) X(MAXNM) \
    X(MINNM) X(NMUL) X(ABD) X(MULX)
#define FP1_OPS(X) X(SQRT) X(RINTN) X(RINTP) X(RINTM) X(RINTZ) X(RINTA) \
    X(RINTX) X(RINTI) X(CVT)
#define FP3_OPS(X) X(MADD) X(MSUB) X(NMADD) X(NMSUB)

enum fp2_op {
#define FP_ENUM(n) FP2_##n,
    FP2_OPS(FP_ENUM)
#undef FP_ENUM
};
enum fp1_op {
#define FP_ENUM(n) FP1_##n,
    FP1_OPS(FP_ENUM)
#undef FP_ENUM
};
enum fp3_op {
#define FP_ENUM(n) FP3_##n,
    FP3_OPS(FP_ENUM)
#undef FP_ENUM
};

/* desc: op in bits 7:0, ft in 9:8, then per helper:
 *   FP1_CVT: destination type in 11:10
 *   fcmp/fccmp: e (signal on quiet NaN) bit 12, z (compare with 0) 13,
 *               fccmp cond 19:16, nzcv 23:20
 *   fcvt_toint/cvtf: sf (64-bit integer) 12, u (unsigned) 13,
 *               rmode 18:16 (enum fp_rmode), fbits 31:24 */
static inline uint32_t fp_desc(int op, int ft)
{
    return (uint32_t)op | (uint32_t)ft << 8;
}

void helper_fp1(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t desc);
void helper_fp2(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                uint64_t desc);
void helper_fp3(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                uint64_t ra, uint64_t desc);
/* FCMP/FCMPE: the NZCV value (bits 31:28) for gen_write_nzcv. */
uint64_t helper_fcmp(struct a64_cpu *env, uint64_t rn, uint64_t rm,
                     uint64_t desc);
/* FCCMP/FCCMPE: nzcv_now is the current architectural NZCV. */
uint64_t helper_fccmp(struct a64_cpu *env, uint64_t rn, uint64_t rm,
                      uint64_t nzcv_now, uint64_t desc);
/* FCVT[NPMZA][SU], fixed-point FCVTZ[SU]: the integer (W results
 * zero-extended). */
uint64_t helper_fcvt_toint(struct a64_cpu *env, uint64_t rn, uint64_t desc);
/* SCVTF/UCVTF: V[rd] = the integer val converted. */
void helper_cvtf(struct a64_cpu *env, uint64_t rd, uint64_t val,
                 uint64_t desc);

/* The value-level operations, exported for the unit tests: a, b are raw
 * bits of type ft; *fpsr accumulates flags. */
uint64_t fp_op2(uint32_t fpcr, uint32_t *fpsr, enum fp2_op op, int ft,
                uint64_t a, uint64_t b);
uint64_t fp_op1(uint32_t fpcr, uint32_t *fpsr, enum fp1_op op, int ft,
                uint64_t a);
/* FPMulAdd: addend + op1 * op2 with one rounding */
uint64_t fp_muladd(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t addend,
                   uint64_t op1, uint64_t op2);
/* FPConvert from type `from` to type `to` */
uint64_t fp_convert(uint32_t fpcr, uint32_t *fpsr, int from, int to,
                    uint64_t a);
/* FixedToFP: the integer val (64-bit if sf, unsigned if u) / 2^fbits */
uint64_t fp_from_int(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t val,
                     bool sf, bool u, int fbits);
/* Host SSE arithmetic in the guest's FPCR mode: MXCSR installed by
 * begin (returns the old one), flags folded into *fpsr by end. */
uint32_t fp_host_begin(uint32_t fpcr, const uint32_t *fpsr);
void fp_host_end(uint32_t *fpsr, uint32_t saved);
uint64_t fp_to_int(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a,
                   bool sf, bool u, enum fp_rmode rm, int fbits);
uint64_t fp_compare(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a,
                    uint64_t b, bool signal_qnan);

/* ConditionHolds (Arm ARM J1) on an architectural NZCV value (bits
 * 31:28), for FCCMP of every precision. */
static inline bool fp_cond_holds(unsigned cond, uint64_t nzcv)
{
    bool n = nzcv >> 31 & 1, z = nzcv >> 30 & 1, c = nzcv >> 29 & 1,
         v = nzcv >> 28 & 1, r;

    switch (cond >> 1) {
    case 0: r = z; break;
    case 1: r = c; break;
    case 2: r = n; break;
    case 3: r = v; break;
    case 4: r = c && !z; break;
    case 5: r = n == v; break;
    case 6: r = n == v && !z; break;
    default: return true;                       /* AL, NV */
    }
    return (cond & 1) ? !r : r;
}

#endif
