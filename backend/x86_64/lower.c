/*
 * lower.c - the descriptor of every IR op for the x86-64 backend: which
 * registers and immediates its operands may use, what it clobbers, and
 * its emitter (lower_alu.c, lower_flags.c, lower_mem.c).  Control-flow
 * ops (labels, goto_tb, calls, ...) are handled in codegen.c.
 */
#include "lower.h"

#define EMITTERS(X)                                                         \
    X(mov) X(movi) X(add) X(sub) X(and) X(or) X(xor) X(andc) X(orc) X(eqv)  \
    X(neg) X(not) X(shl) X(shr) X(sar) X(rotr) X(mul) X(mulsh) X(muluh)     \
    X(divs) X(divu) X(ext8s) X(ext8u) X(ext16s) X(ext16u) X(ext32s)         \
    X(ext32u) X(clz) X(ctz) X(bswap) X(extract) X(sextract) X(deposit)      \
    X(setcond) X(movcond) X(brcond) X(add_f) X(sub_f) X(and_f) X(adc)       \
    X(adc_f) X(sbc) X(ccmp_f) X(setcond_f) X(movcond_f) X(brcond_f)         \
    X(flags_load) X(flags_store) X(ld) X(st) X(ld_env) X(st_env) X(mb)   \
    X(cmp_f) X(test_f) X(fpop)

#define DECLARE(name)                                                       \
    void emit_##name(struct lower *L, const struct ir_op *op,               \
                     const struct opnd *o, const int *s);
EMITTERS(DECLARE)

#define RAX REG_BIT(X86_RAX)
#define RCX REG_BIT(X86_RCX)
#define RDX REG_BIT(X86_RDX)
#define NOT(m) (ALLOCATABLE_REGS & ~(m))

/* Shared shapes. */
#define BIN2(fn)   { .emit = emit_##fn, .in_imm = 2, .out_in0 = true, .flags = true }
#define UN2(fn, f) { .emit = emit_##fn, .out_in0 = true, .flags = f }
#define UN3(fn)    { .emit = emit_##fn }
#define SHIFT(fn)  { .emit = emit_##fn, .in_mask = { NOT(RCX), RCX }, .in_imm = 2, \
                     .out_in0 = true, .flags = true }
#define EXT(fn)    { .emit = emit_##fn }

static const struct op_desc descs[IR_NR_OPS] = {
    [IR_mov] = { .emit = emit_mov, .in_imm = 1 },
    [IR_movi] = { .emit = emit_movi },
    [IR_add] = { .emit = emit_add, .in_imm = 2 },
    [IR_sub] = BIN2(sub), [IR_and] = BIN2(and), [IR_or] = BIN2(or),
    [IR_xor] = BIN2(xor), [IR_mul] = BIN2(mul),
    [IR_andc] = { .emit = emit_andc, .in_imm = 2, .out_in0 = true,
                  .nscratch = 1, .flags = true },
    [IR_orc] = { .emit = emit_orc, .in_imm = 2, .out_in0 = true,
                 .nscratch = 1, .flags = true },
    [IR_eqv] = { .emit = emit_eqv, .in_imm = 2, .out_in0 = true,
                 .nscratch = 1, .flags = true },
    [IR_neg] = UN2(neg, true), [IR_not] = UN2(not, false),
    [IR_bswap] = UN2(bswap, false),
    [IR_shl] = SHIFT(shl), [IR_shr] = SHIFT(shr), [IR_sar] = SHIFT(sar),
    [IR_rotr] = SHIFT(rotr),
    [IR_mulsh] = { .emit = emit_mulsh, .in_mask = { RAX, NOT(RAX | RDX) },
                   .out_mask = RDX, .clobbers = RAX | RDX, .flags = true },
    [IR_muluh] = { .emit = emit_muluh, .in_mask = { RAX, NOT(RAX | RDX) },
                   .out_mask = RDX, .clobbers = RAX | RDX, .flags = true },
    [IR_divs] = { .emit = emit_divs, .in_mask = { RAX, NOT(RAX | RDX) },
                  .out_mask = RAX, .clobbers = RAX | RDX, .flags = true },
    [IR_divu] = { .emit = emit_divu, .in_mask = { RAX, NOT(RAX | RDX) },
                  .out_mask = RAX, .clobbers = RAX | RDX, .flags = true },
    [IR_ext8s] = EXT(ext8s), [IR_ext8u] = EXT(ext8u),
    [IR_ext16s] = EXT(ext16s), [IR_ext16u] = EXT(ext16u),
    [IR_ext32s] = EXT(ext32s), [IR_ext32u] = EXT(ext32u),
    [IR_clz] = { .emit = emit_clz, .nscratch = 1, .flags = true },
    [IR_ctz] = { .emit = emit_ctz, .nscratch = 1, .flags = true },
    [IR_extract] = UN2(extract, true), [IR_sextract] = UN2(sextract, true),
    [IR_deposit] = { .emit = emit_deposit, .in_imm = 2, .out_in0 = true,
                     .nscratch = 2, .flags = true },
    [IR_setcond] = { .emit = emit_setcond, .in_imm = 2, .flags = true },
    [IR_movcond] = { .emit = emit_movcond, .in_imm = 2 | 8, .flags = true },
    [IR_brcond] = { .emit = emit_brcond, .in_imm = 2, .flags = true },
    [IR_add_f] = BIN2(add_f), [IR_sub_f] = BIN2(sub_f), [IR_and_f] = BIN2(and_f),
    [IR_adc] = BIN2(adc), [IR_adc_f] = BIN2(adc_f),
    [IR_sbc] = BIN2(sbc), [IR_sbc_f] = BIN2(sbc),
    [IR_ccmp_f] = { .emit = emit_ccmp_f, .in_imm = 2, .nscratch = 1,
                    .flags = true },
    [IR_setcond_f] = { .emit = emit_setcond_f },
    [IR_movcond_f] = { .emit = emit_movcond_f },
    [IR_brcond_f] = { .emit = emit_brcond_f },
    [IR_flags_load] = { .emit = emit_flags_load, .flags = true },
    [IR_flags_store] = { .emit = emit_flags_store },
    [IR_ld] = { .emit = emit_ld },
    [IR_st] = { .emit = emit_st },
    [IR_ld_env] = { .emit = emit_ld_env },
    [IR_st_env] = { .emit = emit_st_env },
    [IR_mb] = { .emit = emit_mb },
    [IR_fpop] = { .emit = emit_fpop, .nscratch = 2, .flags = true },
};

