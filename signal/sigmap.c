/*
 * sigmap.c - the one map between guest and host signal numbers.
 *
 * Guest (arm64, asm-generic) and host (x86-64) number signals the same
 * way, but ferry is a static glibc program and glibc keeps host
 * signals 32 (SIGCANCEL) and 33 (SIGSETXID) for itself, so host SIGRTMIN
 * is 34.  There are 33 guest real-time signals and only 31 free host
 * ones, so two guest signals cannot have a host signal.  ferry keeps
 * 34..64 identical (a native program's kill(pid, SIGRTMIN + n) reaches
 * the guest as the same signal) and gives guest 32 and 33 none: they are
 * what the guest's own glibc uses between its own threads, so they are
 * only ever sent from inside the process, and kill/tgkill/tkill to
 * ourselves queue them in ferry without a host signal (syscall/sig.c).
 * Sent from another process they cannot arrive.
 *
 *     guest  1..31   host  1..31   (same numbers)
 *     guest 32, 33   none          (ferry-internal delivery only)
 *     guest 34..64   host 34..64   (SIGRTMIN..SIGRTMAX)
 */
#include "guest_signal.h"

static const struct {
    int guest_lo, guest_hi, host_lo;
} sigmap[] = {
    { 1, 31, 1 },
    { 34, 64, 34 },
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
