/*
 * trans_ldst.c - A64 loads and stores of general registers (a64_ldst.decode).
 *
 * Guest memory is host memory, so every access is one IR ld/st on the
 * guest address (DESIGN.md decision 1).  Arm ARM C6.2 (LDR, STR, LDP, ...).
 *
 * Addressing: the base is always cpu_reg_sp() (31 = SP).  With writeback
 * the address is computed into a temp first, the access done, and the
 * base updated last.  When the base is also the loaded register (rn == rt
 * with writeback: CONSTRAINED UNPREDICTABLE, Arm ARM K1.2.6) the base gets
 * the written-back address, as qemu does; a store with rn == rt stores the
 * register's value from before the writeback.
 *
 * Unprivileged forms (LDTR/STTR) behave as the normal ones at EL0, and the
 * prefetch hints are no-ops.
 */
#include "translate.h"
#include "a64_decode.h"
#include "trans_simd.h"

/* -- field functions used by a64_ldst.decode -- */

/* op2 of the imm9 forms / bits 24:23 of the pair forms: 01 = post-index */
int ldst_op2_post(DisasContext *s, int op2)
{
    (void)s;
    return op2 == 1;
}

/* 01 = post-index, 11 = pre-index: both write back */
int ldst_op2_wback(DisasContext *s, int op2)
{
    (void)s;
    return op2 == 1 || op2 == 3;
}

int ldst_scale4(DisasContext *s, int x)
{
    (void)s;
    return x * 4;
}

/* -- shared shapes -- */

static enum ir_width ld_width(int sz, int ext)
{
    return (ext || sz == 3) ? IR_W64 : IR_W32;
}

static enum ir_memop ld_memop(int sz, int sign)
{
    return (enum ir_memop)(sz | (sign ? MO_SIGN : 0));
}

/* Load or store register rt (XZR semantics) at addr + off. */
static void gen_gpr_access(DisasContext *s, bool load, int rt, ir_temp addr,
                           int64_t off, int sz, int sign, int ext)
{
    if (load)
        ir_ld(s->ir, ld_width(sz, ext), cpu_reg(s, rt), addr, (int32_t)off,
              ld_memop(sz, sign));
    else
        ir_st(s->ir, IR_W64, cpu_reg(s, rt), addr, (int32_t)off,
              (enum ir_memop)sz);
}

ir_temp gen_addr_begin(DisasContext *s, int rn, int64_t imm, bool post)
{
    ir_temp addr = new_tmp(s);

    if (post || imm == 0)
        ir_mov(s->ir, IR_W64, addr, cpu_reg_sp(s, rn));
    else
        ir_add(s->ir, IR_W64, addr, cpu_reg_sp(s, rn), tconst(s, (uint64_t)imm));
    return addr;
}

void gen_addr_end(DisasContext *s, int rn, ir_temp addr, int64_t imm,
                  bool post)
{
    ir_temp base = cpu_reg_sp(s, rn);

    if (post)
        ir_add(s->ir, IR_W64, base, addr, tconst(s, (uint64_t)imm));
    else
        ir_mov(s->ir, IR_W64, base, addr);
}

ir_temp gen_addr_regoff(DisasContext *s, int rn, int rm, int opt, int shift)
{
    ir_temp off = new_tmp(s), addr = new_tmp(s), m = cpu_reg(s, rm);

    switch (opt) {      /* option<2>:option<0>, see %ldst_opt */
    case 0:             /* UXTW */
        ir_unop(s->ir, IR_ext32u, IR_W64, off, m);
        break;
    case 2:             /* SXTW */
        ir_unop(s->ir, IR_ext32s, IR_W64, off, m);
        break;
    default:            /* LSL / UXTX, SXTX */
        ir_mov(s->ir, IR_W64, off, m);
        break;
    }
    if (shift)
        ir_shl(s->ir, IR_W64, off, off, tconst(s, (uint64_t)shift));
    ir_add(s->ir, IR_W64, addr, cpu_reg_sp(s, rn), off);
    return addr;
}

