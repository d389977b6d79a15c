/*
 * hostfd.c - the guest's close, close_range and dup3, minding the
 * descriptors ferry reserved for itself (hostfd.h).  To the guest a
 * reserved descriptor looks closed: close gives -EBADF, close_range
 * leaves it alone, dup3 onto it gives -EBADF.
 */
#include <errno.h>
#include "hostfd.h"
#include "internal.h"

#define HOSTFD_MAX 16

static int reserved[HOSTFD_MAX];
static int n_reserved;

void hostfd_reserve(int fd)
{
    if (fd < 0 || hostfd_is_reserved(fd))
        return;
    if (n_reserved == HOSTFD_MAX)
        fatal("too many reserved host file descriptors");
    reserved[n_reserved++] = fd;
}

void hostfd_release(int fd)
{
    for (int i = 0; i < n_reserved; i++)
        if (reserved[i] == fd) {
            reserved[i] = reserved[--n_reserved];
            return;
        }
}

bool hostfd_is_reserved(int fd)
{
    for (int i = 0; i < n_reserved; i++)
        if (reserved[i] == fd)
            return true;
    return false;
}

long sys_close(struct sc_call *c)
{
    if (hostfd_is_reserved((int)c->a[0]))
        return -EBADF;
    return sc_pass(c);
}

long sys_dup3(struct sc_call *c)
{
    if (hostfd_is_reserved((int)c->a[0]) || hostfd_is_reserved((int)c->a[1]))
        return -EBADF;
    return sc_pass(c);
}

/* The lowest reserved fd in [first, last], or -1. */
static long next_reserved(unsigned first, unsigned last)
{
    long best = -1;

    for (int i = 0; i < n_reserved; i++)
        if ((unsigned)reserved[i] >= first && (unsigned)reserved[i] <= last &&
            (best < 0 || reserved[i] < best))
            best = reserved[i];
    return best;
}

/* close_range(first, last, flags) in pieces around the reserved fds. */
long sys_close_range(struct sc_call *c)
{
    unsigned first = (unsigned)c->a[0], last = (unsigned)c->a[1];
    long flags = (long)c->a[2], r = 0, hole;

    if (first > last)
        return -EINVAL;
    while ((hole = next_reserved(first, last)) >= 0) {
        if ((unsigned long)hole > first)
            r = host_syscall(SYS_close_range, first, hole - 1, flags, 0, 0, 0);
        if (r || (unsigned long)hole == last)
            return r;
        first = (unsigned)hole + 1;
    }
    return host_syscall(SYS_close_range, first, last, flags, 0, 0, 0);
}
