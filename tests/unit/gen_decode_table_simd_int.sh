#!/bin/sh
# gen_decode_table_simd_int.sh - re-create
# tests/unit/test_decode_a64_simd_int_table.h, the decoder cases of
# a64_simd_int2.decode, with the GNU assembler as the oracle for the
# encodings and the fields worked out by hand from the operands.  Same
# case format and output (decode_table_lib.sh) as gen_decode_table_mem.sh:
#   "assembly | PATTERN | fields", PATTERN "-" = must not decode,
#   ".inst" for words the assembler refuses, "#" in column 1 = comment.
# Fields are the argument-set members in the order of their &set;
# immhb = immh:immb (right shifts: 2 * esize - shift, left: esize +
# shift); single-structure lanes: sc = opcode<2:1>, o0:r = elements - 1,
# the index in Q:S:size.
#
#   tests/unit/gen_decode_table_simd_int.sh [OUT.h]
set -eu

. "$(dirname "$0")/decode_table_lib.sh"
decode_table_generate test_decode_a64_simd_int_table.h '' "$@" <<'CASES'
shadd v1.8b, v2.8b, v3.8b               | SHADD_v     | rd=1 rn=2 rm=3 q=0 size=0
uhadd v1.16b, v2.16b, v3.16b            | UHADD_v     | rd=1 rn=2 rm=3 q=1 size=0
sqadd v1.4h, v2.4h, v3.4h               | SQADD_v     | rd=1 rn=2 rm=3 q=0 size=1
uqadd v1.8h, v2.8h, v3.8h               | UQADD_v     | rd=1 rn=2 rm=3 q=1 size=1
srhadd v1.2s, v2.2s, v3.2s              | SRHADD_v    | rd=1 rn=2 rm=3 q=0 size=2
urhadd v1.4s, v2.4s, v3.4s              | URHADD_v    | rd=1 rn=2 rm=3 q=1 size=2
shsub v1.8b, v2.8b, v3.8b               | SHSUB_v     | rd=1 rn=2 rm=3 q=0 size=0
uhsub v1.16b, v2.16b, v3.16b            | UHSUB_v     | rd=1 rn=2 rm=3 q=1 size=0
sqsub v1.16b, v2.16b, v3.16b            | SQSUB_v     | rd=1 rn=2 rm=3 q=1 size=0
uqsub v1.4h, v2.4h, v3.4h               | UQSUB_v     | rd=1 rn=2 rm=3 q=0 size=1
sqshl v1.8h, v2.8h, v3.8h               | SQSHL_v     | rd=1 rn=2 rm=3 q=1 size=1
uqshl v1.2s, v2.2s, v3.2s               | UQSHL_v     | rd=1 rn=2 rm=3 q=0 size=2
srshl v1.4s, v2.4s, v3.4s               | SRSHL_v     | rd=1 rn=2 rm=3 q=1 size=2
urshl v1.2d, v2.2d, v3.2d               | URSHL_v     | rd=1 rn=2 rm=3 q=1 size=3
sqrshl v1.8b, v2.8b, v3.8b              | SQRSHL_v    | rd=1 rn=2 rm=3 q=0 size=0
uqrshl v1.16b, v2.16b, v3.16b           | UQRSHL_v    | rd=1 rn=2 rm=3 q=1 size=0
sabd v1.2s, v2.2s, v3.2s                | SABD_v      | rd=1 rn=2 rm=3 q=0 size=2
uabd v1.4s, v2.4s, v3.4s                | UABD_v      | rd=1 rn=2 rm=3 q=1 size=2
saba v1.8b, v2.8b, v3.8b                | SABA_v      | rd=1 rn=2 rm=3 q=0 size=0
uaba v1.16b, v2.16b, v3.16b             | UABA_v      | rd=1 rn=2 rm=3 q=1 size=0
pmul v1.16b, v2.16b, v3.16b             | PMUL_v      | rd=1 rn=2 rm=3 q=1 size=0
sqdmulh v1.8h, v2.8h, v3.8h             | SQDMULH_v   | rd=1 rn=2 rm=3 q=1 size=1
sqrdmulh v1.2s, v2.2s, v3.2s            | SQRDMULH_v  | rd=1 rn=2 rm=3 q=0 size=2
sqadd b1, b2, b3                        | SQADD_s     | rd=1 rn=2 rm=3 q=0 size=0
uqadd h1, h2, h3                        | UQADD_s     | rd=1 rn=2 rm=3 q=0 size=1
sqsub s1, s2, s3                        | SQSUB_s     | rd=1 rn=2 rm=3 q=0 size=2
uqsub d1, d2, d3                        | UQSUB_s     | rd=1 rn=2 rm=3 q=0 size=3
sqshl b1, b2, b3                        | SQSHL_s     | rd=1 rn=2 rm=3 q=0 size=0
uqshl h1, h2, h3                        | UQSHL_s     | rd=1 rn=2 rm=3 q=0 size=1
sqrshl s1, s2, s3                       | SQRSHL_s    | rd=1 rn=2 rm=3 q=0 size=2
uqrshl d1, d2, d3                       | UQRSHL_s    | rd=1 rn=2 rm=3 q=0 size=3
srshl d1, d2, d3                        | SRSHL_s     | rd=1 rn=2 rm=3 q=0 size=3
urshl d1, d2, d3                        | URSHL_s     | rd=1 rn=2 rm=3 q=0 size=3
add d1, d2, d3                          | ADD_s       | rd=1 rn=2 rm=3 q=0 size=3
sub d1, d2, d3                          | SUB_s       | rd=1 rn=2 rm=3 q=0 size=3
cmgt d1, d2, d3                         | CMGT_s      | rd=1 rn=2 rm=3 q=0 size=3
cmhi d1, d2, d3                         | CMHI_s      | rd=1 rn=2 rm=3 q=0 size=3
cmge d1, d2, d3                         | CMGE_s      | rd=1 rn=2 rm=3 q=0 size=3
cmhs d1, d2, d3                         | CMHS_s      | rd=1 rn=2 rm=3 q=0 size=3
cmtst d1, d2, d3                        | CMTST_s     | rd=1 rn=2 rm=3 q=0 size=3
cmeq d1, d2, d3                         | CMEQ_s      | rd=1 rn=2 rm=3 q=0 size=3
sqdmulh h1, h2, h3                      | SQDMULH_s   | rd=1 rn=2 rm=3 q=0 size=1
sqrdmulh s1, s2, s3                     | SQRDMULH_s  | rd=1 rn=2 rm=3 q=0 size=2
raddhn v1.8b, v2.8h, v3.8h              | RADDHN_v    | rd=1 rn=2 rm=3 q=0 size=0
rsubhn2 v1.4s, v2.2d, v3.2d             | RSUBHN_v    | rd=1 rn=2 rm=3 q=1 size=2
sabal v1.8h, v2.8b, v3.8b               | SABAL_v     | rd=1 rn=2 rm=3 q=0 size=0
uabal2 v1.4s, v2.8h, v3.8h              | UABAL_v     | rd=1 rn=2 rm=3 q=1 size=1
sabdl v1.2d, v2.2s, v3.2s               | SABDL_v     | rd=1 rn=2 rm=3 q=0 size=2
uabdl2 v1.8h, v2.16b, v3.16b            | UABDL_v     | rd=1 rn=2 rm=3 q=1 size=0
smlal v1.4s, v2.4h, v3.4h               | SMLAL_v     | rd=1 rn=2 rm=3 q=0 size=1
umlal2 v1.2d, v2.4s, v3.4s              | UMLAL_v     | rd=1 rn=2 rm=3 q=1 size=2
smlsl v1.8h, v2.8b, v3.8b               | SMLSL_v     | rd=1 rn=2 rm=3 q=0 size=0
umlsl2 v1.4s, v2.8h, v3.8h              | UMLSL_v     | rd=1 rn=2 rm=3 q=1 size=1
smull v1.2d, v2.2s, v3.2s               | SMULL_v     | rd=1 rn=2 rm=3 q=0 size=2
umull2 v1.8h, v2.16b, v3.16b            | UMULL_v     | rd=1 rn=2 rm=3 q=1 size=0
sqdmlal v1.4s, v2.4h, v3.4h             | SQDMLAL_v   | rd=1 rn=2 rm=3 q=0 size=1
sqdmlsl2 v1.2d, v2.4s, v3.4s            | SQDMLSL_v   | rd=1 rn=2 rm=3 q=1 size=2
sqdmull v1.4s, v2.4h, v3.4h             | SQDMULL_v   | rd=1 rn=2 rm=3 q=0 size=1
pmull2 v1.8h, v2.16b, v3.16b            | PMULL_v     | rd=1 rn=2 rm=3 q=1 size=0
sqdmlal s1, h2, h3                      | SQDMLAL_s   | rd=1 rn=2 rm=3 q=0 size=1
sqdmlsl d1, s2, s3                      | SQDMLSL_s   | rd=1 rn=2 rm=3 q=0 size=2
sqdmull d1, s2, s3                      | SQDMULL_s   | rd=1 rn=2 rm=3 q=0 size=2
saddlp v1.4h, v2.8b                     | SADDLP_v    | rd=1 rn=2 q=0 size=0
uaddlp v1.8h, v2.16b                    | UADDLP_v    | rd=1 rn=2 q=1 size=0
sadalp v1.2s, v2.4h                     | SADALP_v    | rd=1 rn=2 q=0 size=1
uadalp v1.4s, v2.8h                     | UADALP_v    | rd=1 rn=2 q=1 size=1
suqadd v1.8b, v2.8b                     | SUQADD_v    | rd=1 rn=2 q=0 size=0
usqadd v1.16b, v2.16b                   | USQADD_v    | rd=1 rn=2 q=1 size=0
sqabs v1.4h, v2.4h                      | SQABS_v     | rd=1 rn=2 q=0 size=1
sqneg v1.8h, v2.8h                      | SQNEG_v     | rd=1 rn=2 q=1 size=1
cls v1.2s, v2.2s                        | CLS_v       | rd=1 rn=2 q=0 size=2
clz v1.4s, v2.4s                        | CLZ_v       | rd=1 rn=2 q=1 size=2
sqabs v1.2d, v2.2d                      | SQABS_v     | rd=1 rn=2 q=1 size=3
rbit v1.16b, v2.16b                     | RBIT_v      | rd=1 rn=2 q=1 size=0
rbit v1.8b, v2.8b                       | RBIT_v      | rd=1 rn=2 q=0 size=0
sqxtun v1.8b, v2.8h                     | SQXTUN_v    | rd=1 rn=2 q=0 size=0
sqxtn2 v1.8h, v2.4s                     | SQXTN_v     | rd=1 rn=2 q=1 size=1
uqxtn v1.2s, v2.2d                      | UQXTN_v     | rd=1 rn=2 q=0 size=2
shll2 v1.4s, v2.8h, #16                 | SHLL_v      | rd=1 rn=2 q=1 size=1
shll v1.8h, v2.8b, #8                   | SHLL_v      | rd=1 rn=2 q=0 size=0
urecpe v1.4s, v2.4s                     | URECPE_v    | rd=1 rn=2 q=1 size=2
ursqrte v1.2s, v2.2s                    | URSQRTE_v   | rd=1 rn=2 q=0 size=2
suqadd b1, b2                           | SUQADD_s    | rd=1 rn=2 q=0 size=0
usqadd h1, h2                           | USQADD_s    | rd=1 rn=2 q=0 size=1
sqabs s1, s2                            | SQABS_s     | rd=1 rn=2 q=0 size=2
sqneg d1, d2                            | SQNEG_s     | rd=1 rn=2 q=0 size=3
abs d1, d2                              | ABS_s       | rd=1 rn=2 q=0 size=3
neg d1, d2                              | NEG_s       | rd=1 rn=2 q=0 size=3
sqxtun b1, h2                           | SQXTUN_s    | rd=1 rn=2 q=0 size=0
sqxtn h1, s2                            | SQXTN_s     | rd=1 rn=2 q=0 size=1
uqxtn s1, d2                            | UQXTN_s     | rd=1 rn=2 q=0 size=2
saddlv h1, v2.16b                       | SADDLV_v    | rd=1 rn=2 q=1 size=0
uaddlv s1, v2.4h                        | UADDLV_v    | rd=1 rn=2 q=0 size=1
uaddlv d1, v2.4s                        | UADDLV_v    | rd=1 rn=2 q=1 size=2
srshr v1.8b, v2.8b, #1                  | SRSHR_v     | rd=1 rn=2 q=0 u=0 immhb=15
srshr v1.8h, v2.8h, #16                 | SRSHR_v     | rd=1 rn=2 q=1 u=0 immhb=16
srshr v1.2s, v2.2s, #1                  | SRSHR_v     | rd=1 rn=2 q=0 u=0 immhb=63
srshr v1.2d, v2.2d, #64                 | SRSHR_v     | rd=1 rn=2 q=1 u=0 immhb=64
urshr v1.8b, v2.8b, #1                  | URSHR_v     | rd=1 rn=2 q=0 u=1 immhb=15
urshr v1.8h, v2.8h, #16                 | URSHR_v     | rd=1 rn=2 q=1 u=1 immhb=16
urshr v1.2s, v2.2s, #1                  | URSHR_v     | rd=1 rn=2 q=0 u=1 immhb=63
urshr v1.2d, v2.2d, #64                 | URSHR_v     | rd=1 rn=2 q=1 u=1 immhb=64
srsra v1.8b, v2.8b, #1                  | SRSRA_v     | rd=1 rn=2 q=0 u=0 immhb=15
srsra v1.8h, v2.8h, #16                 | SRSRA_v     | rd=1 rn=2 q=1 u=0 immhb=16
srsra v1.2s, v2.2s, #1                  | SRSRA_v     | rd=1 rn=2 q=0 u=0 immhb=63
srsra v1.2d, v2.2d, #64                 | SRSRA_v     | rd=1 rn=2 q=1 u=0 immhb=64
ursra v1.8b, v2.8b, #1                  | URSRA_v     | rd=1 rn=2 q=0 u=1 immhb=15
ursra v1.8h, v2.8h, #16                 | URSRA_v     | rd=1 rn=2 q=1 u=1 immhb=16
ursra v1.2s, v2.2s, #1                  | URSRA_v     | rd=1 rn=2 q=0 u=1 immhb=63
ursra v1.2d, v2.2d, #64                 | URSRA_v     | rd=1 rn=2 q=1 u=1 immhb=64
sri v1.8b, v2.8b, #1                    | SRI_v       | rd=1 rn=2 q=0 u=1 immhb=15
sri v1.8h, v2.8h, #16                   | SRI_v       | rd=1 rn=2 q=1 u=1 immhb=16
sri v1.2s, v2.2s, #1                    | SRI_v       | rd=1 rn=2 q=0 u=1 immhb=63
sri v1.2d, v2.2d, #64                   | SRI_v       | rd=1 rn=2 q=1 u=1 immhb=64
sli v1.8b, v2.8b, #3                    | SLI_v       | rd=1 rn=2 q=0 u=1 immhb=11
sli v1.8h, v2.8h, #4                    | SLI_v       | rd=1 rn=2 q=1 u=1 immhb=20
sli v1.2s, v2.2s, #5                    | SLI_v       | rd=1 rn=2 q=0 u=1 immhb=37
sli v1.2d, v2.2d, #6                    | SLI_v       | rd=1 rn=2 q=1 u=1 immhb=70
sqshlu v1.8b, v2.8b, #3                 | SQSHLU_v    | rd=1 rn=2 q=0 u=1 immhb=11
sqshlu v1.8h, v2.8h, #4                 | SQSHLU_v    | rd=1 rn=2 q=1 u=1 immhb=20
sqshlu v1.2s, v2.2s, #5                 | SQSHLU_v    | rd=1 rn=2 q=0 u=1 immhb=37
sqshlu v1.2d, v2.2d, #6                 | SQSHLU_v    | rd=1 rn=2 q=1 u=1 immhb=70
sqshl v1.8b, v2.8b, #3                  | SQSHL_iv    | rd=1 rn=2 q=0 u=0 immhb=11
sqshl v1.8h, v2.8h, #4                  | SQSHL_iv    | rd=1 rn=2 q=1 u=0 immhb=20
sqshl v1.2s, v2.2s, #5                  | SQSHL_iv    | rd=1 rn=2 q=0 u=0 immhb=37
sqshl v1.2d, v2.2d, #6                  | SQSHL_iv    | rd=1 rn=2 q=1 u=0 immhb=70
uqshl v1.8b, v2.8b, #3                  | UQSHL_iv    | rd=1 rn=2 q=0 u=1 immhb=11
uqshl v1.8h, v2.8h, #4                  | UQSHL_iv    | rd=1 rn=2 q=1 u=1 immhb=20
uqshl v1.2s, v2.2s, #5                  | UQSHL_iv    | rd=1 rn=2 q=0 u=1 immhb=37
uqshl v1.2d, v2.2d, #6                  | UQSHL_iv    | rd=1 rn=2 q=1 u=1 immhb=70
sqshrun v1.8b, v2.8h, #8                | SQSHRUN_v   | rd=1 rn=2 q=0 u=1 immhb=8
sqshrun2 v1.8h, v2.4s, #3               | SQSHRUN_v   | rd=1 rn=2 q=1 u=1 immhb=29
sqshrun v1.2s, v2.2d, #32               | SQSHRUN_v   | rd=1 rn=2 q=0 u=1 immhb=32
rshrn v1.8b, v2.8h, #8                  | RSHRN_v     | rd=1 rn=2 q=0 u=0 immhb=8
rshrn2 v1.8h, v2.4s, #3                 | RSHRN_v     | rd=1 rn=2 q=1 u=0 immhb=29
rshrn v1.2s, v2.2d, #32                 | RSHRN_v     | rd=1 rn=2 q=0 u=0 immhb=32
sqrshrun v1.8b, v2.8h, #8               | SQRSHRUN_v  | rd=1 rn=2 q=0 u=1 immhb=8
sqrshrun2 v1.8h, v2.4s, #3              | SQRSHRUN_v  | rd=1 rn=2 q=1 u=1 immhb=29
sqrshrun v1.2s, v2.2d, #32              | SQRSHRUN_v  | rd=1 rn=2 q=0 u=1 immhb=32
sqshrn v1.8b, v2.8h, #8                 | SQSHRN_v    | rd=1 rn=2 q=0 u=0 immhb=8
sqshrn2 v1.8h, v2.4s, #3                | SQSHRN_v    | rd=1 rn=2 q=1 u=0 immhb=29
sqshrn v1.2s, v2.2d, #32                | SQSHRN_v    | rd=1 rn=2 q=0 u=0 immhb=32
uqshrn v1.8b, v2.8h, #8                 | UQSHRN_v    | rd=1 rn=2 q=0 u=1 immhb=8
uqshrn2 v1.8h, v2.4s, #3                | UQSHRN_v    | rd=1 rn=2 q=1 u=1 immhb=29
uqshrn v1.2s, v2.2d, #32                | UQSHRN_v    | rd=1 rn=2 q=0 u=1 immhb=32
sqrshrn v1.8b, v2.8h, #8                | SQRSHRN_v   | rd=1 rn=2 q=0 u=0 immhb=8
sqrshrn2 v1.8h, v2.4s, #3               | SQRSHRN_v   | rd=1 rn=2 q=1 u=0 immhb=29
sqrshrn v1.2s, v2.2d, #32               | SQRSHRN_v   | rd=1 rn=2 q=0 u=0 immhb=32
uqrshrn v1.8b, v2.8h, #8                | UQRSHRN_v   | rd=1 rn=2 q=0 u=1 immhb=8
uqrshrn2 v1.8h, v2.4s, #3               | UQRSHRN_v   | rd=1 rn=2 q=1 u=1 immhb=29
uqrshrn v1.2s, v2.2d, #32               | UQRSHRN_v   | rd=1 rn=2 q=0 u=1 immhb=32
ssra d1, d2, #5                         | SSRA_s      | rd=1 rn=2 q=0 u=0 immhb=123
usra d1, d2, #5                         | USRA_s      | rd=1 rn=2 q=0 u=1 immhb=123
srshr d1, d2, #5                        | SRSHR_s     | rd=1 rn=2 q=0 u=0 immhb=123
urshr d1, d2, #5                        | URSHR_s     | rd=1 rn=2 q=0 u=1 immhb=123
srsra d1, d2, #5                        | SRSRA_s     | rd=1 rn=2 q=0 u=0 immhb=123
ursra d1, d2, #5                        | URSRA_s     | rd=1 rn=2 q=0 u=1 immhb=123
sri d1, d2, #5                          | SRI_s       | rd=1 rn=2 q=0 u=1 immhb=123
sli d1, d2, #5                          | SLI_s       | rd=1 rn=2 q=0 u=1 immhb=69
sqshlu b1, b2, #7                       | SQSHLU_s    | rd=1 rn=2 q=0 u=1 immhb=15
sqshlu h1, h2, #15                      | SQSHLU_s    | rd=1 rn=2 q=0 u=1 immhb=31
sqshlu s1, s2, #31                      | SQSHLU_s    | rd=1 rn=2 q=0 u=1 immhb=63
sqshlu d1, d2, #63                      | SQSHLU_s    | rd=1 rn=2 q=0 u=1 immhb=127
sqshl b1, b2, #7                        | SQSHL_is    | rd=1 rn=2 q=0 u=0 immhb=15
sqshl h1, h2, #15                       | SQSHL_is    | rd=1 rn=2 q=0 u=0 immhb=31
sqshl s1, s2, #31                       | SQSHL_is    | rd=1 rn=2 q=0 u=0 immhb=63
sqshl d1, d2, #63                       | SQSHL_is    | rd=1 rn=2 q=0 u=0 immhb=127
uqshl b1, b2, #7                        | UQSHL_is    | rd=1 rn=2 q=0 u=1 immhb=15
uqshl h1, h2, #15                       | UQSHL_is    | rd=1 rn=2 q=0 u=1 immhb=31
uqshl s1, s2, #31                       | UQSHL_is    | rd=1 rn=2 q=0 u=1 immhb=63
uqshl d1, d2, #63                       | UQSHL_is    | rd=1 rn=2 q=0 u=1 immhb=127
sqshrun b1, h2, #8                      | SQSHRUN_s   | rd=1 rn=2 q=0 u=1 immhb=8
sqshrun h1, s2, #1                      | SQSHRUN_s   | rd=1 rn=2 q=0 u=1 immhb=31
sqshrun s1, d2, #32                     | SQSHRUN_s   | rd=1 rn=2 q=0 u=1 immhb=32
sqrshrun b1, h2, #8                     | SQRSHRUN_s  | rd=1 rn=2 q=0 u=1 immhb=8
sqrshrun h1, s2, #1                     | SQRSHRUN_s  | rd=1 rn=2 q=0 u=1 immhb=31
sqrshrun s1, d2, #32                    | SQRSHRUN_s  | rd=1 rn=2 q=0 u=1 immhb=32
sqshrn b1, h2, #8                       | SQSHRN_s    | rd=1 rn=2 q=0 u=0 immhb=8
sqshrn h1, s2, #1                       | SQSHRN_s    | rd=1 rn=2 q=0 u=0 immhb=31
sqshrn s1, d2, #32                      | SQSHRN_s    | rd=1 rn=2 q=0 u=0 immhb=32
uqshrn b1, h2, #8                       | UQSHRN_s    | rd=1 rn=2 q=0 u=1 immhb=8
uqshrn h1, s2, #1                       | UQSHRN_s    | rd=1 rn=2 q=0 u=1 immhb=31
uqshrn s1, d2, #32                      | UQSHRN_s    | rd=1 rn=2 q=0 u=1 immhb=32
sqrshrn b1, h2, #8                      | SQRSHRN_s   | rd=1 rn=2 q=0 u=0 immhb=8
sqrshrn h1, s2, #1                      | SQRSHRN_s   | rd=1 rn=2 q=0 u=0 immhb=31
sqrshrn s1, d2, #32                     | SQRSHRN_s   | rd=1 rn=2 q=0 u=0 immhb=32
uqrshrn b1, h2, #8                      | UQRSHRN_s   | rd=1 rn=2 q=0 u=1 immhb=8
uqrshrn h1, s2, #1                      | UQRSHRN_s   | rd=1 rn=2 q=0 u=1 immhb=31
uqrshrn s1, d2, #32                     | UQRSHRN_s   | rd=1 rn=2 q=0 u=1 immhb=32
mla v1.8h, v2.8h, v15.h[7]              | MLA_idx     | rd=1 rn=2 rm=15 q=1 size=1 idx=7 sc=0
mla v1.2s, v2.2s, v17.s[2]              | MLA_idx     | rd=1 rn=2 rm=17 q=0 size=2 idx=2 sc=0
mls v1.8h, v2.8h, v15.h[7]              | MLS_idx     | rd=1 rn=2 rm=15 q=1 size=1 idx=7 sc=0
mls v1.2s, v2.2s, v17.s[2]              | MLS_idx     | rd=1 rn=2 rm=17 q=0 size=2 idx=2 sc=0
mul v1.8h, v2.8h, v15.h[7]              | MUL_idx     | rd=1 rn=2 rm=15 q=1 size=1 idx=7 sc=0
mul v1.2s, v2.2s, v17.s[2]              | MUL_idx     | rd=1 rn=2 rm=17 q=0 size=2 idx=2 sc=0
smlal v1.4s, v2.4h, v15.h[5]            | SMLAL_idx   | rd=1 rn=2 rm=15 q=0 size=1 idx=5 sc=0
smlal2 v1.2d, v2.4s, v31.s[3]           | SMLAL_idx   | rd=1 rn=2 rm=31 q=1 size=2 idx=3 sc=0
umlal v1.4s, v2.4h, v15.h[5]            | UMLAL_idx   | rd=1 rn=2 rm=15 q=0 size=1 idx=5 sc=0
umlal2 v1.2d, v2.4s, v31.s[3]           | UMLAL_idx   | rd=1 rn=2 rm=31 q=1 size=2 idx=3 sc=0
smlsl v1.4s, v2.4h, v15.h[5]            | SMLSL_idx   | rd=1 rn=2 rm=15 q=0 size=1 idx=5 sc=0
smlsl2 v1.2d, v2.4s, v31.s[3]           | SMLSL_idx   | rd=1 rn=2 rm=31 q=1 size=2 idx=3 sc=0
umlsl v1.4s, v2.4h, v15.h[5]            | UMLSL_idx   | rd=1 rn=2 rm=15 q=0 size=1 idx=5 sc=0
umlsl2 v1.2d, v2.4s, v31.s[3]           | UMLSL_idx   | rd=1 rn=2 rm=31 q=1 size=2 idx=3 sc=0
smull v1.4s, v2.4h, v15.h[5]            | SMULL_idx   | rd=1 rn=2 rm=15 q=0 size=1 idx=5 sc=0
smull2 v1.2d, v2.4s, v31.s[3]           | SMULL_idx   | rd=1 rn=2 rm=31 q=1 size=2 idx=3 sc=0
umull v1.4s, v2.4h, v15.h[5]            | UMULL_idx   | rd=1 rn=2 rm=15 q=0 size=1 idx=5 sc=0
umull2 v1.2d, v2.4s, v31.s[3]           | UMULL_idx   | rd=1 rn=2 rm=31 q=1 size=2 idx=3 sc=0
sqdmlal v1.4s, v2.4h, v15.h[5]          | SQDMLAL_idx | rd=1 rn=2 rm=15 q=0 size=1 idx=5 sc=0
sqdmlal2 v1.2d, v2.4s, v31.s[3]         | SQDMLAL_idx | rd=1 rn=2 rm=31 q=1 size=2 idx=3 sc=0
sqdmlsl v1.4s, v2.4h, v15.h[5]          | SQDMLSL_idx | rd=1 rn=2 rm=15 q=0 size=1 idx=5 sc=0
sqdmlsl2 v1.2d, v2.4s, v31.s[3]         | SQDMLSL_idx | rd=1 rn=2 rm=31 q=1 size=2 idx=3 sc=0
sqdmull v1.4s, v2.4h, v15.h[5]          | SQDMULL_idx | rd=1 rn=2 rm=15 q=0 size=1 idx=5 sc=0
sqdmull2 v1.2d, v2.4s, v31.s[3]         | SQDMULL_idx | rd=1 rn=2 rm=31 q=1 size=2 idx=3 sc=0
sqdmulh v1.8h, v2.8h, v15.h[7]          | SQDMULH_idx | rd=1 rn=2 rm=15 q=1 size=1 idx=7 sc=0
sqdmulh v1.2s, v2.2s, v17.s[2]          | SQDMULH_idx | rd=1 rn=2 rm=17 q=0 size=2 idx=2 sc=0
sqrdmulh v1.8h, v2.8h, v15.h[7]         | SQRDMULH_idx| rd=1 rn=2 rm=15 q=1 size=1 idx=7 sc=0
sqrdmulh v1.2s, v2.2s, v17.s[2]         | SQRDMULH_idx| rd=1 rn=2 rm=17 q=0 size=2 idx=2 sc=0
sqdmlal s1, h2, v3.h[6]                 | SQDMLAL_idx | rd=1 rn=2 rm=3 q=0 size=1 idx=6 sc=1
sqdmlal d1, s2, v19.s[1]                | SQDMLAL_idx | rd=1 rn=2 rm=19 q=0 size=2 idx=1 sc=1
sqdmlsl s1, h2, v3.h[6]                 | SQDMLSL_idx | rd=1 rn=2 rm=3 q=0 size=1 idx=6 sc=1
sqdmlsl d1, s2, v19.s[1]                | SQDMLSL_idx | rd=1 rn=2 rm=19 q=0 size=2 idx=1 sc=1
sqdmull s1, h2, v3.h[6]                 | SQDMULL_idx | rd=1 rn=2 rm=3 q=0 size=1 idx=6 sc=1
sqdmull d1, s2, v19.s[1]                | SQDMULL_idx | rd=1 rn=2 rm=19 q=0 size=2 idx=1 sc=1
sqdmulh h1, h2, v3.h[1]                 | SQDMULH_idx | rd=1 rn=2 rm=3 q=0 size=1 idx=1 sc=1
sqdmulh s1, s2, v20.s[3]                | SQDMULH_idx | rd=1 rn=2 rm=20 q=0 size=2 idx=3 sc=1
sqrdmulh h1, h2, v3.h[1]                | SQRDMULH_idx| rd=1 rn=2 rm=3 q=0 size=1 idx=1 sc=1
sqrdmulh s1, s2, v20.s[3]               | SQRDMULH_idx| rd=1 rn=2 rm=20 q=0 size=2 idx=3 sc=1
tbl v1.16b, {v2.16b}, v3.16b            | TBL_v       | rd=1 rn=2 rm=3 q=1 len=0 tbx=0
tbx v1.8b, {v30.16b, v31.16b, v0.16b, v1.16b}, v3.8b| TBL_v       | rd=1 rn=30 rm=3 q=0 len=3 tbx=1
tbl v1.8b, {v2.16b, v3.16b, v4.16b}, v5.8b| TBL_v       | rd=1 rn=2 rm=5 q=0 len=2 tbx=0
ld1 {v5.b}[13], [x2]                    | LD_one_v    | rt=5 rn=2 rm=0 q=1 p=0 r=0 sc=0 o0=0 s=1 size=1
ld2 {v5.h, v6.h}[5], [x2], #4           | LD_one_v    | rt=5 rn=2 rm=31 q=1 p=1 r=1 sc=1 o0=0 s=0 size=2
ld3 {v5.s, v6.s, v7.s}[3], [x2], x4     | LD_one_v    | rt=5 rn=2 rm=4 q=1 p=1 r=0 sc=2 o0=1 s=1 size=0
ld4 {v5.d, v6.d, v7.d, v8.d}[1], [x2]   | LD_one_v    | rt=5 rn=2 rm=0 q=1 p=0 r=1 sc=2 o0=1 s=0 size=1
ld1 {v5.s}[2], [x2], #4                 | LD_one_v    | rt=5 rn=2 rm=31 q=1 p=1 r=0 sc=2 o0=0 s=0 size=0
ld3 {v5.b, v6.b, v7.b}[7], [x2], x9     | LD_one_v    | rt=5 rn=2 rm=9 q=0 p=1 r=0 sc=0 o0=1 s=1 size=3
ld2 {v5.d, v6.d}[0], [x2], #16          | LD_one_v    | rt=5 rn=2 rm=31 q=0 p=1 r=1 sc=2 o0=0 s=0 size=1
ld4 {v5.h, v6.h, v7.h, v8.h}[6], [x2]   | LD_one_v    | rt=5 rn=2 rm=0 q=1 p=0 r=1 sc=1 o0=1 s=1 size=0
st1 {v5.b}[13], [x2]                    | ST_one_v    | rt=5 rn=2 rm=0 q=1 p=0 r=0 sc=0 o0=0 s=1 size=1
st2 {v5.h, v6.h}[5], [x2], #4           | ST_one_v    | rt=5 rn=2 rm=31 q=1 p=1 r=1 sc=1 o0=0 s=0 size=2
st3 {v5.s, v6.s, v7.s}[3], [x2], x4     | ST_one_v    | rt=5 rn=2 rm=4 q=1 p=1 r=0 sc=2 o0=1 s=1 size=0
st4 {v5.d, v6.d, v7.d, v8.d}[1], [x2]   | ST_one_v    | rt=5 rn=2 rm=0 q=1 p=0 r=1 sc=2 o0=1 s=0 size=1
st1 {v5.s}[2], [x2], #4                 | ST_one_v    | rt=5 rn=2 rm=31 q=1 p=1 r=0 sc=2 o0=0 s=0 size=0
st3 {v5.b, v6.b, v7.b}[7], [x2], x9     | ST_one_v    | rt=5 rn=2 rm=9 q=0 p=1 r=0 sc=0 o0=1 s=1 size=3
st2 {v5.d, v6.d}[0], [x2], #16          | ST_one_v    | rt=5 rn=2 rm=31 q=0 p=1 r=1 sc=2 o0=0 s=0 size=1
st4 {v5.h, v6.h, v7.h, v8.h}[6], [x2]   | ST_one_v    | rt=5 rn=2 rm=0 q=1 p=0 r=1 sc=1 o0=1 s=1 size=0
ld2r {v5.16b, v6.16b}, [sp]             | LD_rep_v    | rt=5 rn=31 rm=0 q=1 p=0 r=1 sc=3 o0=0 s=0 size=0
ld3r {v5.4h, v6.4h, v7.4h}, [sp], #6    | LD_rep_v    | rt=5 rn=31 rm=31 q=0 p=1 r=0 sc=3 o0=1 s=0 size=1
ld4r {v5.1d, v6.1d, v7.1d, v8.1d}, [sp], x7| LD_rep_v    | rt=5 rn=31 rm=7 q=0 p=1 r=1 sc=3 o0=1 s=0 size=3
ld3r {v5.2d, v6.2d, v7.2d}, [sp]        | LD_rep_v    | rt=5 rn=31 rm=0 q=1 p=0 r=0 sc=3 o0=1 s=0 size=3
ld4r {v5.8b, v6.8b, v7.8b, v8.8b}, [sp], #4| LD_rep_v    | rt=5 rn=31 rm=31 q=0 p=1 r=1 sc=3 o0=1 s=0 size=0
ld2r {v5.2s, v6.2s}, [sp], x3           | LD_rep_v    | rt=5 rn=31 rm=3 q=0 p=1 r=1 sc=3 o0=0 s=0 size=2
.inst 0x0f488c41                        | -           | // RSHRN with immh = 1xxx (would be a .1d result)
CASES
