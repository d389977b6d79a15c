/*
 * test_decode_a64_simd_int.c - the generated A64 decoder on the Advanced
 * SIMD integer encodings of a64_simd_int2.decode, checked against
 * the GNU assembler.
 *
 * test_decode_a64_simd_int_table.h (written by gen_decode_table_simd_int.sh with
 * aarch64-linux-gnu-as) lists instruction words with the pattern and the
 * argument values each must decode to, and words that must decode to
 * nothing.  As in test_decode_a64.c, the real decoder and its field
 * functions come from libferry.a and every trans_NAME is redirected with
 * --wrap to a recording stand-in written by gen_decode_stubs.sh.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "translate.h"
#include "a64_decode.h"

struct decode_case {
    uint32_t insn;
    const char *pattern;        /* NULL: must not decode */
    const char *fields;
    const char *text;           /* the assembly it came from */
};

static const struct decode_case cases[] = {
#include "test_decode_a64_simd_int_table.h"
};

/* From the generated stubs: pattern names of a64_simd_int2.decode. */
extern const char *const decode_required_patterns[];

static int rec_calls;
static char rec_name[64], rec_fields[256];

bool decode_record(const char *name, const char *fields);
bool decode_record(const char *name, const char *fields)
{
    rec_calls++;
    snprintf(rec_name, sizeof rec_name, "%s", name);
    snprintf(rec_fields, sizeof rec_fields, "%s", fields);
    return true;
}

static bool decode(uint32_t insn)
{
    DisasContext ctx;

    memset(&ctx, 0, sizeof ctx);
    ctx.pc = 0x400000;
    ctx.pc_next = ctx.pc + 4;
    ctx.insn = insn;
    rec_calls = 0;
    rec_name[0] = rec_fields[0] = '\0';
    return a64_decode(&ctx, insn);
}

START_TEST(each_assembled_simd_int_word_decodes_to_its_fields)
{
    const struct decode_case *c = &cases[_i];

    if (!c->pattern)
        return;
    ck_assert_msg(decode(c->insn) && rec_calls == 1,
                  "%s (0x%08x): not decoded (%d trans_ calls)", c->text,
                  c->insn, rec_calls);
    ck_assert_msg(strcmp(rec_name, c->pattern) == 0 &&
                  strcmp(rec_fields, c->fields) == 0,
                  "%s (0x%08x): got %s {%s}, expected %s {%s}", c->text,
                  c->insn, rec_name, rec_fields, c->pattern, c->fields);
}
END_TEST

START_TEST(each_unallocated_word_decodes_to_nothing)
{
    const struct decode_case *c = &cases[_i];

    if (c->pattern)
        return;
    ck_assert_msg(!decode(c->insn) && rec_calls == 0,
                  "%s (0x%08x): unallocated, but decoded as %s {%s}",
                  c->text, c->insn, rec_name, rec_fields);
}
END_TEST

START_TEST(every_simd_int2_pattern_has_a_case)
{
    for (const char *const *p = decode_required_patterns; *p; p++) {
        bool found = false;

        for (size_t i = 0; i < ARRAY_SIZE(cases) && !found; i++)
            found = cases[i].pattern && strcmp(cases[i].pattern, *p) == 0;
        ck_assert_msg(found, "pattern %s has no case in "
                      "test_decode_a64_simd_int_table.h", *p);
    }
}
END_TEST

static Suite *decode_simd_int_suite(void)
{
    Suite *s = suite_create("decode_a64_simd_int");
    TCase *tc = tcase_create("decoder");

    tcase_add_loop_test(tc, each_assembled_simd_int_word_decodes_to_its_fields,
                        0, (int)ARRAY_SIZE(cases));
    tcase_add_loop_test(tc, each_unallocated_word_decodes_to_nothing, 0,
                        (int)ARRAY_SIZE(cases));
    tcase_add_test(tc, every_simd_int2_pattern_has_a_case);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(decode_simd_int_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
