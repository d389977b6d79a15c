/*
 * test_decode_a64_simd_int.c - the generated A64 decoder on the Advanced
 * SIMD integer encodings of a64_simd_int2.decode, checked against
 * the GNU assembler.
 *
 * test_decode_a64_simd_int_table.h (written by gen_decode_table_simd_int.sh with
 * aarch64-linux-gnu-as) lists instruction words with the pattern and the
 * argument values each must decode to, and words that must decode to
 * nothing.  The harness (recording stand-ins reached through --wrap, the
 * table walk) is shared with the other decoder tests: decode_test.h.
 */
#include "ferry.h"
#include "decode_test.h"

static const struct decode_case cases[] = {
#include "test_decode_a64_simd_int_table.h"
};

int main(void)
{
    Suite *s = suite_create("decode_a64_simd_int");

    suite_add_tcase(s, decode_test_tcase(cases, ARRAY_SIZE(cases),
                                         "test_decode_a64_simd_int_table.h"));
    return decode_test_run(s);
}
