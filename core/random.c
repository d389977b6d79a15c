/*
 * random.c - the guest's random bytes (AT_RANDOM, getrandom).
 *
 * Normally the host kernel's getrandom.  With -seed / QEMU_RAND_SEED the
 * bytes come from a splitmix64 stream instead, so a run can be repeated
 * exactly (what qemu's -seed is for).
 *
 *     ferry_random_seed(42);                 // once, from main
 *     ferry_random_fill(buf, 16);            // 0 or -errno
 */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include "ferry.h"

static bool seeded;
static uint64_t state;

void ferry_random_seed(uint64_t seed)
{
    seeded = true;
    state = seed;
}

bool ferry_random_seeded(void)
{
    return seeded;
}

static uint64_t splitmix64(void)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

int ferry_random_fill(void *buf, size_t len)
{
    uint8_t *p = buf;
    while (seeded && len) {
        uint64_t v = splitmix64();
        size_t n = len < 8 ? len : 8;
        memcpy(p, &v, n);
        p += n;
        len -= n;
    }
    while (len) {
        ssize_t r = getrandom(p, len, 0);
        if (r < 0 && errno != EINTR)
            return -errno;
        if (r > 0) {
            p += r;
            len -= (size_t)r;
        }
    }
    return 0;
}
