/*
 * ir_dump.c - print a block's IR for -d op / -d op_opt, one op a line:
 *     add_i64 x0, x1, $0x10
 *     ld_i32 tmp5, x2, +8 [s32]
 */
#include <inttypes.h>
#include "ir.h"

static void dump_temp(const struct ir_block *ir, ir_temp t, FILE *f)
{
    const struct ir_temp_info *ti = &ir->temps[t];
    switch (ti->kind) {
    case TEMP_GLOBAL: fprintf(f, "%s", ti->name); break;
    case TEMP_CONST: fprintf(f, "$0x%" PRIx64, ti->value); break;
    case TEMP_ENV: fprintf(f, "env"); break;
    default: fprintf(f, "tmp%u", t); break;
    }
}

static void dump_call(const struct ir_block *ir, const struct ir_op *op, FILE *f)
{
    const struct ir_call *c = op->call;
    fprintf(f, " call %s", c->name);
    if (c->has_ret) {
        fprintf(f, " -> ");
        dump_temp(ir, c->ret, f);
    }
    for (unsigned i = 0; i < c->nargs; i++) {
        fprintf(f, i ? ", " : " (");
        dump_temp(ir, c->args[i], f);
    }
    fprintf(f, c->nargs ? ")\n" : "\n");
}

void ir_dump(const struct ir_block *ir, FILE *f)
{
    for (uint32_t i = 0; i < ir->nr_ops; i++) {
        const struct ir_op *op = &ir->ops[i];
        const struct ir_op_def *def = &ir_op_defs[op->opc];
        if (op->opc == IR_insn_start) {
            fprintf(f, " ---- %016" PRIx64 "\n", op->c[0]);
            continue;
        }
        if (op->opc == IR_call) {
            dump_call(ir, op, f);
            continue;
        }
        fprintf(f, " %s%s", def->name,
                (def->flags & OPF_PURE) ? (op->width ? "_i64" : "_i32") : "");
        unsigned n = def->outs + def->ins;
        for (unsigned a = 0; a < n; a++) {
            fprintf(f, a ? ", " : " ");
            dump_temp(ir, op->args[a], f);
        }
        for (unsigned c = 0; c < def->consts; c++)
            fprintf(f, "%s#0x%" PRIx64, (n || c) ? ", " : " ", op->c[c]);
        if (op->dead)
            fprintf(f, "  ; dead 0x%x", op->dead);
        fprintf(f, "\n");
    }
}
