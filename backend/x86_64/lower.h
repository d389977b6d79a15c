/*
 * lower.h - one descriptor per IR op: operand constraints for the
 * register allocator and the function that emits its x86-64 code.
 * The generic driver (codegen.c) places operands as the descriptor asks,
 * then calls emit() with every operand already in a register or an
 * immediate.  Descriptors live in lower.c, emitters in lower_*.c.
 */
#ifndef FERRY_X86_LOWER_H
#define FERRY_X86_LOWER_H

#include "regalloc.h"
#include "tb.h"

#define LOWER_MAX_LABEL_REFS 64

/* An operand as emit() sees it. */
struct opnd {
    bool imm;
    int reg;
    int64_t value;
};

struct lower;

struct op_desc {
    void (*emit)(struct lower *L, const struct ir_op *op, const struct opnd *o,
                 const int *scratch);
    uint16_t in_mask[5];    /* allowed registers per input, 0 = any */
    uint8_t in_imm;         /* bit i: input i may be an immediate */
    uint16_t out_mask;      /* allowed registers for the output, 0 = any */
    bool out_in0;           /* output in input 0's register (x86 2-address) */
    uint8_t nscratch;       /* extra registers the emitter needs */
    uint16_t scratch_mask;  /* allowed scratch registers, 0 = any */
    uint16_t clobbers;      /* registers the emitted code trashes */
    bool flags;             /* emitted code changes EFLAGS */
    bool out_no_reg;        /* the (dead) output gets no register */
};

struct label_ref {
    uint32_t label;
    uint8_t *field;
};

struct lower {
    struct ra ra;
    /* fault points of guest loads/stores (precise faults) */
    struct tb_fault_point *fp;
    struct tb_reg_home *homes;
    uint32_t nr_fp, cap_fp, nr_homes, cap_homes;
    struct codebuf *cb;
    struct tb *tb;
    uint8_t **label_addr;           /* per label, NULL until bound */
    struct label_ref refs[LOWER_MAX_LABEL_REFS];
    unsigned nr_refs;
    unsigned nr_insns;
    /* FP fast path: flags raised since the last fold (lower_fp.c) */
    bool fp_used, fp_pending, fp_unknown;
    uint32_t fp_status_off;
};

const struct op_desc *lower_desc(enum ir_opcode opc, const struct ir_op *op);
/* A jump to an IR label, resolved when the label is bound. */
void lower_label_ref(struct lower *L, uint32_t label, uint8_t *field);
/* Does an input constant fit the immediate field of a `w`-wide op? */
bool lower_imm_fits(int64_t v, bool w64);
enum x86_cond lower_cond(enum ir_cond c);
enum x86_cond lower_fcond(unsigned fc);

/* status |= the MXCSR flags it lacks; MXCSR cleared of them (s0, s1
 * are scratch; changes EFLAGS). */
void fp_fold_flags(struct codebuf *cb, uint32_t status_off, int s0, int s1);

/* The shared epilogue's address (set by backend_init). */
extern uint8_t *backend_epilogue;

#endif
