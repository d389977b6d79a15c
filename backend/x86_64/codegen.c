/*
 * codegen.c - drives the x86-64 backend over one block: places each op's
 * operands (regalloc.c) as its descriptor (lower.c) asks, calls the
 * emitter, and handles the ops that shape control flow itself: labels,
 * branches, chained exits (goto_tb), indirect jumps through the inline
 * jump cache (goto_ptr), helper calls, and the shared prologue/epilogue.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include "backend.h"
#include "cpu_common.h"
#include "lower.h"
#include "tb.h"
#include "ferry.h"

uint8_t *backend_epilogue;
static uintptr_t (*enter_fn)(void *cpu, const void *code);

static const int call_arg_regs[CALL_MAX_ARGS] = {
    X86_RDI, X86_RSI, X86_RDX, X86_RCX, X86_R8, X86_R9
};
static const int saved_regs[] = {
    X86_RBP, X86_RBX, X86_R12, X86_R13, X86_R14, X86_R15
};

/* -- Prologue and epilogue -- */

size_t backend_init(struct codebuf *cb)
{
    uint8_t *start = cb->ptr;
    enter_fn = (uintptr_t (*)(void *, const void *))cb->ptr;
    for (unsigned i = 0; i < ARRAY_SIZE(saved_regs); i++)
        x86_push(cb, saved_regs[i]);
    x86_alu_ri(cb, X86_SUB, true, X86_RSP, FRAME_SIZE);
    x86_mov_rr(cb, true, ENV_REG, X86_RDI);
    x86_jmp_r(cb, X86_RSI);
    backend_epilogue = cb->ptr;
    x86_alu_ri(cb, X86_ADD, true, X86_RSP, FRAME_SIZE);
    for (unsigned i = ARRAY_SIZE(saved_regs); i-- > 0;)
        x86_pop(cb, saved_regs[i]);
    x86_ret(cb);
    jump_cache_miss_code = cb->ptr;
    x86_mov_ri(cb, X86_RAX, EXIT_LOOKUP);
    x86_patch_rel32(x86_jmp_rel32(cb), backend_epilogue);
    jump_cache_clear(jump_cache_default);
    return (size_t)(cb->ptr - start);
}

uintptr_t backend_enter(void *cpu, const void *code)
{
    struct cpu_common *c = cpu;
    if (unlikely(!c->jump_cache))
        c->jump_cache = jump_cache_default;
    return enter_fn(cpu, code);
}

void backend_chain(struct tb *tb, unsigned slot, const void *target)
{
    x86_patch_jmp_atomic(tb->jmp_field[slot],
                         target ? target : tb->jmp_reset[slot]);
}

/* Every block starts, 8-byte aligned, with a 5-byte NOP: replacing it by
 * a jmp rel32 with one aligned 8-byte store (keeping the 3 bytes after
 * it) is atomic for threads running the block meanwhile. */
#define ENTRY_NOP_SIZE 5

void backend_redirect(struct tb *old, const void *target)
{
    uint64_t word;
    memcpy(&word, old->code, 8);
    int32_t rel = (int32_t)((const uint8_t *)target - (old->code + 5));
    uint8_t bytes[8];
    memcpy(bytes, &word, 8);
    bytes[0] = 0xe9;
    memcpy(bytes + 1, &rel, 4);
    memcpy(&word, bytes, 8);
    __atomic_store_n((uint64_t *)old->code, word, __ATOMIC_RELEASE);
}

/* -- Labels -- */

void lower_label_ref(struct lower *L, uint32_t label, uint8_t *field)
{
    if (L->label_addr[label]) {
        x86_patch_rel32(field, L->label_addr[label]);
        return;
    }
    if (L->nr_refs == LOWER_MAX_LABEL_REFS)
        fatal("too many forward branches in one block");
    L->refs[L->nr_refs++] = (struct label_ref){ label, field };
}

static void bind_label(struct lower *L, uint32_t label)
{
    L->label_addr[label] = L->cb->ptr;
    for (unsigned i = 0; i < L->nr_refs; i++)
        if (L->refs[i].label == label)
            x86_patch_rel32(L->refs[i].field, L->cb->ptr);
}

/* -- Exits -- */

/* Before a helper call or leaving the block: flags the FP fast path
 * raised go to the guest's status word (lower_fp.c). */
