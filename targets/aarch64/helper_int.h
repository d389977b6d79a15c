/*
 * helper_int.h - C helpers called from translated A64 integer code
 * (trans_dp_reg.c, trans_system.c), for the few operations the IR has no
 * op for.  All take and return 64-bit values (ir.h helper convention),
 * touch no guest state, and are safe to mark CALL_NO_READ_GLOBALS |
 * CALL_NO_WRITE_GLOBALS (and CALL_PURE, except the counter).
 *
 *     IR_CALL(s->ir, helper_crc32, CALL_NO_READ_GLOBALS |
 *             CALL_NO_WRITE_GLOBALS | CALL_PURE, t, acc, val, tconst(s, 4));
 */
#ifndef FERRY_A64_HELPER_INT_H
#define FERRY_A64_HELPER_INT_H

#include <stdint.h>

/* The generic timer frequency ferry reports in CNTFRQ_EL0.  1 GHz is what
 * Armv8.6 (FEAT_ECV) mandates; it makes CNTVCT_EL0 the host's
 * CLOCK_MONOTONIC in nanoseconds, with no scaling error. */
#define A64_CNTFRQ_HZ 1000000000ull

/* CRC32{B,H,W,X} / CRC32C{B,H,W,X} (Arm ARM C6.2.80, C6.2.81): acc is Wn,
 * the low `bytes` bytes of val are folded in; no pre/post inversion. */
uint64_t helper_crc32(uint64_t acc, uint64_t val, uint64_t bytes);
uint64_t helper_crc32c(uint64_t acc, uint64_t val, uint64_t bytes);
/* RBIT (64-bit); the 32-bit form is helper_rbit(x) >> 32. */
uint64_t helper_rbit(uint64_t x);
/* CNTVCT_EL0 / CNTPCT_EL0: the monotonic clock in ticks of A64_CNTFRQ_HZ. */
uint64_t helper_cntvct(void);

#endif
