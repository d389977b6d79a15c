/*
 * lower_flags.c - x86-64 code for the IR ops on guest condition flags.
 *
 * Guest NZCV lives in EFLAGS in the "subtract convention"
 * (include/cpu_common.h): SF=N, ZF=Z, OF=V and CF = NOT C.  x86's sub/cmp
 * produce exactly that; add produces CF = C, so add-type producers finish
 * with cmc; logical producers leave CF=0 (C=0 wants CF=1): stc.  Every Arm
 * condition is then one x86 condition (lower_fcond in lower.c).
 */
#include "lower.h"
#include <stddef.h>
#include "cpu_common.h"

#define W(op) ((op)->width == IR_W64)

static void alu_in_place(struct lower *L, const struct ir_op *op,
                         const struct opnd *o, enum x86_alu alu)
{
    if (o[2].imm)
        x86_alu_ri(L->cb, alu, W(op), o[0].reg, (int32_t)o[2].value);
    else
        x86_alu_rr(L->cb, alu, W(op), o[0].reg, o[2].reg);
}

void emit_add_f(struct lower *L, const struct ir_op *op, const struct opnd *o,
                const int *s)
{
    (void)s;
    alu_in_place(L, op, o, X86_ADD);
    x86_cmc(L->cb);
}

void emit_sub_f(struct lower *L, const struct ir_op *op, const struct opnd *o,
                const int *s)
{
    (void)s;
    alu_in_place(L, op, o, X86_SUB);
}

/* sub_f / and_f whose result is unused: only the flags (cmp / test). */
void emit_cmp_f(struct lower *L, const struct ir_op *op, const struct opnd *o,
                const int *s)
{
    (void)s;
    if (o[2].imm)
        x86_alu_ri(L->cb, X86_CMP, W(op), o[1].reg, (int32_t)o[2].value);
    else
        x86_alu_rr(L->cb, X86_CMP, W(op), o[1].reg, o[2].reg);
}

void emit_test_f(struct lower *L, const struct ir_op *op, const struct opnd *o,
                 const int *s)
{
    (void)s;
    if (o[2].imm)
        x86_test_ri(L->cb, W(op), o[1].reg, (int32_t)o[2].value);
    else
        x86_test_rr(L->cb, W(op), o[1].reg, o[2].reg);
    x86_stc(L->cb);
}

void emit_and_f(struct lower *L, const struct ir_op *op, const struct opnd *o,
                const int *s)
{
    (void)s;
    alu_in_place(L, op, o, X86_AND);
    x86_stc(L->cb);
}

/* d = a + b + C: CF holds NOT C, so complement it for adc. */
void emit_adc(struct lower *L, const struct ir_op *op, const struct opnd *o,
              const int *s)
{
    (void)s;
    x86_cmc(L->cb);
    alu_in_place(L, op, o, X86_ADC);
}

void emit_adc_f(struct lower *L, const struct ir_op *op, const struct opnd *o,
                const int *s)
{
    emit_adc(L, op, o, s);
    x86_cmc(L->cb);
}

/* d = a - b - NOT C = a - b - CF: x86 sbb directly. */
void emit_sbc(struct lower *L, const struct ir_op *op, const struct opnd *o,
              const int *s)
{
    (void)s;
    alu_in_place(L, op, o, X86_SBB);
}

/* The EFLAGS image of an Arm NZCV nibble (c1 of ccmp_f). */
static uint32_t nzcv_to_eflags(unsigned nzcv)
{
    uint32_t f = HFLAG_FIXED;
    f |= (nzcv & 8) ? HFLAG_SF : 0;
    f |= (nzcv & 4) ? HFLAG_ZF : 0;
    f |= (nzcv & 2) ? 0 : HFLAG_CF;
    f |= (nzcv & 1) ? HFLAG_OF : 0;
    return f;
}

/* CCMP/CCMN: flags = cond ? compare(a, b) : #nzcv.  s0 is scratch. */
void emit_ccmp_f(struct lower *L, const struct ir_op *op, const struct opnd *o,
                 const int *s)
{
    struct codebuf *cb = L->cb;
    unsigned fc = (unsigned)op->c[0];
    bool cmn = op->c[2];
    uint8_t *to_else = NULL, *to_done = NULL;

    if (fc < 14)
        to_else = x86_jcc_rel32(cb, lower_fcond(fc ^ 1));
    if (cmn) {
        x86_mov_rr(cb, true, s[0], o[0].reg);
        if (o[1].imm)
            x86_alu_ri(cb, X86_ADD, W(op), s[0], (int32_t)o[1].value);
        else
            x86_alu_rr(cb, X86_ADD, W(op), s[0], o[1].reg);
        x86_cmc(cb);
    } else if (o[1].imm) {
        x86_alu_ri(cb, X86_CMP, W(op), o[0].reg, (int32_t)o[1].value);
    } else {
        x86_alu_rr(cb, X86_CMP, W(op), o[0].reg, o[1].reg);
    }
    if (!to_else)
        return;
    to_done = x86_jmp_rel32(cb);
    x86_patch_rel32(to_else, cb->ptr);
    x86_mov_ri(cb, s[0], nzcv_to_eflags((unsigned)op->c[1]));
    x86_push(cb, s[0]);
    x86_popfq(cb);
    x86_patch_rel32(to_done, cb->ptr);
}

void emit_setcond_f(struct lower *L, const struct ir_op *op,
                    const struct opnd *o, const int *s)
{
    (void)s;
    unsigned fc = (unsigned)op->c[0];
    if (fc >= 14) {
        x86_mov_ri(L->cb, o[0].reg, 1);
        return;
    }
    x86_mov_ri(L->cb, o[0].reg, 0);
    x86_setcc(L->cb, lower_fcond(fc), o[0].reg);
}

/* d = cond ? a : b; d is a register of its own (mov leaves flags alone). */
void emit_movcond_f(struct lower *L, const struct ir_op *op,
                    const struct opnd *o, const int *s)
{
    (void)s;
    unsigned fc = (unsigned)op->c[0];
    x86_mov_rr(L->cb, W(op), o[0].reg, fc >= 14 ? o[1].reg : o[2].reg);
    if (fc < 14)
        x86_cmov(L->cb, lower_fcond(fc), W(op), o[0].reg, o[1].reg);
}

void emit_brcond_f(struct lower *L, const struct ir_op *op,
                   const struct opnd *o, const int *s)
{
    (void)o;
    (void)s;
    unsigned fc = (unsigned)op->c[0];
    uint8_t *f = fc >= 14 ? x86_jmp_rel32(L->cb)
                          : x86_jcc_rel32(L->cb, lower_fcond(fc));
    lower_label_ref(L, (uint32_t)op->c[1], f);
}

void emit_flags_load(struct lower *L, const struct ir_op *op,
                     const struct opnd *o, const int *s)
{
    (void)op, (void)o, (void)s;
    x86_push_m(L->cb, X86_MEM(ENV_REG, offsetof(struct cpu_common, hflags)));
    x86_popfq(L->cb);
}

void emit_flags_store(struct lower *L, const struct ir_op *op,
                      const struct opnd *o, const int *s)
{
    (void)op, (void)o, (void)s;
    x86_pushfq(L->cb);
    x86_pop_m(L->cb, X86_MEM(ENV_REG, offsetof(struct cpu_common, hflags)));
}
