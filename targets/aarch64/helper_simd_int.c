/*
 * helper_simd_int.c - the generic element loops of helper_simd_int.h:
 * every operation of a64_simd_int2.decode, including the rare ones that
 * have no SSE version.  Values are widened to 128 bits, computed
 * exactly, then saturated (setting FPSR.QC) or truncated, following the
 * Arm ARM C7.2 pseudocode of each instruction (SatQ, the shared
 * functions UnsignedRecipEstimate / UnsignedRSqrtEstimate of J1).
 */
#include <stdbool.h>
#include <string.h>
#include "helper_simd_int.h"
#include "simd_elt.h"

typedef __int128 i128;

/* An element as a 128-bit value, signed or not. */
static i128 get(const a64_vreg *v, int i, int size, bool sgn)
{
    return sgn ? (i128)selt(v, i, size) : (i128)elt(v, i, size);
}

struct st {
    unsigned op, size, q, extra;
    bool scalar, qc;
};

/* SignedSatQ / UnsignedSatQ of the Arm ARM to bits */
static uint64_t sat(struct st *c, i128 v, int bits, bool sgn)
{
    i128 max = sgn ? ((i128)1 << (bits - 1)) - 1 : ((i128)1 << bits) - 1;
    i128 min = sgn ? -max - 1 : 0;

    if (v > max) {
        c->qc = true;
        return (uint64_t)max;
    }
    if (v < min) {
        c->qc = true;
        return (uint64_t)min;
    }
    return (uint64_t)v;
}

/* x >> k (k >= 0), rounded when round; k beyond the width gives the
 * value the pseudocode's unbounded integers give. */
static i128 shr_r(i128 x, int k, int bits, bool round)
{
    if (k == 0)
        return x;
    if (k > bits + 1)
        k = bits + 1;
    return round ? (x + ((i128)1 << (k - 1))) >> k : x >> k;
}

/* Shift by a signed count (left if sh >= 0); saturating or truncating.
 * The SSHL family: C7.2.329 SRSHL, C7.2.315 SQRSHL, ... */
static uint64_t shift_var(struct st *c, i128 x, int sh, int bits, bool sgn,
                          bool round, bool satq)
{
    i128 r;

    if (sh < 0)
        r = shr_r(x, -sh, bits, round);
    else if (x == 0)
        r = 0;
    else if (sh >= bits)
        r = satq ? (x > 0 ? (i128)1 << 100 : -((i128)1 << 100)) : 0;
    else
        r = x << sh;
    return satq ? sat(c, r, bits, sgn) : (uint64_t)r;
}

static uint64_t pmul(uint64_t a, uint64_t b, int bits)
{
    uint64_t r = 0;

    for (int i = 0; i < bits; i++)
        if (b >> i & 1)
            r ^= a << i;
    return r;
}

static i128 absd(i128 a, i128 b)
{
    return a > b ? a - b : b - a;
}

static uint64_t mask_c(bool c, int bits)
{
    return c ? (bits == 64 ? ~0ull : (1ull << bits) - 1) : 0;
}

/* -- same-size elementwise (three same, by element) -- */

