/*
 * lower_alu.c - x86-64 code for the integer IR ops (moves, arithmetic,
 * shifts, extensions, bit fields, compares).  Each emitter gets its
 * operands placed by codegen.c as its descriptor (lower.c) asked:
 * o[0] is the output, o[1..] the inputs.
 */
#include "lower.h"
#include "host_features.h"

#define W(op) ((op)->width == IR_W64)

void emit_mov(struct lower *L, const struct ir_op *op, const struct opnd *o,
              const int *s)
{
    (void)s;
    if (o[1].imm)
        x86_mov_ri(L->cb, o[0].reg, W(op) ? (uint64_t)o[1].value
                                          : (uint32_t)o[1].value);
    else if (o[0].reg != o[1].reg || !W(op))
        x86_mov_rr(L->cb, W(op), o[0].reg, o[1].reg);
}

void emit_movi(struct lower *L, const struct ir_op *op, const struct opnd *o,
               const int *s)
{
    (void)s;
    x86_mov_ri(L->cb, o[0].reg, op->c[0]);
}

/* add never changes EFLAGS: lea d, [a + b] / [a + imm] */
void emit_add(struct lower *L, const struct ir_op *op, const struct opnd *o,
              const int *s)
{
    (void)s;
    if (o[2].imm)
        x86_lea(L->cb, W(op), o[0].reg, X86_MEM(o[1].reg, (int32_t)o[2].value));
    else
        x86_lea(L->cb, W(op), o[0].reg, X86_MEMX(o[1].reg, o[2].reg, 1, 0));
}

static void alu2(struct lower *L, const struct ir_op *op, const struct opnd *o,
                 enum x86_alu alu)
{
    if (o[2].imm)
        x86_alu_ri(L->cb, alu, W(op), o[0].reg, (int32_t)o[2].value);
    else
        x86_alu_rr(L->cb, alu, W(op), o[0].reg, o[2].reg);
}

#define ALU2(name, alu)                                                     \
    void emit_##name(struct lower *L, const struct ir_op *op,               \
                     const struct opnd *o, const int *s)                    \
    {                                                                       \
        (void)s;                                                            \
        alu2(L, op, o, alu);                                                \
    }
ALU2(sub, X86_SUB)
ALU2(and, X86_AND)
ALU2(or, X86_OR)
ALU2(xor, X86_XOR)

/* andc/orc/eqv: d = a OP ~b; b complemented in a scratch register */
static void alu_not_b(struct lower *L, const struct ir_op *op,
                      const struct opnd *o, const int *s, enum x86_alu alu)
{
    if (o[2].imm) {
        x86_alu_ri(L->cb, alu, W(op), o[0].reg, (int32_t)~o[2].value);
        return;
    }
    x86_mov_rr(L->cb, true, s[0], o[2].reg);
    x86_not(L->cb, W(op), s[0]);
    x86_alu_rr(L->cb, alu, W(op), o[0].reg, s[0]);
}

void emit_andc(struct lower *L, const struct ir_op *op, const struct opnd *o,
               const int *s)
{
    alu_not_b(L, op, o, s, X86_AND);
}

void emit_orc(struct lower *L, const struct ir_op *op, const struct opnd *o,
              const int *s)
{
    alu_not_b(L, op, o, s, X86_OR);
}

void emit_eqv(struct lower *L, const struct ir_op *op, const struct opnd *o,
              const int *s)
{
    alu_not_b(L, op, o, s, X86_XOR);
}

void emit_neg(struct lower *L, const struct ir_op *op, const struct opnd *o,
              const int *s)
{
    (void)s;
    x86_neg(L->cb, W(op), o[0].reg);
}

void emit_not(struct lower *L, const struct ir_op *op, const struct opnd *o,
              const int *s)
{
    (void)s;
    x86_not(L->cb, W(op), o[0].reg);
}

/* Shifts: count imm -> shift_ri (count mod width, 0 = nothing); count in
 * a register -> it was placed in RCX by the descriptor. */
