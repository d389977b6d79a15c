/*
 * cpu.h - the AArch64 guest CPU state.
 *
 * Translated code addresses this struct through the env register, so its
 * layout is ABI between targets/aarch64 (which emits offsets with
 * offsetof) and the helpers.  X registers 0..30 are x[0..30]; x[31] is SP
 * (the zero register is never stored).  NZCV lives in common.hflags as an
 * x86 EFLAGS image (include/cpu_common.h); a64_get_nzcv()/a64_set_nzcv()
 * convert.  V registers are 128-bit, little-endian lanes.
 */
#ifndef FERRY_A64_CPU_H
#define FERRY_A64_CPU_H

#include <stdint.h>
#include "cpu_common.h"

#define A64_SP 31

typedef union {
    uint8_t b[16];
    uint16_t h[8];
    uint32_t s[4];
    uint64_t d[2];
    unsigned __int128 q;
} __attribute__((aligned(16))) a64_vreg;

struct a64_cpu {
    struct cpu_common common;   /* must be first */
    uint64_t x[32];             /* x[31] is SP */
    uint64_t tpidr_el0;
    uint64_t tpidrro_el0;
    uint32_t fpcr;
    uint32_t fpsr;
    /* Exclusive monitor (LDXR/STXR), see targets/aarch64/helper_atomic.c */
    uint64_t excl_addr;         /* -1: no reservation */
    uint64_t excl_val;
    uint64_t excl_val2;         /* high half for LDXP */
    uint32_t excl_size;         /* log2 bytes of the reservation */
    uint32_t pad1;
    a64_vreg v[32];
};

/* Architectural NZCV (bits 31..28) <-> the hflags image. */
static inline uint64_t a64_get_nzcv(const struct a64_cpu *c)
{
    uint64_t f = c->common.hflags, n = 0;
    n |= (f & HFLAG_SF) ? 1u << 31 : 0;
    n |= (f & HFLAG_ZF) ? 1u << 30 : 0;
    n |= (f & HFLAG_CF) ? 0 : 1u << 29;  /* CF holds NOT C */
    n |= (f & HFLAG_OF) ? 1u << 28 : 0;
    return n;
}

static inline void a64_set_nzcv(struct a64_cpu *c, uint64_t nzcv)
{
    uint64_t f = HFLAG_FIXED;
    f |= (nzcv & (1u << 31)) ? HFLAG_SF : 0;
    f |= (nzcv & (1u << 30)) ? HFLAG_ZF : 0;
    f |= (nzcv & (1u << 29)) ? 0 : HFLAG_CF;
    f |= (nzcv & (1u << 28)) ? HFLAG_OF : 0;
    c->common.hflags = f;
}

#endif
