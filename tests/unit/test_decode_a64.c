/*
 * test_decode_a64.c - the generated A64 decoder (a64_decode.c from
 * the targets/aarch64 .decode files) checked against the GNU assembler, plus the
 * decode-time immediate helpers, the integer runtime helpers and the
 * system-register table.
 *
 * Decoder: test_decode_a64_table.h (written by gen_decode_table.sh with
 * aarch64-linux-gnu-as) lists instruction words with the pattern and the
 * argument values each must decode to, and unallocated words that must
 * decode to nothing.  The test links the real decoder and field helpers
 * from libferry.a with --wrap=trans_NAME (gen_decode_stubs.sh), so every
 * trans_ call lands in a recording stand-in instead of a translator; that
 * harness is shared with the other decoder tests (decode_test.h).
 */
#include <string.h>
#include <time.h>
#include "translate.h"
#include "a64_decode.h"
#include "dp_fields.h"
#include "helper_int.h"
#include "hwcap.h"
#include "sysregs.h"
#include "decode_test.h"

static const struct decode_case cases[] = {
#include "test_decode_a64_table.h"
};

/* -- DecodeBitMasks (dp_fields.c) -- */

struct bitmask_case {
    unsigned n, immr, imms, datasize;
    bool immediate, valid;
    uint64_t wmask, tmask;
};

static const struct bitmask_case bitmask_cases[] = {
    /* logical immediates, as the assembler encoded them above */
    { 0, 0, 7, 32, true, true, 0xff, 0xff },
    { 1, 60, 59, 64, true, true, 0xfffffffffffffff0ull, ~0ull },
    { 0, 0, 60, 32, true, true, 0x55555555, 0x55555555 },
    { 0, 0, 39, 64, true, true, 0x00ff00ff00ff00ffull, 0x00ff00ff00ff00ffull },
    { 0, 1, 0, 32, true, true, 0x80000000, 0xffffffff },
    { 1, 56, 7, 64, true, true, 0xff00, 0xffff },
    /* bitfield moves (immediate = false): all-ones imms is allowed */
    { 1, 63, 63, 64, false, true, ~0ull, 1 },           /* LSR #63 */
    { 1, 0, 63, 64, false, true, ~0ull, ~0ull },
    { 0, 31, 30, 32, false, true, 0xfffffffe, 0xffffffff }, /* LSL #1 */
    /* reserved */
    { 1, 0, 63, 64, true, false, 0, 0 },                /* all ones */
    { 0, 0, 31, 32, true, false, 0, 0 },                /* all ones, esize 32 */
    { 0, 0, 62, 64, true, false, 0, 0 },                /* esize 2, all ones */
    { 0, 0, 63, 64, true, false, 0, 0 },                /* no element size */
    { 1, 0, 0, 32, true, false, 0, 0 },                 /* N = 1 in 32 bits */
};

START_TEST(decode_bit_masks_matches_the_pseudocode)
{
    const struct bitmask_case *c = &bitmask_cases[_i];
    uint64_t w = 0, t = 0;
    bool ok = decode_bit_masks(c->n, c->imms, c->immr, c->immediate,
                               c->datasize, &w, &t);

    ck_assert_msg(ok == c->valid, "case %d: valid %d, expected %d", _i, ok,
                  c->valid);
    if (ok) {
        ck_assert_msg(w == c->wmask, "case %d: wmask %#llx, expected %#llx",
                      _i, (unsigned long long)w,
                      (unsigned long long)c->wmask);
        ck_assert_msg(t == c->tmask, "case %d: tmask %#llx, expected %#llx",
                      _i, (unsigned long long)t,
                      (unsigned long long)c->tmask);
    }
}
END_TEST

/* -- Integer helpers (helper_int.c) -- */

static uint32_t crc_bytewise(uint64_t (*fn)(uint64_t, uint64_t, uint64_t),
                             const char *s)
{
    uint64_t acc = 0xffffffff;

    for (; *s; s++)
        acc = fn(acc, (unsigned char)*s, 1);
    return (uint32_t)~acc;
}

START_TEST(crc32_helpers_give_the_standard_check_values)
{
    /* The "123456789" check values of CRC-32 and CRC-32C, with the usual
     * ~0 initial value and final inversion done by the caller. */
    ck_assert_uint_eq(crc_bytewise(helper_crc32, "123456789"), 0xcbf43926u);
    ck_assert_uint_eq(crc_bytewise(helper_crc32c, "123456789"), 0xe3069283u);
}
END_TEST

