/*
 * fields.c - decodes fields.decode: sign-extended, multi-segment and
 * !function fields, constants, ignored bits, shared argument sets.
 */
#include "driver.h"
#include "fields_dec.h"

int times_scale(DisasContext *s, int x)
{
    return x * s->scale;
}

/* Patterns sharing &rri share the struct type; arg_ADDI is an alias. */
bool trans_ADDI(DisasContext *s, arg_rri *a)
{
    arg_ADDI *same = a;
    (void)s;
    note("ADDI rd=%d rn=%d imm=%d", same->rd, a->rn, a->imm);
    return true;
}

bool trans_SUBI(DisasContext *s, arg_SUBI *a)
{
    (void)s;
    note("SUBI rd=%d rn=%d imm=%d", a->rd, a->rn, a->imm);
    return true;
}

bool trans_BCOND(DisasContext *s, arg_BCOND *a)
{
    (void)s;
    note("BCOND cond=%d off=%d", a->cond, a->off);
    return true;
}

bool trans_ADR(DisasContext *s, arg_ADR *a)
{
    (void)s;
    note("ADR rd=%d imm=%d", a->rd, a->imm);
    return true;
}

bool trans_SPLIT(DisasContext *s, arg_SPLIT *a)
{
    (void)s;
    note("SPLIT v=0x%x", a->v);
    return true;
}

bool trans_HINT(DisasContext *s, arg_HINT *a)
{
    (void)s;
    (void)a;
    note("HINT");
    return true;
}

bool trans_MOVZ_w(DisasContext *s, arg_movw *a)
{
    (void)s;
    note("MOVZ_w sf=%d hw=%d imm=0x%x rd=%d", a->sf, a->hw, a->imm, a->rd);
    return true;
}

bool trans_MOVZ_x(DisasContext *s, arg_movw *a)
{
    (void)s;
    note("MOVZ_x sf=%d hw=%d imm=0x%x rd=%d", a->sf, a->hw, a->imm, a->rd);
    return true;
}

bool trans_CONSTS(DisasContext *s, arg_CONSTS *a)
{
    (void)s;
    note("CONSTS a=%d b=%d c=%d", a->a, a->b, a->c);
    return true;
}

bool trans_SHORT(DisasContext *s, arg_SHORT *a)
{
    (void)s;
    note("SHORT rd=%d", a->rd);
    return a->rd != 7;        /* refuse one encoding */
}

static const struct vector vectors[] = {
    /* add x1, x2, #0x123 */
    { 0x91048c41, false, "" },                  /* not this opcode byte */
    { 0x11048c41, true, "ADDI rd=1 rn=2 imm=291" },
    { 0x113ffc41, true, "ADDI rd=1 rn=2 imm=4095" },
    { 0x123ffc41, true, "SUBI rd=1 rn=2 imm=-1" },
    { 0x12200000, true, "SUBI rd=0 rn=0 imm=-2048" },
    { 0x121ffffe, true, "SUBI rd=30 rn=31 imm=2047" },
    { 0x12400000, false, "" },                  /* bits 23:22 must be 0 */
    /* b.ne .-4: imm19 = -1, scaled by ctx.scale = 4 */
    { 0x54ffffe1, true, "BCOND cond=1 off=-4" },
    { 0x5400002a, true, "BCOND cond=10 off=4" },
    { 0x5400003a, false, "" },                  /* bit 4 must be 0 */
    /* immhi = 0x40000 (most negative), immlo = 3 */
    { 0x70800005, true, "ADR rd=5 imm=-1048573" },
    { 0x10000020, true, "ADR rd=0 imm=4" },
    { 0x3000001f, true, "ADR rd=31 imm=1" },
    { 0xf0f66a5b, true, "SPLIT v=0x6ab" },
    { 0xf0fe6c5f, true, "SPLIT v=0xecf" },
    { 0xf0fe6c4f, false, "" },
    { 0xd503201f, true, "HINT" },
    { 0xd5032fff, true, "HINT" },               /* '-' bits are ignored */
    { 0xd503200f, false, "" },
    { 0x52a00020, true, "MOVZ_w sf=0 hw=1 imm=0x1 rd=0" },
    { 0xd2fffffe, true, "MOVZ_x sf=1 hw=3 imm=0xffff rd=30" },
    { 0xfffffe00, true, "CONSTS a=-5 b=2147483647 c=-2147483648" },
    { 0xfffffe01, false, "" },
    { 0xffffffe3, true, "SHORT rd=3" },
    { 0xffffffe7, false, "SHORT rd=7" },
    { 0x00000000, false, "" },
};

int main(void)
{
    return run_vectors(decode_fields, vectors, ARRAY_LEN(vectors));
}
