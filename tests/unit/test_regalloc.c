/*
 * test_regalloc.c - the x86-64 register allocator (backend/x86_64/
 * regalloc.c): its bookkeeping through the ra_* API, and its behaviour in
 * executed code: more live values than host registers, fixed-register ops
 * (mulsh/muluh in RDX:RAX, divs/divu in RAX) with other values live in
 * RAX and RDX, helper calls in the middle of live values, and globals
 * written back only when dirty, at block ends and before helpers.
 */
#include <check.h>
#include "core_test.h"
#include "regalloc.h"

static uint8_t code[65536];

/* -- Bookkeeping -- */

struct ra_fixture {
    struct ir_block ir;
    struct codebuf cb;
    struct ra ra;
};

static void fx_init(struct ra_fixture *f)
{
    core_ir_init(&f->ir);
    cb_init(&f->cb, code, sizeof(code));
}

static void fx_start(struct ra_fixture *f)
{
    ra_init(&f->ra, &f->ir, &f->cb);
}

static void fx_fini(struct ra_fixture *f)
{
    ra_fini(&f->ra);
    ir_free(&f->ir);
}

START_TEST(a_global_is_loaded_once_and_stays_clean)
{
    struct ra_fixture f;
    fx_init(&f);
    fx_start(&f);
    int r = ra_load(&f.ra, ir_g(0), ALLOCATABLE_REGS);
    size_t used = (size_t)(f.cb.ptr - code);
    ck_assert_uint_gt(used, 0);
    ck_assert_uint_eq(f.ra.owner[r], ir_g(0));
    ck_assert(!f.ra.ts[ir_g(0)].dirty);
    ra_unlock_all(&f.ra);
    ck_assert_int_eq(ra_load(&f.ra, ir_g(0), ALLOCATABLE_REGS), r);
    ck_assert_uint_eq((size_t)(f.cb.ptr - code), used);   /* no second load */
    ra_sync_globals(&f.ra);
    ck_assert_uint_eq((size_t)(f.cb.ptr - code), used);   /* clean: no store */
    fx_fini(&f);
}
END_TEST

START_TEST(a_bound_global_is_dirty_until_synced)
{
    struct ra_fixture f;
    fx_init(&f);
    fx_start(&f);
    int r = ra_scratch(&f.ra, ALLOCATABLE_REGS);
    ra_bind(&f.ra, ir_g(1), r);
    ck_assert(f.ra.ts[ir_g(1)].dirty);
    uint8_t *before = f.cb.ptr;
    ra_sync_globals(&f.ra);
    ck_assert_ptr_ne(f.cb.ptr, before);
    ck_assert(!f.ra.ts[ir_g(1)].dirty);
    ck_assert_int_eq(f.ra.ts[ir_g(1)].val, VAL_REG);      /* still cached */
    fx_fini(&f);
}
END_TEST

START_TEST(free_callee_saved_registers_are_preferred)
{
    struct ra_fixture f;
    fx_init(&f);
    fx_start(&f);
    int r = ra_scratch(&f.ra, ALLOCATABLE_REGS);
    ck_assert_msg(!(CALLER_SAVED_REGS & REG_BIT(r)), "got caller-saved r%d", r);
    ck_assert(REG_BIT(r) & f.ra.locked);
    ck_assert_int_ne(r, ENV_REG);
    ck_assert_int_ne(r, X86_RSP);
    fx_fini(&f);
}
END_TEST

START_TEST(loads_respect_the_mask)
{
    struct ra_fixture f;
    fx_init(&f);
    ir_temp c = ir_const(&f.ir, 42);
    fx_start(&f);
    ck_assert_int_eq(ra_load(&f.ra, ir_g(0), REG_BIT(X86_RAX)), X86_RAX);
    ra_unlock_all(&f.ra);
    /* moving it to RCX leaves RAX unowned */
    ck_assert_int_eq(ra_load(&f.ra, ir_g(0), REG_BIT(X86_RCX)), X86_RCX);
    ck_assert_uint_eq(f.ra.owner[X86_RAX], IR_NO_TEMP);
    ck_assert_uint_eq(f.ra.owner[X86_RCX], ir_g(0));
    /* a constant gets a scratch copy owned by nobody */
    int r = ra_load(&f.ra, c, REG_BIT(X86_RDX));
    ck_assert_int_eq(r, X86_RDX);
    ck_assert_uint_eq(f.ra.owner[X86_RDX], IR_NO_TEMP);
    fx_fini(&f);
}
END_TEST

