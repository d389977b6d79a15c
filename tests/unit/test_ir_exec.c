/*
 * test_ir_exec.c - the x86-64 backend checked against the meaning of the
 * IR, on random blocks.
 *
 * Each iteration builds a random block (gen_block) of pure ops of both
 * widths, flag producers and consumers, loads and stores, helper calls,
 * forward branches and register-pressure bursts, over globals, locals and
 * edge constants (0, 1, -1, INT_MIN, 0x80000000, shift counts 0/31/32/63/
 * 64+, division by zero and MIN/-1).  A C interpreter (ref_run) executes
 * the ORIGINAL ops: pure ops through ir_eval(), flags as the Arm ARM
 * defines them (AddWithCarry, ConditionHolds).  Then the block goes
 * through ir_optimize + ir_liveness + backend_gen_code, runs on a copy of
 * the same initial state, and every global, the env scratch words, the
 * memory window, the stored flags (cpu_common.hflags), the exit value,
 * the PC and the log of helper calls must agree.
 *
 * On a mismatch the block is rebuilt from its seed and printed before and
 * after optimisation, with the host code.  FERRY_IR_EXEC_ITERS=N changes
 * the number of blocks (default 20000); FERRY_IR_EXEC_SEED the base seed.
 */
#define _GNU_SOURCE
#include <check.h>
#include <inttypes.h>
#include "core_test.h"
#include "disas.h"

/* -- Random numbers (xorshift64*, fixed seeds) -- */

static uint64_t rng_state;

static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dull;
}

static unsigned rn(unsigned n)
{
    return (unsigned)(rnd() % n);
}

static bool chance(unsigned percent)
{
    return rn(100) < percent;
}

static const uint64_t edge_values[] = {
    0, 1, 2, 3, ~0ull, ~1ull, 0x7fffffff, 0x80000000, 0x80000001, 0xffffffff,
    0x100000000ull, 0xffffffff80000000ull, 0x7fffffffffffffffull,
    0x8000000000000000ull, 0x8000000000000001ull, 31, 32, 33, 63, 64, 65,
    127, 128, 255, 0xff, 0xffff, 0x8000, 0x80, 0xfffffffe, 0xdeadbeefcafef00dull,
};

static uint64_t rnd_value(void)
{
    switch (rn(4)) {
    case 0: return rnd();
    case 1: return rnd() & 0xffff;
    case 2: return (uint64_t)(int64_t)(int32_t)rnd();
    default: return edge_values[rn(sizeof(edge_values) / sizeof(edge_values[0]))];
    }
}

/* -- Helpers called from the blocks -- */

#define LOG_MAX 4096
static uint64_t call_log[LOG_MAX];
static unsigned call_log_n;

static void log_word(uint64_t v)
{
    if (call_log_n < LOG_MAX)
        call_log[call_log_n++] = v;
}

/* Trash every caller-saved register and EFLAGS, as any C function may. */
static void trash(void)
{
    __asm__ volatile("mov $-1, %%rcx\n\tmov $-1, %%rdx\n\tmov $-1, %%rsi\n\t"
                     "mov $-1, %%rdi\n\tmov $-1, %%r8\n\tmov $-1, %%r9\n\t"
                     "mov $-1, %%r10\n\tmov $-1, %%r11\n\txor %%eax, %%eax\n\t"
                     "add $0x7fffffff, %%eax\n\tadd $0x7fffffff, %%eax"
                     ::: "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10",
                         "r11", "cc", "memory");
}

static uint64_t mix(uint64_t h, uint64_t v)
{
    return (h ^ v) * 0x100000001b3ull + (v >> 7);
}

/* Logging helpers: a side effect (the log), no guest state touched. */
#define LOGGED(n, params, body)                                             \
    static uint64_t hl##n params                                            \
    {                                                                       \
        uint64_t h = 0xcbf29ce484222325ull + n;                             \
        body;                                                               \
        log_word(n);                                                        \
        log_word(h);                                                        \
        trash();                                                            \
        return h;                                                           \
    }
LOGGED(0, (void), (void)0)
LOGGED(1, (uint64_t a), h = mix(h, a))
LOGGED(2, (uint64_t a, uint64_t b), h = mix(mix(h, a), b))
LOGGED(3, (uint64_t a, uint64_t b, uint64_t c), h = mix(mix(mix(h, a), b), c))
LOGGED(4, (uint64_t a, uint64_t b, uint64_t c, uint64_t d),
       h = mix(mix(mix(mix(h, a), b), c), d))
LOGGED(5, (uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e),
       h = mix(mix(mix(mix(mix(h, a), b), c), d), e))
LOGGED(6, (uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e,
           uint64_t f), h = mix(mix(mix(mix(mix(mix(h, a), b), c), d), e), f))
static void *const logged_fn[7] = {
    (void *)hl0, (void *)hl1, (void *)hl2, (void *)hl3, (void *)hl4,
    (void *)hl5, (void *)hl6 };

/* Pure helpers (CALL_PURE): removable when the result is unused. */
static uint64_t hp2(uint64_t a, uint64_t b)
{
    trash();
    return mix(a, b) ^ 0x5555;
}

static uint64_t hp3(uint64_t a, uint64_t b, uint64_t c)
{
    trash();
    return mix(mix(a, b), c);
}

/* Helpers on guest state through env. */
static uint64_t henv_rw(void *env, uint64_t k, uint64_t v)
{
    struct fake_cpu *c = env;
    unsigned i = (unsigned)(k % NG), j = (unsigned)((k / 7 + 3) % GBASE);
    uint64_t old = c->g[i];
    c->g[j] = old * 3 + v;
    log_word(100);
    log_word(old);
    trash();
    return old ^ v;
}

