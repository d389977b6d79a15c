/*
 * mem.c - guest memory syscalls: mmap, munmap, mprotect, mremap,
 * madvise, and the registry of ferry's own mappings (mm.h).
 *
 * Guest and host addresses are the same, so these are pass-throughs with
 * three guards: never let the guest map over, unmap or re-protect a range
 * ferry registered; keep guest mappings below 2^47; and drop the guest
 * PROT_ and MAP_ bits the host would read differently (arm64 PROT_BTI and
 * PROT_MTE; x86-only MAP_32BIT).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/mman.h>
#include "internal.h"
#include <pthread.h>
#include "mm.h"

#define MM_MAX_RESERVED 256

static struct {
    uint64_t start, end;
    const char *what;
} reserved[MM_MAX_RESERVED];
static size_t n_reserved;
/* Threads create stacks while others check guest mmaps against the list. */
static pthread_mutex_t reserved_lock = PTHREAD_MUTEX_INITIALIZER;

void (*mm_guest_change_hook)(uint64_t addr, uint64_t len);

void mm_reserve_host(void *addr, size_t len, const char *what)
{
    pthread_mutex_lock(&reserved_lock);
    if (n_reserved == MM_MAX_RESERVED)
        fatal("too many reserved host mappings (adding %s)", what);
    reserved[n_reserved].start = (uint64_t)addr;
    reserved[n_reserved].end = (uint64_t)addr + len;
    reserved[n_reserved].what = what;
    n_reserved++;
    pthread_mutex_unlock(&reserved_lock);
}

void mm_release_host(void *addr, size_t len)
{
    pthread_mutex_lock(&reserved_lock);
    for (size_t i = 0; i < n_reserved; i++) {
        if (reserved[i].start == (uint64_t)addr &&
            reserved[i].end == (uint64_t)addr + len) {
            reserved[i] = reserved[--n_reserved];
            break;
        }
    }
    pthread_mutex_unlock(&reserved_lock);
}

const char *mm_host_overlap(uint64_t addr, uint64_t len)
{
    uint64_t end = addr + len;
    const char *what = NULL;

    if (end < addr)
        return "the end of the address space";
    pthread_mutex_lock(&reserved_lock);
    for (size_t i = 0; i < n_reserved && !what; i++)
        if (addr < reserved[i].end && reserved[i].start < end)
            what = reserved[i].what;
    pthread_mutex_unlock(&reserved_lock);
    return what;
}

/* A guest request touching ferry's memory; says so under -d unimp. */
static bool refused(struct sc_call *c, uint64_t addr, uint64_t len)
{
    const char *what = mm_host_overlap(addr, ALIGN_UP(len, 4096));

    if (what && log_enabled(LOG_UNIMP))
        log_msg("%s: %s(0x%llx, %llu) at pc 0x%llx would hit ferry's %s: refused\n",
                ferry_progname, c->e->name, (unsigned long long)addr,
                (unsigned long long)len, (unsigned long long)sc_pc(c), what);
    return what != NULL;
}

static void changed(uint64_t addr, uint64_t len)
{
    if (mm_guest_change_hook)
        mm_guest_change_hook(addr, len);
}

long sys_mmap(struct sc_call *c)
{
    uint64_t addr = c->a[0], len = c->a[1];
    long prot = (long)(c->a[2] & ~(uint64_t)c->abi->prot_guest_only);
    long flags = (long)(c->a[3] & c->abi->map_flags_valid);
    bool fixed = flags & (MAP_FIXED | MAP_FIXED_NOREPLACE);
    long r;

    if (fixed && (addr + len > MM_GUEST_LIMIT || refused(c, addr, len)))
        return (flags & MAP_FIXED_NOREPLACE) && addr + len <= MM_GUEST_LIMIT
                   ? -EEXIST    /* something is mapped there: ferry */
                   : -ENOMEM;
    if (!fixed && addr + len > MM_GUEST_LIMIT)
        addr = 0;           /* a hint above the guest space: ignore it */
    r = host_syscall(SYS_mmap, (long)addr, (long)len, prot, flags,
                     (long)c->a[4], (long)c->a[5]);
    if (host_is_error(r))
        return r;
    if ((uint64_t)r + len > MM_GUEST_LIMIT) {
        host_syscall(SYS_munmap, r, (long)len, 0, 0, 0, 0);
        return -ENOMEM;
    }
    if (fixed)
        changed((uint64_t)r, len);
    return r;
}

long sys_munmap(struct sc_call *c)
{
    long r;

    if (refused(c, c->a[0], c->a[1]))
        return -EINVAL;
    r = host_syscall(SYS_munmap, (long)c->a[0], (long)c->a[1], 0, 0, 0, 0);
    if (r == 0)
        changed(c->a[0], c->a[1]);
    return r;
}

long sys_mprotect(struct sc_call *c)
{
    long prot = (long)(c->a[2] & ~(uint64_t)c->abi->prot_guest_only);
    long r;

    if (refused(c, c->a[0], c->a[1]))
        return -ENOMEM;
    r = host_syscall(SYS_mprotect, (long)c->a[0], (long)c->a[1], prot, 0, 0, 0);
    if (r == 0)
        changed(c->a[0], c->a[1]);
    return r;
}

long sys_mremap(struct sc_call *c)
{
    uint64_t old = c->a[0], old_len = c->a[1], new_len = c->a[2];
    long flags = (long)c->a[3], r;

    if (refused(c, old, old_len))
        return -EINVAL;
    if ((flags & MREMAP_FIXED) &&
        (c->a[4] + new_len > MM_GUEST_LIMIT || refused(c, c->a[4], new_len)))
        return -ENOMEM;
    r = host_syscall(SYS_mremap, (long)old, (long)old_len, (long)new_len, flags,
                     (long)c->a[4], 0);
    if (host_is_error(r))
        return r;
    if ((uint64_t)r + new_len > MM_GUEST_LIMIT) {
        host_syscall(SYS_munmap, r, (long)new_len, 0, 0, 0, 0);
        return -ENOMEM;
    }
    changed(old, old_len);
    return r;
}

long sys_madvise(struct sc_call *c)
{
    if (refused(c, c->a[0], c->a[1]))
        return -EINVAL;
    return sc_pass(c);
}
