/*
 * helper_simd.c - Advanced SIMD integer operations on env->v[] (see
 * helper_simd.h).  Element loops in plain C; the semantics follow the
 * Arm ARM C7.2 pseudocode of each instruction.  Fast host-vector lowering
 * of the hot ones is a later optimisation (DESIGN.md decision 6).
 */
#include <stdbool.h>
#include <string.h>
#include "helper_simd.h"
#include "simd_elt.h"

/* -- element access (elt, selt, set_elt: simd_elt.h) -- */

static uint64_t ones(int size)
{
    return size >= 3 ? ~(uint64_t)0 : ((uint64_t)1 << (8 << size)) - 1;
}

struct desc {
    unsigned op, size, q, extra;
    int n;          /* elements in the (Q-sized) vector */
};

static struct desc unpack(uint64_t d)
{
    struct desc r = {
        .op = d & 0xff, .size = (d >> 8) & 3, .q = (d >> 10) & 1,
        .extra = (unsigned)(d >> 16) & 0xff,
    };
    r.n = (r.q ? 16 : 8) >> r.size;
    return r;
}

static void finish(struct a64_cpu *env, uint64_t rd, const a64_vreg *res,
                   unsigned q)
{
    env->v[rd] = *res;
    if (!q)
        env->v[rd].d[1] = 0;
}

/* -- three registers -- */

static uint64_t cmp_mask(bool c, int size)
{
    return c ? ones(size) : 0;
}

/* SSHL/USHL: shift by the signed low byte of the other element; a
 * negative count shifts right (Arm ARM C7.2.329, C7.2.379). */
static uint64_t shl_reg(bool sign, uint64_t a, int64_t sa, int sh, int size)
{
    int bits = 8 << size;

    if (sh >= 0)
        return sh >= bits ? 0 : a << sh;
    sh = -sh;
    if (sign)
        return (uint64_t)(sa >> (sh >= bits ? bits - 1 : sh));
    return sh >= bits ? 0 : a >> sh;
}

/* Element-wise operations of the "three same" class. */
static uint64_t op3_elem(unsigned op, const a64_vreg *n, const a64_vreg *m,
                         const a64_vreg *d, int i, int size)
{
    uint64_t a = elt(n, i, size), b = elt(m, i, size), c = elt(d, i, size);
    int64_t sa = selt(n, i, size), sb = selt(m, i, size);

    switch (op) {
    case SIMD3_ADD:   return a + b;
    case SIMD3_SUB:   return a - b;
    case SIMD3_CMTST: return cmp_mask((a & b) != 0, size);
    case SIMD3_CMEQ:  return cmp_mask(a == b, size);
    case SIMD3_CMGT:  return cmp_mask(sa > sb, size);
    case SIMD3_CMHI:  return cmp_mask(a > b, size);
    case SIMD3_CMGE:  return cmp_mask(sa >= sb, size);
    case SIMD3_CMHS:  return cmp_mask(a >= b, size);
    case SIMD3_SMAX:  return sa > sb ? a : b;
    case SIMD3_UMAX:  return a > b ? a : b;
    case SIMD3_SMIN:  return sa < sb ? a : b;
    case SIMD3_UMIN:  return a < b ? a : b;
    case SIMD3_MUL:   return a * b;
    case SIMD3_MLA:   return c + a * b;
    case SIMD3_MLS:   return c - a * b;
    case SIMD3_SSHL:
    case SIMD3_USHL:  return shl_reg(op == SIMD3_SSHL, a, sa, (int8_t)b, size);
    case SIMD3_AND:   return a & b;
    case SIMD3_BIC:   return a & ~b;
    case SIMD3_ORR:   return a | b;
    case SIMD3_ORN:   return a | ~b;
    case SIMD3_EOR:   return a ^ b;
    case SIMD3_BSL:   return (c & a) | (~c & b);
    case SIMD3_BIT:   return (b & a) | (~b & c);
    default:          return (~b & a) | (b & c);      /* BIF */
    }
}

/* Pairwise: the low half of the result from pairs of n, the high from m. */
static uint64_t op3_pair(unsigned op, const a64_vreg *n, const a64_vreg *m,
                         int i, int nelem, int size)
{
    const a64_vreg *src = i < nelem / 2 ? n : m;
    int j = (i % (nelem / 2)) * 2;
    uint64_t a = elt(src, j, size), b = elt(src, j + 1, size);
    int64_t sa = selt(src, j, size), sb = selt(src, j + 1, size);

    switch (op) {
    case SIMD3_SMAXP: return sa > sb ? a : b;
    case SIMD3_UMAXP: return a > b ? a : b;
    case SIMD3_SMINP: return sa < sb ? a : b;
    case SIMD3_UMINP: return a < b ? a : b;
    default:          return a + b;                   /* ADDP */
    }
}

/* Long/wide/narrow: size is the narrow element size; Q selects the upper
 * half of the narrow operands ("2" forms). */
