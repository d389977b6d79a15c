/*
 * process.c - process life and identity: exit, uname, set_tid_address,
 * robust lists, rseq, prctl.  (clone is in clone.c, execve in exec.c.)
 *
 * exit ends the calling thread only (thread_life.c), exit_group every
 * thread.  Robust futex lists pass through: the list (struct
 * robust_list_head and the entries) has the same layout on both 64-bit
 * ABIs and holds guest addresses, which are host addresses, so the host
 * kernel walks it when the host thread ends, as the guest's kernel
 * would.  This replaces the host thread's own list, which ferry's libc
 * uses only for robust mutexes; ferry uses none.
 */
#include <errno.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/utsname.h>
#include "clone.h"
#include "internal.h"

const char *syscall_uname_release;

long sys_exit_group(struct sc_call *c)
{
    int status = (int)c->a[0];

    if (syscall_exit_hook)
        syscall_exit_hook(status);
    log_flush();
    for (;;)
        host_syscall(SYS_exit_group, status, 0, 0, 0, 0, 0);
}

long sys_exit(struct sc_call *c)
{
    thread_life_exit(c->t, (int)c->a[0]);
}

long sys_uname(struct sc_call *c)
{
    struct utsname u;
    long r = host_syscall(SYS_uname, (long)&u, 0, 0, 0, 0, 0);

    if (r)
        return r;
    memset(u.machine, 0, sizeof u.machine);
    strncpy(u.machine, c->abi->machine, sizeof u.machine - 1);
    if (syscall_uname_release) {
        memset(u.release, 0, sizeof u.release);
        strncpy(u.release, syscall_uname_release, sizeof u.release - 1);
    }
    return sc_put(c->a[0], &u, sizeof u);   /* new_utsname: 6 x 65 bytes on both */
}

/* getrandom: the host's, unless -seed asked for a repeatable stream. */
long sys_getrandom(struct sc_call *c)
{
    uint8_t buf[256];
    size_t len = c->a[1] < sizeof buf ? (size_t)c->a[1] : sizeof buf;
    if (!ferry_random_seeded())
        return sc_pass(c);
    int r = ferry_random_fill(buf, len);
    if (r)
        return r;
    long w = sc_put(c->a[0], buf, len);
    return w ? w : (long)len;
}

long sys_set_tid_address(struct sc_call *c)
{
    c->t->clear_child_tid = c->a[0];
    return host_syscall(SYS_gettid, 0, 0, 0, 0, 0, 0);
}

long sys_set_robust_list(struct sc_call *c)
{
    long r = sc_pass(c);

    if (r == 0) {
        c->t->robust_list = c->a[0];
        c->t->robust_len = c->a[1];
    }
    return r;
}

long sys_get_robust_list(struct sc_call *c)
{
    return sc_pass(c);  /* the host holds every thread's list (guest tid = host tid) */
}

/* glibc 2.35+ registers rseq and carries on without it on -ENOSYS. */
long sys_rseq(struct sc_call *c)
{
    (void)c;
    return -ENOSYS;
}

/* prctl options that act on the process as a whole and mean the same to
 * the host; others (PR_SET_SECCOMP and PR_SET_MM would break ferry,
 * arm64's SVE/PAC/MTE controls have no host meaning) are refused. */
static bool prctl_passes(long option)
{
    static const long ok[] = {
        PR_SET_PDEATHSIG, PR_GET_PDEATHSIG, PR_GET_DUMPABLE, PR_SET_DUMPABLE,
        PR_GET_KEEPCAPS, PR_SET_KEEPCAPS, PR_SET_NAME, PR_GET_NAME,
        PR_CAPBSET_READ, PR_CAPBSET_DROP, PR_GET_SECUREBITS, PR_SET_SECUREBITS,
        PR_SET_TIMERSLACK, PR_GET_TIMERSLACK, PR_SET_CHILD_SUBREAPER,
        PR_GET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS, PR_GET_NO_NEW_PRIVS,
        PR_SET_THP_DISABLE, PR_GET_THP_DISABLE, PR_CAP_AMBIENT,
        0x53564d41, /* PR_SET_VMA (naming anonymous mappings) */
    };
    for (size_t i = 0; i < ARRAY_SIZE(ok); i++)
        if (ok[i] == option)
            return true;
    return false;
}

long sys_prctl(struct sc_call *c)
{
    long option = (int)c->a[0];

    if (prctl_passes(option))
        return sc_pass(c);
    if (log_enabled(LOG_UNIMP))
        log_msg("%s: prctl option %ld at pc 0x%llx refused: -EINVAL\n", ferry_progname,
                option, (unsigned long long)sc_pc(c));
    return -EINVAL;
}