static uint64_t op_same(struct st *c, const a64_vreg *n, const a64_vreg *m,
                        const a64_vreg *d, int i, int mi)
{
    int s = (int)c->size, bits = 8 << s;
    i128 ua = get(n, i, s, false), ub = get(m, mi, s, false);
    i128 sa = get(n, i, s, true), sb = get(m, mi, s, true);
    uint64_t dv = elt(d, i, s);
    int sh = (int8_t)ub;

    switch (c->op) {
    case SIMDI_SHADD:  return (uint64_t)((sa + sb) >> 1);
    case SIMDI_UHADD:  return (uint64_t)((ua + ub) >> 1);
    case SIMDI_SRHADD: return (uint64_t)((sa + sb + 1) >> 1);
    case SIMDI_URHADD: return (uint64_t)((ua + ub + 1) >> 1);
    case SIMDI_SHSUB:  return (uint64_t)((sa - sb) >> 1);
    case SIMDI_UHSUB:  return (uint64_t)((ua - ub) >> 1);
    case SIMDI_SQADD:  return sat(c, sa + sb, bits, true);
    case SIMDI_UQADD:  return sat(c, ua + ub, bits, false);
    case SIMDI_SQSUB:  return sat(c, sa - sb, bits, true);
    case SIMDI_UQSUB:  return sat(c, ua - ub, bits, false);
    case SIMDI_SQSHL:  return shift_var(c, sa, sh, bits, true, false, true);
    case SIMDI_UQSHL:  return shift_var(c, ua, sh, bits, false, false, true);
    case SIMDI_SRSHL:  return shift_var(c, sa, sh, bits, true, true, false);
    case SIMDI_URSHL:  return shift_var(c, ua, sh, bits, false, true, false);
    case SIMDI_SQRSHL: return shift_var(c, sa, sh, bits, true, true, true);
    case SIMDI_UQRSHL: return shift_var(c, ua, sh, bits, false, true, true);
    case SIMDI_SABD:   return (uint64_t)absd(sa, sb);
    case SIMDI_UABD:   return (uint64_t)absd(ua, ub);
    case SIMDI_SABA:   return dv + (uint64_t)absd(sa, sb);
    case SIMDI_UABA:   return dv + (uint64_t)absd(ua, ub);
    case SIMDI_PMUL:   return pmul((uint64_t)ua, (uint64_t)ub, bits);
    case SIMDI_SQDMULH:
        return sat(c, (2 * sa * sb) >> bits, bits, true);
    case SIMDI_SQRDMULH:
        return sat(c, (2 * sa * sb + ((i128)1 << (bits - 1))) >> bits, bits,
                   true);
    case SIMDI_MUL:    return (uint64_t)(ua * ub);
    case SIMDI_MLA:    return dv + (uint64_t)(ua * ub);
    case SIMDI_MLS:    return dv - (uint64_t)(ua * ub);
    case SIMDI_ADD:    return (uint64_t)(ua + ub);
    case SIMDI_SUB:    return (uint64_t)(ua - ub);
    case SIMDI_CMTST:  return mask_c((ua & ub) != 0, bits);
    case SIMDI_CMEQ:   return mask_c(ua == ub, bits);
    case SIMDI_CMGT:   return mask_c(sa > sb, bits);
    case SIMDI_CMHI:   return mask_c(ua > ub, bits);
    case SIMDI_CMGE:   return mask_c(sa >= sb, bits);
    default:           return mask_c(ua >= ub, bits);     /* CMHS */
    }
}

/* -- long: wide result element i from narrow elements base + i -- */

static uint64_t op_long(struct st *c, const a64_vreg *n, const a64_vreg *m,
                        const a64_vreg *d, int i, int ni, int mi)
{
    int s = (int)c->size, wb = 16 << s;
    bool sgn = c->op == SIMDI_SABAL || c->op == SIMDI_SABDL ||
               c->op == SIMDI_SMLAL || c->op == SIMDI_SMLSL ||
               c->op == SIMDI_SMULL || c->op >= SIMDI_SQDMLAL;
    i128 a = get(n, ni, s, sgn), b = get(m, mi, s, sgn);
    i128 dv = get(d, i, s + 1, true);
    uint64_t ud = elt(d, i, s + 1);

    switch (c->op) {
    case SIMDI_SABAL: case SIMDI_UABAL: return ud + (uint64_t)absd(a, b);
    case SIMDI_SABDL: case SIMDI_UABDL: return (uint64_t)absd(a, b);
    case SIMDI_SMLAL: case SIMDI_UMLAL: return ud + (uint64_t)(a * b);
    case SIMDI_SMLSL: case SIMDI_UMLSL: return ud - (uint64_t)(a * b);
    case SIMDI_SMULL: case SIMDI_UMULL: return (uint64_t)(a * b);
    case SIMDI_SQDMULL: return sat(c, 2 * a * b, wb, true);
    case SIMDI_SQDMLAL:
        return sat(c, dv + (int64_t)sat(c, 2 * a * b, wb, true), wb, true);
    case SIMDI_SQDMLSL:
        return sat(c, dv - (int64_t)sat(c, 2 * a * b, wb, true), wb, true);
    default:
        return pmul((uint64_t)a & 0xff, (uint64_t)b & 0xff, 8); /* PMULL */
    }
}


static void do_three(struct st *c, const a64_vreg *n, const a64_vreg *m,
                     const a64_vreg *d, a64_vreg *r)
{
    int s = (int)c->size, half = 8 >> s;
    bool byelem = c->extra != 0xff;  /* set by the caller for by-element */
    int cnt, base = c->q && !c->scalar ? half : 0;

    if (c->op < SIMDI_LONG_FIRST) {
        cnt = c->scalar ? 1 : (c->q ? 16 : 8) >> s;
        for (int i = 0; i < cnt; i++)
            set_elt(r, i, s, op_same(c, n, m, d, i, byelem ? (int)c->extra : i));
        return;
    }
    if (c->op == SIMDI_RADDHN || c->op == SIMDI_RSUBHN) {
        int nb = 8 << s;
        if (c->q)
            *r = *d;
        for (int i = 0; i < half; i++) {
            unsigned __int128 a = elt(n, i, s + 1), b = elt(m, i, s + 1);
            unsigned __int128 v = (c->op == SIMDI_RADDHN ? a + b : a - b) +
                                  ((unsigned __int128)1 << (nb - 1));
            set_elt(r, base + i, s, (uint64_t)(v >> nb));
        }
        return;
    }
    cnt = c->scalar ? 1 : half;
    for (int i = 0; i < cnt; i++) {
        uint64_t v = op_long(c, n, m, d, i, base + i,
                             byelem ? (int)c->extra : base + i);
        set_elt(r, i, s + 1, v);
    }
}

