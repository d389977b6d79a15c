/*
 * trans_crypto.c - A64 cryptographic extension (a64_crypto.decode): one
 * helper call per instruction, see helper_crypto.h.  The features are
 * advertised (hwcap.h: AES PMULL SHA1 SHA2 SHA512) because every
 * instruction of them is translated here.
 */
#include "translate.h"
#include "a64_decode.h"
#include "helper_crypto.h"
#include "hwcap.h"

/* The HWCAP feature an operation belongs to (the CPU model may lack it). */
static enum a64_feature crypto_feature(enum crypto_op op)
{
    if (op <= CRYPTO_AESIMC)
        return A64_F_AES;
    if (op <= CRYPTO_SHA1SU1)
        return A64_F_SHA1;
    if (op <= CRYPTO_SHA256SU1)
        return A64_F_SHA2;
    return A64_F_SHA512;
}

#define NO_GLOBALS (CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS)

static bool gen_crypto2(DisasContext *s, arg_cr2 *a, enum crypto_op op)
{
    if (!a64_has(s, crypto_feature(op)))
        return false;
    IR_CALL(s->ir, helper_crypto2, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)a->rd), tconst(s, (uint64_t)a->rn),
            tconst(s, (uint64_t)op));
    return true;
}

static bool gen_crypto3(DisasContext *s, arg_cr3 *a, enum crypto_op op)
{
    if (!a64_has(s, crypto_feature(op)))
        return false;
    IR_CALL(s->ir, helper_crypto3, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)a->rd), tconst(s, (uint64_t)a->rn),
            tconst(s, (uint64_t)a->rm), tconst(s, (uint64_t)op));
    return true;
}

#define TRANS2(name) \
    bool trans_##name(DisasContext *s, arg_cr2 *a) { return gen_crypto2(s, a, CRYPTO_##name); }
#define TRANS3(name) \
    bool trans_##name(DisasContext *s, arg_cr3 *a) { return gen_crypto3(s, a, CRYPTO_##name); }
TRANS2(AESE) TRANS2(AESD) TRANS2(AESMC) TRANS2(AESIMC)
TRANS3(SHA1C) TRANS3(SHA1P) TRANS3(SHA1M) TRANS3(SHA1SU0)
TRANS2(SHA1H) TRANS2(SHA1SU1)
TRANS3(SHA256H) TRANS3(SHA256H2) TRANS3(SHA256SU1) TRANS2(SHA256SU0)
TRANS3(SHA512H) TRANS3(SHA512H2) TRANS3(SHA512SU1) TRANS2(SHA512SU0)
#undef TRANS2
#undef TRANS3

bool trans_PMULL_q(DisasContext *s, arg_cr_pmull *a)
{
    if (!a64_has(s, A64_F_PMULL))
        return false;
    IR_CALL(s->ir, helper_pmull64, NO_GLOBALS, IR_NO_TEMP, s->ir->env,
            tconst(s, (uint64_t)a->rd), tconst(s, (uint64_t)a->rn),
            tconst(s, (uint64_t)a->rm), tconst(s, (uint64_t)a->q));
    return true;
}