static uint64_t henv_rd(void *env, uint64_t k)
{
    struct fake_cpu *c = env;
    uint64_t r = c->g[k % NG] + 1;
    log_word(101);
    log_word(r);
    trash();
    return r;
}

static void henv_wr(void *env, uint64_t k, uint64_t v)
{
    struct fake_cpu *c = env;
    c->g[k % GBASE] = v;
    log_word(102);
    trash();
}

/* -- The reference interpreter -- */

#define MEM_SIZE 256
static uint8_t mem_window[MEM_SIZE] __attribute__((aligned(64)));

struct ref {
    const struct ir_block *ir;
    struct fake_cpu *cpu;
    uint64_t *local;        /* per temp */
    unsigned nzcv;
    uintptr_t tb;           /* the tb pointer goto_tb returns */
};

static uint64_t *global_ptr(struct ref *r, ir_temp t)
{
    return (uint64_t *)((char *)r->cpu + r->ir->temps[t].env_offset);
}

static uint64_t rd(struct ref *r, ir_temp t)
{
    const struct ir_temp_info *ti = &r->ir->temps[t];
    switch (ti->kind) {
    case TEMP_GLOBAL: return *global_ptr(r, t);
    case TEMP_CONST: return ti->value;
    case TEMP_ENV: return (uintptr_t)r->cpu;
    default: return r->local[t];
    }
}

static void wr(struct ref *r, ir_temp t, uint64_t v)
{
    if (r->ir->temps[t].kind == TEMP_GLOBAL)
        *global_ptr(r, t) = v;
    else
        r->local[t] = v;
}

static uint64_t trunc_w(const struct ir_op *op, uint64_t v)
{
    return op->width == IR_W64 ? v : (uint32_t)v;
}

static uint64_t mem_load(uintptr_t addr, unsigned mo, const struct ir_op *op)
{
    uint64_t v = 0;
    unsigned size = 1u << (mo & MO_SIZE);
    memcpy(&v, (void *)addr, size);
    if ((mo & MO_SIGN) && size < 8) {
        unsigned sh = 64 - 8 * size;
        v = (uint64_t)((int64_t)(v << sh) >> sh);
    }
    return trunc_w(op, v);
}

static void mem_store(uintptr_t addr, unsigned mo, uint64_t v)
{
    memcpy((void *)addr, &v, 1u << (mo & MO_SIZE));
}

static uint64_t call_fn(const struct ir_call *c, const uint64_t *a)
{
    typedef uint64_t (*f0)(void);
    typedef uint64_t (*f1)(uint64_t);
    typedef uint64_t (*f2)(uint64_t, uint64_t);
    typedef uint64_t (*f3)(uint64_t, uint64_t, uint64_t);
    typedef uint64_t (*f4)(uint64_t, uint64_t, uint64_t, uint64_t);
    typedef uint64_t (*f5)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t);
    typedef uint64_t (*f6)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t,
                           uint64_t);
    switch (c->nargs) {
    case 0: return ((f0)c->fn)();
    case 1: return ((f1)c->fn)(a[0]);
    case 2: return ((f2)c->fn)(a[0], a[1]);
    case 3: return ((f3)c->fn)(a[0], a[1], a[2]);
    case 4: return ((f4)c->fn)(a[0], a[1], a[2], a[3]);
    case 5: return ((f5)c->fn)(a[0], a[1], a[2], a[3], a[4]);
    default: return ((f6)c->fn)(a[0], a[1], a[2], a[3], a[4], a[5]);
    }
}

/* Flag ops: Arm ARM C6.2 ADDS/SUBS/ANDS/ADC/ADCS/SBC/SBCS/CCMP/CCMN,
 * CSET, CSEL; C is the Arm carry (NOT the x86 borrow). */
static void ref_flag_op(struct ref *r, const struct ir_op *op)
{
    bool w64 = op->width == IR_W64;
    const struct ir_op_def *def = &ir_op_defs[op->opc];
    uint64_t a = def->ins > 0 ? rd(r, op->args[def->outs]) : 0;
    uint64_t b = def->ins > 1 ? rd(r, op->args[def->outs + 1]) : 0;
    unsigned c = (r->nzcv >> 1) & 1, dummy;
    switch (op->opc) {
    case IR_add_f: wr(r, op->args[0], arm_add_with_carry(a, b, 0, w64, &r->nzcv)); break;
    case IR_sub_f: wr(r, op->args[0], arm_add_with_carry(a, ~b, 1, w64, &r->nzcv)); break;
    case IR_adc_f: wr(r, op->args[0], arm_add_with_carry(a, b, c, w64, &r->nzcv)); break;
    case IR_sbc_f: wr(r, op->args[0], arm_add_with_carry(a, ~b, c, w64, &r->nzcv)); break;
    case IR_adc: wr(r, op->args[0], arm_add_with_carry(a, b, c, w64, &dummy)); break;
    case IR_sbc: wr(r, op->args[0], arm_add_with_carry(a, ~b, c, w64, &dummy)); break;
    case IR_and_f: {
        uint64_t v = trunc_w(op, a & b);
        bool n = w64 ? v >> 63 : v >> 31;
        r->nzcv = (n ? 8u : 0) | (v == 0 ? 4u : 0);
        wr(r, op->args[0], v);
        break;
    }
    case IR_ccmp_f:
        if (!arm_cond_holds((unsigned)op->c[0], r->nzcv))
            r->nzcv = (unsigned)op->c[1] & 15;
        else if (op->c[2])
            arm_add_with_carry(a, b, 0, w64, &r->nzcv);
        else
            arm_add_with_carry(a, ~b, 1, w64, &r->nzcv);
        break;
    case IR_setcond_f:
        wr(r, op->args[0], arm_cond_holds((unsigned)op->c[0], r->nzcv));
        break;
    case IR_movcond_f:
        wr(r, op->args[0],
           trunc_w(op, arm_cond_holds((unsigned)op->c[0], r->nzcv) ? a : b));
        break;
    case IR_flags_load: r->nzcv = hflags_to_nzcv(r->cpu->common.hflags); break;
    case IR_flags_store: r->cpu->common.hflags = nzcv_to_hflags(r->nzcv); break;
    default: ck_abort_msg("ref: unexpected op %s", def->name);
    }
}

