/*
 * ir.c - building IR: temps, labels and one emitter per op.
 *
 * The op table (ir_ops.def) is the single source of op names and operand
 * counts; everything here just fills struct ir_op records in order.
 * Emitters never optimise: translate/opt.c does that on the whole block.
 */
#include <stdlib.h>
#include <string.h>
#include "ir.h"
#include "ferry.h"

const struct ir_op_def ir_op_defs[IR_NR_OPS] = {
#define IR_OP(name, outs, ins, consts, flags) { #name, outs, ins, consts, flags },
#include "ir_ops.def"
#undef IR_OP
};

static void *grow(void *p, uint32_t *cap, size_t elem)
{
    *cap = *cap ? *cap * 2 : 256;
    p = realloc(p, *cap * elem);
    if (!p)
        fatal("out of memory growing the IR");
    return p;
}

void ir_init(struct ir_block *ir)
{
    memset(ir, 0, sizeof(*ir));
    ir_temp t = ir_new_temp(ir);          /* temp 0: the env pointer */
    ir->temps[t].kind = TEMP_ENV;
    ir->env = t;
}

void ir_reset(struct ir_block *ir)
{
    ir->nr_ops = 0;
    ir->nr_temps = 1 + ir->nr_globals;
    ir->nr_labels = 0;
    ir->nr_calls = 0;
    ir->nr_pins = 0;
    for (uint32_t t = 1; t <= ir->nr_globals; t++)
        ir->temps[t].pin = -1;
}

void ir_free(struct ir_block *ir)
{
    free(ir->ops);
    free(ir->temps);
    free(ir->calls);
    memset(ir, 0, sizeof(*ir));
}

static ir_temp new_temp_kind(struct ir_block *ir, enum ir_temp_kind kind)
{
    if (ir->nr_temps == ir->cap_temps)
        ir->temps = grow(ir->temps, &ir->cap_temps, sizeof(*ir->temps));
    ir_temp t = ir->nr_temps++;
    memset(&ir->temps[t], 0, sizeof(ir->temps[t]));
    ir->temps[t].kind = kind;
    ir->temps[t].pin = -1;
    return t;
}

ir_temp ir_new_global(struct ir_block *ir, int32_t env_offset, const char *name)
{
    if (ir->nr_temps != 1 + ir->nr_globals)
        fatal("IR globals must be created before any other temp");
    ir_temp t = new_temp_kind(ir, TEMP_GLOBAL);
    ir->temps[t].env_offset = env_offset;
    ir->temps[t].name = name;
    ir->nr_globals++;
    return t;
}

ir_temp ir_new_temp(struct ir_block *ir)
{
    return new_temp_kind(ir, TEMP_LOCAL);
}

ir_temp ir_const(struct ir_block *ir, uint64_t value)
{
    ir_temp t = new_temp_kind(ir, TEMP_CONST);
    ir->temps[t].value = value;
    return t;
}

uint32_t ir_new_label(struct ir_block *ir)
{
    return ir->nr_labels++;
}

struct ir_op *ir_emit(struct ir_block *ir, enum ir_opcode opc, enum ir_width w)
{
    if (ir->nr_ops == ir->cap_ops)
        ir->ops = grow(ir->ops, &ir->cap_ops, sizeof(*ir->ops));
    struct ir_op *op = &ir->ops[ir->nr_ops++];
    memset(op, 0, sizeof(*op));
    op->opc = opc;
    op->width = w;
    return op;
}

/* -- Emitters -- */

static struct ir_op *emit_args(struct ir_block *ir, enum ir_opcode opc,
                               enum ir_width w, unsigned n, const ir_temp *a)
{
    struct ir_op *op = ir_emit(ir, opc, w);
    memcpy(op->args, a, n * sizeof(ir_temp));
    return op;
}

void ir_mov(struct ir_block *ir, enum ir_width w, ir_temp d, ir_temp a)
{
    emit_args(ir, IR_mov, w, 2, (ir_temp[]){ d, a });
}

void ir_movi(struct ir_block *ir, ir_temp d, uint64_t v)
{
    emit_args(ir, IR_movi, IR_W64, 1, &d)->c[0] = v;
}

void ir_binop(struct ir_block *ir, enum ir_opcode opc, enum ir_width w,
              ir_temp d, ir_temp a, ir_temp b)
{
    emit_args(ir, opc, w, 3, (ir_temp[]){ d, a, b });
}

