/*
 * pin.c - choose the globals a region keeps in host registers.
 *
 * A tier-2 region loops back to its head without leaving host code; if
 * its busiest guest registers live in fixed host registers for the whole
 * region, an iteration touches the CPU state only where the region is
 * left.  We count each global's uses and pin the most used ones (at least
 * two uses each).  The backend maps pin index i to its i-th pinnable
 * host register.
 */
#include <string.h>
#include "ir.h"

static void count_arg(const struct ir_block *ir, ir_temp t, uint32_t *uses)
{
    if (t != IR_NO_TEMP && t < ir->nr_temps && ir->temps[t].kind == TEMP_GLOBAL)
        uses[t]++;
}

void ir_pin_globals(struct ir_block *ir, unsigned max)
{
    uint32_t uses[1 + ir->nr_globals];
    memset(uses, 0, sizeof(uses));
    for (uint32_t i = 0; i < ir->nr_ops; i++) {
        const struct ir_op *op = &ir->ops[i];
        const struct ir_op_def *def = &ir_op_defs[op->opc];
        if (op->opc == IR_call) {
            for (unsigned a = 0; a < op->call->nargs; a++)
                count_arg(ir, op->call->args[a], uses);
            if (op->call->has_ret)
                count_arg(ir, op->call->ret, uses);
            continue;
        }
        for (unsigned a = 0; a < def->outs + def->ins; a++)
            count_arg(ir, op->args[a], uses);
    }
    ir->nr_pins = 0;
    while (ir->nr_pins < max) {
        uint32_t best = 0;
        for (uint32_t t = 1; t <= ir->nr_globals; t++)
            if (ir->temps[t].pin < 0 && uses[t] >= 2 && uses[t] > uses[best])
                best = t;
        if (!best)
            break;
        ir->temps[best].pin = (int8_t)ir->nr_pins++;
    }
}