static void fold_fp_flags(struct lower *L, int s0, int s1)
{
    if (!L->fp_pending)
        return;
    fp_fold_flags(L->cb, L->fp_status_off, s0, s1);
    L->fp_pending = false;
}

static void jmp_epilogue(struct lower *L, uint64_t value)
{
    x86_mov_ri(L->cb, X86_RAX, value);
    x86_patch_rel32(x86_jmp_rel32(L->cb), backend_epilogue);
}

static void store_pc(struct lower *L, uint64_t pc)
{
    struct x86_mem m = X86_MEM(ENV_REG, offsetof(struct cpu_common, pc));
    if (pc == (uint64_t)(int64_t)(int32_t)pc) {
        x86_store_imm32(L->cb, 3, (int32_t)pc, m);
    } else {
        x86_mov_ri(L->cb, X86_RAX, pc);
        x86_store(L->cb, 3, X86_RAX, m);
    }
}

static void lower_goto_tb(struct lower *L, const struct ir_op *op)
{
    unsigned slot = (unsigned)op->c[0];
    ra_sync_globals(&L->ra);
    ra_store_pinned(&L->ra);
    fold_fp_flags(L, X86_RAX, X86_RCX);
    if (slot >= TB_MAX_SLOTS)
        fatal("backend: chain slot %u out of range", slot);
    if (L->tb->jmp_field[slot])
        fatal("backend: chain slot %u used twice in the block at 0x%" PRIx64,
              slot, L->tb->pc);
    if (slot >= L->tb->nr_slots)
        L->tb->nr_slots = (uint8_t)(slot + 1);
    uint8_t *field = x86_jmp_rel32_aligned(L->cb);
    x86_patch_rel32(field, L->cb->ptr);
    L->tb->jmp_field[slot] = field;
    L->tb->jmp_reset[slot] = L->cb->ptr;
    L->tb->jmp_target[slot] = op->c[1];
    store_pc(L, op->c[1]);
    jmp_epilogue(L, (uintptr_t)L->tb | slot);
}

/* Indirect jump: look the PC up in the inline jump cache; a hit jumps
 * straight to the block, a miss leaves with EXIT_LOOKUP. */
static void lower_goto_ptr(struct lower *L, const struct ir_op *op)
{
    struct codebuf *cb = L->cb;
    int pc = ra_load(&L->ra, op->args[0], ALLOCATABLE_REGS & ~(REG_BIT(X86_RAX) | REG_BIT(X86_RCX)));
    ra_sync_globals(&L->ra);
    ra_store_pinned(&L->ra);
    fold_fp_flags(L, X86_RAX, X86_RCX);
    x86_store(cb, 3, pc, X86_MEM(ENV_REG, offsetof(struct cpu_common, pc)));
    x86_mov_rr(cb, false, X86_RAX, pc);
    x86_shift_ri(cb, X86_SHR, false, X86_RAX, 2);
    x86_alu_ri(cb, X86_AND, false, X86_RAX, JUMP_CACHE_SIZE - 1);
    x86_shift_ri(cb, X86_SHL, false, X86_RAX, 4);
    x86_load(cb, 3, false, X86_RCX,
             X86_MEM(ENV_REG, offsetof(struct cpu_common, jump_cache)));
    x86_alu_rr(cb, X86_ADD, true, X86_RCX, X86_RAX);
    x86_alu_rm(cb, X86_CMP, true, pc, X86_MEM(X86_RCX, 0));
    uint8_t *miss = x86_jcc_rel32(cb, X86_CC_NE);
    x86_jmp_m(cb, X86_MEM(X86_RCX, 8));
    x86_patch_rel32(miss, cb->ptr);
    jmp_epilogue(L, EXIT_LOOKUP);
}

/* A region's loop head: leave with EXIT_INTERRUPT (pc = head) when a
 * signal is pending, so a loop that never leaves host code stays
 * interruptible.  Non-pinned globals are in memory here (after a label). */
static void lower_exit_check(struct lower *L, uint64_t pc)
{
    struct x86_mem m = X86_MEM(ENV_REG, offsetof(struct cpu_common, exit_request));
    x86_load(L->cb, 2, false, X86_RAX, m);
    x86_test_rr(L->cb, false, X86_RAX, X86_RAX);
    uint8_t *skip = x86_jcc_rel32(L->cb, X86_CC_E);
    ra_store_pinned(&L->ra);
    if (L->fp_pending) {              /* on this path only: keep the state */
        fp_fold_flags(L->cb, L->fp_status_off, X86_RAX, X86_RCX);
    }
    store_pc(L, pc);
    jmp_epilogue(L, EXIT_INTERRUPT);
    x86_patch_rel32(skip, L->cb->ptr);
}

