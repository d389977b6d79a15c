/*
 * cpuinfo.c - /proc/cpuinfo as an arm64 kernel prints it
 * (arch/arm64/kernel/cpuinfo.c, c_show()), one block per host CPU.
 *
 * The Features line is derived from the HWCAP/HWCAP2 words the guest is
 * given in its auxv (a64_hwcap/a64_hwcap2 of the selected CPU model,
 * cpu_models.def; bit names in hwcap.h), and the identity lines from the
 * model's MIDR_EL1 (the value MRS reads), using the
 * kernel's names (arch/arm64/kernel/cpuinfo.c), so a program that parses
 * cpuinfo sees the same features as one that reads getauxval(AT_HWCAP).
 *
 *     char buf[4096];
 *     size_t n = a64_cpuinfo(buf, sizeof buf);   // n may exceed len
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "ferry.h"
#include "hwcap.h"
#include "syscall_abi.h"

/* One table: hwcap.h.  The kernel's names are the uapi names in lower case. */
struct hwcap_name {
    const char *name;
    unsigned bit;
};
static const struct hwcap_name hwcap_names[] = {
#define X(name, bit, impl) { #name, bit },
    A64_HWCAP_BITS(X)
};
static const struct hwcap_name hwcap2_names[] = {
    A64_HWCAP2_BITS(X)
#undef X
};

static void append_lower(char *buf, size_t len, size_t *n, const char *name)
{
    if (*n && *n + 1 < len)
        buf[(*n)++] = ' ';
    for (; *name && *n + 1 < len; name++)
        buf[(*n)++] = (char)tolower((unsigned char)*name);
    buf[*n] = 0;
}

static void features(char *buf, size_t len)
{
    uint64_t hw = a64_hwcap(), hw2 = a64_hwcap2();
    size_t n = 0;

    buf[0] = 0;
    for (size_t i = 0; i < ARRAY_SIZE(hwcap_names); i++)
        if (hw & (1ull << hwcap_names[i].bit))
            append_lower(buf, len, &n, hwcap_names[i].name);
    for (size_t i = 0; i < ARRAY_SIZE(hwcap2_names); i++)
        if (hw2 & (1ull << hwcap2_names[i].bit))
            append_lower(buf, len, &n, hwcap2_names[i].name);
}

size_t a64_cpuinfo(char *buf, size_t len)
{
    char feat[512];
    uint32_t midr = a64_cpu_model()->midr;
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    size_t n = 0;

    features(feat, sizeof feat);
    if (ncpu < 1)
        ncpu = 1;
    for (long i = 0; i < ncpu; i++) {
        /* MIDR_EL1 fields (Arm ARM D23.2.122), as c_show() prints them */
        n += (size_t)snprintf(buf + (n < len ? n : len), n < len ? len - n : 0,
            "processor\t: %ld\nBogoMIPS\t: 50.00\nFeatures\t: %s\n"
            "CPU implementer\t: 0x%02x\nCPU architecture: 8\n"
            "CPU variant\t: 0x%x\nCPU part\t: 0x%03x\nCPU revision\t: %u\n\n",
            i, feat, midr >> 24, midr >> 20 & 0xf, midr >> 4 & 0xfff,
            midr & 0xf);
    }
    return n;
}
