/*
 * file.c - file syscalls that need more than a pass-through: open-flag
 * conversion (openat, fcntl F_GETFL/F_SETFL, pipe2), the paths that
 * name ferry instead of the guest program (/proc/self/exe), and the
 * sysroot: an absolute path that openat, newfstatat, statx, faccessat(2)
 * and readlinkat name is looked up under -L first (loader/sysroot.h, as
 * qemu's -L; never /proc, /sys, /dev).  -strace shows the guest's path.
 *
 * struct flock (F_GETLK/F_SETLK/F_OFD_*) is the same 32-byte layout on
 * arm64 and x86-64 (asm-generic/fcntl.h with 64-bit off_t), and the F_*
 * commands have the same values, so only the O_* bits are converted.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include "internal.h"
#include "safe_syscall.h"
#include "sysroot.h"

/* The host file a guest path names: /proc/self/exe is the guest program,
 * and an absolute path is looked up in the sysroot.  hbuf has
 * SC_PATH_MAX bytes; path is the guest's string (from sc_path). */
static const char *host_path(int dirfd, const char *path, char *hbuf)
{
    const char *exe = proc_exe_path(dirfd, path);

    return sysroot_path(exe ? exe : path, hbuf, SC_PATH_MAX);
}

long sys_openat(struct sc_call *c)
{
    uint32_t flags = abi_open_flags_to_host(c->abi, (uint32_t)c->a[2]);
    char buf[SC_PATH_MAX], hbuf[SC_PATH_MAX];
    const char *path = sc_path(c->a[1], buf);
    long r = PROC_NOT_EMULATED;

    if (path)
        r = proc_open(c, (int)c->a[0], path, flags);
    if (r != PROC_NOT_EMULATED)
        return r;
    return host_syscall(SYS_openat, (long)c->a[0],
                        path ? (long)sysroot_path(path, hbuf, sizeof hbuf) : (long)c->a[1],
                        flags, (long)c->a[3], 0, 0);
}

long sys_fcntl(struct sc_call *c)
{
    long cmd = (int)c->a[1], arg = (long)c->a[2], r;

    if (cmd == F_SETFL)
        arg = abi_open_flags_to_host(c->abi, (uint32_t)arg);
    /* F_SETLKW / F_OFD_SETLKW wait: safe_syscall.h */
    r = safe_syscall(SYS_fcntl, (long)c->a[0], cmd, arg, 0, 0, 0);
    if (cmd == F_GETFL && !host_is_error(r))
        r = abi_open_flags_to_guest(c->abi, (uint32_t)r);
    return r;
}

/* pipe2 flags are O_CLOEXEC, O_NONBLOCK and O_DIRECT (packet mode), and
 * O_DIRECT is one of the bits that move. */
long sys_pipe2(struct sc_call *c)
{
    return host_syscall(SYS_pipe2, (long)c->a[0],
                        abi_open_flags_to_host(c->abi, (uint32_t)c->a[1]), 0, 0, 0, 0);
}

/* readlink("/proc/self/exe") names the guest program, not ferry. */
long sys_readlinkat(struct sc_call *c)
{
    char buf[SC_PATH_MAX], hbuf[SC_PATH_MAX];
    const char *path = sc_path(c->a[1], buf);
    const char *exe = path ? proc_exe_path((int)c->a[0], path) : NULL;
    size_t n;

    if (!path)
        return sc_pass(c);
    if (!exe)
        return host_syscall(SYS_readlinkat, (long)c->a[0],
                            (long)sysroot_path(path, hbuf, sizeof hbuf),
                            (long)c->a[2], (long)c->a[3], 0, 0);
    if ((long)c->a[3] <= 0)
        return -EINVAL;
    n = strlen(exe);
    if (n > c->a[3])
        n = c->a[3];        /* truncated, no NUL: as readlink(2) */
    return sc_put(c->a[2], exe, n) ?: (long)n;
}

/* Path-taking calls (path in a[1]) that must see /proc/self/exe as the
 * guest program and absolute paths in the sysroot. */
static long with_host_path(struct sc_call *c, int nr)
{
    char buf[SC_PATH_MAX], hbuf[SC_PATH_MAX];
    const char *path = sc_path(c->a[1], buf);
    const char *host = path ? host_path((int)c->a[0], path, hbuf) : NULL;

    return host_syscall(nr, (long)c->a[0], host ? (long)host : (long)c->a[1],
                        (long)c->a[2], (long)c->a[3], (long)c->a[4], (long)c->a[5]);
}

long sys_faccessat(struct sc_call *c)
{
    return with_host_path(c, SYS_faccessat);
}

long sys_faccessat2(struct sc_call *c)
{
    return with_host_path(c, SYS_faccessat2);
}

long sys_statx(struct sc_call *c)
{
    /* struct statx is the same on every architecture (linux/stat.h). */
    return with_host_path(c, SYS_statx);
}

/* struct stat through the guest's layout; 0 or -EFAULT. */
static long put_stat(struct sc_call *c, uint64_t gaddr, const struct stat *st)
{
    uint64_t g[32];     /* 256 bytes: room for any guest's struct stat */

    c->abi->stat_to_guest(g, st);
    return sc_put(gaddr, g, c->abi->stat_size);
}

long sys_newfstatat(struct sc_call *c)
{
    char buf[SC_PATH_MAX], hbuf[SC_PATH_MAX];
    const char *path = sc_path(c->a[1], buf);
    const char *host = path ? host_path((int)c->a[0], path, hbuf) : NULL;
    struct stat st;
    long r = host_syscall(SYS_newfstatat, (long)c->a[0], host ? (long)host : (long)c->a[1],
                          (long)&st, (long)c->a[3], 0, 0);

    return r ? r : put_stat(c, c->a[2], &st);
}

long sys_fstat(struct sc_call *c)
{
    struct stat st;
    long r = host_syscall(SYS_fstat, (long)c->a[0], (long)&st, 0, 0, 0, 0);

    return r ? r : put_stat(c, c->a[1], &st);
}
