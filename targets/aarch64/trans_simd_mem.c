/*
 * trans_simd_mem.c - A64 loads and stores of SIMD&FP registers
 * (a64_simd.decode): LDR/STR/LDUR/STUR/LDP/STP/LDNP/STNP of B, H, S, D, Q
 * in every addressing form, LDR (literal), LD1..LD4/ST1..ST4 (multiple
 * structures), LD1R, and (a64_simd_int2.decode) LD1..LD4/ST1..ST4 of one
 * lane and LD2R..LD4R.  Arm ARM C6.3 (LDR (immediate, SIMD&FP), ...).
 *
 * A V register is two 64-bit halves in env->v[] (trans_simd.h); a load of
 * less than 128 bits zeroes the rest of the register.  LD1/ST1 and LD1R
 * are plain IR; LD2..LD4/ST2..ST4 interleave elements in a helper
 * (helper_simd_ldst_struct).
 */
#include "translate.h"
#include "a64_decode.h"
#include "trans_simd.h"
#include "helper_simd.h"

/* -- V-register access shapes (declared in trans_simd.h) -- */

ir_temp gen_vreg_read64(DisasContext *s, int n, int half)
{
    ir_temp t = new_tmp(s);

    ir_ld_env(s->ir, IR_W64, t, vreg_off(n, half), MO_64);
    return t;
}

void gen_vreg_write64(DisasContext *s, int n, int half, ir_temp v)
{
    ir_st_env(s->ir, IR_W64, v, vreg_off(n, half), MO_64);
}

void gen_vreg_write_scalar(DisasContext *s, int n, ir_temp v, int sz)
{
    static const enum ir_opcode ext[3] = { IR_ext8u, IR_ext16u, IR_ext32u };
    ir_temp t = v;

    if (sz < 3) {
        t = new_tmp(s);
        ir_unop(s->ir, ext[sz], IR_W64, t, v);
    }
    gen_vreg_write64(s, n, 0, t);
    gen_vreg_write64(s, n, 1, tconst(s, 0));
}

void gen_vreg_load(DisasContext *s, int rt, ir_temp addr, int32_t off, int sz)
{
    ir_temp lo = new_tmp(s), hi;

    ir_ld(s->ir, IR_W64, lo, addr, off, sz == 4 ? MO_64 : (enum ir_memop)sz);
    if (sz == 4) {
        hi = new_tmp(s);
        ir_ld(s->ir, IR_W64, hi, addr, off + 8, MO_64);
    } else {
        hi = tconst(s, 0);
    }
    gen_vreg_write64(s, rt, 0, lo);
    gen_vreg_write64(s, rt, 1, hi);
}

void gen_vreg_store(DisasContext *s, int rt, ir_temp addr, int32_t off, int sz)
{
    ir_st(s->ir, IR_W64, gen_vreg_read64(s, rt, 0), addr, off,
          sz == 4 ? MO_64 : (enum ir_memop)sz);
    if (sz == 4)
        ir_st(s->ir, IR_W64, gen_vreg_read64(s, rt, 1), addr, off + 8, MO_64);
}

/* -- single register -- */

static bool gen_vldst_imm(DisasContext *s, arg_vldst_imm *a, bool load,
                          int64_t imm)
{
    ir_temp addr;

    if (!a->w) {
        addr = cpu_reg_sp(s, a->rn);
        if (load)
            gen_vreg_load(s, a->rt, addr, (int32_t)imm, a->vsz);
        else
            gen_vreg_store(s, a->rt, addr, (int32_t)imm, a->vsz);
        return true;
    }
    addr = gen_addr_begin(s, a->rn, imm, a->p);
    if (load)
        gen_vreg_load(s, a->rt, addr, 0, a->vsz);
    else
        gen_vreg_store(s, a->rt, addr, 0, a->vsz);
    gen_addr_end(s, a->rn, addr, imm, a->p);
    return true;
}

bool trans_STR_v_i(DisasContext *s, arg_vldst_imm *a)
{
    return gen_vldst_imm(s, a, false, a->imm);
}

bool trans_LDR_v_i(DisasContext *s, arg_vldst_imm *a)
{
    return gen_vldst_imm(s, a, true, a->imm);
}

