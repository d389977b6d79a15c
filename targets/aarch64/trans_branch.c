/*
 * trans_branch.c - A64 branches and exception generation (Arm ARM
 * C4.1.87): B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ, BR, BLR, RET, SVC, BRK.
 *
 * Every instruction here ends the block through a gen_* helper of
 * translate.c (direct branches are chained, indirect ones go through
 * the jump cache).  Offsets arrive already scaled by the decoder
 * (branch_offset in dp_fields.c); targets are relative to this
 * instruction's address, s->pc.
 */
#include "translate.h"
#include "a64_decode.h"

static gaddr_t branch_target(DisasContext *s, int offset)
{
    return s->pc + (int64_t)offset;
}

bool trans_B(DisasContext *s, arg_branch *a)
{
    gen_goto(s, 0, branch_target(s, a->imm));
    return true;
}

bool trans_BL(DisasContext *s, arg_branch *a)
{
    ir_movi(s->ir, cpu_reg(s, 30), s->pc_next);
    gen_goto(s, 0, branch_target(s, a->imm));
    return true;
}

bool trans_B_cond(DisasContext *s, arg_bcond *a)
{
    gaddr_t dest = branch_target(s, a->imm);

    if (a->cond >= FC_AL)                   /* B.AL, B.NV: always taken */
        gen_goto(s, 0, dest);
    else
        gen_branch_fcond(s, (enum ir_fcond)a->cond, dest);
    return true;
}

/* CBZ/CBNZ compare the W or X register with zero. */
bool trans_CBZ(DisasContext *s, arg_cbz *a)
{
    gen_branch_cond(s, sf_width(a->sf), IR_EQ, cpu_reg(s, a->rt),
                    tconst(s, 0), branch_target(s, a->imm));
    return true;
}

bool trans_CBNZ(DisasContext *s, arg_cbz *a)
{
    gen_branch_cond(s, sf_width(a->sf), IR_NE, cpu_reg(s, a->rt),
                    tconst(s, 0), branch_target(s, a->imm));
    return true;
}

/* TBZ/TBNZ test bit b5:b40 (bit numbers >= 32 only exist for X). */
bool trans_TBZ(DisasContext *s, arg_tbz *a)
{
    gen_branch_cond(s, IR_W64, IR_TSTEQ, cpu_reg(s, a->rt),
                    tconst(s, 1ull << a->bitpos), branch_target(s, a->imm));
    return true;
}

bool trans_TBNZ(DisasContext *s, arg_tbz *a)
{
    gen_branch_cond(s, IR_W64, IR_TSTNE, cpu_reg(s, a->rt),
                    tconst(s, 1ull << a->bitpos), branch_target(s, a->imm));
    return true;
}

bool trans_BR(DisasContext *s, arg_r *a)
{
    gen_goto_reg(s, cpu_reg(s, a->rn));
    return true;
}

/* BLR: read the target before writing LR (BLR X30 branches to the old X30). */
bool trans_BLR(DisasContext *s, arg_r *a)
{
    ir_temp dest = new_tmp(s);

    ir_mov(s->ir, IR_W64, dest, cpu_reg(s, a->rn));
    ir_movi(s->ir, cpu_reg(s, 30), s->pc_next);
    gen_goto_reg(s, dest);
    return true;
}

bool trans_RET(DisasContext *s, arg_r *a)
{
    gen_goto_reg(s, cpu_reg(s, a->rn));
    return true;
}

/* SVC #imm: Linux ignores the immediate (arch/arm64/kernel/entry-common.c
 * el0_svc), so every SVC is a system call. */
bool trans_SVC(DisasContext *s, arg_i *a)
{
    (void)a;
    gen_syscall(s);
    return true;
}

/* BRK #imm: SIGTRAP (TRAP_BRKPT) in Linux; the immediate goes with the
 * exception for the signal layer and the gdbstub. */
bool trans_BRK(DisasContext *s, arg_i *a)
{
    gen_exception(s, EXCP_BRK, (uint32_t)a->imm);
    return true;
}
