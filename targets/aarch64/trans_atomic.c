/*
 * trans_atomic.c - A64 exclusives, load-acquire/store-release and the
 * ARMv8.1 LSE atomics (a64_ldst.decode).
 *
 * Exclusives (Arm ARM B2.9, C6.2 LDXR/STXR): LDXR is a plain IR load that
 * also records address, size and value in env->excl_*; STXR/STXP call
 * helper_stxr/helper_stxp (helper_atomic.c), which compare-and-swap from
 * the recorded value.  CLREX (trans_system.c) sets excl_addr to -1.
 *
 * Ordering on the x86 host (TSO): every load is an acquire and every store
 * a release already.  The one order x86 lacks is store -> load, which Arm
 * requires between a store-release and a later load-acquire (RCsc, Arm ARM
 * B2.3.11 "Barrier-ordered-before").  ferry puts an MB_FULL after each
 * plain store-release (STLR, STLUR) instead of before each load-acquire,
 * because load-acquires are the more frequent of the two (and atomics such
 * as STLXR, SWPL, CASL are lock-prefixed host instructions, already full
 * barriers).  LDAPR/LDAPUR (RCpc) need nothing.
 */
#include "translate.h"
#include "hwcap.h"
#include "a64_decode.h"
#include "helper_atomic.h"

#define NO_GLOBALS (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS)

static ir_temp gen_base(DisasContext *s, int rn)
{
    ir_temp addr = new_tmp(s);

    ir_mov(s->ir, IR_W64, addr, cpu_reg_sp(s, rn));
    return addr;
}

static enum ir_width sz_width(int sz)
{
    return sz == 3 ? IR_W64 : IR_W32;
}

/* Record the reservation: excl_addr = addr, excl_size = size code. */
static void gen_set_monitor(DisasContext *s, ir_temp addr, int size_code)
{
    ir_st_env(s->ir, IR_W64, addr, ENV_OFF(excl_addr), MO_64);
    ir_st_env(s->ir, IR_W32, tconst(s, (uint64_t)size_code),
              ENV_OFF(excl_size), MO_32);
}

/* -- exclusives -- */

bool trans_LDXR(DisasContext *s, arg_ldstx *a)
{
    ir_temp addr = gen_base(s, a->rn), v = new_tmp(s);

    ir_ld(s->ir, IR_W64, v, addr, 0, (enum ir_memop)a->sz);
    ir_st_env(s->ir, IR_W64, v, ENV_OFF(excl_val), MO_64);
    gen_set_monitor(s, addr, a->sz);
    ir_mov(s->ir, IR_W64, cpu_reg(s, a->rt), v);
    return true;
}

bool trans_STXR(DisasContext *s, arg_ldstx *a)
{
    ir_temp addr = gen_base(s, a->rn), st = new_tmp(s);

    IR_CALL(s->ir, helper_stxr, NO_GLOBALS, st, s->ir->env, addr,
            cpu_reg(s, a->rt), tconst(s, (uint64_t)a->sz));
    ir_mov(s->ir, IR_W32, cpu_reg(s, a->rs), st);
    return true;
}

/* LDXP: a->sz is 0 (W pair: one 8-byte access) or 1 (X pair). */
bool trans_LDXP(DisasContext *s, arg_ldstx *a)
{
    ir_temp addr = gen_base(s, a->rn), lo = new_tmp(s), hi = new_tmp(s);

    if (a->sz == 0) {
        ir_ld(s->ir, IR_W64, lo, addr, 0, MO_64);
        ir_st_env(s->ir, IR_W64, lo, ENV_OFF(excl_val), MO_64);
        gen_set_monitor(s, addr, 2);
        ir_shr(s->ir, IR_W64, hi, lo, tconst(s, 32));
        ir_mov(s->ir, IR_W32, cpu_reg(s, a->rt), lo);
        ir_mov(s->ir, IR_W32, cpu_reg(s, a->rt2), hi);
        return true;
    }
    ir_ld(s->ir, IR_W64, lo, addr, 0, MO_64);
    ir_ld(s->ir, IR_W64, hi, addr, 8, MO_64);
    ir_st_env(s->ir, IR_W64, lo, ENV_OFF(excl_val), MO_64);
    ir_st_env(s->ir, IR_W64, hi, ENV_OFF(excl_val2), MO_64);
    gen_set_monitor(s, addr, 3);
    ir_mov(s->ir, IR_W64, cpu_reg(s, a->rt), lo);
    ir_mov(s->ir, IR_W64, cpu_reg(s, a->rt2), hi);
    return true;
}

bool trans_STXP(DisasContext *s, arg_ldstx *a)
{
    ir_temp addr = gen_base(s, a->rn), st = new_tmp(s);

    IR_CALL(s->ir, helper_stxp, NO_GLOBALS, st, s->ir->env, addr,
            cpu_reg(s, a->rt), cpu_reg(s, a->rt2),
            tconst(s, (uint64_t)a->sz + 2));
    ir_mov(s->ir, IR_W32, cpu_reg(s, a->rs), st);
    return true;
}

