/*
 * test_fold.c - the IR's meaning on constants (ir_eval), the optimiser's
 * fold rules (translate/opt.c) and the liveness pass (translate/liveness.c).
 *
 * ir_eval is checked against a table of hand-computed results (every pure
 * op, both widths, edge values); the folder is checked to replace every
 * all-constant pure op by a movi of that value, to propagate known values,
 * to forget them where its contract says, and to apply each algebraic
 * identity (and no false one).  Liveness: dead pure ops and unused flag
 * producers disappear, ops with side effects stay, globals are live at
 * block ends and before helpers that read them, death bits and HF
 * liveness are where the register allocator needs them.
 */
#include <check.h>
#include <stdlib.h>
#include "core_test.h"

static struct ir_block ir;

static void setup(void)
{
    core_ir_init(&ir);
}

static void teardown(void)
{
    ir_free(&ir);
}

static ir_temp k(uint64_t v)
{
    return ir_const(&ir, v);
}

static const struct ir_op *op_at(uint32_t i)
{
    ck_assert_uint_lt(i, ir.nr_ops);
    return &ir.ops[i];
}

static void assert_movi(uint32_t i, ir_temp d, uint64_t v)
{
    const struct ir_op *op = op_at(i);
    ck_assert_msg(op->opc == IR_movi, "op %u is %s, not movi", i,
                  ir_op_defs[op->opc].name);
    ck_assert_uint_eq(op->args[0], d);
    ck_assert_msg(op->c[0] == v, "op %u: movi 0x%llx, expected 0x%llx", i,
                  (unsigned long long)op->c[0], (unsigned long long)v);
}

static void assert_mov(uint32_t i, enum ir_width w, ir_temp d, ir_temp s)
{
    const struct ir_op *op = op_at(i);
    ck_assert_msg(op->opc == IR_mov, "op %u is %s, not mov", i,
                  ir_op_defs[op->opc].name);
    ck_assert_int_eq(op->width, w);
    ck_assert_uint_eq(op->args[0], d);
    ck_assert_uint_eq(op->args[1], s);
}

static void assert_opc(uint32_t i, enum ir_opcode opc)
{
    const struct ir_op *op = op_at(i);
    ck_assert_msg(op->opc == opc, "op %u is %s, expected %s", i,
                  ir_op_defs[op->opc].name, ir_op_defs[opc].name);
}

/* Input n of op i is the constant v. */
static void assert_const_in(uint32_t i, unsigned n, uint64_t v)
{
    const struct ir_op *op = op_at(i);
    ir_temp t = op->args[ir_op_defs[op->opc].outs + n];
    ck_assert_msg(ir_is_const(&ir, t), "op %u input %u is not a constant", i, n);
    ck_assert_uint_eq(ir.temps[t].value, v);
}

static void assert_not_const_in(uint32_t i, unsigned n)
{
    const struct ir_op *op = op_at(i);
    ir_temp t = op->args[ir_op_defs[op->opc].outs + n];
    ck_assert_msg(!ir_is_const(&ir, t), "op %u input %u became a constant", i, n);
}

/* -- ir_eval against hand-computed results -- */

#define W32 IR_W32
#define W64 IR_W64
#define M64 0x8000000000000000ull

struct eval_case {
    enum ir_opcode opc;
    enum ir_width w;
    uint64_t a, b, c0, c1, want;
};

