/*
 * translate.c - the AArch64 frontend's driver: decode guest instructions
 * one by one into IR until one ends the block, and the gen_* helpers the
 * trans_ functions share (registers, flags, branches, exceptions).
 *
 * A block ends at a branch, an exception, a syscall, a page boundary or
 * TB_MAX_INSNS instructions.  An instruction no pattern accepts becomes
 * an exception that gives the guest SIGILL at its PC (ILL_ILLOPC), as the
 * arm64 kernel does for an undefined instruction.
 */
#define _GNU_SOURCE
#include <inttypes.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#include "translate.h"
#include "a64_decode.h"
#include "guest.h"
#include "tb.h"

static ir_temp a64_globals[32];

static const char *const reg_names[32] = {
    "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10",
    "x11", "x12", "x13", "x14", "x15", "x16", "x17", "x18", "x19", "x20",
    "x21", "x22", "x23", "x24", "x25", "x26", "x27", "x28", "x29", "x30",
    "sp",
};

void a64_init_globals(struct ir_block *ir)
{
    for (int i = 0; i < 32; i++)
        a64_globals[i] = ir_new_global(ir, ENV_OFF(x[i]), reg_names[i]);
}

/* -- Registers -- */

ir_temp cpu_reg(DisasContext *s, int r)
{
    if (r != 31)
        return s->x[r];
    /* XZR: reads as zero; a write lands in this throwaway temp */
    ir_temp t = ir_new_temp(s->ir);
    ir_movi(s->ir, t, 0);
    return t;
}

ir_temp cpu_reg_sp(DisasContext *s, int r)
{
    return s->x[r];
}

ir_temp new_tmp(DisasContext *s)
{
    return ir_new_temp(s->ir);
}

ir_temp tconst(DisasContext *s, uint64_t v)
{
    return ir_const(s->ir, v);
}

/* -- Flags: HF (host EFLAGS) and env hflags kept coherent -- */

void gen_flags_set(DisasContext *s)
{
    s->hf_valid = true;
    s->env_flags_valid = false;
}

void gen_flags_use(DisasContext *s)
{
    if (!s->hf_valid) {
        ir_flags_load(s->ir);
        s->hf_valid = true;
    }
}

void gen_flags_sync(DisasContext *s)
{
    if (s->hf_valid && !s->env_flags_valid) {
        ir_flags_store(s->ir);
        s->env_flags_valid = true;
    }
}

static uint64_t helper_nzcv_get(uint64_t hflags)
{
    struct a64_cpu c = { .common.hflags = hflags };
    return a64_get_nzcv(&c);
}

static uint64_t helper_nzcv_to_hflags(uint64_t nzcv)
{
    struct a64_cpu c;
    a64_set_nzcv(&c, nzcv);
    return c.common.hflags;
}

ir_temp gen_read_nzcv(DisasContext *s)
{
    ir_temp f = new_tmp(s), r = new_tmp(s);
    gen_flags_sync(s);
    ir_ld_env(s->ir, IR_W64, f, ENV_OFF(common.hflags), MO_64);
    IR_CALL(s->ir, helper_nzcv_get,
            CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS | CALL_PURE, r, f);
    return r;
}

void gen_write_nzcv(DisasContext *s, ir_temp nzcv)
{
    ir_temp f = new_tmp(s);
    IR_CALL(s->ir, helper_nzcv_to_hflags,
            CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS | CALL_PURE, f, nzcv);
    ir_st_env(s->ir, IR_W64, f, ENV_OFF(common.hflags), MO_64);
    s->hf_valid = false;
    s->env_flags_valid = true;
}

/* -- Flag liveness into successors --
 * NZCV is stored to the CPU state at a block exit only when a successor
 * may read it (DESIGN.md decision 3).  We look ahead: decode the first few
 * instructions at the target into a scratch block and see whether the
 * flags are written before anything reads them or the code leaves. */

#define FLAGS_LOOKAHEAD 8

enum flag_use { FLAGS_UNKNOWN, FLAGS_READ, FLAGS_WRITTEN };

