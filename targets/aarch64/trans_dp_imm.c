/*
 * trans_dp_imm.c - A64 "Data Processing -- Immediate" (Arm ARM C4.1.86):
 * ADR/ADRP, ADD/SUB (immediate), logical (immediate), move wide,
 * bitfield (SBFM/BFM/UBFM and all their aliases) and EXTR.
 *
 * Register 31 is SP for the destination of ADD/SUB (immediate) and of the
 * non-flag-setting logical immediates, and for the first source of
 * ADD/SUB (immediate); it is XZR everywhere else (Arm ARM C1.2.5).
 */
#include "translate.h"
#include "a64_decode.h"
#include "dp_fields.h"
#include "trans_dp.h"

static unsigned datasize(int sf)
{
    return sf ? 64 : 32;
}

/* -- PC-relative addressing (C6.2.10, C6.2.11) -- */

bool trans_ADR(DisasContext *s, arg_pcrel *a)
{
    ir_movi(s->ir, cpu_reg(s, a->rd), s->pc + (int64_t)a->imm);
    return true;
}

bool trans_ADRP(DisasContext *s, arg_pcrel *a)
{
    gaddr_t page = s->pc & ~(gaddr_t)0xfff;

    ir_movi(s->ir, cpu_reg(s, a->rd), page + ((uint64_t)(int64_t)a->imm << 12));
    return true;
}

/* -- Add/subtract (immediate) -- */

static bool gen_add_sub_imm(DisasContext *s, arg_addsub_i *a, bool sub,
                            bool setflags)
{
    /* Rd is SP unless the flags are set (then XZR: CMP, CMN). */
    ir_temp d = setflags ? cpu_reg(s, a->rd) : cpu_reg_sp(s, a->rd);

    gen_add_sub(s, sf_width(a->sf), d, cpu_reg_sp(s, a->rn),
                tconst(s, (uint64_t)a->imm), sub, setflags);
    return true;
}

bool trans_ADD_i(DisasContext *s, arg_addsub_i *a)
{
    return gen_add_sub_imm(s, a, false, false);
}

bool trans_ADDS_i(DisasContext *s, arg_addsub_i *a)
{
    return gen_add_sub_imm(s, a, false, true);
}

bool trans_SUB_i(DisasContext *s, arg_addsub_i *a)
{
    return gen_add_sub_imm(s, a, true, false);
}

bool trans_SUBS_i(DisasContext *s, arg_addsub_i *a)
{
    return gen_add_sub_imm(s, a, true, true);
}

/* -- Logical (immediate): the immediate is DecodeBitMasks' wmask -- */

static bool gen_logic_imm(DisasContext *s, arg_bitimm *a, enum ir_opcode opc)
{
    uint64_t wmask, tmask;
    enum ir_width w = sf_width(a->sf);

    if (!decode_bit_masks(a->n, a->imms, a->immr, true, datasize(a->sf),
                          &wmask, &tmask))
        return false;                       /* reserved immediate */
    if (opc == IR_and_f) {
        /* ANDS/TST: Rd is XZR; N, Z from the result, C = V = 0. */
        ir_flag_binop(s->ir, IR_and_f, w, cpu_reg(s, a->rd),
                      cpu_reg(s, a->rn), tconst(s, wmask));
        gen_flags_set(s);
    } else {
        ir_binop(s->ir, opc, w, cpu_reg_sp(s, a->rd), cpu_reg(s, a->rn),
                 tconst(s, wmask));
    }
    return true;
}

bool trans_AND_i(DisasContext *s, arg_bitimm *a)
{
    return gen_logic_imm(s, a, IR_and);
}

bool trans_ORR_i(DisasContext *s, arg_bitimm *a)
{
    return gen_logic_imm(s, a, IR_or);
}

bool trans_EOR_i(DisasContext *s, arg_bitimm *a)
{
    return gen_logic_imm(s, a, IR_xor);
}

bool trans_ANDS_i(DisasContext *s, arg_bitimm *a)
{
    return gen_logic_imm(s, a, IR_and_f);
}

/* -- Move wide (immediate), C6.2.190-192.  The decoder has refused
 * hw >= 2 for the 32-bit forms. -- */

static uint64_t width_mask(int sf)
{
    return sf ? ~0ull : 0xffffffffull;
}

bool trans_MOVZ(DisasContext *s, arg_movw *a)
{
    ir_movi(s->ir, cpu_reg(s, a->rd), (uint64_t)a->imm << (16 * a->hw));
    return true;
}

bool trans_MOVN(DisasContext *s, arg_movw *a)
{
    uint64_t v = ~((uint64_t)a->imm << (16 * a->hw)) & width_mask(a->sf);

    ir_movi(s->ir, cpu_reg(s, a->rd), v);
    return true;
}

