/*
 * host_features.c - CPUID probe of the host (see host_features.h).
 *
 * Each HOST_FEATURE_LIST row names a CPUID leaf, register and bit; the
 * probe reads every leaf the CPU reports as supported (maximum leaf from
 * CPUID 0 / 0x80000000) and sets the flags.  AVX-class features are
 * additionally gated on the OS enabling YMM state (Intel SDM vol. 1,
 * 14.3 "Detection of Intel AVX instructions").
 */
#include <cpuid.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ferry.h"
#include "host_features.h"

struct host_features host_features;

struct feature_row {
    const char *name;
    bool *flag;
    uint32_t leaf, subleaf;
    uint8_t reg, bit;
};

static const struct feature_row feature_rows[] = {
#define HOST_FEATURE_ROW(f, leaf, sub, reg, bit) \
    { #f, &host_features.f, leaf, sub, reg, bit },
    HOST_FEATURE_LIST(HOST_FEATURE_ROW)
#undef HOST_FEATURE_ROW
};

#define NR_FEATURES (sizeof(feature_rows) / sizeof(feature_rows[0]))
#define CPUID_1_ECX_OSXSAVE (1u << 27)
#define XCR0_SSE_YMM 0x6u     /* XCR0 bit 1 (XMM) and bit 2 (YMM) state */

/* CPUID traps to the hypervisor on a virtual machine (tens of
 * microseconds each): ask each leaf once per process.  Start-up time
 * matters (chroot builds run thousands of short processes). */
#define CPUID_CACHE 8
static struct {
    uint32_t leaf, sub;
    bool valid;
    uint32_t r[4];
} cpuid_cache[CPUID_CACHE];

static bool cpuid_reg(uint32_t leaf, uint32_t sub, int reg, uint32_t *out)
{
    unsigned i;
    for (i = 0; i < CPUID_CACHE && cpuid_cache[i].valid; i++)
        if (cpuid_cache[i].leaf == leaf && cpuid_cache[i].sub == sub) {
            *out = cpuid_cache[i].r[reg];
            return true;
        }
    uint32_t r[4];
    if ((uint32_t)__get_cpuid_max(leaf & 0x80000000u, NULL) < leaf)
        return false;
    __cpuid_count(leaf, sub, r[0], r[1], r[2], r[3]);
    if (i < CPUID_CACHE) {
        cpuid_cache[i].leaf = leaf;
        cpuid_cache[i].sub = sub;
        memcpy(cpuid_cache[i].r, r, sizeof r);
        cpuid_cache[i].valid = true;
    }
    *out = r[reg];
    return true;
}

static uint64_t read_xcr0(void)
{
    uint32_t lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (uint64_t)hi << 32 | lo;
}

static bool os_saves_ymm(void)
{
    uint32_t ecx;
    if (!cpuid_reg(1, 0, 2, &ecx) || !(ecx & CPUID_1_ECX_OSXSAVE))
        return false;
    return (read_xcr0() & XCR0_SSE_YMM) == XCR0_SSE_YMM;
}

void host_features_init(void)
{
    memset(&host_features, 0, sizeof(host_features));
    for (size_t i = 0; i < NR_FEATURES; i++) {
        const struct feature_row *f = &feature_rows[i];
        uint32_t v;
        if (cpuid_reg(f->leaf, f->subleaf, f->reg, &v))
            *f->flag = (v >> f->bit) & 1;
    }
    if (!os_saves_ymm())
        host_features.avx = host_features.avx2 = host_features.fma = false;

    const char *env = getenv("FERRY_HOST_DISABLE");
    const char *bad;
    if (env && !host_features_disable(env, &bad))
        ferry_error("FERRY_HOST_DISABLE: unknown feature '%.*s'",
                    (int)strcspn(bad, ","), bad);
}

static const struct feature_row *find_row(const char *name, size_t len)
{
    for (size_t i = 0; i < NR_FEATURES; i++)
        if (strlen(feature_rows[i].name) == len &&
            memcmp(feature_rows[i].name, name, len) == 0)
            return &feature_rows[i];
    return NULL;
}

bool host_features_disable(const char *list, const char **bad)
{
    bool ok = true;
    for (const char *p = list; *p; ) {
        size_t len = strcspn(p, ",");
        const struct feature_row *f = len ? find_row(p, len) : NULL;
        if (f)
            *f->flag = false;
        else if (len && ok) {
            ok = false;
            *bad = p;
        }
        p += len + (p[len] == ',');
    }
    return ok;
}

char *host_features_describe(char *buf, size_t size)
{
    size_t n = 0;
    if (size == 0)
        return buf;
    buf[0] = '\0';
    for (size_t i = 0; i < NR_FEATURES; i++) {
        if (!*feature_rows[i].flag)
            continue;
        int k = snprintf(buf + n, size - n, "%s%s", n ? " " : "",
                         feature_rows[i].name);
        if (k < 0 || (size_t)k >= size - n)
            break;
        n += (size_t)k;
    }
    return buf;
}

const char *host_features_missing_baseline(void)
{
    static const char *const baseline[] = {
        "sse3", "ssse3", "sse4_1", "sse4_2", "popcnt", "cx16",
    };
    for (size_t i = 0; i < sizeof(baseline) / sizeof(baseline[0]); i++)
        if (!*find_row(baseline[i], strlen(baseline[i]))->flag)
            return baseline[i];
    return NULL;
}