static void ref_call(struct ref *r, const struct ir_op *op)
{
    const struct ir_call *c = op->call;
    uint64_t a[CALL_MAX_ARGS] = { 0 };
    for (unsigned i = 0; i < c->nargs; i++)
        a[i] = rd(r, c->args[i]);
    uint64_t v = call_fn(c, a);
    if (c->has_ret)
        wr(r, c->ret, v);
}

/* One op that is neither control flow nor a flag op. */
static void ref_simple(struct ref *r, const struct ir_op *op)
{
    const struct ir_op_def *def = &ir_op_defs[op->opc];
    uint64_t in[IR_MAX_ARGS] = { 0 }, out;
    switch (op->opc) {
    case IR_ld:
        wr(r, op->args[0], mem_load(rd(r, op->args[1]) + op->c[1], (unsigned)op->c[0], op));
        return;
    case IR_st:
        mem_store(rd(r, op->args[1]) + op->c[1], (unsigned)op->c[0], rd(r, op->args[0]));
        return;
    case IR_ld_env:
        wr(r, op->args[0], mem_load((uintptr_t)r->cpu + op->c[1], (unsigned)op->c[0], op));
        return;
    case IR_st_env:
        mem_store((uintptr_t)r->cpu + op->c[1], (unsigned)op->c[0], rd(r, op->args[0]));
        return;
    case IR_mb: case IR_insn_start: case IR_label:
        return;
    case IR_discard:
        r->local[op->args[0]] = 0xbadbadbadull;
        return;
    default:
        break;
    }
    if (def->flags & (OPF_READS_HF | OPF_WRITES_HF)) {
        ref_flag_op(r, op);
        return;
    }
    for (unsigned i = 0; i < def->ins; i++)
        in[i] = rd(r, op->args[def->outs + i]);
    ck_assert_msg(ir_eval(op, in, &out), "ir_eval refuses %s", def->name);
    wr(r, op->args[0], out);
}

/* Run the block; returns the exit value the host code must return. */
static uintptr_t ref_run(const struct ir_block *ir, struct fake_cpu *cpu,
                         uintptr_t tb)
{
    struct ref r = { .ir = ir, .cpu = cpu, .tb = tb,
                     .nzcv = hflags_to_nzcv(cpu->common.hflags) };
    uint32_t *label_pos = calloc(ir->nr_labels + 1, sizeof(uint32_t));
    r.local = calloc(ir->nr_temps, sizeof(uint64_t));
    for (uint32_t i = 0; i < ir->nr_ops; i++)
        if (ir->ops[i].opc == IR_label)
            label_pos[ir->ops[i].c[0]] = i;
    uintptr_t ret = (uintptr_t)-1;
    for (uint32_t i = 0; i < ir->nr_ops; i++) {
        const struct ir_op *op = &ir->ops[i];
        switch (op->opc) {
        case IR_brcond:
            if (ir_cond_eval((enum ir_cond)op->c[0], op->width,
                             rd(&r, op->args[0]), rd(&r, op->args[1])))
                i = label_pos[op->c[1]];
            continue;
        case IR_brcond_f:
            if (arm_cond_holds((unsigned)op->c[0], r.nzcv))
                i = label_pos[op->c[1]];
            continue;
        case IR_br:
            i = label_pos[op->c[0]];
            continue;
        case IR_goto_tb:
            cpu->common.pc = op->c[1];
            ret = tb | (uintptr_t)op->c[0];
            break;
        case IR_exit_tb:
            ret = (uintptr_t)op->c[0];
            break;
        case IR_goto_ptr:
            cpu->common.pc = rd(&r, op->args[0]);
            ret = EXIT_LOOKUP;
            break;
        case IR_call:
            ref_call(&r, op);
            continue;
        default:
            ref_simple(&r, op);
            continue;
        }
        break;
    }
    free(label_pos);
    free(r.local);
    return ret;
}

/* -- The random block generator -- */

#define MAX_LOCALS 48
#define MAX_OPEN 4

struct gen {
    struct ir_block *ir;
    ir_temp local[MAX_LOCALS];  /* locals written in this IR basic block */
    unsigned nlocal;
    bool hf;                    /* HF holds valid guest flags */
    uint32_t open[MAX_OPEN];    /* forward labels not yet placed */
    unsigned nopen;
    bool w32_mulh;              /* also emit 32-bit mulsh/muluh */
};

static ir_temp pick_src(struct gen *g)
{
    unsigned k = rn(100);
    if (k < 35)
        return ir_g(rn(NG));
    if (k < 75 && g->nlocal)
        return g->local[rn(g->nlocal)];
    return ir_const(g->ir, rnd_value());
}

static void add_local(struct gen *g, ir_temp t)
{
    for (unsigned i = 0; i < g->nlocal; i++)
        if (g->local[i] == t)
            return;
    if (g->nlocal == MAX_LOCALS)
        g->local[rn(MAX_LOCALS)] = t;
    else
        g->local[g->nlocal++] = t;
}

static ir_temp pick_dst(struct gen *g)
{
    unsigned k = rn(100);
    if (k < 35)
        return ir_g(rn(GBASE));
    if (k < 55 && g->nlocal)
        return g->local[rn(g->nlocal)];
    return ir_new_temp(g->ir);
}

/* Call after the op writing d was emitted. */
static void wrote(struct gen *g, ir_temp d)
{
    if (g->ir->temps[d].kind == TEMP_LOCAL)
        add_local(g, d);
}

