/*
 * trans_simd.c - A64 Advanced SIMD: moves between registers (FMOV general,
 * DUP, INS, UMOV, SMOV), modified immediates, EXT, and the integer vector
 * operations of a64_simd.decode (through helper_simd.c).
 *
 * Each trans_ checks the element-size/Q combinations the Arm ARM marks
 * reserved for that instruction (returns false: SIGILL), then emits IR or
 * one helper call.  Moves are plain ld_env/st_env on env->v[].
 */
#include "translate.h"
#include "a64_decode.h"
#include "trans_simd.h"
#include "helper_simd.h"

#define NO_GLOBALS (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS)

int simd_plus_64(DisasContext *s, int x)
{
    (void)s;
    return x + 64;
}

/* -- FMOV between general and SIMD&FP registers (C6.3.127) -- */

bool trans_FMOV_ws(DisasContext *s, arg_fp_gen *a)
{
    ir_ld_env(s->ir, IR_W32, cpu_reg(s, a->rd), vreg_off(a->rn, 0), MO_32);
    return true;
}

bool trans_FMOV_sw(DisasContext *s, arg_fp_gen *a)
{
    gen_vreg_write_scalar(s, a->rd, cpu_reg(s, a->rn), 2);
    return true;
}

bool trans_FMOV_xd(DisasContext *s, arg_fp_gen *a)
{
    ir_ld_env(s->ir, IR_W64, cpu_reg(s, a->rd), vreg_off(a->rn, 0), MO_64);
    return true;
}

bool trans_FMOV_dx(DisasContext *s, arg_fp_gen *a)
{
    gen_vreg_write_scalar(s, a->rd, cpu_reg(s, a->rn), 3);
    return true;
}

bool trans_FMOV_xv1(DisasContext *s, arg_fp_gen *a)
{
    ir_ld_env(s->ir, IR_W64, cpu_reg(s, a->rd), vreg_off(a->rn, 1), MO_64);
    return true;
}

bool trans_FMOV_v1x(DisasContext *s, arg_fp_gen *a)
{
    gen_vreg_write64(s, a->rd, 1, cpu_reg(s, a->rn));   /* d[0] kept */
    return true;
}

/* -- element moves: DUP, INS, UMOV, SMOV (C6.3.65 ...) -- */

/* Element size from imm5 (lowest set bit); -1 if reserved. */
static int copy_size(int imm5)
{
    return (imm5 & 0xf) ? __builtin_ctz((unsigned)imm5) : -1;
}

static int32_t elem_off(int reg, int index, int size)
{
    return vreg_off(reg, 0) + (index << size);
}

/* Replicate the low 1 << size bytes of v into both halves of V[rd]. */
static void gen_dup_value(DisasContext *s, int rd, ir_temp v, int size, int q)
{
    static const enum ir_opcode ext[3] = { IR_ext8u, IR_ext16u, IR_ext32u };
    ir_temp t = new_tmp(s);

    if (size < 3) {
        ir_unop(s->ir, ext[size], IR_W64, t, v);
        ir_mul(s->ir, IR_W64, t, t, tconst(s, simd_repl_const(size)));
    } else {
        ir_mov(s->ir, IR_W64, t, v);
    }
    gen_vreg_write64(s, rd, 0, t);
    gen_vreg_write64(s, rd, 1, q ? t : tconst(s, 0));
}

static ir_temp gen_elem_read(DisasContext *s, int rn, int imm5, int size,
                             bool sign)
{
    ir_temp t = new_tmp(s);
    int index = imm5 >> (size + 1);

    ir_ld_env(s->ir, IR_W64, t, elem_off(rn, index, size),
              (enum ir_memop)(size | (sign ? MO_SIGN : 0)));
    return t;
}

bool trans_DUP_elem_v(DisasContext *s, arg_simd_copy *a)
{
    int size = copy_size(a->imm5);

    if (size < 0 || (size == 3 && !a->q))
        return false;
    gen_dup_value(s, a->rd, gen_elem_read(s, a->rn, a->imm5, size, false),
                  size, a->q);
    return true;
}

bool trans_DUP_gen_v(DisasContext *s, arg_simd_copy *a)
{
    int size = copy_size(a->imm5);

    if (size < 0 || (size == 3 && !a->q))
        return false;
    gen_dup_value(s, a->rd, cpu_reg(s, a->rn), size, a->q);
    return true;
}

