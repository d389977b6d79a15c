/*
 * helper_simd.h - C helpers for Advanced SIMD integer operations.
 *
 * Each helper works on env->v[] directly, gets register numbers and a
 * descriptor (simd_desc: operation, element size, Q), and reads no X
 * register, so calls are flagged CALL_NO_READ_GLOBALS |
 * CALL_NO_WRITE_GLOBALS.  Sources are copied before the destination is
 * written (rd may equal rn or rm).  A result with Q = 0 zeroes bits
 * 127:64 (Arm ARM C2.1.2), except the "2" (upper-half) narrowing forms.
 *
 *     IR_CALL(ir, helper_simd_op3, flags, IR_NO_TEMP, env, rd, rn, rm,
 *             simd_desc(SIMD3_ADD, size, q));
 */
#ifndef FERRY_A64_HELPER_SIMD_H
#define FERRY_A64_HELPER_SIMD_H

#include <stdint.h>
#include "cpu.h"

/* Three-register operations (same and different element types, permutes). */
#define SIMD3_OPS(X) \
    X(ADD) X(SUB) X(CMTST) X(CMEQ) X(CMGT) X(CMHI) X(CMGE) X(CMHS) \
    X(SMAX) X(UMAX) X(SMIN) X(UMIN) X(SMAXP) X(UMAXP) X(SMINP) X(UMINP) \
    X(ADDP) X(MUL) X(MLA) X(MLS) X(SSHL) X(USHL) X(AND) X(BIC) X(ORR) X(ORN) X(EOR) X(BSL) X(BIT) X(BIF) \
    X(SADDL) X(UADDL) X(SADDW) X(UADDW) X(SSUBL) X(USUBL) X(SSUBW) \
    X(USUBW) X(ADDHN) X(SUBHN) \
    X(UZP1) X(TRN1) X(ZIP1) X(UZP2) X(TRN2) X(ZIP2)

/* Two-register operations (misc and across lanes). */
#define SIMD2_OPS(X) \
    X(REV64) X(REV32) X(REV16) X(CNT) X(NOT) X(CMGT0) X(CMGE0) X(CMEQ0) \
    X(CMLE0) X(CMLT0) X(ABS) X(NEG) X(XTN) X(ADDV) X(SMAXV) X(UMAXV) \
    X(SMINV) X(UMINV) X(ADDP_S)

/* Shifts by immediate; the shift count is desc bits 23:16. */
#define SIMD_SHIFT_OPS(X) \
    X(SSHR) X(USHR) X(SSRA) X(USRA) X(SHL) X(SHRN) X(SSHLL) X(USHLL)

enum simd3_op {
#define SIMD_ENUM(n) SIMD3_##n,
    SIMD3_OPS(SIMD_ENUM)
#undef SIMD_ENUM
};
enum simd2_op {
#define SIMD_ENUM(n) SIMD2_##n,
    SIMD2_OPS(SIMD_ENUM)
#undef SIMD_ENUM
};
enum simd_shift_op {
#define SIMD_ENUM(n) SIMD_SH_##n,
    SIMD_SHIFT_OPS(SIMD_ENUM)
#undef SIMD_ENUM
};

/* desc: op in bits 7:0, element size (0..3) in 9:8, Q in bit 10,
 * an operation-specific value from bit 16. */
static inline uint32_t simd_desc(int op, int size, int q)
{
    return (uint32_t)op | (uint32_t)size << 8 | (uint32_t)(q != 0) << 10;
}

void helper_simd_op3(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                     uint64_t rm, uint64_t desc);
void helper_simd_op2(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                     uint64_t desc);
void helper_simd_shift(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                       uint64_t desc);
/*
 * Fast helpers (helper_simd_fast.c): one SSE function per common
 * operation and element size.  simd_fast3/2/_shift(op, size) give the
 * function and its name, or NULL when the operation has none (then use
 * helper_simd_op3/op2/shift).  Arguments (all as values):
 *   three-register: (env, rd, rn, rm, q)
 *   two-register and shifts: (env, rd, rn, q | shift << 8)
 */
struct simd_fast {
    void *fn;
    const char *name;
};
const struct simd_fast *simd_fast3(int op, int size);
const struct simd_fast *simd_fast2(int op, int size);
const struct simd_fast *simd_fast_shift(int op, int size);

/* LD2..LD4 / ST2..ST4: desc op = 1 for a load, selem in bits 23:16;
 * registers rt .. rt+selem-1 (mod 32). */
void helper_simd_ldst_struct(struct a64_cpu *env, uint64_t addr,
                             uint64_t rt, uint64_t desc);

#endif