static void bb_end(struct gen *g)
{
    g->nlocal = 0;
    g->hf = false;
}

static enum ir_width rnd_width(void)
{
    return rn(2) ? IR_W64 : IR_W32;
}

static void gen_field(struct gen *g, enum ir_opcode opc, enum ir_width w,
                      ir_temp d)
{
    unsigned width = w == IR_W64 ? 64 : 32;
    unsigned pos = chance(30) ? 0 : rn(width);
    unsigned len = 1 + rn(width - pos);
    if (chance(20) && pos == 0)
        len = (unsigned[]){ 8, 16, 32, width }[rn(4)];
    if (opc == IR_deposit)
        ir_deposit(g->ir, w, d, pick_src(g), pick_src(g), pos, len);
    else if (opc == IR_extract)
        ir_extract(g->ir, w, d, pick_src(g), pos, len);
    else
        ir_sextract(g->ir, w, d, pick_src(g), pos, len);
}

static ir_temp shift_count(struct gen *g)
{
    static const uint64_t counts[] = { 0, 1, 31, 32, 33, 63, 64, 65, 127, ~0ull };
    if (chance(40))
        return ir_const(g->ir, counts[rn(10)]);
    return pick_src(g);
}

static void gen_pure(struct gen *g)
{
    enum ir_opcode opc;
    do
        opc = (enum ir_opcode)rn(IR_NR_OPS);
    while (!(ir_op_defs[opc].flags & OPF_PURE));
    enum ir_width w = rnd_width();
    ir_temp d = pick_dst(g);
    if ((opc == IR_mulsh || opc == IR_muluh) && !g->w32_mulh)
        w = IR_W64;
    switch (opc) {
    case IR_movi: ir_movi(g->ir, d, rnd_value()); break;
    case IR_extract: case IR_sextract: case IR_deposit:
        gen_field(g, opc, w, d);
        break;
    case IR_setcond:
        ir_setcond(g->ir, w, (enum ir_cond)rn(IR_NR_CONDS), d, pick_src(g), pick_src(g));
        break;
    case IR_movcond:
        ir_movcond(g->ir, w, (enum ir_cond)rn(IR_NR_CONDS), d, pick_src(g),
                   pick_src(g), pick_src(g), pick_src(g));
        break;
    case IR_shl: case IR_shr: case IR_sar: case IR_rotr:
        ir_binop(g->ir, opc, w, d, pick_src(g), shift_count(g));
        break;
    default:
        if (ir_op_defs[opc].ins == 1)
            ir_unop(g->ir, opc, w, d, pick_src(g));
        else
            ir_binop(g->ir, opc, w, d, pick_src(g), pick_src(g));
    }
    wrote(g, d);
}

static void gen_flags(struct gen *g)
{
    static const enum ir_opcode producers[] = { IR_add_f, IR_sub_f, IR_and_f,
                                                IR_adc_f, IR_sbc_f };
    enum ir_width w = rnd_width();
    if (!g->hf) {
        if (chance(30))
            ir_flags_load(g->ir);
        else
            ir_flag_binop(g->ir, producers[rn(3)], w, pick_dst(g) , pick_src(g), pick_src(g));
        /* the dst of a producer above may be a new local: track it */
        if (g->ir->ops[g->ir->nr_ops - 1].opc != IR_flags_load)
            wrote(g, g->ir->ops[g->ir->nr_ops - 1].args[0]);
        g->hf = true;
        return;
    }
    ir_temp d = pick_dst(g);
    switch (rn(9)) {
    case 0: ir_flag_binop(g->ir, producers[rn(5)], w, d, pick_src(g), pick_src(g)); break;
    case 1: ir_flag_binop(g->ir, IR_adc, w, d, pick_src(g), pick_src(g)); break;
    case 2: ir_flag_binop(g->ir, IR_sbc, w, d, pick_src(g), pick_src(g)); break;
    case 3: ir_setcond_f(g->ir, (enum ir_fcond)rn(16), d); break;
    case 4: ir_movcond_f(g->ir, w, (enum ir_fcond)rn(16), d, pick_src(g), pick_src(g)); break;
    case 5:
        ir_ccmp_f(g->ir, w, pick_src(g), pick_src(g), (enum ir_fcond)rn(16), rn(16), rn(2));
        return;
    case 6: ir_flags_store(g->ir); return;
    case 7: ir_flags_load(g->ir); return;
    default:
        if (g->nopen < MAX_OPEN) {
            uint32_t l = ir_new_label(g->ir);
            ir_brcond_f(g->ir, (enum ir_fcond)rn(16), l);
            g->open[g->nopen++] = l;
            bb_end(g);
        }
        return;
    }
    wrote(g, d);
}

static void gen_mem(struct gen *g)
{
    enum ir_width w = rnd_width();
    unsigned size = rn(w == IR_W64 ? 4 : 3);
    unsigned mo = size | (size < 3 && chance(50) ? MO_SIGN : 0);
    int32_t off = (int32_t)rn(MEM_SIZE - 8);
    ir_temp base = chance(50) ? ir_g(GBASE) : ir_const(g->ir, (uintptr_t)mem_window);
    ir_temp d;
    switch (rn(4)) {
    case 0:
        d = pick_dst(g);
        ir_ld(g->ir, w, d, base, off, (enum ir_memop)mo);
        wrote(g, d);
        break;
    case 1:
        ir_st(g->ir, w, pick_src(g), base, off, (enum ir_memop)size);
        break;
    case 2:
        d = pick_dst(g);
        ir_ld_env(g->ir, w, d, scratch_off(rn(NSCRATCH)), (enum ir_memop)mo);
        wrote(g, d);
        break;
    default:
        ir_st_env(g->ir, w, pick_src(g), scratch_off(rn(NSCRATCH)) + (int32_t)rn(4),
                  (enum ir_memop)(size > 2 ? 2 : size));
    }
}

