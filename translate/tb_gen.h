/*
 * tb_gen.h - making translation blocks: the code buffer, translation
 * (tier 1 blocks and tier 2 regions), chaining and flushing.
 *
 * Thread safety: looking a block up is lock-free (tb_cache.c); making,
 * chaining or dropping blocks happens under one lock.  Dropping every
 * block (the buffer is full, or the guest unmapped code) first stops the
 * other threads at a safe point (core/thread.c).  A thread remembers the
 * flush generation when it enters code and hands it back with an exit, so
 * a block freed by a flush meanwhile is never touched.
 *
 *     tb_gen_init();
 *     unsigned gen = tb_generation();
 *     struct tb *tb = tb_find(t, pc);
 *     ... run it; on a chain request: tb = tb_chain(t, ret, gen);
 */
#ifndef FERRY_TB_GEN_H
#define FERRY_TB_GEN_H

#include <stdint.h>
#include "tb.h"
#include "thread.h"

void tb_gen_init(void);
unsigned tb_generation(void);
/* The block at pc (translated if needed); fills t's jump cache. */
struct tb *tb_find(struct ferry_thread *t, gaddr_t pc);
/* An exit tb | slot: chain the slot to the block at the guest PC. */
struct tb *tb_chain(struct ferry_thread *t, uintptr_t ret, unsigned gen);
/* An exit tb | TB_EXIT_HOT: replace the block by a region. */
struct tb *tb_tier_up(struct ferry_thread *t, uintptr_t ret, unsigned gen);
/* IC IVAU: drop the blocks translated from the cache line at addr. */
void tb_invalidate_icache(uint64_t addr);
/* Drop every translation (other threads are stopped meanwhile). */
void tb_flush_all(void);

/* Knobs: -one-insn-per-tb, FERRY_TIER2, FERRY_TIER2_THRESHOLD/_MAX. */
void tb_gen_set_max_insns(unsigned n);
void tb_gen_set_tier2(bool on);

#endif
