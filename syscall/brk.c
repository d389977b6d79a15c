/*
 * brk.c - the guest program break, emulated (the host's brk belongs to
 * ferry's own malloc).
 *
 * The break starts where the loader left it.  Growing maps anonymous
 * pages right after the current end with MAP_FIXED_NOREPLACE, so it never
 * clobbers anything already there; shrinking unmaps whole pages.  As on
 * Linux (mm/mmap.c, brk), a failed request returns the unchanged break,
 * and brk(0) returns the current one.
 */
#define _GNU_SOURCE
#include <sys/mman.h>
#include "internal.h"
#include "mm.h"

#define PAGE 4096ull

static uint64_t brk_start;  /* initial break: never go below */
static uint64_t brk_cur;    /* current break, as the guest sees it */
static uint64_t brk_mapped; /* end of the pages mapped for the heap */

void mm_init_brk(gaddr_t brk)
{
    brk_start = brk_cur = brk;
    brk_mapped = ALIGN_UP(brk, PAGE);
}

uint64_t mm_brk_current(void)
{
    return brk_cur;
}

static bool brk_grow(uint64_t new_end)
{
    uint64_t len = new_end - brk_mapped;
    long r;

    if (new_end > MM_GUEST_LIMIT || mm_host_overlap(brk_mapped, len))
        return false;
    r = host_syscall(SYS_mmap, (long)brk_mapped, (long)len, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (host_is_error(r))
        return false;
    if ((uint64_t)r != brk_mapped) {    /* a kernel older than 4.17 */
        host_syscall(SYS_munmap, r, (long)len, 0, 0, 0, 0);
        return false;
    }
    brk_mapped = new_end;
    return true;
}

long sys_brk(struct sc_call *c)
{
    uint64_t want = c->a[0], end = ALIGN_UP(want, PAGE);

    if (want < brk_start)
        return (long)brk_cur;
    if (end > brk_mapped && !brk_grow(end))
        return (long)brk_cur;
    if (end < brk_mapped) {
        host_syscall(SYS_munmap, (long)end, (long)(brk_mapped - end), 0, 0, 0, 0);
        if (mm_guest_change_hook)
            mm_guest_change_hook(end, brk_mapped - end);
        brk_mapped = end;
    }
    brk_cur = want;
    return (long)brk_cur;
}
