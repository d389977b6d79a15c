/*
 * encode.c - x86-64 instruction bytes (see encode.h for the API).
 *
 * Every instruction is spelled by a few shared pieces, following the
 * layout of Intel SDM vol. 2, 2.1 "Instruction format":
 *
 *   [legacy/mandatory prefix] [REX] opcode ModRM [SIB] [disp] [imm]
 *
 * - emit_rex() computes REX.W/R/X/B from the register numbers and emits
 *   the byte when any bit is set, or when an 8-bit operand is SPL/BPL/
 *   SIL/DIL (registers 4..7), which only exist with a REX prefix
 *   (SDM 3.4.1.1, "byte registers").
 * - emit_modrm_mem() picks mod/rm/SIB/displacement for a struct x86_mem:
 *   RSP/R12 as base need a SIB byte, RBP/R13 as base cannot use mod=00
 *   (that means RIP-relative / no base) so disp 0 becomes disp8 0, and
 *   an operand without base uses SIB base=101 with mod=00 (disp32), never
 *   the RIP-relative ModRM form (SDM tables 2-2 and 2-3).
 * - op_reg() / op_mem() emit REX + opcode + ModRM for the register and
 *   memory forms; callers emit any prefixes first (66/F0/F2/F3 must come
 *   before REX, SDM 2.2.1).
 *
 * The codebuf drops writes past its end and sets `overflow`; the
 * rel32-returning functions then hand back a scratch field so patching
 * stays in bounds.  The caller discards the block after an overflow.
 *
 *     x86_load(cb, 2, true, X86_RAX, X86_MEMX(X86_R12, X86_R13, 8, -129));
 *     // movsxd rax, dword [r12 + r13*8 - 129]
 */
#include <assert.h>
#include "encode.h"

/* -- Operand helpers -- */

#define REX_BASE 0x40
#define REX_W    0x08
#define REX_R    0x04
#define REX_X    0x02
#define REX_B    0x01

#define OPC_0F   0x0f   /* two-byte opcode escape */
#define PFX_OPSZ 0x66   /* operand-size override: 16-bit operand */
#define PFX_LOCK 0xf0
#define PFX_REP  0xf3

static bool fits_s8(int64_t v) { return v >= -128 && v <= 127; }
static bool fits_s32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

/* An 8-bit operand in register 4..7 means SPL/BPL/SIL/DIL, not AH..BH. */
static bool needs_rex8(int r) { return r >= 4 && r <= 7; }

static void emit_rex(struct codebuf *cb, bool w, int reg, int index, int base,
                     bool force)
{
    uint8_t rex = REX_BASE;
    if (w)
        rex |= REX_W;
    if (reg > 7)
        rex |= REX_R;
    if (index > 7)
        rex |= REX_X;
    if (base > 7)
        rex |= REX_B;
    if (rex != REX_BASE || force)
        cb_byte(cb, rex);
}

/* Emit an opcode of 1..3 bytes, most significant byte first (0x0fb6). */
static void emit_opcode(struct codebuf *cb, uint32_t op)
{
    if (op > 0xffff)
        cb_byte(cb, op >> 16);
    if (op > 0xff)
        cb_byte(cb, op >> 8);
    cb_byte(cb, op);
}

static uint8_t scale_bits(uint8_t scale)
{
    switch (scale) {
    case 1: return 0;
    case 2: return 1;
    case 4: return 2;
    case 8: return 3;
    }
    assert(!"x86_mem scale must be 1, 2, 4 or 8");
    return 0;
}

static void emit_disp(struct codebuf *cb, int mod, int32_t disp)
{
    if (mod == 1)
        cb_byte(cb, (uint8_t)disp);
    else if (mod == 2)
        cb_u32(cb, (uint32_t)disp);
}

/* ModRM (+SIB, +disp) for a memory operand; `reg` is the ModRM.reg field
 * (a register number or a /digit).  SDM vol. 2, tables 2-2 and 2-3. */
