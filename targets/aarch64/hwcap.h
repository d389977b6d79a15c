/*
 * hwcap.h - the AArch64 AT_HWCAP / AT_HWCAP2 bits ferry advertises.
 *
 * One table (A64_HWCAP_BITS / A64_HWCAP2_BITS): name, bit number from the
 * Linux uapi header arch/arm64/include/uapi/asm/hwcap.h, and whether
 * ferry implements the feature.  A bit is advertised only when ferry
 * translates every instruction it promises; a guest that probes HWCAP
 * (glibc's ifuncs, OpenSSL, zlib) must never pick an unimplemented path.
 *
 * The CPU model (cpu_models.def, selected by -cpu) picks a subset of the
 * implemented rows; a64_hwcap() is that subset.  Translators of an
 * optional feature check it with a64_has() and refuse (SIGILL) an
 * instruction the model lacks.
 *
 *     uint64_t caps = a64_hwcap();   // AT_HWCAP for the initial stack
 *     if (!a64_has(s, A64_F_ATOMICS)) return false;   // in trans_LDADD
 */
#ifndef FERRY_A64_HWCAP_H
#define FERRY_A64_HWCAP_H

#include <stdbool.h>
#include <stdint.h>
#include "guest.h"          /* struct guest_cpu_model */

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
    X(FPHP, 9, 1)       /* scalar FP16 arithmetic (trans_fp16.c) */ \
    X(ASIMDHP, 10, 1)   /* vector FP16 arithmetic (trans_fp16.c) */ \
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

/* Feature numbers: HWCAP bit b is feature b, HWCAP2 bit b is 64 + b. */
enum a64_feature {
#define A64_FEAT(name, bit, impl) A64_F_##name = (bit),
    A64_HWCAP_BITS(A64_FEAT)
#undef A64_FEAT
#define A64_FEAT2(name, bit, impl) A64_F2_##name = 64 + (bit),
    A64_HWCAP2_BITS(A64_FEAT2)
#undef A64_FEAT2
};

/* One row of cpu_models.def, its feature sets already limited to what
 * ferry implements. */
struct a64_cpu_model {
    const char *name, *summary;
    uint32_t midr;
    uint64_t hwcap, hwcap2;
};

/* Select a model by name (false: no such model).  Before translation. */
bool a64_set_cpu_model(const char *name);
const struct a64_cpu_model *a64_cpu_model(void);        /* the selected one */
const struct a64_cpu_model *a64_cpu_model_at(unsigned i); /* NULL past the end */
extern const struct guest_cpu_model a64_cpu_model_names[];

uint64_t a64_hwcap(void);       /* of the selected model */
uint64_t a64_hwcap2(void);
bool a64_feature_on(enum a64_feature f);

/* In a translator: does the selected model have feature f?  The model is
 * fixed per process, so the answer holds for every block translated. */
struct a64_ctx;
static inline bool a64_has(const struct a64_ctx *s, enum a64_feature f)
{
    (void)s;
    return a64_feature_on(f);
}

#endif