static void gen_call(struct gen *g)
{
    ir_temp a[CALL_MAX_ARGS];
    ir_temp ret = chance(75) ? pick_dst(g) : IR_NO_TEMP;
    unsigned n = rn(7);
    for (unsigned i = 0; i < n; i++)
        a[i] = pick_src(g);
    static const unsigned fl[] = { 0, CALL_NO_READ_GLOBALS, CALL_NO_WRITE_GLOBALS,
        CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS };
    switch (rn(6)) {
    case 0:
        ir_call(g->ir, (void *)henv_rw, "henv_rw", 0, ret, 3,
                (ir_temp[]){ g->ir->env, pick_src(g), pick_src(g) });
        break;
    case 1:
        ir_call(g->ir, (void *)henv_rd, "henv_rd", CALL_NO_WRITE_GLOBALS, ret, 2,
                (ir_temp[]){ g->ir->env, pick_src(g) });
        break;
    case 2:
        ret = IR_NO_TEMP;
        ir_call(g->ir, (void *)henv_wr, "henv_wr", CALL_NO_READ_GLOBALS, ret, 3,
                (ir_temp[]){ g->ir->env, pick_src(g), pick_src(g) });
        break;
    case 3:
        if (ret == IR_NO_TEMP)
            ret = pick_dst(g);
        if (chance(50))
            ir_call(g->ir, (void *)hp2, "hp2", CALL_PURE | CALL_NO_READ_GLOBALS
                    | CALL_NO_WRITE_GLOBALS, ret, 2, (ir_temp[]){ pick_src(g), pick_src(g) });
        else
            ir_call(g->ir, (void *)hp3, "hp3", CALL_PURE | CALL_NO_READ_GLOBALS
                    | CALL_NO_WRITE_GLOBALS, ret, 3,
                    (ir_temp[]){ pick_src(g), pick_src(g), pick_src(g) });
        break;
    default:
        ir_call(g->ir, logged_fn[n], "hl", fl[rn(4)], ret, n, a);
    }
    if (ret != IR_NO_TEMP)
        wrote(g, ret);
}

/* More values live at once than there are host registers. */
static void gen_pressure(struct gen *g)
{
    unsigned n = 15 + rn(12);
    ir_temp t[32];
    for (unsigned i = 0; i < n; i++) {
        t[i] = ir_new_temp(g->ir);
        ir_binop(g->ir, chance(50) ? IR_add : IR_xor, rnd_width(), t[i],
                 pick_src(g), pick_src(g));
    }
    for (unsigned i = 0; i < n / 2; i++) {
        if (chance(30)) {
            ir_temp q = ir_new_temp(g->ir);
            ir_binop(g->ir, (enum ir_opcode[]){ IR_divs, IR_divu, IR_mulsh, IR_muluh }[rn(4)],
                     IR_W64, q, t[rn(n)], t[rn(n)]);
            t[rn(n)] = q;
        } else {
            ir_binop(g->ir, IR_sub, rnd_width(), t[i], t[i], t[n - 1 - i]);
        }
    }
    for (unsigned i = 0; i < n; i++) {
        ir_temp d = i < GBASE ? ir_g(i) : ir_g(rn(GBASE));
        ir_binop(g->ir, IR_add, IR_W64, d, d, t[i]);
    }
    for (unsigned i = 0; i < n; i++)
        if (chance(40))
            add_local(g, t[i]);
}

static void gen_branch(struct gen *g)
{
    if (g->nopen && chance(50)) {
        unsigned k = rn(g->nopen);
        ir_label(g->ir, g->open[k]);
        g->open[k] = g->open[--g->nopen];
        bb_end(g);
        return;
    }
    if (g->nopen == MAX_OPEN)
        return;
    uint32_t l = ir_new_label(g->ir);
    if (chance(80))
        ir_brcond(g->ir, rnd_width(), (enum ir_cond)rn(IR_NR_CONDS),
                  pick_src(g), pick_src(g), l);
    else
        ir_br(g->ir, l);
    g->open[g->nopen++] = l;
    bb_end(g);
}

static void gen_end(struct gen *g, uint64_t pc)
{
    while (g->nopen) {
        ir_label(g->ir, g->open[--g->nopen]);
        bb_end(g);
    }
    switch (rn(3)) {
    case 0: ir_goto_tb(g->ir, rn(2), pc + 4 * rn(1000)); break;
    case 1: ir_exit_tb(g->ir, rn(4)); break;
    default: {
        ir_temp t = ir_new_temp(g->ir);
        ir_or(g->ir, IR_W64, t, pick_src(g), ir_const(g->ir, 0x10004));
        ir_goto_ptr(g->ir, t);
    }
    }
}

static void gen_block(struct ir_block *ir, uint64_t seed, bool w32_mulh)
{
    struct gen g = { .ir = ir, .w32_mulh = w32_mulh };
    rng_state = seed * 0x9e3779b97f4a7c15ull + 1;
    core_ir_init(ir);
    unsigned n = 5 + rn(60);
    if (chance(50)) {
        ir_flags_load(ir);
        g.hf = true;
    }
    for (unsigned i = 0; i < n; i++) {
        unsigned k = rn(100);
        if (k < 4)
            ir_insn_start(ir, 0x400000 + 4 * i);
        else if (k < 50)
            gen_pure(&g);
        else if (k < 66)
            gen_flags(&g);
        else if (k < 76)
            gen_mem(&g);
        else if (k < 84)
            gen_call(&g);
        else if (k < 92)
            gen_branch(&g);
        else if (k < 94)
            gen_pressure(&g);
        else if (k < 95)
            ir_mb(ir, rn(2) ? MB_FULL : MB_LD_ST);
        else if (g.nlocal) {
            unsigned j = rn(g.nlocal);
            ir_discard(ir, g.local[j]);
            g.local[j] = g.local[--g.nlocal];
        }
    }
    if (g.hf && chance(60))
        ir_flags_store(ir);
    gen_end(&g, 0x400000);
}