/* DUP (element, scalar), alias MOV <V>d, Vn.<T>[index] */
bool trans_DUP_elem_s(DisasContext *s, arg_simd_copy *a)
{
    int size = copy_size(a->imm5);

    if (size < 0)
        return false;
    gen_vreg_write_scalar(s, a->rd,
                          gen_elem_read(s, a->rn, a->imm5, size, false), 3);
    return true;
}

bool trans_UMOV_v(DisasContext *s, arg_simd_copy *a)
{
    int size = copy_size(a->imm5);

    if (size < 0 || (a->q ? size != 3 : size == 3))
        return false;
    ir_ld_env(s->ir, a->q ? IR_W64 : IR_W32, cpu_reg(s, a->rd),
              elem_off(a->rn, a->imm5 >> (size + 1), size), (enum ir_memop)size);
    return true;
}

bool trans_SMOV_v(DisasContext *s, arg_simd_copy *a)
{
    int size = copy_size(a->imm5);

    if (size < 0 || size > (a->q ? 2 : 1))
        return false;
    ir_ld_env(s->ir, a->q ? IR_W64 : IR_W32, cpu_reg(s, a->rd),
              elem_off(a->rn, a->imm5 >> (size + 1), size),
              (enum ir_memop)(size | MO_SIGN));
    return true;
}

bool trans_INS_gen_v(DisasContext *s, arg_simd_copy *a)
{
    int size = copy_size(a->imm5);

    if (size < 0)
        return false;
    ir_st_env(s->ir, IR_W64, cpu_reg(s, a->rn),
              elem_off(a->rd, a->imm5 >> (size + 1), size), (enum ir_memop)size);
    return true;
}

bool trans_INS_elem_v(DisasContext *s, arg_simd_copy *a)
{
    int size = copy_size(a->imm5);
    ir_temp t;

    if (size < 0)
        return false;
    t = new_tmp(s);
    ir_ld_env(s->ir, IR_W64, t, elem_off(a->rn, a->imm4 >> size, size),
              (enum ir_memop)size);
    ir_st_env(s->ir, IR_W64, t,
              elem_off(a->rd, a->imm5 >> (size + 1), size), (enum ir_memop)size);
    return true;
}

/* -- modified immediate: MOVI, MVNI, ORR, BIC, FMOV (vector) -- */

enum simd_imm_kind { IMM_MOVE, IMM_ORR, IMM_BIC, IMM_BAD };

/* Arm ARM C4.1.95 "Advanced SIMD modified immediate" table. */
static enum simd_imm_kind simd_imm_kind(int op, int cmode, int q)
{
    bool logic = (cmode & 1) && cmode < 12;     /* 0xx1, 10x1 */

    if (logic)
        return op ? IMM_BIC : IMM_ORR;
    if (cmode == 15 && op && !q)
        return IMM_BAD;
    return IMM_MOVE;
}

static uint64_t repl32(uint64_t x) { return x | x << 32; }
static uint64_t repl16(uint64_t x) { return repl32(x | x << 16); }

/* AdvSIMDExpandImm (Arm ARM J1, shared/functions/vector) */
static uint64_t simd_expand_imm(int op, int cmode, uint64_t imm8)
{
    switch (cmode >> 1) {
    case 0: case 1: case 2: case 3:
        return repl32(imm8 << (8 * (cmode >> 1)));
    case 4: case 5:
        return repl16(imm8 << (8 * ((cmode >> 1) & 1)));
    case 6:
        return repl32(cmode & 1 ? (imm8 << 16) | 0xffff : (imm8 << 8) | 0xff);
    default:
        break;
    }
    if (!(cmode & 1) && !op)
        return imm8 * 0x0101010101010101ull;
    if (!(cmode & 1)) {             /* each bit of imm8 -> a byte */
        uint64_t r = 0;
        for (int i = 0; i < 8; i++)
            r |= (imm8 >> i & 1) ? 0xffull << (8 * i) : 0;
        return r;
    }
    uint64_t a = imm8 >> 7 & 1, b = imm8 >> 6 & 1, cdefgh = imm8 & 0x3f;
    if (!op)                        /* FMOV single: a:~b:bbbbb:cdefgh:0^19 */
        return repl32(a << 31 | (b ^ 1) << 30 | (b ? 0x1f : 0) << 25 |
                      cdefgh << 19);
    return a << 63 | (b ^ 1) << 62 | (b ? 0xffull : 0) << 54 | cdefgh << 48;
}

