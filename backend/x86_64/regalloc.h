/*
 * regalloc.h - the x86-64 register allocator (internal to the backend).
 *
 * A forward, per-block allocator in the style of a tiny linear scan: each
 * temp has one current home (a host register, its memory slot, or a
 * constant); globals are loaded on first use, kept in registers and
 * written back only when dirty, at block ends and before helpers that
 * read guest state.  Liveness (translate/liveness.c) tells where temps die.
 * Host register use: R14 = env, RSP = stack, the other 14 are allocatable.
 */
#ifndef FERRY_X86_REGALLOC_H
#define FERRY_X86_REGALLOC_H

#include <stdbool.h>
#include <stdint.h>
#include "codebuf.h"
#include "encode.h"
#include "ir.h"

#define ENV_REG X86_R14
#define REG_BIT(r) (1u << (r))
#define ALLOCATABLE_REGS (0xffffu & ~REG_BIT(X86_RSP) & ~REG_BIT(ENV_REG))
#define CALLER_SAVED_REGS                                                   \
    (REG_BIT(X86_RAX) | REG_BIT(X86_RCX) | REG_BIT(X86_RDX) |               \
     REG_BIT(X86_RSI) | REG_BIT(X86_RDI) | REG_BIT(X86_R8) |                \
     REG_BIT(X86_R9) | REG_BIT(X86_R10) | REG_BIT(X86_R11))
/* Host registers for pinned globals (callee-saved: they survive helpers). */
#define PIN_REGS_INIT { X86_RBX, X86_RBP, X86_R12, X86_R13, X86_R15 }
#define MAX_PINS 5
#define FRAME_SLOTS 256           /* 8-byte spill slots at [rsp + 8*i] */
#define FRAME_SIZE (FRAME_SLOTS * 8 + 8) /* keeps rsp 16-aligned for calls */

enum val_kind { VAL_DEAD, VAL_REG, VAL_MEM, VAL_CONST };

struct tstate {
    uint8_t val;        /* enum val_kind */
    int8_t reg;         /* when VAL_REG */
    bool dirty;         /* global: register newer than env */
    bool mem_valid;     /* local: spill slot holds the value */
    int16_t slot;       /* local: spill slot or -1 */
};

struct ra {
    struct ir_block *ir;
    struct codebuf *cb;
    struct tstate *ts;
    ir_temp owner[16];      /* temp in each host register, or IR_NO_TEMP */
    uint16_t locked;        /* registers in use by the current op */
    uint16_t pinned;        /* registers holding pinned globals */
    uint8_t slot_used[FRAME_SLOTS];
};

void ra_init(struct ra *ra, struct ir_block *ir, struct codebuf *cb);
void ra_fini(struct ra *ra);
/* Register `t` must be in, chosen from mask; loads it if needed; locks it. */
int ra_load(struct ra *ra, ir_temp t, uint16_t mask);
/* A free (possibly evicted) register from mask, locked, owned by nobody. */
int ra_scratch(struct ra *ra, uint16_t mask);
/* Make sure `r` can be overwritten: save its temp's value elsewhere if the
 * temp is still needed after this op (`dying` = it dies here). */
void ra_evict_keep(struct ra *ra, int r, bool dying);
/* Write back dirty globals (stores only; EFLAGS untouched). */
void ra_sync_globals(struct ra *ra);
/* Forget all register contents (start of a basic block after a label). */
void ra_drop_all(struct ra *ra);
/* Store and free every register in mask whose temp is still needed. */
void ra_spill_mask(struct ra *ra, uint16_t mask);
/* The value of `t` now lives in `r` (an output). */
void ra_bind(struct ra *ra, ir_temp t, int r);
void ra_free_temp(struct ra *ra, ir_temp t);
void ra_unlock_all(struct ra *ra);
bool ra_is_dying(const struct ir_op *op, unsigned argi);
/* Pinned globals (regions): in their register for the whole block. */
bool ra_is_pinned(const struct ra *ra, ir_temp t);
void ra_load_pinned(struct ra *ra);    /* at block entry */
void ra_store_pinned(struct ra *ra);   /* where the block leaves */

#endif