/* -- One differential run -- */

struct state {
    struct fake_cpu cpu;
    uint8_t mem[MEM_SIZE];
    uint64_t log[LOG_MAX];
    unsigned nlog;
    uintptr_t ret;
};

static void init_state(struct fake_cpu *cpu, uint64_t seed)
{
    rng_state = seed ^ 0xabcdef12345ull;
    memset(cpu, 0, sizeof(*cpu));
    for (unsigned i = 0; i < GBASE; i++)
        cpu->g[i] = rnd_value();
    cpu->g[GBASE] = (uintptr_t)mem_window;
    for (unsigned i = 0; i < NSCRATCH; i++)
        cpu->scratch[i] = rnd_value();
    cpu->common.hflags = nzcv_to_hflags(rn(16));
    cpu->common.pc = 0x1234;
    for (unsigned i = 0; i < MEM_SIZE; i++)
        mem_window[i] = (uint8_t)rnd();
}

static void save_state(struct state *s, const struct fake_cpu *cpu, uintptr_t ret)
{
    s->cpu = *cpu;
    memcpy(s->mem, mem_window, MEM_SIZE);
    memcpy(s->log, call_log, sizeof(call_log));
    s->nlog = call_log_n;
    s->ret = ret;
}

/* Describe the first difference, or return NULL. */
static const char *compare(const struct state *ref, const struct state *jit,
                           char *buf, size_t n)
{
    for (unsigned i = 0; i < NG; i++)
        if (ref->cpu.g[i] != jit->cpu.g[i]) {
            snprintf(buf, n, "g%u: expected 0x%" PRIx64 " got 0x%" PRIx64,
                     i, ref->cpu.g[i], jit->cpu.g[i]);
            return buf;
        }
    for (unsigned i = 0; i < NSCRATCH; i++)
        if (ref->cpu.scratch[i] != jit->cpu.scratch[i]) {
            snprintf(buf, n, "env scratch %u: expected 0x%" PRIx64 " got 0x%" PRIx64,
                     i, ref->cpu.scratch[i], jit->cpu.scratch[i]);
            return buf;
        }
    if ((ref->cpu.common.hflags & HF_MASK) != (jit->cpu.common.hflags & HF_MASK)) {
        snprintf(buf, n, "stored flags: expected NZCV %x got %x",
                 hflags_to_nzcv(ref->cpu.common.hflags),
                 hflags_to_nzcv(jit->cpu.common.hflags));
        return buf;
    }
    if (ref->ret != jit->ret || ref->cpu.common.pc != jit->cpu.common.pc) {
        snprintf(buf, n, "exit: expected %#" PRIxPTR " pc %#" PRIx64 ", got %#"
                 PRIxPTR " pc %#" PRIx64, ref->ret, ref->cpu.common.pc,
                 jit->ret, jit->cpu.common.pc);
        return buf;
    }
    for (unsigned i = 0; i < MEM_SIZE; i++)
        if (ref->mem[i] != jit->mem[i]) {
            snprintf(buf, n, "memory byte %u: expected 0x%02x got 0x%02x",
                     i, ref->mem[i], jit->mem[i]);
            return buf;
        }
    if (ref->nlog != jit->nlog || memcmp(ref->log, jit->log, ref->nlog * 8)) {
        snprintf(buf, n, "helper call log differs (%u vs %u words)",
                 ref->nlog, jit->nlog);
        return buf;
    }
    return NULL;
}

static void report(uint64_t seed, bool w32_mulh, const char *why)
{
    struct ir_block ir;
    gen_block(&ir, seed, w32_mulh);
    fprintf(stderr, "\n==== mismatch, block seed %" PRIu64 ": %s\n", seed, why);
    fprintf(stderr, "---- IR as built:\n");
    ir_dump(&ir, stderr);
    ir_optimize(&ir);
    ir_liveness(&ir);
    fprintf(stderr, "---- IR after ir_optimize + ir_liveness:\n");
    ir_dump(&ir, stderr);
    struct tb *tb = jit_compile(&ir, 0x400000);
    fprintf(stderr, "---- host code:\n");
    host_disas(stderr, tb->code, tb->code_size, 0);
    jit_free(tb);
    ir_free(&ir);
}

/* Returns true if host code and reference agree for this seed. */
static bool run_one(uint64_t seed, bool w32_mulh, char *why, size_t n)
{
    static struct state ref, jit;
    struct ir_block ir;
    struct fake_cpu cpu;
    struct tb *tb = calloc(1, sizeof(*tb));

    gen_block(&ir, seed, w32_mulh);
    init_state(&cpu, seed);
    call_log_n = 0;
    save_state(&ref, &cpu, ref_run(&ir, &cpu, (uintptr_t)tb));

    init_state(&cpu, seed);
    call_log_n = 0;
    ir_optimize(&ir);
    ir_liveness(&ir);
    jit_init();
    jit_cb.ptr = jit_after_prologue;
    tb->pc = 0x400000;
    ck_assert(backend_gen_code(&ir, &jit_cb, tb));
    save_state(&jit, &cpu, backend_enter(&cpu, tb->code));
    free(tb->pcmap);
    free(tb);
    ir_free(&ir);
    return compare(&ref, &jit, why, n) == NULL;
}

static unsigned env_uint(const char *name, unsigned dflt)
{
    const char *s = getenv(name);
    return s && *s ? (unsigned)strtoul(s, NULL, 0) : dflt;
}