bool trans_SIMD_imm_v(DisasContext *s, arg_simd_imm *a)
{
    enum simd_imm_kind k = simd_imm_kind(a->op, a->cmode, a->q);
    uint64_t imm = simd_expand_imm(a->op, a->cmode, (uint64_t)a->imm);

    if (k == IMM_BAD)
        return false;
    /* MVNI: op = 1 with cmode 0xx0, 10x0, 110x */
    if (k == IMM_MOVE && a->op && a->cmode < 14)
        imm = ~imm;
    for (int half = 0; half < 2; half++) {
        ir_temp t;
        if (half && !a->q) {
            gen_vreg_write64(s, a->rd, 1, tconst(s, 0));
            break;
        }
        if (k == IMM_MOVE) {
            gen_vreg_write64(s, a->rd, half, tconst(s, imm));
            continue;
        }
        t = gen_vreg_read64(s, a->rd, half);
        if (k == IMM_ORR)
            ir_or(s->ir, IR_W64, t, t, tconst(s, imm));
        else
            ir_and(s->ir, IR_W64, t, t, tconst(s, ~imm));
        gen_vreg_write64(s, a->rd, half, t);
    }
    return true;
}

/* -- EXT (C6.3.84): bytes imm.. of the 256-bit Vm:Vn -- */

bool trans_EXT_v(DisasContext *s, arg_simd_ext *a)
{
    ir_temp w[4], r[2];
    int words = a->q ? 2 : 1, sh = (a->imm & 7) * 8;

    if (!a->q && a->imm >= 8)
        return false;
    /* the source words in order: n.lo, [n.hi,] m.lo, m.hi */
    w[0] = gen_vreg_read64(s, a->rn, 0);
    w[1] = a->q ? gen_vreg_read64(s, a->rn, 1) : gen_vreg_read64(s, a->rm, 0);
    w[2] = a->q ? gen_vreg_read64(s, a->rm, 0) : tconst(s, 0);
    w[3] = a->q ? gen_vreg_read64(s, a->rm, 1) : tconst(s, 0);
    for (int k = 0; k < words; k++) {
        int j = k + a->imm / 8;
        r[k] = new_tmp(s);
        if (!sh) {
            ir_mov(s->ir, IR_W64, r[k], w[j]);
            continue;
        }
        ir_temp hi = new_tmp(s);
        ir_shr(s->ir, IR_W64, r[k], w[j], tconst(s, (uint64_t)sh));
        ir_shl(s->ir, IR_W64, hi, w[j + 1], tconst(s, (uint64_t)(64 - sh)));
        ir_or(s->ir, IR_W64, r[k], r[k], hi);
    }
    gen_vreg_write64(s, a->rd, 0, r[0]);
    gen_vreg_write64(s, a->rd, 1, a->q ? r[1] : tconst(s, 0));
    return true;
}

/* -- vector integer operations through helper_simd.c -- */

/* Which size/Q combinations an instruction allows (Arm ARM: "reserved"). */
enum simd_sizes {
    SZ_NOT_1D,      /* all but size = 3 with Q = 0 */
    SZ_NO_D,        /* size != 3 */
    SZ_ANY,
    SZ_ACROSS,      /* size != 3 and not (size = 2, Q = 0) */
    SZ_D_ONLY,      /* scalar forms: size = 3 */
    SZ_REV32,       /* size < 2 */
    SZ_REV16,       /* size = 0 */
};

static bool simd_size_ok(enum simd_sizes rule, int size, int q)
{
    switch (rule) {
    case SZ_NOT_1D: return !(size == 3 && !q);
    case SZ_NO_D:   return size != 3;
    case SZ_ACROSS: return size != 3 && !(size == 2 && !q);
    case SZ_D_ONLY: return size == 3;
    case SZ_REV32:  return size < 2;
    case SZ_REV16:  return size == 0;
    default:        return true;
    }
}

/* One call of the fast helper f with (env, rd, rn, [rm,] word). */
static void gen_fast(DisasContext *s, const struct simd_fast *f, int rd,
                     int rn, int rm, uint64_t word)
{
    ir_temp args[5] = { s->ir->env, tconst(s, (uint64_t)rd),
                        tconst(s, (uint64_t)rn), tconst(s, (uint64_t)rm),
                        tconst(s, word) };

    if (rm < 0) {
        args[3] = args[4];
        ir_call(s->ir, f->fn, f->name, NO_GLOBALS, IR_NO_TEMP, 4, args);
    } else {
        ir_call(s->ir, f->fn, f->name, NO_GLOBALS, IR_NO_TEMP, 5, args);
    }
}

