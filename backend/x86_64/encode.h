/*
 * encode.h - the x86-64 byte encoder.
 *
 * Knows x86 instruction bytes and nothing of the IR: the lowering
 * (backend/x86_64/lower.c) chooses instructions, this file spells them.
 * Register numbers are the hardware numbers (X86_RAX = 0 ... X86_R15 = 15).
 * `w` selects the operand size: true = 64-bit (REX.W), false = 32-bit.
 * 8- and 16-bit forms are named explicitly.  Every function appends to a
 * struct codebuf (translate/codebuf.h).
 *
 *     x86_alu_ri(cb, X86_ADD, true, X86_RAX, 16);   // add rax, 16
 *     uint8_t *j = x86_jcc_rel32(cb, X86_CC_NE);    // jne ?  (patch later)
 *     x86_patch_rel32(j, cb->ptr);
 */
#ifndef FERRY_X86_ENCODE_H
#define FERRY_X86_ENCODE_H

#include <stdbool.h>
#include <stdint.h>
#include "codebuf.h"

enum x86_reg {
    X86_RAX, X86_RCX, X86_RDX, X86_RBX, X86_RSP, X86_RBP, X86_RSI, X86_RDI,
    X86_R8, X86_R9, X86_R10, X86_R11, X86_R12, X86_R13, X86_R14, X86_R15,
    X86_NOREG = -1
};

/* Group-1 ALU operations, in their /digit order. */
enum x86_alu {
    X86_ADD = 0, X86_OR = 1, X86_ADC = 2, X86_SBB = 3,
    X86_AND = 4, X86_SUB = 5, X86_XOR = 6, X86_CMP = 7
};

/* Group-2 shift operations, in their /digit order. */
enum x86_shift { X86_ROL = 0, X86_ROR = 1, X86_SHL = 4, X86_SHR = 5, X86_SAR = 7 };

enum x86_cond {
    X86_CC_O, X86_CC_NO, X86_CC_B, X86_CC_AE, X86_CC_E, X86_CC_NE,
    X86_CC_BE, X86_CC_A, X86_CC_S, X86_CC_NS, X86_CC_P, X86_CC_NP,
    X86_CC_L, X86_CC_GE, X86_CC_LE, X86_CC_G
};

/* A memory operand [base + index*scale + disp]; base or index may be
 * X86_NOREG (no base: disp32 absolute).  scale is 1, 2, 4 or 8. */
struct x86_mem {
    int8_t base;
    int8_t index;
    uint8_t scale;
    int32_t disp;
};
#define X86_MEM(b, d) ((struct x86_mem){ (b), X86_NOREG, 1, (d) })
#define X86_MEMX(b, i, s, d) ((struct x86_mem){ (b), (i), (s), (d) })

/* -- moves -- */
void x86_mov_rr(struct codebuf *cb, bool w, int dst, int src);
/* Shortest form: mov r32,imm32 (zero-extends), mov r64,simm32, movabs.
 * Never touches EFLAGS (no xor-zeroing). */
void x86_mov_ri(struct codebuf *cb, int dst, uint64_t imm);
/* Load size 1/2/4/8 bytes (size_log2 0..3) into a 64-bit register,
 * zero- or sign-extended (movzx/movsx/movsxd/mov). */
void x86_load(struct codebuf *cb, int size_log2, bool sign, int dst,
              struct x86_mem m);
void x86_store(struct codebuf *cb, int size_log2, int src, struct x86_mem m);
void x86_store_imm32(struct codebuf *cb, int size_log2, int32_t imm,
                     struct x86_mem m);          /* size 2,3 only: mov m,imm */
void x86_lea(struct codebuf *cb, bool w, int dst, struct x86_mem m);
/* Register extension: movzx/movsx from 8/16 bits, movsxd from 32. */
void x86_movzx(struct codebuf *cb, int dst, int src, int src_size_log2);
void x86_movsx(struct codebuf *cb, bool w, int dst, int src, int src_size_log2);

/* -- ALU -- */
void x86_alu_rr(struct codebuf *cb, enum x86_alu op, bool w, int dst, int src);
void x86_alu_ri(struct codebuf *cb, enum x86_alu op, bool w, int dst, int32_t imm);
void x86_alu_rm(struct codebuf *cb, enum x86_alu op, bool w, int dst,
                struct x86_mem m);               /* dst op= [m] */
void x86_alu_mr(struct codebuf *cb, enum x86_alu op, bool w, struct x86_mem m,
                int src);                        /* [m] op= src */
