/*
 * host_features.h - what the host x86-64 CPU can do, probed once with
 * CPUID at start-up.  The lowering reads the flags to pick instructions
 * (shlx when BMI2, lzcnt when LZCNT, pclmulqdq for PMULL, ...).
 *
 *     host_features_init();              // once, early in main
 *     if (host_features.bmi2)
 *         x86_shlx(cb, true, dst, src, cnt);
 *
 * The feature set is one table, HOST_FEATURE_LIST below: the struct
 * fields, the probe and the printable names are derived from it.
 */
#ifndef FERRY_HOST_FEATURES_H
#define FERRY_HOST_FEATURES_H

#include <stdbool.h>
#include <stddef.h>

/*
 * X(field, leaf, subleaf, register, bit) - CPUID leaf/subleaf, output
 * register (0 EAX, 1 EBX, 2 ECX, 3 EDX) and bit; Intel SDM vol. 2 "CPUID",
 * AMD APM vol. 3 appendix E for leaf 0x80000001 (LZCNT = ABM).
 */
#define HOST_FEATURE_LIST(X)                        \
    X(sse3,      0x00000001, 0, 2, 0)               \
    X(pclmulqdq, 0x00000001, 0, 2, 1)               \
    X(ssse3,     0x00000001, 0, 2, 9)               \
    X(fma,       0x00000001, 0, 2, 12)              \
    X(cx16,      0x00000001, 0, 2, 13)              \
    X(sse4_1,    0x00000001, 0, 2, 19)              \
    X(sse4_2,    0x00000001, 0, 2, 20)              \
    X(movbe,     0x00000001, 0, 2, 22)              \
    X(popcnt,    0x00000001, 0, 2, 23)              \
    X(aes,       0x00000001, 0, 2, 25)              \
    X(avx,       0x00000001, 0, 2, 28)              \
    X(f16c,      0x00000001, 0, 2, 29)              \
    X(bmi1,      0x00000007, 0, 1, 3)               \
    X(avx2,      0x00000007, 0, 1, 5)               \
    X(bmi2,      0x00000007, 0, 1, 8)               \
    X(adx,       0x00000007, 0, 1, 19)              \
    X(sha,       0x00000007, 0, 1, 29)              \
    X(lzcnt,     0x80000001, 0, 2, 5)

struct host_features {
#define HOST_FEATURE_FIELD(name, leaf, sub, reg, bit) bool name;
    HOST_FEATURE_LIST(HOST_FEATURE_FIELD)
#undef HOST_FEATURE_FIELD
};

extern struct host_features host_features;

/* Probe CPUID.  AVX, AVX2 and FMA also require the OS to save YMM state
 * (OSXSAVE and XCR0 bits 1-2), else they are reported absent.
 * Environment FERRY_HOST_DISABLE="bmi2,avx2" clears features, to test
 * the fallback paths of the lowering on a capable machine. */
void host_features_init(void);

/* Clear the features named in a comma-separated list; false (and *bad
 * pointing at the offending word) when a name is unknown. */
bool host_features_disable(const char *list, const char **bad);

/* Write the present features as "bmi1 bmi2 ..." into buf (always
 * NUL-terminated); returns buf. */
char *host_features_describe(char *buf, size_t size);

/* The x86-64-v2 baseline ferry assumes (SSE3, SSSE3, SSE4.1, SSE4.2,
 * POPCNT, CX16): NULL when present, else the name of a missing one. */
const char *host_features_missing_baseline(void);

#endif
