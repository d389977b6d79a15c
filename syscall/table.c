/*
 * table.c - guest syscall number -> name -> handler and host number.
 *
 * Nothing here is typed by hand: the guest's numbering and the host's
 * come from libseccomp (seccomp_syscall_resolve_num_arch / _name_arch),
 * the handlers from syscalls.def.  Each guest number is resolved the
 * first time the guest uses it, so start-up does not pay for the ~450
 * names a program never calls.
 *
 *     const struct sc_entry *e = syscall_table_lookup(SCMP_ARCH_AARCH64, 56);
 *     // e->name "openat", e->host_nr 257, e->desc->fn sys_openat
 */
#include <seccomp.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

#define SC_MAX_GUEST_NR 1024    /* above every Linux syscall number in use */

static const struct sc_desc descs[] = {
#define SYSCALL(name, handler, fmt) { #name, handler, fmt },
#define PASS(name, fmt) { #name, sc_pass, fmt },
#include "syscalls.def"
#undef SYSCALL
#undef PASS
};

static uint32_t table_arch;
static struct sc_entry entries[SC_MAX_GUEST_NR];
static bool resolved[SC_MAX_GUEST_NR];

size_t syscall_desc_count(void)
{
    return ARRAY_SIZE(descs);
}

const struct sc_desc *syscall_desc_at(size_t i)
{
    return i < ARRAY_SIZE(descs) ? &descs[i] : NULL;
}

const struct sc_desc *syscall_desc_by_name(const char *name)
{
    for (size_t i = 0; i < ARRAY_SIZE(descs); i++)
        if (strcmp(descs[i].name, name) == 0)
            return &descs[i];
    return NULL;
}

/* Entries are filled on first use by whichever thread gets there; the
 * lock makes one thread do it, and the release store of resolved[] makes
 * the entry visible before the flag to threads that skip the lock. */
static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;

static void resolve(uint32_t arch, long nr)
{
    struct sc_entry *e = &entries[nr];
    char *name = seccomp_syscall_resolve_num_arch(arch, (int)nr);
    int host;

    e->name = name;             /* kept for the life of the process */
    e->desc = name ? syscall_desc_by_name(name) : NULL;
    e->host_nr = -1;
    if (name) {
        host = seccomp_syscall_resolve_name_arch(SCMP_ARCH_X86_64, name);
        e->host_nr = host >= 0 ? host : -1;   /* __NR_SCMP_ERROR or pseudo */
    }
    __atomic_store_n(&resolved[nr], true, __ATOMIC_RELEASE);
}

/* NULL for a number outside the table's range. */
const struct sc_entry *syscall_table_lookup(uint32_t arch, long nr)
{
    if (nr < 0 || nr >= SC_MAX_GUEST_NR)
        return NULL;
    if (__atomic_load_n(&table_arch, __ATOMIC_ACQUIRE) == arch
        && __atomic_load_n(&resolved[nr], __ATOMIC_ACQUIRE))
        return &entries[nr];
    pthread_mutex_lock(&table_lock);
    if (arch != table_arch) {   /* first use, or a test switching guests */
        for (size_t i = 0; i < SC_MAX_GUEST_NR; i++)
            if (resolved[i])
                free((char *)entries[i].name);
        memset(entries, 0, sizeof entries);
        memset(resolved, 0, sizeof resolved);
        __atomic_store_n(&table_arch, arch, __ATOMIC_RELEASE);
    }
    if (!resolved[nr])
        resolve(arch, nr);
    pthread_mutex_unlock(&table_lock);
    return &entries[nr];
}