static void emit_modrm_mem(struct codebuf *cb, int reg, struct x86_mem m)
{
    uint8_t r = (reg & 7) << 3;
    bool has_index = m.index != X86_NOREG;
    uint8_t ss = has_index ? scale_bits(m.scale) << 6 : 0;
    uint8_t idx = has_index ? (m.index & 7) << 3 : 4 << 3;   /* 100: none */

    assert(m.index != X86_RSP && "RSP cannot be an index register");
    if (m.base == X86_NOREG) {
        cb_byte(cb, 0x04 | r);          /* mod=00 rm=100: SIB follows */
        cb_byte(cb, ss | idx | 5);      /* base=101, mod=00: disp32 only */
        cb_u32(cb, (uint32_t)m.disp);
        return;
    }
    int mod = (m.disp == 0 && (m.base & 7) != X86_RBP) ? 0
            : fits_s8(m.disp) ? 1 : 2;
    if (has_index || (m.base & 7) == X86_RSP) {
        cb_byte(cb, mod << 6 | r | 4);
        cb_byte(cb, ss | idx | (m.base & 7));
    } else {
        cb_byte(cb, mod << 6 | r | (m.base & 7));
    }
    emit_disp(cb, mod, m.disp);
}

/* REX + opcode + ModRM(mod=11).  byte_reg/byte_rm: that operand is an
 * 8-bit register (forces REX for SPL..DIL). */
static void op_reg_x(struct codebuf *cb, bool w, uint32_t op, int reg, int rm,
                     bool byte_reg, bool byte_rm)
{
    bool force = (byte_reg && needs_rex8(reg)) || (byte_rm && needs_rex8(rm));
    emit_rex(cb, w, reg, 0, rm, force);
    emit_opcode(cb, op);
    cb_byte(cb, 0xc0 | (reg & 7) << 3 | (rm & 7));
}

static void op_reg(struct codebuf *cb, bool w, uint32_t op, int reg, int rm)
{
    op_reg_x(cb, w, op, reg, rm, false, false);
}

/* REX + opcode + ModRM/SIB/disp for a memory operand. */
static void op_mem_x(struct codebuf *cb, bool w, uint32_t op, int reg,
                     struct x86_mem m, bool byte_reg)
{
    emit_rex(cb, w, reg, m.index, m.base, byte_reg && needs_rex8(reg));
    emit_opcode(cb, op);
    emit_modrm_mem(cb, reg, m);
}

static void op_mem(struct codebuf *cb, bool w, uint32_t op, int reg,
                   struct x86_mem m)
{
    op_mem_x(cb, w, op, reg, m, false);
}

/* Operand-size prefix for 16-bit forms, nothing otherwise. */
static void size_prefix(struct codebuf *cb, int size_log2)
{
    if (size_log2 == 1)
        cb_byte(cb, PFX_OPSZ);
}

/* -- Moves -- */

void x86_mov_rr(struct codebuf *cb, bool w, int dst, int src)
{
    op_reg(cb, w, 0x89, src, dst);              /* MOV r/m, r */
}

void x86_mov_ri(struct codebuf *cb, int dst, uint64_t imm)
{
    if (imm <= UINT32_MAX) {                    /* B8+r id, zero-extends */
        emit_rex(cb, false, 0, 0, dst, false);
        cb_byte(cb, 0xb8 | (dst & 7));
        cb_u32(cb, (uint32_t)imm);
    } else if (fits_s32((int64_t)imm)) {        /* REX.W C7 /0 id */
        op_reg(cb, true, 0xc7, 0, dst);
        cb_u32(cb, (uint32_t)imm);
    } else {                                    /* REX.W B8+r io */
        emit_rex(cb, true, 0, 0, dst, false);
        cb_byte(cb, 0xb8 | (dst & 7));
        cb_u64(cb, imm);
    }
}

void x86_load(struct codebuf *cb, int size_log2, bool sign, int dst,
              struct x86_mem m)
{
    static const uint32_t sx_op[4] = { 0x0fbe, 0x0fbf, 0x63, 0x8b };
    static const uint32_t zx_op[4] = { 0x0fb6, 0x0fb7, 0x8b, 0x8b };

    assert(size_log2 >= 0 && size_log2 <= 3);
    if (sign)   /* MOVSX r64 / MOVSXD r64 / MOV r64 */
        op_mem(cb, true, sx_op[size_log2], dst, m);
    else        /* MOVZX r32 / MOV r32 zero-extend to 64 bits; MOV r64 */
        op_mem(cb, size_log2 == 3, zx_op[size_log2], dst, m);
}

