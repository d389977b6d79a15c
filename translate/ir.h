/*
 * ir.h - ferry's intermediate representation and the API frontends use to
 * emit it.
 *
 * A translation block is a list of ops (translate/ir_ops.def) over temps.
 * A temp is one of:
 *   global  - backed by a field of the guest CPU state (an X register);
 *             lives in a host register within a block, written back to
 *             the state only if dirty, at block ends and before helpers
 *             that read guest state;
 *   local   - a value of this block only; dead at every label and at the
 *             end of the block;
 *   const   - a known 64-bit value (made with ir_const).
 * All temps are 64 bits wide; an op's width (IR_W32/IR_W64) says how much
 * of them it reads, and 32-bit ops zero-extend their result.
 *
 * Guest condition flags live in the host EFLAGS ("HF") between a producer
 * (add_f, sub_f, ...) and its consumers (brcond_f, movcond_f, adc, ...);
 * flags_store/flags_load move them to and from the CPU state (the frontend
 * decides when, the backend keeps HF intact across everything in between).
 *
 * Usage (inside a frontend's translate function):
 *     ir_temp t = ir_new_temp(ir);
 *     ir_add(ir, IR_W64, t, x[1], ir_const(ir, 16));
 *     ir_ld(ir, IR_W64, x[0], t, 0, MO_64);
 */
#ifndef FERRY_IR_H
#define FERRY_IR_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

enum ir_opcode {
#define IR_OP(name, outs, ins, consts, flags) IR_##name,
#include "ir_ops.def"
#undef IR_OP
    IR_NR_OPS
};

/* op flags */
#define OPF_PURE      0x01  /* no side effect: removable when outputs dead */
#define OPF_SIDE      0x02  /* has a side effect: never removed */
#define OPF_BB_END    0x04  /* ends an IR basic block: globals synced */
#define OPF_CALL      0x08
#define OPF_READS_HF  0x10
#define OPF_WRITES_HF 0x20  /* a producer also has a side effect on HF */
#define OPF_PURE_ENV  0x40  /* reads CPU state, otherwise pure */

struct ir_op_def {
    const char *name;
    uint8_t outs, ins, consts;
    uint8_t flags;
};
extern const struct ir_op_def ir_op_defs[IR_NR_OPS];

enum ir_width { IR_W32 = 0, IR_W64 = 1 };

/* Value comparisons (setcond, movcond, brcond). */
enum ir_cond {
    IR_EQ, IR_NE, IR_LT, IR_GE, IR_LE, IR_GT,   /* signed */
    IR_LTU, IR_GEU, IR_LEU, IR_GTU,             /* unsigned */
    IR_TSTEQ, IR_TSTNE,                         /* (a & b) == 0 / != 0 */
    IR_NR_CONDS
};

/* Conditions on the guest flags: the Arm condition codes, same numbers
 * (Arm ARM C1.2.4): EQ NE CS CC MI PL VS VC HI LS GE LT GT LE AL NV. */
enum ir_fcond {
    FC_EQ, FC_NE, FC_CS, FC_CC, FC_MI, FC_PL, FC_VS, FC_VC,
    FC_HI, FC_LS, FC_GE, FC_LT, FC_GT, FC_LE, FC_AL, FC_NV
};

/* Memory operation: size, sign, and byte order (always little endian). */
enum ir_memop {
    MO_8 = 0, MO_16 = 1, MO_32 = 2, MO_64 = 3, MO_SIZE = 3,
    MO_SIGN = 4,                /* sign-extend a load to the op width */
    MO_S8 = MO_8 | MO_SIGN, MO_S16 = MO_16 | MO_SIGN, MO_S32 = MO_32 | MO_SIGN,
};

/* fpop operations (c0). */
enum ir_fpop {
    FPOP_ADD, FPOP_SUB, FPOP_MUL, FPOP_DIV, FPOP_SQRT,
    FPOP_MADD,   /* c + a*b */
    FPOP_MSUB,   /* c - a*b */
    FPOP_NMADD,  /* -c - a*b */
    FPOP_NMSUB,  /* -c + a*b */
};

enum ir_barrier {
    MB_FULL,      /* DMB ISH / DSB: orders store->load too (mfence) */
    MB_LD_ST,     /* DMB ISHLD, ISHST: x86 TSO already gives these */
};

typedef uint32_t ir_temp;   /* an index into ir->temps */
#define IR_NO_TEMP ((ir_temp)-1)

enum ir_temp_kind { TEMP_GLOBAL, TEMP_LOCAL, TEMP_CONST, TEMP_ENV };

struct ir_temp_info {
    uint8_t kind;           /* enum ir_temp_kind */
    uint8_t fixed_reg;      /* TEMP_ENV: the host register holding env */
    int32_t env_offset;     /* TEMP_GLOBAL: offset in the CPU state */
    uint64_t value;         /* TEMP_CONST */
    const char *name;       /* TEMP_GLOBAL, for -d op */
    int8_t pin;             /* TEMP_GLOBAL in a region: pinned register
                               index (ir_pin_globals), or -1 */
    /* filled by passes: */
    uint32_t use_count;
    int32_t alloc_state;    /* owned by the register allocator */
};