/* -- Helper calls -- */

static void copy_to_reg(struct ra *ra, ir_temp t, int r)
{
    struct tstate *ts = &ra->ts[t];
    const struct ir_temp_info *ti = &ra->ir->temps[t];
    if (ti->kind == TEMP_ENV)
        x86_mov_rr(ra->cb, true, r, ENV_REG);
    else if (ti->kind == TEMP_CONST)
        x86_mov_ri(ra->cb, r, ti->value);
    else if (ts->val == VAL_REG)
        x86_mov_rr(ra->cb, true, r, ts->reg);
    else if (ti->kind == TEMP_GLOBAL)
        x86_load(ra->cb, 3, false, r, X86_MEM(ENV_REG, ti->env_offset));
    else if (ts->slot >= 0)
        x86_load(ra->cb, 3, false, r, X86_MEM(X86_RSP, ts->slot * 8));
    else
        x86_mov_ri(ra->cb, r, 0);
}

static void lower_call(struct lower *L, const struct ir_op *op)
{
    struct ra *ra = &L->ra;
    const struct ir_call *c = op->call;
    bool globals = (c->flags & (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS))
                   != (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS);
    if (globals) {
        ra_sync_globals(ra);
        ra_store_pinned(ra);
    }
    ra_spill_mask(ra, CALLER_SAVED_REGS);
    for (unsigned i = 0; i < c->nargs; i++)
        copy_to_reg(ra, c->args[i], call_arg_regs[i]);
    if (op->hf_live) {
        x86_pushfq(L->cb);
        x86_alu_ri(L->cb, X86_SUB, true, X86_RSP, 8);
    }
    fold_fp_flags(L, X86_RAX, X86_R11);     /* not an argument register */
    x86_call_abs(L->cb, c->fn);
    L->fp_unknown = true;
    if (op->hf_live) {
        x86_alu_ri(L->cb, X86_ADD, true, X86_RSP, 8);
        x86_popfq(L->cb);
    }
    if (!(c->flags & CALL_NO_WRITE_GLOBALS)) {
        for (uint32_t t = 1; t <= ra->ir->nr_globals; t++)
            if (ra->ts[t].val == VAL_REG)
                ra_free_temp(ra, t);
        ra_load_pinned(ra);
    }
    for (unsigned i = 0; i < c->nargs; i++)
        if (op->dead & (1u << i))
            ra_free_temp(ra, c->args[i]);
    if (c->has_ret) {
        ra_bind(ra, c->ret, X86_RAX);
        if (op->dead & 0x80)
            ra_free_temp(ra, c->ret);
    }
}

/* -- Ordinary ops -- */

static bool is_reg_temp(const struct ra *ra, ir_temp t)
{
    enum ir_temp_kind k = ra->ir->temps[t].kind;
    return k == TEMP_LOCAL || k == TEMP_GLOBAL;
}

static void place_inputs(struct lower *L, const struct ir_op *op,
                         const struct op_desc *d, struct opnd *o)
{
    const struct ir_op_def *def = &ir_op_defs[op->opc];
    for (unsigned i = 0; i < def->ins; i++) {
        ir_temp t = op->args[def->outs + i];
        struct opnd *x = &o[def->outs + i];
        const struct ir_temp_info *ti = &L->ra.ir->temps[t];
        if (ti->kind == TEMP_CONST && (d->in_imm & (1u << i))
            && lower_imm_fits((int64_t)ti->value, op->width == IR_W64)) {
            x->imm = true;
            x->value = (int64_t)ti->value;
            continue;
        }
        x->imm = false;
        x->reg = ra_load(&L->ra, t, d->in_mask[i] ? d->in_mask[i] : ALLOCATABLE_REGS);
    }
}

/* Input i's temp, if it is in register r and dies at this op. */
static bool input_dies_in(struct lower *L, const struct ir_op *op, int r)
{
    const struct ir_op_def *def = &ir_op_defs[op->opc];
    bool live_on = false, found = false;
    for (unsigned i = 0; i < def->ins; i++) {
        ir_temp t = op->args[def->outs + i];
        if (L->ra.owner[r] != t)
            continue;
        found = true;
        if (!ra_is_dying(op, def->outs + i))
            live_on = true;
    }
    return found && !live_on;
}