void x86_store(struct codebuf *cb, int size_log2, int src, struct x86_mem m)
{
    assert(size_log2 >= 0 && size_log2 <= 3);
    size_prefix(cb, size_log2);
    op_mem_x(cb, size_log2 == 3, size_log2 == 0 ? 0x88 : 0x89, src, m,
             size_log2 == 0);
}

/* Sizes 0 and 1 are accepted too (C6 /0 ib, 66 C7 /0 iw); the immediate
 * is truncated to the operand size, and sign-extended for size 3. */
void x86_store_imm32(struct codebuf *cb, int size_log2, int32_t imm,
                     struct x86_mem m)
{
    assert(size_log2 >= 0 && size_log2 <= 3);
    size_prefix(cb, size_log2);
    op_mem(cb, size_log2 == 3, size_log2 == 0 ? 0xc6 : 0xc7, 0, m);
    if (size_log2 == 0)
        cb_byte(cb, (uint8_t)imm);
    else if (size_log2 == 1)
        cb_bytes(cb, &(uint16_t){ (uint16_t)imm }, 2);
    else
        cb_u32(cb, (uint32_t)imm);
}

void x86_lea(struct codebuf *cb, bool w, int dst, struct x86_mem m)
{
    op_mem(cb, w, 0x8d, dst, m);
}

/* Size 2 is a 32-bit mov (which zero-extends), size 3 a 64-bit mov. */
void x86_movzx(struct codebuf *cb, int dst, int src, int src_size_log2)
{
    switch (src_size_log2) {
    case 0: op_reg_x(cb, false, 0x0fb6, dst, src, false, true); break;
    case 1: op_reg(cb, false, 0x0fb7, dst, src); break;
    case 2: x86_mov_rr(cb, false, dst, src); break;
    case 3: x86_mov_rr(cb, true, dst, src); break;
    default: assert(!"bad movzx size");
    }
}

/* Size 2 with !w is a plain 32-bit mov, size 3 a mov of width w. */
void x86_movsx(struct codebuf *cb, bool w, int dst, int src, int src_size_log2)
{
    switch (src_size_log2) {
    case 0: op_reg_x(cb, w, 0x0fbe, dst, src, false, true); break;
    case 1: op_reg(cb, w, 0x0fbf, dst, src); break;
    case 2:
        if (w)
            op_reg(cb, true, 0x63, dst, src);   /* MOVSXD r64, r/m32 */
        else
            x86_mov_rr(cb, false, dst, src);
        break;
    case 3: x86_mov_rr(cb, w, dst, src); break;
    default: assert(!"bad movsx size");
    }
}

/* -- ALU -- */

/* Group 1 opcodes: op*8 + {01: r/m,r ; 03: r,r/m ; 05: rAX,imm32};
 * 81 /op id and 83 /op ib (SDM "ADD", table A-6 group 1). */
void x86_alu_rr(struct codebuf *cb, enum x86_alu op, bool w, int dst, int src)
{
    op_reg(cb, w, op << 3 | 1, src, dst);
}

void x86_alu_ri(struct codebuf *cb, enum x86_alu op, bool w, int dst, int32_t imm)
{
    if (fits_s8(imm)) {
        op_reg(cb, w, 0x83, op, dst);
        cb_byte(cb, (uint8_t)imm);
    } else if (dst == X86_RAX) {                /* short accumulator form */
        emit_rex(cb, w, 0, 0, 0, false);
        cb_byte(cb, op << 3 | 5);
        cb_u32(cb, (uint32_t)imm);
    } else {
        op_reg(cb, w, 0x81, op, dst);
        cb_u32(cb, (uint32_t)imm);
    }
}

void x86_alu_rm(struct codebuf *cb, enum x86_alu op, bool w, int dst,
                struct x86_mem m)
{
    op_mem(cb, w, op << 3 | 3, dst, m);
}

void x86_alu_mr(struct codebuf *cb, enum x86_alu op, bool w, struct x86_mem m,
                int src)
{
    op_mem(cb, w, op << 3 | 1, src, m);
}

void x86_test_rr(struct codebuf *cb, bool w, int a, int b)
{
    op_reg(cb, w, 0x85, b, a);
}

