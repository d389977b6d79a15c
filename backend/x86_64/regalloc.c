/*
 * regalloc.c - where each temp lives while a block's host code is emitted.
 * See regalloc.h for the model.  Everything emitted here is a mov (never
 * an instruction that changes EFLAGS), so the allocator can run between a
 * flag producer and its consumer.
 */
#include <stdlib.h>
#include <string.h>
#include "regalloc.h"
#include "ferry.h"

static struct x86_mem slot_mem(int slot)
{
    return X86_MEM(X86_RSP, slot * 8);
}

static struct x86_mem global_mem(const struct ra *ra, ir_temp t)
{
    return X86_MEM(ENV_REG, ra->ir->temps[t].env_offset);
}

void ra_init(struct ra *ra, struct ir_block *ir, struct codebuf *cb)
{
    memset(ra, 0, sizeof(*ra));
    ra->ir = ir;
    ra->cb = cb;
    ra->ts = calloc(ir->nr_temps, sizeof(*ra->ts));
    if (!ra->ts)
        fatal("out of memory in the register allocator");
    for (uint32_t t = 0; t < ir->nr_temps; t++) {
        ra->ts[t].slot = -1;
        ra->ts[t].reg = -1;
        switch (ir->temps[t].kind) {
        case TEMP_GLOBAL: ra->ts[t].val = VAL_MEM; break;
        case TEMP_CONST: ra->ts[t].val = VAL_CONST; break;
        case TEMP_ENV: ra->ts[t].val = VAL_REG; ra->ts[t].reg = ENV_REG; break;
        default: ra->ts[t].val = VAL_DEAD; break;
        }
    }
    for (int r = 0; r < 16; r++)
        ra->owner[r] = IR_NO_TEMP;
    static const int pin_regs[MAX_PINS] = PIN_REGS_INIT;
    for (uint32_t t = 1; t <= ir->nr_globals; t++) {
        int8_t pin = ir->temps[t].pin;
        if (pin < 0 || pin >= MAX_PINS)
            continue;
        ra->ts[t].val = VAL_REG;
        ra->ts[t].reg = (int8_t)pin_regs[pin];
        ra->owner[pin_regs[pin]] = t;
        ra->pinned |= REG_BIT(pin_regs[pin]);
    }
}

bool ra_is_pinned(const struct ra *ra, ir_temp t)
{
    return ra->ts[t].val == VAL_REG && (ra->pinned & REG_BIT(ra->ts[t].reg))
           && ra->owner[ra->ts[t].reg] == t;
}

void ra_load_pinned(struct ra *ra)
{
    for (int r = 0; r < 16; r++)
        if (ra->pinned & REG_BIT(r))
            x86_load(ra->cb, 3, false, r, global_mem(ra, ra->owner[r]));
}

void ra_store_pinned(struct ra *ra)
{
    for (int r = 0; r < 16; r++)
        if (ra->pinned & REG_BIT(r))
            x86_store(ra->cb, 3, r, global_mem(ra, ra->owner[r]));
}

void ra_fini(struct ra *ra)
{
    free(ra->ts);
    ra->ts = NULL;
}

static int alloc_slot(struct ra *ra)
{
    for (int i = 0; i < FRAME_SLOTS; i++)
        if (!ra->slot_used[i]) {
            ra->slot_used[i] = 1;
            return i;
        }
    fatal("register allocator ran out of spill slots (block too large)");
}

/* Store t's register value to its home in memory (no register change). */
static void save_to_mem(struct ra *ra, ir_temp t)
{
    struct tstate *ts = &ra->ts[t];
    if (ra->ir->temps[t].kind == TEMP_GLOBAL) {
        if (ts->dirty)
            x86_store(ra->cb, 3, ts->reg, global_mem(ra, t));
        ts->dirty = false;
        return;
    }
    if (ts->mem_valid)
        return;
    if (ts->slot < 0)
        ts->slot = (int16_t)alloc_slot(ra);
    x86_store(ra->cb, 3, ts->reg, slot_mem(ts->slot));
    ts->mem_valid = true;
}

static void detach(struct ra *ra, int r)
{
    ir_temp t = ra->owner[r];
    if (t == IR_NO_TEMP)
        return;
    ra->owner[r] = IR_NO_TEMP;
    if (ra->ts[t].reg == r) {
        ra->ts[t].reg = -1;
        ra->ts[t].val = VAL_MEM;
    }
}

static void spill_reg(struct ra *ra, int r)
{
    ir_temp t = ra->owner[r];
    if (t == IR_NO_TEMP)
        return;
    save_to_mem(ra, t);
    detach(ra, r);
}

void ra_free_temp(struct ra *ra, ir_temp t)
{
    struct tstate *ts = &ra->ts[t];
    enum ir_temp_kind k = ra->ir->temps[t].kind;
    if (k == TEMP_CONST || k == TEMP_ENV || ra_is_pinned(ra, t))
        return;
    if (ts->val == VAL_REG && ra->owner[ts->reg] == t)
        ra->owner[ts->reg] = IR_NO_TEMP;
    ts->reg = -1;
    if (k == TEMP_GLOBAL) {
        /* dead global: its next use is a write, memory copy is enough */
        ts->val = VAL_MEM;
        ts->dirty = false;
        return;
    }
    ts->val = VAL_DEAD;
    ts->mem_valid = false;
    if (ts->slot >= 0)
        ra->slot_used[ts->slot] = 0;
    ts->slot = -1;
}

