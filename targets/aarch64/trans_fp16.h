/*
 * trans_fp16.h - the half-precision forms of FCMLA/FCADD (size = 01),
 * whose patterns live in a64_simd_fp2.decode: trans_simd_fp2.c hands
 * them to trans_fp16.c.
 */
#ifndef FERRY_A64_TRANS_FP16_H
#define FERRY_A64_TRANS_FP16_H

#include "translate.h"
#include "a64_decode.h"

bool gen_fp16_cmla(DisasContext *s, arg_f2_cmla *a);
bool gen_fp16_cadd(DisasContext *s, arg_f2_cadd *a);

#endif