void x86_test_ri(struct codebuf *cb, bool w, int a, int32_t imm)
{
    if (a == X86_RAX) {                         /* A9 id */
        emit_rex(cb, w, 0, 0, 0, false);
        cb_byte(cb, 0xa9);
    } else {                                    /* F7 /0 id */
        op_reg(cb, w, 0xf7, 0, a);
    }
    cb_u32(cb, (uint32_t)imm);
}

/* Group 3 (F7 /digit): 2 NOT, 3 NEG, 4 MUL, 5 IMUL, 6 DIV, 7 IDIV. */
static void group3(struct codebuf *cb, int digit, bool w, int r)
{
    op_reg(cb, w, 0xf7, digit, r);
}

void x86_not(struct codebuf *cb, bool w, int r) { group3(cb, 2, w, r); }
void x86_neg(struct codebuf *cb, bool w, int r) { group3(cb, 3, w, r); }
void x86_mul1(struct codebuf *cb, bool w, int src) { group3(cb, 4, w, src); }
void x86_imul1(struct codebuf *cb, bool w, int src) { group3(cb, 5, w, src); }
void x86_div(struct codebuf *cb, bool w, int src) { group3(cb, 6, w, src); }
void x86_idiv(struct codebuf *cb, bool w, int src) { group3(cb, 7, w, src); }

/* Group 2: D1 /op (by 1), C1 /op ib, D3 /op (by CL).  A count of 1 has
 * the same flag semantics in both encodings, so use the short one. */
void x86_shift_ri(struct codebuf *cb, enum x86_shift op, bool w, int r,
                  uint8_t imm)
{
    if (imm == 1) {
        op_reg(cb, w, 0xd1, op, r);
    } else {
        op_reg(cb, w, 0xc1, op, r);
        cb_byte(cb, imm);
    }
}

void x86_shift_cl(struct codebuf *cb, enum x86_shift op, bool w, int r)
{
    op_reg(cb, w, 0xd3, op, r);
}

void x86_imul_rr(struct codebuf *cb, bool w, int dst, int src)
{
    op_reg(cb, w, 0x0faf, dst, src);
}

void x86_imul_rri(struct codebuf *cb, bool w, int dst, int src, int32_t imm)
{
    if (fits_s8(imm)) {
        op_reg(cb, w, 0x6b, dst, src);
        cb_byte(cb, (uint8_t)imm);
    } else {
        op_reg(cb, w, 0x69, dst, src);
        cb_u32(cb, (uint32_t)imm);
    }
}

void x86_cqo(struct codebuf *cb, bool w)
{
    emit_rex(cb, w, 0, 0, 0, false);
    cb_byte(cb, 0x99);
}

void x86_bswap(struct codebuf *cb, bool w, int r)
{
    emit_rex(cb, w, 0, 0, r, false);
    cb_byte(cb, OPC_0F);
    cb_byte(cb, 0xc8 | (r & 7));
}

void x86_rol16_8(struct codebuf *cb, int r)
{
    cb_byte(cb, PFX_OPSZ);
    op_reg(cb, false, 0xc1, X86_ROL, r);
    cb_byte(cb, 8);
}

void x86_bsr(struct codebuf *cb, bool w, int dst, int src)
{
    op_reg(cb, w, 0x0fbd, dst, src);
}

void x86_bsf(struct codebuf *cb, bool w, int dst, int src)
{
    op_reg(cb, w, 0x0fbc, dst, src);
}

/* LZCNT/TZCNT/POPCNT: F3 is a mandatory prefix and precedes REX. */
void x86_lzcnt(struct codebuf *cb, bool w, int dst, int src)
{
    cb_byte(cb, PFX_REP);
    op_reg(cb, w, 0x0fbd, dst, src);
}

void x86_tzcnt(struct codebuf *cb, bool w, int dst, int src)
{
    cb_byte(cb, PFX_REP);
    op_reg(cb, w, 0x0fbc, dst, src);
}

void x86_popcnt(struct codebuf *cb, bool w, int dst, int src)
{
    cb_byte(cb, PFX_REP);
    op_reg(cb, w, 0x0fb8, dst, src);
}

void x86_setcc(struct codebuf *cb, enum x86_cond cc, int dst)
{
    op_reg_x(cb, false, 0x0f90 | cc, 0, dst, false, true);
}

void x86_cmov(struct codebuf *cb, enum x86_cond cc, bool w, int dst, int src)
{
    op_reg(cb, w, 0x0f40 | cc, dst, src);
}