static void shift(struct lower *L, const struct ir_op *op, const struct opnd *o,
                  enum x86_shift sh)
{
    unsigned width = W(op) ? 64 : 32;
    if (o[2].imm) {
        unsigned n = (unsigned)o[2].value & (width - 1);
        if (n)
            x86_shift_ri(L->cb, sh, W(op), o[0].reg, (uint8_t)n);
        else if (!W(op))
            x86_mov_rr(L->cb, false, o[0].reg, o[0].reg);
        return;
    }
    x86_shift_cl(L->cb, sh, W(op), o[0].reg);
}

#define SHIFT(name, sh)                                                     \
    void emit_##name(struct lower *L, const struct ir_op *op,               \
                     const struct opnd *o, const int *s)                    \
    {                                                                       \
        (void)s;                                                            \
        shift(L, op, o, sh);                                                \
    }
SHIFT(shl, X86_SHL)
SHIFT(shr, X86_SHR)
SHIFT(sar, X86_SAR)
SHIFT(rotr, X86_ROR)

void emit_mul(struct lower *L, const struct ir_op *op, const struct opnd *o,
              const int *s)
{
    (void)s;
    if (o[2].imm)
        x86_imul_rri(L->cb, W(op), o[0].reg, o[0].reg, (int32_t)o[2].value);
    else
        x86_imul_rr(L->cb, W(op), o[0].reg, o[2].reg);
}

/* mulsh/muluh: RAX holds a (copy), result high half lands in RDX. */
void emit_mulsh(struct lower *L, const struct ir_op *op, const struct opnd *o,
                const int *s)
{
    (void)s;
    x86_imul1(L->cb, W(op), o[2].reg);
}

void emit_muluh(struct lower *L, const struct ir_op *op, const struct opnd *o,
                const int *s)
{
    (void)s;
    x86_mul1(L->cb, W(op), o[2].reg);
}

/* Arm division (Arm ARM C6.2.x SDIV/UDIV): x/0 = 0 and MIN/-1 = MIN, where
 * x86 would raise #DE.  a is in RAX (output), b in a register other than
 * RAX and RDX. */
static void emit_div(struct lower *L, const struct ir_op *op,
                     const struct opnd *o, bool sign)
{
    struct codebuf *cb = L->cb;
    uint8_t *to_zero, *to_div = NULL, *done1, *done2 = NULL;
    x86_test_rr(cb, W(op), o[2].reg, o[2].reg);
    to_zero = x86_jcc_rel32(cb, X86_CC_E);
    if (sign) {
        x86_alu_ri(cb, X86_CMP, W(op), o[2].reg, -1);
        to_div = x86_jcc_rel32(cb, X86_CC_NE);
        x86_neg(cb, W(op), X86_RAX);            /* MIN/-1 wraps to MIN */
        done2 = x86_jmp_rel32(cb);
        x86_patch_rel32(to_div, cb->ptr);
        x86_cqo(cb, W(op));
        x86_idiv(cb, W(op), o[2].reg);
    } else {
        x86_mov_ri(cb, X86_RDX, 0);
        x86_div(cb, W(op), o[2].reg);
    }
    if (!W(op))
        x86_mov_rr(cb, false, X86_RAX, X86_RAX);
    done1 = x86_jmp_rel32(cb);
    x86_patch_rel32(to_zero, cb->ptr);
    x86_mov_ri(cb, X86_RAX, 0);
    x86_patch_rel32(done1, cb->ptr);
    if (done2)
        x86_patch_rel32(done2, cb->ptr);
}

void emit_divs(struct lower *L, const struct ir_op *op, const struct opnd *o,
               const int *s)
{
    (void)s;
    emit_div(L, op, o, true);
}

void emit_divu(struct lower *L, const struct ir_op *op, const struct opnd *o,
               const int *s)
{
    (void)s;
    emit_div(L, op, o, false);
}

