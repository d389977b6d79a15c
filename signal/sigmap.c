/*
 * sigmap.c - the one map between guest and host signal numbers.
 *
 * Guest (arm64, asm-generic) and host (x86-64) number signals the same
 * way, and ferry maps every guest signal to the host signal of the same
 * number, 32 and 33 included:
 *
 *     guest  1..64   host  1..64   (same numbers)
 *
 * Guest 32 and 33 are what the guest's glibc uses between its own
 * threads (SIGCANCEL for pthread_cancel, SIGSETXID for setuid/setgid in
 * a multi-threaded program), so they must reach another guest thread -
 * a host thread - as real signals.  On the host, ferry's glibc keeps 32
 * and 33 for the same two purposes, but ferry never uses either: it
 * does not call pthread_cancel, and its syscall layer makes setuid,
 * setgid, setgroups... as raw syscalls (syscall/syscalls.def PASS
 * entries, which act on the calling host thread only, as each guest
 * thread's own call must), never through glibc's setxid broadcast.
 * Its glibc does install a SIGSETXID handler of its own at the first
 * pthread_create (nptl late_init) without ever sending the signal;
 * ferry takes host 33 (and 32) back after every pthread_create
 * (signal_reclaim_host_signals).  So host 32 and 33 are the guest's.  glibc refuses
 * them in sigaction(), sigaddset() and pthread_sigmask(), so ferry sets
 * host dispositions and masks with raw syscalls (host_sig.c), and kill,
 * tgkill and tkill pass the number through (syscall/sig.c).
 */
#include "guest_signal.h"

static const struct {
    int guest_lo, guest_hi, host_lo;
} sigmap[] = {
    { 1, 64, 1 },
};

int signal_host_of(int guest_sig)
{
    for (unsigned i = 0; i < sizeof sigmap / sizeof sigmap[0]; i++)
        if (guest_sig >= sigmap[i].guest_lo && guest_sig <= sigmap[i].guest_hi)
            return guest_sig - sigmap[i].guest_lo + sigmap[i].host_lo;
    return 0;
}

int signal_guest_of(int host_sig)
{
    for (unsigned i = 0; i < sizeof sigmap / sizeof sigmap[0]; i++) {
        int n = sigmap[i].guest_hi - sigmap[i].guest_lo;
        if (host_sig >= sigmap[i].host_lo && host_sig <= sigmap[i].host_lo + n)
            return host_sig - sigmap[i].host_lo + sigmap[i].guest_lo;
    }
    return 0;
}
