#!/bin/sh
# gen_decode_table_mem.sh - re-create tests/unit/test_decode_a64_mem_table.h,
# the decoder cases of a64_ldst.decode and a64_simd.decode, with the GNU
# assembler as the oracle.  Same case format, and the same assembling
# and output (decode_table_lib.sh), as gen_decode_table.sh (which holds
# the a64_dp.decode cases):
#   "assembly | PATTERN | fields", PATTERN "-" = must not decode,
#   ".inst" for words the assembler refuses, "#" in column 1 = comment.
# Fields are the argument-set members in the order of their &set.
#
#   tests/unit/gen_decode_table_mem.sh [OUT.h]
set -eu

. "$(dirname "$0")/decode_table_lib.sh"
decode_table_generate test_decode_a64_mem_table.h -march=armv8.5-a+rcpc "$@" <<'CASES'
# ---- a64_ldst.decode
# -- imm9: unscaled, pre, post, unprivileged (rt rn imm sz sign ext p w)
stur x1, [x2, #-8]                | STR_i   | rt=1 rn=2 imm=-8 sz=3 sign=0 ext=0 p=0 w=0
str w3, [sp, #-16]!               | STR_i   | rt=3 rn=31 imm=-16 sz=2 sign=0 ext=0 p=0 w=1
strb w4, [x5], #1                 | STR_i   | rt=4 rn=5 imm=1 sz=0 sign=0 ext=0 p=1 w=1
sttrh w6, [x7, #2]                | STR_i   | rt=6 rn=7 imm=2 sz=1 sign=0 ext=0 p=0 w=0
ldur x0, [x1, #255]               | LDR_i   | rt=0 rn=1 imm=255 sz=3 sign=0 ext=0 p=0 w=0
ldrsb x2, [x3], #-1               | LDR_i   | rt=2 rn=3 imm=-1 sz=0 sign=1 ext=1 p=1 w=1
ldrsh x4, [x5, #-256]!            | LDR_i   | rt=4 rn=5 imm=-256 sz=1 sign=1 ext=1 p=0 w=1
ldursw x6, [x7, #4]               | LDR_i   | rt=6 rn=7 imm=4 sz=2 sign=1 ext=1 p=0 w=0
ldursb w8, [x9, #1]               | LDR_i   | rt=8 rn=9 imm=1 sz=0 sign=1 ext=0 p=0 w=0
ldtrsh w10, [x11]                 | LDR_i   | rt=10 rn=11 imm=0 sz=1 sign=1 ext=0 p=0 w=0
prfum pldl1keep, [x0, #3]         | PRFUM   |
.inst 0xf8c00000                  | -       | // LDRS* to W of 64 bits
.inst 0xb8c00000                  | -       | // LDRSW to W
.inst 0xf8800400                  | -       | // PRFM with post-index
# -- unsigned offset (imm unscaled in the field)
ldr x0, [x1, #8]                  | LDR_u   | rt=0 rn=1 imm=1 sz=3 sign=0 ext=0 p=0 w=0
str w2, [sp, #4092]               | STR_u   | rt=2 rn=31 imm=1023 sz=2 sign=0 ext=0 p=0 w=0
ldrsb w3, [x4, #4095]             | LDR_u   | rt=3 rn=4 imm=4095 sz=0 sign=1 ext=0 p=0 w=0
ldrsh x5, [x6, #2]                | LDR_u   | rt=5 rn=6 imm=1 sz=1 sign=1 ext=1 p=0 w=0
ldrsw x7, [x8, #8]                | LDR_u   | rt=7 rn=8 imm=2 sz=2 sign=1 ext=1 p=0 w=0
ldrh w9, [x10]                    | LDR_u   | rt=9 rn=10 imm=0 sz=1 sign=0 ext=0 p=0 w=0
prfm pldl1keep, [x0, #8]          | PRFM_u  |
# -- register offset (opt: 0 UXTW, 1 LSL, 2 SXTW, 3 SXTX)
ldr x0, [x1, x2, lsl #3]          | LDR_r   | rt=0 rn=1 rm=2 opt=1 s=1 sz=3 sign=0 ext=0
str w3, [sp, w4, uxtw]            | STR_r   | rt=3 rn=31 rm=4 opt=0 s=0 sz=2 sign=0 ext=0
ldrsb x5, [x6, w7, sxtw]          | LDR_r   | rt=5 rn=6 rm=7 opt=2 s=0 sz=0 sign=1 ext=1
ldrsh w8, [x9, x10, sxtx #1]      | LDR_r   | rt=8 rn=9 rm=10 opt=3 s=1 sz=1 sign=1 ext=0
ldrsw x11, [x12, x13]             | LDR_r   | rt=11 rn=12 rm=13 opt=1 s=0 sz=2 sign=1 ext=1
ldrb w0, [x1, x2]                 | LDR_r   | rt=0 rn=1 rm=2 opt=1 s=0 sz=0 sign=0 ext=0
prfm pldl1keep, [x0, x1]          | PRFM_r  |
.inst 0xf8600800                  | -       | // option 000
# -- literal
ldr w1, . + 16                    | LDR_lit | rt=1 imm=16 sz=2 sign=0
ldr x2, . - 8                     | LDR_lit | rt=2 imm=-8 sz=3 sign=0
ldrsw x3, . + 4                   | LDR_lit | rt=3 imm=4 sz=2 sign=1
prfm pldl1keep, . + 8             | PRFM_lit |
# -- pairs (rt rt2 rn imm sz sign p w), imm unscaled
stp x29, x30, [sp, #-16]!         | STP     | rt=29 rt2=30 rn=31 imm=-2 sz=3 sign=0 p=0 w=1
ldp x29, x30, [sp], #16           | LDP     | rt=29 rt2=30 rn=31 imm=2 sz=3 sign=0 p=1 w=1
stp w1, w2, [x3, #8]              | STP     | rt=1 rt2=2 rn=3 imm=2 sz=2 sign=0 p=0 w=0
ldp w1, w2, [x3, #-4]             | LDP     | rt=1 rt2=2 rn=3 imm=-1 sz=2 sign=0 p=0 w=0
stnp x4, x5, [x6, #16]            | STP     | rt=4 rt2=5 rn=6 imm=2 sz=3 sign=0 p=0 w=0
ldnp w7, w8, [x9]                 | LDP     | rt=7 rt2=8 rn=9 imm=0 sz=2 sign=0 p=0 w=0
ldpsw x1, x2, [x3, #8]            | LDP     | rt=1 rt2=2 rn=3 imm=2 sz=2 sign=1 p=0 w=0
ldpsw x1, x2, [x3], #-8           | LDP     | rt=1 rt2=2 rn=3 imm=-2 sz=2 sign=1 p=1 w=1
ldpsw x1, x2, [x3, #4]!           | LDP     | rt=1 rt2=2 rn=3 imm=1 sz=2 sign=1 p=0 w=1
.inst 0x68400000                  | -       | // LDPSW non-temporal
.inst 0xe9400000                  | -       | // LDP opc 11
# -- exclusives, acquire/release (rt rt2 rn rs sz lasr)
stxr w1, x2, [x3]                 | STXR    | rt=2 rt2=31 rn=3 rs=1 sz=3 lasr=0
stlxrb w4, w5, [sp]               | STXR    | rt=5 rt2=31 rn=31 rs=4 sz=0 lasr=1
ldxr w6, [x7]                     | LDXR    | rt=6 rt2=31 rn=7 rs=31 sz=2 lasr=0
ldaxrh w8, [x9]                   | LDXR    | rt=8 rt2=31 rn=9 rs=31 sz=1 lasr=1
stxp w1, x2, x3, [x4]             | STXP    | rt=2 rt2=3 rn=4 rs=1 sz=1 lasr=0
stlxp w5, w6, w7, [x8]            | STXP    | rt=6 rt2=7 rn=8 rs=5 sz=0 lasr=1
ldxp x1, x2, [x3]                 | LDXP    | rt=1 rt2=2 rn=3 rs=31 sz=1 lasr=0
ldaxp w4, w5, [x6]                | LDXP    | rt=4 rt2=5 rn=6 rs=31 sz=0 lasr=1
stlr x1, [x2]                     | STLR    | rt=1 rt2=31 rn=2 rs=31 sz=3 lasr=1
stllrb w3, [x4]                   | STLR    | rt=3 rt2=31 rn=4 rs=31 sz=0 lasr=0
ldar w5, [sp]                     | LDAR    | rt=5 rt2=31 rn=31 rs=31 sz=2 lasr=1
ldlarh w6, [x7]                   | LDAR    | rt=6 rt2=31 rn=7 rs=31 sz=1 lasr=0
# -- LSE (rt rn rs sz a r)
cas x1, x2, [x3]                  | CAS     | rt=2 rn=3 rs=1 sz=3 a=0 r=0
casalb w4, w5, [sp]               | CAS     | rt=5 rn=31 rs=4 sz=0 a=1 r=1
caslh w6, w7, [x8]                | CAS     | rt=7 rn=8 rs=6 sz=1 a=0 r=1
casp x0, x1, x2, x3, [x4]         | CASP    | rt=2 rn=4 rs=0 sz=1 a=0 r=0
caspa w4, w5, w6, w7, [x8]        | CASP    | rt=6 rn=8 rs=4 sz=0 a=1 r=0
ldadd x1, x2, [x3]                | LDADD   | rt=2 rn=3 rs=1 sz=3 a=0 r=0
stadd w1, [x3]                    | LDADD   | rt=31 rn=3 rs=1 sz=2 a=0 r=0
ldclral w1, w2, [x3]              | LDCLR   | rt=2 rn=3 rs=1 sz=2 a=1 r=1
ldeorab w1, w2, [x3]              | LDEOR   | rt=2 rn=3 rs=1 sz=0 a=1 r=0
ldsetlh w1, w2, [x3]              | LDSET   | rt=2 rn=3 rs=1 sz=1 a=0 r=1
ldsmax x1, x2, [x3]               | LDSMAX  | rt=2 rn=3 rs=1 sz=3 a=0 r=0
ldsmin w1, w2, [x3]               | LDSMIN  | rt=2 rn=3 rs=1 sz=2 a=0 r=0
ldumaxa x1, x2, [x3]              | LDUMAX  | rt=2 rn=3 rs=1 sz=3 a=1 r=0
lduminl w1, w2, [x3]              | LDUMIN  | rt=2 rn=3 rs=1 sz=2 a=0 r=1
swpal x1, x2, [sp]                | SWP     | rt=2 rn=31 rs=1 sz=3 a=1 r=1
ldapr x1, [x2]                    | LDAPR   | rt=1 rn=2 rs=31 sz=3 a=1 r=0
ldaprb w1, [x2]                   | LDAPR   | rt=1 rn=2 rs=31 sz=0 a=1 r=0
stlur w1, [x2, #-4]               | STLUR   | rt=1 rn=2 imm=-4 sz=2 sign=0 ext=0 p=0 w=0
ldapur x3, [x4, #8]               | LDAPUR  | rt=3 rn=4 imm=8 sz=3 sign=0 ext=0 p=0 w=0
ldapursb x5, [x6]                 | LDAPUR  | rt=5 rn=6 imm=0 sz=0 sign=1 ext=1 p=0 w=0
ldapursh w7, [x8, #2]             | LDAPUR  | rt=7 rn=8 imm=2 sz=1 sign=1 ext=0 p=0 w=0
ldapursw x9, [x10]                | LDAPUR  | rt=9 rn=10 imm=0 sz=2 sign=1 ext=1 p=0 w=0
# ---- a64_simd.decode: SIMD&FP loads and stores (rt rn imm vsz p w)
stur q0, [x1, #-16]               | STR_v_i | rt=0 rn=1 imm=-16 vsz=4 p=0 w=0
str d2, [sp, #-8]!                | STR_v_i | rt=2 rn=31 imm=-8 vsz=3 p=0 w=1
str s3, [x4], #4                  | STR_v_i | rt=3 rn=4 imm=4 vsz=2 p=1 w=1
str q1, [x2], #16                 | STR_v_i | rt=1 rn=2 imm=16 vsz=4 p=1 w=1
str q1, [x2, #-32]!               | STR_v_i | rt=1 rn=2 imm=-32 vsz=4 p=0 w=1
ldur h5, [x6, #1]                 | LDR_v_i | rt=5 rn=6 imm=1 vsz=1 p=0 w=0
ldr b7, [x8], #-1                 | LDR_v_i | rt=7 rn=8 imm=-1 vsz=0 p=1 w=1
ldr q9, [x10, #32]!               | LDR_v_i | rt=9 rn=10 imm=32 vsz=4 p=0 w=1
ldr q1, [x2], #-16                | LDR_v_i | rt=1 rn=2 imm=-16 vsz=4 p=1 w=1
ldur q1, [x2, #3]                 | LDR_v_i | rt=1 rn=2 imm=3 vsz=4 p=0 w=0
.inst 0x3c000800                  | -       | // no unprivileged SIMD&FP store
ldr q0, [x1, #16]                 | LDR_v_u | rt=0 rn=1 imm=1 vsz=4 p=0 w=0
str q2, [sp, #65520]              | STR_v_u | rt=2 rn=31 imm=4095 vsz=4 p=0 w=0
ldr d3, [x4, #8]                  | LDR_v_u | rt=3 rn=4 imm=1 vsz=3 p=0 w=0
str s5, [x6, #4]                  | STR_v_u | rt=5 rn=6 imm=1 vsz=2 p=0 w=0
ldr h7, [x8, #2]                  | LDR_v_u | rt=7 rn=8 imm=1 vsz=1 p=0 w=0
str b9, [x10, #1]                 | STR_v_u | rt=9 rn=10 imm=1 vsz=0 p=0 w=0
.inst 0x7d800000                  | -       | // size 01 with opc 1x
ldr q0, [x1, x2, lsl #4]          | LDR_v_r | rt=0 rn=1 rm=2 opt=1 s=1 vsz=4
str d3, [x4, w5, sxtw #3]         | STR_v_r | rt=3 rn=4 rm=5 opt=2 s=1 vsz=3
ldr s6, [x7, w8, uxtw]            | LDR_v_r | rt=6 rn=7 rm=8 opt=0 s=0 vsz=2
str q1, [x2, x3]                  | STR_v_r | rt=1 rn=2 rm=3 opt=1 s=0 vsz=4
ldr s1, . + 8                     | LDR_v_lit | rt=1 imm=8 vsz=2
ldr d2, . - 4                     | LDR_v_lit | rt=2 imm=-4 vsz=3
ldr q3, . + 1024                  | LDR_v_lit | rt=3 imm=1024 vsz=4
stp q0, q1, [sp, #-32]!           | STP_v   | rt=0 rt2=1 rn=31 imm=-2 vsz=4 p=0 w=1
ldp q2, q3, [x4], #32             | LDP_v   | rt=2 rt2=3 rn=4 imm=2 vsz=4 p=1 w=1
stp d8, d9, [sp, #16]             | STP_v   | rt=8 rt2=9 rn=31 imm=2 vsz=3 p=0 w=0
ldp s0, s1, [x2, #-8]             | LDP_v   | rt=0 rt2=1 rn=2 imm=-2 vsz=2 p=0 w=0
stnp q0, q1, [x2, #32]            | STP_v   | rt=0 rt2=1 rn=2 imm=2 vsz=4 p=0 w=0
ldnp d0, d1, [x2]                 | LDP_v   | rt=0 rt2=1 rn=2 imm=0 vsz=3 p=0 w=0
.inst 0xed400000                  | -       | // SIMD&FP pair opc 11
# -- multiple structures (rt rn rm q size rpt selem p)
ld1 {v0.16b}, [x1]                | LD_mult_v | rt=0 rn=1 rm=0 q=1 size=0 rpt=1 selem=1 p=0
ld1 {v2.8b, v3.8b}, [x4], #16     | LD_mult_v | rt=2 rn=4 rm=31 q=0 size=0 rpt=2 selem=1 p=1
ld1 {v4.4s, v5.4s, v6.4s}, [x7], x8 | LD_mult_v | rt=4 rn=7 rm=8 q=1 size=2 rpt=3 selem=1 p=1
ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [sp] | LD_mult_v | rt=0 rn=31 rm=0 q=1 size=3 rpt=4 selem=1 p=0
st1 {v1.8h}, [x2]                 | ST_mult_v | rt=1 rn=2 rm=0 q=1 size=1 rpt=1 selem=1 p=0
st1 {v1.1d, v2.1d}, [x2], #16     | ST_mult_v | rt=1 rn=2 rm=31 q=0 size=3 rpt=2 selem=1 p=1
st1 {v30.16b, v31.16b, v0.16b}, [x0] | ST_mult_v | rt=30 rn=0 rm=0 q=1 size=0 rpt=3 selem=1 p=0
st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x0], x1 | ST_mult_v | rt=0 rn=0 rm=1 q=0 size=2 rpt=4 selem=1 p=1
ld2 {v0.8h, v1.8h}, [x1]          | LD_mult_v | rt=0 rn=1 rm=0 q=1 size=1 rpt=1 selem=2 p=0
ld3 {v0.4s, v1.4s, v2.4s}, [x1], #48 | LD_mult_v | rt=0 rn=1 rm=31 q=1 size=2 rpt=1 selem=3 p=1
ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x1] | LD_mult_v | rt=0 rn=1 rm=0 q=0 size=0 rpt=1 selem=4 p=0
st2 {v0.2d, v1.2d}, [x1]          | ST_mult_v | rt=0 rn=1 rm=0 q=1 size=3 rpt=1 selem=2 p=0
st3 {v0.8b, v1.8b, v2.8b}, [x1]   | ST_mult_v | rt=0 rn=1 rm=0 q=0 size=0 rpt=1 selem=3 p=0
st4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x1], x2 | ST_mult_v | rt=0 rn=1 rm=2 q=0 size=1 rpt=1 selem=4 p=1
ld1r {v0.4s}, [x1]                | LD1R_v  | rt=0 rn=1 rm=0 q=1 size=2 rpt=1 selem=1 p=0
ld1r {v2.8b}, [x3], #1            | LD1R_v  | rt=2 rn=3 rm=31 q=0 size=0 rpt=1 selem=1 p=1
ld1r {v0.2d}, [x1], x2            | LD1R_v  | rt=0 rn=1 rm=2 q=1 size=3 rpt=1 selem=1 p=1
# ---- scalar floating point
fmov w1, s2                       | FMOV_ws | rd=1 rn=2
fmov s3, w4                       | FMOV_sw | rd=3 rn=4
fmov x5, d6                       | FMOV_xd | rd=5 rn=6
fmov d7, x8                       | FMOV_dx | rd=7 rn=8
fmov x9, v10.d[1]                 | FMOV_xv1 | rd=9 rn=10
fmov v11.d[1], x12                | FMOV_v1x | rd=11 rn=12
# (rd rn sf ft u rmode scale); rmode 4 = ties away
fcvtzs w0, d1                     | FCVT_toint | rd=0 rn=1 sf=0 ft=1 u=0 rmode=3 scale=64
fcvtzu x2, s3                     | FCVT_toint | rd=2 rn=3 sf=1 ft=0 u=1 rmode=3 scale=64
fcvtns x4, d5                     | FCVT_toint | rd=4 rn=5 sf=1 ft=1 u=0 rmode=0 scale=64
fcvtpu w6, s7                     | FCVT_toint | rd=6 rn=7 sf=0 ft=0 u=1 rmode=1 scale=64
fcvtms x8, s9                     | FCVT_toint | rd=8 rn=9 sf=1 ft=0 u=0 rmode=2 scale=64
fcvtas w10, d11                   | FCVT_toint | rd=10 rn=11 sf=0 ft=1 u=0 rmode=4 scale=64
fcvtau x12, d13                   | FCVT_toint | rd=12 rn=13 sf=1 ft=1 u=1 rmode=4 scale=64
fcvtzs w0, d1, #16                | FCVT_toint | rd=0 rn=1 sf=0 ft=1 u=0 rmode=3 scale=48
scvtf d0, w1                      | CVTF_int | rd=0 rn=1 sf=0 ft=1 u=0 rmode=0 scale=64
ucvtf s2, x3                      | CVTF_int | rd=2 rn=3 sf=1 ft=0 u=1 rmode=0 scale=64
scvtf s0, x1, #64                 | CVTF_int | rd=0 rn=1 sf=1 ft=0 u=0 rmode=0 scale=0
ucvtf d0, w1, #1                  | CVTF_int | rd=0 rn=1 sf=0 ft=1 u=1 rmode=0 scale=63
# (rd rn ft)
fmov s1, s2                       | FMOV_f  | rd=1 rn=2 ft=0
fabs d3, d4                       | FABS_f  | rd=3 rn=4 ft=1
fneg s5, s6                       | FNEG_f  | rd=5 rn=6 ft=0
fsqrt d7, d8                      | FSQRT_f | rd=7 rn=8 ft=1
fcvt d0, s1                       | FCVT_sd | rd=0 rn=1 ft=0
fcvt h0, s1                       | FCVT_sh | rd=0 rn=1 ft=0
fcvt s0, d1                       | FCVT_ds | rd=0 rn=1 ft=1
fcvt h0, d1                       | FCVT_dh | rd=0 rn=1 ft=1
fcvt s0, h1                       | FCVT_hs | rd=0 rn=1 ft=2
fcvt d0, h1                       | FCVT_hd | rd=0 rn=1 ft=2
frintn s0, s1                     | FRINTN_f | rd=0 rn=1 ft=0
frintp d0, d1                     | FRINTP_f | rd=0 rn=1 ft=1
frintm s2, s3                     | FRINTM_f | rd=2 rn=3 ft=0
frintz d2, d3                     | FRINTZ_f | rd=2 rn=3 ft=1
frinta s4, s5                     | FRINTA_f | rd=4 rn=5 ft=0
frintx d4, d5                     | FRINTX_f | rd=4 rn=5 ft=1
frinti s6, s7                     | FRINTI_f | rd=6 rn=7 ft=0
# (rn rm ft e z), (rn rm ft e cond nzcv), (rd rn rm ft cond)
fcmp d0, d1                       | FCMP_f  | rn=0 rm=1 ft=1 e=0 z=0
fcmpe s2, #0.0                    | FCMP_f  | rn=2 rm=0 ft=0 e=1 z=1
fcmp s3, #0.0                     | FCMP_f  | rn=3 rm=0 ft=0 e=0 z=1
fcmpe d4, d5                      | FCMP_f  | rn=4 rm=5 ft=1 e=1 z=0
fccmp d0, d1, #4, ne              | FCCMP_f | rn=0 rm=1 ft=1 e=0 cond=1 nzcv=4
fccmpe s2, s3, #0, ge             | FCCMP_f | rn=2 rm=3 ft=0 e=1 cond=10 nzcv=0
fcsel d0, d1, d2, eq              | FCSEL_f | rd=0 rn=1 rm=2 ft=1 cond=0
fcsel s3, s4, s5, lt              | FCSEL_f | rd=3 rn=4 rm=5 ft=0 cond=11
# (rd rn rm ft)
fmul s0, s1, s2                   | FMUL_f  | rd=0 rn=1 rm=2 ft=0
fdiv d0, d1, d2                   | FDIV_f  | rd=0 rn=1 rm=2 ft=1
fadd s3, s4, s5                   | FADD_f  | rd=3 rn=4 rm=5 ft=0
fsub d3, d4, d5                   | FSUB_f  | rd=3 rn=4 rm=5 ft=1
fmax s6, s7, s8                   | FMAX_f  | rd=6 rn=7 rm=8 ft=0
fmin d6, d7, d8                   | FMIN_f  | rd=6 rn=7 rm=8 ft=1
fmaxnm s9, s10, s11               | FMAXNM_f | rd=9 rn=10 rm=11 ft=0
fminnm d9, d10, d11               | FMINNM_f | rd=9 rn=10 rm=11 ft=1
fnmul s12, s13, s14               | FNMUL_f | rd=12 rn=13 rm=14 ft=0
fabd d0, d1, d2                   | FABD_f  | rd=0 rn=1 rm=2 ft=1
fabd s3, s4, s5                   | FABD_f  | rd=3 rn=4 rm=5 ft=0
# (rd rn rm ra ft)
fmadd d0, d1, d2, d3              | FMADD_f | rd=0 rn=1 rm=2 ra=3 ft=1
fmsub s0, s1, s2, s3              | FMSUB_f | rd=0 rn=1 rm=2 ra=3 ft=0
fnmadd d4, d5, d6, d7             | FNMADD_f | rd=4 rn=5 rm=6 ra=7 ft=1
fnmsub s4, s5, s6, s7             | FNMSUB_f | rd=4 rn=5 rm=6 ra=7 ft=0
# (rd ft imm)
fmov d0, #1.0                     | FMOV_fi | rd=0 ft=1 imm=112
fmov s1, #-2.0                    | FMOV_fi | rd=1 ft=0 imm=128
# ---- Advanced SIMD (rd rn rm q size)
add v0.4s, v1.4s, v2.4s           | ADD_v   | rd=0 rn=1 rm=2 q=1 size=2
sub v0.8b, v1.8b, v2.8b           | SUB_v   | rd=0 rn=1 rm=2 q=0 size=0
cmtst v0.2d, v1.2d, v2.2d         | CMTST_v | rd=0 rn=1 rm=2 q=1 size=3
cmeq v0.16b, v1.16b, v2.16b       | CMEQ_v  | rd=0 rn=1 rm=2 q=1 size=0
cmgt v0.4h, v1.4h, v2.4h          | CMGT_v  | rd=0 rn=1 rm=2 q=0 size=1
cmhi v0.8h, v1.8h, v2.8h          | CMHI_v  | rd=0 rn=1 rm=2 q=1 size=1
cmge v0.2s, v1.2s, v2.2s          | CMGE_v  | rd=0 rn=1 rm=2 q=0 size=2
cmhs v3.16b, v4.16b, v5.16b       | CMHS_v  | rd=3 rn=4 rm=5 q=1 size=0
smax v0.4s, v1.4s, v2.4s          | SMAX_v  | rd=0 rn=1 rm=2 q=1 size=2
umax v0.8b, v1.8b, v2.8b          | UMAX_v  | rd=0 rn=1 rm=2 q=0 size=0
smin v0.8h, v1.8h, v2.8h          | SMIN_v  | rd=0 rn=1 rm=2 q=1 size=1
umin v0.2s, v1.2s, v2.2s          | UMIN_v  | rd=0 rn=1 rm=2 q=0 size=2
smaxp v0.16b, v1.16b, v2.16b      | SMAXP_v | rd=0 rn=1 rm=2 q=1 size=0
umaxp v0.16b, v1.16b, v2.16b      | UMAXP_v | rd=0 rn=1 rm=2 q=1 size=0
sminp v0.4h, v1.4h, v2.4h         | SMINP_v | rd=0 rn=1 rm=2 q=0 size=1
uminp v0.4s, v1.4s, v2.4s         | UMINP_v | rd=0 rn=1 rm=2 q=1 size=2
addp v0.2d, v1.2d, v2.2d          | ADDP_v  | rd=0 rn=1 rm=2 q=1 size=3
mul v0.4s, v1.4s, v2.4s           | MUL_v   | rd=0 rn=1 rm=2 q=1 size=2
mla v0.16b, v1.16b, v2.16b        | MLA_v   | rd=0 rn=1 rm=2 q=1 size=0
mls v0.4h, v1.4h, v2.4h           | MLS_v   | rd=0 rn=1 rm=2 q=0 size=1
sshl v0.2d, v1.2d, v2.2d          | SSHL_v  | rd=0 rn=1 rm=2 q=1 size=3
ushl v0.8b, v1.8b, v2.8b          | USHL_v  | rd=0 rn=1 rm=2 q=0 size=0
sshl d0, d1, d2                   | SSHL_s  | rd=0 rn=1 rm=2 q=0 size=3
ushl d3, d4, d5                   | USHL_s  | rd=3 rn=4 rm=5 q=0 size=3
and v0.16b, v1.16b, v2.16b        | AND_v   | rd=0 rn=1 rm=2 q=1 size=0
bic v0.8b, v1.8b, v2.8b           | BIC_v   | rd=0 rn=1 rm=2 q=0 size=0
orr v0.16b, v1.16b, v2.16b        | ORR_v   | rd=0 rn=1 rm=2 q=1 size=0
orn v0.16b, v1.16b, v2.16b        | ORN_v   | rd=0 rn=1 rm=2 q=1 size=0
eor v0.8b, v1.8b, v2.8b           | EOR_v   | rd=0 rn=1 rm=2 q=0 size=0
bsl v0.16b, v1.16b, v2.16b        | BSL_v   | rd=0 rn=1 rm=2 q=1 size=0
bit v0.16b, v1.16b, v2.16b        | BIT_v   | rd=0 rn=1 rm=2 q=1 size=0
bif v0.8b, v1.8b, v2.8b           | BIF_v   | rd=0 rn=1 rm=2 q=0 size=0
saddl v0.8h, v1.8b, v2.8b         | SADDL_v | rd=0 rn=1 rm=2 q=0 size=0
uaddl2 v0.4s, v1.8h, v2.8h        | UADDL_v | rd=0 rn=1 rm=2 q=1 size=1
saddw v0.2d, v1.2d, v2.2s         | SADDW_v | rd=0 rn=1 rm=2 q=0 size=2
uaddw v0.2d, v1.2d, v2.2s         | UADDW_v | rd=0 rn=1 rm=2 q=0 size=2
ssubl v0.4s, v1.4h, v2.4h         | SSUBL_v | rd=0 rn=1 rm=2 q=0 size=1
usubl2 v0.8h, v1.16b, v2.16b      | USUBL_v | rd=0 rn=1 rm=2 q=1 size=0
ssubw v0.8h, v1.8h, v2.8b         | SSUBW_v | rd=0 rn=1 rm=2 q=0 size=0
usubw2 v0.4s, v1.4s, v2.8h        | USUBW_v | rd=0 rn=1 rm=2 q=1 size=1
addhn v0.8b, v1.8h, v2.8h         | ADDHN_v | rd=0 rn=1 rm=2 q=0 size=0
subhn2 v0.16b, v1.8h, v2.8h       | SUBHN_v | rd=0 rn=1 rm=2 q=1 size=0
uzp1 v0.4s, v1.4s, v2.4s          | UZP1_v  | rd=0 rn=1 rm=2 q=1 size=2
trn1 v0.8b, v1.8b, v2.8b          | TRN1_v  | rd=0 rn=1 rm=2 q=0 size=0
zip1 v0.2d, v1.2d, v2.2d          | ZIP1_v  | rd=0 rn=1 rm=2 q=1 size=3
uzp2 v0.8h, v1.8h, v2.8h          | UZP2_v  | rd=0 rn=1 rm=2 q=1 size=1
trn2 v0.2s, v1.2s, v2.2s          | TRN2_v  | rd=0 rn=1 rm=2 q=0 size=2
zip2 v0.16b, v1.16b, v2.16b       | ZIP2_v  | rd=0 rn=1 rm=2 q=1 size=0
# (rd rn rm q imm)
ext v0.16b, v1.16b, v2.16b, #3    | EXT_v   | rd=0 rn=1 rm=2 q=1 imm=3
ext v3.8b, v4.8b, v5.8b, #7       | EXT_v   | rd=3 rn=4 rm=5 q=0 imm=7
# (rd rn q size)
rev64 v0.4s, v1.4s                | REV64_v | rd=0 rn=1 q=1 size=2
rev32 v0.8b, v1.8b                | REV32_v | rd=0 rn=1 q=0 size=0
rev16 v0.16b, v1.16b              | REV16_v | rd=0 rn=1 q=1 size=0
cnt v0.8b, v1.8b                  | CNT_v   | rd=0 rn=1 q=0 size=0
mvn v0.16b, v1.16b                | NOT_v   | rd=0 rn=1 q=1 size=0
cmgt v0.4s, v1.4s, #0             | CMGT0_v | rd=0 rn=1 q=1 size=2
cmge v0.8b, v1.8b, #0             | CMGE0_v | rd=0 rn=1 q=0 size=0
cmeq v0.16b, v1.16b, #0           | CMEQ0_v | rd=0 rn=1 q=1 size=0
cmle v0.2d, v1.2d, #0             | CMLE0_v | rd=0 rn=1 q=1 size=3
cmlt v0.4h, v1.4h, #0             | CMLT0_v | rd=0 rn=1 q=0 size=1
abs v0.2d, v1.2d                  | ABS_v   | rd=0 rn=1 q=1 size=3
neg v0.8h, v1.8h                  | NEG_v   | rd=0 rn=1 q=1 size=1
xtn v0.8b, v1.8h                  | XTN_v   | rd=0 rn=1 q=0 size=0
xtn2 v0.4s, v1.2d                 | XTN_v   | rd=0 rn=1 q=1 size=2
addv b0, v1.16b                   | ADDV_v  | rd=0 rn=1 q=1 size=0
smaxv h0, v1.8h                   | SMAXV_v | rd=0 rn=1 q=1 size=1
umaxv s0, v1.4s                   | UMAXV_v | rd=0 rn=1 q=1 size=2
sminv b0, v1.8b                   | SMINV_v | rd=0 rn=1 q=0 size=0
uminv h0, v1.4h                   | UMINV_v | rd=0 rn=1 q=0 size=1
cmgt d0, d1, #0                   | CMGT0_s | rd=0 rn=1 q=0 size=3
cmge d0, d1, #0                   | CMGE0_s | rd=0 rn=1 q=0 size=3
cmeq d2, d3, #0                   | CMEQ0_s | rd=2 rn=3 q=0 size=3
cmle d2, d3, #0                   | CMLE0_s | rd=2 rn=3 q=0 size=3
cmlt d4, d5, #0                   | CMLT0_s | rd=4 rn=5 q=0 size=3
addp d0, v1.2d                    | ADDP_s  | rd=0 rn=1 q=0 size=3
# (rd rn ft)
scvtf d0, d1                      | SCVTF_s | rd=0 rn=1 ft=1
ucvtf s0, s1                      | UCVTF_s | rd=0 rn=1 ft=0
fcvtzs d0, d1                     | FCVTZS_s | rd=0 rn=1 ft=1
fcvtzu s0, s1                     | FCVTZU_s | rd=0 rn=1 ft=0
# (rd rn q imm5 imm4)
dup v0.4s, v1.s[1]                | DUP_elem_v | rd=0 rn=1 q=1 imm5=12 imm4=0
dup v0.16b, w1                    | DUP_gen_v | rd=0 rn=1 q=1 imm5=1 imm4=0
dup v0.2d, x1                     | DUP_gen_v | rd=0 rn=1 q=1 imm5=8 imm4=0
smov x0, v1.h[3]                  | SMOV_v  | rd=0 rn=1 q=1 imm5=14 imm4=0
umov w0, v1.b[5]                  | UMOV_v  | rd=0 rn=1 q=0 imm5=11 imm4=0
mov x0, v1.d[1]                   | UMOV_v  | rd=0 rn=1 q=1 imm5=24 imm4=0
ins v0.s[2], w1                   | INS_gen_v | rd=0 rn=1 q=1 imm5=20 imm4=0
ins v0.h[1], v1.h[3]              | INS_elem_v | rd=0 rn=1 q=1 imm5=6 imm4=6
mov b0, v1.b[7]                   | DUP_elem_s | rd=0 rn=1 q=0 imm5=15 imm4=0
# (rd q op cmode imm)
movi v0.4s, #0x12                 | SIMD_imm_v | rd=0 q=1 op=0 cmode=0 imm=18
movi v0.2s, #0xab, lsl #8         | SIMD_imm_v | rd=0 q=0 op=0 cmode=2 imm=171
mvni v0.4s, #0x1                  | SIMD_imm_v | rd=0 q=1 op=1 cmode=0 imm=1
orr v0.8h, #0x12, lsl #8          | SIMD_imm_v | rd=0 q=1 op=0 cmode=11 imm=18
bic v0.4s, #0xff                  | SIMD_imm_v | rd=0 q=1 op=1 cmode=1 imm=255
movi v0.16b, #0x80                | SIMD_imm_v | rd=0 q=1 op=0 cmode=14 imm=128
movi d0, #0xff00ff00ff00ff00      | SIMD_imm_v | rd=0 q=0 op=1 cmode=14 imm=170
movi v0.2d, #0                    | SIMD_imm_v | rd=0 q=1 op=1 cmode=14 imm=0
fmov v0.4s, #1.0                  | SIMD_imm_v | rd=0 q=1 op=0 cmode=15 imm=112
fmov v0.2d, #-2.0                 | SIMD_imm_v | rd=0 q=1 op=1 cmode=15 imm=128
mvni v0.2s, #0x10, msl #8         | SIMD_imm_v | rd=0 q=0 op=1 cmode=12 imm=16
.inst 0x0f000c00                  | -       | // modified immediate with o2 = 1
# (rd rn q u immhb)
sshr v0.4s, v1.4s, #3             | SSHR_v  | rd=0 rn=1 q=1 u=0 immhb=61
ushr v0.16b, v1.16b, #1           | USHR_v  | rd=0 rn=1 q=1 u=1 immhb=15
ssra v0.2d, v1.2d, #64            | SSRA_v  | rd=0 rn=1 q=1 u=0 immhb=64
usra v0.8h, v1.8h, #4             | USRA_v  | rd=0 rn=1 q=1 u=1 immhb=28
shl v0.2s, v1.2s, #5              | SHL_v   | rd=0 rn=1 q=0 u=0 immhb=37
shrn v0.8b, v1.8h, #4             | SHRN_v  | rd=0 rn=1 q=0 u=0 immhb=12
sshll v0.4s, v1.4h, #2            | SSHLL_v | rd=0 rn=1 q=0 u=0 immhb=18
uxtl2 v0.8h, v1.16b               | USHLL_v | rd=0 rn=1 q=1 u=1 immhb=8
ushr d0, d1, #8                   | USHR_s  | rd=0 rn=1 q=0 u=1 immhb=120
sshr d0, d1, #1                   | SSHR_s  | rd=0 rn=1 q=0 u=0 immhb=127
shl d0, d1, #63                   | SHL_s   | rd=0 rn=1 q=0 u=0 immhb=127
# -- Advanced SIMD floating point (vfp3: rd rn rm q ft; vfp2: rd rn q ft;
#    vfp_idx: rd rn rm q ft idx sc)
fmul v0.2d, v0.2d, v0.2d          | FMUL_v  | rd=0 rn=0 rm=0 q=1 ft=1
fadd v1.4s, v2.4s, v3.4s          | FADD_v  | rd=1 rn=2 rm=3 q=1 ft=0
fsub v4.2s, v5.2s, v6.2s          | FSUB_v  | rd=4 rn=5 rm=6 q=0 ft=0
fdiv v7.2d, v8.2d, v9.2d          | FDIV_v  | rd=7 rn=8 rm=9 q=1 ft=1
fmla v10.4s, v11.4s, v12.4s       | FMLA_v  | rd=10 rn=11 rm=12 q=1 ft=0
fmls v13.2d, v14.2d, v15.2d       | FMLS_v  | rd=13 rn=14 rm=15 q=1 ft=1
fmulx v1.2s, v2.2s, v3.2s         | FMULX_v | rd=1 rn=2 rm=3 q=0 ft=0
fmax v1.4s, v2.4s, v3.4s          | FMAX_v  | rd=1 rn=2 rm=3 q=1 ft=0
fmin v1.2d, v2.2d, v3.2d          | FMIN_v  | rd=1 rn=2 rm=3 q=1 ft=1
fmaxnm v1.4s, v2.4s, v3.4s        | FMAXNM_v | rd=1 rn=2 rm=3 q=1 ft=0
fminnm v1.4s, v2.4s, v3.4s        | FMINNM_v | rd=1 rn=2 rm=3 q=1 ft=0
fabd v1.4s, v2.4s, v3.4s          | FABD_v  | rd=1 rn=2 rm=3 q=1 ft=0
fcmeq v1.2d, v2.2d, v3.2d         | FCMEQ_v | rd=1 rn=2 rm=3 q=1 ft=1
fcmge v1.4s, v2.4s, v3.4s         | FCMGE_v | rd=1 rn=2 rm=3 q=1 ft=0
fcmgt v1.2s, v2.2s, v3.2s         | FCMGT_v | rd=1 rn=2 rm=3 q=0 ft=0
facge v1.4s, v2.4s, v3.4s         | FACGE_v | rd=1 rn=2 rm=3 q=1 ft=0
facgt v1.2d, v2.2d, v3.2d         | FACGT_v | rd=1 rn=2 rm=3 q=1 ft=1
faddp v1.4s, v2.4s, v3.4s         | FADDP_v | rd=1 rn=2 rm=3 q=1 ft=0
fmaxp v1.2d, v2.2d, v3.2d         | FMAXP_v | rd=1 rn=2 rm=3 q=1 ft=1
fminp v1.2s, v2.2s, v3.2s         | FMINP_v | rd=1 rn=2 rm=3 q=0 ft=0
fmaxnmp v1.4s, v2.4s, v3.4s       | FMAXNMP_v | rd=1 rn=2 rm=3 q=1 ft=0
fminnmp v1.4s, v2.4s, v3.4s       | FMINNMP_v | rd=1 rn=2 rm=3 q=1 ft=0
.inst 0x2e60dc00                  | FMUL_v  | rd=0 rn=0 rm=0 q=0 ft=1 // .1D: trans_FMUL_v refuses it (SIGILL)
fmulx d1, d2, d3                  | FMULX_f | rd=1 rn=2 rm=3 ft=1
fsqrt v1.2d, v2.2d                | FSQRT_v | rd=1 rn=2 q=1 ft=1
fneg v1.4s, v2.4s                 | FNEG_v  | rd=1 rn=2 q=1 ft=0
fabs v1.2s, v2.2s                 | FABS_v  | rd=1 rn=2 q=0 ft=0
frintn v1.4s, v2.4s               | FRINTN_v | rd=1 rn=2 q=1 ft=0
frintm v1.2d, v2.2d               | FRINTM_v | rd=1 rn=2 q=1 ft=1
frintp v1.4s, v2.4s               | FRINTP_v | rd=1 rn=2 q=1 ft=0
frintz v1.4s, v2.4s               | FRINTZ_v | rd=1 rn=2 q=1 ft=0
frinta v1.4s, v2.4s               | FRINTA_v | rd=1 rn=2 q=1 ft=0
frintx v1.4s, v2.4s               | FRINTX_v | rd=1 rn=2 q=1 ft=0
frinti v1.4s, v2.4s               | FRINTI_v | rd=1 rn=2 q=1 ft=0
fcvtzs v1.2d, v2.2d               | FCVTZS_v | rd=1 rn=2 q=1 ft=1
fcvtzu v1.4s, v2.4s               | FCVTZU_v | rd=1 rn=2 q=1 ft=0
fcvtns v1.4s, v2.4s               | FCVTNS_v | rd=1 rn=2 q=1 ft=0
fcvtnu v1.4s, v2.4s               | FCVTNU_v | rd=1 rn=2 q=1 ft=0
fcvtms v1.4s, v2.4s               | FCVTMS_v | rd=1 rn=2 q=1 ft=0
fcvtmu v1.4s, v2.4s               | FCVTMU_v | rd=1 rn=2 q=1 ft=0
fcvtps v1.4s, v2.4s               | FCVTPS_v | rd=1 rn=2 q=1 ft=0
fcvtpu v1.4s, v2.4s               | FCVTPU_v | rd=1 rn=2 q=1 ft=0
fcvtas v1.4s, v2.4s               | FCVTAS_v | rd=1 rn=2 q=1 ft=0
fcvtau v1.4s, v2.4s               | FCVTAU_v | rd=1 rn=2 q=1 ft=0
scvtf v1.2d, v2.2d                | SCVTF_v | rd=1 rn=2 q=1 ft=1
ucvtf v1.2s, v2.2s                | UCVTF_v | rd=1 rn=2 q=0 ft=0
fcmgt v1.4s, v2.4s, #0.0          | FCMGT0_v | rd=1 rn=2 q=1 ft=0
fcmge v1.4s, v2.4s, #0.0          | FCMGE0_v | rd=1 rn=2 q=1 ft=0
fcmeq v1.2d, v2.2d, #0.0          | FCMEQ0_v | rd=1 rn=2 q=1 ft=1
fcmle v1.4s, v2.4s, #0.0          | FCMLE0_v | rd=1 rn=2 q=1 ft=0
fcmlt v1.4s, v2.4s, #0.0          | FCMLT0_v | rd=1 rn=2 q=1 ft=0
fcvtn v1.2s, v2.2d                | FCVTN_v | rd=1 rn=2 q=0 ft=1
fcvtn2 v1.4s, v2.2d               | FCVTN_v | rd=1 rn=2 q=1 ft=1
fcvtl v1.2d, v2.2s                | FCVTL_v | rd=1 rn=2 q=0 ft=1
fcvtl2 v1.4s, v2.8h               | FCVTL_v | rd=1 rn=2 q=1 ft=0
fmaxv s1, v2.4s                   | FMAXV_v | rd=1 rn=2 q=1 ft=0
fminv s1, v2.4s                   | FMINV_v | rd=1 rn=2 q=1 ft=0
fmaxnmv s1, v2.4s                 | FMAXNMV_v | rd=1 rn=2 q=1 ft=0
fminnmv s1, v2.4s                 | FMINNMV_v | rd=1 rn=2 q=1 ft=0
faddp d1, v2.2d                   | FADDP_s | rd=1 rn=2 q=0 ft=1
faddp s1, v2.2s                   | FADDP_s | rd=1 rn=2 q=0 ft=0
fmaxp d1, v2.2d                   | FMAXP_s | rd=1 rn=2 q=0 ft=1
fminp s1, v2.2s                   | FMINP_s | rd=1 rn=2 q=0 ft=0
fmaxnmp s1, v2.2s                 | FMAXNMP_s | rd=1 rn=2 q=0 ft=0
fminnmp d1, v2.2d                 | FMINNMP_s | rd=1 rn=2 q=0 ft=1
fmla v1.4s, v2.4s, v3.s[3]        | FMLA_idx | rd=1 rn=2 rm=3 q=1 ft=0 idx=3 sc=0
fmla v1.2d, v2.2d, v31.d[1]       | FMLA_idx | rd=1 rn=2 rm=31 q=1 ft=1 idx=1 sc=0
fmls v1.2s, v2.2s, v19.s[1]       | FMLS_idx | rd=1 rn=2 rm=19 q=0 ft=0 idx=1 sc=0
fmul v1.4s, v2.4s, v3.s[2]        | FMUL_idx | rd=1 rn=2 rm=3 q=1 ft=0 idx=2 sc=0
fmulx v1.2d, v2.2d, v3.d[0]       | FMULX_idx | rd=1 rn=2 rm=3 q=1 ft=1 idx=0 sc=0
fmul d1, d2, v3.d[1]              | FMUL_idx | rd=1 rn=2 rm=3 q=0 ft=1 idx=1 sc=1
fmla s1, s2, v17.s[3]             | FMLA_idx | rd=1 rn=2 rm=17 q=0 ft=0 idx=3 sc=1
fmls d1, d2, v3.d[0]              | FMLS_idx | rd=1 rn=2 rm=3 q=0 ft=1 idx=0 sc=1
fmulx s1, s2, v3.s[1]             | FMULX_idx | rd=1 rn=2 rm=3 q=0 ft=0 idx=1 sc=1
.inst 0x4fe01000                  | -       | // fmla .2d by element with L = 1
CASES
