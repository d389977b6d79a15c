/*
 * trans_dp_reg.c - A64 "Data Processing -- Register" (Arm ARM C4.1.89):
 * logical and add/subtract (shifted and extended register), add/subtract
 * with carry, conditional compare and select, and the 1-, 2- and
 * 3-source groups (bit operations, divide, variable shifts, CRC32,
 * multiply-add and the high multiplies).
 *
 * Register 31 is XZR in every operand here except the extended-register
 * ADD/SUB, where Rn and (without S) Rd are SP (Arm ARM C6.2.3).
 */
#include "translate.h"
#include "hwcap.h"
#include "a64_decode.h"
#include "helper_int.h"
#include "trans_dp.h"

#define CALL_INT_PURE (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS | CALL_PURE)

void gen_add_sub(DisasContext *s, enum ir_width w, ir_temp d, ir_temp n,
                 ir_temp m, bool sub, bool setflags)
{
    if (setflags) {
        ir_flag_binop(s->ir, sub ? IR_sub_f : IR_add_f, w, d, n, m);
        gen_flags_set(s);
    } else {
        ir_binop(s->ir, sub ? IR_sub : IR_add, w, d, n, m);
    }
}

/* -- Operand shapes -- */

/* Rm shifted by a constant: shift is the encoding's LSL, LSR, ASR, ROR. */
static ir_temp gen_shifted_reg(DisasContext *s, enum ir_width w, int rm,
                               int shift, int amount)
{
    static const enum ir_opcode ops[4] = { IR_shl, IR_shr, IR_sar, IR_rotr };
    ir_temp t;

    if (amount == 0)
        return cpu_reg(s, rm);
    t = new_tmp(s);
    ir_binop(s->ir, ops[shift & 3], w, t, cpu_reg(s, rm),
             tconst(s, (uint64_t)amount));
    return t;
}

/* ExtendReg (Arm ARM J1): Rm extended by option (UXTB .. SXTX), then
 * shifted left by 0..4, as a 64-bit value. */
static ir_temp gen_extended_reg(DisasContext *s, int rm, int option, int shift)
{
    static const enum ir_opcode ext[8] = {
        IR_ext8u, IR_ext16u, IR_ext32u, IR_mov,
        IR_ext8s, IR_ext16s, IR_ext32s, IR_mov,
    };
    ir_temp t;

    if ((option & 3) == 3 && shift == 0)
        return cpu_reg(s, rm);              /* UXTX/SXTX/LSL #0 */
    t = new_tmp(s);
    if ((option & 3) == 3)
        ir_mov(s->ir, IR_W64, t, cpu_reg(s, rm));
    else
        ir_unop(s->ir, ext[option & 7], IR_W64, t, cpu_reg(s, rm));
    if (shift)
        ir_shl(s->ir, IR_W64, t, t, tconst(s, (uint64_t)shift));
    return t;
}

/* -- Logical (shifted register), C6.2.13 AND ... C6.2.31 BICS -- */

static bool gen_logic_reg(DisasContext *s, arg_shift_r *a, enum ir_opcode opc)
{
    enum ir_width w = sf_width(a->sf);
    ir_temp m = gen_shifted_reg(s, w, a->rm, a->shift, a->imm);

    ir_binop(s->ir, opc, w, cpu_reg(s, a->rd), cpu_reg(s, a->rn), m);
    return true;
}

/* ANDS/BICS/TST: N, Z from the result, C = V = 0. */
static bool gen_logic_reg_flags(DisasContext *s, arg_shift_r *a, bool invert)
{
    enum ir_width w = sf_width(a->sf);
    ir_temp m = gen_shifted_reg(s, w, a->rm, a->shift, a->imm);

    if (invert) {
        ir_temp t = new_tmp(s);

        ir_unop(s->ir, IR_not, w, t, m);
        m = t;
    }
    ir_flag_binop(s->ir, IR_and_f, w, cpu_reg(s, a->rd), cpu_reg(s, a->rn), m);
    gen_flags_set(s);
    return true;
}