static void ext(struct lower *L, const struct opnd *o, int size, bool sign,
                bool w64)
{
    if (sign)
        x86_movsx(L->cb, w64, o[0].reg, o[1].reg, size);
    else if (size == 2)
        x86_mov_rr(L->cb, false, o[0].reg, o[1].reg);
    else
        x86_movzx(L->cb, o[0].reg, o[1].reg, size);
}

#define EXT(name, size, sign)                                               \
    void emit_##name(struct lower *L, const struct ir_op *op,               \
                     const struct opnd *o, const int *s)                    \
    {                                                                       \
        (void)s;                                                            \
        ext(L, o, size, sign, W(op) || (size) == 2);                        \
    }
EXT(ext8s, 0, true)
EXT(ext8u, 0, false)
EXT(ext16s, 1, true)
EXT(ext16u, 1, false)
EXT(ext32s, 2, true)
EXT(ext32u, 2, false)

/* clz/ctz with the width as the result for 0. */
void emit_clz(struct lower *L, const struct ir_op *op, const struct opnd *o,
              const int *s)
{
    int width = W(op) ? 64 : 32;
    if (host_features.lzcnt) {
        x86_lzcnt(L->cb, W(op), o[0].reg, o[1].reg);
        return;
    }
    x86_bsr(L->cb, W(op), o[0].reg, o[1].reg);
    x86_mov_ri(L->cb, s[0], (uint64_t)-1);
    x86_cmov(L->cb, X86_CC_E, true, o[0].reg, s[0]);
    x86_neg(L->cb, true, o[0].reg);
    x86_alu_ri(L->cb, X86_ADD, W(op), o[0].reg, width - 1);
}

void emit_ctz(struct lower *L, const struct ir_op *op, const struct opnd *o,
              const int *s)
{
    if (host_features.bmi1) {
        x86_tzcnt(L->cb, W(op), o[0].reg, o[1].reg);
        return;
    }
    x86_bsf(L->cb, W(op), o[0].reg, o[1].reg);
    x86_mov_ri(L->cb, s[0], W(op) ? 64 : 32);
    x86_cmov(L->cb, X86_CC_E, true, o[0].reg, s[0]);
}

void emit_bswap(struct lower *L, const struct ir_op *op, const struct opnd *o,
                const int *s)
{
    (void)s;
    x86_bswap(L->cb, W(op), o[0].reg);
}

/* extract: unsigned field [pos, pos+len) of a (output already = a) */
void emit_extract(struct lower *L, const struct ir_op *op, const struct opnd *o,
                  const int *s)
{
    (void)s;
    unsigned width = W(op) ? 64 : 32, pos = (unsigned)op->c[0];
    unsigned len = (unsigned)op->c[1];
    int d = o[0].reg;
    if (pos == 0 && (len == 8 || len == 16 || len == 32)) {
        if (len == 32)
            x86_mov_rr(L->cb, false, d, d);
        else
            x86_movzx(L->cb, d, d, len == 8 ? 0 : 1);
        return;
    }
    if (pos + len < width)
        x86_shift_ri(L->cb, X86_SHL, W(op), d, (uint8_t)(width - pos - len));
    if (len < width)
        x86_shift_ri(L->cb, X86_SHR, W(op), d, (uint8_t)(width - len));
    else if (!W(op))
        x86_mov_rr(L->cb, false, d, d);
}

void emit_sextract(struct lower *L, const struct ir_op *op,
                   const struct opnd *o, const int *s)
{
    (void)s;
    unsigned width = W(op) ? 64 : 32, pos = (unsigned)op->c[0];
    unsigned len = (unsigned)op->c[1];
    int d = o[0].reg;
    if (pos == 0 && (len == 8 || len == 16 || (len == 32 && W(op)))) {
        x86_movsx(L->cb, W(op), d, d, len == 8 ? 0 : len == 16 ? 1 : 2);
        return;
    }
    if (pos + len < width)
        x86_shift_ri(L->cb, X86_SHL, W(op), d, (uint8_t)(width - pos - len));
    if (len < width)
        x86_shift_ri(L->cb, X86_SAR, W(op), d, (uint8_t)(width - len));
    else if (!W(op))
        x86_mov_rr(L->cb, false, d, d);
}