static const struct eval_case eval_cases[] = {
    { IR_mov, W32, 0x123456789, 0, 0, 0, 0x23456789 },
    { IR_mov, W64, 0x123456789, 0, 0, 0, 0x123456789 },
    { IR_add, W32, 0xffffffff, 1, 0, 0, 0 },
    { IR_add, W32, 0x100000001, 0x100000001, 0, 0, 2 },  /* low 32 bits only */
    { IR_add, W64, ~0ull, 1, 0, 0, 0 },
    { IR_sub, W32, 0, 1, 0, 0, 0xffffffff },
    { IR_sub, W64, 0, 1, 0, 0, ~0ull },
    { IR_and, W32, ~0ull, 0xf0f0f0f0f0f0f0f0, 0, 0, 0xf0f0f0f0 },
    { IR_or, W32, 0xff00000000, 1, 0, 0, 1 },
    { IR_xor, W64, 0xff, 0x0f, 0, 0, 0xf0 },
    { IR_andc, W32, ~0ull, 0xff, 0, 0, 0xffffff00 },
    { IR_andc, W64, ~0ull, 0xff, 0, 0, ~0xffull },
    { IR_orc, W32, 0, 0xffff0000, 0, 0, 0x0000ffff },
    { IR_orc, W64, 0, 0, 0, 0, ~0ull },
    { IR_eqv, W32, 0x0f, 0xff, 0, 0, 0xffffff0f },
    { IR_eqv, W64, 0, 0, 0, 0, ~0ull },
    { IR_neg, W32, 1, 0, 0, 0, 0xffffffff },
    { IR_neg, W32, 0x80000000, 0, 0, 0, 0x80000000 },
    { IR_neg, W64, M64, 0, 0, 0, M64 },
    { IR_not, W32, 0, 0, 0, 0, 0xffffffff },
    { IR_not, W64, 0, 0, 0, 0, ~0ull },
    { IR_shl, W32, 1, 31, 0, 0, 0x80000000 },
    { IR_shl, W32, 1, 32, 0, 0, 1 },                     /* count mod 32 */
    { IR_shl, W32, 1, 33, 0, 0, 2 },
    { IR_shl, W64, 1, 63, 0, 0, M64 },
    { IR_shl, W64, 1, 64, 0, 0, 1 },
    { IR_shl, W64, 3, 65, 0, 0, 6 },
    { IR_shr, W32, 0xffffffff00000000, 0, 0, 0, 0 },     /* reads low 32 */
    { IR_shr, W32, 0x80000000, 31, 0, 0, 1 },
    { IR_shr, W64, M64, 63, 0, 0, 1 },
    { IR_shr, W64, M64, 127, 0, 0, 1 },
    { IR_sar, W32, 0x80000000, 31, 0, 0, 0xffffffff },
    { IR_sar, W32, 0x80000000, 32, 0, 0, 0x80000000 },
    { IR_sar, W64, M64, 63, 0, 0, ~0ull },
    { IR_sar, W64, 0x4000000000000000, 62, 0, 0, 1 },
    { IR_rotr, W32, 1, 1, 0, 0, 0x80000000 },
    { IR_rotr, W32, 0x12345678, 36, 0, 0, 0x81234567 },
    { IR_rotr, W64, 1, 1, 0, 0, M64 },
    { IR_rotr, W64, 0x1234, 64, 0, 0, 0x1234 },
    { IR_mul, W32, 0x10000, 0x10000, 0, 0, 0 },
    { IR_mul, W32, 0xffffffff, 0xffffffff, 0, 0, 1 },
    { IR_mul, W64, 0x100000000, 0x100000000, 0, 0, 0 },
    { IR_mulsh, W64, ~0ull, ~0ull, 0, 0, 0 },             /* -1 * -1 = 1 */
    { IR_mulsh, W64, M64, 2, 0, 0, ~0ull },
    { IR_mulsh, W64, 0x7fffffffffffffff, 4, 0, 0, 1 },
    { IR_muluh, W64, ~0ull, ~0ull, 0, 0, ~1ull },
    { IR_muluh, W64, M64, 2, 0, 0, 1 },
    { IR_divs, W32, 7, 0, 0, 0, 0 },
    { IR_divs, W32, 0x80000000, 0xffffffff, 0, 0, 0x80000000 },
    { IR_divs, W32, 0xfffffff9, 2, 0, 0, 0xfffffffd },   /* -7/2 = -3 */
    { IR_divs, W64, M64, ~0ull, 0, 0, M64 },
    { IR_divs, W64, -7ull, 2, 0, 0, -3ull },
    { IR_divs, W64, 7, 0, 0, 0, 0 },
    { IR_divu, W32, 0xffffffff, 2, 0, 0, 0x7fffffff },
    { IR_divu, W32, 0x100000004, 2, 0, 0, 2 },
    { IR_divu, W64, ~0ull, 0, 0, 0, 0 },
    { IR_divu, W64, ~0ull, 2, 0, 0, 0x7fffffffffffffff },
    { IR_ext8s, W64, 0x80, 0, 0, 0, 0xffffffffffffff80 },
    { IR_ext8s, W32, 0x80, 0, 0, 0, 0xffffff80 },
    { IR_ext8u, W64, 0x1ff, 0, 0, 0, 0xff },
    { IR_ext16s, W64, 0x18000, 0, 0, 0, 0xffffffffffff8000 },
    { IR_ext16s, W32, 0x8000, 0, 0, 0, 0xffff8000 },
    { IR_ext16u, W32, 0xf8000, 0, 0, 0, 0x8000 },
    { IR_ext32s, W64, 0x80000000, 0, 0, 0, 0xffffffff80000000 },
    { IR_ext32s, W32, 0x80000000, 0, 0, 0, 0xffffffff80000000 }, /* always 64 */
    { IR_ext32u, W64, 0xffffffff80000000, 0, 0, 0, 0x80000000 },
    { IR_clz, W32, 0, 0, 0, 0, 32 },
    { IR_clz, W32, 0x100000000, 0, 0, 0, 32 },
    { IR_clz, W32, 1, 0, 0, 0, 31 },
    { IR_clz, W64, 0, 0, 0, 0, 64 },
    { IR_clz, W64, M64, 0, 0, 0, 0 },
    { IR_ctz, W32, 0, 0, 0, 0, 32 },
    { IR_ctz, W32, 0x100000000, 0, 0, 0, 32 },
    { IR_ctz, W64, 0, 0, 0, 0, 64 },
    { IR_ctz, W64, M64, 0, 0, 0, 63 },
    { IR_bswap, W32, 0xaabbccdd11223344, 0, 0, 0, 0x44332211 },
    { IR_bswap, W64, 0x0102030405060708, 0, 0, 0, 0x0807060504030201 },
    { IR_extract, W64, 0xabcd, 4, 4, 8, 0xbc },
    { IR_extract, W64, M64, 0, 63, 1, 1 },
    { IR_extract, W64, ~0ull, 0, 0, 64, ~0ull },
    { IR_extract, W32, 0xf0000000f, 0, 0, 32, 0xf },
    { IR_sextract, W64, 0x80, 0, 0, 8, 0xffffffffffffff80 },
    { IR_sextract, W64, 0xabcd, 0, 4, 8, 0xffffffffffffffbc },
    { IR_sextract, W32, 0x8000, 0, 8, 8, 0xffffff80 },
    { IR_sextract, W32, 0x80000000, 0, 31, 1, 0xffffffff },
    { IR_deposit, W64, ~0ull, 0, 8, 8, 0xffffffffffff00ff },
    { IR_deposit, W64, 0, ~0ull, 60, 4, 0xf000000000000000 },
    { IR_deposit, W32, 0xffffffffffffffff, 0, 0, 16, 0xffff0000 },
    { IR_deposit, W64, 0x1234, 0xabcd, 0, 64, 0xabcd },
};

