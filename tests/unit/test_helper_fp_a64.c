/*
 * test_helper_fp_a64.c - the A64 floating-point helpers (helper_fp.c) on
 * the corner cases where x86 and Arm differ: NaN propagation and the
 * default NaN, FPCR rounding modes and DN/FZ, FMIN/FMAX of zeros and NaNs,
 * saturating conversions, FPSR flags.
 *
 * Expected values were recorded from qemu-aarch64-static (Debian 7.2)
 * running tests/unit/fp_oracle_a64.c, whose output lines carry the same
 * names as the cases below:
 *   aarch64-linux-gnu-gcc -O1 -static fp_oracle_a64.c -o o &&
 *   qemu-aarch64-static ./o
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "helper_fp.h"
#include "ferry.h"

#define QN1  0x7ff8000000000001ull
#define SN2  0x7ff0000000000002ull
#define NQ5  0xfff8000000000005ull
#define QNA  0x7ff800000000000aull
#define INF  0x7ff0000000000000ull
#define NINF 0xfff0000000000000ull
#define ONE  0x3ff0000000000000ull
#define TINY 0x3c30000000000000ull      /* 2^-60 */
#define RMODE(m) ((uint32_t)(m) << FPCR_RMODE_SHIFT)

struct op2_case {
    const char *name;
    enum fp2_op op;
    int ft;
    uint32_t fpcr;
    uint64_t a, b, r;
    uint32_t fpsr;
};

static const struct op2_case op2_cases[] = {
    { "fadd qnan,snan", FP2_ADD, 1, 0, QN1, SN2, 0x7ff8000000000002ull, 0x01 },
    { "fadd -qnan,qnan", FP2_ADD, 1, 0, NQ5, QNA, 0xfff8000000000005ull, 0x00 },
    { "fadd inf,-inf", FP2_ADD, 1, 0, INF, NINF, 0x7ff8000000000000ull, 0x01 },
    { "fadd qnan DN", FP2_ADD, 1, FPCR_DN, QN1, ONE, 0x7ff8000000000000ull, 0x00 },
    { "fadd 1+2^-60 RN", FP2_ADD, 1, RMODE(0), ONE, TINY, 0x3ff0000000000000ull, 0x10 },
    { "fadd 1+2^-60 RP", FP2_ADD, 1, RMODE(1), ONE, TINY, 0x3ff0000000000001ull, 0x10 },
    { "fsub -1-2^-60 RM", FP2_SUB, 1, RMODE(2), 0xbff0000000000000ull, TINY,
      0xbff0000000000001ull, 0x10 },
    { "fmul 0*inf", FP2_MUL, 1, 0, 0, INF, 0x7ff8000000000000ull, 0x01 },
    { "fdiv 1/0", FP2_DIV, 1, 0, ONE, 0, 0x7ff0000000000000ull, 0x02 },
    { "fmax -0,+0", FP2_MAX, 1, 0, 0x8000000000000000ull, 0, 0, 0x00 },
    { "fmin +0,-0", FP2_MIN, 1, 0, 0, 0x8000000000000000ull, 0x8000000000000000ull, 0 },
    { "fmaxnm qnan,1", FP2_MAXNM, 1, 0, QN1, ONE, ONE, 0x00 },
    { "fmin 1,qnan", FP2_MIN, 1, 0, ONE, QNA, QNA, 0x00 },
    { "fminnm snan,1", FP2_MINNM, 1, 0, SN2, ONE, 0x7ff8000000000002ull, 0x01 },
    { "fnmul qnan,1", FP2_NMUL, 1, 0, QN1, ONE, 0xfff8000000000001ull, 0x00 },
    { "fadd.s snan,qnan", FP2_ADD, 0, 0, 0x7f800001, 0x7fc00002, 0x7fc00001, 0x01 },
    { "fmul.s max*2 (overflow)", FP2_MUL, 0, 0, 0x7f7fffff, 0x40000000, 0x7f800000, 0x14 },
    { "fmul.s tiny*tiny FZ", FP2_MUL, 0, FPCR_FZ, 0x00400000, 0x3f800000, 0, 0x80 },
    /* Arm detects tininess before rounding; FZ flushes exact tiny
     * results too, with UFC alone (recorded from qemu-aarch64) */
    { "fmul.s 2^-64*2^-64 FZ", FP2_MUL, 0, FPCR_FZ, 0x1f800000, 0x1f800000, 0, 0x08 },
    { "fmul.s rounds up to min normal", FP2_MUL, 0, 0, 0x3f7fffff, 0x00800000,
      0x00800000, 0x18 },
    { "fmul.s rounds up to min normal FZ", FP2_MUL, 0, FPCR_FZ, 0x3f7fffff,
      0x00800000, 0, 0x08 },
    { "fmulx inf*-0", FP2_MULX, 1, 0, INF, 0x8000000000000000ull,
      0xc000000000000000ull, 0x00 },
};

