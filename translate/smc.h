/*
 * smc.h - guest code pages and self-modifying code.
 *
 * Every guest page that blocks were translated from is known here, with
 * the blocks that came from it.  A page the guest can write is
 * write-protected on the host while it has blocks; a guest store to it
 * faults, the page's blocks are invalidated (unchained, dropped from the
 * cache and from every jump cache), write access comes back and the store
 * runs again.  munmap, mprotect and mmap over code, and IC IVAU, drop the
 * blocks of their pages the same way.  Invalidated blocks keep their host
 * code until the next full flush, so a thread still running one is safe.
 *
 * Callers hold the TB lock, except smc_write_fault (a signal handler),
 * which takes it.
 */
#ifndef FERRY_SMC_H
#define FERRY_SMC_H

#include <stdbool.h>
#include <stdint.h>
#include "tb.h"

/* tb was translated from the pages of these guest PCs (under TB lock). */
void smc_add_tb(struct tb *tb, const uint64_t *pcs, unsigned n);
/* Drop the blocks of every page overlapping [addr, addr+len). */
void smc_invalidate_range(uint64_t addr, uint64_t len);
/* A host write fault at addr: true if it hit a protected code page,
 * which is now writable again with its blocks gone (retry the store). */
bool smc_write_fault(uint64_t addr);
/* During the writability probe: where a fault returns to. */
bool smc_probe_fault(void);
/* Forget every page (full flush; blocks are freed by the caller). */
void smc_clear(void);
/* Take/release the TB lock (tb_gen.c owns it). */
void tb_lock_acquire(void);
void tb_lock_release(void);

#endif