bool trans_AND_r(DisasContext *s, arg_shift_r *a)
{
    return gen_logic_reg(s, a, IR_and);
}

bool trans_BIC_r(DisasContext *s, arg_shift_r *a)
{
    return gen_logic_reg(s, a, IR_andc);
}

bool trans_ORR_r(DisasContext *s, arg_shift_r *a)
{
    return gen_logic_reg(s, a, IR_or);      /* also MOV (register) */
}

bool trans_ORN_r(DisasContext *s, arg_shift_r *a)
{
    return gen_logic_reg(s, a, IR_orc);     /* also MVN */
}

bool trans_EOR_r(DisasContext *s, arg_shift_r *a)
{
    return gen_logic_reg(s, a, IR_xor);
}

bool trans_EON_r(DisasContext *s, arg_shift_r *a)
{
    return gen_logic_reg(s, a, IR_eqv);
}

bool trans_ANDS_r(DisasContext *s, arg_shift_r *a)
{
    return gen_logic_reg_flags(s, a, false);
}

bool trans_BICS_r(DisasContext *s, arg_shift_r *a)
{
    return gen_logic_reg_flags(s, a, true);
}

/* -- Add/subtract (shifted register), C6.2.5 ADD ... -- */

static bool gen_add_sub_shifted(DisasContext *s, arg_shift_r *a, bool sub,
                                bool setflags)
{
    enum ir_width w = sf_width(a->sf);

    if (a->shift == 3)
        return false;                       /* ROR is reserved here */
    gen_add_sub(s, w, cpu_reg(s, a->rd), cpu_reg(s, a->rn),
                gen_shifted_reg(s, w, a->rm, a->shift, a->imm), sub, setflags);
    return true;
}

bool trans_ADD_r(DisasContext *s, arg_shift_r *a)
{
    return gen_add_sub_shifted(s, a, false, false);
}

bool trans_ADDS_r(DisasContext *s, arg_shift_r *a)
{
    return gen_add_sub_shifted(s, a, false, true);
}

bool trans_SUB_r(DisasContext *s, arg_shift_r *a)
{
    return gen_add_sub_shifted(s, a, true, false);   /* also NEG */
}

bool trans_SUBS_r(DisasContext *s, arg_shift_r *a)
{
    return gen_add_sub_shifted(s, a, true, true);    /* also CMP, NEGS */
}

/* -- Add/subtract (extended register), C6.2.3 -- */

static bool gen_add_sub_ext(DisasContext *s, arg_addsub_x *a, bool sub,
                            bool setflags)
{
    ir_temp d = setflags ? cpu_reg(s, a->rd) : cpu_reg_sp(s, a->rd);

    if (a->imm > 4)
        return false;                       /* shift amount 5..7 reserved */
    gen_add_sub(s, sf_width(a->sf), d, cpu_reg_sp(s, a->rn),
                gen_extended_reg(s, a->rm, a->option, a->imm), sub, setflags);
    return true;
}

bool trans_ADD_x(DisasContext *s, arg_addsub_x *a)
{
    return gen_add_sub_ext(s, a, false, false);
}

bool trans_ADDS_x(DisasContext *s, arg_addsub_x *a)
{
    return gen_add_sub_ext(s, a, false, true);
}

bool trans_SUB_x(DisasContext *s, arg_addsub_x *a)
{
    return gen_add_sub_ext(s, a, true, false);
}

bool trans_SUBS_x(DisasContext *s, arg_addsub_x *a)
{
    return gen_add_sub_ext(s, a, true, true);
}

/* -- Add/subtract with carry, C6.2.1 ADC ... C6.2.268 SBCS -- */

static bool gen_adc_sbc(DisasContext *s, arg_rrr *a, enum ir_opcode opc,
                        bool setflags)
{
    gen_flags_use(s);
    ir_flag_binop(s->ir, opc, sf_width(a->sf), cpu_reg(s, a->rd),
                  cpu_reg(s, a->rn), cpu_reg(s, a->rm));
    if (setflags)
        gen_flags_set(s);
    return true;
}

