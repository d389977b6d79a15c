/*
 * helper_simd_int.h - the Advanced SIMD integer operations of
 * a64_simd_int2.decode: saturating, halving, rounding, absolute
 * difference, long/narrow, pairwise-long, shifts with rounding,
 * insertion and saturation, by-element multiplies, and TBL/TBX.
 *
 * One generic helper (helper_simd_int.c, element loops after the Arm ARM
 * C7.2 pseudocode) takes every operation; helper_simd_int_fast.c has SSE
 * versions of the hot ones with the same signature, found by
 * simdi_fast(op, size).  All work on env->v[] and read no X register
 * (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS).  Saturation sets
 * FPSR.QC (bit 27).
 *
 *     desc = simdi_desc(SIMDI_SQADD, size, q, scalar, extra);
 *     IR_CALL(ir, helper_simd_int, flags, IR_NO_TEMP, env, rd, rn, rm, desc);
 *
 * size is the element size (the narrow one for long, narrowing and
 * pairwise-long operations); q = 1 selects 128 bits, or the upper half
 * of the narrow operand/result ("2" forms); scalar = one element, the
 * rest of Vd zeroed; extra = the shift count (immediate shifts) or the
 * element index of Vm (by-element forms, with SIMDI_BYELEM set).
 */
#ifndef FERRY_A64_HELPER_SIMD_INT_H
#define FERRY_A64_HELPER_SIMD_INT_H

#include <stdint.h>
#include "cpu.h"
#include "helper_simd.h"

#define FPSR_QC (1u << 27)

/* Classes, in this order: same-size elementwise, long (wide result),
 * narrowing high half, two-register, immediate shifts, narrowing
 * immediate shifts. */
#define SIMDI_SAME_OPS(X) \
    X(SHADD) X(UHADD) X(SRHADD) X(URHADD) X(SHSUB) X(UHSUB) X(SQADD) \
    X(UQADD) X(SQSUB) X(UQSUB) X(SQSHL) X(UQSHL) X(SRSHL) X(URSHL) \
    X(SQRSHL) X(UQRSHL) X(SABD) X(UABD) X(SABA) X(UABA) X(PMUL) \
    X(SQDMULH) X(SQRDMULH) X(MUL) X(MLA) X(MLS) X(ADD) X(SUB) X(CMTST) \
    X(CMEQ) X(CMGT) X(CMHI) X(CMGE) X(CMHS)
#define SIMDI_LONG_OPS(X) \
    X(SABAL) X(UABAL) X(SABDL) X(UABDL) X(SMLAL) X(UMLAL) X(SMLSL) \
    X(UMLSL) X(SMULL) X(UMULL) X(SQDMLAL) X(SQDMLSL) X(SQDMULL) X(PMULL)
#define SIMDI_NARROW_OPS(X) X(RADDHN) X(RSUBHN)
#define SIMDI_TWO_OPS(X) \
    X(SADDLP) X(UADDLP) X(SADALP) X(UADALP) X(SUQADD) X(USQADD) X(CLS) \
    X(CLZ) X(RBIT) X(SQABS) X(SQNEG) X(ABS) X(NEG) X(SQXTN) X(UQXTN) \
    X(SQXTUN) X(URECPE) X(URSQRTE) X(SADDLV) X(UADDLV)
#define SIMDI_SHIFT_OPS(X) \
    X(SRSHR) X(URSHR) X(SRSRA) X(URSRA) X(SRI) X(SLI) X(SQSHLU) \
    X(SQSHLI) X(UQSHLI) X(SSHR) X(USHR) X(SSRA) X(USRA)
#define SIMDI_SHIFTN_OPS(X) \
    X(RSHRN) X(SQSHRN) X(UQSHRN) X(SQRSHRN) X(UQRSHRN) X(SQSHRUN) \
    X(SQRSHRUN)

enum simdi_op {
#define SIMDI_ENUM(n) SIMDI_##n,
    SIMDI_SAME_OPS(SIMDI_ENUM)
    SIMDI_LONG_FIRST,
    SIMDI_LONG_BEFORE = SIMDI_LONG_FIRST - 1,
    SIMDI_LONG_OPS(SIMDI_ENUM)
    SIMDI_NARROW_OPS(SIMDI_ENUM)
    SIMDI_TWO_FIRST,
    SIMDI_TWO_BEFORE = SIMDI_TWO_FIRST - 1,
    SIMDI_TWO_OPS(SIMDI_ENUM)
    SIMDI_SHIFT_FIRST,
    SIMDI_SHIFT_BEFORE = SIMDI_SHIFT_FIRST - 1,
    SIMDI_SHIFT_OPS(SIMDI_ENUM)
    SIMDI_SHIFTN_FIRST,
    SIMDI_SHIFTN_BEFORE = SIMDI_SHIFTN_FIRST - 1,
    SIMDI_SHIFTN_OPS(SIMDI_ENUM)
    SIMDI_NOPS
#undef SIMDI_ENUM
};

#define SIMDI_SCALAR  (1u << 11)
#define SIMDI_BYELEM  (1u << 12)

/* op 7:0, size 9:8, q 10, scalar 11, by-element 12, extra 23:16 */
static inline uint32_t simdi_desc(int op, int size, int q, int scalar,
                                  int extra)
{
    return simd_desc(op, size, q) | (scalar ? SIMDI_SCALAR : 0) |
           (uint32_t)(extra & 0xff) << 16;
}

void helper_simd_int(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                     uint64_t rm, uint64_t desc);
/* TBL/TBX: desc = q | (table registers - 1) << 1 | tbx << 3 */
void helper_simd_tbl(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                     uint64_t rm, uint64_t desc);

/* SSE versions (helper_simd_int_fast.c) of (op, size) for vector (not
 * scalar, not by-element) forms, or NULL; same arguments as
 * helper_simd_int. */
const struct simd_fast *simdi_fast(int op, int size);
/* SSE TBL/TBX of regs (1..4) table registers, or NULL */
const struct simd_fast *simdi_tbl_fast(int regs, int tbx);

#endif