/* -- load-acquire / store-release (LDAR, LDLAR, STLR, STLLR, LDAPR) -- */

bool trans_LDAR(DisasContext *s, arg_ldstx *a)
{
    ir_ld(s->ir, sz_width(a->sz), cpu_reg(s, a->rt), cpu_reg_sp(s, a->rn), 0,
          (enum ir_memop)a->sz);
    return true;
}

bool trans_STLR(DisasContext *s, arg_ldstx *a)
{
    ir_st(s->ir, IR_W64, cpu_reg(s, a->rt), cpu_reg_sp(s, a->rn), 0,
          (enum ir_memop)a->sz);
    if (a->lasr)        /* STLR (not STLLR): see the file-top comment */
        ir_mb(s->ir, MB_FULL);
    return true;
}

bool trans_LDAPR(DisasContext *s, arg_atomic *a)
{
    ir_ld(s->ir, sz_width(a->sz), cpu_reg(s, a->rt), cpu_reg_sp(s, a->rn), 0,
          (enum ir_memop)a->sz);
    return true;
}

/* LDAPUR/STLUR share the plain LDUR/STUR shape (trans_ldst.c). */
bool trans_LDAPUR(DisasContext *s, arg_ldst_imm *a)
{
    return trans_LDR_i(s, a);
}

bool trans_STLUR(DisasContext *s, arg_ldst_imm *a)
{
    trans_STR_i(s, a);
    ir_mb(s->ir, MB_FULL);
    return true;
}

/* -- LSE -- */

bool trans_CAS(DisasContext *s, arg_atomic *a)
{
    ir_temp addr, old;

    if (!a64_has(s, A64_F_ATOMICS))     /* the CPU model lacks LSE */
        return false;
    addr = gen_base(s, a->rn);
    old = new_tmp(s);

    IR_CALL(s->ir, helper_cas, NO_GLOBALS, old, addr, cpu_reg(s, a->rs),
            cpu_reg(s, a->rt), tconst(s, (uint64_t)a->sz));
    ir_mov(s->ir, sz_width(a->sz), cpu_reg(s, a->rs), old);
    return true;
}

/* CASP: a->sz is 0 (W pairs) or 1 (X pairs); Rs and Rt must be even
 * (Arm ARM C6.2.51: odd numbers are CONSTRAINED UNPREDICTABLE; ferry
 * chooses UNDEFINED).  The helper reads and writes the X registers. */
bool trans_CASP(DisasContext *s, arg_atomic *a)
{
    ir_temp addr;

    if (!a64_has(s, A64_F_ATOMICS) || ((a->rs | a->rt) & 1))
        return false;
    addr = gen_base(s, a->rn);
    IR_CALL(s->ir, helper_casp, 0, IR_NO_TEMP, s->ir->env, addr,
            tconst(s, (uint64_t)a->rs), tconst(s, (uint64_t)a->rt),
            tconst(s, (uint64_t)a->sz + 2));
    return true;
}

/* LD<op>, ST<op> (rt = XZR: the result is discarded), SWP. */
static bool gen_atomic_rmw(DisasContext *s, arg_atomic *a,
                           enum a64_atomic_op op)
{
    ir_temp addr, old;

    if (!a64_has(s, A64_F_ATOMICS))
        return false;
    addr = gen_base(s, a->rn);
    old = new_tmp(s);

    IR_CALL(s->ir, helper_atomic_rmw, NO_GLOBALS, old, addr,
            cpu_reg(s, a->rs), tconst(s, op), tconst(s, (uint64_t)a->sz));
    ir_mov(s->ir, IR_W64, cpu_reg(s, a->rt), old);
    return true;
}

#define A64_ATOM_TRANS(name, e)                                 \
    bool trans_LD##name(DisasContext *s, arg_atomic *a)         \
    {                                                           \
        return gen_atomic_rmw(s, a, e);                         \
    }
A64_ATOM_TRANS(ADD, ATOM_ADD)
A64_ATOM_TRANS(CLR, ATOM_CLR)
A64_ATOM_TRANS(EOR, ATOM_EOR)
A64_ATOM_TRANS(SET, ATOM_SET)
A64_ATOM_TRANS(SMAX, ATOM_SMAX)
A64_ATOM_TRANS(SMIN, ATOM_SMIN)
A64_ATOM_TRANS(UMAX, ATOM_UMAX)
A64_ATOM_TRANS(UMIN, ATOM_UMIN)
#undef A64_ATOM_TRANS

bool trans_SWP(DisasContext *s, arg_atomic *a)
{
    return gen_atomic_rmw(s, a, ATOM_SWP);
}
