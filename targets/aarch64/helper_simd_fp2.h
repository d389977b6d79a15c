/*
 * helper_simd_fp2.h - the FP and SIMD operations of a64_simd_fp2.decode
 * on env->v[]: reciprocal and square-root estimates and steps (the
 * Arm ARM J1 pseudocode FPRecipEstimate, FPRSqrtEstimate, RecipEstimate,
 * RecipSqrtEstimate, FPRecipStepFused, FPRSqrtStepFused, FPRecpX),
 * FCVTXN (round to odd), fixed-point conversions, FRINT32/64 (FPRoundIntN),
 * FJCVTZS (FPToFixedJS), FCMLA/FCADD, SDOT/UDOT and SQRDMLAH/SQRDMLSH.
 *
 * Lanes go through the value-level functions of helper_fp.c, so FPCR
 * (rounding, FZ, DN) and FPSR flags behave as in the scalar instructions.
 * Calls are CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS.
 *
 *     IR_CALL(ir, helper_vfpx2, flags, IR_NO_TEMP, env, rd, rn,
 *             vfp_desc(VFPX2_RECPE, ft, q));    // FRECPE Vd.4S, Vn.4S
 */
#ifndef FERRY_A64_HELPER_SIMD_FP2_H
#define FERRY_A64_HELPER_SIMD_FP2_H

#include <stdint.h>
#include "cpu.h"
#include "helper_simd_fp.h"

/* one source; the FIX ops take fbits in desc bits 23:16 */
#define VFPX2_OPS(X) X(RECPE) X(RSQRTE) X(RECPX) X(CVTXN) X(RINT32Z) \
    X(RINT32X) X(RINT64Z) X(RINT64X) X(SCVTF_FIX) X(UCVTF_FIX) \
    X(FCVTZS_FIX) X(FCVTZU_FIX)
/* two sources; CMLA/CADD take the rotation in desc bits 23:22 and, with
 * VFP_IDX, the pair index in bits 17:16 */
#define VFPX3_OPS(X) X(RECPS) X(RSQRTS) X(CMLA) X(CADD)

enum vfpx2_op {
#define VFPX_ENUM(n) VFPX2_##n,
    VFPX2_OPS(VFPX_ENUM)
#undef VFPX_ENUM
};
enum vfpx3_op {
#define VFPX_ENUM(n) VFPX3_##n,
    VFPX3_OPS(VFPX_ENUM)
#undef VFPX_ENUM
};

/* desc as helper_simd_fp.h (op 7:0, ft 9:8 with 2 = half, Q bit 10,
 * VFP_SCALAR, VFP_IDX); FCMLA/FCADD/FCVTXN-style ops read Vd too */
void helper_vfpx2(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                  uint64_t desc);
void helper_vfpx3(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                  uint64_t desc);

/* SDOT/UDOT: desc = q | u << 1 | by_element << 2 | index << 8 */
void helper_dot(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                uint64_t desc);
/* SQRDMLAH/SQRDMLSH: desc = q | sub << 1 | by_element << 2 | scalar << 3
 * | size << 4 | index << 8; sets FPSR.QC on saturation */
void helper_rdm(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                uint64_t desc);
/* FJCVTZS: bits 31:0 the W result, bits 63:32 the NZCV value (0Z00) */
uint64_t helper_fjcvtzs(struct a64_cpu *env, uint64_t rn);

/* value level, for the unit tests: raw bits of type ft (0 S, 1 D) */
uint64_t fp_recip_estimate(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a);
uint64_t fp_rsqrt_estimate(uint32_t fpcr, uint32_t *fpsr, int ft, uint64_t a);

#endif
