/*
 * sysroot.h - the guest's system root (-L, QEMU_LD_PREFIX, FERRY_LD_PREFIX,
 * or ./configure --with-sysroot) and the path lookup qemu's -L does.
 *
 * An absolute path the guest names is looked up under the sysroot first:
 * if <sysroot><path> exists (lstat, symlinks not followed), that host path
 * is used; otherwise the path itself.  /proc, /sys and /dev are never
 * redirected, nor are relative paths (they follow the guest's cwd, which
 * is the host's).  Used by the loader for PT_INTERP and the main program,
 * and by syscall/ for open, stat, access, readlink and execve.
 *
 *     sysroot_init("/usr/aarch64-linux-gnu");
 *     char buf[SYSROOT_PATH_MAX];
 *     const char *p = sysroot_path("/lib/libc.so.6", buf, sizeof buf);
 *     // p == buf == "/usr/aarch64-linux-gnu/lib/libc.so.6" (it exists)
 *     p = sysroot_path("/proc/self/maps", buf, sizeof buf);
 *     // p is the argument itself
 */
#ifndef FERRY_SYSROOT_H
#define FERRY_SYSROOT_H

#include <stdbool.h>
#include <stddef.h>

#define SYSROOT_PATH_MAX 4096 /* PATH_MAX */

/* Set the sysroot (NULL or "" for none).  A relative directory is made
 * absolute against the current directory, so a guest chdir does not move
 * it.  Returns the absolute form (static storage), or NULL for none. */
const char *sysroot_init(const char *dir);

/* The sysroot set by sysroot_init, or NULL. */
const char *sysroot_dir(void);

/* The host path for guest_path: buf holding <sysroot><guest_path> when
 * that exists, else guest_path itself (also when there is no sysroot, the
 * path is relative or under /proc, /sys or /dev, or the result would not
 * fit in len).  Negative answers are cached, so a library search that
 * probes many missing paths costs one lstat per path. */
const char *sysroot_path(const char *guest_path, char *buf, size_t len);

/* True when guest_path would be looked up under the sysroot at all
 * (absolute, not /proc, /sys or /dev, a sysroot set). */
bool sysroot_applies(const char *guest_path);

#endif