START_TEST(locked_registers_are_never_evicted)
{
    struct ra_fixture f;
    fx_init(&f);
    ir_temp t[14];
    for (int i = 0; i < 14; i++)
        t[i] = ir_new_temp(&f.ir);
    fx_start(&f);
    for (int i = 0; i < 13; i++)
        ra_bind(&f.ra, t[i], ra_scratch(&f.ra, ALLOCATABLE_REGS));
    /* 13 of 14 locked: the last free register is the only choice */
    int r = ra_scratch(&f.ra, ALLOCATABLE_REGS);
    ck_assert_uint_eq(f.ra.owner[r], IR_NO_TEMP);
    ck_assert_uint_eq(__builtin_popcount(f.ra.locked), 14);
    /* unlocked, a new value evicts (spills) one of the others */
    ra_unlock_all(&f.ra);
    ra_bind(&f.ra, t[13], r);
    int s = ra_scratch(&f.ra, ALLOCATABLE_REGS);
    unsigned spilled = 0;
    for (int i = 0; i < 14; i++)
        spilled += f.ra.ts[t[i]].val == VAL_MEM;
    ck_assert_uint_eq(spilled, 1);
    ck_assert_uint_eq(f.ra.owner[s], IR_NO_TEMP);
    fx_fini(&f);
}
END_TEST

START_TEST(spill_slots_are_reused_after_a_temp_dies)
{
    struct ra_fixture f;
    fx_init(&f);
    ir_temp t = ir_new_temp(&f.ir), u = ir_new_temp(&f.ir);
    fx_start(&f);
    ra_bind(&f.ra, t, X86_RBX);
    ra_spill_mask(&f.ra, REG_BIT(X86_RBX));
    ck_assert_int_eq(f.ra.ts[t].val, VAL_MEM);
    int slot = f.ra.ts[t].slot;
    ck_assert_int_ge(slot, 0);
    ra_free_temp(&f.ra, t);
    ck_assert_int_eq(f.ra.ts[t].val, VAL_DEAD);
    ra_bind(&f.ra, u, X86_RBX);
    ra_spill_mask(&f.ra, REG_BIT(X86_RBX));
    ck_assert_int_eq(f.ra.ts[u].slot, slot);
    fx_fini(&f);
}
END_TEST

START_TEST(spill_mask_frees_caller_saved_registers)
{
    struct ra_fixture f;
    fx_init(&f);
    fx_start(&f);
    for (int i = 0; i < NG; i++)
        ra_load(&f.ra, ir_g(i), ALLOCATABLE_REGS);
    ra_unlock_all(&f.ra);
    ra_spill_mask(&f.ra, CALLER_SAVED_REGS);
    for (int r = 0; r < 16; r++)
        if (CALLER_SAVED_REGS & REG_BIT(r))
            ck_assert_uint_eq(f.ra.owner[r], IR_NO_TEMP);
    fx_fini(&f);
}
END_TEST

/* -- Executed blocks -- */

static struct ir_block ir;

static void run(struct fake_cpu *cpu)
{
    ir_exit_tb(&ir, EXIT_LOOKUP);
    ir_optimize(&ir);
    ir_liveness(&ir);
    ck_assert_uint_eq(jit_run_block(&ir, cpu, 0x1000, NULL), EXIT_LOOKUP);
    ir_free(&ir);
}

/* 30 values live at once: more than the 14 allocatable registers. */
START_TEST(thirty_live_values_survive_spilling)
{
    struct fake_cpu cpu = { .g = { 1, 2, 3, 4, 5, 6, 7 } };
    core_ir_init(&ir);
    ir_temp t[30];
    uint64_t want = 0;
    for (unsigned i = 0; i < 30; i++) {
        t[i] = ir_new_temp(&ir);
        ir_mul(&ir, IR_W64, t[i], ir_g(i % 7), ir_g((i + 3) % 7));
        want += (uint64_t)(1 + i % 7) * (1 + (i + 3) % 7) * (i + 1);
    }
    ir_movi(&ir, ir_g(5), 0);
    for (unsigned i = 0; i < 30; i++) {     /* every t[i] used after all defs */
        ir_temp m = ir_new_temp(&ir);
        ir_mul(&ir, IR_W64, m, t[i], ir_const(&ir, i + 1));
        ir_add(&ir, IR_W64, ir_g(5), ir_g(5), m);
    }
    run(&cpu);
    ck_assert_uint_eq(cpu.g[5], want);
}
END_TEST

