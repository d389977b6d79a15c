/*
 * groups.c - decodes groups.decode + groups.more.decode: order inside
 * overlap groups, fall-through when trans_ returns false, nested groups.
 */
#include "driver.h"
#include "groups_dec.h"

static void note_logic(const char *name, const arg_logic *a)
{
    note("%s sf=%d shift=%d rm=%d imm6=%d rn=%d rd=%d", name, a->sf,
         a->shift, a->rm, a->imm6, a->rn, a->rd);
}

bool trans_MOV_r(DisasContext *s, arg_mov *a)
{
    (void)s;
    note("MOV_r sf=%d rd=%d rm=%d", a->sf, a->rd, a->rm);
    return a->rd != 31;                 /* refuse: fall through to ORR */
}

bool trans_ORR_w(DisasContext *s, arg_logic *a)
{
    (void)s;
    note_logic("ORR_w", a);
    return a->rn != 30;                 /* refuse: fall through to CATCH */
}

bool trans_ORR_x(DisasContext *s, arg_logic *a)
{
    (void)s;
    note_logic("ORR_x", a);
    return a->rn != 30;
}

bool trans_AND_x(DisasContext *s, arg_logic *a)
{
    (void)s;
    note_logic("AND_x", a);
    return true;
}

bool trans_CATCH(DisasContext *s, arg_CATCH *a)
{
    (void)s;
    note("CATCH sf=%d", a->sf);
    return true;
}

bool trans_DSB_SY(DisasContext *s, arg_DSB_SY *a)
{
    (void)s;
    (void)a;
    note("DSB_SY");
    return false;
}

bool trans_BARRIER(DisasContext *s, arg_BARRIER *a)
{
    (void)s;
    note("BARRIER crm=%d op2=%d", a->crm, a->op2);
    return true;
}

bool trans_NOP(DisasContext *s, arg_NOP *a)
{
    (void)s;
    (void)a;
    note("NOP");
    return true;
}

bool trans_ZERO_A(DisasContext *s, arg_ZERO_A *a)
{
    (void)s;
    (void)a;
    note("ZERO_A");
    return false;
}

bool trans_ZERO_B(DisasContext *s, arg_ZERO_B *a)
{
    (void)s;
    note("ZERO_B low=%d", a->low);
    return a->low != 0;
}

bool trans_ZERO_C(DisasContext *s, arg_ZERO_C *a)
{
    (void)s;
    note("ZERO_C hi=%d lo=%d", a->hi, a->lo);
    return a->hi != 15;
}

static const struct vector vectors[] = {
    { 0xaa0303e1, true, "MOV_r sf=1 rd=1 rm=3" },          /* mov x1, x3 */
    { 0xaa0303ff, true, "MOV_r sf=1 rd=31 rm=3; "
                        "ORR_x sf=1 shift=0 rm=3 imm6=0 rn=31 rd=31" },
    { 0x2a0303ff, true, "MOV_r sf=0 rd=31 rm=3; "
                        "ORR_w sf=0 shift=0 rm=3 imm6=0 rn=31 rd=31" },
    { 0xaa030041, true, "ORR_x sf=1 shift=0 rm=3 imm6=0 rn=2 rd=1" },
    { 0xaa8328a1, true, "ORR_x sf=1 shift=2 rm=3 imm6=10 rn=5 rd=1" },
    { 0xaa0303c1, true, "ORR_x sf=1 shift=0 rm=3 imm6=0 rn=30 rd=1; "
                        "CATCH sf=1" },
    { 0xaa2303e1, true, "CATCH sf=1" },                    /* orn */
    { 0x2a4303e1, true, "ORR_w sf=0 shift=1 rm=3 imm6=0 rn=31 rd=1" },
    { 0x8a030041, true, "AND_x sf=1 shift=0 rm=3 imm6=0 rn=2 rd=1" },
    { 0x0a030041, false, "" },                             /* and w1 */
    { 0xd5033f9f, true, "DSB_SY; BARRIER crm=15 op2=0" },
    { 0xd5033bbf, true, "BARRIER crm=11 op2=1" },          /* dmb ish */
    { 0xd503201f, true, "NOP" },
    { 0xd503203f, false, "" },                             /* yield */
    { 0x00000000, true, "ZERO_A; ZERO_B low=0; ZERO_C hi=0 lo=0" },
    { 0x00000005, true, "ZERO_B low=5" },
    { 0x00000035, true, "ZERO_C hi=3 lo=5" },
    { 0x000000f0, false, "ZERO_C hi=15 lo=0" },
    { 0x00000135, false, "" },
};

int main(void)
{
    return run_vectors(decode_groups, vectors, ARRAY_LEN(vectors));
}