static void run_many(uint64_t base, unsigned iters, bool w32_mulh)
{
    char why[256];
    unsigned failures = 0;
    for (unsigned i = 0; i < iters && failures < 3; i++) {
        uint64_t seed = base + i;
        if (!run_one(seed, w32_mulh, why, sizeof(why))) {
            report(seed, w32_mulh, why);
            failures++;
        }
    }
    ck_assert_msg(failures == 0, "%u random blocks differ (first ones above)",
                  failures);
}

START_TEST(random_blocks_match_the_reference)
{
    run_many(env_uint("FERRY_IR_EXEC_SEED", 1), env_uint("FERRY_IR_EXEC_ITERS", 20000),
             false);
}
END_TEST

/* The same blocks on the fallback paths (no LZCNT/BMI1/BMI2). */
START_TEST(random_blocks_match_without_lzcnt_bmi)
{
    jit_init();
    host_features.lzcnt = host_features.bmi1 = host_features.bmi2 = false;
    run_many(env_uint("FERRY_IR_EXEC_SEED", 1) + 1000000,
             env_uint("FERRY_IR_EXEC_ITERS", 20000) / 4, false);
}
END_TEST

/* -- Targeted cases -- */

static uint64_t run_binop(enum ir_opcode opc, enum ir_width w, uint64_t a,
                          uint64_t b)
{
    struct ir_block ir;
    struct fake_cpu cpu = { .g = { a, b } };
    core_ir_init(&ir);
    ir_binop(&ir, opc, w, ir_g(2), ir_g(0), ir_g(1));
    ir_exit_tb(&ir, EXIT_LOOKUP);
    ir_optimize(&ir);
    ir_liveness(&ir);
    jit_run_block(&ir, &cpu, 0x1000, NULL);
    ir_free(&ir);
    return cpu.g[2];
}

/* SMULH/UMULH exist only with sf=1; a 32-bit mulsh/muluh must still agree
 * with ir_eval (the folder uses it) whatever it is defined to mean. */
START_TEST(mulh_32bit_agrees_with_ir_eval)
{
    static const uint64_t v[] = { 0xffffffff, 0x80000000, 0x7fffffff, 3, 0x123456789 };
    for (unsigned op = 0; op < 2; op++)
        for (unsigned i = 0; i < 5; i++)
            for (unsigned j = 0; j < 5; j++) {
                enum ir_opcode opc = op ? IR_muluh : IR_mulsh;
                struct ir_op o = { .opc = opc, .width = IR_W32 };
                uint64_t in[2] = { v[i], v[j] }, want;
                ck_assert(ir_eval(&o, in, &want));
                uint64_t got = run_binop(opc, IR_W32, v[i], v[j]);
                ck_assert_msg(got == want, "%s_i32(%#lx, %#lx): ir_eval %#lx, host %#lx",
                              ir_op_defs[opc].name, (unsigned long)v[i],
                              (unsigned long)v[j], (unsigned long)want,
                              (unsigned long)got);
            }
}
END_TEST

/* Every Arm condition after each producer, with operands chosen to make
 * each of N Z C V both set and clear. */
START_TEST(every_condition_after_every_producer)
{
    static const uint64_t v[] = { 0, 1, 0x7fffffff, 0x80000000, 0xffffffff,
        0x7fffffffffffffffull, 0x8000000000000000ull, ~0ull };
    static const enum ir_opcode prod[] = { IR_add_f, IR_sub_f, IR_and_f,
                                           IR_adc_f, IR_sbc_f };
    for (unsigned p = 0; p < 5; p++)
    for (unsigned w = 0; w < 2; w++)
    for (unsigned cin = 0; cin < 2; cin++)
    for (unsigned i = 0; i < 8; i++)
    for (unsigned j = 0; j < 8; j++) {
        struct ir_block ir;
        struct fake_cpu cpu = { .g = { v[i], v[j] } };
        cpu.common.hflags = nzcv_to_hflags(cin ? 2 : 0);
        core_ir_init(&ir);
        ir_flags_load(&ir);
        ir_flag_binop(&ir, prod[p], (enum ir_width)w, ir_g(2), ir_g(0), ir_g(1));
        for (unsigned fc = 0; fc < 16; fc++) {
            ir_temp t = ir_new_temp(&ir);
            ir_setcond_f(&ir, (enum ir_fcond)fc, t);
            ir_deposit(&ir, IR_W64, ir_g(3), ir_g(3), t, fc, 1);
        }
        ir_flags_store(&ir);
        ir_exit_tb(&ir, EXIT_LOOKUP);
        ir_optimize(&ir);
        ir_liveness(&ir);
        jit_run_block(&ir, &cpu, 0x1000, NULL);
        ir_free(&ir);

        unsigned nzcv, c = cin ? 1 : 0;
        uint64_t a = v[i], b = v[j], r;
        bool w64 = w == IR_W64;
        switch (prod[p]) {
        case IR_add_f: r = arm_add_with_carry(a, b, 0, w64, &nzcv); break;
        case IR_sub_f: r = arm_add_with_carry(a, ~b, 1, w64, &nzcv); break;
        case IR_adc_f: r = arm_add_with_carry(a, b, c, w64, &nzcv); break;
        case IR_sbc_f: r = arm_add_with_carry(a, ~b, c, w64, &nzcv); break;
        default:
            r = w64 ? a & b : (uint32_t)(a & b);
            nzcv = ((w64 ? r >> 63 : r >> 31) ? 8 : 0) | (r ? 0 : 4);
        }
        uint64_t conds = 0;
        for (unsigned fc = 0; fc < 16; fc++)
            conds |= (uint64_t)arm_cond_holds(fc, nzcv) << fc;
        ck_assert_msg(cpu.g[2] == r && cpu.g[3] == conds
                      && hflags_to_nzcv(cpu.common.hflags) == nzcv,
                      "%s_%s(%#lx, %#lx) C=%u: result %#lx (want %#lx), NZCV %x "
                      "(want %x), conds %#lx (want %#lx)", ir_op_defs[prod[p]].name,
                      w64 ? "i64" : "i32", (unsigned long)a, (unsigned long)b, c,
                      (unsigned long)cpu.g[2], (unsigned long)r,
                      hflags_to_nzcv(cpu.common.hflags), nzcv,
                      (unsigned long)cpu.g[3], (unsigned long)conds);
    }
}
END_TEST

