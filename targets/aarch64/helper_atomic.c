/*
 * helper_atomic.c - exclusive monitor emulation and LSE atomics for A64.
 *
 * See helper_atomic.h for the model.  Everything is done with gcc's
 * __atomic builtins on the host address (sequentially consistent: on x86
 * a lock-prefixed instruction, which satisfies every A64 ordering variant
 * A/L/AL, Arm ARM B2.3).  The 16-byte compare-and-swap uses cmpxchg16b by
 * inline assembly so that ferry needs neither -mcx16 nor libatomic; the
 * instruction is in x86-64-v2, ferry's baseline (DESIGN.md decision 6).
 * Alignment: the guest architecture faults on a misaligned exclusive or
 * CASP; the host instruction faults too (#GP -> SIGSEGV, not SIGBUS).
 */
#include <stdbool.h>
#include "helper_atomic.h"

/* cmpxchg16b: compare *p with (*lo,*hi); on success store (nlo,nhi),
 * on failure load the current value into (*lo,*hi). */
static bool cas128(uint64_t addr, uint64_t *lo, uint64_t *hi,
                   uint64_t nlo, uint64_t nhi)
{
    bool ok;

    __asm__ volatile("lock cmpxchg16b %1"
                     : "=@ccz"(ok), "+m"(*(volatile unsigned __int128 *)addr),
                       "+a"(*lo), "+d"(*hi)
                     : "b"(nlo), "c"(nhi)
                     : "memory");
    return ok;
}

/* Compare-and-swap of 1 << sz bytes; *expected gets the old value. */
static bool cas_sized(uint64_t addr, uint64_t *expected, uint64_t desired,
                      unsigned sz)
{
    bool ok = false;

    switch (sz) {
    case 0: {
        uint8_t e = (uint8_t)*expected;
        ok = __atomic_compare_exchange_n((uint8_t *)addr, &e, (uint8_t)desired,
                                         false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        *expected = e;
        break;
    }
    case 1: {
        uint16_t e = (uint16_t)*expected;
        ok = __atomic_compare_exchange_n((uint16_t *)addr, &e, (uint16_t)desired,
                                         false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        *expected = e;
        break;
    }
    case 2: {
        uint32_t e = (uint32_t)*expected;
        ok = __atomic_compare_exchange_n((uint32_t *)addr, &e, (uint32_t)desired,
                                         false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        *expected = e;
        break;
    }
    default:
        ok = __atomic_compare_exchange_n((uint64_t *)addr, expected, desired,
                                         false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        break;
    }
    return ok;
}

/* -- exclusives -- */

uint64_t helper_stxr(struct a64_cpu *env, uint64_t addr, uint64_t val,
                     uint64_t sz)
{
    bool match = env->excl_addr == addr && env->excl_size == sz;
    uint64_t expected = env->excl_val;

    env->excl_addr = A64_EXCL_NONE;     /* the store clears the monitor */
    if (!match)
        return 1;
    return cas_sized(addr, &expected, val, (unsigned)sz) ? 0 : 1;
}

uint64_t helper_stxp(struct a64_cpu *env, uint64_t addr, uint64_t lo,
                     uint64_t hi, uint64_t sz)
{
    bool match = env->excl_addr == addr && env->excl_size == sz;
    uint64_t elo = env->excl_val, ehi = env->excl_val2;

    env->excl_addr = A64_EXCL_NONE;
    if (!match)
        return 1;
    if (sz == 2) {      /* W pair: one 8-byte access, rt in the low half */
        uint64_t v = (uint32_t)lo | (hi << 32);
        return cas_sized(addr, &elo, v, 3) ? 0 : 1;
    }
    return cas128(addr, &elo, &ehi, lo, hi) ? 0 : 1;
}

/* -- LSE: CAS, CASP, LD<op>, SWP -- */

static uint64_t size_mask(unsigned sz)
{
    return sz >= 3 ? ~(uint64_t)0 : ((uint64_t)1 << (8 << sz)) - 1;
}

uint64_t helper_cas(uint64_t addr, uint64_t expected, uint64_t desired,
                    uint64_t sz)
{
    uint64_t old = expected & size_mask((unsigned)sz);

    cas_sized(addr, &old, desired, (unsigned)sz);
    return old;
}

static uint64_t xreg(const struct a64_cpu *env, uint64_t r)
{
    return r >= 31 ? 0 : env->x[r];
}

static void set_xreg(struct a64_cpu *env, uint64_t r, uint64_t v)
{
    if (r < 31)
        env->x[r] = v;
}

void helper_casp(struct a64_cpu *env, uint64_t addr, uint64_t rs,
                 uint64_t rt, uint64_t sz)
{
    uint64_t lo = xreg(env, rs), hi = xreg(env, rs + 1);
    uint64_t nlo = xreg(env, rt), nhi = xreg(env, rt + 1);

    if (sz == 2) {      /* W pairs: one 8-byte compare-and-swap */
        uint64_t old = (uint32_t)lo | (hi << 32);
        cas_sized(addr, &old, (uint32_t)nlo | (nhi << 32), 3);
        set_xreg(env, rs, (uint32_t)old);
        set_xreg(env, rs + 1, old >> 32);
        return;
    }
    cas128(addr, &lo, &hi, nlo, nhi);
    set_xreg(env, rs, lo);
    set_xreg(env, rs + 1, hi);
}

static uint64_t sign_extend(uint64_t v, unsigned sz)
{
    unsigned shift = 64 - (8u << sz);
    return sz >= 3 ? v : (uint64_t)((int64_t)(v << shift) >> shift);
}

/* The new memory value for one LD<op>/SWP step, Arm ARM C6.2 LDADD.. */
static uint64_t rmw_apply(unsigned op, uint64_t old, uint64_t val,
                          unsigned sz)
{
    int64_t so = (int64_t)sign_extend(old, sz);
    int64_t sv = (int64_t)sign_extend(val, sz);
    uint64_t m = size_mask(sz);

    switch (op) {
    case ATOM_ADD:  return old + val;
    case ATOM_CLR:  return old & ~val;
    case ATOM_EOR:  return old ^ val;
    case ATOM_SET:  return old | val;
    case ATOM_SMAX: return so > sv ? old : val;
    case ATOM_SMIN: return so < sv ? old : val;
    case ATOM_UMAX: return (old & m) > (val & m) ? old : val;
    case ATOM_UMIN: return (old & m) < (val & m) ? old : val;
    default:        return val;     /* ATOM_SWP */
    }
}

static uint64_t load_sized(uint64_t addr, unsigned sz)
{
    switch (sz) {
    case 0: return __atomic_load_n((uint8_t *)addr, __ATOMIC_RELAXED);
    case 1: return __atomic_load_n((uint16_t *)addr, __ATOMIC_RELAXED);
    case 2: return __atomic_load_n((uint32_t *)addr, __ATOMIC_RELAXED);
    default: return __atomic_load_n((uint64_t *)addr, __ATOMIC_RELAXED);
    }
}

uint64_t helper_atomic_rmw(uint64_t addr, uint64_t val, uint64_t op,
                           uint64_t sz)
{
    uint64_t old = load_sized(addr, (unsigned)sz);

    /* A compare-and-swap loop serves every operation and size; gcc would
     * only turn add/swap into lock xadd/xchg anyway. */
    while (!cas_sized(addr, &old, rmw_apply((unsigned)op, old, val,
                                            (unsigned)sz), (unsigned)sz))
        ;
    return old & size_mask((unsigned)sz);
}