void x86_cmc(struct codebuf *cb) { cb_byte(cb, 0xf5); }
void x86_stc(struct codebuf *cb) { cb_byte(cb, 0xf9); }
void x86_clc(struct codebuf *cb) { cb_byte(cb, 0xf8); }

/* -- BMI2 (VEX-encoded, SDM 2.3.5) -- */

enum vex_map { VEX_0F38 = 2, VEX_0F3A = 3 };
enum vex_pp { VEX_PP_NONE, VEX_PP_66, VEX_PP_F3, VEX_PP_F2 };

/* Three-byte VEX (C4): R/X/B and vvvv are stored inverted; L=0. */
static void op_vex_reg(struct codebuf *cb, enum vex_map map, enum vex_pp pp,
                       bool w, uint8_t op, int reg, int vvvv, int rm)
{
    cb_byte(cb, 0xc4);
    cb_byte(cb, (reg > 7 ? 0 : 0x80) | 0x40 | (rm > 7 ? 0 : 0x20) | map);
    cb_byte(cb, (w ? 0x80 : 0) | (~vvvv & 15) << 3 | pp);
    cb_byte(cb, op);
    cb_byte(cb, 0xc0 | (reg & 7) << 3 | (rm & 7));
}

void x86_shlx(struct codebuf *cb, bool w, int dst, int src, int cnt)
{
    op_vex_reg(cb, VEX_0F38, VEX_PP_66, w, 0xf7, dst, cnt, src);
}

void x86_shrx(struct codebuf *cb, bool w, int dst, int src, int cnt)
{
    op_vex_reg(cb, VEX_0F38, VEX_PP_F2, w, 0xf7, dst, cnt, src);
}

void x86_sarx(struct codebuf *cb, bool w, int dst, int src, int cnt)
{
    op_vex_reg(cb, VEX_0F38, VEX_PP_F3, w, 0xf7, dst, cnt, src);
}

void x86_rorx(struct codebuf *cb, bool w, int dst, int src, uint8_t imm)
{
    op_vex_reg(cb, VEX_0F3A, VEX_PP_F2, w, 0xf0, dst, 0, src);
    cb_byte(cb, imm);
}

/* -- Atomics -- */

/* 66 before F0 matches the GNU assembler's prefix order; any order is
 * architecturally equivalent (SDM 2.1.1). */
static void sized_mem_op(struct codebuf *cb, int size_log2, bool lock,
                         uint32_t op8, struct x86_mem m, int src)
{
    assert(size_log2 >= 0 && size_log2 <= 3);
    size_prefix(cb, size_log2);
    if (lock)
        cb_byte(cb, PFX_LOCK);
    op_mem_x(cb, size_log2 == 3, size_log2 == 0 ? op8 : op8 + 1, src, m,
             size_log2 == 0);
}

void x86_lock_cmpxchg(struct codebuf *cb, int size_log2, struct x86_mem m, int src)
{
    sized_mem_op(cb, size_log2, true, 0x0fb0, m, src);
}

void x86_lock_xadd(struct codebuf *cb, int size_log2, struct x86_mem m, int src)
{
    sized_mem_op(cb, size_log2, true, 0x0fc0, m, src);
}

/* XCHG with memory is locked implicitly (SDM "XCHG"). */
void x86_xchg_mr(struct codebuf *cb, int size_log2, struct x86_mem m, int src)
{
    sized_mem_op(cb, size_log2, false, 0x86, m, src);
}

void x86_mfence(struct codebuf *cb)
{
    cb_bytes(cb, (const uint8_t[]){ 0x0f, 0xae, 0xf0 }, 3);
}

/* -- Stack and flags (64-bit operand size by default, no REX.W) -- */

void x86_push(struct codebuf *cb, int r)
{
    emit_rex(cb, false, 0, 0, r, false);
    cb_byte(cb, 0x50 | (r & 7));
}

void x86_pop(struct codebuf *cb, int r)
{
    emit_rex(cb, false, 0, 0, r, false);
    cb_byte(cb, 0x58 | (r & 7));
}

void x86_push_m(struct codebuf *cb, struct x86_mem m)
{
    op_mem(cb, false, 0xff, 6, m);
}

void x86_pop_m(struct codebuf *cb, struct x86_mem m)
{
    op_mem(cb, false, 0x8f, 0, m);
}

