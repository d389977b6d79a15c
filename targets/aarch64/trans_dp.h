/*
 * trans_dp.h - shapes shared by the A64 integer translators
 * (trans_dp_imm.c, trans_dp_reg.c).
 *
 *     gen_add_sub(s, IR_W64, cpu_reg_sp(s, rd), cpu_reg_sp(s, rn),
 *                 tconst(s, 16), false, false);          // ADD SP, SP, #16
 */
#ifndef FERRY_A64_TRANS_DP_H
#define FERRY_A64_TRANS_DP_H

#include "translate.h"

/* d = n + m or n - m; with setflags NZCV as ADDS/SUBS (Arm ARM
 * AddWithCarry), made through the add_f/sub_f flag producers. */
void gen_add_sub(DisasContext *s, enum ir_width w, ir_temp d, ir_temp n,
                 ir_temp m, bool sub, bool setflags);

#endif
