/*
 * code_pages.c - a small open-addressing set of guest page numbers that
 * have translated code.  Finer-grained invalidation (per page, for JITs)
 * comes with self-modifying code support; for now a hit drops every block.
 */
#include <string.h>
#include "code_pages.h"

#define CODE_PAGES_BITS 14
#define CODE_PAGES_SIZE (1u << CODE_PAGES_BITS)

static uint64_t pages[CODE_PAGES_SIZE];   /* page + 1; 0 = empty */
static unsigned nr_pages;
static bool full;                         /* too many to track: assume all */

static unsigned slot_of(uint64_t page)
{
    return (unsigned)((page * 0x9e3779b97f4a7c15ull) >> (64 - CODE_PAGES_BITS));
}

static bool present(uint64_t page)
{
    for (unsigned i = slot_of(page);; i = (i + 1) & (CODE_PAGES_SIZE - 1)) {
        if (pages[i] == page + 1)
            return true;
        if (!pages[i])
            return false;
    }
}

void code_pages_add(uint64_t page)
{
    if (present(page))
        return;
    if (nr_pages >= CODE_PAGES_SIZE / 2) {
        full = true;
        return;
    }
    unsigned i = slot_of(page);
    while (pages[i])
        i = (i + 1) & (CODE_PAGES_SIZE - 1);
    pages[i] = page + 1;
    nr_pages++;
}

bool code_pages_range_translated(uint64_t addr, uint64_t len)
{
    uint64_t first = addr >> 12, last = (addr + len - 1) >> 12;
    if (full)
        return true;
    if (!len || !nr_pages)
        return false;
    if (last - first < nr_pages) {
        for (uint64_t p = first; p <= last; p++)
            if (present(p))
                return true;
        return false;
    }
    for (unsigned i = 0; i < CODE_PAGES_SIZE; i++)
        if (pages[i] && pages[i] - 1 >= first && pages[i] - 1 <= last)
            return true;
    return false;
}

void code_pages_clear(void)
{
    memset(pages, 0, sizeof(pages));
    nr_pages = 0;
    full = false;
}