bool trans_ADC(DisasContext *s, arg_rrr *a)
{
    return gen_adc_sbc(s, a, IR_adc, false);
}

bool trans_ADCS(DisasContext *s, arg_rrr *a)
{
    return gen_adc_sbc(s, a, IR_adc_f, true);
}

bool trans_SBC(DisasContext *s, arg_rrr *a)
{
    return gen_adc_sbc(s, a, IR_sbc, false);        /* also NGC */
}

bool trans_SBCS(DisasContext *s, arg_rrr *a)
{
    return gen_adc_sbc(s, a, IR_sbc_f, true);       /* also NGCS */
}

/* -- Conditional compare, C6.2.49 CCMN ... C6.2.52 CCMP -- */

static bool gen_ccmp(DisasContext *s, int sf, int rn, ir_temp m, int cond,
                     int nzcv, bool is_cmn)
{
    enum ir_width w = sf_width(sf);

    if (cond >= FC_AL) {
        /* AL and NV both hold in A64 (ConditionHolds): a plain compare. */
        ir_flag_binop(s->ir, is_cmn ? IR_add_f : IR_sub_f, w, new_tmp(s),
                      cpu_reg(s, rn), m);
    } else {
        gen_flags_use(s);
        ir_ccmp_f(s->ir, w, cpu_reg(s, rn), m, (enum ir_fcond)cond,
                  (unsigned)nzcv, is_cmn);
    }
    gen_flags_set(s);
    return true;
}

bool trans_CCMN_r(DisasContext *s, arg_ccmp *a)
{
    return gen_ccmp(s, a->sf, a->rn, cpu_reg(s, a->rm), a->cond, a->nzcv, true);
}

bool trans_CCMP_r(DisasContext *s, arg_ccmp *a)
{
    return gen_ccmp(s, a->sf, a->rn, cpu_reg(s, a->rm), a->cond, a->nzcv, false);
}

bool trans_CCMN_i(DisasContext *s, arg_ccmp_i *a)
{
    return gen_ccmp(s, a->sf, a->rn, tconst(s, (uint64_t)a->imm), a->cond,
                    a->nzcv, true);
}

bool trans_CCMP_i(DisasContext *s, arg_ccmp_i *a)
{
    return gen_ccmp(s, a->sf, a->rn, tconst(s, (uint64_t)a->imm), a->cond,
                    a->nzcv, false);
}

/* -- Conditional select, C6.2.69 CSEL ... C6.2.75 CSNEG:
 * Rd = cond ? Rn : op(Rm), op = identity, +1, NOT, negate. -- */

static bool gen_csel(DisasContext *s, arg_csel *a, enum ir_opcode op)
{
    struct ir_block *ir = s->ir;
    enum ir_width w = sf_width(a->sf);
    ir_temp d = cpu_reg(s, a->rd), alt = cpu_reg(s, a->rm);

    if (a->cond >= FC_AL) {                 /* AL, NV: always Rn */
        ir_mov(ir, w, d, cpu_reg(s, a->rn));
        return true;
    }
    if (op != IR_mov) {
        alt = new_tmp(s);
        if (op == IR_add)
            ir_add(ir, w, alt, cpu_reg(s, a->rm), tconst(s, 1));
        else
            ir_unop(ir, op, w, alt, cpu_reg(s, a->rm));
    }
    gen_flags_use(s);
    ir_movcond_f(ir, w, (enum ir_fcond)a->cond, d, cpu_reg(s, a->rn), alt);
    return true;
}

bool trans_CSEL(DisasContext *s, arg_csel *a)
{
    return gen_csel(s, a, IR_mov);
}

bool trans_CSINC(DisasContext *s, arg_csel *a)
{
    return gen_csel(s, a, IR_add);          /* also CINC, CSET */
}

bool trans_CSINV(DisasContext *s, arg_csel *a)
{
    return gen_csel(s, a, IR_not);          /* also CINV, CSETM */
}

bool trans_CSNEG(DisasContext *s, arg_csel *a)
{
    return gen_csel(s, a, IR_neg);          /* also CNEG */
}

