/*
 * dp_fields.c - immediate decoding for a64_dp.decode: the !function
 * helpers the generated decoder calls while extracting fields, and
 * DecodeBitMasks for the logical-immediate instructions.
 *
 * Kept apart from the trans_*.c files so that the decoder unit test
 * (tests/unit/test_decode_a64.c) can link the real field helpers with
 * its own recording trans_ functions.
 */
#include "translate.h"
#include "a64_decode.h"
#include "dp_fields.h"

/* ADD/SUB (immediate): sh:imm12 -> imm12, shifted left by 12 if sh
 * (Arm ARM C6.2.4 "ADD (immediate)"). */
int add_sub_imm(DisasContext *s, int x)
{
    (void)s;
    return (x & 0xfff) << ((x >> 12) ? 12 : 0);
}

/* B, BL, B.cond, CBZ, TBZ ...: the word offset times 4 (imm:'00'). */
int branch_offset(DisasContext *s, int x)
{
    (void)s;
    return (int)((unsigned)x << 2);
}

/* MRS/MSR (register): bit 19 is o0 and op0 = 2 + o0 (C5.3). */
int sysreg_op0(DisasContext *s, int x)
{
    (void)s;
    return 2 + x;
}

static uint64_t ones(unsigned n)
{
    return n >= 64 ? ~0ull : (1ull << n) - 1;
}

/* ROR of an esize-bit element. */
static uint64_t ror_elem(uint64_t x, unsigned r, unsigned esize)
{
    if (r == 0)
        return x;
    return ((x >> r) | (x << (esize - r))) & ones(esize);
}

static uint64_t replicate(uint64_t elem, unsigned esize, unsigned datasize)
{
    uint64_t v = 0;

    for (unsigned i = 0; i < datasize; i += esize)
        v |= elem << i;
    return v;
}

bool decode_bit_masks(unsigned immn, unsigned imms, unsigned immr,
                      bool immediate, unsigned datasize,
                      uint64_t *wmask, uint64_t *tmask)
{
    unsigned combined = ((immn & 1) << 6) | (~imms & 0x3f);
    int len;

    if (combined == 0)
        return false;                       /* HighestSetBit = -1 */
    len = 31 - __builtin_clz(combined);
    if (len < 1 || (1u << len) > datasize)
        return false;
    unsigned levels = (unsigned)ones((unsigned)len);
    if (immediate && (imms & levels) == levels)
        return false;
    unsigned s = imms & levels, r = immr & levels;
    unsigned esize = 1u << len;
    unsigned d = (s - r) & levels;           /* diff<len-1:0> */
    uint64_t welem = ones(s + 1), telem = ones(d + 1);

    *wmask = replicate(ror_elem(welem, r, esize), esize, datasize);
    *tmask = replicate(telem, esize, datasize);
    return true;
}
