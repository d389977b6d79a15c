/*
 * opt.c - the IR optimiser: constant propagation and folding.
 *
 * Contract:
 *  - Input: a block as the frontend emitted it.  Output: the same
 *    behaviour, with every input whose value is known at translation time
 *    replaced by a constant temp, and every pure op whose inputs are all
 *    constant replaced by a movi.  Algebraic identities (x+0, x&0, x*1 ...)
 *    turn ops into movs or movis.
 *  - Knowledge is per IR basic block: it is forgotten at labels, and
 *    knowledge about globals is forgotten after calls that may write them.
 *  - Rules are small and ordered: fold_op first tries "all inputs
 *    constant", then the identities of that op.  Nothing here removes
 *    ops; dead code goes in liveness.c.
 */
#include <stdlib.h>
#include <string.h>
#include "ir.h"
#include "ferry.h"

struct known {
    bool is_const;
    uint64_t value;
};

struct opt_state {
    struct ir_block *ir;
    struct known *k;        /* per temp */
    uint32_t nr;
};

static void forget_all(struct opt_state *st, bool globals_only)
{
    uint32_t end = globals_only ? 1 + st->ir->nr_globals : st->nr;
    for (uint32_t t = 1; t < end && t < st->nr; t++)
        if (st->ir->temps[t].kind != TEMP_CONST)
            st->k[t].is_const = false;
}

static void set_known(struct opt_state *st, ir_temp t, bool c, uint64_t v)
{
    if (t < st->nr) {
        st->k[t].is_const = c;
        st->k[t].value = v;
    }
}

static bool known(struct opt_state *st, ir_temp t, uint64_t *v)
{
    if (st->ir->temps[t].kind == TEMP_CONST) {
        *v = st->ir->temps[t].value;
        return true;
    }
    if (t >= st->nr)
        return false;
    *v = st->k[t].value;
    return st->k[t].is_const;
}

static void make_movi(struct ir_op *op, uint64_t v)
{
    ir_temp d = op->args[0];
    memset(op, 0, sizeof(*op));
    op->opc = IR_movi;
    op->width = IR_W64;
    op->args[0] = d;
    op->c[0] = v;
}

static void make_mov(struct ir_op *op, ir_temp src)
{
    op->opc = IR_mov;
    op->args[1] = src;
}

/* Identities of an op with one constant input; true if rewritten. */
static bool fold_identity(struct ir_op *op, bool ca, uint64_t a, bool cb,
                          uint64_t b)
{
    uint64_t ones = op->width == IR_W64 ? ~0ull : 0xffffffffull;
    if (op->width == IR_W32) { a = (uint32_t)a; b = (uint32_t)b; }
    switch (op->opc) {
    case IR_add: case IR_or: case IR_xor:
        if (cb && b == 0) { make_mov(op, op->args[1]); return true; }
        if (ca && a == 0) { make_mov(op, op->args[2]); return true; }
        break;
    case IR_sub: case IR_shl: case IR_shr: case IR_sar: case IR_rotr:
        if (cb && b == 0) { make_mov(op, op->args[1]); return true; }
        break;
    case IR_and:
        if ((cb && b == 0) || (ca && a == 0)) { make_movi(op, 0); return true; }
        if (cb && b == ones) { make_mov(op, op->args[1]); return true; }
        if (ca && a == ones) { make_mov(op, op->args[2]); return true; }
        break;
    case IR_mul:
        if ((cb && b == 0) || (ca && a == 0)) { make_movi(op, 0); return true; }
        if (cb && b == 1) { make_mov(op, op->args[1]); return true; }
        if (ca && a == 1) { make_mov(op, op->args[2]); return true; }
        break;
    default:
        break;
    }
    return false;
}

/* A 32-bit mov must still zero-extend, so only W64 movs propagate as-is. */
static void fold_op(struct opt_state *st, struct ir_op *op)
{
    const struct ir_op_def *def = &ir_op_defs[op->opc];
    uint64_t in[IR_MAX_ARGS], r;
    bool all = true;

    for (unsigned i = 0; i < def->ins; i++) {
        ir_temp t = op->args[def->outs + i];
        bool c = known(st, t, &in[i]);
        all &= c;
        if (c && st->ir->temps[t].kind != TEMP_CONST)
            op->args[def->outs + i] = ir_const(st->ir, in[i]);
    }
    if (!(def->flags & OPF_PURE) || def->outs != 1)
        return;
    if (all && ir_eval(op, in, &r)) {
        make_movi(op, r);
        return;
    }
    if (def->ins == 2) {
        uint64_t a = 0, b = 0;
        bool ca = known(st, op->args[1], &a), cb = known(st, op->args[2], &b);
        if (ca || cb)
            fold_identity(op, ca, a, cb, b);
    }
}

static void record_outputs(struct opt_state *st, struct ir_op *op)
{
    const struct ir_op_def *def = &ir_op_defs[op->opc];
    if (op->opc == IR_movi) {
        set_known(st, op->args[0], true, op->c[0]);
        return;
    }
    if (op->opc == IR_mov) {
        uint64_t v = 0;
        bool c = known(st, op->args[1], &v);
        if (op->width == IR_W32)
            v = (uint32_t)v;
        set_known(st, op->args[0], c, v);
        return;
    }
    for (unsigned i = 0; i < def->outs; i++)
        set_known(st, op->args[i], false, 0);
}

static void opt_call(struct opt_state *st, struct ir_op *op)
{
    struct ir_call *c = op->call;
    for (unsigned i = 0; i < c->nargs; i++) {
        uint64_t v = 0;
        if (known(st, c->args[i], &v) && st->ir->temps[c->args[i]].kind == TEMP_LOCAL)
            c->args[i] = ir_const(st->ir, v);
    }
    if (!(c->flags & CALL_NO_WRITE_GLOBALS))
        forget_all(st, true);
    if (c->has_ret)
        set_known(st, c->ret, false, 0);
}

void ir_optimize(struct ir_block *ir)
{
    struct opt_state st = { .ir = ir, .nr = ir->nr_temps };
    st.k = calloc(st.nr, sizeof(*st.k));
    if (!st.k)
        fatal("out of memory in the optimiser");
    for (uint32_t i = 0; i < ir->nr_ops; i++) {
        struct ir_op *op = &ir->ops[i];
        if (op->opc == IR_label) {
            forget_all(&st, false);
            continue;
        }
        if (op->opc == IR_call) {
            opt_call(&st, op);
            continue;
        }
        fold_op(&st, op);
        record_outputs(&st, op);
    }
    free(st.k);
}