static bool gen_ldst_imm(DisasContext *s, arg_ldst_imm *a, bool load,
                         int64_t imm)
{
    ir_temp addr;

    if (!a->w) {
        gen_gpr_access(s, load, a->rt, cpu_reg_sp(s, a->rn), imm, a->sz,
                       a->sign, a->ext);
        return true;
    }
    addr = gen_addr_begin(s, a->rn, imm, a->p);
    gen_gpr_access(s, load, a->rt, addr, 0, a->sz, a->sign, a->ext);
    gen_addr_end(s, a->rn, addr, imm, a->p);
    return true;
}

/* -- single register -- */

bool trans_STR_i(DisasContext *s, arg_ldst_imm *a)
{
    return gen_ldst_imm(s, a, false, a->imm);
}

bool trans_LDR_i(DisasContext *s, arg_ldst_imm *a)
{
    return gen_ldst_imm(s, a, true, a->imm);
}

bool trans_STR_u(DisasContext *s, arg_ldst_imm *a)
{
    return gen_ldst_imm(s, a, false, (int64_t)a->imm << a->sz);
}

bool trans_LDR_u(DisasContext *s, arg_ldst_imm *a)
{
    return gen_ldst_imm(s, a, true, (int64_t)a->imm << a->sz);
}

static bool gen_ldst_reg(DisasContext *s, arg_ldst_reg *a, bool load)
{
    ir_temp addr = gen_addr_regoff(s, a->rn, a->rm, a->opt,
                                   a->s ? a->sz : 0);

    gen_gpr_access(s, load, a->rt, addr, 0, a->sz, a->sign, a->ext);
    return true;
}

bool trans_STR_r(DisasContext *s, arg_ldst_reg *a)
{
    return gen_ldst_reg(s, a, false);
}

bool trans_LDR_r(DisasContext *s, arg_ldst_reg *a)
{
    return gen_ldst_reg(s, a, true);
}

bool trans_LDR_lit(DisasContext *s, arg_ldst_lit *a)
{
    ir_temp addr = tconst(s, s->pc + (int64_t)a->imm);

    gen_gpr_access(s, true, a->rt, addr, 0, a->sz, a->sign, 1);
    return true;
}

/* Prefetch hints (PRFM/PRFUM) do nothing (Arm ARM C6.2.248). */
bool trans_PRFUM(DisasContext *s, arg_prfm *a)
{
    (void)s; (void)a;
    return true;
}

bool trans_PRFM_u(DisasContext *s, arg_prfm *a)
{
    (void)s; (void)a;
    return true;
}

bool trans_PRFM_r(DisasContext *s, arg_prfm *a)
{
    (void)s; (void)a;
    return true;
}

bool trans_PRFM_lit(DisasContext *s, arg_prfm *a)
{
    (void)s; (void)a;
    return true;
}

/* -- pairs (STP, LDP, LDPSW, STNP, LDNP) -- */

bool trans_STP(DisasContext *s, arg_ldst_pair *a)
{
    int64_t imm = (int64_t)a->imm << a->sz;
    ir_temp addr = gen_addr_begin(s, a->rn, a->p ? 0 : imm, false);

    gen_gpr_access(s, false, a->rt, addr, 0, a->sz, 0, 0);
    gen_gpr_access(s, false, a->rt2, addr, 1 << a->sz, a->sz, 0, 0);
    if (a->w)
        gen_addr_end(s, a->rn, addr, imm, a->p);
    return true;
}

/* Both values go to temps first: rt == rn, rt2 == rn must see the old base
 * (the base writeback, done last, wins as in qemu). */
bool trans_LDP(DisasContext *s, arg_ldst_pair *a)
{
    int64_t imm = (int64_t)a->imm << a->sz;
    int ext = a->sign;
    enum ir_width w = ld_width(a->sz, ext);
    ir_temp addr = gen_addr_begin(s, a->rn, a->p ? 0 : imm, false);
    ir_temp v1 = new_tmp(s), v2 = new_tmp(s);

    ir_ld(s->ir, w, v1, addr, 0, ld_memop(a->sz, a->sign));
    ir_ld(s->ir, w, v2, addr, 1 << a->sz, ld_memop(a->sz, a->sign));
    ir_mov(s->ir, w, cpu_reg(s, a->rt), v1);
    ir_mov(s->ir, w, cpu_reg(s, a->rt2), v2);
    if (a->w)
        gen_addr_end(s, a->rn, addr, imm, a->p);
    return true;
}
