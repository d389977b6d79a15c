/*
 * helper_fp_fast.h - the exact fallback of the FP fast path (IR fpop).
 */
#ifndef FERRY_A64_HELPER_FP_FAST_H
#define FERRY_A64_HELPER_FP_FAST_H

#include <stdint.h>
#include "cpu.h"
#include "ir.h"

/* op = enum ir_fpop | double << 8; a, b, c carry raw bits. */
uint64_t a64_fp_slow(struct a64_cpu *env, uint64_t op, double a, double b,
                     double c);
uint64_t a64_fp_slow_fma(struct a64_cpu *env, enum ir_fpop kind, int ft,
                         uint64_t a, uint64_t b, uint64_t c);

/* The guest wrote FPSR: forget the host flags pending for the old one. */
void a64_fpsr_written(struct a64_cpu *env);

/* FPCR bits that must be clear for the host fast path: RMode, FZ, DN. */
#define A64_FPCR_FAST_MASK 0x03c00000u

#endif