void x86_pushfq(struct codebuf *cb) { cb_byte(cb, 0x9c); }
void x86_popfq(struct codebuf *cb) { cb_byte(cb, 0x9d); }

/* -- Control flow -- */

/* Where rel32 functions point when the buffer overflowed: patching it is
 * harmless, and the block is discarded anyway. */
static __thread uint8_t overflow_field[4];

static uint8_t *rel32_field(struct codebuf *cb)
{
    cb_u32(cb, 0);
    return cb->overflow ? overflow_field : cb->ptr - 4;
}

uint8_t *x86_jmp_rel32(struct codebuf *cb)
{
    cb_byte(cb, 0xe9);
    return rel32_field(cb);
}

uint8_t *x86_jcc_rel32(struct codebuf *cb, enum x86_cond cc)
{
    cb_byte(cb, OPC_0F);
    cb_byte(cb, 0x80 | cc);
    return rel32_field(cb);
}

uint8_t *x86_call_rel32(struct codebuf *cb)
{
    cb_byte(cb, 0xe8);
    return rel32_field(cb);
}

static int32_t rel32_to(const uint8_t *field, const uint8_t *target)
{
    intptr_t rel = (intptr_t)target - (intptr_t)(field + 4);
    assert(fits_s32(rel) && "rel32 target out of range");
    return (int32_t)rel;
}

void x86_patch_rel32(uint8_t *field, const uint8_t *target)
{
    int32_t rel = rel32_to(field, target);
    memcpy(field, &rel, 4);
}

/* An aligned 4-byte store is atomic and, being inside one cache line,
 * is seen whole by a concurrent instruction fetch (SDM vol. 3, 8.1.1
 * and 8.1.3 cross-modifying code).  Release: the code the new target
 * points at is written before the jump can reach it. */
void x86_patch_jmp_atomic(uint8_t *field, const uint8_t *target)
{
    assert(((uintptr_t)field & 3) == 0 && "use x86_jmp_rel32_aligned");
    __atomic_store_n((int32_t *)(void *)field, rel32_to(field, target),
                     __ATOMIC_RELEASE);
}

void x86_jmp_r(struct codebuf *cb, int r)
{
    op_reg(cb, false, 0xff, 4, r);
}

void x86_jmp_m(struct codebuf *cb, struct x86_mem m)
{
    op_mem(cb, false, 0xff, 4, m);
}

void x86_call_r(struct codebuf *cb, int r)
{
    op_reg(cb, false, 0xff, 2, r);
}

void x86_call_abs(struct codebuf *cb, const void *fn)
{
    intptr_t rel = (intptr_t)fn - (intptr_t)(cb->ptr + 5);
    if (fits_s32(rel)) {
        cb_byte(cb, 0xe8);
        cb_u32(cb, (uint32_t)rel);
    } else {
        x86_mov_ri(cb, X86_RAX, (uintptr_t)fn);
        x86_call_r(cb, X86_RAX);
    }
}

void x86_ret(struct codebuf *cb) { cb_byte(cb, 0xc3); }
void x86_ud2(struct codebuf *cb) { cb_bytes(cb, (const uint8_t[]){ 0x0f, 0x0b }, 2); }
void x86_int3(struct codebuf *cb) { cb_byte(cb, 0xcc); }