START_TEST(fp_op2_matches_arm)
{
    const struct op2_case *c = &op2_cases[_i];
    uint32_t fpsr = 0;
    uint64_t r = fp_op2(c->fpcr, &fpsr, c->op, c->ft, c->a, c->b);

    ck_assert_msg(r == c->r && fpsr == c->fpsr,
                  "%s: got %016llx fpsr %02x, expected %016llx fpsr %02x",
                  c->name, (unsigned long long)r, fpsr,
                  (unsigned long long)c->r, c->fpsr);
}
END_TEST

struct cvt_case {
    const char *name;
    uint64_t a;
    bool sf, u;
    enum fp_rmode rm;
    uint64_t r;
    uint32_t fpsr;
};

static const struct cvt_case cvt_cases[] = {
    { "fcvtzs w 3e9", 0x41e65a0bc0000000ull, 0, 0, FPR_Z, 0x7fffffff, 0x01 },
    { "fcvtzs w nan", QN1, 0, 0, FPR_Z, 0, 0x01 },
    { "fcvtzs w -1.5", 0xbff8000000000000ull, 0, 0, FPR_Z, 0xffffffff, 0x10 },
    { "fcvtzu w -1.0", 0xbff0000000000000ull, 0, 1, FPR_Z, 0, 0x01 },
    { "fcvtzu w -0.5", 0xbfe0000000000000ull, 0, 1, FPR_Z, 0, 0x10 },
    { "fcvtzs x -1e19", 0xc3e158e460913d00ull, 1, 0, FPR_Z, 0x8000000000000000ull, 0x01 },
    { "fcvtzu x 1.8e19", 0x43ef3a1a8d8e5d40ull, 1, 1, FPR_Z, 0xf9d0d46c72ea0000ull, 0 },
    { "fcvtns x 2.5", 0x4004000000000000ull, 1, 0, FPR_N, 2, 0x10 },
    { "fcvtns x 3.5", 0x400c000000000000ull, 1, 0, FPR_N, 4, 0x10 },
    { "fcvtas x 2.5", 0x4004000000000000ull, 1, 0, FPR_A, 3, 0x10 },
    { "fcvtas x -2.5", 0xc004000000000000ull, 1, 0, FPR_A, 0xfffffffffffffffdull, 0x10 },
    { "fcvtms x -2.5", 0xc004000000000000ull, 1, 0, FPR_M, 0xfffffffffffffffdull, 0x10 },
    { "fcvtps x -2.5", 0xc004000000000000ull, 1, 0, FPR_P, 0xfffffffffffffffeull, 0x10 },
    { "fcvtzs x inf", INF, 1, 0, FPR_Z, 0x7fffffffffffffffull, 0x01 },
};

START_TEST(fp_to_int_saturates_and_rounds_like_arm)
{
    const struct cvt_case *c = &cvt_cases[_i];
    uint32_t fpsr = 0;
    uint64_t r = fp_to_int(0, &fpsr, 1, c->a, c->sf, c->u, c->rm, 0);

    ck_assert_msg(r == c->r && fpsr == c->fpsr,
                  "%s: got %016llx fpsr %02x, expected %016llx fpsr %02x",
                  c->name, (unsigned long long)r, fpsr,
                  (unsigned long long)c->r, c->fpsr);
}
END_TEST

struct cmp_case {
    const char *name;
    uint64_t a, b;
    bool e;
    uint64_t nzcv;
    uint32_t fpsr;
};

static const struct cmp_case cmp_cases[] = {
    { "fcmp 1,qnan", ONE, QN1, false, 0x30000000, 0x00 },
    { "fcmpe 1,qnan", ONE, QN1, true, 0x30000000, 0x01 },
    { "fcmp 1,2", ONE, 0x4000000000000000ull, false, 0x80000000, 0 },
    { "fcmp 2,1", 0x4000000000000000ull, ONE, false, 0x20000000, 0 },
    { "fcmp -0,+0", 0x8000000000000000ull, 0, false, 0x60000000, 0 },
};

START_TEST(fp_compare_gives_arm_nzcv)
{
    const struct cmp_case *c = &cmp_cases[_i];
    uint32_t fpsr = 0;
    uint64_t r = fp_compare(0, &fpsr, 1, c->a, c->b, c->e);

    ck_assert_msg(r == c->nzcv && fpsr == c->fpsr,
                  "%s: got %08llx fpsr %02x", c->name, (unsigned long long)r, fpsr);
}
END_TEST

/* -- whole helpers on a CPU state -- */

static struct a64_cpu *new_cpu(void)
{
    struct a64_cpu *env = aligned_alloc(16, sizeof(*env));

    memset(env, 0, sizeof(*env));
    return env;
}

START_TEST(fcvt_double_to_single_keeps_the_nan_payload_top_bits)
{
    struct a64_cpu *env = new_cpu();

    env->v[1].d[0] = 0x7ff4000000000000ull;
    env->v[0].d[1] = 0x1234;            /* must be zeroed */
    helper_fp1(env, 0, 1, fp_desc(FP1_CVT, 1) | 0u << 10);
    ck_assert_uint_eq(env->v[0].d[0], 0x7fe00000);
    ck_assert_uint_eq(env->v[0].d[1], 0);
    ck_assert_uint_eq(env->fpsr, 0x01);
    free(env);
}
END_TEST

