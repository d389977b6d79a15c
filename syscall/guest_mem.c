/*
 * guest_mem.c - reading and writing guest memory from handlers, with the
 * kernel's answer to a bad pointer: -EFAULT, not a crash of ferry.
 * (Pass-through calls need none of this: the host kernel checks them.)
 *
 *     if (sc_put(c->a[1], &g, sizeof g)) return -EFAULT;
 */
#include <errno.h>
#include "guest_signal.h"
#include "internal.h"

long sc_get(void *dst, uint64_t gaddr, size_t n)
{
    return gaddr && signal_copy_guest(dst, (const void *)gaddr, n) ? 0 : -EFAULT;
}

long sc_put(uint64_t gaddr, const void *src, size_t n)
{
    return gaddr && signal_copy_guest((void *)gaddr, src, n) ? 0 : -EFAULT;
}

const char *sc_path(uint64_t gaddr, char *buf)
{
    if (!gaddr || signal_copy_guest_str(buf, (const char *)gaddr, SC_PATH_MAX) < 0)
        return NULL;
    return buf;
}