START_TEST(crc32_wide_forms_equal_the_byte_forms)
{
    const char *s = "12345678";
    uint64_t chunk;

    memcpy(&chunk, s, 8);           /* little endian, as the guest's X reg */
    ck_assert_uint_eq(helper_crc32(0xffffffff, chunk, 8),
                      ~crc_bytewise(helper_crc32, s) & 0xffffffffu);
    ck_assert_uint_eq(helper_crc32c(0x12345678, chunk & 0xffff, 2),
                      helper_crc32c(helper_crc32c(0x12345678, '1', 1), '2', 1));
    /* bits above the operand size are ignored */
    ck_assert_uint_eq(helper_crc32(7, 0xabcd00ff, 1), helper_crc32(7, 0xff, 1));
}
END_TEST

START_TEST(rbit_reverses_all_64_bits)
{
    ck_assert_uint_eq(helper_rbit(1), 1ull << 63);
    ck_assert_uint_eq(helper_rbit(0x0123456789abcdefull), 0xf7b3d591e6a2c480ull);
    ck_assert_uint_eq(helper_rbit(0x80000001ull) >> 32, 0x80000001u);
}
END_TEST

START_TEST(counter_is_monotonic_at_cntfrq)
{
    uint64_t a = helper_cntvct();
    struct timespec ts = { 0, 2000000 };
    nanosleep(&ts, NULL);
    uint64_t b = helper_cntvct();

    ck_assert_msg(b - a >= A64_CNTFRQ_HZ / 500, "2 ms gave %llu ticks",
                  (unsigned long long)(b - a));
}
END_TEST

/* -- System registers (sysregs.def) against the advertised HWCAPs -- */

static uint64_t sysreg_value(int crm, int op2)
{
    const struct a64_sysreg *r = a64_sysreg_find(3, 0, 0, crm, op2);

    ck_assert_ptr_nonnull(r);
    ck_assert(r->kind == SR_CONST || r->kind == SR_MODEL);
    return a64_sysreg_value(r);
}

static unsigned field(uint64_t v, int shift)
{
    return (unsigned)(v >> shift) & 0xf;
}

/* For every CPU model (cpu_models.def): the ID registers MRS reads say
 * exactly what its AT_HWCAP says, and it advertises nothing ferry does
 * not implement. */
START_TEST(id_registers_agree_with_hwcap)
{
    const struct a64_cpu_model *m = a64_cpu_model_at((unsigned)_i);
    uint64_t impl = 0;

    ck_assert_ptr_nonnull(m);
    ck_assert(a64_set_cpu_model(m->name));
#define A64_IMPL(n, b, i) if (i) impl |= 1ull << (b);
    A64_HWCAP_BITS(A64_IMPL)
#undef A64_IMPL
    uint64_t cap = a64_hwcap();
    uint64_t pfr0 = sysreg_value(4, 0), isar0 = sysreg_value(6, 0);
    uint64_t isar1 = sysreg_value(6, 1);

    ck_assert_uint_eq(cap, m->hwcap);
    ck_assert_uint_eq(cap & ~impl, 0);
    ck_assert_uint_eq(a64_sysreg_value(a64_sysreg_find(3, 0, 0, 0, 0)), m->midr);
    /* uapi asm/hwcap.h bit numbers; ID fields per Arm ARM D23.2 */
    ck_assert_int_eq(field(pfr0, 16) != 0xf, !!(cap & (1u << 0)));   /* FP */
    ck_assert_int_eq(field(pfr0, 20) != 0xf, !!(cap & (1u << 1)));   /* ASIMD */
    ck_assert_int_eq(field(pfr0, 16) == 1, !!(cap & (1u << 9)));     /* FPHP */
    ck_assert_int_eq(field(pfr0, 20) == 1, !!(cap & (1u << 10)));    /* ASIMDHP */
    ck_assert_int_eq(field(pfr0, 32) != 0, !!(cap & (1u << 22)));    /* SVE */
    ck_assert_int_eq(field(isar0, 4) != 0, !!(cap & (1u << 3)));     /* AES */
    ck_assert_int_eq(field(isar0, 4) >= 2, !!(cap & (1u << 4)));     /* PMULL */
    ck_assert_int_eq(field(isar0, 8) != 0, !!(cap & (1u << 5)));     /* SHA1 */
    ck_assert_int_eq(field(isar0, 12) != 0, !!(cap & (1u << 6)));    /* SHA2 */
    ck_assert_int_eq(field(isar0, 12) >= 2, !!(cap & (1u << 21)));   /* SHA512 */
    ck_assert_int_eq(field(isar0, 16) != 0, !!(cap & (1u << 7)));    /* CRC32 */
    ck_assert_int_eq(field(isar0, 20) == 2, !!(cap & (1u << 8)));    /* ATOMICS */
    ck_assert_int_eq(field(isar0, 28) != 0, !!(cap & (1u << 12)));   /* ASIMDRDM */
    ck_assert_int_eq(field(isar0, 44) != 0, !!(cap & (1u << 20)));   /* ASIMDDP */
    ck_assert_int_eq(field(isar1, 0) != 0, !!(cap & (1u << 16)));    /* DCPOP */
    ck_assert_int_eq(field(isar1, 12) != 0, !!(cap & (1u << 13)));   /* JSCVT */
    ck_assert_int_eq(field(isar1, 16) != 0, !!(cap & (1u << 14)));   /* FCMA */
    ck_assert_int_eq(field(isar1, 20) != 0, !!(cap & (1u << 15)));   /* LRCPC */
    ck_assert_int_eq(field(isar1, 32) != 0, !!(a64_hwcap2() & (1u << 8)));  /* FRINT */
    ck_assert(a64_set_cpu_model("max"));
}
END_TEST