/* Helper calls: a C function called from translated code. */
#define CALL_NO_READ_GLOBALS  0x1  /* reads no guest register globals */
#define CALL_NO_WRITE_GLOBALS 0x2  /* writes no guest register globals */
#define CALL_PURE             0x4  /* no side effect at all: removable */
#define CALL_MAX_ARGS 6

struct ir_call {
    void *fn;
    const char *name;
    uint8_t nargs;
    uint8_t has_ret;
    uint8_t flags;          /* CALL_* */
    ir_temp ret;
    ir_temp args[CALL_MAX_ARGS];
};

#define IR_MAX_ARGS 6

struct ir_op {
    uint16_t opc;           /* enum ir_opcode */
    uint8_t width;          /* enum ir_width */
    uint8_t dead;           /* liveness: bit i set = arg i dies here;
                               for calls, bit i = call->args[i] */
    uint8_t hf_live;        /* liveness: guest flags in HF needed after */
    ir_temp args[IR_MAX_ARGS]; /* outputs, then inputs */
    uint64_t c[3];          /* constant arguments */
    struct ir_call *call;   /* IR_call only */
};

struct ir_block {
    struct ir_op *ops;
    uint32_t nr_ops, cap_ops;
    struct ir_temp_info *temps;
    uint32_t nr_temps, cap_temps;
    uint32_t nr_globals;    /* temps [1, nr_globals] are the globals */
    uint32_t nr_labels;
    ir_temp env;            /* the TEMP_ENV temp: pointer to CPU state */
    uint8_t nr_pins;        /* globals pinned for the whole block */
    struct ir_call *calls;  /* call records, nr_calls of them */
    uint32_t nr_calls, cap_calls;
};

/* -- Building a block -- */
void ir_init(struct ir_block *ir);
void ir_reset(struct ir_block *ir);  /* empty, globals kept */
void ir_free(struct ir_block *ir);
/* Globals must be made first, once per ir_block. */
ir_temp ir_new_global(struct ir_block *ir, int32_t env_offset, const char *name);
ir_temp ir_new_temp(struct ir_block *ir);
ir_temp ir_const(struct ir_block *ir, uint64_t value);
uint32_t ir_new_label(struct ir_block *ir);
struct ir_op *ir_emit(struct ir_block *ir, enum ir_opcode opc, enum ir_width w);

static inline bool ir_is_const(const struct ir_block *ir, ir_temp t)
{
    return ir->temps[t].kind == TEMP_CONST;
}

/* -- Emitters: one per op, "d" first, then inputs, then constants -- */
void ir_mov(struct ir_block *ir, enum ir_width w, ir_temp d, ir_temp a);
void ir_movi(struct ir_block *ir, ir_temp d, uint64_t v);
void ir_binop(struct ir_block *ir, enum ir_opcode opc, enum ir_width w,
              ir_temp d, ir_temp a, ir_temp b);
void ir_unop(struct ir_block *ir, enum ir_opcode opc, enum ir_width w,
             ir_temp d, ir_temp a);
#define ir_add(ir, w, d, a, b) ir_binop(ir, IR_add, w, d, a, b)
#define ir_sub(ir, w, d, a, b) ir_binop(ir, IR_sub, w, d, a, b)
#define ir_and(ir, w, d, a, b) ir_binop(ir, IR_and, w, d, a, b)
#define ir_or(ir, w, d, a, b)  ir_binop(ir, IR_or, w, d, a, b)
#define ir_xor(ir, w, d, a, b) ir_binop(ir, IR_xor, w, d, a, b)
#define ir_shl(ir, w, d, a, b) ir_binop(ir, IR_shl, w, d, a, b)
#define ir_shr(ir, w, d, a, b) ir_binop(ir, IR_shr, w, d, a, b)
#define ir_sar(ir, w, d, a, b) ir_binop(ir, IR_sar, w, d, a, b)
#define ir_mul(ir, w, d, a, b) ir_binop(ir, IR_mul, w, d, a, b)
void ir_extract(struct ir_block *ir, enum ir_width w, ir_temp d, ir_temp a,
                unsigned pos, unsigned len);
void ir_sextract(struct ir_block *ir, enum ir_width w, ir_temp d, ir_temp a,
                 unsigned pos, unsigned len);
void ir_deposit(struct ir_block *ir, enum ir_width w, ir_temp d, ir_temp a,
                ir_temp b, unsigned pos, unsigned len);
void ir_setcond(struct ir_block *ir, enum ir_width w, enum ir_cond c,
                ir_temp d, ir_temp a, ir_temp b);
void ir_movcond(struct ir_block *ir, enum ir_width w, enum ir_cond c,
                ir_temp d, ir_temp a, ir_temp b, ir_temp v1, ir_temp v2);