static void op3_diff(unsigned op, const a64_vreg *n, const a64_vreg *m,
                     a64_vreg *r, const a64_vreg *d, struct desc ds)
{
    int half = 8 >> ds.size, base = ds.q ? half : 0, ws = ds.size + 1;
    bool sign = op == SIMD3_SADDL || op == SIMD3_SADDW ||
                op == SIMD3_SSUBL || op == SIMD3_SSUBW;
    bool wide = op == SIMD3_SADDW || op == SIMD3_UADDW ||
                op == SIMD3_SSUBW || op == SIMD3_USUBW;
    bool sub = op == SIMD3_SSUBL || op == SIMD3_USUBL ||
               op == SIMD3_SSUBW || op == SIMD3_USUBW;

    if (op == SIMD3_ADDHN || op == SIMD3_SUBHN) {
        *r = ds.q ? *d : (a64_vreg){ .q = 0 };
        for (int i = 0; i < half; i++) {
            uint64_t a = elt(n, i, ws), b = elt(m, i, ws);
            uint64_t v = op == SIMD3_ADDHN ? a + b : a - b;
            set_elt(r, base + i, ds.size, v >> (8 << ds.size));
        }
        return;
    }
    for (int i = 0; i < half; i++) {
        uint64_t a = wide ? elt(n, i, ws)
                   : sign ? (uint64_t)selt(n, base + i, ds.size)
                          : elt(n, base + i, ds.size);
        uint64_t b = sign ? (uint64_t)selt(m, base + i, ds.size)
                          : elt(m, base + i, ds.size);
        set_elt(r, i, ws, sub ? a - b : a + b);
    }
}

static uint64_t op3_perm(unsigned op, const a64_vreg *n, const a64_vreg *m,
                         int i, int nelem, int size)
{
    int h = nelem / 2, p = i / 2, odd = i & 1;

    switch (op) {
    case SIMD3_UZP1:
    case SIMD3_UZP2: {
        int j = 2 * (i % h) + (op == SIMD3_UZP2);
        return elt(i < h ? n : m, j, size);
    }
    case SIMD3_TRN1:
    case SIMD3_TRN2:
        return elt(odd ? m : n, 2 * p + (op == SIMD3_TRN2), size);
    default:                                   /* ZIP1, ZIP2 */
        return elt(odd ? m : n, p + (op == SIMD3_ZIP2 ? h : 0), size);
    }
}

void helper_simd_op3(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                     uint64_t rm, uint64_t desc)
{
    struct desc ds = unpack(desc);
    a64_vreg n = env->v[rn], m = env->v[rm], d = env->v[rd], r = { .q = 0 };

    if (ds.op >= SIMD3_SADDL && ds.op <= SIMD3_SUBHN) {
        op3_diff(ds.op, &n, &m, &r, &d, ds);
        env->v[rd] = r;
        return;
    }
    for (int i = 0; i < ds.n; i++) {
        uint64_t v;
        if (ds.op >= SIMD3_UZP1)
            v = op3_perm(ds.op, &n, &m, i, ds.n, (int)ds.size);
        else if (ds.op >= SIMD3_SMAXP && ds.op <= SIMD3_ADDP)
            v = op3_pair(ds.op, &n, &m, i, ds.n, (int)ds.size);
        else
            v = op3_elem(ds.op, &n, &m, &d, i, (int)ds.size);
        set_elt(&r, i, (int)ds.size, v);
    }
    finish(env, rd, &r, ds.q);
}

/* -- two registers -- */

static uint64_t op2_elem(unsigned op, const a64_vreg *n, int i, int size)
{
    uint64_t a = elt(n, i, size);
    int64_t sa = selt(n, i, size);

    switch (op) {
    case SIMD2_CNT:   return (uint64_t)__builtin_popcount((unsigned)a);
    case SIMD2_NOT:   return ~a;
    case SIMD2_CMGT0: return cmp_mask(sa > 0, size);
    case SIMD2_CMGE0: return cmp_mask(sa >= 0, size);
    case SIMD2_CMEQ0: return cmp_mask(a == 0, size);
    case SIMD2_CMLE0: return cmp_mask(sa <= 0, size);
    case SIMD2_CMLT0: return cmp_mask(sa < 0, size);
    case SIMD2_ABS:   return sa < 0 ? -(uint64_t)sa : a;
    default:          return -a;                      /* NEG */
    }
}

/* REV16/32/64: reverse the elements inside each container of 2 << k bytes */
static void op2_rev(const a64_vreg *n, a64_vreg *r, struct desc ds,
                    int container)
{
    int per = container >> ds.size;

    for (int i = 0; i < ds.n; i++) {
        int base = i - i % per;
        set_elt(r, i, (int)ds.size, elt(n, base + per - 1 - i % per, (int)ds.size));
    }
}

/* Across lanes: result in element 0 of a zeroed register. */
static void op2_across(unsigned op, const a64_vreg *n, a64_vreg *r,
                       struct desc ds)
{
    uint64_t acc = elt(n, 0, (int)ds.size);
    int64_t sacc = selt(n, 0, (int)ds.size);

