/*
 * sysroot.c - the guest's system root and qemu -L style path lookup.
 *
 * An absolute guest path P is the host path <sysroot>P when that exists
 * (an lstat: a symlink counts even when its target does not resolve on
 * the host, so readlink sees it), and P otherwise.  /proc, /sys and /dev
 * always mean the host's (ferry emulates what must differ in /proc).
 * qemu's util/path.c does the same with access(F_OK); ferry does not
 * follow the final symlink so that readlink and lstat of a link inside
 * the sysroot see the link.  A symlink with an absolute target inside the
 * sysroot is resolved by the host kernel against the host's root, as
 * under qemu: a sysroot is not a chroot.
 *
 * Misses are remembered in a small direct-mapped cache: ld.so probes many
 * library directories where a library is not, and each probe would
 * otherwise cost a second lstat.  Nothing in the guest creates files in
 * the sysroot through this lookup (a path that does not exist there goes
 * to the host), so a miss stays a miss unless another process changes
 * the sysroot.  The cache is taken with trylock and skipped when busy, so
 * a fork while another thread holds it cannot deadlock the child.
 *
 *     sysroot_init("/srv/arm64");
 *     char buf[SYSROOT_PATH_MAX];
 *     int fd = open(sysroot_path(guest_path, buf, sizeof buf), O_RDONLY);
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "sysroot.h"

#define MISS_SLOTS 1024 /* power of two */

static char root[SYSROOT_PATH_MAX];
static size_t root_len;
static bool have_root;

static struct {
    uint64_t hash;
    char *path;
} misses[MISS_SLOTS];
static pthread_mutex_t miss_lock = PTHREAD_MUTEX_INITIALIZER;

/* -- Set-up -- */

static void forget_misses(void)
{
    for (size_t i = 0; i < MISS_SLOTS; i++) {
        free(misses[i].path);
        misses[i].path = NULL;
    }
}

const char *sysroot_init(const char *dir)
{
    char cwd[SYSROOT_PATH_MAX];
    int n;

    forget_misses();
    have_root = false;
    if (!dir || !*dir)
        return NULL;
    if (dir[0] == '/' || !getcwd(cwd, sizeof cwd))
        n = snprintf(root, sizeof root, "%s", dir);
    else
        n = snprintf(root, sizeof root, "%s/%s", cwd, dir);
    if (n < 0 || (size_t)n >= sizeof root)
        return NULL;
    /* "/x/" and "/x" are the same root; "/" stays "/" only in spirit:
     * an empty prefix leaves every path as it is. */
    while (n > 0 && root[n - 1] == '/')
        root[--n] = '\0';
    root_len = (size_t)n;
    have_root = true;
    return n ? root : "/";
}

const char *sysroot_dir(void)
{
    return have_root ? (root_len ? root : "/") : NULL;
}

/* -- The lookup -- */

/* The first component of an absolute path is proc, sys or dev. */
static bool is_host_only(const char *p)
{
    static const char *const names[] = { "proc", "sys", "dev" };
    size_t n;

    while (*p == '/')
        p++;
    n = strcspn(p, "/");
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i]) == n && memcmp(p, names[i], n) == 0)
            return true;
    return false;
}

bool sysroot_applies(const char *guest_path)
{
    return have_root && root_len && guest_path && guest_path[0] == '/' &&
           !is_host_only(guest_path);
}

static uint64_t hash_path(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ull;     /* FNV-1a */

    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return h;
}

static bool known_miss(const char *path, uint64_t h)
{
    bool hit = false;

    if (pthread_mutex_trylock(&miss_lock) != 0)
        return false;
    size_t i = h & (MISS_SLOTS - 1);
    hit = misses[i].path && misses[i].hash == h && strcmp(misses[i].path, path) == 0;
    pthread_mutex_unlock(&miss_lock);
    return hit;
}

static void remember_miss(const char *path, uint64_t h)
{
    char *copy = strdup(path);

    if (!copy)
        return;
    if (pthread_mutex_trylock(&miss_lock) != 0) {
        free(copy);
        return;
    }
    size_t i = h & (MISS_SLOTS - 1);
    free(misses[i].path);
    misses[i].path = copy;
    misses[i].hash = h;
    pthread_mutex_unlock(&miss_lock);
}

const char *sysroot_path(const char *guest_path, char *buf, size_t len)
{
    size_t plen;
    struct stat st;
    uint64_t h;

    if (!sysroot_applies(guest_path))
        return guest_path;
    plen = strlen(guest_path);
    if (root_len + plen + 1 > len)
        return guest_path;
    h = hash_path(guest_path);
    if (known_miss(guest_path, h))
        return guest_path;
    memcpy(buf, root, root_len);
    memcpy(buf + root_len, guest_path, plen + 1);
    if (fstatat(AT_FDCWD, buf, &st, AT_SYMLINK_NOFOLLOW) == 0)
        return buf;
    remember_miss(guest_path, h);
    return guest_path;
}