static bool eval_case(const struct eval_case *c, uint64_t *r)
{
    struct ir_op op = { .opc = (uint16_t)c->opc, .width = c->w };
    op.c[0] = c->c0;
    op.c[1] = c->c1;
    uint64_t in[2] = { c->a, c->b };
    return ir_eval(&op, in, r);
}

START_TEST(ir_eval_matches_hand_computed_results)
{
    const struct eval_case *c = &eval_cases[_i];
    uint64_t r = 0;
    ck_assert_msg(eval_case(c, &r), "ir_eval refuses %s", ir_op_defs[c->opc].name);
    ck_assert_msg(r == c->want, "%s_i%d(0x%llx, 0x%llx) = 0x%llx, expected 0x%llx",
                  ir_op_defs[c->opc].name, c->w == W64 ? 64 : 32,
                  (unsigned long long)c->a, (unsigned long long)c->b,
                  (unsigned long long)r, (unsigned long long)c->want);
}
END_TEST

/* Every condition, signed/unsigned/test, both widths (ir_cond_eval). */
START_TEST(setcond_and_movcond_evaluate_every_condition)
{
    /* a = -1 (as i32 and i64), b = 1 */
    static const bool want[IR_NR_CONDS] = {
        [IR_EQ] = false, [IR_NE] = true, [IR_LT] = true, [IR_GE] = false,
        [IR_LE] = true, [IR_GT] = false, [IR_LTU] = false, [IR_GEU] = true,
        [IR_LEU] = false, [IR_GTU] = true, [IR_TSTEQ] = false, [IR_TSTNE] = true,
    };
    for (unsigned w = 0; w < 2; w++)
        for (unsigned c = 0; c < IR_NR_CONDS; c++) {
            struct ir_op op = { .opc = IR_setcond, .width = (uint8_t)w, .c = { c } };
            uint64_t a = w ? ~0ull : 0xffffffff00000000ull | 0xffffffff;
            uint64_t in[4] = { a, 1, 0x1111111111111111, 0x2222222222222222 }, r;
            ck_assert(ir_eval(&op, in, &r));
            ck_assert_msg(r == want[c], "setcond cond %u width %u: %llu", c, w,
                          (unsigned long long)r);
            op.opc = IR_movcond;
            ck_assert(ir_eval(&op, in, &r));
            uint64_t v = want[c] ? in[2] : in[3];
            ck_assert_uint_eq(r, w ? v : (uint32_t)v);
        }
    /* 32-bit compares read only the low halves */
    struct ir_op op = { .opc = IR_setcond, .width = W32, .c = { IR_EQ } };
    uint64_t in[2] = { 0x100000005, 0x200000005 }, r;
    ck_assert(ir_eval(&op, in, &r));
    ck_assert_uint_eq(r, 1);
}
END_TEST