/* Many pressure windows in one block: spill slots must be recycled. */
START_TEST(spill_slots_last_a_long_block)
{
    struct fake_cpu cpu = { .g = { 1, 2, 3, 4, 5, 6, 7 } };
    uint64_t want = 0;
    core_ir_init(&ir);
    for (unsigned w = 0; w < 60; w++) {
        ir_temp t[20];
        for (unsigned i = 0; i < 20; i++) {
            t[i] = ir_new_temp(&ir);
            ir_add(&ir, IR_W64, t[i], ir_g(i % 6), ir_const(&ir, w * 100 + i));
        }
        for (unsigned i = 0; i < 20; i++) {
            ir_add(&ir, IR_W64, ir_g(6), ir_g(6), t[i]);
            want += (1 + i % 6) + w * 100 + i;
        }
    }
    run(&cpu);
    ck_assert_uint_eq(cpu.g[6], 7 + want);
}
END_TEST

/* Fixed registers: 12 values live (some in RAX/RDX) across each of
 * mulsh, muluh, divs, divu, with both inputs the same temp too. */
START_TEST(fixed_register_ops_keep_other_values)
{
    static const enum ir_opcode ops[] = { IR_mulsh, IR_muluh, IR_divs, IR_divu };
    for (unsigned o = 0; o < 4; o++)
        for (unsigned same = 0; same < 2; same++) {
            struct fake_cpu cpu = { .g = { 0x123456789abcdef1ull, (uint64_t)-7, 3, 4,
                                           5, 6, 7 } };
            core_ir_init(&ir);
            ir_temp t[12], r = ir_new_temp(&ir);
            for (unsigned i = 0; i < 12; i++) {
                t[i] = ir_new_temp(&ir);
                ir_add(&ir, IR_W64, t[i], ir_g(i % 4), ir_const(&ir, i));
            }
            ir_binop(&ir, ops[o], IR_W64, r, t[0], same ? t[0] : t[1]);
            ir_movi(&ir, ir_g(4), 0);
            for (unsigned i = 0; i < 12; i++)
                ir_xor(&ir, IR_W64, ir_g(4), ir_g(4), t[i]);
            ir_mov(&ir, IR_W64, ir_g(5), r);
            run(&cpu);

            uint64_t in[2] = { 0x123456789abcdef1ull, same ? 0x123456789abcdef1ull
                                                           : (uint64_t)-7 + 1 };
            uint64_t x = 0, q;
            for (unsigned i = 0; i < 12; i++) {
                uint64_t g[4] = { 0x123456789abcdef1ull, (uint64_t)-7, 3, 4 };
                x ^= g[i % 4] + i;
            }
            struct ir_op op = { .opc = (uint16_t)ops[o], .width = IR_W64 };
            ck_assert(ir_eval(&op, in, &q));
            ck_assert_msg(cpu.g[4] == x, "%s: live values damaged",
                          ir_op_defs[ops[o]].name);
            ck_assert_msg(cpu.g[5] == q, "%s: %#lx, expected %#lx",
                          ir_op_defs[ops[o]].name, (unsigned long)cpu.g[5],
                          (unsigned long)q);
        }
}
END_TEST

static uint64_t sum6(uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e,
                     uint64_t f)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f;
}

/* 14 values live across a six-argument helper call. */
START_TEST(values_live_across_a_call_survive)
{
    struct fake_cpu cpu = { .g = { 10, 20, 30, 40, 50, 60, 70 } };
    core_ir_init(&ir);
    ir_temp t[14], r = ir_new_temp(&ir);
    for (unsigned i = 0; i < 14; i++) {
        t[i] = ir_new_temp(&ir);
        ir_add(&ir, IR_W64, t[i], ir_g(i % 7), ir_const(&ir, i));
    }
    ir_call(&ir, (void *)sum6, "sum6", CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS,
            r, 6, (ir_temp[]){ t[0], t[13], ir_g(2), ir_const(&ir, 5), t[7], ir.env });
    uint64_t envv = (uintptr_t)&cpu;
    ir_movi(&ir, ir_g(3), 0);
    for (unsigned i = 0; i < 14; i++)
        ir_add(&ir, IR_W64, ir_g(3), ir_g(3), t[i]);
    ir_mov(&ir, IR_W64, ir_g(4), r);
    run(&cpu);
    uint64_t s = 0;
    for (unsigned i = 0; i < 14; i++)
        s += 10 * (1 + i % 7) + i;
    ck_assert_uint_eq(cpu.g[3], s);
    /* t0 = 10, t13 = g6 + 13 = 83, g2 = 30, 5, t7 = g0 + 7 = 17, env */
    ck_assert_uint_eq(cpu.g[4], sum6(10, 83, 30, 5, 17, envv));
}
END_TEST

