/*
 * helper_fp16.h - half-precision floating point for A64 (FEAT_FP16): the
 * scalar and Advanced SIMD .4H/.8H operations of a64_fp16.decode.
 *
 * Arithmetic is exact in double (a sum or product of two halves fits in
 * 53 bits) or made exact-enough: quotients, square roots and fused
 * multiply-adds are collapsed to one double by rounding to odd (the
 * residual from fma() decides the sticky bit), and 53 >= 11 + 2 makes
 * the one final rounding to half correct in every rounding mode.  That
 * final rounding is done in C (f16_round) with Arm's rules (Arm ARM J1
 * FPRoundBase): tininess before rounding, FPCR.FZ16 flushing a tiny
 * result to a signed zero with UFC alone, overflow to infinity or the
 * largest normal by rounding mode.  Inputs: FPCR.FZ16 flushes half
 * denormals to zero *without* IDC (FPUnpackBase for N = 16); FPCR.FZ does
 * not apply to half precision.  NaNs follow FPProcessNaNs (first SNaN,
 * then first QNaN; FPCR.DN the default NaN 0x7e00).
 *
 * desc of the vector helpers: op 7:0 (enum f16_op), Q bit 10, F16_SCALAR
 * (lane 0 only, rest of Vd zeroed), F16_PAIR (pairwise over Vn:Vm),
 * F16_IDX (Vm[index] in every lane, index in 18:16), an extra value
 * (rounding mode or fbits) in 31:24.
 *
 *     IR_CALL(ir, helper_fp16_3, flags, IR_NO_TEMP, env, rd, rn, rm,
 *             F16_ADD | 1u << 10);               // FADD Vd.8H, Vn.8H, Vm.8H
 */
#ifndef FERRY_A64_HELPER_FP16_H
#define FERRY_A64_HELPER_FP16_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu.h"

#define FPCR_FZ16  (1u << 19)          /* Arm ARM D23.2 FPCR */

#define F16_OPS(X) \
    X(ADD) X(SUB) X(MUL) X(DIV) X(MAX) X(MIN) X(MAXNM) X(MINNM) X(NMUL) \
    X(ABD) X(MULX) X(MLA) X(MLS) X(CMEQ) X(CMGE) X(CMGT) X(ACGE) X(ACGT) \
    X(RECPS) X(RSQRTS) X(CMLA) X(CADD) \
    X(MOV) X(ABS) X(NEG) X(SQRT) X(RINT) X(RINTX) X(CVTS) X(CVTU) \
    X(SCVTF) X(UCVTF) X(CMGT0) X(CMGE0) X(CMEQ0) X(CMLE0) X(CMLT0) \
    X(RECPE) X(RSQRTE) X(RECPX) X(MAXV) X(MINV) X(MAXNMV) X(MINNMV)

enum f16_op {
#define F16_ENUM(n) F16_##n,
    F16_OPS(F16_ENUM)
#undef F16_ENUM
};

#define F16_Q       (1u << 10)
#define F16_PAIR    (1u << 11)
#define F16_IDX     (1u << 12)
#define F16_SCALAR  (1u << 13)
#define F16_EXTRA_SHIFT 24      /* enum fp_rmode, fbits or rotation */
#define F16_IDX_SHIFT   16

/* Two sources (and Vd for MLA/MLS/CMLA), or one source (rm unused). */
void helper_fp16_3(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                   uint64_t desc);
void helper_fp16_2(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                   uint64_t desc);
/* FMADD/FMSUB/FNMADD/FNMSUB Hd, Hn, Hm, Ha: desc bit 0 negates the
 * product, bit 1 the addend */
void helper_fp16_fma(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                     uint64_t rm, uint64_t ra, uint64_t desc);
/* FCMP/FCMPE (desc: e bit 12, z bit 13): NZCV in bits 31:28 */
uint64_t helper_fp16_cmp(struct a64_cpu *env, uint64_t rn, uint64_t rm,
                         uint64_t desc);
/* FCCMP/FCCMPE: desc also cond 19:16, nzcv 23:20 */
uint64_t helper_fp16_ccmp(struct a64_cpu *env, uint64_t rn, uint64_t rm,
                          uint64_t nzcv_now, uint64_t desc);
/* To a W/X register: desc sf bit 12, unsigned 13, rmode 18:16, fbits
 * 31:24; the W result zero-extended */
uint64_t helper_fp16_toint(struct a64_cpu *env, uint64_t rn, uint64_t desc);
/* From a W/X register into Hd (same desc) */
void helper_fp16_fromint(struct a64_cpu *env, uint64_t rd, uint64_t val,
                         uint64_t desc);

/* -- value level (raw half bits), for the unit tests and the helpers -- */
uint16_t f16_op2(uint32_t fpcr, uint32_t *fpsr, enum f16_op op, uint16_t a,
                 uint16_t b);
/* FPMulAdd: addend + op1 * op2, one rounding */
uint16_t f16_muladd(uint32_t fpcr, uint32_t *fpsr, uint16_t addend,
                    uint16_t op1, uint16_t op2);
/* Round the exact value x (already rounded to odd in double) to half. */
uint16_t f16_round(uint32_t fpcr, uint32_t *fpsr, double x, int rmode);

#endif