/* -- two registers -- */

static int clz_w(uint64_t x, int w)
{
    return x ? w - 64 + __builtin_clzll(x) : w;
}

/* Arm ARM J1 shared/functions/float/unsignedrecipestimate */
static uint32_t urecpe(uint32_t x)
{
    if (!(x >> 31))
        return 0xffffffffu;
    return recip_estimate(x >> 23) << 23;
}

/* ... and unsignedrsqrtestimate */
static uint32_t ursqrte(uint32_t x)
{
    if (!(x >> 30))
        return 0xffffffffu;
    return rsqrt_estimate(x >> 23) << 23;
}

static uint64_t op_two(struct st *c, const a64_vreg *n, const a64_vreg *d,
                       int i)
{
    int s = (int)c->size, bits = 8 << s;
    uint64_t a = elt(n, i, s), mask = mask_c(true, bits);
    i128 sa = get(n, i, s, true);

    switch (c->op) {
    case SIMDI_SUQADD: return sat(c, get(d, i, s, true) + (i128)a, bits, true);
    case SIMDI_USQADD: return sat(c, get(d, i, s, false) + sa, bits, false);
    case SIMDI_CLS:    return (uint64_t)clz_w(((a >> 1) ^ a) & (mask >> 1),
                                              bits - 1);
    case SIMDI_CLZ:    return (uint64_t)clz_w(a, bits);
    case SIMDI_RBIT: {
        uint8_t b = (uint8_t)a, r = 0;
        for (int k = 0; k < 8; k++)
            r |= (uint8_t)((b >> k & 1) << (7 - k));
        return r;
    }
    case SIMDI_SQABS:  return sat(c, sa < 0 ? -sa : sa, bits, true);
    case SIMDI_SQNEG:  return sat(c, -sa, bits, true);
    case SIMDI_ABS:    return (uint64_t)(sa < 0 ? -sa : sa);
    case SIMDI_NEG:    return (uint64_t)-sa;
    case SIMDI_URECPE: return urecpe((uint32_t)a);
    default:           return ursqrte((uint32_t)a);     /* URSQRTE */
    }
}

static void do_two(struct st *c, const a64_vreg *n, const a64_vreg *d,
                   a64_vreg *r)
{
    int s = (int)c->size, cnt = c->scalar ? 1 : (c->q ? 16 : 8) >> s;
    int half = 8 >> s;

    switch (c->op) {
    case SIMDI_SADDLP: case SIMDI_UADDLP: case SIMDI_SADALP: case SIMDI_UADALP: {
        bool sgn = c->op == SIMDI_SADDLP || c->op == SIMDI_SADALP;
        bool acc = c->op == SIMDI_SADALP || c->op == SIMDI_UADALP;
        for (int i = 0; i < cnt / 2; i++) {
            i128 v = get(n, 2 * i, s, sgn) + get(n, 2 * i + 1, s, sgn);
            set_elt(r, i, s + 1, (uint64_t)v + (acc ? elt(d, i, s + 1) : 0));
        }
        return;
    }
    case SIMDI_SADDLV: case SIMDI_UADDLV: {
        i128 v = 0;
        for (int i = 0; i < cnt; i++)
            v += get(n, i, s, c->op == SIMDI_SADDLV);
        set_elt(r, 0, s + 1, (uint64_t)v);
        return;
    }
    case SIMDI_SQXTN: case SIMDI_UQXTN: case SIMDI_SQXTUN: {
        int base = c->q && !c->scalar ? half : 0;
        if (c->q && !c->scalar)
            *r = *d;
        for (int i = 0; i < (c->scalar ? 1 : half); i++)
            set_elt(r, base + i, s,
                    sat(c, get(n, i, s + 1, c->op != SIMDI_UQXTN), 8 << s,
                        c->op == SIMDI_SQXTN));
        return;
    }
    default:
        for (int i = 0; i < cnt; i++)
            set_elt(r, i, s, op_two(c, n, d, i));
        return;
    }
}

/* -- shifts by immediate (extra = the count) -- */

