/*
 * test_decode_a64_mem.c - the generated A64 decoder on the load/store and
 * SIMD&FP encodings (a64_ldst.decode, a64_simd.decode), checked against
 * the GNU assembler.
 *
 * test_decode_a64_mem_table.h (written by gen_decode_table_mem.sh with
 * aarch64-linux-gnu-as) lists instruction words with the pattern and the
 * argument values each must decode to, and words that must decode to
 * nothing.  The harness (recording stand-ins reached through --wrap, the
 * table walk) is shared with the other decoder tests: decode_test.h.
 */
#include "ferry.h"
#include "decode_test.h"

static const struct decode_case cases[] = {
#include "test_decode_a64_mem_table.h"
};

int main(void)
{
    Suite *s = suite_create("decode_a64_mem");

    suite_add_tcase(s, decode_test_tcase(cases, ARRAY_SIZE(cases),
                                         "test_decode_a64_mem_table.h"));
    return decode_test_run(s);
}