START_TEST(ir_eval_refuses_ops_with_effects)
{
    static const enum ir_opcode no[] = { IR_ld, IR_st, IR_add_f, IR_adc,
        IR_setcond_f, IR_call, IR_brcond, IR_ld_env };
    for (unsigned i = 0; i < sizeof(no) / sizeof(no[0]); i++) {
        struct ir_op op = { .opc = (uint16_t)no[i], .width = W64 };
        uint64_t in[4] = { 1, 2, 3, 4 }, r;
        ck_assert_msg(!ir_eval(&op, in, &r), "ir_eval folds %s",
                      ir_op_defs[no[i]].name);
    }
}
END_TEST

/* -- Constant folding -- */

/* Every pure op with all inputs constant becomes one movi of ir_eval's
 * value (both widths; ir_eval itself is checked by the table above). */
START_TEST(every_pure_op_with_constant_inputs_becomes_movi)
{
    static const uint64_t vals[] = { 0, 1, ~0ull, 0x80000000, M64, 0x123456789abcdef0, 33 };
    for (unsigned opc = 0; opc < IR_NR_OPS; opc++) {
        const struct ir_op_def *def = &ir_op_defs[opc];
        if (!(def->flags & OPF_PURE) || opc == IR_movi)
            continue;
        for (unsigned w = 0; w < 2; w++)
            for (unsigned v = 0; v < 7; v++) {
                ir_reset(&ir);
                struct ir_op *op = ir_emit(&ir, (enum ir_opcode)opc, (enum ir_width)w);
                op->args[0] = ir_g(0);
                uint64_t in[4];
                for (unsigned i = 0; i < def->ins; i++) {
                    in[i] = vals[(v + 3 * i) % 7];
                    ir.ops[0].args[1 + i] = k(in[i]);
                }
                op = &ir.ops[0];
                if (opc == IR_extract || opc == IR_sextract || opc == IR_deposit) {
                    op->c[0] = 4;
                    op->c[1] = 8;
                } else if (opc == IR_setcond || opc == IR_movcond) {
                    op->c[0] = v % IR_NR_CONDS;
                }
                uint64_t want;
                ck_assert(ir_eval(op, in, &want));
                ir_optimize(&ir);
                assert_movi(0, ir_g(0), want);
            }
    }
}
END_TEST

START_TEST(known_values_propagate_into_later_ops)
{
    ir_temp t = ir_new_temp(&ir);
    ir_movi(&ir, t, 5);
    ir_add(&ir, W64, ir_g(0), t, k(3));           /* 8 */
    ir_shl(&ir, W64, ir_g(1), ir_g(0), k(2));     /* 32 */
    ir_mov(&ir, W64, ir_g(2), ir_g(1));
    ir_st(&ir, W64, ir_g(2), ir_g(3), 0, MO_64);  /* not folded, input known */
    ir_optimize(&ir);
    assert_movi(1, ir_g(0), 8);
    assert_movi(2, ir_g(1), 32);
    assert_movi(3, ir_g(2), 32);
    assert_opc(4, IR_st);
    assert_const_in(4, 0, 32);
    assert_not_const_in(4, 1);
}
END_TEST

/* mov_i32 and every 32-bit op zero-extend: knowledge is the truncation. */
START_TEST(w32_mov_propagates_the_zero_extended_value)
{
    ir_movi(&ir, ir_g(0), 0xfedcba9876543210);
    ir_mov(&ir, W32, ir_g(1), ir_g(0));
    ir_add(&ir, W64, ir_g(2), ir_g(1), k(1));
    ir_optimize(&ir);
    assert_movi(1, ir_g(1), 0x76543210);
    assert_movi(2, ir_g(2), 0x76543211);
}
END_TEST