/* -- Data-processing (2 source) -- */

static bool gen_rrr(DisasContext *s, arg_rrr *a, enum ir_opcode opc)
{
    ir_binop(s->ir, opc, sf_width(a->sf), cpu_reg(s, a->rd),
             cpu_reg(s, a->rn), cpu_reg(s, a->rm));
    return true;
}

/* IR divs/divu give the A64 results: x / 0 = 0, INT_MIN / -1 = INT_MIN. */
bool trans_UDIV(DisasContext *s, arg_rrr *a)
{
    return gen_rrr(s, a, IR_divu);
}

bool trans_SDIV(DisasContext *s, arg_rrr *a)
{
    return gen_rrr(s, a, IR_divs);
}

/* The IR shifts take the count modulo the width, as A64 does
 * (ShiftReg with UInt(Rm) MOD datasize). */
bool trans_LSLV(DisasContext *s, arg_rrr *a)
{
    return gen_rrr(s, a, IR_shl);
}

bool trans_LSRV(DisasContext *s, arg_rrr *a)
{
    return gen_rrr(s, a, IR_shr);
}

bool trans_ASRV(DisasContext *s, arg_rrr *a)
{
    return gen_rrr(s, a, IR_sar);
}

bool trans_RORV(DisasContext *s, arg_rrr *a)
{
    return gen_rrr(s, a, IR_rotr);
}

static bool gen_crc(DisasContext *s, arg_crc *a, bool castagnoli)
{
    ir_temp t = new_tmp(s);
    ir_temp n = cpu_reg(s, a->rn), m = cpu_reg(s, a->rm);
    ir_temp bytes = tconst(s, 1u << a->sz);

    if (!a64_has(s, A64_F_CRC32))       /* the CPU model lacks CRC32 */
        return false;
    if (castagnoli)
        IR_CALL(s->ir, helper_crc32c, CALL_INT_PURE, t, n, m, bytes);
    else
        IR_CALL(s->ir, helper_crc32, CALL_INT_PURE, t, n, m, bytes);
    ir_mov(s->ir, IR_W32, cpu_reg(s, a->rd), t);
    return true;
}

bool trans_CRC32(DisasContext *s, arg_crc *a)
{
    return gen_crc(s, a, false);
}

bool trans_CRC32C(DisasContext *s, arg_crc *a)
{
    return gen_crc(s, a, true);
}

/* -- Data-processing (1 source) -- */

bool trans_RBIT(DisasContext *s, arg_rr *a)
{
    ir_temp t = new_tmp(s), d = cpu_reg(s, a->rd);

    IR_CALL(s->ir, helper_rbit, CALL_INT_PURE, t, cpu_reg(s, a->rn));
    if (a->sf)
        ir_mov(s->ir, IR_W64, d, t);
    else
        ir_shr(s->ir, IR_W64, d, t, tconst(s, 32));
    return true;
}

/* REV16: swap the bytes of every halfword. */
bool trans_REV16(DisasContext *s, arg_rr *a)
{
    struct ir_block *ir = s->ir;
    enum ir_width w = sf_width(a->sf);
    ir_temp mask = tconst(s, a->sf ? 0x00ff00ff00ff00ffull : 0x00ff00ffull);
    ir_temp hi = new_tmp(s), lo = new_tmp(s), n = cpu_reg(s, a->rn);

    ir_shr(ir, w, hi, n, tconst(s, 8));
    ir_and(ir, w, hi, hi, mask);
    ir_and(ir, w, lo, n, mask);
    ir_shl(ir, w, lo, lo, tconst(s, 8));
    ir_or(ir, w, cpu_reg(s, a->rd), hi, lo);
    return true;
}

/* REV32 (64-bit only): swap the bytes of each word = bswap64, ror 32. */
bool trans_REV32(DisasContext *s, arg_rr *a)
{
    ir_temp t = new_tmp(s);

    ir_unop(s->ir, IR_bswap, IR_W64, t, cpu_reg(s, a->rn));
    ir_binop(s->ir, IR_rotr, IR_W64, cpu_reg(s, a->rd), t, tconst(s, 32));
    return true;
}