/* A flag producer, then ops that clobber EFLAGS on x86 (div, shifts,
 * setcond, a helper call), then the consumer: HF must survive. */
START_TEST(flags_survive_eflags_clobbers_and_calls)
{
    struct ir_block ir;
    struct fake_cpu cpu = { .g = { 5, 7, 100, 3, 0, 0, 0, 0 } };
    core_ir_init(&ir);
    ir_flag_binop(&ir, IR_sub_f, IR_W64, ir_g(4), ir_g(0), ir_g(1)); /* 5-7: N, !C */
    ir_binop(&ir, IR_divs, IR_W64, ir_g(5), ir_g(2), ir_g(3));
    ir_binop(&ir, IR_shl, IR_W64, ir_g(6), ir_g(2), ir_g(3));
    ir_setcond(&ir, IR_W64, IR_EQ, ir_g(2), ir_g(2), ir_g(2));
    ir_call(&ir, (void *)hl1, "hl1", CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS,
            ir_g(3), 1, (ir_temp[]){ ir_g(0) });
    ir_setcond_f(&ir, FC_MI, ir_g(0));
    ir_setcond_f(&ir, FC_CS, ir_g(1));
    ir_exit_tb(&ir, EXIT_LOOKUP);
    ir_optimize(&ir);
    ir_liveness(&ir);
    jit_run_block(&ir, &cpu, 0x1000, NULL);
    ir_free(&ir);
    ck_assert_uint_eq(cpu.g[0], 1);     /* N */
    ck_assert_uint_eq(cpu.g[1], 0);     /* C clear: borrow */
    ck_assert_uint_eq(cpu.g[4], (uint64_t)-2);
    ck_assert_uint_eq(cpu.g[5], 33);
    ck_assert_uint_eq(cpu.g[6], 800);
    ck_assert_uint_eq(cpu.g[2], 1);
}
END_TEST

/* exit_request set: the block leaves at once with EXIT_INTERRUPT and its
 * own PC, touching nothing. */
START_TEST(exit_request_leaves_before_the_block)
{
    struct ir_block ir;
    struct fake_cpu cpu = { .g = { 1, 2 } };
    cpu.common.exit_request = 1;
    core_ir_init(&ir);
    ir_movi(&ir, ir_g(0), 99);
    ir_goto_tb(&ir, 0, 0x2000);
    ir_optimize(&ir);
    ir_liveness(&ir);
    ck_assert_uint_eq(jit_run_block(&ir, &cpu, 0x1000, NULL), EXIT_INTERRUPT);
    ir_free(&ir);
    ck_assert_uint_eq(cpu.common.pc, 0x1000);
    ck_assert_uint_eq(cpu.g[0], 1);
}
END_TEST

/* A guest jump to address 0 (a call through a NULL function pointer) must
 * leave with EXIT_LOOKUP, pc = 0, so the guest gets its SIGSEGV; the
 * empty inline jump cache must not "hit" on pc 0. */
START_TEST(goto_ptr_to_zero_misses_the_empty_jump_cache)
{
    struct ir_block ir;
    struct fake_cpu cpu = { .g = { 0 } };
    cpu.common.pc = 0x1234;
    core_ir_init(&ir);
    ir_goto_ptr(&ir, ir_g(0));
    ir_optimize(&ir);
    ir_liveness(&ir);
    ck_assert_uint_eq(jit_run_block(&ir, &cpu, 0x1000, NULL), EXIT_LOOKUP);
    ir_free(&ir);
    ck_assert_uint_eq(cpu.common.pc, 0);
}
END_TEST

/* A local computed before a conditional branch and used on its
 * fall-through path (ir.h: locals die at labels and at the block end). */
START_TEST(local_lives_across_brcond_fallthrough)
{
    struct ir_block ir;
    struct fake_cpu cpu = { .g = { 40, 2 } };
    core_ir_init(&ir);
    ir_temp t = ir_new_temp(&ir);
    uint32_t l = ir_new_label(&ir);
    ir_add(&ir, IR_W64, t, ir_g(0), ir_g(1));
    ir_brcond(&ir, IR_W64, IR_EQ, ir_g(1), ir_const(&ir, 0), l);
    ir_mov(&ir, IR_W64, ir_g(2), t);
    ir_label(&ir, l);
    ir_exit_tb(&ir, EXIT_LOOKUP);
    ir_optimize(&ir);
    ir_liveness(&ir);
    jit_run_block(&ir, &cpu, 0x1000, NULL);
    ir_free(&ir);
    ck_assert_uint_eq(cpu.g[2], 42);
}
END_TEST

static Suite *ir_exec_suite(void)
{
    Suite *s = suite_create("ir_exec");
    TCase *tc = tcase_create("random");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, random_blocks_match_the_reference);
    tcase_add_test(tc, random_blocks_match_without_lzcnt_bmi);
    suite_add_tcase(s, tc);
    tc = tcase_create("targeted");
    tcase_add_test(tc, mulh_32bit_agrees_with_ir_eval);
    tcase_add_test(tc, every_condition_after_every_producer);
    tcase_add_test(tc, flags_survive_eflags_clobbers_and_calls);
    tcase_add_test(tc, exit_request_leaves_before_the_block);
    tcase_add_test(tc, goto_ptr_to_zero_misses_the_empty_jump_cache);
    tcase_add_test(tc, local_lives_across_brcond_fallthrough);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(ir_exec_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