static uint64_t op_shift(struct st *c, const a64_vreg *n, const a64_vreg *d,
                         int i)
{
    int s = (int)c->size, bits = 8 << s, sh = (int)c->extra;
    uint64_t a = elt(n, i, s), dv = elt(d, i, s), mask = mask_c(true, bits);
    i128 sa = get(n, i, s, true), ua = a;

    switch (c->op) {
    case SIMDI_SRSHR:  return (uint64_t)shr_r(sa, sh, bits, true);
    case SIMDI_URSHR:  return (uint64_t)shr_r(ua, sh, bits, true);
    case SIMDI_SRSRA:  return dv + (uint64_t)shr_r(sa, sh, bits, true);
    case SIMDI_URSRA:  return dv + (uint64_t)shr_r(ua, sh, bits, true);
    case SIMDI_SSHR:   return (uint64_t)shr_r(sa, sh, bits, false);
    case SIMDI_USHR:   return (uint64_t)shr_r(ua, sh, bits, false);
    case SIMDI_SSRA:   return dv + (uint64_t)shr_r(sa, sh, bits, false);
    case SIMDI_USRA:   return dv + (uint64_t)shr_r(ua, sh, bits, false);
    case SIMDI_SRI: {
        uint64_t m = sh >= bits ? 0 : mask >> sh;
        return (dv & ~m) | (sh >= bits ? 0 : (a >> sh));
    }
    case SIMDI_SLI: {
        uint64_t m = (mask << sh) & mask;
        return (dv & ~m) | ((a << sh) & m);
    }
    case SIMDI_SQSHLU: return sat(c, sa << sh, bits, false);
    case SIMDI_SQSHLI: return sat(c, sa << sh, bits, true);
    default:           return sat(c, ua << sh, bits, false);  /* UQSHLI */
    }
}

/* narrowing: wide element i of n to narrow size */
static uint64_t op_shiftn(struct st *c, const a64_vreg *n, int i)
{
    int s = (int)c->size, nb = 8 << s, sh = (int)c->extra;
    bool sgn = c->op == SIMDI_SQSHRN || c->op == SIMDI_SQRSHRN ||
               c->op == SIMDI_SQSHRUN || c->op == SIMDI_SQRSHRUN;
    bool round = c->op == SIMDI_RSHRN || c->op == SIMDI_SQRSHRN ||
                 c->op == SIMDI_UQRSHRN || c->op == SIMDI_SQRSHRUN;
    i128 v = shr_r(get(n, i, s + 1, sgn), sh, 2 * nb, round);

    switch (c->op) {
    case SIMDI_RSHRN:   return (uint64_t)v;
    case SIMDI_SQSHRN: case SIMDI_SQRSHRN: return sat(c, v, nb, true);
    default:            return sat(c, v, nb, false);
    }
}

static void do_shift(struct st *c, const a64_vreg *n, const a64_vreg *d,
                     a64_vreg *r)
{
    int s = (int)c->size, half = 8 >> s;

    if (c->op >= SIMDI_SHIFTN_FIRST) {
        int base = c->q && !c->scalar ? half : 0;
        if (base)
            *r = *d;
        for (int i = 0; i < (c->scalar ? 1 : half); i++)
            set_elt(r, base + i, s, op_shiftn(c, n, i));
        return;
    }
    for (int i = 0; i < (c->scalar ? 1 : (c->q ? 16 : 8) >> s); i++)
        set_elt(r, i, s, op_shift(c, n, d, i));
}

void helper_simd_int(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                     uint64_t rm, uint64_t desc)
{
    struct st c = {
        .op = desc & 0xff, .size = (desc >> 8) & 3, .q = (desc >> 10) & 1,
        .extra = (unsigned)(desc >> 16) & 0xff,
        .scalar = (desc & SIMDI_SCALAR) != 0,
    };
    a64_vreg n = env->v[rn], m = env->v[rm], d = env->v[rd], r;

    memset(&r, 0, sizeof r);
    if (c.op < SIMDI_TWO_FIRST) {
        if (!(desc & SIMDI_BYELEM))
            c.extra = 0xff;
        do_three(&c, &n, &m, &d, &r);
    } else if (c.op < SIMDI_SHIFT_FIRST) {
        do_two(&c, &n, &d, &r);
    } else {
        do_shift(&c, &n, &d, &r);
    }
    env->v[rd] = r;
    if (c.qc)
        env->fpsr |= FPSR_QC;
}

/* -- TBL/TBX (C7.2.350): bytes of the table registers by index -- */

void helper_simd_tbl(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                     uint64_t rm, uint64_t desc)
{
    int regs = (int)(desc >> 1 & 3) + 1, bytes = desc & 1 ? 16 : 8;
    uint8_t table[64];
    a64_vreg idx = env->v[rm], r;

    for (int k = 0; k < regs; k++)
        memcpy(table + 16 * k, &env->v[(rn + (uint64_t)k) % 32], 16);
    r = desc & 8 ? env->v[rd] : (a64_vreg){ .q = 0 };
    for (int i = 0; i < bytes; i++)
        if (idx.b[i] < 16 * regs)
            r.b[i] = table[idx.b[i]];
    if (bytes == 8)
        r.d[1] = 0;
    env->v[rd] = r;
}
