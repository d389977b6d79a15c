/*
 * errno.c - errno value -> its name ("ENOENT"), for -strace.
 *
 * Guest and host errno numbers are the same (asm-generic/errno*.h on
 * arm64 and x86-64).  glibc 2.32+ knows the names (strerrorname_np);
 * otherwise errno.def is the table.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "internal.h"

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 32))
const char *errno_name(int e)
{
    return strerrorname_np(e);
}
#else
static const struct {
    int value;
    const char *name;
} errno_names[] = {
#define ERRNO(name) { name, #name },
#include "errno.def"
#undef ERRNO
};

const char *errno_name(int e)
{
    for (size_t i = 0; i < ARRAY_SIZE(errno_names); i++)
        if (errno_names[i].value == e)
            return errno_names[i].name;
    return NULL;
}
#endif
