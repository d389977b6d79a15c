/*
 * ioctl.c - ioctl(2): the requests of ioctls.def pass through; any other
 * request is refused with -ENOTTY ("inappropriate ioctl for device", what
 * programs expect of a request a file does not support), never -ENOSYS,
 * and reported under `-d unimp` so that a missing converter is visible.
 */
#include <errno.h>
#include <linux/fs.h>
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include "internal.h"

static const struct {
    unsigned long request;
    const char *name;
} ioctls[] = {
#define IOCTL(name) { name, #name },
#include "ioctls.def"
#undef IOCTL
};

/* The name of a pass-through request, or NULL. */
const char *ioctl_name(unsigned long request)
{
    for (size_t i = 0; i < ARRAY_SIZE(ioctls); i++)
        if (ioctls[i].request == request)
            return ioctls[i].name;
    return NULL;
}

long sys_ioctl(struct sc_call *c)
{
    unsigned long request = (unsigned int)c->a[1];  /* the kernel takes an int */

    if (ioctl_name(request))
        return host_syscall(SYS_ioctl, (long)c->a[0], (long)request, (long)c->a[2],
                            0, 0, 0);
    if (log_enabled(LOG_UNIMP))
        log_msg("%s: unimplemented ioctl 0x%lx on fd %d at pc 0x%llx\n",
                ferry_progname, request, (int)c->a[0], (unsigned long long)sc_pc(c));
    return -ENOTTY;
}
