/*
 * epoll.c - epoll_ctl and epoll_pwait/epoll_pwait2 with struct
 * epoll_event converted: x86-64 packs it to 12 bytes
 * (include/uapi/linux/eventpoll.h, EPOLL_PACKED), arm64 does not (16).
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include "internal.h"
#include "safe_syscall.h"

#define EPOLL_STACK_EVENTS 64

long sys_epoll_ctl(struct sc_call *c)
{
    struct epoll_event ev;
    uint64_t g[4];      /* room for any guest's struct epoll_event */

    if (!c->a[3] || (int)c->a[1] == EPOLL_CTL_DEL)
        return sc_pass(c);
    if (sc_get(g, c->a[3], c->abi->epoll_event_size))
        return -EFAULT;
    c->abi->epoll_to_host(&ev, g);
    return host_syscall(SYS_epoll_ctl, (long)c->a[0], (long)c->a[1], (long)c->a[2],
                        (long)&ev, 0, 0);
}

/* Both waits: host events into a host array, then converted out. */
static long epoll_wait_common(struct sc_call *c, int host_nr)
{
    struct epoll_event small[EPOLL_STACK_EVENTS], *ev = small;
    int max = (int)c->a[2];
    uint64_t g[4];
    long r;

    if (max <= 0 || (size_t)max > 0x7fffffff / c->abi->epoll_event_size)
        return -EINVAL;
    if (max > EPOLL_STACK_EVENTS && !(ev = malloc((size_t)max * sizeof *ev)))
        return -ENOMEM;
    r = safe_syscall(host_nr, (long)c->a[0], (long)ev, max, (long)c->a[3],
                     (long)c->a[4], (long)c->a[5]);
    for (long i = 0; i < r; i++) {
        c->abi->epoll_to_guest(g, &ev[i]);
        if (sc_put(c->a[1] + (uint64_t)i * c->abi->epoll_event_size, g,
                   c->abi->epoll_event_size)) {
            r = -EFAULT;    /* the events are consumed: as the kernel */
            break;
        }
    }
    if (ev != small)
        free(ev);
    return r;
}

long sys_epoll_pwait(struct sc_call *c)
{
    return epoll_wait_common(c, SYS_epoll_pwait);
}

long sys_epoll_pwait2(struct sc_call *c)
{
    return epoll_wait_common(c, SYS_epoll_pwait2);
}