static uint64_t poke_g0(void *env)
{
    ((struct fake_cpu *)env)->g[0] = 0xbeef;
    return 0;
}

static uint64_t read_g1(void *env)
{
    return ((struct fake_cpu *)env)->g[1];
}

/* A global only read stays clean: nothing stores it back at the exit,
 * so a change made behind the allocator's back survives. */
START_TEST(clean_globals_are_not_written_back)
{
    struct fake_cpu cpu = { .g = { 5 } };
    core_ir_init(&ir);
    ir_add(&ir, IR_W64, ir_g(1), ir_g(0), ir_const(&ir, 1));   /* g0 in a reg */
    ir_call(&ir, (void *)poke_g0, "poke_g0", CALL_NO_READ_GLOBALS
            | CALL_NO_WRITE_GLOBALS, IR_NO_TEMP, 1, (ir_temp[]){ ir.env });
    ir_add(&ir, IR_W64, ir_g(2), ir_g(0), ir_const(&ir, 1));   /* cached g0 */
    run(&cpu);
    ck_assert_uint_eq(cpu.g[0], 0xbeef);
    ck_assert_uint_eq(cpu.g[1], 6);
    ck_assert_uint_eq(cpu.g[2], 6);
}
END_TEST

/* A dirty global is stored before a helper that reads guest state, and
 * reloaded after a helper that may write it. */
START_TEST(dirty_globals_are_synced_around_helpers)
{
    struct fake_cpu cpu = { .g = { 5, 1 } };
    core_ir_init(&ir);
    ir_add(&ir, IR_W64, ir_g(1), ir_g(1), ir_const(&ir, 41));
    ir_call(&ir, (void *)read_g1, "read_g1", CALL_NO_WRITE_GLOBALS, ir_g(2), 1,
            (ir_temp[]){ ir.env });
    ir_add(&ir, IR_W64, ir_g(0), ir_g(0), ir_const(&ir, 1));   /* g0 cached: 6 */
    ir_call(&ir, (void *)poke_g0, "poke_g0", 0, IR_NO_TEMP, 1, (ir_temp[]){ ir.env });
    ir_add(&ir, IR_W64, ir_g(3), ir_g(0), ir_const(&ir, 1));   /* reloaded */
    run(&cpu);
    ck_assert_uint_eq(cpu.g[2], 42);
    ck_assert_uint_eq(cpu.g[0], 0xbeef);
    ck_assert_uint_eq(cpu.g[3], 0xbef0);
}
END_TEST

/* shl t, t, t: the same temp as value and as count (count lives in RCX). */
START_TEST(shift_by_itself)
{
    struct fake_cpu cpu = { .g = { 3, 0x21 } };
    core_ir_init(&ir);
    ir_shl(&ir, IR_W64, ir_g(2), ir_g(0), ir_g(0));
    ir_shr(&ir, IR_W32, ir_g(3), ir_g(1), ir_g(1));
    ir_mov(&ir, IR_W64, ir_g(4), ir_g(0));
    run(&cpu);
    ck_assert_uint_eq(cpu.g[2], 24);
    ck_assert_uint_eq(cpu.g[3], 0x10);
    ck_assert_uint_eq(cpu.g[4], 3);
}
END_TEST

static Suite *regalloc_suite(void)
{
    Suite *s = suite_create("regalloc");
    TCase *tc = tcase_create("bookkeeping");
    tcase_add_test(tc, a_global_is_loaded_once_and_stays_clean);
    tcase_add_test(tc, a_bound_global_is_dirty_until_synced);
    tcase_add_test(tc, free_callee_saved_registers_are_preferred);
    tcase_add_test(tc, loads_respect_the_mask);
    tcase_add_test(tc, locked_registers_are_never_evicted);
    tcase_add_test(tc, spill_slots_are_reused_after_a_temp_dies);
    tcase_add_test(tc, spill_mask_frees_caller_saved_registers);
    suite_add_tcase(s, tc);
    tc = tcase_create("executed");
    tcase_add_test(tc, thirty_live_values_survive_spilling);
    tcase_add_test(tc, spill_slots_last_a_long_block);
    tcase_add_test(tc, fixed_register_ops_keep_other_values);
    tcase_add_test(tc, values_live_across_a_call_survive);
    tcase_add_test(tc, clean_globals_are_not_written_back);
    tcase_add_test(tc, dirty_globals_are_synced_around_helpers);
    tcase_add_test(tc, shift_by_itself);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(regalloc_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