bool trans_REV(DisasContext *s, arg_rr *a)
{
    ir_unop(s->ir, IR_bswap, sf_width(a->sf), cpu_reg(s, a->rd),
            cpu_reg(s, a->rn));
    return true;
}

bool trans_CLZ(DisasContext *s, arg_rr *a)
{
    ir_unop(s->ir, IR_clz, sf_width(a->sf), cpu_reg(s, a->rd),
            cpu_reg(s, a->rn));
    return true;
}

/* CLS = CountLeadingZeroBits(x<N-1:1> EOR x<N-2:0>) (C6.2.57), computed
 * as clz(x EOR (x ASR 1)) - 1: the top bit of the EOR is always 0, and
 * clz(0) = N gives N-1 for 0 and all-ones. */
bool trans_CLS(DisasContext *s, arg_rr *a)
{
    struct ir_block *ir = s->ir;
    enum ir_width w = sf_width(a->sf);
    ir_temp t = new_tmp(s), n = cpu_reg(s, a->rn);

    ir_sar(ir, w, t, n, tconst(s, 1));
    ir_xor(ir, w, t, t, n);
    ir_unop(ir, IR_clz, w, t, t);
    ir_sub(ir, w, cpu_reg(s, a->rd), t, tconst(s, 1));
    return true;
}

/* -- Data-processing (3 source) -- */

/* Rd = Ra +/- Rn * Rm; ext widens W sources for the long forms. */
static bool gen_mul_add(DisasContext *s, enum ir_width w, int rd, int ra,
                        ir_temp n, ir_temp m, bool sub)
{
    ir_temp t = new_tmp(s);

    ir_mul(s->ir, w, t, n, m);
    ir_binop(s->ir, sub ? IR_sub : IR_add, w, cpu_reg(s, rd), cpu_reg(s, ra), t);
    return true;
}

static ir_temp gen_widen(DisasContext *s, int r, bool is_signed)
{
    ir_temp t = new_tmp(s);

    ir_unop(s->ir, is_signed ? IR_ext32s : IR_ext32u, IR_W64, t, cpu_reg(s, r));
    return t;
}

bool trans_MADD(DisasContext *s, arg_rrrr *a)
{
    return gen_mul_add(s, sf_width(a->sf), a->rd, a->ra, cpu_reg(s, a->rn),
                       cpu_reg(s, a->rm), false);   /* also MUL */
}

bool trans_MSUB(DisasContext *s, arg_rrrr *a)
{
    return gen_mul_add(s, sf_width(a->sf), a->rd, a->ra, cpu_reg(s, a->rn),
                       cpu_reg(s, a->rm), true);    /* also MNEG */
}

bool trans_SMADDL(DisasContext *s, arg_rrrr *a)
{
    return gen_mul_add(s, IR_W64, a->rd, a->ra, gen_widen(s, a->rn, true),
                       gen_widen(s, a->rm, true), false);
}

bool trans_SMSUBL(DisasContext *s, arg_rrrr *a)
{
    return gen_mul_add(s, IR_W64, a->rd, a->ra, gen_widen(s, a->rn, true),
                       gen_widen(s, a->rm, true), true);
}

bool trans_UMADDL(DisasContext *s, arg_rrrr *a)
{
    return gen_mul_add(s, IR_W64, a->rd, a->ra, gen_widen(s, a->rn, false),
                       gen_widen(s, a->rm, false), false);
}

bool trans_UMSUBL(DisasContext *s, arg_rrrr *a)
{
    return gen_mul_add(s, IR_W64, a->rd, a->ra, gen_widen(s, a->rn, false),
                       gen_widen(s, a->rm, false), true);
}

bool trans_SMULH(DisasContext *s, arg_rrr *a)
{
    return gen_rrr(s, a, IR_mulsh);
}

bool trans_UMULH(DisasContext *s, arg_rrr *a)
{
    return gen_rrr(s, a, IR_muluh);
}
