/*
 * liveness.c - backward liveness over a block: removes dead code and
 * records, for the register allocator, where each temp dies (op->dead)
 * and whether the guest flags held in host EFLAGS are still needed after
 * each op (op->hf_live).
 *
 * Rules (see ir.h): globals are live at every IR basic-block end (they are
 * written back there); locals are dead there; HF is dead at block ends and
 * labels (the frontend stores flags explicitly with flags_store).  A call
 * that may read or write globals makes every global live before it.
 */
#include <stdlib.h>
#include <string.h>
#include "ir.h"
#include "ferry.h"

struct live_state {
    struct ir_block *ir;
    uint8_t *live;
    bool hf;
};

static void bb_end(struct live_state *st)
{
    for (uint32_t t = 1; t < st->ir->nr_temps; t++)
        st->live[t] = st->ir->temps[t].kind == TEMP_GLOBAL;
    st->hf = false;
}

static void globals_live(struct live_state *st)
{
    for (uint32_t t = 1; t <= st->ir->nr_globals; t++)
        st->live[t] = 1;
}

static bool removable(const struct live_state *st, const struct ir_op *op)
{
    const struct ir_op_def *def = &ir_op_defs[op->opc];
    if (op->opc == IR_call)
        return (op->call->flags & CALL_PURE) && op->call->has_ret
               && !st->live[op->call->ret];
    if (def->outs == 0)
        return false;
    for (unsigned i = 0; i < def->outs; i++)
        if (st->live[op->args[i]])
            return false;
    if (def->flags & (OPF_PURE | OPF_PURE_ENV))
        return true;
    /* a flag producer whose flags and result are both unused */
    return (def->flags & OPF_WRITES_HF) && !(def->flags & OPF_SIDE) && !st->hf;
}

static void mark_use(struct live_state *st, struct ir_op *op, unsigned bit,
                     ir_temp t)
{
    if (st->ir->temps[t].kind == TEMP_CONST || st->ir->temps[t].kind == TEMP_ENV)
        return;
    if (!st->live[t])
        op->dead |= 1u << bit;
    st->live[t] = 1;
}

static void call_liveness(struct live_state *st, struct ir_op *op)
{
    struct ir_call *c = op->call;
    if (c->has_ret) {
        if (!st->live[c->ret])
            op->dead |= 0x80;
        st->live[c->ret] = 0;
    }
    if ((c->flags & (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS))
        != (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS))
        globals_live(st);
    for (unsigned i = 0; i < c->nargs; i++)
        mark_use(st, op, i, c->args[i]);
}

static void op_liveness(struct live_state *st, struct ir_op *op)
{
    const struct ir_op_def *def = &ir_op_defs[op->opc];
    op->dead = 0;
    if (op->opc == IR_brcond || op->opc == IR_brcond_f) {
        /* a conditional branch: globals are written back here, locals
         * flow on into the fall-through path (ir.h) */
        globals_live(st);
        st->hf = false;
    } else if (def->flags & OPF_BB_END) {
        bb_end(st);
    }
    op->hf_live = st->hf;
    if (op->opc == IR_call) {
        call_liveness(st, op);
        return;
    }
    for (unsigned i = 0; i < def->outs; i++) {
        if (!st->live[op->args[i]])
            op->dead |= 1u << i;
        st->live[op->args[i]] = 0;
    }
    if (def->flags & OPF_WRITES_HF)
        st->hf = false;
    if (def->flags & OPF_READS_HF)
        st->hf = true;
    for (unsigned i = 0; i < def->ins; i++)
        mark_use(st, op, def->outs + i, op->args[def->outs + i]);
}

void ir_liveness(struct ir_block *ir)
{
    struct live_state st = { .ir = ir };
    st.live = calloc(ir->nr_temps, 1);
    if (!st.live)
        fatal("out of memory in liveness");
    bb_end(&st);
    uint32_t out = ir->nr_ops;
    /* walk backwards, compacting surviving ops towards the end */
    for (uint32_t i = ir->nr_ops; i-- > 0;) {
        struct ir_op *op = &ir->ops[i];
        if (removable(&st, op))
            continue;
        op_liveness(&st, op);
        ir->ops[--out] = *op;
    }
    memmove(ir->ops, ir->ops + out, (ir->nr_ops - out) * sizeof(*ir->ops));
    ir->nr_ops -= out;
    free(st.live);
}
