/*
 * proc.c - the guest's view of a few /proc files.
 *
 *   /proc/self/exe      the guest program (open, readlink, stat, access)
 *   /proc/self/auxv     the guest's auxiliary vector (from the loader)
 *   /proc/self/cmdline  the guest's argv
 *   /proc/cpuinfo       an arm64-style text (targets/<guest>/cpuinfo.c)
 *
 * Generated files are served from a memfd holding the text, so the guest
 * can read, seek and fstat them as usual.  "/proc/<own pid>/" is the
 * same as "/proc/self/".  /proc/self/maps still passes through (it shows
 * ferry's own mappings; hiding them is later work).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "internal.h"
#include "loader.h"
#include "sysroot.h"


static int guest_argc;
static char *const *guest_argv;

void syscall_set_cmdline(int argc, char *const argv[])
{
    guest_argc = argc;
    guest_argv = argv;
}

/* "exe" for "/proc/self/exe" or "/proc/<our pid>/exe"; NULL otherwise. */
static const char *self_file(const char *path)
{
    char *end;
    long pid;

    if (strncmp(path, "/proc/", 6) != 0)
        return NULL;
    path += 6;
    if (strncmp(path, "self/", 5) == 0)
        return path + 5;
    if (strncmp(path, "thread-self/", 12) == 0)
        return path + 12;
    pid = strtol(path, &end, 10);
    if (end != path && *end == '/' && pid == host_syscall(SYS_getpid, 0, 0, 0, 0, 0, 0))
        return end + 1;
    return NULL;
}

const char *proc_exe_path(int dirfd, const char *path)
{
    const char *f = self_file(path);

    (void)dirfd;    /* the names we emulate are absolute */
    if (f && strcmp(f, "exe") == 0)
        return syscall_opts.exe_path;
    return NULL;
}

/* A memfd holding len bytes of text, positioned at 0. */
static long memfd_with(const void *data, size_t len, uint32_t host_flags)
{
    unsigned mfd = (host_flags & O_CLOEXEC) ? MFD_CLOEXEC : 0;
    long fd = host_syscall(SYS_memfd_create, (long)"ferry-proc", mfd, 0, 0, 0, 0);
    size_t done = 0;

    if (host_is_error(fd))
        return fd;
    while (done < len) {
        long w = host_syscall(SYS_write, fd, (long)data + (long)done,
                              (long)(len - done), 0, 0, 0);
        if (host_is_error(w) || w == 0) {
            host_syscall(SYS_close, fd, 0, 0, 0, 0, 0);
            return host_is_error(w) ? w : -EIO;
        }
        done += (size_t)w;
    }
    host_syscall(SYS_lseek, fd, 0, SEEK_SET, 0, 0, 0);
    return fd;
}

static long open_cmdline(uint32_t flags)
{
    size_t len = 0, off = 0;
    char *buf;
    long r;

    for (int i = 0; i < guest_argc; i++)
        len += strlen(guest_argv[i]) + 1;
    buf = malloc(len ? len : 1);
    if (!buf)
        return -ENOMEM;
    for (int i = 0; i < guest_argc; i++) {
        size_t n = strlen(guest_argv[i]) + 1;
        memcpy(buf + off, guest_argv[i], n);
        off += n;
    }
    r = memfd_with(buf, len, flags);
    free(buf);
    return r;
}

static long open_auxv(uint32_t flags)
{
    size_t n = 0;
    const uint64_t *v = loader_auxv(&n);   /* (type, value) words, AT_NULL included */

    if (!v) {
        if (log_enabled(LOG_UNIMP))
            log_msg("%s: /proc/self/auxv: no guest auxv was built\n",
                    ferry_progname);
        return -ENOENT;
    }
    return memfd_with(v, n * sizeof *v, flags);
}

static long open_cpuinfo(const struct syscall_abi *abi, uint32_t flags)
{
    size_t len = abi->cpuinfo(NULL, 0) + 1;
    char *buf = malloc(len);
    long r;

    if (!buf)
        return -ENOMEM;
    len = abi->cpuinfo(buf, len);
    r = memfd_with(buf, len, flags);
    free(buf);
    return r;
}

long proc_open(struct sc_call *c, int dirfd, const char *path, uint32_t host_flags)
{
    const char *f = self_file(path);
    const char *exe = proc_exe_path(dirfd, path);
    bool generated = (f && (strcmp(f, "auxv") == 0 || strcmp(f, "cmdline") == 0)) ||
                     strcmp(path, "/proc/cpuinfo") == 0;

    char hbuf[SYSROOT_PATH_MAX];

    if (exe)    /* the guest's name of a program from the sysroot: look again */
        return host_syscall(SYS_openat, AT_FDCWD,
                            (long)sysroot_path(exe, hbuf, sizeof hbuf), host_flags,
                            (long)c->a[3], 0, 0);
    if (!generated)
        return PROC_NOT_EMULATED;
    if ((host_flags & O_ACCMODE) != O_RDONLY)
        return -EACCES;
    if (strcmp(path, "/proc/cpuinfo") == 0)
        return open_cpuinfo(c->abi, host_flags);
    if (strcmp(f, "auxv") == 0)
        return open_auxv(host_flags);
    return open_cmdline(host_flags);
}