START_TEST(cpu_models_differ_where_the_cores_do)
{
    ck_assert(!a64_set_cpu_model("cortex-x9"));
    ck_assert(a64_set_cpu_model("cortex-a53"));
    ck_assert(!a64_feature_on(A64_F_ATOMICS));
    ck_assert(!a64_feature_on(A64_F_FPHP));
    ck_assert(a64_feature_on(A64_F_AES));
    ck_assert(a64_set_cpu_model("neoverse-n1"));
    ck_assert(a64_feature_on(A64_F_ATOMICS));
    ck_assert(a64_feature_on(A64_F_FPHP));
    ck_assert(!a64_feature_on(A64_F_FCMA));     /* Armv8.3: not in N1 */
    ck_assert(a64_set_cpu_model("max"));
    ck_assert_uint_eq(a64_hwcap(), a64_cpu_model_at(0)->hwcap);
}
END_TEST

START_TEST(sysreg_lookup_and_id_space)
{
    const struct a64_sysreg *r = a64_sysreg_find(3, 3, 13, 0, 2);

    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(r->name, "TPIDR_EL0");
    ck_assert_int_eq(r->access, SR_RW);
    ck_assert_uint_eq(r->value, ENV_OFF(tpidr_el0));
    r = a64_sysreg_find(3, 3, 0, 0, 7);
    ck_assert_str_eq(r->name, "DCZID_EL0");
    ck_assert_uint_eq(r->value, 4);          /* 64-byte DC ZVA blocks */
    ck_assert_ptr_null(a64_sysreg_find(3, 0, 4, 2, 0));    /* DAIF */
    /* Linux emulates sys_reg(3,0,0,{0,2..7},x) only (cpufeature.c) */
    ck_assert(a64_sysreg_is_id_space(3, 0, 0, 2));
    ck_assert(a64_sysreg_is_id_space(3, 0, 0, 7));
    ck_assert(!a64_sysreg_is_id_space(3, 0, 0, 1));
    ck_assert(!a64_sysreg_is_id_space(3, 0, 0, 8));
    ck_assert(!a64_sysreg_is_id_space(3, 3, 0, 4));
}
END_TEST

static Suite *decode_suite(void)
{
    Suite *s = suite_create("decode_a64");
    TCase *tc;

    suite_add_tcase(s, decode_test_tcase(cases, ARRAY_SIZE(cases),
                                         "test_decode_a64_table.h"));
    tc = tcase_create("immediates");
    tcase_add_loop_test(tc, decode_bit_masks_matches_the_pseudocode, 0,
                        (int)ARRAY_SIZE(bitmask_cases));
    suite_add_tcase(s, tc);

    tc = tcase_create("helpers");
    tcase_add_test(tc, crc32_helpers_give_the_standard_check_values);
    tcase_add_test(tc, crc32_wide_forms_equal_the_byte_forms);
    tcase_add_test(tc, rbit_reverses_all_64_bits);
    tcase_add_test(tc, counter_is_monotonic_at_cntfrq);
    suite_add_tcase(s, tc);

    tc = tcase_create("sysregs");
    for (unsigned i = 0; a64_cpu_model_at(i); i++)
        tcase_add_loop_test(tc, id_registers_agree_with_hwcap, (int)i, (int)i + 1);
    tcase_add_test(tc, cpu_models_differ_where_the_cores_do);
    tcase_add_test(tc, sysreg_lookup_and_id_space);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return decode_test_run(decode_suite());
}