/* Vd = Vn (MOV, alias of ORR Vd.T, Vn.T, Vn.T): plain loads and stores. */
static void gen_vmov(DisasContext *s, int rd, int rn, int q)
{
    ir_temp lo = gen_vreg_read64(s, rn, 0);
    ir_temp hi = q ? gen_vreg_read64(s, rn, 1) : tconst(s, 0);

    gen_vreg_write64(s, rd, 0, lo);
    gen_vreg_write64(s, rd, 1, hi);
}

static bool gen_simd3(DisasContext *s, arg_simd3 *a, enum simd3_op op,
                      enum simd_sizes rule)
{
    const struct simd_fast *f;

    if (!simd_size_ok(rule, a->size, a->q))
        return false;
    if (op == SIMD3_ORR && a->rn == a->rm) {
        gen_vmov(s, a->rd, a->rn, a->q);
        return true;
    }
    f = rule == SZ_D_ONLY ? NULL : simd_fast3(op, a->size);
    if (f) {
        gen_fast(s, f, a->rd, a->rn, a->rm, (uint64_t)a->q);
        return true;
    }
    IR_CALL(s->ir, helper_simd_op3, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)a->rd), tconst(s, (uint64_t)a->rn),
            tconst(s, (uint64_t)a->rm), tconst(s, simd_desc(op, a->size, a->q)));
    return true;
}

static bool gen_simd2(DisasContext *s, arg_simd2 *a, enum simd2_op op,
                      enum simd_sizes rule)
{
    const struct simd_fast *f;

    if (!simd_size_ok(rule, a->size, a->q))
        return false;
    f = rule == SZ_D_ONLY ? NULL : simd_fast2(op, a->size);
    if (f) {
        gen_fast(s, f, a->rd, a->rn, -1, (uint64_t)a->q);
        return true;
    }
    IR_CALL(s->ir, helper_simd_op2, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)a->rd), tconst(s, (uint64_t)a->rn),
            tconst(s, simd_desc(op, a->size, a->q)));
    return true;
}