static void evict_clobbers(struct lower *L, const struct ir_op *op,
                           const struct op_desc *d)
{
    for (int r = 0; r < 16; r++) {
        if (!(d->clobbers & REG_BIT(r)))
            continue;
        ra_evict_keep(&L->ra, r, input_dies_in(L, op, r));
        L->ra.locked |= REG_BIT(r);
    }
}

/* A pinned output goes straight to its register when that register is
 * not also an input of the op (emitters assume outputs do not alias
 * inputs, except input 0 of a 2-address op). */
static int pinned_output_reg(struct lower *L, const struct ir_op *op,
                             const struct op_desc *d)
{
    struct ra *ra = &L->ra;
    ir_temp t = op->args[0];
    if (!ra_is_pinned(ra, t))
        return -1;
    int r = ra->ts[t].reg;
    if ((ra->locked & REG_BIT(r)) || (d->out_mask && !(d->out_mask & REG_BIT(r))))
        return -1;
    ra->locked |= REG_BIT(r);
    return r;
}

static int place_output(struct lower *L, const struct ir_op *op,
                        const struct op_desc *d, const struct opnd *o)
{
    struct ra *ra = &L->ra;
    const struct ir_op_def *def = &ir_op_defs[op->opc];
    int pin = pinned_output_reg(L, op, d);
    if (d->out_in0) {
        const struct opnd *in0 = &o[def->outs];
        ir_temp t0 = op->args[def->outs];
        bool pinned_other = ra_is_pinned(ra, t0) && t0 != op->args[0];
        if (!in0->imm && !pinned_other
            && (!is_reg_temp(ra, t0) || input_dies_in(L, op, in0->reg))) {
            if (is_reg_temp(ra, t0))
                ra_evict_keep(ra, in0->reg, true);
            return in0->reg;
        }
        int r = pin >= 0 ? pin : ra_scratch(ra, ALLOCATABLE_REGS);
        if (in0->imm)
            x86_mov_ri(L->cb, r, (uint64_t)in0->value);
        else
            x86_mov_rr(L->cb, true, r, in0->reg);
        return r;
    }
    if (pin >= 0)
        return pin;
    if (d->out_mask && (d->out_mask & d->clobbers))
        return __builtin_ctz(d->out_mask);
    return ra_scratch(ra, d->out_mask ? d->out_mask : ALLOCATABLE_REGS);
}

/* mov of a value that dies here: just rename the register. */
static bool try_rename(struct lower *L, const struct ir_op *op)
{
    struct ra *ra = &L->ra;
    ir_temp d = op->args[0], s = op->args[1];
    if (op->opc != IR_mov || op->width != IR_W64 || !ra_is_dying(op, 1)
        || !is_reg_temp(ra, s) || ra->ts[s].val != VAL_REG || d == s
        || ra_is_pinned(ra, s))
        return false;
    int r = ra->ts[s].reg;
    ra_free_temp(ra, s);
    ra_bind(ra, d, r);
    if (ra_is_dying(op, 0))
        ra_free_temp(ra, d);
    return true;
}

/* -- Fault points: where each guest register is when a guest load or
 * store runs, so a fault there can rebuild the exact guest state. -- */

static void *grow_array(void *p, uint32_t *cap, size_t elem)
{
    *cap = *cap ? *cap * 2 : 32;
    p = realloc(p, *cap * elem);
    if (!p)
        fatal("out of memory recording fault points");
    return p;
}

static void record_fault_point(struct lower *L, const struct ir_op *op)
{
    struct ra *ra = &L->ra;
    if (L->nr_fp == L->cap_fp)
        L->fp = grow_array(L->fp, &L->cap_fp, sizeof(*L->fp));
    struct tb_fault_point *f = &L->fp[L->nr_fp++];
    f->host_off = (uint32_t)(L->cb->ptr - L->tb->code);
    f->guest_off = L->nr_insns ? (int32_t)L->tb->pcmap[2 * (L->nr_insns - 1) + 1] : 0;
    f->first = L->nr_homes;
    f->count = 0;
    f->hf_live = op->hf_live;
    f->is_store = op->opc == IR_st;
    for (uint32_t t = 1; t <= ra->ir->nr_globals; t++) {
        const struct tstate *ts = &ra->ts[t];
        if (ts->val != VAL_REG || !(ts->dirty || ra_is_pinned(ra, t)))
            continue;
        if (L->nr_homes == L->cap_homes)
            L->homes = grow_array(L->homes, &L->cap_homes, sizeof(*L->homes));
        L->homes[L->nr_homes++] = (struct tb_reg_home){
            ra->ir->temps[t].env_offset, (uint8_t)ts->reg };
        f->count++;
    }
}