bool trans_MOVK(DisasContext *s, arg_movw *a)
{
    ir_temp d = cpu_reg(s, a->rd);

    /* A 32-bit deposit zero-extends: MOVK Wd clears Xd<63:32>. */
    ir_deposit(s->ir, sf_width(a->sf), d, d, tconst(s, (uint64_t)a->imm),
               16 * a->hw, 16);
    return true;
}

/* -- Bitfield (C6.2.29 BFM, C6.2.265 SBFM, C6.2.366 UBFM).
 *
 * With R = immr, S = imms, the pseudocode's wmask/tmask reduce to two
 * cases (the decoder has already refused N != sf and R, S >= 32 for W):
 *   S >= R: the field src<S:R> (len S-R+1) moves to bit 0
 *           (SBFX/UBFX/BFXIL, and ASR/LSR when it reaches the top bit);
 *   S <  R: the field src<S:0> (len S+1) moves to bit datasize-R
 *           (SBFIZ/UBFIZ/BFI, and LSL when it reaches the top bit).
 * SBFM fills the bits above the field with its top bit, UBFM with zeros;
 * BFM keeps the destination's other bits. -- */

bool trans_SBFM(DisasContext *s, arg_bitfield *a)
{
    struct ir_block *ir = s->ir;
    enum ir_width w = sf_width(a->sf);
    unsigned bits = datasize(a->sf), r = a->immr, sv = a->imms;
    ir_temp d = cpu_reg(s, a->rd), n = cpu_reg(s, a->rn);

    if (sv >= r) {
        unsigned len = sv - r + 1;

        if (r + len == bits)
            ir_sar(ir, w, d, n, tconst(s, r));              /* ASR */
        else
            ir_sextract(ir, w, d, n, r, len);               /* SBFX, SXT* */
    } else {
        ir_temp t = new_tmp(s);

        ir_sextract(ir, w, t, n, 0, sv + 1);                /* SBFIZ */
        ir_shl(ir, w, d, t, tconst(s, bits - r));
    }
    return true;
}

bool trans_UBFM(DisasContext *s, arg_bitfield *a)
{
    struct ir_block *ir = s->ir;
    enum ir_width w = sf_width(a->sf);
    unsigned bits = datasize(a->sf), r = a->immr, sv = a->imms;
    ir_temp d = cpu_reg(s, a->rd), n = cpu_reg(s, a->rn);

    if (sv >= r) {
        unsigned len = sv - r + 1;

        if (r + len == bits)
            ir_shr(ir, w, d, n, tconst(s, r));              /* LSR */
        else
            ir_extract(ir, w, d, n, r, len);                /* UBFX, UXT* */
    } else {
        unsigned pos = bits - r, len = sv + 1;

        if (pos + len == bits) {
            ir_shl(ir, w, d, n, tconst(s, pos));            /* LSL */
        } else {
            ir_temp t = new_tmp(s);

            ir_extract(ir, w, t, n, 0, len);                /* UBFIZ */
            ir_shl(ir, w, d, t, tconst(s, pos));
        }
    }
    return true;
}

bool trans_BFM(DisasContext *s, arg_bitfield *a)
{
    struct ir_block *ir = s->ir;
    enum ir_width w = sf_width(a->sf);
    unsigned bits = datasize(a->sf), r = a->immr, sv = a->imms;
    ir_temp d = cpu_reg(s, a->rd), n = cpu_reg(s, a->rn);

    if (sv >= r) {
        ir_temp t = new_tmp(s);

        ir_shr(ir, w, t, n, tconst(s, r));                  /* BFXIL */
        ir_deposit(ir, w, d, d, t, 0, sv - r + 1);
    } else {
        ir_deposit(ir, w, d, d, n, bits - r, sv + 1);       /* BFI */
    }
    return true;
}

/* -- EXTR (C6.2.90): (Rn:Rm) >> lsb; ROR (immediate) when Rn == Rm -- */

bool trans_EXTR(DisasContext *s, arg_extract *a)
{
    struct ir_block *ir = s->ir;
    enum ir_width w = sf_width(a->sf);
    ir_temp d = cpu_reg(s, a->rd), n = cpu_reg(s, a->rn), m = cpu_reg(s, a->rm);

    if (a->lsb == 0) {
        ir_mov(ir, w, d, m);
    } else if (a->rn == a->rm) {
        ir_binop(ir, IR_rotr, w, d, m, tconst(s, (uint64_t)a->lsb));
    } else {
        ir_temp lo = new_tmp(s), hi = new_tmp(s);

        ir_shr(ir, w, lo, m, tconst(s, (uint64_t)a->lsb));
        ir_shl(ir, w, hi, n, tconst(s, datasize(a->sf) - (unsigned)a->lsb));
        ir_or(ir, w, d, hi, lo);
    }
    return true;
}