void ir_brcond(struct ir_block *ir, enum ir_width w, enum ir_cond c,
               ir_temp a, ir_temp b, uint32_t label);
/* Flags: producers and consumers. */
void ir_flag_binop(struct ir_block *ir, enum ir_opcode opc, enum ir_width w,
                   ir_temp d, ir_temp a, ir_temp b); /* add_f ... sbc_f */
void ir_ccmp_f(struct ir_block *ir, enum ir_width w, ir_temp a, ir_temp b,
               enum ir_fcond c, unsigned nzcv, bool is_cmn);
void ir_setcond_f(struct ir_block *ir, enum ir_fcond c, ir_temp d);
void ir_movcond_f(struct ir_block *ir, enum ir_width w, enum ir_fcond c,
                  ir_temp d, ir_temp a, ir_temp b);
void ir_brcond_f(struct ir_block *ir, enum ir_fcond c, uint32_t label);
void ir_flags_load(struct ir_block *ir);
void ir_flags_store(struct ir_block *ir);
/* Memory. */
void ir_ld(struct ir_block *ir, enum ir_width w, ir_temp d, ir_temp addr,
           int32_t off, enum ir_memop mo);
void ir_st(struct ir_block *ir, enum ir_width w, ir_temp val, ir_temp addr,
           int32_t off, enum ir_memop mo);
void ir_ld_env(struct ir_block *ir, enum ir_width w, ir_temp d, int32_t off,
               enum ir_memop mo);
void ir_st_env(struct ir_block *ir, enum ir_width w, ir_temp val, int32_t off,
               enum ir_memop mo);
void ir_mb(struct ir_block *ir, enum ir_barrier b);
void ir_fpop(struct ir_block *ir, enum ir_width w, enum ir_fpop op, ir_temp d,
             ir_temp a, ir_temp b, ir_temp c, uint32_t ctl_off,
             uint32_t status_off, uint32_t ctl_mask, void *helper);
/* Calls: ret may be IR_NO_TEMP.  Arguments are 64-bit. */
void ir_call(struct ir_block *ir, void *fn, const char *name, unsigned flags,
             ir_temp ret, unsigned nargs, const ir_temp *args);
#define IR_CALL(ir, fn, flags, ret, ...)                                  \
    ir_call(ir, (void *)(fn), #fn, flags, ret,                            \
            sizeof((ir_temp[]){__VA_ARGS__}) / sizeof(ir_temp),           \
            (ir_temp[]){__VA_ARGS__})
/* Control flow. */
void ir_insn_start(struct ir_block *ir, uint64_t pc);
void ir_label(struct ir_block *ir, uint32_t label);
void ir_br(struct ir_block *ir, uint32_t label);
void ir_goto_tb(struct ir_block *ir, unsigned slot, uint64_t pc);
void ir_goto_ptr(struct ir_block *ir, ir_temp pc);
void ir_exit_tb(struct ir_block *ir, unsigned reason);
void ir_discard(struct ir_block *ir, ir_temp t);
/* In a region's loop head: leave (pc = c0) if a signal is pending. */
void ir_exit_check(struct ir_block *ir, uint64_t pc);

/* -- Regions (tier 2) -- */
/* Give up to max of the most used globals a host register for the whole
 * block: they are loaded once at entry and stored only where the block
 * leaves (translate/pin.c). */
void ir_pin_globals(struct ir_block *ir, unsigned max);

/* -- Passes (translate/opt.c, translate/liveness.c) -- */
/* Constant folding and propagation; see the contract in opt.c. */
void ir_optimize(struct ir_block *ir);
/* Dead code removal, then per-op death bits and HF liveness. */
void ir_liveness(struct ir_block *ir);
/* Evaluate a pure arithmetic op on constants; false if not foldable. */
bool ir_eval(const struct ir_op *op, const uint64_t *in, uint64_t *out);
static inline bool ir_cond_eval(enum ir_cond c, enum ir_width w,
                                uint64_t a, uint64_t b)
{
    if (w == IR_W32) {
        a = (uint32_t)a; b = (uint32_t)b;
        if (c <= IR_GT) { a = (uint64_t)(int64_t)(int32_t)a; b = (uint64_t)(int64_t)(int32_t)b; }
    }
    switch (c) {
    case IR_EQ: return a == b;
    case IR_NE: return a != b;
    case IR_LT: return (int64_t)a < (int64_t)b;
    case IR_GE: return (int64_t)a >= (int64_t)b;
    case IR_LE: return (int64_t)a <= (int64_t)b;
    case IR_GT: return (int64_t)a > (int64_t)b;
    case IR_LTU: return a < b;
    case IR_GEU: return a >= b;
    case IR_LEU: return a <= b;
    case IR_GTU: return a > b;
    case IR_TSTEQ: return (a & b) == 0;
    case IR_TSTNE: return (a & b) != 0;
    default: return false;
    }
}
/* -d op / op_opt output */
void ir_dump(const struct ir_block *ir, FILE *f);

#endif