#define TRANS3(name, rule)                                          \
    bool trans_##name##_v(DisasContext *s, arg_simd3 *a)            \
    {                                                               \
        return gen_simd3(s, a, SIMD3_##name, rule);                 \
    }
TRANS3(ADD, SZ_NOT_1D)   TRANS3(SUB, SZ_NOT_1D)   TRANS3(CMTST, SZ_NOT_1D)
TRANS3(CMEQ, SZ_NOT_1D)  TRANS3(CMGT, SZ_NOT_1D)  TRANS3(CMHI, SZ_NOT_1D)
TRANS3(CMGE, SZ_NOT_1D)  TRANS3(CMHS, SZ_NOT_1D)
TRANS3(SMAX, SZ_NO_D)    TRANS3(UMAX, SZ_NO_D)    TRANS3(SMIN, SZ_NO_D)
TRANS3(UMIN, SZ_NO_D)    TRANS3(SMAXP, SZ_NO_D)   TRANS3(UMAXP, SZ_NO_D)
TRANS3(SMINP, SZ_NO_D)   TRANS3(UMINP, SZ_NO_D)   TRANS3(ADDP, SZ_NOT_1D)
TRANS3(MUL, SZ_NO_D)     TRANS3(MLA, SZ_NO_D)     TRANS3(MLS, SZ_NO_D)
TRANS3(SSHL, SZ_NOT_1D)  TRANS3(USHL, SZ_NOT_1D)
TRANS3(AND, SZ_ANY)      TRANS3(BIC, SZ_ANY)      TRANS3(ORR, SZ_ANY)
TRANS3(ORN, SZ_ANY)      TRANS3(EOR, SZ_ANY)      TRANS3(BSL, SZ_ANY)
TRANS3(BIT, SZ_ANY)      TRANS3(BIF, SZ_ANY)
TRANS3(SADDL, SZ_NO_D)   TRANS3(UADDL, SZ_NO_D)   TRANS3(SADDW, SZ_NO_D)
TRANS3(UADDW, SZ_NO_D)   TRANS3(SSUBL, SZ_NO_D)   TRANS3(USUBL, SZ_NO_D)
TRANS3(SSUBW, SZ_NO_D)   TRANS3(USUBW, SZ_NO_D)   TRANS3(ADDHN, SZ_NO_D)
TRANS3(SUBHN, SZ_NO_D)
TRANS3(UZP1, SZ_NOT_1D)  TRANS3(TRN1, SZ_NOT_1D)  TRANS3(ZIP1, SZ_NOT_1D)
TRANS3(UZP2, SZ_NOT_1D)  TRANS3(TRN2, SZ_NOT_1D)  TRANS3(ZIP2, SZ_NOT_1D)
#undef TRANS3

/* scalar SSHL/USHL: D only */
bool trans_SSHL_s(DisasContext *s, arg_simd3 *a)
{
    return a->size == 3 && gen_simd3(s, a, SIMD3_SSHL, SZ_D_ONLY);
}

bool trans_USHL_s(DisasContext *s, arg_simd3 *a)
{
    return a->size == 3 && gen_simd3(s, a, SIMD3_USHL, SZ_D_ONLY);
}

#define TRANS2(name, suffix, op, rule)                              \
    bool trans_##name##_##suffix(DisasContext *s, arg_simd2 *a)     \
    {                                                               \
        return gen_simd2(s, a, SIMD2_##op, rule);                   \
    }
TRANS2(REV64, v, REV64, SZ_NO_D)    TRANS2(REV32, v, REV32, SZ_REV32)
TRANS2(REV16, v, REV16, SZ_REV16)   TRANS2(CNT, v, CNT, SZ_ANY)
TRANS2(NOT, v, NOT, SZ_ANY)
TRANS2(CMGT0, v, CMGT0, SZ_NOT_1D)  TRANS2(CMGE0, v, CMGE0, SZ_NOT_1D)
TRANS2(CMEQ0, v, CMEQ0, SZ_NOT_1D)  TRANS2(CMLE0, v, CMLE0, SZ_NOT_1D)
TRANS2(CMLT0, v, CMLT0, SZ_NOT_1D)  TRANS2(ABS, v, ABS, SZ_NOT_1D)
TRANS2(NEG, v, NEG, SZ_NOT_1D)      TRANS2(XTN, v, XTN, SZ_NO_D)
TRANS2(ADDV, v, ADDV, SZ_ACROSS)    TRANS2(SMAXV, v, SMAXV, SZ_ACROSS)
TRANS2(UMAXV, v, UMAXV, SZ_ACROSS)  TRANS2(SMINV, v, SMINV, SZ_ACROSS)
TRANS2(UMINV, v, UMINV, SZ_ACROSS)
TRANS2(CMGT0, s, CMGT0, SZ_D_ONLY)  TRANS2(CMGE0, s, CMGE0, SZ_D_ONLY)
TRANS2(CMEQ0, s, CMEQ0, SZ_D_ONLY)  TRANS2(CMLE0, s, CMLE0, SZ_D_ONLY)
TRANS2(CMLT0, s, CMLT0, SZ_D_ONLY)  TRANS2(ADDP, s, ADDP_S, SZ_D_ONLY)
#undef TRANS2

/* -- shifts by immediate: immh:immb gives element size and count -- */

static bool gen_simd_shift(DisasContext *s, arg_simd_shift *a,
                           enum simd_shift_op op, bool scalar)
{
    int immh = a->immhb >> 3, size, shift;
    bool narrow = op == SIMD_SH_SHRN, widen = op >= SIMD_SH_SSHLL;
    bool left = op == SIMD_SH_SHL || widen;

    if (immh == 0)
        return false;           /* the modified-immediate space */
    size = 31 - __builtin_clz((unsigned)immh);
    if ((narrow || widen) ? size == 3 : (size == 3 && !a->q && !scalar))
        return false;
    shift = left ? a->immhb - (8 << size) : (16 << size) - a->immhb;
    const struct simd_fast *f = scalar ? NULL : simd_fast_shift(op, size);
    if (f) {
        gen_fast(s, f, a->rd, a->rn, -1, (uint64_t)a->q | (uint64_t)shift << 8);
        return true;
    }
    IR_CALL(s->ir, helper_simd_shift, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)a->rd), tconst(s, (uint64_t)a->rn),
            tconst(s, simd_desc(op, size, a->q) | (uint32_t)shift << 16));
    return true;
}

/* scalar forms: one 64-bit element (the decoder fixes immh<3> = 1) */
#define TRANSSH(name, suffix, scalar)                               \
    bool trans_##name##_##suffix(DisasContext *s, arg_simd_shift *a) \
    {                                                               \
        return gen_simd_shift(s, a, SIMD_SH_##name, scalar);        \
    }
TRANSSH(SSHR, v, false) TRANSSH(USHR, v, false) TRANSSH(SSRA, v, false)
TRANSSH(USRA, v, false) TRANSSH(SHL, v, false)  TRANSSH(SHRN, v, false)
TRANSSH(SSHLL, v, false) TRANSSH(USHLL, v, false)
TRANSSH(SSHR, s, true) TRANSSH(USHR, s, true) TRANSSH(SHL, s, true)
#undef TRANSSH
