/*
 * lower_mem.c - x86-64 code for memory ops.  Guest memory is host memory
 * (DESIGN.md decision 1): a guest load is one mov from [base + disp].
 */
#include "lower.h"

#define W(op) ((op)->width == IR_W64)

static void load(struct lower *L, const struct ir_op *op, int d,
                 struct x86_mem m)
{
    int size = (int)(op->c[0] & MO_SIZE);
    bool sign = op->c[0] & MO_SIGN;
    x86_load(L->cb, size, sign, d, m);
    /* a 32-bit op zero-extends, also after a sign-extending load */
    if (sign && !W(op) && size < 3)
        x86_mov_rr(L->cb, false, d, d);
}

void emit_ld(struct lower *L, const struct ir_op *op, const struct opnd *o,
             const int *s)
{
    (void)s;
    load(L, op, o[0].reg, X86_MEM(o[1].reg, (int32_t)op->c[1]));
}

void emit_st(struct lower *L, const struct ir_op *op, const struct opnd *o,
             const int *s)
{
    (void)s;
    x86_store(L->cb, (int)(op->c[0] & MO_SIZE), o[0].reg,
              X86_MEM(o[1].reg, (int32_t)op->c[1]));
}

void emit_ld_env(struct lower *L, const struct ir_op *op, const struct opnd *o,
                 const int *s)
{
    (void)s;
    load(L, op, o[0].reg, X86_MEM(ENV_REG, (int32_t)op->c[1]));
}

void emit_st_env(struct lower *L, const struct ir_op *op, const struct opnd *o,
                 const int *s)
{
    (void)s;
    x86_store(L->cb, (int)(op->c[0] & MO_SIZE), o[0].reg,
              X86_MEM(ENV_REG, (int32_t)op->c[1]));
}

/* x86 is TSO: only a full barrier (store->load order) needs mfence. */
void emit_mb(struct lower *L, const struct ir_op *op, const struct opnd *o,
             const int *s)
{
    (void)o, (void)s;
    if (op->c[0] == MB_FULL)
        x86_mfence(L->cb);
}