void ir_unop(struct ir_block *ir, enum ir_opcode opc, enum ir_width w,
             ir_temp d, ir_temp a)
{
    emit_args(ir, opc, w, 2, (ir_temp[]){ d, a });
}

static void emit_field(struct ir_block *ir, enum ir_opcode opc,
                       enum ir_width w, ir_temp d, ir_temp a,
                       unsigned pos, unsigned len)
{
    struct ir_op *op = emit_args(ir, opc, w, 2, (ir_temp[]){ d, a });
    op->c[0] = pos;
    op->c[1] = len;
}

void ir_extract(struct ir_block *ir, enum ir_width w, ir_temp d, ir_temp a,
                unsigned pos, unsigned len)
{
    emit_field(ir, IR_extract, w, d, a, pos, len);
}

void ir_sextract(struct ir_block *ir, enum ir_width w, ir_temp d, ir_temp a,
                 unsigned pos, unsigned len)
{
    emit_field(ir, IR_sextract, w, d, a, pos, len);
}

void ir_deposit(struct ir_block *ir, enum ir_width w, ir_temp d, ir_temp a,
                ir_temp b, unsigned pos, unsigned len)
{
    struct ir_op *op = emit_args(ir, IR_deposit, w, 3, (ir_temp[]){ d, a, b });
    op->c[0] = pos;
    op->c[1] = len;
}

void ir_setcond(struct ir_block *ir, enum ir_width w, enum ir_cond c,
                ir_temp d, ir_temp a, ir_temp b)
{
    emit_args(ir, IR_setcond, w, 3, (ir_temp[]){ d, a, b })->c[0] = c;
}

void ir_movcond(struct ir_block *ir, enum ir_width w, enum ir_cond c,
                ir_temp d, ir_temp a, ir_temp b, ir_temp v1, ir_temp v2)
{
    emit_args(ir, IR_movcond, w, 5, (ir_temp[]){ d, a, b, v1, v2 })->c[0] = c;
}

void ir_brcond(struct ir_block *ir, enum ir_width w, enum ir_cond c,
               ir_temp a, ir_temp b, uint32_t label)
{
    struct ir_op *op = emit_args(ir, IR_brcond, w, 2, (ir_temp[]){ a, b });
    op->c[0] = c;
    op->c[1] = label;
}

void ir_flag_binop(struct ir_block *ir, enum ir_opcode opc, enum ir_width w,
                   ir_temp d, ir_temp a, ir_temp b)
{
    emit_args(ir, opc, w, 3, (ir_temp[]){ d, a, b });
}

void ir_ccmp_f(struct ir_block *ir, enum ir_width w, ir_temp a, ir_temp b,
               enum ir_fcond c, unsigned nzcv, bool is_cmn)
{
    struct ir_op *op = emit_args(ir, IR_ccmp_f, w, 2, (ir_temp[]){ a, b });
    op->c[0] = c;
    op->c[1] = nzcv;
    op->c[2] = is_cmn;
}

void ir_setcond_f(struct ir_block *ir, enum ir_fcond c, ir_temp d)
{
    emit_args(ir, IR_setcond_f, IR_W64, 1, &d)->c[0] = c;
}

void ir_movcond_f(struct ir_block *ir, enum ir_width w, enum ir_fcond c,
                  ir_temp d, ir_temp a, ir_temp b)
{
    emit_args(ir, IR_movcond_f, w, 3, (ir_temp[]){ d, a, b })->c[0] = c;
}

void ir_brcond_f(struct ir_block *ir, enum ir_fcond c, uint32_t label)
{
    struct ir_op *op = ir_emit(ir, IR_brcond_f, IR_W64);
    op->c[0] = c;
    op->c[1] = label;
}

void ir_flags_load(struct ir_block *ir)
{
    ir_emit(ir, IR_flags_load, IR_W64);
}

void ir_flags_store(struct ir_block *ir)
{
    ir_emit(ir, IR_flags_store, IR_W64);
}

static void emit_mem(struct ir_block *ir, enum ir_opcode opc, enum ir_width w,
                     ir_temp a0, ir_temp a1, int32_t off, enum ir_memop mo)
{
    struct ir_op *op = emit_args(ir, opc, w, 2, (ir_temp[]){ a0, a1 });
    op->c[0] = mo;
    op->c[1] = (uint64_t)(int64_t)off;
}

