/*
 * translate.h - shared state and gen_* helpers of the AArch64 frontend.
 *
 * The generated decoder (a64_decode.c, from the *.decode files by
 * tools/decodegen) calls one trans_NAME(s, a) per pattern.  A trans_
 * function emits IR for one instruction through the helpers below and
 * returns true, or returns false for an unallocated encoding (the caller
 * then raises SIGILL at that PC).
 *
 * Register conventions (Arm ARM C1.2.5): register number 31 is SP in some
 * operand positions and XZR in others.  cpu_reg() gives XZR semantics
 * (reads 0, writes discarded), cpu_reg_sp() gives SP.
 *
 * Flags: a producer (ir_flag_binop with add_f/sub_f/and_f...) is followed
 * by gen_flags_set(s); a consumer calls gen_flags_use(s) first.  The
 * frontend keeps HF (host EFLAGS) and env hflags coherent with these.
 */
#ifndef FERRY_A64_TRANSLATE_H
#define FERRY_A64_TRANSLATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "cpu.h"
#include "ir.h"
#include "ferry.h"

/* How the block continues after the current instruction. */
enum a64_disas_state {
    DISAS_NEXT,        /* fall through to the next instruction */
    DISAS_NORETURN,    /* the instruction emitted its own block end */
    DISAS_UPDATE,      /* state changed (e.g. MSR): end the block, pc = next */
    DISAS_CONTINUE,    /* region: the branch was followed, go on at jump_to */
};

struct a64_region;

typedef struct a64_ctx {
    struct ir_block *ir;
    gaddr_t pc;             /* this instruction's address */
    gaddr_t pc_next;        /* pc + 4 */
    uint32_t insn;
    enum a64_disas_state state;
    bool hf_valid;          /* HF holds the current guest flags */
    bool env_flags_valid;   /* env hflags holds the current guest flags */
    ir_temp x[32];          /* globals: X0..X30, and [31] = SP */
    bool probe;             /* decoding ahead for flag liveness only */
    struct a64_region *rg;  /* tier 2: translating a region, else NULL */
    gaddr_t jump_to;        /* with DISAS_CONTINUE */
} DisasContext;

#define ENV_OFF(field) ((int32_t)offsetof(struct a64_cpu, field))

/* Registers */
ir_temp cpu_reg(DisasContext *s, int r);      /* 31 = XZR */
ir_temp cpu_reg_sp(DisasContext *s, int r);   /* 31 = SP */
ir_temp new_tmp(DisasContext *s);
ir_temp tconst(DisasContext *s, uint64_t v);
/* A W-sized or X-sized read of a register with XZR semantics. */
static inline enum ir_width sf_width(int sf) { return sf ? IR_W64 : IR_W32; }

/* Flags */
void gen_flags_set(DisasContext *s);    /* after a producer */
void gen_flags_use(DisasContext *s);    /* before a consumer */
void gen_flags_sync(DisasContext *s);   /* make env hflags current */
ir_temp gen_read_nzcv(DisasContext *s); /* architectural NZCV value */
void gen_write_nzcv(DisasContext *s, ir_temp nzcv);

/* Control flow: each ends the block (sets s->state = DISAS_NORETURN); in a
 * region (tier 2) a direct branch may instead be followed. */
void gen_goto(DisasContext *s, unsigned slot, gaddr_t dest);
void gen_goto_reg(DisasContext *s, ir_temp dest);       /* BR/BLR/RET */
void gen_exception(DisasContext *s, enum cpu_exception e, uint32_t code);
void gen_syscall(DisasContext *s);                      /* SVC #0 */
/* Conditional branch to dest (fcond on guest flags), else fall through. */
void gen_branch_fcond(DisasContext *s, enum ir_fcond c, gaddr_t dest);
/* Conditional branch on a value compare, else fall through. */
void gen_branch_cond(DisasContext *s, enum ir_width w, enum ir_cond c,
                     ir_temp a, ir_temp b, gaddr_t dest);

/* The generated decoder. */
bool a64_decode(DisasContext *s, uint32_t insn);

#endif
