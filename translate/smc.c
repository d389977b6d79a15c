#define _GNU_SOURCE
/*
 * smc.c - guest code pages, write protection and block invalidation
 * (see smc.h for the model).
 *
 * The page table is open addressing over pointers to struct code_page,
 * written under the TB lock and read without it by the fault handler.
 * Whether a page is writable is probed once, when its first block is
 * translated, with an atomic add of 0 under a fault guard: it changes no
 * byte, even with other threads writing the same word.
 */
#include <setjmp.h>
#include <stdlib.h>
#include <sys/mman.h>
#include "backend.h"
#include "ferry.h"
#include "smc.h"
#include "thread.h"

#define PAGE_BITS 12
#define PAGES_LOG2 16
#define PAGES_SIZE (1u << PAGES_LOG2)

struct code_page {
    uint64_t page;                /* guest page number */
    volatile bool wprotected;     /* made read-only by ferry */
    struct tb **tbs;
    uint32_t nr, cap;
};

static struct code_page *pages[PAGES_SIZE];
static unsigned nr_pages;

static unsigned slot_of(uint64_t page)
{
    return (unsigned)((page * 0x9e3779b97f4a7c15ull) >> (64 - PAGES_LOG2));
}

static struct code_page *lookup(uint64_t page)
{
    for (unsigned i = slot_of(page);; i = (i + 1) & (PAGES_SIZE - 1)) {
        struct code_page *cp = __atomic_load_n(&pages[i], __ATOMIC_ACQUIRE);
        if (!cp || cp->page == page)
            return cp;
    }
}

/* -- The writability probe -- */

static __thread sigjmp_buf probe_jmp;
static __thread volatile bool probing;

bool smc_probe_fault(void)
{
    if (!probing)
        return false;
    siglongjmp(probe_jmp, 1);
}

static bool page_writable(uint64_t page)
{
    volatile uint32_t *p = (volatile uint32_t *)(uintptr_t)(page << PAGE_BITS);
    if (sigsetjmp(probe_jmp, 0)) {
        probing = false;
        sigset_t faults;
        sigemptyset(&faults);
        sigaddset(&faults, SIGSEGV);
        sigaddset(&faults, SIGBUS);
        pthread_sigmask(SIG_UNBLOCK, &faults, NULL);
        return false;
    }
    probing = true;
    __atomic_fetch_add(p, 0, __ATOMIC_SEQ_CST);
    probing = false;
    return true;
}

/* -- Pages -- */

static struct code_page *get_page(uint64_t page)
{
    struct code_page *cp = lookup(page);
    if (cp || nr_pages >= PAGES_SIZE / 2)
        return cp;
    cp = calloc(1, sizeof(*cp));
    if (!cp)
        fatal("out of memory tracking code pages");
    cp->page = page;
    if (page_writable(page)
        && !mprotect((void *)(uintptr_t)(page << PAGE_BITS), 1u << PAGE_BITS, PROT_READ))
        cp->wprotected = true;
    unsigned i = slot_of(page);
    while (pages[i])
        i = (i + 1) & (PAGES_SIZE - 1);
    __atomic_store_n(&pages[i], cp, __ATOMIC_RELEASE);
    nr_pages++;
    return cp;
}

static void page_add_tb(struct code_page *cp, struct tb *tb)
{
    if (cp->nr && cp->tbs[cp->nr - 1] == tb)
        return;
    if (cp->nr == cp->cap) {
        cp->cap = cp->cap ? 2 * cp->cap : 8;
        cp->tbs = realloc(cp->tbs, cp->cap * sizeof(*cp->tbs));
        if (!cp->tbs)
            fatal("out of memory tracking code pages");
    }
    cp->tbs[cp->nr++] = tb;
}

void smc_add_tb(struct tb *tb, const uint64_t *pcs, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        struct code_page *cp = get_page(pcs[i] >> PAGE_BITS);
        if (cp)
            page_add_tb(cp, tb);
    }
}

/* -- Invalidation -- */

static void forget_in_jump_cache(struct ferry_thread *t, void *arg)
{
    struct tb *tb = arg;
    struct jump_cache_entry *jc = t->cpu ? t->cpu->jump_cache : NULL;
    if (!jc)
        return;
    struct jump_cache_entry *e = &jc[jump_cache_hash(tb->pc)];
    if (e->code == tb->code) {
        e->pc = JUMP_CACHE_EMPTY;
        e->code = jump_cache_miss_code;
    }
}

static void tb_invalidate(struct tb *tb)
{
    if (tb->invalid)
        return;
    __atomic_store_n(&tb->invalid, 1, __ATOMIC_SEQ_CST);
    tb_cache_remove(tb);
    for (uint32_t i = 0; i < tb->nr_in; i++) {
        struct tb *from = tb->in[i].from;
        unsigned slot = tb->in[i].slot;
        if (from->jmp_dest[slot] == tb) {
            backend_chain(from, slot, NULL);
            from->jmp_dest[slot] = NULL;
        }
    }
    tb->nr_in = 0;
    thread_for_each(forget_in_jump_cache, tb);
}

static void invalidate_page(struct code_page *cp)
{
    for (uint32_t i = 0; i < cp->nr; i++)
        tb_invalidate(cp->tbs[i]);
    cp->nr = 0;
}

void smc_invalidate_range(uint64_t addr, uint64_t len)
{
    if (!len)
        return;
    uint64_t first = addr >> PAGE_BITS, last = (addr + len - 1) >> PAGE_BITS;
    if (last - first > nr_pages) {            /* a big range: walk the table */
        for (unsigned i = 0; i < PAGES_SIZE; i++) {
            struct code_page *cp = pages[i];
            if (cp && cp->page >= first && cp->page <= last) {
                invalidate_page(cp);
                cp->wprotected = false;   /* the syscall sets the protection */
            }
        }
        return;
    }
    for (uint64_t p = first; p <= last; p++) {
        struct code_page *cp = lookup(p);
        if (cp) {
            invalidate_page(cp);
            cp->wprotected = false;
        }
    }
}

bool smc_write_fault(uint64_t addr)
{
    struct code_page *cp = lookup(addr >> PAGE_BITS);
    if (!cp || !cp->wprotected)
        return false;
    tb_lock_acquire();
    if (cp->wprotected) {
        invalidate_page(cp);
        mprotect((void *)(uintptr_t)(cp->page << PAGE_BITS), 1u << PAGE_BITS,
                 PROT_READ | PROT_WRITE);
        cp->wprotected = false;
    }
    tb_lock_release();
    return true;
}

void smc_clear(void)
{
    for (unsigned i = 0; i < PAGES_SIZE; i++) {
        struct code_page *cp = pages[i];
        if (!cp)
            continue;
        if (cp->wprotected)
            mprotect((void *)(uintptr_t)(cp->page << PAGE_BITS), 1u << PAGE_BITS,
                     PROT_READ | PROT_WRITE);
        free(cp->tbs);
        free(cp);
        pages[i] = NULL;
    }
    nr_pages = 0;
}
