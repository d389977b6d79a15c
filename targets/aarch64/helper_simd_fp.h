/*
 * helper_simd_fp.h - Advanced SIMD floating point on env->v[]: vector
 * arithmetic, compares, conversions, pairwise, across-lanes and
 * by-element forms of .2S, .4S and .2D (Arm ARM C7.2, FP pseudocode of J1).
 *
 * Each lane follows the scalar rules of helper_fp.c (FPCR rounding, FZ,
 * DN, FPSR flags, Arm NaN propagation); when FPCR.FZ is clear and no
 * input lane is a NaN, the common operations run as one SSE instruction
 * over the vector instead.  Calls are CALL_NO_READ_GLOBALS |
 * CALL_NO_WRITE_GLOBALS (they write env->v, fpsr).
 *
 *     IR_CALL(ir, helper_vfp3, flags, IR_NO_TEMP, env, rd, rn, rm,
 *             vfp_desc(VFP3_MUL, ft, q));       // FMUL Vd.2D, Vn.2D, Vm.2D
 */
#ifndef FERRY_A64_HELPER_SIMD_FP_H
#define FERRY_A64_HELPER_SIMD_FP_H

#include <stdint.h>
#include "cpu.h"

#define VFP3_OPS(X) X(ADD) X(SUB) X(MUL) X(DIV) X(MAX) X(MIN) X(MAXNM) \
    X(MINNM) X(ABD) X(MULX) X(MLA) X(MLS) X(CMEQ) X(CMGE) X(CMGT) \
    X(ACGE) X(ACGT)
/* RINT: the fp1_op in desc bits 23:16; CVTS/CVTU: the enum fp_rmode */
#define VFP2_OPS(X) X(SQRT) X(RINT) X(CVTS) X(CVTU) X(SCVTF) X(UCVTF) \
    X(CMGT0) X(CMGE0) X(CMEQ0) X(CMLE0) X(CMLT0) X(CVTN) X(CVTL) \
    X(MAXV) X(MINV) X(MAXNMV) X(MINNMV)

enum vfp3_op {
#define VFP_ENUM(n) VFP3_##n,
    VFP3_OPS(VFP_ENUM)
#undef VFP_ENUM
};
enum vfp2_op {
#define VFP_ENUM(n) VFP2_##n,
    VFP2_OPS(VFP_ENUM)
#undef VFP_ENUM
};

/* desc: op 7:0, ft (0 single, 1 double) bit 8, Q bit 10, flags below,
 * an operation-specific value (element index, rmode, fp1_op) in 23:16 */
#define VFP_PAIR    (1u << 11)  /* pairwise: lanes from pairs of Vn:Vm */
#define VFP_IDX     (1u << 12)  /* by element: Vm[index] in every lane */
#define VFP_SCALAR  (1u << 13)  /* one lane, the rest of Vd zeroed */

static inline uint32_t vfp_desc(int op, int ft, int q)
{
    return (uint32_t)op | (uint32_t)ft << 8 | (uint32_t)(q != 0) << 10;
}

void helper_vfp3(struct a64_cpu *env, uint64_t rd, uint64_t rn, uint64_t rm,
                 uint64_t desc);
void helper_vfp2(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                 uint64_t desc);

#endif