START_TEST(fmadd_of_inf_times_zero_plus_qnan_is_the_default_nan)
{
    struct a64_cpu *env = new_cpu();

    env->v[1].d[0] = INF;
    env->v[2].d[0] = 0;
    env->v[3].d[0] = QN1;
    helper_fp3(env, 0, 1, 2, 3, fp_desc(FP3_MADD, 1));
    ck_assert_uint_eq(env->v[0].d[0], 0x7ff8000000000000ull);
    ck_assert_uint_eq(env->fpsr, 0x01);
    /* FMSUB negates op1 before NaN propagation */
    env->fpsr = 0;
    env->v[1].d[0] = QN1;
    env->v[2].d[0] = ONE;
    env->v[3].d[0] = ONE;
    helper_fp3(env, 0, 1, 2, 3, fp_desc(FP3_MSUB, 1));
    ck_assert_uint_eq(env->v[0].d[0], 0xfff8000000000001ull);
    ck_assert_uint_eq(env->fpsr, 0);
    free(env);
}
END_TEST

START_TEST(frint_and_fsqrt_corner_cases)
{
    struct a64_cpu *env = new_cpu();

    env->v[1].d[0] = 0x4004000000000000ull;     /* 2.5 */
    helper_fp1(env, 0, 1, fp_desc(FP1_RINTX, 1));
    ck_assert_uint_eq(env->v[0].d[0], 0x4000000000000000ull);
    ck_assert_uint_eq(env->fpsr, 0x10);
    env->fpsr = 0;
    env->v[1].d[0] = 0xc004000000000000ull;     /* -2.5 */
    helper_fp1(env, 0, 1, fp_desc(FP1_RINTA, 1));
    ck_assert_uint_eq(env->v[0].d[0], 0xc008000000000000ull);
    ck_assert_uint_eq(env->fpsr, 0);
    env->v[1].d[0] = 0xbff0000000000000ull;     /* sqrt(-1) */
    helper_fp1(env, 0, 1, fp_desc(FP1_SQRT, 1));
    ck_assert_uint_eq(env->v[0].d[0], 0x7ff8000000000000ull);
    ck_assert_uint_eq(env->fpsr, 0x01);
    free(env);
}
END_TEST

/* the FPCR rounding mode reaches FRINTX/FRINTI (regression: glibc's
 * x86-64 rint() follows the x87 control word, not MXCSR) */
START_TEST(frintx_and_frinti_use_the_fpcr_rounding_mode)
{
    struct a64_cpu *env = new_cpu();

    env->fpcr = RMODE(1);
    env->v[1].d[0] = 0xbfe0000000000000ull;     /* -0.5 */
    helper_fp1(env, 0, 1, fp_desc(FP1_RINTX, 1));
    ck_assert_uint_eq(env->v[0].d[0], 0x8000000000000000ull);
    ck_assert_uint_eq(env->fpsr, 0x10);
    env->fpsr = 0;
    env->fpcr = RMODE(2);
    env->v[1].d[0] = 0x3fe0000000000000ull;     /* 0.5 */
    helper_fp1(env, 0, 1, fp_desc(FP1_RINTI, 1));
    ck_assert_uint_eq(env->v[0].d[0], 0);
    ck_assert_uint_eq(env->fpsr, 0);
    free(env);
}
END_TEST

START_TEST(helpers_leave_the_host_rounding_mode_alone)
{
    uint32_t before, after, fpsr = 0;

    __asm__ volatile("stmxcsr %0" : "=m"(before));
    fp_op2(RMODE(3) | FPCR_FZ, &fpsr, FP2_DIV, 1, ONE, 0x4008000000000000ull);
    __asm__ volatile("stmxcsr %0" : "=m"(after));
    ck_assert_uint_eq(before & ~0x3fu, after & ~0x3fu);
}
END_TEST

static Suite *fp_suite(void)
{
    Suite *s = suite_create("helper_fp_a64");
    TCase *tc = tcase_create("values");

    tcase_add_loop_test(tc, fp_op2_matches_arm, 0, (int)ARRAY_SIZE(op2_cases));
    tcase_add_loop_test(tc, fp_to_int_saturates_and_rounds_like_arm, 0,
                        (int)ARRAY_SIZE(cvt_cases));
    tcase_add_loop_test(tc, fp_compare_gives_arm_nzcv, 0, (int)ARRAY_SIZE(cmp_cases));
    suite_add_tcase(s, tc);
    tc = tcase_create("helpers");
    tcase_add_test(tc, fcvt_double_to_single_keeps_the_nan_payload_top_bits);
    tcase_add_test(tc, fmadd_of_inf_times_zero_plus_qnan_is_the_default_nan);
    tcase_add_test(tc, frint_and_fsqrt_corner_cases);
    tcase_add_test(tc, frintx_and_frinti_use_the_fpcr_rounding_mode);
    tcase_add_test(tc, helpers_leave_the_host_rounding_mode_alone);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(fp_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
