/*
 * helper_crypto.h - the A64 cryptographic extension on env->v[]: AES
 * rounds, SHA1/SHA256/SHA512 hash and schedule updates, and the 64-bit
 * polynomial multiply PMULL/PMULL2 (Arm ARM C7.2 AESE .. SHA512SU1,
 * PMULL; the shared pseudocode SHAchoose, SHAmajority, SHA256hash).
 *
 * AES and PMULL run on AES-NI and PCLMULQDQ when the host has them,
 * SHA1 and SHA256 on SHA-NI, SHA512 in C (helper_crypto.c says why);
 * every operation has a portable C version too (used when the host
 * lacks the instructions or FERRY_HOST_DISABLE names them, and by
 * tests/unit/test_helper_crypto to check the two agree).  The helpers touch no X register: call them
 * with CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS.
 *
 *     IR_CALL(ir, helper_crypto3, flags, IR_NO_TEMP, env, rd, rn, rm,
 *             CRYPTO_SHA256H);                // SHA256H Qd, Qn, Vm.4S
 */
#ifndef FERRY_A64_HELPER_CRYPTO_H
#define FERRY_A64_HELPER_CRYPTO_H

#include <stdbool.h>
#include <stdint.h>
#include "cpu.h"

/* Operations of helper_crypto2 (Vd, Vn) and helper_crypto3 (Vd, Vn, Vm). */
#define CRYPTO_OPS(X) \
    X(AESE) X(AESD) X(AESMC) X(AESIMC) \
    X(SHA1C) X(SHA1P) X(SHA1M) X(SHA1SU0) X(SHA1H) X(SHA1SU1) \
    X(SHA256H) X(SHA256H2) X(SHA256SU0) X(SHA256SU1) \
    X(SHA512H) X(SHA512H2) X(SHA512SU0) X(SHA512SU1)

enum crypto_op {
#define CRYPTO_ENUM(n) CRYPTO_##n,
    CRYPTO_OPS(CRYPTO_ENUM)
#undef CRYPTO_ENUM
};

void helper_crypto2(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                    uint64_t op);
void helper_crypto3(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                    uint64_t rm, uint64_t op);
/* PMULL (q = 0: the low doublewords) / PMULL2 (q = 1: the high ones) */
void helper_pmull64(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                    uint64_t rm, uint64_t q);

/* The value-level operation: d = op(d, n, m) (m unused by two-register
 * operations); accel = false forces the portable C version. */
void crypto_op(enum crypto_op op, a64_vreg *d, const a64_vreg *n,
               const a64_vreg *m, bool accel);
unsigned __int128 crypto_clmul64(uint64_t a, uint64_t b, bool accel);

#endif