START_TEST(knowledge_is_forgotten_at_labels)
{
    uint32_t l = ir_new_label(&ir);
    ir_movi(&ir, ir_g(0), 7);
    ir_brcond(&ir, W64, IR_EQ, ir_g(1), k(0), l);
    ir_add(&ir, W64, ir_g(2), ir_g(0), k(1));     /* still known: 8 */
    ir_label(&ir, l);
    ir_add(&ir, W64, ir_g(3), ir_g(0), k(1));     /* g0 unknown after label */
    ir_optimize(&ir);
    assert_movi(2, ir_g(2), 8);
    assert_opc(4, IR_add);
    assert_not_const_in(4, 0);
}
END_TEST

static uint64_t dummy_helper(uint64_t a)
{
    return a;
}

START_TEST(calls_that_may_write_globals_forget_them)
{
    ir_temp t = ir_new_temp(&ir);
    ir_movi(&ir, ir_g(0), 7);
    ir_movi(&ir, t, 9);
    ir_call(&ir, (void *)dummy_helper, "dummy", CALL_NO_WRITE_GLOBALS, IR_NO_TEMP,
            1, (ir_temp[]){ t });
    ir_add(&ir, W64, ir_g(1), ir_g(0), t);        /* both known: 16 */
    ir_call(&ir, (void *)dummy_helper, "dummy", 0, IR_NO_TEMP, 1,
            (ir_temp[]){ ir_g(0) });
    ir_add(&ir, W64, ir_g(2), ir_g(0), t);        /* g0 forgotten, t known */
    ir_optimize(&ir);
    ck_assert_msg(ir_is_const(&ir, ir.calls[0].args[0]),
                  "a known local call argument is replaced by its constant");
    ck_assert_uint_eq(ir.temps[ir.calls[0].args[0]].value, 9);
    assert_movi(3, ir_g(1), 16);
    assert_opc(5, IR_add);
    assert_not_const_in(5, 0);
    assert_const_in(5, 1, 9);
}
END_TEST

START_TEST(a_call_result_is_not_known)
{
    ir_movi(&ir, ir_g(0), 7);
    ir_call(&ir, (void *)dummy_helper, "dummy", CALL_NO_READ_GLOBALS
            | CALL_NO_WRITE_GLOBALS, ir_g(0), 1, (ir_temp[]){ ir_g(1) });
    ir_add(&ir, W64, ir_g(2), ir_g(0), k(1));
    ir_optimize(&ir);
    assert_opc(2, IR_add);
    assert_not_const_in(2, 0);
}
END_TEST

START_TEST(flag_producers_and_loads_are_not_folded)
{
    ir_flag_binop(&ir, IR_sub_f, W64, ir_g(0), k(1), k(2));
    ir_ld(&ir, W64, ir_g(1), k(0x1000), 0, MO_64);
    ir_flag_binop(&ir, IR_adc, W64, ir_g(2), k(1), k(2));
    ir_optimize(&ir);
    assert_opc(0, IR_sub_f);
    assert_opc(1, IR_ld);
    assert_opc(2, IR_adc);
}
END_TEST

/* -- Identities -- */

struct ident_case {
    enum ir_opcode opc;
    enum ir_width w;
    int const_pos;          /* 1: a is the constant, 2: b is */
    uint64_t value;
    int result;             /* 0: stays, 1: mov of the other input, 2: movi 0 */
};