/* Flag producers whose result is unused compare without a copy. */
static const struct op_desc desc_cmp_f = { .emit = emit_cmp_f, .in_imm = 2,
                                           .out_no_reg = true, .flags = true };
static const struct op_desc desc_test_f = { .emit = emit_test_f, .in_imm = 2,
                                            .out_no_reg = true, .flags = true };

const struct op_desc *lower_desc(enum ir_opcode opc, const struct ir_op *op)
{
    bool out_dead = op && (op->dead & 1);
    if (opc == IR_sub_f && out_dead)
        return &desc_cmp_f;
    if (opc == IR_and_f && out_dead)
        return &desc_test_f;
    return descs[opc].emit ? &descs[opc] : NULL;
}

bool lower_imm_fits(int64_t v, bool w64)
{
    if (!w64)
        v = (int32_t)(uint32_t)v;   /* a 32-bit op only sees the low half */
    return v == (int32_t)v;
}

enum x86_cond lower_cond(enum ir_cond c)
{
    static const enum x86_cond map[IR_NR_CONDS] = {
        [IR_EQ] = X86_CC_E, [IR_NE] = X86_CC_NE, [IR_LT] = X86_CC_L,
        [IR_GE] = X86_CC_GE, [IR_LE] = X86_CC_LE, [IR_GT] = X86_CC_G,
        [IR_LTU] = X86_CC_B, [IR_GEU] = X86_CC_AE, [IR_LEU] = X86_CC_BE,
        [IR_GTU] = X86_CC_A, [IR_TSTEQ] = X86_CC_E, [IR_TSTNE] = X86_CC_NE,
    };
    return map[c];
}

/* Arm condition -> x86 condition, flags in the subtract convention
 * (CF = NOT C): Arm ARM C1.2.4 against Intel SDM Jcc. */
enum x86_cond lower_fcond(unsigned fc)
{
    static const enum x86_cond map[14] = {
        X86_CC_E, X86_CC_NE,    /* EQ NE: Z */
        X86_CC_AE, X86_CC_B,    /* CS CC: C = !CF */
        X86_CC_S, X86_CC_NS,    /* MI PL */
        X86_CC_O, X86_CC_NO,    /* VS VC */
        X86_CC_A, X86_CC_BE,    /* HI: C && !Z = !CF && !ZF; LS */
        X86_CC_GE, X86_CC_L,    /* GE LT: N == V */
        X86_CC_G, X86_CC_LE,    /* GT LE */
    };
    return map[fc];
}