/* deposit: d = a with b[0,len) at pos.  s0 = field, s1 = mask. */
void emit_deposit(struct lower *L, const struct ir_op *op,
                  const struct opnd *o, const int *s)
{
    unsigned width = W(op) ? 64 : 32, pos = (unsigned)op->c[0];
    unsigned len = (unsigned)op->c[1];
    uint64_t field = len >= 64 ? ~0ull : (1ull << len) - 1;
    uint64_t mask = (field << pos) & (width == 64 ? ~0ull : 0xffffffffull);
    if (o[2].imm)
        x86_mov_ri(L->cb, s[0], ((uint64_t)o[2].value & field) << pos);
    else {
        x86_mov_rr(L->cb, true, s[0], o[2].reg);
        if (len < 64) {
            x86_shift_ri(L->cb, X86_SHL, true, s[0], (uint8_t)(64 - len));
            x86_shift_ri(L->cb, X86_SHR, true, s[0], (uint8_t)(64 - len - pos));
        } else if (pos) {
            x86_shift_ri(L->cb, X86_SHL, true, s[0], (uint8_t)pos);
        }
    }
    x86_mov_ri(L->cb, s[1], ~mask);
    x86_alu_rr(L->cb, X86_AND, true, o[0].reg, s[1]);
    x86_alu_rr(L->cb, X86_OR, W(op), o[0].reg, s[0]);
}

static void cmp(struct lower *L, const struct ir_op *op, enum ir_cond c,
                const struct opnd *a, const struct opnd *b)
{
    bool tst = c == IR_TSTEQ || c == IR_TSTNE;
    if (b->imm) {
        if (tst)
            x86_test_ri(L->cb, W(op), a->reg, (int32_t)b->value);
        else
            x86_alu_ri(L->cb, X86_CMP, W(op), a->reg, (int32_t)b->value);
    } else if (tst) {
        x86_test_rr(L->cb, W(op), a->reg, b->reg);
    } else {
        x86_alu_rr(L->cb, X86_CMP, W(op), a->reg, b->reg);
    }
}

void emit_setcond(struct lower *L, const struct ir_op *op,
                  const struct opnd *o, const int *s)
{
    (void)s;
    enum ir_cond c = (enum ir_cond)op->c[0];
    cmp(L, op, c, &o[1], &o[2]);
    x86_setcc(L->cb, lower_cond(c), o[0].reg);
    x86_movzx(L->cb, o[0].reg, o[0].reg, 0);
}

/* movcond: d = cond(a, b) ? v1 : v2; d is a register of its own. */
void emit_movcond(struct lower *L, const struct ir_op *op,
                  const struct opnd *o, const int *s)
{
    (void)s;
    enum ir_cond c = (enum ir_cond)op->c[0];
    if (o[4].imm)
        x86_mov_ri(L->cb, o[0].reg, W(op) ? (uint64_t)o[4].value
                                          : (uint32_t)o[4].value);
    else
        x86_mov_rr(L->cb, W(op), o[0].reg, o[4].reg);
    cmp(L, op, c, &o[1], &o[2]);
    x86_cmov(L->cb, lower_cond(c), W(op), o[0].reg, o[3].reg);
}

void emit_brcond(struct lower *L, const struct ir_op *op,
                 const struct opnd *o, const int *s)
{
    (void)s;
    enum ir_cond c = (enum ir_cond)op->c[0];
    cmp(L, op, c, &o[0], &o[1]);
    lower_label_ref(L, (uint32_t)op->c[1],
                    x86_jcc_rel32(L->cb, lower_cond(c)));
}
