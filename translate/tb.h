/*
 * tb.h - translation blocks and the TB cache.
 *
 * A TB is the host code for guest code starting at `pc`.  Two chain slots
 * let a block jump straight to its successors (a patched jmp rel32); the
 * pc map records, for each guest instruction, where its host code starts,
 * so a fault in host code can be reported at the exact guest instruction.
 *
 *     struct tb *tb = tb_cache_lookup(pc);
 *     if (!tb) tb = translate_block(thread, pc);   (exec.c)
 */
#ifndef FERRY_TB_H
#define FERRY_TB_H

#include <stdbool.h>
#include <stdint.h>
#include "ferry.h"

#define TB_MAX_INSNS 512
#define TB_MAX_SLOTS 16           /* chain slots: 2 in tier 1, more in regions */
#define TB_ALIGN 32               /* exit value = tb | slot, tb | TB_EXIT_HOT */
#define TB_EXIT_HOT 16            /* the block ran hot: build a region */
#define TB_HOT_THRESHOLD 2000     /* tier-1 executions before tier 2 */
/* The threshold in use: FERRY_TIER2_THRESHOLD overrides it (tests use 1
 * to send every block through tier 2). */
extern uint32_t tb_hot_threshold;

/* A host instruction in a block that may fault on guest memory (a guest
 * load or store), with where the guest registers are at that moment:
 * regs[first .. first+count) of the block's reg_homes live in host
 * registers; every other guest register is in the CPU state. */
struct tb_fault_point {
    uint32_t host_off;        /* the faulting instruction, from tb->code */
    int32_t guest_off;        /* its guest instruction, from tb->pc */
    uint32_t first;
    uint8_t count;
    uint8_t hf_live;          /* the guest flags are in EFLAGS */
    uint8_t is_store;
};
struct tb_reg_home {
    int32_t env_off;          /* the guest register's field */
    uint8_t host_reg;         /* the host register holding it */
};

struct tb;
struct tb_edge {
    struct tb *from;
    uint32_t slot;
};

struct tb {
    gaddr_t pc;               /* first guest instruction */
    uint32_t guest_size;      /* bytes of guest code covered */
    uint32_t nr_insns;
    uint8_t *code;            /* host code */
    uint32_t code_size;
    uint8_t tier;             /* 0: block, 1: block that counts its runs
                                 towards tier 2, 2: hot region */
    uint8_t nr_slots;
    uint8_t *jmp_field[TB_MAX_SLOTS]; /* rel32 field of each slot's jmp */
    uint8_t *jmp_reset[TB_MAX_SLOTS]; /* where an unchained slot jumps */
    gaddr_t jmp_target[TB_MAX_SLOTS]; /* guest PC each slot goes to */
    int32_t *hot_counter;     /* tier 1: counts down to the tier-up */
    uint32_t *pcmap;          /* nr_insns pairs: host offset, guest offset
                                 (signed: a region may go backwards) */
    volatile uint8_t invalid;  /* its guest code changed: never enter again */
    struct tb *jmp_dest[TB_MAX_SLOTS]; /* the block each slot is chained to */
    struct tb_edge *in;       /* slots of other blocks chained to this one */
    uint32_t nr_in, cap_in;
    struct tb_fault_point *fpoints;  /* sorted by host_off */
    struct tb_reg_home *reg_homes;
    uint32_t nr_fpoints;
    struct tb *hash_next;
    struct tb *retired_next;  /* out of the table, freed at the next flush */
    uint64_t exec_count;      /* for -d stats */
};

/* -- TB cache (tb_cache.c) -- */
struct tb *tb_cache_lookup(gaddr_t pc);
void tb_cache_insert(struct tb *tb);
/* Take tb out of the table (it stays valid memory until a flush). */
void tb_cache_remove(struct tb *tb);
/* Put tb (a region) in place of old; old's code stays valid until a flush. */
void tb_cache_replace(struct tb *old, struct tb *tb);
/* Drop every TB (code buffer full): the caller then resets the buffer. */
void tb_cache_flush(void);
struct tb *tb_alloc(gaddr_t pc);
void tb_free(struct tb *tb);
unsigned long tb_cache_count(void);

/* -- Inline indirect-branch cache, read by generated code -- */
#define JUMP_CACHE_BITS 12
#define JUMP_CACHE_SIZE (1u << JUMP_CACHE_BITS)
struct jump_cache_entry {
    uint64_t pc;
    const void *code;
};
/* Each guest thread has its own table (cpu_common.jump_cache), written
 * only by that thread; jump_cache_default serves CPU states that have
 * none (unit tests).  Empty entries point at host code that leaves with
 * EXIT_LOOKUP, so even a PC equal to the empty marker lands somewhere safe. */
#define JUMP_CACHE_EMPTY UINT64_MAX
extern struct jump_cache_entry jump_cache_default[JUMP_CACHE_SIZE];
extern const void *jump_cache_miss_code;   /* set by the backend */
struct jump_cache_entry *jump_cache_new(void);
void jump_cache_clear(struct jump_cache_entry *jc);
static inline unsigned jump_cache_hash(gaddr_t pc)
{
    return (unsigned)(pc >> 2) & (JUMP_CACHE_SIZE - 1);
}

/* Blocks in code-buffer order, for finding the block of a host address
 * from a signal handler (lock-free reads; reset by a flush). */
void tb_index_add(struct tb *tb);
struct tb *tb_index_find(const uint8_t *host);

/* Find the guest PC of a host code address inside tb (precise faults). */
bool tb_host_to_guest_pc(const struct tb *tb, const uint8_t *host, gaddr_t *pc);

#endif