static int pick_reg(struct ra *ra, uint16_t mask)
{
    uint16_t avail = mask & ALLOCATABLE_REGS & ~ra->locked & ~ra->pinned;
    /* prefer a free callee-saved register: it survives helper calls */
    uint16_t free_regs = 0;
    for (int r = 0; r < 16; r++)
        if ((avail & REG_BIT(r)) && ra->owner[r] == IR_NO_TEMP)
            free_regs |= REG_BIT(r);
    uint16_t pref = free_regs & ~CALLER_SAVED_REGS;
    if (pref)
        return __builtin_ctz(pref);
    if (free_regs)
        return __builtin_ctz(free_regs);
    if (!avail)
        fatal("register allocator: no register available (mask 0x%x)", mask);
    /* evict: prefer a clean global (no store needed) */
    for (int r = 0; r < 16; r++) {
        ir_temp t = ra->owner[r];
        if ((avail & REG_BIT(r)) && ra->ir->temps[t].kind == TEMP_GLOBAL
            && !ra->ts[t].dirty)
            return r;
    }
    return __builtin_ctz(avail);
}

static int take_reg(struct ra *ra, uint16_t mask)
{
    int r = pick_reg(ra, mask);
    spill_reg(ra, r);
    ra->locked |= REG_BIT(r);
    return r;
}

int ra_scratch(struct ra *ra, uint16_t mask)
{
    return take_reg(ra, mask);
}

static void load_value(struct ra *ra, ir_temp t, int r)
{
    struct tstate *ts = &ra->ts[t];
    switch (ts->val) {
    case VAL_CONST:
        x86_mov_ri(ra->cb, r, ra->ir->temps[t].value);
        break;
    case VAL_REG:
        x86_mov_rr(ra->cb, true, r, ts->reg);
        break;
    case VAL_MEM:
        if (ra->ir->temps[t].kind == TEMP_GLOBAL)
            x86_load(ra->cb, 3, false, r, global_mem(ra, t));
        else
            x86_load(ra->cb, 3, false, r, slot_mem(ts->slot));
        break;
    default:
        /* a local read before written: a frontend bug; give 0 */
        x86_mov_ri(ra->cb, r, 0);
        break;
    }
}

int ra_load(struct ra *ra, ir_temp t, uint16_t mask)
{
    struct tstate *ts = &ra->ts[t];
    enum ir_temp_kind k = ra->ir->temps[t].kind;
    if (k == TEMP_ENV && (mask & REG_BIT(ENV_REG)))
        return ENV_REG;
    if (ts->val == VAL_REG && (mask & REG_BIT(ts->reg))) {
        ra->locked |= REG_BIT(ts->reg);
        return ts->reg;
    }
    int r = take_reg(ra, mask);
    load_value(ra, t, r);
    if (k == TEMP_CONST || k == TEMP_ENV || ra_is_pinned(ra, t))
        return r;                 /* a scratch copy, owned by nobody */
    if (ts->val == VAL_REG)       /* moved: leave the old register */
        ra->owner[ts->reg] = IR_NO_TEMP;
    ts->val = VAL_REG;
    ts->reg = (int8_t)r;
    ra->owner[r] = t;
    return r;
}

void ra_evict_keep(struct ra *ra, int r, bool dying)
{
    ir_temp t = ra->owner[r];
    if (t == IR_NO_TEMP || (ra->pinned & REG_BIT(r)))
        return;
    if (!dying)
        save_to_mem(ra, t);
    detach(ra, r);
    if (dying)
        ra_free_temp(ra, t);
}

void ra_sync_globals(struct ra *ra)
{
    for (uint32_t t = 1; t <= ra->ir->nr_globals; t++) {
        struct tstate *ts = &ra->ts[t];
        if (ts->val == VAL_REG && ts->dirty && !ra_is_pinned(ra, t)) {
            x86_store(ra->cb, 3, ts->reg, global_mem(ra, t));
            ts->dirty = false;
        }
    }
}

void ra_drop_all(struct ra *ra)
{
    for (int r = 0; r < 16; r++) {
        ir_temp t = ra->owner[r];
        if (t == IR_NO_TEMP || (ra->pinned & REG_BIT(r)))
            continue;
        ra->owner[r] = IR_NO_TEMP;
        ra->ts[t].reg = -1;
        ra->ts[t].val = ra->ir->temps[t].kind == TEMP_GLOBAL ? VAL_MEM : VAL_DEAD;
    }
}

void ra_spill_mask(struct ra *ra, uint16_t mask)
{
    for (int r = 0; r < 16; r++)
        if ((mask & REG_BIT(r) & ~ra->pinned) && ra->owner[r] != IR_NO_TEMP)
            spill_reg(ra, r);
}

void ra_bind(struct ra *ra, ir_temp t, int r)
{
    struct tstate *ts = &ra->ts[t];
    if (ra->ir->temps[t].kind != TEMP_GLOBAL && ra->ir->temps[t].kind != TEMP_LOCAL)
        fatal("IR writes a constant temp");
    if (ra_is_pinned(ra, t)) {
        if (ts->reg != r)
            x86_mov_rr(ra->cb, true, ts->reg, r);
        ts->dirty = true;
        return;
    }
    if (ts->val == VAL_REG && ts->reg != r && ra->owner[ts->reg] == t)
        ra->owner[ts->reg] = IR_NO_TEMP;
    if (ra->owner[r] != IR_NO_TEMP && ra->owner[r] != t)
        detach(ra, r);
    ts->val = VAL_REG;
    ts->reg = (int8_t)r;
    ts->dirty = ra->ir->temps[t].kind == TEMP_GLOBAL;
    ts->mem_valid = false;
    ra->owner[r] = t;
}

void ra_unlock_all(struct ra *ra)
{
    ra->locked = 0;
}

bool ra_is_dying(const struct ir_op *op, unsigned argi)
{
    return op->dead & (1u << argi);
}