static enum flag_use scan_ops(const struct ir_block *ir, uint32_t from)
{
    for (uint32_t i = from; i < ir->nr_ops; i++) {
        const struct ir_op *op = &ir->ops[i];
        unsigned f = ir_op_defs[op->opc].flags;
        bool hflags = op->c[1] == (uint64_t)ENV_OFF(common.hflags);
        if (op->opc == IR_flags_load || (f & OPF_READS_HF)
            || (op->opc == IR_ld_env && hflags))
            return FLAGS_READ;
        if ((f & OPF_WRITES_HF) || (op->opc == IR_st_env && hflags))
            return FLAGS_WRITTEN;
        if ((f & OPF_BB_END) || op->opc == IR_call)
            return FLAGS_UNKNOWN;
    }
    return FLAGS_UNKNOWN;
}

static bool fetch_insn(gaddr_t pc, uint32_t *insn);

static bool flags_dead_at(DisasContext *s, gaddr_t pc)
{
    static struct ir_block probe_ir;
    uint32_t insn;
    if (s->probe)
        return false;
    if (!probe_ir.temps) {
        ir_init(&probe_ir);
        a64_init_globals(&probe_ir);
    }
    ir_reset(&probe_ir);
    DisasContext p = { .ir = &probe_ir, .env_flags_valid = true, .probe = true };
    memcpy(p.x, s->x, sizeof(p.x));
    for (int n = 0; n < FLAGS_LOOKAHEAD; n++, pc += 4) {
        if (!fetch_insn(pc, &insn))
            return false;
        uint32_t from = probe_ir.nr_ops;
        p.pc = pc;
        p.pc_next = pc + 4;
        p.state = DISAS_NEXT;
        if (!a64_decode(&p, insn))
            return false;
        enum flag_use u = scan_ops(&probe_ir, from);
        if (u != FLAGS_UNKNOWN || p.state != DISAS_NEXT)
            return u == FLAGS_WRITTEN;
    }
    return false;
}

/* Before leaving for dest (or dest2): store the flags if anyone may need them. */
static void flags_sync_for(DisasContext *s, gaddr_t dest, gaddr_t dest2)
{
    if (!s->hf_valid || s->env_flags_valid)
        return;
    if (flags_dead_at(s, dest) && (dest2 == dest || flags_dead_at(s, dest2)))
        return;
    gen_flags_sync(s);
}

/* -- Regions (tier 2) --
 * A hot block is translated again as a region: the path through it is
 * followed across direct branches and calls, conditional branches become
 * side exits, and a branch back to the region's head loops inside host
 * code (the backend keeps the busiest registers pinned across it). */

#define REGION_MAX_INSNS 256
#define REGION_MAX_RUNS 32
#define REGION_MAX_EXITS (TB_MAX_SLOTS - 3)   /* + the path end (2 slots) */

struct a64_region {
    gaddr_t head;
    uint32_t head_label;
    unsigned insns;
    unsigned nr_runs;
    gaddr_t run_start[REGION_MAX_RUNS];   /* straight-line runs followed */
    unsigned nr_exits;
    uint32_t exit_label[REGION_MAX_EXITS];
    gaddr_t exit_dest[REGION_MAX_EXITS];
    unsigned next_slot;
};

static bool region_visited(const struct a64_region *rg, gaddr_t pc)
{
    for (unsigned i = 0; i < rg->nr_runs; i++)
        if (rg->run_start[i] == pc)
            return true;
    return false;
}

/* Follow a direct branch to dest inside the region?  Loops close at the
 * head; other targets are followed once, while there is budget. */
static bool region_follow(DisasContext *s, gaddr_t dest)
{
    struct a64_region *rg = s->rg;
    if (dest == rg->head) {
        gen_flags_sync(s);
        ir_br(s->ir, rg->head_label);
        s->state = DISAS_NORETURN;
        return true;
    }
    if (rg->insns >= REGION_MAX_INSNS - 16 || rg->nr_runs == REGION_MAX_RUNS
        || region_visited(rg, dest))
        return false;
    rg->run_start[rg->nr_runs++] = dest;
    s->jump_to = dest;
    s->state = DISAS_CONTINUE;
    return true;
}

/* A conditional branch in a region: the label it jumps to (the head, or a
 * side exit emitted after the main path), or false if out of exits. */