static const struct ident_case ident_cases[] = {
    { IR_add, W64, 2, 0, 1 }, { IR_add, W64, 1, 0, 1 },
    { IR_add, W32, 2, 0, 1 }, { IR_add, W32, 2, 0x100000000, 1 },
    { IR_or, W64, 2, 0, 1 }, { IR_or, W64, 1, 0, 1 },
    { IR_xor, W64, 2, 0, 1 }, { IR_xor, W32, 1, 0, 1 },
    { IR_sub, W64, 2, 0, 1 }, { IR_sub, W64, 1, 0, 0 },   /* 0 - x is neg */
    { IR_shl, W64, 2, 0, 1 }, { IR_shr, W64, 2, 0, 1 },
    { IR_sar, W32, 2, 0, 1 }, { IR_rotr, W64, 2, 0, 1 },
    { IR_shl, W64, 1, 0, 0 },                             /* 0 << x: not folded */
    { IR_and, W64, 2, 0, 2 }, { IR_and, W64, 1, 0, 2 },
    { IR_and, W64, 2, ~0ull, 1 }, { IR_and, W64, 1, ~0ull, 1 },
    { IR_and, W32, 2, 0xffffffff, 1 }, { IR_and, W64, 2, 0xffffffff, 0 },
    { IR_mul, W64, 2, 0, 2 }, { IR_mul, W64, 1, 0, 2 },
    { IR_mul, W64, 2, 1, 1 }, { IR_mul, W64, 1, 1, 1 },
    { IR_mul, W32, 2, 0x100000001, 1 },
    { IR_or, W64, 2, 1, 0 }, { IR_add, W64, 2, 1, 0 }, { IR_mul, W64, 2, 2, 0 },
};

START_TEST(identities_become_mov_or_movi)
{
    const struct ident_case *c = &ident_cases[_i];
    ir_temp x = ir_g(1), kc = k(c->value);
    ir_binop(&ir, c->opc, c->w, ir_g(0), c->const_pos == 1 ? kc : x,
             c->const_pos == 1 ? x : kc);
    ir_optimize(&ir);
    switch (c->result) {
    case 0: assert_opc(0, c->opc); break;
    case 1: assert_mov(0, c->w, ir_g(0), x); break;
    default: assert_movi(0, ir_g(0), 0);
    }
}
END_TEST

/* -- Liveness -- */

static void optimize_and_liveness(void)
{
    ir_optimize(&ir);
    ir_liveness(&ir);
}

START_TEST(dead_pure_ops_are_removed)
{
    ir_temp t = ir_new_temp(&ir), u = ir_new_temp(&ir);
    ir_add(&ir, W64, t, ir_g(0), ir_g(1));        /* used only by u */
    ir_mul(&ir, W64, u, t, ir_g(2));              /* never used */
    ir_xor(&ir, W64, ir_g(3), ir_g(0), ir_g(1));  /* overwritten below */
    ir_or(&ir, W64, ir_g(3), ir_g(1), ir_g(2));
    ir_exit_tb(&ir, EXIT_LOOKUP);
    optimize_and_liveness();
    ck_assert_uint_eq(ir.nr_ops, 2);
    assert_opc(0, IR_or);
    assert_opc(1, IR_exit_tb);
}
END_TEST

START_TEST(globals_are_live_at_block_ends)
{
    uint32_t l = ir_new_label(&ir);
    ir_movi(&ir, ir_g(0), 1);                     /* live at the brcond */
    ir_brcond(&ir, W64, IR_EQ, ir_g(1), k(0), l);
    ir_movi(&ir, ir_g(0), 2);                     /* live at the label */
    ir_label(&ir, l);
    ir_movi(&ir, ir_g(2), 3);                     /* live at exit */
    ir_goto_tb(&ir, 0, 0x1000);
    optimize_and_liveness();
    ck_assert_uint_eq(ir.nr_ops, 6);
}
END_TEST

START_TEST(helpers_that_read_globals_keep_earlier_writes)
{
    ir_movi(&ir, ir_g(0), 1);                     /* kept: call reads globals */
    ir_call(&ir, (void *)dummy_helper, "dummy", CALL_NO_WRITE_GLOBALS,
            IR_NO_TEMP, 1, (ir_temp[]){ k(0) });
    ir_movi(&ir, ir_g(0), 2);
    ir_movi(&ir, ir_g(1), 1);                     /* removed: call touches none */
    ir_call(&ir, (void *)dummy_helper, "dummy", CALL_NO_READ_GLOBALS
            | CALL_NO_WRITE_GLOBALS, IR_NO_TEMP, 1, (ir_temp[]){ k(0) });
    ir_movi(&ir, ir_g(1), 2);
    ir_exit_tb(&ir, EXIT_LOOKUP);
    optimize_and_liveness();
    ck_assert_uint_eq(ir.nr_ops, 6);
    assert_movi(0, ir_g(0), 1);
    assert_opc(3, IR_call);
    assert_movi(4, ir_g(1), 2);
}
END_TEST