/* A conditional branch: the label it goes to starts with no pending FP
 * flags (see lower_fp.c), so fold them here; brcond_f needs EFLAGS. */
static void fold_before_branch(struct lower *L, const struct ir_op *op)
{
    int s0 = ra_scratch(&L->ra, ALLOCATABLE_REGS);
    int s1 = ra_scratch(&L->ra, ALLOCATABLE_REGS);
    bool keep = op->opc == IR_brcond_f;
    if (keep)
        x86_pushfq(L->cb);
    fp_fold_flags(L->cb, L->fp_status_off, s0, s1);
    if (keep)
        x86_popfq(L->cb);
    L->fp_pending = false;
}

/* The guest reads or writes its FP status word (MRS/MSR FPSR): flags
 * the FP fast path raised belong in it first. */
static void fold_before_status_access(struct lower *L, const struct ir_op *op)
{
    int s0 = ra_scratch(&L->ra, ALLOCATABLE_REGS);
    int s1 = ra_scratch(&L->ra, ALLOCATABLE_REGS);
    if (op->hf_live)
        x86_pushfq(L->cb);
    fp_fold_flags(L->cb, L->fp_status_off, s0, s1);
    if (op->hf_live)
        x86_popfq(L->cb);
    L->fp_pending = false;
    ra_unlock_all(&L->ra);
}

static void lower_op(struct lower *L, const struct ir_op *op)
{
    const struct ir_op_def *def = &ir_op_defs[op->opc];
    const struct op_desc *d = lower_desc(op->opc, op);
    struct opnd o[IR_MAX_ARGS] = { 0 };
    int scratch[2] = { -1, -1 };
    int out = -1;

    if (!d)
        fatal("backend: no lowering for IR op %s", def->name);
    if (try_rename(L, op))
        return;
    if ((op->opc == IR_ld_env || op->opc == IR_st_env) && L->fp_pending
        && (uint32_t)op->c[1] == L->fp_status_off)
        fold_before_status_access(L, op);
    place_inputs(L, op, d, o);
    if (def->flags & OPF_BB_END)
        ra_sync_globals(&L->ra);
    if ((op->opc == IR_brcond || op->opc == IR_brcond_f) && L->fp_pending)
        fold_before_branch(L, op);
    evict_clobbers(L, op, d);
    for (unsigned k = 0; k < d->nscratch; k++)
        scratch[k] = ra_scratch(&L->ra, d->scratch_mask ? d->scratch_mask
                                                        : ALLOCATABLE_REGS);
    if (def->outs && !d->out_no_reg) {
        out = place_output(L, op, d, o);
        o[0].reg = out;
    }
    bool wrap = d->flags && op->hf_live && !(def->flags & OPF_WRITES_HF);
    if (wrap)
        x86_pushfq(L->cb);
    if (op->opc == IR_ld || op->opc == IR_st)
        record_fault_point(L, op);
    d->emit(L, op, o, scratch);
    if (wrap)
        x86_popfq(L->cb);
    for (unsigned i = 0; i < def->ins; i++)
        if (ra_is_dying(op, def->outs + i))
            ra_free_temp(&L->ra, op->args[def->outs + i]);
    if (out >= 0) {
        ra_bind(&L->ra, op->args[0], out);
        if (ra_is_dying(op, 0))
            ra_free_temp(&L->ra, op->args[0]);
    }
    ra_unlock_all(&L->ra);
}

/* -- The block -- */

