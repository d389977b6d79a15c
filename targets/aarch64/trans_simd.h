/*
 * trans_simd.h - shapes shared by the memory and SIMD&FP translators
 * (trans_ldst.c, trans_atomic.c, trans_simd*.c, trans_fp.c).
 *
 * V registers live in env->v[] (cpu.h); translated code reaches them with
 * ld_env/st_env at vreg_off(n, half) (64-bit halves, little endian).
 * Writing a scalar B/H/S/D result zeroes the rest of the 128-bit register
 * (Arm ARM C2.1.2 "SIMD and floating-point registers").
 *
 *     ir_temp addr = gen_addr_begin(s, rn, imm, post);
 *     ...access at addr...
 *     if (writeback) gen_addr_end(s, rn, addr, imm, post);
 */
#ifndef FERRY_A64_TRANS_SIMD_H
#define FERRY_A64_TRANS_SIMD_H

#include "translate.h"

/* Offset in struct a64_cpu of byte 8*half of V register n. */
static inline int32_t vreg_off(int n, int half)
{
    return ENV_OFF(v) + n * (int32_t)sizeof(a64_vreg) + half * 8;
}

/* Address = base(rn, SP) + (post ? 0 : imm), in a fresh temp. */
ir_temp gen_addr_begin(DisasContext *s, int rn, int64_t imm, bool post);
/* Writeback: base = post ? addr + imm : addr. */
void gen_addr_end(DisasContext *s, int rn, ir_temp addr, int64_t imm,
                  bool post);
/* base(rn, SP) + extend(rm, opt) << shift; opt is %ldst_opt of
 * a64_ldst.decode (0 UXTW, 1 LSL/UXTX, 2 SXTW, 3 SXTX). */
ir_temp gen_addr_regoff(DisasContext *s, int rn, int rm, int opt, int shift);

/* V-register loads and stores of 1 << sz bytes (sz 0..4) at addr + off;
 * a load zeroes the rest of the register. */
void gen_vreg_load(DisasContext *s, int rt, ir_temp addr, int32_t off, int sz);
void gen_vreg_store(DisasContext *s, int rt, ir_temp addr, int32_t off, int sz);
/* Scalar helpers on V registers: 64-bit half read/write. */
ir_temp gen_vreg_read64(DisasContext *s, int n, int half);
void gen_vreg_write64(DisasContext *s, int n, int half, ir_temp v);
/* Write the low 1 << sz bytes of v to V[n] (sz <= 3), zero the rest. */
void gen_vreg_write_scalar(DisasContext *s, int n, ir_temp v, int sz);

/* 0x01 in every element of 1 << size bytes (a multiplier that
 * replicates an element over 64 bits). */
uint64_t simd_repl_const(int size);

#endif