START_TEST(side_effects_are_kept)
{
    ir_temp t = ir_new_temp(&ir), u = ir_new_temp(&ir);
    ir_insn_start(&ir, 0x1000);
    ir_ld(&ir, W64, t, ir_g(0), 8, MO_64);        /* result unused, may fault */
    ir_st(&ir, W32, ir_g(1), ir_g(0), 0, MO_32);
    ir_mb(&ir, MB_FULL);
    ir_st_env(&ir, W64, ir_g(1), scratch_off(0), MO_64);
    ir_call(&ir, (void *)dummy_helper, "dummy", CALL_NO_READ_GLOBALS
            | CALL_NO_WRITE_GLOBALS, u, 1, (ir_temp[]){ k(0) });
    ir_flags_load(&ir);
    ir_flags_store(&ir);
    ir_exit_tb(&ir, EXIT_LOOKUP);
    optimize_and_liveness();
    ck_assert_uint_eq(ir.nr_ops, 9);
    ck_assert_msg(ir.ops[1].dead & 1, "the unused load result is dead at once");
    ck_assert_msg(ir.ops[5].dead & 0x80, "the unused call result is dead at once");
}
END_TEST

START_TEST(pure_calls_with_unused_results_are_removed)
{
    ir_temp t = ir_new_temp(&ir), u = ir_new_temp(&ir);
    ir_call(&ir, (void *)dummy_helper, "dummy", CALL_PURE | CALL_NO_READ_GLOBALS
            | CALL_NO_WRITE_GLOBALS, t, 1, (ir_temp[]){ ir_g(0) });
    ir_call(&ir, (void *)dummy_helper, "dummy", CALL_PURE | CALL_NO_READ_GLOBALS
            | CALL_NO_WRITE_GLOBALS, u, 1, (ir_temp[]){ ir_g(0) });
    ir_mov(&ir, W64, ir_g(1), u);
    ir_exit_tb(&ir, EXIT_LOOKUP);
    optimize_and_liveness();
    ck_assert_uint_eq(ir.nr_ops, 3);
    ck_assert_uint_eq(ir.ops[0].call->ret, u);
}
END_TEST

START_TEST(unused_flag_producers_are_removed)
{
    ir_temp t = ir_new_temp(&ir);
    ir_flag_binop(&ir, IR_sub_f, W64, t, ir_g(0), ir_g(1));  /* dead: flags reset */
    ir_flag_binop(&ir, IR_add_f, W64, t, ir_g(0), ir_g(1));  /* dead: result+flags unused */
    ir_exit_tb(&ir, EXIT_LOOKUP);
    optimize_and_liveness();
    ck_assert_uint_eq(ir.nr_ops, 1);
}
END_TEST

START_TEST(flag_producers_feeding_consumers_are_kept)
{
    ir_temp t = ir_new_temp(&ir), u = ir_new_temp(&ir);
    ir_flag_binop(&ir, IR_sub_f, W64, t, ir_g(0), ir_g(1));  /* flags -> setcond_f */
    ir_setcond_f(&ir, FC_GE, ir_g(2));
    ir_flag_binop(&ir, IR_and_f, W32, u, ir_g(0), ir_g(1));  /* flags -> store */
    ir_flags_store(&ir);
    ir_flag_binop(&ir, IR_add_f, W64, ir_g(3), ir_g(0), ir_g(1)); /* result used */
    ir_exit_tb(&ir, EXIT_LOOKUP);
    optimize_and_liveness();
    ck_assert_uint_eq(ir.nr_ops, 6);
    ck_assert_msg(ir.ops[0].dead & 1, "sub_f: its value output is dead");
}
END_TEST

START_TEST(hf_liveness_spans_producer_to_consumer)
{
    ir_temp t = ir_new_temp(&ir);
    ir_flag_binop(&ir, IR_sub_f, W64, t, ir_g(0), ir_g(1));  /* 0 */
    ir_add(&ir, W64, ir_g(2), ir_g(2), ir_g(3));             /* 1: HF live */
    ir_call(&ir, (void *)dummy_helper, "dummy", 0, IR_NO_TEMP, 0, NULL); /* 2: live */
    ir_movcond_f(&ir, W64, FC_HI, ir_g(4), ir_g(0), ir_g(1)); /* 3: dead after */
    ir_add(&ir, W64, ir_g(5), ir_g(5), ir_g(3));             /* 4 */
    ir_exit_tb(&ir, EXIT_LOOKUP);
    optimize_and_liveness();
    ck_assert_uint_eq(ir.nr_ops, 6);
    ck_assert(ir.ops[0].hf_live);
    ck_assert(ir.ops[1].hf_live);
    ck_assert(ir.ops[2].hf_live);
    ck_assert(!ir.ops[3].hf_live);
    ck_assert(!ir.ops[4].hf_live);
}
END_TEST

