/*
 * decode_test.c - the decoder unit tests' shared harness (decode_test.h):
 * the recording trans_ stand-in, a decode of one word with a fresh
 * DisasContext, and the three table-walking checks.
 *
 * The table is kept in file statics set by decode_test_tcase() before the
 * suite runs; Check's forked tests inherit them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "translate.h"
#include "a64_decode.h"
#include "decode_test.h"

static const struct decode_case *dt_cases;
static size_t dt_ncases;
static const char *dt_table;

/* -- Recording trans_ stand-in (called by the generated stubs) -- */

static int rec_calls;
static char rec_name[64], rec_fields[256];

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

/* -- The table-walking checks -- */

START_TEST(each_assembled_encoding_decodes_to_its_pattern_and_fields)
{
    const struct decode_case *c = &dt_cases[_i];

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

START_TEST(each_unallocated_encoding_decodes_to_nothing)
{
    const struct decode_case *c = &dt_cases[_i];

    if (c->pattern)
        return;
    ck_assert_msg(!decode(c->insn) && rec_calls == 0,
                  "%s (0x%08x): unallocated, but decoded as %s {%s}",
                  c->text, c->insn, rec_name, rec_fields);
}
END_TEST

START_TEST(every_pattern_has_a_case)
{
    for (const char *const *p = decode_required_patterns; *p; p++) {
        bool found = false;

        for (size_t i = 0; i < dt_ncases && !found; i++)
            found = dt_cases[i].pattern && strcmp(dt_cases[i].pattern, *p) == 0;
        ck_assert_msg(found, "pattern %s has no case in %s", *p, dt_table);
    }
}
END_TEST

TCase *decode_test_tcase(const struct decode_case *cases, size_t n,
                         const char *table)
{
    TCase *tc = tcase_create("decoder");

    dt_cases = cases;
    dt_ncases = n;
    dt_table = table;
    tcase_add_loop_test(tc, each_assembled_encoding_decodes_to_its_pattern_and_fields,
                        0, (int)n);
    tcase_add_loop_test(tc, each_unallocated_encoding_decodes_to_nothing, 0,
                        (int)n);
    tcase_add_test(tc, every_pattern_has_a_case);
    return tc;
}

int decode_test_run(Suite *s)
{
    SRunner *sr = srunner_create(s);
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
