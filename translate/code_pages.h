/*
 * code_pages.h - which guest pages have translations, so that guest
 * munmap, mprotect and mmap over code can drop stale ones.  Callers hold
 * the TB lock.
 */
#ifndef FERRY_CODE_PAGES_H
#define FERRY_CODE_PAGES_H

#include <stdbool.h>
#include <stdint.h>

void code_pages_add(uint64_t page);
bool code_pages_range_translated(uint64_t addr, uint64_t len);
void code_pages_clear(void);

#endif