/* The recommended multi-byte NOP sequences, SDM vol. 2 "NOP", table 4-12. */
static const uint8_t nop_forms[9][9] = {
    { 0x90 },
    { 0x66, 0x90 },
    { 0x0f, 0x1f, 0x00 },
    { 0x0f, 0x1f, 0x40, 0x00 },
    { 0x0f, 0x1f, 0x44, 0x00, 0x00 },
    { 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
    { 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 },
    { 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
    { 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
};

void x86_nop(struct codebuf *cb, unsigned n)
{
    while (n > 0) {
        unsigned k = n < 9 ? n : 9;
        cb_bytes(cb, nop_forms[k - 1], k);
        n -= k;
    }
}

/* -- SSE2 moves -- */

void x86_movq_xr(struct codebuf *cb, int xmm, int r)
{
    cb_byte(cb, PFX_OPSZ);
    op_reg(cb, true, 0x0f6e, xmm, r);           /* 66 REX.W 0F 6E /r */
}

void x86_movq_rx(struct codebuf *cb, int r, int xmm)
{
    cb_byte(cb, PFX_OPSZ);
    op_reg(cb, true, 0x0f7e, xmm, r);           /* 66 REX.W 0F 7E /r */
}

void x86_movdqu_load(struct codebuf *cb, int xmm, struct x86_mem m)
{
    cb_byte(cb, PFX_REP);
    op_mem(cb, false, 0x0f6f, xmm, m);
}

void x86_movdqu_store(struct codebuf *cb, int xmm, struct x86_mem m)
{
    cb_byte(cb, PFX_REP);
    op_mem(cb, false, 0x0f7f, xmm, m);
}

/* -- Additions to encode.h (declared in its "helper additions" block) -- */

uint8_t *x86_jmp_rel32_aligned(struct codebuf *cb)
{
    /* The field starts one byte after the opcode. */
    x86_nop(cb, (unsigned)(-(uintptr_t)(cb->ptr + 1) & 3));
    return x86_jmp_rel32(cb);
}

/* -- Addition for tier-up counters (lead) -- */

/* sub dword [rip + disp32], imm8: target must be within +-2 GiB. */
void x86_sub_rip32_imm8(struct codebuf *cb, const void *target, int8_t imm)
{
    int64_t disp = (const uint8_t *)target - (cb->ptr + 7);
    if (disp != (int32_t)disp) {
        cb->overflow = true;     /* cannot happen inside one code buffer */
        return;
    }
    cb_byte(cb, 0x83);
    cb_byte(cb, 0x2d);           /* mod 00, /5 (sub), rm 101 = rip */
    cb_u32(cb, (uint32_t)(int32_t)disp);
    cb_byte(cb, (uint8_t)imm);
}

/* -- Additions (lead): SSE scalar arithmetic and MXCSR for the FP fast
 *    path (backend/x86_64/lower_fp.c) -- */

/* prefix 0F op /r with xmm registers (prefix 0: none; 0x66, 0xF2, 0xF3). */
void x86_sse_rr(struct codebuf *cb, uint8_t prefix, uint8_t op, int dst, int src)
{
    if (prefix)
        cb_byte(cb, prefix);
    if (dst >= 8 || src >= 8)
        cb_byte(cb, 0x40 | (dst >= 8 ? 4 : 0) | (src >= 8 ? 1 : 0));
    cb_byte(cb, 0x0f);
    cb_byte(cb, op);
    cb_byte(cb, 0xc0 | (dst & 7) << 3 | (src & 7));
}

/* VEX.LIG.66.0F38.W{0,1} op /r: vfm*231s{s,d} dst, src1, src2 (xmm0-7). */
void x86_vfma231(struct codebuf *cb, uint8_t op, bool dbl, int dst, int src1,
                 int src2)
{
    cb_byte(cb, 0xc4);
    cb_byte(cb, 0xe2);                          /* R X B = 1 (none), map 0F38 */
    cb_byte(cb, (dbl ? 0x80 : 0) | (~src1 & 15) << 3 | 0x01);   /* W vvvv L=0 pp=66 */
    cb_byte(cb, op);
    cb_byte(cb, 0xc0 | (dst & 7) << 3 | (src2 & 7));
}

static void mxcsr_mem(struct codebuf *cb, int digit, struct x86_mem m)
{
    /* 0F AE /digit with a [base + disp] operand (base below r8 or r8+) */
    if (m.base >= 8)
        cb_byte(cb, 0x41);
    cb_byte(cb, 0x0f);
    cb_byte(cb, 0xae);
    bool sib = (m.base & 7) == 4;
    bool d8 = m.disp == (int8_t)m.disp;
    cb_byte(cb, (d8 ? 0x40 : 0x80) | digit << 3 | (sib ? 4 : (m.base & 7)));
    if (sib)
        cb_byte(cb, 0x24);
    if (d8)
        cb_byte(cb, (uint8_t)m.disp);
    else
        cb_u32(cb, (uint32_t)m.disp);
}

void x86_stmxcsr(struct codebuf *cb, struct x86_mem m)
{
    mxcsr_mem(cb, 3, m);
}

void x86_ldmxcsr(struct codebuf *cb, struct x86_mem m)
{
    mxcsr_mem(cb, 2, m);
}
