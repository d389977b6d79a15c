/*
 * decode_test.h - the harness shared by the decoder unit tests
 * (test_decode_a64.c, test_decode_a64_mem.c, test_decode_a64_simd_int.c):
 * each checks the generated A64 decoder against a table of assembler-made
 * instruction words (written by gen_decode_table.sh).
 *
 * The test links the real decoder and its field helpers from libferry.a
 * with --wrap=trans_NAME for every pattern (gen_decode_stubs.sh), so each
 * trans_ call lands in decode_record() here instead of a translator.
 *
 *     static const struct decode_case cases[] = {
 *     #include "test_decode_a64_mem_table.h"
 *     };
 *     Suite *s = suite_create("decode_a64_mem");
 *     suite_add_tcase(s, decode_test_tcase(cases, ARRAY_SIZE(cases),
 *                                          "test_decode_a64_mem_table.h"));
 *     return decode_test_run(s);
 */
#ifndef FERRY_TESTS_DECODE_TEST_H
#define FERRY_TESTS_DECODE_TEST_H

#include <check.h>
#include <stddef.h>
#include <stdint.h>

/* One row of a generated *_table.h. */
struct decode_case {
    uint32_t insn;
    const char *pattern;        /* NULL: must not decode */
    const char *fields;
    const char *text;           /* the assembly it came from */
};

/* From the generated stubs: the pattern names of the .decode files the
 * test covers; each must have a case in the table. */
extern const char *const decode_required_patterns[];

/* Called by the generated stubs for every trans_ call. */
bool decode_record(const char *name, const char *fields);

/* The "decoder" test case over CASES[0..N): every assembled word decodes
 * to its pattern and fields, every unallocated word to nothing, and every
 * required pattern has a case in TABLE (named in failure messages). */
TCase *decode_test_tcase(const struct decode_case *cases, size_t n,
                         const char *table);

/* Runs suite S; the exit status for main(). */
int decode_test_run(Suite *s);

#endif