void ir_ld(struct ir_block *ir, enum ir_width w, ir_temp d, ir_temp addr,
           int32_t off, enum ir_memop mo)
{
    emit_mem(ir, IR_ld, w, d, addr, off, mo);
}

void ir_st(struct ir_block *ir, enum ir_width w, ir_temp val, ir_temp addr,
           int32_t off, enum ir_memop mo)
{
    emit_mem(ir, IR_st, w, val, addr, off, mo);
}

void ir_ld_env(struct ir_block *ir, enum ir_width w, ir_temp d, int32_t off,
               enum ir_memop mo)
{
    struct ir_op *op = emit_args(ir, IR_ld_env, w, 1, &d);
    op->c[0] = mo;
    op->c[1] = (uint64_t)(int64_t)off;
}

void ir_st_env(struct ir_block *ir, enum ir_width w, ir_temp val, int32_t off,
               enum ir_memop mo)
{
    struct ir_op *op = emit_args(ir, IR_st_env, w, 1, &val);
    op->c[0] = mo;
    op->c[1] = (uint64_t)(int64_t)off;
}

void ir_mb(struct ir_block *ir, enum ir_barrier b)
{
    ir_emit(ir, IR_mb, IR_W64)->c[0] = b;
}

void ir_fpop(struct ir_block *ir, enum ir_width w, enum ir_fpop op, ir_temp d,
             ir_temp a, ir_temp b, ir_temp c, uint32_t ctl_off,
             uint32_t status_off, uint32_t ctl_mask, void *helper)
{
    struct ir_op *o = emit_args(ir, IR_fpop, w, 4, (ir_temp[]){ d, a, b, c });
    o->c[0] = op;
    o->c[1] = ctl_off | (uint64_t)status_off << 16 | (uint64_t)ctl_mask << 32;
    o->c[2] = (uintptr_t)helper;
}

void ir_call(struct ir_block *ir, void *fn, const char *name, unsigned flags,
             ir_temp ret, unsigned nargs, const ir_temp *args)
{
    if (nargs > CALL_MAX_ARGS)
        fatal("helper %s: too many arguments", name);
    if (ir->nr_calls == ir->cap_calls) {
        /* ops point into calls[]: remember indices, fix pointers after */
        uintptr_t old = (uintptr_t)ir->calls;
        ir->calls = grow(ir->calls, &ir->cap_calls, sizeof(*ir->calls));
        for (uint32_t i = 0; old && i < ir->nr_ops; i++)
            if (ir->ops[i].call)
                ir->ops[i].call = ir->calls
                    + ((uintptr_t)ir->ops[i].call - old) / sizeof(*ir->calls);
    }
    struct ir_call *c = &ir->calls[ir->nr_calls++];
    memset(c, 0, sizeof(*c));
    c->fn = fn;
    c->name = name;
    c->nargs = nargs;
    c->flags = flags;
    c->has_ret = ret != IR_NO_TEMP;
    c->ret = ret;
    memcpy(c->args, args, nargs * sizeof(ir_temp));
    ir_emit(ir, IR_call, IR_W64)->call = c;
}

void ir_insn_start(struct ir_block *ir, uint64_t pc)
{
    ir_emit(ir, IR_insn_start, IR_W64)->c[0] = pc;
}

void ir_label(struct ir_block *ir, uint32_t label)
{
    ir_emit(ir, IR_label, IR_W64)->c[0] = label;
}

void ir_br(struct ir_block *ir, uint32_t label)
{
    ir_emit(ir, IR_br, IR_W64)->c[0] = label;
}

void ir_goto_tb(struct ir_block *ir, unsigned slot, uint64_t pc)
{
    struct ir_op *op = ir_emit(ir, IR_goto_tb, IR_W64);
    op->c[0] = slot;
    op->c[1] = pc;
}

void ir_goto_ptr(struct ir_block *ir, ir_temp pc)
{
    emit_args(ir, IR_goto_ptr, IR_W64, 1, &pc);
}

void ir_exit_tb(struct ir_block *ir, unsigned reason)
{
    ir_emit(ir, IR_exit_tb, IR_W64)->c[0] = reason;
}

void ir_exit_check(struct ir_block *ir, uint64_t pc)
{
    ir_emit(ir, IR_exit_check, IR_W64)->c[0] = pc;
}

void ir_discard(struct ir_block *ir, ir_temp t)
{
    emit_args(ir, IR_discard, IR_W64, 1, &t);
}