    for (int i = 1; i < ds.n; i++) {
        uint64_t a = elt(n, i, (int)ds.size);
        int64_t sa = selt(n, i, (int)ds.size);
        switch (op) {
        case SIMD2_ADDV:  acc += a; break;
        case SIMD2_SMAXV: if (sa > sacc) { sacc = sa; acc = a; } break;
        case SIMD2_SMINV: if (sa < sacc) { sacc = sa; acc = a; } break;
        case SIMD2_UMAXV: if (a > acc) acc = a; break;
        default:          if (a < acc) acc = a; break;  /* UMINV */
        }
    }
    set_elt(r, 0, (int)ds.size, acc);
}

void helper_simd_op2(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                     uint64_t desc)
{
    struct desc ds = unpack(desc);
    a64_vreg n = env->v[rn], r = { .q = 0 };

    switch (ds.op) {
    case SIMD2_REV64: op2_rev(&n, &r, ds, 8); break;
    case SIMD2_REV32: op2_rev(&n, &r, ds, 4); break;
    case SIMD2_REV16: op2_rev(&n, &r, ds, 2); break;
    case SIMD2_ADDP_S:
        r.d[0] = n.d[0] + n.d[1];
        break;
    case SIMD2_XTN:     /* XTN2 (Q = 1) writes the upper half only */
        if (ds.q)
            r = env->v[rd];
        for (int i = 0; i < 8 >> ds.size; i++)
            set_elt(&r, (ds.q ? 8 >> ds.size : 0) + i, (int)ds.size,
                    elt(&n, i, (int)ds.size + 1));
        env->v[rd] = r;
        return;
    case SIMD2_ADDV: case SIMD2_SMAXV: case SIMD2_UMAXV:
    case SIMD2_SMINV: case SIMD2_UMINV:
        op2_across(ds.op, &n, &r, ds);
        env->v[rd] = r;
        return;
    default:
        for (int i = 0; i < ds.n; i++)
            set_elt(&r, i, (int)ds.size, op2_elem(ds.op, &n, i, (int)ds.size));
        break;
    }
    finish(env, rd, &r, ds.q);
}

/* -- shifts by immediate -- */

void helper_simd_shift(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                       uint64_t desc)
{
    struct desc ds = unpack(desc);
    a64_vreg n = env->v[rn], d = env->v[rd], r = { .q = 0 };
    unsigned sh = ds.extra, bits = 8u << ds.size;
    int size = (int)ds.size;

    if (ds.op == SIMD_SH_SHRN) {        /* size = narrow element size */
        int half = 8 >> size;
        if (ds.q)
            r = d;
        for (int i = 0; i < half; i++)
            set_elt(&r, (ds.q ? half : 0) + i, size, elt(&n, i, size + 1) >> sh);
        env->v[rd] = r;
        return;
    }
    if (ds.op == SIMD_SH_SSHLL || ds.op == SIMD_SH_USHLL) {
        int half = 8 >> size, base = ds.q ? half : 0;
        for (int i = 0; i < half; i++) {
            uint64_t v = ds.op == SIMD_SH_SSHLL ? (uint64_t)selt(&n, base + i, size)
                                                : elt(&n, base + i, size);
            set_elt(&r, i, size + 1, v << sh);
        }
        env->v[rd] = r;
        return;
    }
    for (int i = 0; i < ds.n; i++) {
        uint64_t a = elt(&n, i, size), v;
        int64_t sa = selt(&n, i, size);
        /* right shifts by the full element width are allowed (C7.2.319) */
        uint64_t ur = sh >= bits ? 0 : a >> sh;
        uint64_t sr = (uint64_t)(sa >> (sh >= bits ? bits - 1 : sh));
        switch (ds.op) {
        case SIMD_SH_SSHR: v = sr; break;
        case SIMD_SH_USHR: v = ur; break;
        case SIMD_SH_SSRA: v = elt(&d, i, size) + sr; break;
        case SIMD_SH_USRA: v = elt(&d, i, size) + ur; break;
        default:           v = a << sh; break;      /* SHL */
        }
        set_elt(&r, i, size, v);
    }
    finish(env, rd, &r, ds.q);
}

/* -- LD2..LD4 / ST2..ST4 (multiple structures) -- */

void helper_simd_ldst_struct(struct a64_cpu *env, uint64_t addr,
                             uint64_t rt, uint64_t desc)
{
    struct desc ds = unpack(desc);
    unsigned selem = ds.extra, esz = 1u << ds.size;
    uint8_t *p = (uint8_t *)addr;
    bool load = ds.op != 0;

    for (int e = 0; e < ds.n; e++) {
        for (unsigned k = 0; k < selem; k++) {
            a64_vreg *v = &env->v[(rt + k) % 32];
            uint64_t x = 0;
            if (load) {
                memcpy(&x, p, esz);
                set_elt(v, e, (int)ds.size, x);
            } else {
                x = elt(v, e, (int)ds.size);
                memcpy(p, &x, esz);
            }
            p += esz;
        }
    }
    if (load && !ds.q)
        for (unsigned k = 0; k < selem; k++)
            env->v[(rt + k) % 32].d[1] = 0;
}
