/*
 * helper_int.c - runtime helpers for A64 integer instructions the IR
 * cannot express in a few ops: CRC32/CRC32C, RBIT, and the generic timer
 * counter.  See helper_int.h for the calling convention.
 */
#include <time.h>
#include "helper_int.h"

/* Bit-reflected polynomials: CRC-32 (0x04C11DB7) and CRC-32C / Castagnoli
 * (0x1EDC6F41).  The Arm pseudocode's BitReverse of accumulator, value
 * and result is exactly the reflected (LSB-first) CRC update. */
#define CRC32_POLY_REFLECTED  0xEDB88320u
#define CRC32C_POLY_REFLECTED 0x82F63B78u

static uint32_t crc32_table[256], crc32c_table[256];

static void crc_table_init(uint32_t *table, uint32_t poly)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;

        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (poly & -(c & 1));
        table[i] = c;
    }
}

__attribute__((constructor)) static void crc_tables_init(void)
{
    crc_table_init(crc32_table, CRC32_POLY_REFLECTED);
    crc_table_init(crc32c_table, CRC32C_POLY_REFLECTED);
}

static uint64_t crc_update(const uint32_t *table, uint32_t crc, uint64_t val,
                           uint64_t bytes)
{
    for (uint64_t i = 0; i < bytes; i++, val >>= 8)
        crc = (crc >> 8) ^ table[(crc ^ val) & 0xff];
    return crc;
}

uint64_t helper_crc32(uint64_t acc, uint64_t val, uint64_t bytes)
{
    return crc_update(crc32_table, (uint32_t)acc, val, bytes);
}

uint64_t helper_crc32c(uint64_t acc, uint64_t val, uint64_t bytes)
{
    return crc_update(crc32c_table, (uint32_t)acc, val, bytes);
}

uint64_t helper_rbit(uint64_t x)
{
    x = ((x >> 1) & 0x5555555555555555ull) | ((x & 0x5555555555555555ull) << 1);
    x = ((x >> 2) & 0x3333333333333333ull) | ((x & 0x3333333333333333ull) << 2);
    x = ((x >> 4) & 0x0f0f0f0f0f0f0f0full) | ((x & 0x0f0f0f0f0f0f0f0full) << 4);
    return __builtin_bswap64(x);
}

uint64_t helper_cntvct(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * A64_CNTFRQ_HZ +
           (uint64_t)ts.tv_nsec * A64_CNTFRQ_HZ / 1000000000ull;
}