void x86_test_rr(struct codebuf *cb, bool w, int a, int b);
void x86_test_ri(struct codebuf *cb, bool w, int a, int32_t imm);
void x86_neg(struct codebuf *cb, bool w, int r);
void x86_not(struct codebuf *cb, bool w, int r);
void x86_shift_ri(struct codebuf *cb, enum x86_shift op, bool w, int r, uint8_t imm);
void x86_shift_cl(struct codebuf *cb, enum x86_shift op, bool w, int r);
void x86_imul_rr(struct codebuf *cb, bool w, int dst, int src);   /* dst *= src */
void x86_imul_rri(struct codebuf *cb, bool w, int dst, int src, int32_t imm);
void x86_mul1(struct codebuf *cb, bool w, int src);   /* rdx:rax = rax * src, unsigned */
void x86_imul1(struct codebuf *cb, bool w, int src);  /* signed */
void x86_div(struct codebuf *cb, bool w, int src);    /* rdx:rax / src unsigned */
void x86_idiv(struct codebuf *cb, bool w, int src);
void x86_cqo(struct codebuf *cb, bool w);             /* cdq / cqo */
void x86_bswap(struct codebuf *cb, bool w, int r);
void x86_rol16_8(struct codebuf *cb, int r);          /* rol r16, 8 (bswap 16) */
void x86_bsr(struct codebuf *cb, bool w, int dst, int src);
void x86_bsf(struct codebuf *cb, bool w, int dst, int src);
void x86_lzcnt(struct codebuf *cb, bool w, int dst, int src);
void x86_tzcnt(struct codebuf *cb, bool w, int dst, int src);
void x86_popcnt(struct codebuf *cb, bool w, int dst, int src);
void x86_setcc(struct codebuf *cb, enum x86_cond cc, int dst);    /* dst8 */
void x86_cmov(struct codebuf *cb, enum x86_cond cc, bool w, int dst, int src);
void x86_cmc(struct codebuf *cb);
void x86_stc(struct codebuf *cb);
void x86_clc(struct codebuf *cb);
/* BMI2, only when the host has it (host_features). */
void x86_shlx(struct codebuf *cb, bool w, int dst, int src, int cnt);
void x86_shrx(struct codebuf *cb, bool w, int dst, int src, int cnt);
void x86_sarx(struct codebuf *cb, bool w, int dst, int src, int cnt);
void x86_rorx(struct codebuf *cb, bool w, int dst, int src, uint8_t imm);

/* -- atomics -- */
void x86_lock_cmpxchg(struct codebuf *cb, int size_log2, struct x86_mem m, int src);
void x86_lock_xadd(struct codebuf *cb, int size_log2, struct x86_mem m, int src);
void x86_xchg_mr(struct codebuf *cb, int size_log2, struct x86_mem m, int src);
void x86_mfence(struct codebuf *cb);

/* -- stack and flags -- */
void x86_push(struct codebuf *cb, int r);
void x86_pop(struct codebuf *cb, int r);
void x86_push_m(struct codebuf *cb, struct x86_mem m);  /* push qword [m] */
void x86_pop_m(struct codebuf *cb, struct x86_mem m);   /* pop qword [m] */
void x86_pushfq(struct codebuf *cb);
void x86_popfq(struct codebuf *cb);

/* -- control flow: *_rel32 return the address of the rel32 field -- */
uint8_t *x86_jmp_rel32(struct codebuf *cb);
uint8_t *x86_jcc_rel32(struct codebuf *cb, enum x86_cond cc);
uint8_t *x86_call_rel32(struct codebuf *cb);
/* Point a rel32 field at `target` (relative to the field's end). */
void x86_patch_rel32(uint8_t *field, const uint8_t *target);
/* Atomically repoint a jmp rel32 whose field is 4-byte aligned (chaining). */
void x86_patch_jmp_atomic(uint8_t *field, const uint8_t *target);
void x86_jmp_r(struct codebuf *cb, int r);
void x86_jmp_m(struct codebuf *cb, struct x86_mem m);
void x86_call_r(struct codebuf *cb, int r);
/* call fn: rel32 when reachable from cb->ptr, else mov rax,fn; call rax. */
void x86_call_abs(struct codebuf *cb, const void *fn);
void x86_ret(struct codebuf *cb);
void x86_ud2(struct codebuf *cb);
void x86_int3(struct codebuf *cb);
/* n bytes of multi-byte NOPs (any n). */
void x86_nop(struct codebuf *cb, unsigned n);

/* -- SSE2 scalar/vector moves for FP helpers (xmm numbers 0..15) -- */
void x86_movq_xr(struct codebuf *cb, int xmm, int r);   /* movq xmm, r64 */
void x86_movq_rx(struct codebuf *cb, int r, int xmm);   /* movq r64, xmm */
void x86_movdqu_load(struct codebuf *cb, int xmm, struct x86_mem m);
void x86_movdqu_store(struct codebuf *cb, int xmm, struct x86_mem m);

/* -- Additions by the encoder's implementation (encode.c) -- */
/* jmp rel32 preceded by NOPs so that the rel32 field is 4-byte aligned,
 * as x86_patch_jmp_atomic requires.  Use it for every jump that will be
 * re-patched while other threads may execute it (TB chaining). */
uint8_t *x86_jmp_rel32_aligned(struct codebuf *cb);

/* -- Addition (lead): tier-up counters live next to their block -- */
/* sub dword [rip + disp32], imm8 with the rip-relative target address. */
void x86_sub_rip32_imm8(struct codebuf *cb, const void *target, int8_t imm);

/* -- Additions (lead): the FP fast path -- */
/* [prefix] 0F op /r on xmm registers: e.g. F2 0F 58 addsd, F3 0F 51 sqrtss. */
void x86_sse_rr(struct codebuf *cb, uint8_t prefix, uint8_t op, int dst, int src);
/* vfmadd231/vfmsub231/vfnmadd231/vfnmsub231 s{s,d} (op B9/BB/BD/BF). */
void x86_vfma231(struct codebuf *cb, uint8_t op, bool dbl, int dst, int src1,
                 int src2);
/* stmxcsr / ldmxcsr [base + disp] (no index). */
void x86_stmxcsr(struct codebuf *cb, struct x86_mem m);
void x86_ldmxcsr(struct codebuf *cb, struct x86_mem m);

#endif