static bool region_branch_label(DisasContext *s, gaddr_t dest, uint32_t *label)
{
    struct a64_region *rg = s->rg;
    if (dest == rg->head) {
        *label = rg->head_label;
        return true;
    }
    if (rg->nr_exits == REGION_MAX_EXITS)
        return false;
    *label = ir_new_label(s->ir);
    rg->exit_label[rg->nr_exits] = *label;
    rg->exit_dest[rg->nr_exits++] = dest;
    return true;
}

static unsigned region_slot(DisasContext *s)
{
    return s->rg->next_slot++;
}

/* -- Block ends -- */

static void store_pc(DisasContext *s, gaddr_t pc)
{
    ir_st_env(s->ir, IR_W64, tconst(s, pc), ENV_OFF(common.pc), MO_64);
}

void gen_goto(DisasContext *s, unsigned slot, gaddr_t dest)
{
    if (s->rg && region_follow(s, dest))
        return;
    if (s->rg)
        slot = region_slot(s);
    flags_sync_for(s, dest, dest);
    ir_goto_tb(s->ir, slot, dest);
    s->state = DISAS_NORETURN;
}

void gen_goto_reg(DisasContext *s, ir_temp dest)
{
    gen_flags_sync(s);
    ir_goto_ptr(s->ir, dest);
    s->state = DISAS_NORETURN;
}

void gen_exception(DisasContext *s, enum cpu_exception e, uint32_t code)
{
    gen_flags_sync(s);
    store_pc(s, s->pc);
    ir_st_env(s->ir, IR_W32, tconst(s, e), ENV_OFF(common.excp), MO_32);
    ir_st_env(s->ir, IR_W32, tconst(s, code), ENV_OFF(common.excp_code), MO_32);
    ir_st_env(s->ir, IR_W64, tconst(s, s->pc), ENV_OFF(common.excp_addr), MO_64);
    ir_exit_tb(s->ir, EXIT_EXCEPTION);
    s->state = DISAS_NORETURN;
}

void gen_syscall(DisasContext *s)
{
    gen_flags_sync(s);
    store_pc(s, s->pc_next);
    ir_exit_tb(s->ir, EXIT_SYSCALL);
    s->state = DISAS_NORETURN;
}

static void branch_tail(DisasContext *s, uint32_t taken, gaddr_t dest)
{
    ir_goto_tb(s->ir, s->rg ? region_slot(s) : 0, s->pc_next);
    ir_label(s->ir, taken);
    ir_goto_tb(s->ir, s->rg ? region_slot(s) : 1, dest);
    s->state = DISAS_NORETURN;
}

/* The label a conditional branch jumps to: in a region the head or a side
 * exit (the path goes on), else the block's taken exit. */
static uint32_t branch_label(DisasContext *s, gaddr_t dest, bool *in_region)
{
    uint32_t label;
    flags_sync_for(s, dest, s->pc_next);
    *in_region = s->rg && region_branch_label(s, dest, &label);
    if (*in_region) {
        s->hf_valid = false;        /* both paths see the flags in env */
        if (!s->env_flags_valid)    /* dead on both paths: no one reads */
            s->env_flags_valid = true;
        return label;
    }
    return ir_new_label(s->ir);
}

/* After a region's conditional branch: a branch back to the head closes
 * the loop, so its fall-through is the loop's exit: the path ends there. */
static void region_after_branch(DisasContext *s, gaddr_t dest)
{
    if (dest == s->rg->head) {
        ir_goto_tb(s->ir, region_slot(s), s->pc_next);
        s->state = DISAS_NORETURN;
    }
}

void gen_branch_fcond(DisasContext *s, enum ir_fcond c, gaddr_t dest)
{
    bool in_region;
    if (c >= FC_AL) {
        gen_goto(s, 0, dest);
        return;
    }
    gen_flags_use(s);
    uint32_t taken = branch_label(s, dest, &in_region);
    ir_brcond_f(s->ir, c, taken);
    if (!in_region)
        branch_tail(s, taken, dest);
    else
        region_after_branch(s, dest);
}

void gen_branch_cond(DisasContext *s, enum ir_width w, enum ir_cond c,
                     ir_temp a, ir_temp b, gaddr_t dest)
{
    bool in_region;
    uint32_t taken = branch_label(s, dest, &in_region);
    ir_brcond(s->ir, w, c, a, b, taken);
    if (!in_region)
        branch_tail(s, taken, dest);
    else
        region_after_branch(s, dest);
}

