/*
 * futex.c - futex(2), futex_waitv(2): straight to the host.
 *
 * Guest addresses are host addresses and the futex ABI (operations,
 * flags, struct timespec, struct futex_waitv, FUTEX_OP encoding) is the
 * same on arm64 and x86-64, so every operation - WAIT, WAKE, REQUEUE,
 * CMP_REQUEUE, WAKE_OP, the PI operations, the BITSET ones, with or
 * without FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME - is the host's,
 * and a guest thread waits on the same word as the thread waking it.
 *
 * A blocking wait is interrupted like any host syscall (ferry's host
 * handlers have no SA_RESTART).  Whether the guest then sees EINTR or
 * the call again is the kernel's rule (kernel/futex/waitwake.c): a wait
 * without a timeout is -ERESTARTSYS (restarted under SA_RESTART), a wait
 * with one is -ERESTART_RESTARTBLOCK, which a handler turns into EINTR.
 * The PI lock operations never return EINTR (-ERESTARTNOINTR: the host
 * restarts them itself).
 */
#include <errno.h>
#include <linux/futex.h>
#include "futex.h"
#include "internal.h"
#include "safe_syscall.h"

static __thread bool no_restart;

bool futex_take_no_restart(void)
{
    bool r = no_restart;

    no_restart = false;
    return r;
}

static bool is_timed_wait(uint64_t op, uint64_t timeout)
{
    unsigned cmd = (unsigned)op & FUTEX_CMD_MASK;

    return (cmd == FUTEX_WAIT || cmd == FUTEX_WAIT_BITSET) && timeout;
}

long sys_futex(struct sc_call *c)
{
    long r = sc_pass(c);

    /* SYSCALL_ERESTART: interrupted before it started (safe_syscall.h) */
    no_restart = (r == -EINTR || r == SYSCALL_ERESTART) && is_timed_wait(c->a[1], c->a[3]);
    return r;
}
