/*
 * helper_atomic.h - C helpers behind the A64 exclusives and LSE atomics.
 *
 * Called from translated code (trans_atomic.c) with 64-bit arguments.
 * Guest addresses are host addresses; every helper is a host atomic
 * (lock-prefixed, hence also a full barrier on x86).
 *
 * The exclusive monitor (Arm ARM B2.9) is emulated per thread in
 * env->excl_*: LDXR records address, size and value; STXR succeeds only
 * if address and size match and a compare-and-swap from the recorded
 * value succeeds.  An ABA change between the two passes unnoticed, as in
 * qemu; real programs do not depend on it.
 *
 *     uint64_t status = helper_stxr(env, addr, value, 3);  // 0 = stored
 */
#ifndef FERRY_A64_HELPER_ATOMIC_H
#define FERRY_A64_HELPER_ATOMIC_H

#include <stdint.h>
#include "cpu.h"

#define A64_EXCL_NONE ((uint64_t)-1)   /* excl_addr with no reservation */

/* The LSE read-modify-write operations; argument `op` of
 * helper_atomic_rmw.  X(name, enum) */
#define A64_ATOMIC_OPS(X) \
    X(ADD, ATOM_ADD) X(CLR, ATOM_CLR) X(EOR, ATOM_EOR) X(SET, ATOM_SET) \
    X(SMAX, ATOM_SMAX) X(SMIN, ATOM_SMIN) X(UMAX, ATOM_UMAX) \
    X(UMIN, ATOM_UMIN) X(SWP, ATOM_SWP)

enum a64_atomic_op {
#define A64_ATOM_ENUM(name, e) e,
    A64_ATOMIC_OPS(A64_ATOM_ENUM)
#undef A64_ATOM_ENUM
};

/* STXR: store the low 1 << sz bytes of val; returns 0 (stored) or 1. */
uint64_t helper_stxr(struct a64_cpu *env, uint64_t addr, uint64_t val,
                     uint64_t sz);
/* STXP: sz = 2 (W pair, 8 bytes) or 3 (X pair, 16 bytes). */
uint64_t helper_stxp(struct a64_cpu *env, uint64_t addr, uint64_t lo,
                     uint64_t hi, uint64_t sz);
/* CAS: compare the low 1 << sz bytes at addr with expected; store
 * desired if equal.  Returns the old value, zero-extended. */
uint64_t helper_cas(uint64_t addr, uint64_t expected, uint64_t desired,
                    uint64_t sz);
/* CASP: rs, rt are even register numbers of the pairs (31 = XZR);
 * reads env->x[rs..rs+1], x[rt..rt+1], writes x[rs..rs+1]. */
void helper_casp(struct a64_cpu *env, uint64_t addr, uint64_t rs,
                 uint64_t rt, uint64_t sz);
/* LDADD ... SWP: *addr = op(*addr, val); returns the old value. */
uint64_t helper_atomic_rmw(uint64_t addr, uint64_t val, uint64_t op,
                           uint64_t sz);

#endif
