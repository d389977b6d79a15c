/*
 * hwcap.c - AT_HWCAP and AT_HWCAP2 for AArch64 guests, from the table in
 * hwcap.h: the bits of the features ferry implements, nothing more.
 */
#include "hwcap.h"

#define A64_CAP_BIT(name, bit, implemented) | ((uint64_t)(implemented) << (bit))

uint64_t a64_hwcap(void)
{
    return 0 A64_HWCAP_BITS(A64_CAP_BIT);
}

uint64_t a64_hwcap2(void)
{
    return 0 A64_HWCAP2_BITS(A64_CAP_BIT);
}