START_TEST(death_bits_mark_last_uses)
{
    ir_temp a = ir_new_temp(&ir), b = ir_new_temp(&ir), c = ir_new_temp(&ir);
    ir_add(&ir, W64, a, ir_g(0), k(1));           /* 0 */
    ir_add(&ir, W64, b, ir_g(1), k(2));           /* 1 */
    ir_mul(&ir, W64, c, a, b);                    /* 2: a dies, b lives on */
    ir_sub(&ir, W64, ir_g(2), c, b);              /* 3: c and b die */
    ir_mov(&ir, W64, ir_g(0), ir_g(2));           /* 4: g2 stays live (global) */
    ir_exit_tb(&ir, EXIT_LOOKUP);
    optimize_and_liveness();
    ck_assert_uint_eq(ir.nr_ops, 6);
    ck_assert_uint_eq(ir.ops[2].dead, 1u << 1);
    ck_assert_uint_eq(ir.ops[3].dead, (1u << 1) | (1u << 2));
    ck_assert_uint_eq(ir.ops[4].dead, 0);
    /* g0 is read at op 0 and overwritten at op 4 before any read: dies at 0 */
    ck_assert_uint_eq(ir.ops[0].dead, 1u << 1);
}
END_TEST

START_TEST(call_death_bits_cover_arguments)
{
    ir_temp a = ir_new_temp(&ir), b = ir_new_temp(&ir);
    ir_movi(&ir, a, 0);
    ir_add(&ir, W64, a, ir_g(0), ir_g(1));
    ir_add(&ir, W64, b, ir_g(0), ir_g(2));
    ir_call(&ir, (void *)dummy_helper, "dummy", CALL_NO_READ_GLOBALS
            | CALL_NO_WRITE_GLOBALS, IR_NO_TEMP, 2, (ir_temp[]){ a, b });
    ir_mov(&ir, W64, ir_g(3), b);
    ir_exit_tb(&ir, EXIT_LOOKUP);
    optimize_and_liveness();
    ck_assert_uint_eq(ir.nr_ops, 5);           /* movi a, 0 removed */
    assert_opc(2, IR_call);
    ck_assert_uint_eq(ir.ops[2].dead, 1u << 0);
}
END_TEST

static Suite *fold_suite(void)
{
    Suite *s = suite_create("fold");
    TCase *tc = tcase_create("ir_eval");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, ir_eval_matches_hand_computed_results, 0,
                        sizeof(eval_cases) / sizeof(eval_cases[0]));
    tcase_add_test(tc, setcond_and_movcond_evaluate_every_condition);
    tcase_add_test(tc, ir_eval_refuses_ops_with_effects);
    suite_add_tcase(s, tc);

    tc = tcase_create("fold");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, every_pure_op_with_constant_inputs_becomes_movi);
    tcase_add_test(tc, known_values_propagate_into_later_ops);
    tcase_add_test(tc, w32_mov_propagates_the_zero_extended_value);
    tcase_add_test(tc, knowledge_is_forgotten_at_labels);
    tcase_add_test(tc, calls_that_may_write_globals_forget_them);
    tcase_add_test(tc, a_call_result_is_not_known);
    tcase_add_test(tc, flag_producers_and_loads_are_not_folded);
    tcase_add_loop_test(tc, identities_become_mov_or_movi, 0,
                        sizeof(ident_cases) / sizeof(ident_cases[0]));
    suite_add_tcase(s, tc);

    tc = tcase_create("liveness");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, dead_pure_ops_are_removed);
    tcase_add_test(tc, globals_are_live_at_block_ends);
    tcase_add_test(tc, helpers_that_read_globals_keep_earlier_writes);
    tcase_add_test(tc, side_effects_are_kept);
    tcase_add_test(tc, pure_calls_with_unused_results_are_removed);
    tcase_add_test(tc, unused_flag_producers_are_removed);
    tcase_add_test(tc, flag_producers_feeding_consumers_are_kept);
    tcase_add_test(tc, hf_liveness_spans_producer_to_consumer);
    tcase_add_test(tc, death_bits_mark_last_uses);
    tcase_add_test(tc, call_death_bits_cover_arguments);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(fold_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