bool trans_STR_v_u(DisasContext *s, arg_vldst_imm *a)
{
    return gen_vldst_imm(s, a, false, (int64_t)a->imm << a->vsz);
}

bool trans_LDR_v_u(DisasContext *s, arg_vldst_imm *a)
{
    return gen_vldst_imm(s, a, true, (int64_t)a->imm << a->vsz);
}

bool trans_STR_v_r(DisasContext *s, arg_vldst_reg *a)
{
    ir_temp addr = gen_addr_regoff(s, a->rn, a->rm, a->opt,
                                   a->s ? a->vsz : 0);

    gen_vreg_store(s, a->rt, addr, 0, a->vsz);
    return true;
}

bool trans_LDR_v_r(DisasContext *s, arg_vldst_reg *a)
{
    ir_temp addr = gen_addr_regoff(s, a->rn, a->rm, a->opt,
                                   a->s ? a->vsz : 0);

    gen_vreg_load(s, a->rt, addr, 0, a->vsz);
    return true;
}

bool trans_LDR_v_lit(DisasContext *s, arg_vldst_lit *a)
{
    gen_vreg_load(s, a->rt, tconst(s, s->pc + (int64_t)a->imm), 0, a->vsz);
    return true;
}

/* -- pairs -- */

bool trans_STP_v(DisasContext *s, arg_vldst_pair *a)
{
    int64_t imm = (int64_t)a->imm << a->vsz;
    ir_temp addr = gen_addr_begin(s, a->rn, a->p ? 0 : imm, false);

    gen_vreg_store(s, a->rt, addr, 0, a->vsz);
    gen_vreg_store(s, a->rt2, addr, 1 << a->vsz, a->vsz);
    if (a->w)
        gen_addr_end(s, a->rn, addr, imm, a->p);
    return true;
}

bool trans_LDP_v(DisasContext *s, arg_vldst_pair *a)
{
    int64_t imm = (int64_t)a->imm << a->vsz;
    ir_temp addr = gen_addr_begin(s, a->rn, a->p ? 0 : imm, false);

    gen_vreg_load(s, a->rt, addr, 0, a->vsz);
    gen_vreg_load(s, a->rt2, addr, 1 << a->vsz, a->vsz);
    if (a->w)
        gen_addr_end(s, a->rn, addr, imm, a->p);
    return true;
}

/* -- multiple structures -- */

/* Post-index writeback (p) of the multiple and single structure forms:
 * by the transfer size when rm = 31, else by X[rm]. */
static void gen_post_wback(DisasContext *s, int rn, int rm, bool p,
                           ir_temp addr, int64_t bytes)
{
    ir_temp base = cpu_reg_sp(s, rn);

    if (!p)
        return;
    if (rm == 31)
        ir_add(s->ir, IR_W64, base, addr, tconst(s, (uint64_t)bytes));
    else
        ir_add(s->ir, IR_W64, base, addr, cpu_reg(s, rm));
}

static bool gen_ldst_mult(DisasContext *s, arg_vldst_mult *a, bool load)
{
    int regbytes = a->q ? 16 : 8;
    int64_t bytes = (int64_t)regbytes * a->rpt * a->selem;
    ir_temp addr;

    if (a->selem > 1 && a->size == 3 && !a->q)
        return false;           /* LD2..4 .1D: reserved (C6.3.167) */
    addr = gen_addr_begin(s, a->rn, 0, false);
    if (a->selem > 1) {
        uint32_t desc = simd_desc(load, a->size, a->q) | (uint32_t)a->selem << 16;
        IR_CALL(s->ir, helper_simd_ldst_struct, CALL_NO_READ_GLOBALS |
                CALL_NO_WRITE_GLOBALS, IR_NO_TEMP, s->ir->env, addr,
                tconst(s, (uint64_t)a->rt), tconst(s, desc));
    } else {
        for (int i = 0; i < a->rpt; i++) {
            int r = (a->rt + i) % 32;
            if (load)
                gen_vreg_load(s, r, addr, i * regbytes, a->q ? 4 : 3);
            else
                gen_vreg_store(s, r, addr, i * regbytes, a->q ? 4 : 3);
        }
    }
    gen_post_wback(s, a->rn, a->rm, a->p, addr, bytes);
    return true;
}

bool trans_LD_mult_v(DisasContext *s, arg_vldst_mult *a)
{
    return gen_ldst_mult(s, a, true);
}