/* -- The block loop -- */

/* Read guest code without risking a host fault: one check per page.
 * (By thread id: once the main thread has exited, its pid no longer
 * names an address space.) */
static bool fetch_insn(gaddr_t pc, uint32_t *insn)
{
    struct iovec local = { insn, 4 }, remote = { (void *)(uintptr_t)pc, 4 };
    static gaddr_t ok_page = 1;
    if ((pc & ~4095ull) == ok_page) {
        *insn = *(const uint32_t *)(uintptr_t)pc;
        return true;
    }
    if (process_vm_readv((pid_t)syscall(SYS_gettid), &local, 1, &remote, 1, 0) != 4)
        return false;
    ok_page = pc & ~4095ull;
    return true;
}

static void log_insn(gaddr_t pc, uint32_t insn)
{
    char text[128];
    guest_aarch64.disas(pc, insn, text, sizeof text);
    log_msg("0x%016" PRIx64 ":  %08x      %s\n", pc, insn, text);
}

static void translate_one(DisasContext *s, uint32_t insn)
{
    uint32_t nr_ops = s->ir->nr_ops;
    s->insn = insn;
    s->state = DISAS_NEXT;
    if (a64_decode(s, insn))
        return;
    s->ir->nr_ops = nr_ops;     /* drop anything a refusing trans_ emitted */
    gen_exception(s, EXCP_UDEF, 0);
}

/* Translate from pc until the path ends; returns instructions done. */
static unsigned translate_path(DisasContext *s, gaddr_t pc, unsigned max_insns)
{
    struct ir_block *ir = s->ir;
    uint32_t insn;
    unsigned n;

    for (n = 0;; n++) {
        s->pc = pc;
        s->pc_next = pc + 4;
        bool page_end = !s->rg && n && (pc & 4095) == 0;
        if (n == max_insns || page_end || !fetch_insn(pc, &insn)) {
            if (n) {
                gen_goto(s, 0, pc);
                if (s->state == DISAS_CONTINUE)   /* region: go on */
                    goto follow;
            } else {                 /* nothing readable at the block start */
                ir_insn_start(ir, pc);
                gen_exception(s, EXCP_SEGV, 0);
            }
            break;
        }
        ir_insn_start(ir, pc);
        if (log_enabled(LOG_IN_ASM))
            log_insn(pc, insn);
        translate_one(s, insn);
        pc += 4;
        if (s->rg)
            s->rg->insns++;
        if (s->state == DISAS_UPDATE)
            gen_goto(s, 0, pc);
        if (s->state == DISAS_CONTINUE) {
follow:
            pc = s->jump_to;
            s->state = DISAS_NEXT;
            continue;
        }
        if (s->state != DISAS_NEXT)
            break;
    }
    return n;
}

unsigned a64_gen_block(struct ir_block *ir, gaddr_t pc, unsigned max_insns)
{
    DisasContext s = { .ir = ir, .env_flags_valid = true };
    memcpy(s.x, a64_globals, sizeof(s.x));
    if (log_enabled(LOG_IN_ASM))
        log_msg("IN: [%016" PRIx64 "]\n", pc);
    return 4 * translate_path(&s, pc, max_insns);
}

unsigned a64_gen_region(struct ir_block *ir, gaddr_t pc)
{
    struct a64_region rg = { .head = pc, .nr_runs = 1, .run_start = { pc },
                             .next_slot = 0 };
    DisasContext s = { .ir = ir, .env_flags_valid = true, .rg = &rg };
    memcpy(s.x, a64_globals, sizeof(s.x));
    if (log_enabled(LOG_IN_ASM))
        log_msg("IN (region): [%016" PRIx64 "]\n", pc);
    rg.head_label = ir_new_label(ir);
    ir_label(ir, rg.head_label);
    ir_exit_check(ir, pc);
    translate_path(&s, pc, REGION_MAX_INSNS);
    for (unsigned i = 0; i < rg.nr_exits; i++) {
        ir_label(ir, rg.exit_label[i]);
        ir_goto_tb(ir, region_slot(&s), rg.exit_dest[i]);
    }
    return rg.insns;
}
