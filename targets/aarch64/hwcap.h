/*
 * hwcap.h - the AArch64 AT_HWCAP / AT_HWCAP2 bits ferry advertises.
 *
 * One table (A64_HWCAP_BITS / A64_HWCAP2_BITS): name, bit number from the
 * Linux uapi header arch/arm64/include/uapi/asm/hwcap.h, and whether
 * ferry implements the feature.  A bit is advertised only when ferry
 * translates every instruction it promises; a guest that probes HWCAP
 * (glibc's ifuncs, OpenSSL, zlib) must never pick an unimplemented path.
 *
 *     uint64_t caps = a64_hwcap();   // AT_HWCAP for the initial stack
 */
#ifndef FERRY_A64_HWCAP_H
#define FERRY_A64_HWCAP_H

#include <stdint.h>

/* X(name, bit, implemented) -- uapi HWCAP_<name> == 1 << bit */
#define A64_HWCAP_BITS(X) \
    X(FP, 0, 1)         /* scalar floating point */ \
    X(ASIMD, 1, 1)      /* Advanced SIMD (NEON) */ \
    X(EVTSTRM, 2, 0)    /* generic timer event stream: ferry has none */ \
    X(AES, 3, 1)        /* AESE AESD AESMC AESIMC (trans_crypto.c) */ \
    X(PMULL, 4, 1)      /* PMULL{2} of 64-bit elements */ \
    X(SHA1, 5, 1)       /* SHA1C/P/M/H/SU0/SU1 */ \
    X(SHA2, 6, 1)       /* SHA256H/H2/SU0/SU1 */ \
    X(CRC32, 7, 1)      /* CRC32{B,H,W,X}, CRC32C* */ \
    X(ATOMICS, 8, 1)    /* LSE: CAS, SWP, LDADD, ... */ \
    X(FPHP, 9, 0) \
    X(ASIMDHP, 10, 0) \
    X(CPUID, 11, 1)     /* MRS of ID_* registers from EL0 is emulated */ \
    X(ASIMDRDM, 12, 1)  /* SQRDMLAH, SQRDMLSH (trans_simd_fp2.c) */ \
    X(JSCVT, 13, 1)     /* FJCVTZS */ \
    X(FCMA, 14, 1)      /* FCMLA, FCADD (single, double) */ \
    X(LRCPC, 15, 0) \
    X(DCPOP, 16, 0) \
    X(SHA3, 17, 0) \
    X(SM3, 18, 0) \
    X(SM4, 19, 0) \
    X(ASIMDDP, 20, 1)    /* SDOT, UDOT */ \
    X(SHA512, 21, 1)    /* SHA512H/H2/SU0/SU1 */ \
    X(SVE, 22, 0) \
    X(ASIMDFHM, 23, 0) \
    X(DIT, 24, 0) \
    X(USCAT, 25, 0) \
    X(ILRCPC, 26, 0) \
    X(FLAGM, 27, 0) \
    X(SSBS, 28, 0) \
    X(SB, 29, 0) \
    X(PACA, 30, 0) \
    X(PACG, 31, 0)

/* X(name, bit, implemented) -- uapi HWCAP2_<name> == 1 << bit.  Only the
 * first few are listed. */
#define A64_HWCAP2_BITS(X) \
    X(DCPODP, 0, 0) \
    X(SVE2, 1, 0) \
    X(SVEAES, 2, 0) \
    X(SVEPMULL, 3, 0) \
    X(SVEBITPERM, 4, 0) \
    X(SVESHA3, 5, 0) \
    X(SVESM4, 6, 0) \
    X(FLAGM2, 7, 0) \
    X(FRINT, 8, 1)      /* FRINT32Z/32X/64Z/64X */

uint64_t a64_hwcap(void);
uint64_t a64_hwcap2(void);

#endif