bool trans_ST_mult_v(DisasContext *s, arg_vldst_mult *a)
{
    return gen_ldst_mult(s, a, false);
}

/* 0x01 repeated in every element of 1 << size bytes */
uint64_t simd_repl_const(int size)
{
    static const uint64_t k[4] = {
        0x0101010101010101ull, 0x0001000100010001ull,
        0x0000000100000001ull, 1,
    };
    return k[size];
}

bool trans_LD1R_v(DisasContext *s, arg_vldst_mult *a)
{
    ir_temp addr = gen_addr_begin(s, a->rn, 0, false), t = new_tmp(s);

    ir_ld(s->ir, IR_W64, t, addr, 0, (enum ir_memop)a->size);
    ir_mul(s->ir, IR_W64, t, t, tconst(s, simd_repl_const(a->size)));
    gen_vreg_write64(s, a->rt, 0, t);
    gen_vreg_write64(s, a->rt, 1, a->q ? t : tconst(s, 0));
    gen_post_wback(s, a->rn, a->rm, a->p, addr, 1 << a->size);
    return true;
}

/* -- single structure: LD1..LD4 / ST1..ST4 to one lane, LD1R..LD4R
 * (C4.1.88.4-5, a64_simd_int2.decode) -- */

/* The lane: scale (log2 element bytes) and index from Q:S:size, or -1
 * when the encoding is unallocated (Arm ARM C7.2.171 LD1 (single)). */
static int one_lane(arg_vldst_one *a, int *scale)
{
    *scale = a->sc;
    switch (a->sc) {
    case 0:
        return a->q << 3 | a->s << 2 | a->size;
    case 1:
        return a->size & 1 ? -1 : a->q << 2 | a->s << 1 | a->size >> 1;
    default:
        if (a->size & 2)
            return -1;
        if (!(a->size & 1))
            return a->q << 1 | a->s;
        if (a->s)
            return -1;
        *scale = 3;
        return a->q;
    }
}

static bool gen_ldst_one(DisasContext *s, arg_vldst_one *a, bool load)
{
    int scale, index = one_lane(a, &scale), selem = (a->o0 << 1 | a->r) + 1;
    ir_temp addr;

    if (index < 0)
        return false;
    addr = gen_addr_begin(s, a->rn, 0, false);
    for (int k = 0; k < selem; k++) {
        int32_t voff = vreg_off((a->rt + k) % 32, 0) + (index << scale);
        ir_temp t = new_tmp(s);
        if (load) {
            ir_ld(s->ir, IR_W64, t, addr, k << scale, (enum ir_memop)scale);
            ir_st_env(s->ir, IR_W64, t, voff, (enum ir_memop)scale);
        } else {
            ir_ld_env(s->ir, IR_W64, t, voff, (enum ir_memop)scale);
            ir_st(s->ir, IR_W64, t, addr, k << scale, (enum ir_memop)scale);
        }
    }
    gen_post_wback(s, a->rn, a->rm, a->p, addr, (int64_t)selem << scale);
    return true;
}

bool trans_LD_one_v(DisasContext *s, arg_vldst_one *a)
{
    return gen_ldst_one(s, a, true);
}

bool trans_ST_one_v(DisasContext *s, arg_vldst_one *a)
{
    return gen_ldst_one(s, a, false);
}

/* LD2R..LD4R: element k of the structure replicated into V[rt + k] */
bool trans_LD_rep_v(DisasContext *s, arg_vldst_one *a)
{
    int selem = (a->o0 << 1 | a->r) + 1;
    ir_temp addr = gen_addr_begin(s, a->rn, 0, false);

    for (int k = 0; k < selem; k++) {
        ir_temp t = new_tmp(s);
        int r = (a->rt + k) % 32;
        ir_ld(s->ir, IR_W64, t, addr, k << a->size, (enum ir_memop)a->size);
        ir_mul(s->ir, IR_W64, t, t, tconst(s, simd_repl_const(a->size)));
        gen_vreg_write64(s, r, 0, t);
        gen_vreg_write64(s, r, 1, a->q ? t : tconst(s, 0));
    }
    gen_post_wback(s, a->rn, a->rm, a->p, addr, (int64_t)selem << a->size);
    return true;
}
