/*
 * ir_eval.c - the meaning of every pure arithmetic IR op, on constants.
 *
 * Used by the constant folder (opt.c) and by the unit tests as the
 * reference the backend's code is compared with.  32-bit ops read the low
 * 32 bits of their inputs and zero-extend the result.
 */
#include "ir.h"

static uint64_t bits(unsigned len)
{
    return len >= 64 ? ~0ull : (1ull << len) - 1;
}

static uint64_t eval_div(bool sign, bool w64, uint64_t a, uint64_t b)
{
    if (b == 0)
        return 0;                           /* Arm: division by zero is 0 */
    if (!sign)
        return a / b;
    if (w64) {
        if ((int64_t)a == INT64_MIN && (int64_t)b == -1)
            return a;
        return (uint64_t)((int64_t)a / (int64_t)b);
    }
    int32_t x = (int32_t)a, y = (int32_t)b;
    if (x == INT32_MIN && y == -1)
        return (uint32_t)x;
    return (uint32_t)(x / y);
}

static uint64_t eval_clz(uint64_t a, unsigned width)
{
    if (width == 32)
        return (uint32_t)a ? (uint64_t)__builtin_clz((uint32_t)a) : 32;
    return a ? (uint64_t)__builtin_clzll(a) : 64;
}

static uint64_t eval_ctz(uint64_t a, unsigned width)
{
    if (width == 32)
        return (uint32_t)a ? (uint64_t)__builtin_ctz((uint32_t)a) : 32;
    return a ? (uint64_t)__builtin_ctzll(a) : 64;
}

static uint64_t eval_rotr(uint64_t a, uint64_t n, unsigned width)
{
    n &= width - 1;
    if (!n)
        return a;
    return (a >> n) | (a << (width - n));
}

static bool eval_binop(const struct ir_op *op, uint64_t a, uint64_t b,
                       unsigned width, uint64_t *r)
{
    unsigned sh = (unsigned)(b & (width - 1));
    switch (op->opc) {
    case IR_add: *r = a + b; break;
    case IR_sub: *r = a - b; break;
    case IR_and: *r = a & b; break;
    case IR_or: *r = a | b; break;
    case IR_xor: *r = a ^ b; break;
    case IR_andc: *r = a & ~b; break;
    case IR_orc: *r = a | ~b; break;
    case IR_eqv: *r = a ^ ~b; break;
    case IR_shl: *r = a << sh; break;
    case IR_shr: *r = a >> sh; break;
    case IR_sar:
        *r = width == 32 ? (uint64_t)(int64_t)((int32_t)a >> sh)
                         : (uint64_t)((int64_t)a >> sh);
        break;
    case IR_rotr: *r = eval_rotr(a, b, width); break;
    case IR_mul: *r = a * b; break;
    case IR_mulsh:
        if (width == 32)
            *r = (uint64_t)(((int64_t)(int32_t)a * (int32_t)b) >> 32);
        else
            *r = (uint64_t)(((__int128)(int64_t)a * (int64_t)b) >> 64);
        break;
    case IR_muluh:
        if (width == 32)
            *r = (a * b) >> 32;
        else
            *r = (uint64_t)(((unsigned __int128)a * b) >> 64);
        break;
    case IR_divs: *r = eval_div(true, width == 64, a, b); break;
    case IR_divu: *r = eval_div(false, width == 64, a, b); break;
    default: return false;
    }
    return true;
}

static bool eval_unop(const struct ir_op *op, uint64_t a, unsigned width,
                      uint64_t *r)
{
    switch (op->opc) {
    case IR_mov: *r = a; break;
    case IR_neg: *r = -a; break;
    case IR_not: *r = ~a; break;
    case IR_ext8s: *r = (uint64_t)(int64_t)(int8_t)a; break;
    case IR_ext8u: *r = (uint8_t)a; break;
    case IR_ext16s: *r = (uint64_t)(int64_t)(int16_t)a; break;
    case IR_ext16u: *r = (uint16_t)a; break;
    case IR_ext32s: *r = (uint64_t)(int64_t)(int32_t)a; return true;
    case IR_ext32u: *r = (uint32_t)a; return true;
    case IR_clz: *r = eval_clz(a, width); break;
    case IR_ctz: *r = eval_ctz(a, width); break;
    case IR_bswap:
        *r = width == 32 ? __builtin_bswap32((uint32_t)a) : __builtin_bswap64(a);
        break;
    case IR_extract:
        *r = (a >> op->c[0]) & bits((unsigned)op->c[1]);
        break;
    case IR_sextract: {
        unsigned pos = (unsigned)op->c[0], len = (unsigned)op->c[1];
        *r = (uint64_t)((int64_t)(a << (64 - pos - len)) >> (64 - len));
        break;
    }
    default: return false;
    }
    return true;
}

/* in[] are the op's inputs in order; *out its single output. */
bool ir_eval(const struct ir_op *op, const uint64_t *in, uint64_t *out)
{
    const struct ir_op_def *def = &ir_op_defs[op->opc];
    unsigned width = op->width == IR_W64 ? 64 : 32;
    uint64_t r, a = in[0], b = def->ins > 1 ? in[1] : 0;
    bool ok;

    if (!(def->flags & OPF_PURE) || def->outs != 1)
        return false;
    if (width == 32 && op->opc != IR_ext32s && op->opc != IR_ext32u) {
        a = (uint32_t)a;
        b = (uint32_t)b;
    }
    switch (op->opc) {
    case IR_movi: r = op->c[0]; ok = true; break;
    case IR_setcond:
        r = ir_cond_eval((enum ir_cond)op->c[0], op->width, in[0], in[1]);
        ok = true;
        break;
    case IR_movcond:
        r = ir_cond_eval((enum ir_cond)op->c[0], op->width, in[0], in[1])
                ? in[2] : in[3];
        ok = true;
        break;
    case IR_deposit: {
        uint64_t m = bits((unsigned)op->c[1]) << op->c[0];
        r = (a & ~m) | ((b << op->c[0]) & m);
        ok = true;
        break;
    }
    default:
        ok = def->ins == 2 ? eval_binop(op, a, b, width, &r)
                           : eval_unop(op, a, width, &r);
    }
    if (!ok)
        return false;
    if (width == 32 && op->opc != IR_ext32s)
        r = (uint32_t)r;
    *out = r;
    return true;
}