static void lower_control(struct lower *L, const struct ir_op *op)
{
    switch (op->opc) {
    case IR_insn_start:
        L->tb->pcmap[2 * L->nr_insns] = (uint32_t)(L->cb->ptr - L->tb->code);
        L->tb->pcmap[2 * L->nr_insns + 1] = (uint32_t)(op->c[0] - L->tb->pc);
        L->nr_insns++;
        break;
    case IR_label:
        ra_sync_globals(&L->ra);
        ra_drop_all(&L->ra);
        bind_label(L, (uint32_t)op->c[0]);
        L->fp_unknown = true;            /* branches fold before jumping */
        break;
    case IR_br:
        ra_sync_globals(&L->ra);
        fold_fp_flags(L, X86_RAX, X86_RCX);   /* all registers dead here */
        lower_label_ref(L, (uint32_t)op->c[0], x86_jmp_rel32(L->cb));
        break;
    case IR_goto_tb:
        lower_goto_tb(L, op);
        break;
    case IR_goto_ptr:
        lower_goto_ptr(L, op);
        break;
    case IR_exit_tb:
        ra_sync_globals(&L->ra);
        ra_store_pinned(&L->ra);
        fold_fp_flags(L, X86_RAX, X86_RCX);
        jmp_epilogue(L, op->c[0]);
        break;
    case IR_exit_check:
        lower_exit_check(L, op->c[0]);
        break;
    case IR_call:
        lower_call(L, op);
        break;
    case IR_discard:
        ra_free_temp(&L->ra, op->args[0]);
        break;
    default:
        lower_op(L, op);
        return;
    }
    ra_unlock_all(&L->ra);
}

/* Every block starts by checking exit_request, so a pending signal is
 * noticed even by a guest spinning in chained blocks (RAX is free here).
 * A tier-1 block then counts its executions down (the counter sits just
 * before its code); at zero it asks the exec loop for a region. */
static void block_entry_check(struct lower *L, uint8_t **field, uint8_t **hot)
{
    struct x86_mem m = X86_MEM(ENV_REG, offsetof(struct cpu_common, exit_request));
    x86_load(L->cb, 2, false, X86_RAX, m);
    x86_test_rr(L->cb, false, X86_RAX, X86_RAX);
    *field = x86_jcc_rel32(L->cb, X86_CC_NE);
    *hot = NULL;
    if (L->tb->hot_counter) {
        x86_sub_rip32_imm8(L->cb, L->tb->hot_counter, 1);
        *hot = x86_jcc_rel32(L->cb, X86_CC_E);
    }
}

bool backend_gen_code(struct ir_block *ir, struct codebuf *cb, struct tb *tb)
{
    struct lower L = { .cb = cb, .tb = tb };
    uint8_t *to_interrupt, *to_hot;
    unsigned insns = 0;

    L.fp_unknown = true;
    for (uint32_t i = 0; i < ir->nr_ops; i++) {
        insns += ir->ops[i].opc == IR_insn_start;
        if (ir->ops[i].opc == IR_fpop) {
            L.fp_used = true;
            L.fp_status_off = (uint32_t)(ir->ops[i].c[1] >> 16) & 0xffff;
        }
    }
    tb->pcmap = calloc(2 * (insns ? insns : 1), sizeof(uint32_t));
    L.label_addr = calloc(ir->nr_labels ? ir->nr_labels : 1, sizeof(uint8_t *));
    if (!tb->pcmap || !L.label_addr)
        fatal("out of memory generating code");
    ra_init(&L.ra, ir, cb);
    tb->nr_slots = 0;
    if (tb->tier == 1) {             /* the tier-up counter, before the code */
        cb->ptr = (uint8_t *)ALIGN_UP((uintptr_t)cb->ptr, 4);
        tb->hot_counter = (int32_t *)cb->ptr;
        cb_u32(cb, tb_hot_threshold);
    }
    while ((uintptr_t)cb->ptr & 7)
        cb_byte(cb, 0x90);
    tb->code = cb->ptr;
    x86_nop(cb, ENTRY_NOP_SIZE);
    block_entry_check(&L, &to_interrupt, &to_hot);
    ra_load_pinned(&L.ra);
    for (uint32_t i = 0; i < ir->nr_ops && !cb->overflow; i++)
        lower_control(&L, &ir->ops[i]);
    x86_patch_rel32(to_interrupt, cb->ptr);
    store_pc(&L, tb->pc);
    jmp_epilogue(&L, EXIT_INTERRUPT);
    if (to_hot) {
        x86_patch_rel32(to_hot, cb->ptr);
        store_pc(&L, tb->pc);
        jmp_epilogue(&L, (uintptr_t)tb | TB_EXIT_HOT);
    }
    tb->nr_insns = L.nr_insns;
    tb->code_size = (uint32_t)(cb->ptr - tb->code);
    tb->fpoints = L.fp;
    tb->nr_fpoints = L.nr_fp;
    tb->reg_homes = L.homes;
    ra_fini(&L.ra);
    free(L.label_addr);
    return !cb->overflow;
}
