#!/bin/sh
# gen_decode_table.sh - re-create tests/unit/test_decode_a64_table.h, the
# A64 decoder test cases, with the GNU assembler as the oracle.
#
#   tests/unit/gen_decode_table.sh [OUT.h]   (default: next to this script)
#
# Each case below is "assembly | PATTERN | fields" (format and assembly:
# decode_table_lib.sh): the assembler gives the instruction word, and the
# decoder must call trans_PATTERN with exactly these argument-set members
# ("member=value", in the order of the &set in a64_dp.decode).  PATTERN
# "-" marks an unallocated encoding; ".inst" lines are encodings the
# assembler refuses to write, their "// ..." comment says why.
set -eu

. "$(dirname "$0")/decode_table_lib.sh"
decode_table_generate test_decode_a64_table.h -march=armv8.5-a+crc+memtag+flagm "$@" <<'CASES'
# -- PC-relative
adr x3, . + 256                   | ADR     | rd=3 imm=256
adr x0, . - 1                     | ADR     | rd=0 imm=-1
adrp x4, . + 0x5000               | ADRP    | rd=4 imm=5
adrp x30, . - 0x3000              | ADRP    | rd=30 imm=-3
# -- add/sub immediate
add x1, sp, #4095                 | ADD_i   | sf=1 rd=1 rn=31 imm=4095
add w2, w3, #1, lsl #12           | ADD_i   | sf=0 rd=2 rn=3 imm=4096
mov sp, x5                        | ADD_i   | sf=1 rd=31 rn=5 imm=0
adds w0, w1, #5                   | ADDS_i  | sf=0 rd=0 rn=1 imm=5
cmn x2, #8                        | ADDS_i  | sf=1 rd=31 rn=2 imm=8
sub sp, sp, #16                   | SUB_i   | sf=1 rd=31 rn=31 imm=16
cmp w7, #3                        | SUBS_i  | sf=0 rd=31 rn=7 imm=3
subs x0, x1, #0xabc, lsl #12      | SUBS_i  | sf=1 rd=0 rn=1 imm=11255808
# -- logical immediate
and w0, w1, #0xff                 | AND_i   | sf=0 rd=0 rn=1 n=0 immr=0 imms=7
and x2, x3, #1                    | AND_i   | sf=1 rd=2 rn=3 n=1 immr=0 imms=0
and sp, x0, #0xfffffffffffffff0   | AND_i   | sf=1 rd=31 rn=0 n=1 immr=60 imms=59
orr w3, wzr, #0x55555555          | ORR_i   | sf=0 rd=3 rn=31 n=0 immr=0 imms=60
orr x0, xzr, #0x00ff00ff00ff00ff  | ORR_i   | sf=1 rd=0 rn=31 n=0 immr=0 imms=39
eor w5, w6, #0x80000000           | EOR_i   | sf=0 rd=5 rn=6 n=0 immr=1 imms=0
eor x5, x6, #0x8000000000000000   | EOR_i   | sf=1 rd=5 rn=6 n=1 immr=1 imms=0
tst w0, #3                        | ANDS_i  | sf=0 rd=31 rn=0 n=0 immr=0 imms=1
ands x1, x2, #0xff00              | ANDS_i  | sf=1 rd=1 rn=2 n=1 immr=56 imms=7
# -- move wide
movn w0, #0x1234, lsl #16         | MOVN    | sf=0 rd=0 imm=4660 hw=1
movn x1, #0, lsl #48              | MOVN    | sf=1 rd=1 imm=0 hw=3
movz w2, #0xffff                  | MOVZ    | sf=0 rd=2 imm=65535 hw=0
movz x3, #1, lsl #32              | MOVZ    | sf=1 rd=3 imm=1 hw=2
movk w4, #0xbeef, lsl #16         | MOVK    | sf=0 rd=4 imm=48879 hw=1
movk x5, #0xdead, lsl #48         | MOVK    | sf=1 rd=5 imm=57005 hw=3
# -- bitfield and extract
asr w0, w1, #3                    | SBFM    | sf=0 rd=0 rn=1 immr=3 imms=31
sxtw x2, w3                       | SBFM    | sf=1 rd=2 rn=3 immr=0 imms=31
bfi w0, w1, #8, #4                | BFM     | sf=0 rd=0 rn=1 immr=24 imms=3
bfxil x4, x5, #60, #4             | BFM     | sf=1 rd=4 rn=5 immr=60 imms=63
lsl w6, w7, #1                    | UBFM    | sf=0 rd=6 rn=7 immr=31 imms=30
uxtb w1, w2                       | UBFM    | sf=0 rd=1 rn=2 immr=0 imms=7
lsr x8, x9, #63                   | UBFM    | sf=1 rd=8 rn=9 immr=63 imms=63
extr w0, w1, w2, #31              | EXTR    | sf=0 rd=0 rn=1 rm=2 lsb=31
ror x3, x4, #63                   | EXTR    | sf=1 rd=3 rn=4 rm=4 lsb=63
# -- branches
b . + 8                           | B       | imm=8
b . - 0x8000000                   | B       | imm=-134217728
bl . + 0x7fffffc                  | BL      | imm=134217724
b.ne . - 4                        | B_cond  | imm=-4 cond=1
b.nv . + 16                       | B_cond  | imm=16 cond=15
cbz w5, . + 0x3fffc               | CBZ     | sf=0 rt=5 imm=262140
cbnz x30, . - 0x40000             | CBNZ    | sf=1 rt=30 imm=-262144
tbz w3, #31, . + 8                | TBZ     | rt=3 bitpos=31 imm=8
tbnz x4, #63, . - 0x8000          | TBNZ    | rt=4 bitpos=63 imm=-32768
br x17                            | BR      | rn=17
blr x30                           | BLR     | rn=30
ret                               | RET     | rn=30
ret x3                            | RET     | rn=3
# -- exception generation
svc #0                            | SVC     | imm=0
svc #0xffff                       | SVC     | imm=65535
brk #0x3e8                        | BRK     | imm=1000
# -- hints, barriers, system
nop                               | HINT    |
yield                             | HINT    |
wfe                               | HINT    |
wfi                               | HINT    |
sev                               | HINT    |
sevl                              | HINT    |
hint #0x7f                        | HINT    |
bti c                             | HINT    |
paciasp                           | HINT    |
autiasp                           | HINT    |
xpaclri                           | HINT    |
csdb                              | HINT    |
clrex                             | CLREX   |
clrex #5                          | CLREX   |
dsb ish                           | DSB     | crm=11
dsb ld                            | DSB     | crm=13
ssbb                              | DSB     | crm=0
pssbb                             | DSB     | crm=4
dmb ishld                         | DMB     | crm=9
dmb ishst                         | DMB     | crm=10
dmb sy                            | DMB     | crm=15
isb                               | ISB     |
dc zva, x0                        | DC_ZVA  | rt=0
ic ivau, x1                       | IC_IVAU | rt=1
dc cvac, x2                       | DC_CVAC | rt=2
dc cvau, x3                       | DC_CVAU | rt=3
dc cvap, x4                       | DC_CVAP | rt=4
sys #3, c7, c13, #1, x5           | DC_CVADP | rt=5
dc civac, x6                      | DC_CIVAC | rt=6
msr nzcv, x0                      | MSR_r   | op0=3 op1=3 crn=4 crm=2 op2=0 rt=0
msr tpidr_el0, x1                 | MSR_r   | op0=3 op1=3 crn=13 crm=0 op2=2 rt=1
msr fpcr, x2                      | MSR_r   | op0=3 op1=3 crn=4 crm=4 op2=0 rt=2
mrs x3, tpidrro_el0               | MRS     | op0=3 op1=3 crn=13 crm=0 op2=3 rt=3
mrs x4, cntvct_el0                | MRS     | op0=3 op1=3 crn=14 crm=0 op2=2 rt=4
mrs x5, id_aa64isar0_el1          | MRS     | op0=3 op1=0 crn=0 crm=6 op2=0 rt=5
mrs x6, midr_el1                  | MRS     | op0=3 op1=0 crn=0 crm=0 op2=0 rt=6
mrs xzr, s2_3_c0_c1_0             | MRS     | op0=2 op1=3 crn=0 crm=1 op2=0 rt=31
# -- logical shifted register
and w0, w1, w2, lsl #31           | AND_r   | sf=0 rd=0 rn=1 rm=2 shift=0 imm=31
and x3, x4, x5, ror #63           | AND_r   | sf=1 rd=3 rn=4 rm=5 shift=3 imm=63
bic w6, w7, w8, lsr #1            | BIC_r   | sf=0 rd=6 rn=7 rm=8 shift=1 imm=1
bic x9, x10, x11, asr #2          | BIC_r   | sf=1 rd=9 rn=10 rm=11 shift=2 imm=2
mov w0, w1                        | ORR_r   | sf=0 rd=0 rn=31 rm=1 shift=0 imm=0
orr x2, x3, x4, lsl #5            | ORR_r   | sf=1 rd=2 rn=3 rm=4 shift=0 imm=5
mvn w5, w6                        | ORN_r   | sf=0 rd=5 rn=31 rm=6 shift=0 imm=0
orn x7, x8, x9, ror #7            | ORN_r   | sf=1 rd=7 rn=8 rm=9 shift=3 imm=7
eor w1, w2, w3                    | EOR_r   | sf=0 rd=1 rn=2 rm=3 shift=0 imm=0
eor x1, x2, x3, lsr #40           | EOR_r   | sf=1 rd=1 rn=2 rm=3 shift=1 imm=40
eon w4, w5, w6, asr #3            | EON_r   | sf=0 rd=4 rn=5 rm=6 shift=2 imm=3
eon x4, x5, x6                    | EON_r   | sf=1 rd=4 rn=5 rm=6 shift=0 imm=0
tst w1, w2                        | ANDS_r  | sf=0 rd=31 rn=1 rm=2 shift=0 imm=0
ands x1, x2, x3, lsl #62          | ANDS_r  | sf=1 rd=1 rn=2 rm=3 shift=0 imm=62
bics w0, w1, w2                   | BICS_r  | sf=0 rd=0 rn=1 rm=2 shift=0 imm=0
bics xzr, x1, x2, ror #1          | BICS_r  | sf=1 rd=31 rn=1 rm=2 shift=3 imm=1
# -- add/sub shifted register
add w0, w1, w2, lsl #31           | ADD_r   | sf=0 rd=0 rn=1 rm=2 shift=0 imm=31
add x3, x4, x5, asr #63           | ADD_r   | sf=1 rd=3 rn=4 rm=5 shift=2 imm=63
adds w6, w7, w8, lsr #4           | ADDS_r  | sf=0 rd=6 rn=7 rm=8 shift=1 imm=4
cmn x1, x2                        | ADDS_r  | sf=1 rd=31 rn=1 rm=2 shift=0 imm=0
neg w3, w4                        | SUB_r   | sf=0 rd=3 rn=31 rm=4 shift=0 imm=0
sub x5, x6, x7, lsl #1            | SUB_r   | sf=1 rd=5 rn=6 rm=7 shift=0 imm=1
cmp w1, w2, asr #5                | SUBS_r  | sf=0 rd=31 rn=1 rm=2 shift=2 imm=5
negs x1, x2                       | SUBS_r  | sf=1 rd=1 rn=31 rm=2 shift=0 imm=0
# -- add/sub extended register
add sp, sp, w1, uxtw #2           | ADD_x   | sf=1 rd=31 rn=31 rm=1 option=2 imm=2
add w0, wsp, w1, sxtb             | ADD_x   | sf=0 rd=0 rn=31 rm=1 option=4 imm=0
adds x0, sp, x1, sxtx #4          | ADDS_x  | sf=1 rd=0 rn=31 rm=1 option=7 imm=4
sub x2, x3, w4, uxth #1           | SUB_x   | sf=1 rd=2 rn=3 rm=4 option=1 imm=1
cmp sp, x5                        | SUBS_x  | sf=1 rd=31 rn=31 rm=5 option=3 imm=0
cmp w1, w2, sxth #3               | SUBS_x  | sf=0 rd=31 rn=1 rm=2 option=5 imm=3
# -- with carry
adc w0, w1, w2                    | ADC     | sf=0 rd=0 rn=1 rm=2
adcs x3, x4, x5                   | ADCS    | sf=1 rd=3 rn=4 rm=5
ngc w6, w7                        | SBC     | sf=0 rd=6 rn=31 rm=7
sbcs x8, x9, x10                  | SBCS    | sf=1 rd=8 rn=9 rm=10
# -- conditional compare and select
ccmn w1, w2, #0xf, eq             | CCMN_r  | sf=0 rn=1 rm=2 cond=0 nzcv=15
ccmp x3, x4, #0, ne               | CCMP_r  | sf=1 rn=3 rm=4 cond=1 nzcv=0
ccmn x5, #31, #8, hs              | CCMN_i  | sf=1 rn=5 imm=31 cond=2 nzcv=8
ccmp w6, #0, #4, al               | CCMP_i  | sf=0 rn=6 imm=0 cond=14 nzcv=4
csel w0, w1, w2, lt               | CSEL    | sf=0 rd=0 rn=1 rm=2 cond=11
cset x3, eq                       | CSINC   | sf=1 rd=3 rn=31 rm=31 cond=1
csetm w4, hi                      | CSINV   | sf=0 rd=4 rn=31 rm=31 cond=9
cneg x5, x6, mi                   | CSNEG   | sf=1 rd=5 rn=6 rm=6 cond=5
# -- data processing, 2 source
udiv w0, w1, w2                   | UDIV    | sf=0 rd=0 rn=1 rm=2
sdiv x3, x4, x5                   | SDIV    | sf=1 rd=3 rn=4 rm=5
lsl w6, w7, w8                    | LSLV    | sf=0 rd=6 rn=7 rm=8
lsr x9, x10, x11                  | LSRV    | sf=1 rd=9 rn=10 rm=11
asr w12, w13, w14                 | ASRV    | sf=0 rd=12 rn=13 rm=14
ror x15, x16, x17                 | RORV    | sf=1 rd=15 rn=16 rm=17
crc32b w0, w1, w2                 | CRC32   | rd=0 rn=1 rm=2 sz=0
crc32h w3, w4, w5                 | CRC32   | rd=3 rn=4 rm=5 sz=1
crc32w w6, w7, w8                 | CRC32   | rd=6 rn=7 rm=8 sz=2
crc32x w9, w10, x11               | CRC32   | rd=9 rn=10 rm=11 sz=3
crc32cb w0, w1, w2                | CRC32C  | rd=0 rn=1 rm=2 sz=0
crc32ch w3, w4, w5                | CRC32C  | rd=3 rn=4 rm=5 sz=1
crc32cw w6, w7, w8                | CRC32C  | rd=6 rn=7 rm=8 sz=2
crc32cx w9, w10, x11              | CRC32C  | rd=9 rn=10 rm=11 sz=3
# -- data processing, 1 source
rbit w0, w1                       | RBIT    | sf=0 rd=0 rn=1
rbit x2, x3                       | RBIT    | sf=1 rd=2 rn=3
rev16 w4, w5                      | REV16   | sf=0 rd=4 rn=5
rev16 x6, x7                      | REV16   | sf=1 rd=6 rn=7
rev32 x8, x9                      | REV32   | sf=1 rd=8 rn=9
rev w10, w11                      | REV     | sf=0 rd=10 rn=11
rev x12, x13                      | REV     | sf=1 rd=12 rn=13
clz w14, w15                      | CLZ     | sf=0 rd=14 rn=15
clz x16, x17                      | CLZ     | sf=1 rd=16 rn=17
cls w18, w19                      | CLS     | sf=0 rd=18 rn=19
cls x20, x21                      | CLS     | sf=1 rd=20 rn=21
# -- data processing, 3 source
madd w0, w1, w2, w3               | MADD    | sf=0 rd=0 rn=1 rm=2 ra=3
mul x4, x5, x6                    | MADD    | sf=1 rd=4 rn=5 rm=6 ra=31
mneg w7, w8, w9                   | MSUB    | sf=0 rd=7 rn=8 rm=9 ra=31
msub x10, x11, x12, x13           | MSUB    | sf=1 rd=10 rn=11 rm=12 ra=13
smull x0, w1, w2                  | SMADDL  | sf=1 rd=0 rn=1 rm=2 ra=31
smsubl x3, w4, w5, x6             | SMSUBL  | sf=1 rd=3 rn=4 rm=5 ra=6
umaddl x7, w8, w9, x10            | UMADDL  | sf=1 rd=7 rn=8 rm=9 ra=10
umnegl x11, w12, w13              | UMSUBL  | sf=1 rd=11 rn=12 rm=13 ra=31
smulh x14, x15, x16               | SMULH   | sf=1 rd=14 rn=15 rm=16
umulh x17, x18, x19               | UMULH   | sf=1 rd=17 rn=18 rm=19
# == unallocated at EL0 or reserved: no pattern may match
udf #0                            | -       |
hvc #0                            | -       |
smc #0                            | -       |
hlt #0                            | -       |
dcps1                             | -       |
dcps3                             | -       |
eret                              | -       |
drps                              | -       |
retaa                             | -       |
braaz x0                          | -       |
blraa x0, x1                      | -       |
msr daifset, #2                   | -       |
msr spsel, #1                     | -       |
cfinv                             | -       |
sb                                | -       |
dc ivac, x0                       | -       |
ic iallu                          | -       |
at s1e0r, x0                      | -       |
tlbi vmalle1                      | -       |
sysl x0, #0, c0, c0, #0           | -       |
pacia x0, x1                      | -       |
.inst 0xd4000000                  | -       |  // SVC with LL = 00
.inst 0x54000010                  | -       |  // BC.cond (o0 = 1, FEAT_HBC)
.inst 0xd61f0001                  | -       |  // BR with op4 != 0
.inst 0xd50330c0                  | -       |  // ISB with Rt != 31
.inst 0xd503323f                  | -       |  // DSB nXS (FEAT_XS)
.inst 0xd5031000                  | -       |  // WFET (FEAT_WFxT)
.inst 0x13400000                  | -       |  // SBFM W with N = 1
.inst 0x13200000                  | -       |  // SBFM W with immr = 32
.inst 0x53008000                  | -       |  // UBFM W with imms = 32
.inst 0x13808000                  | -       |  // EXTR W with imms = 32
.inst 0x13a00000                  | -       |  // EXTR with o0 = 1
.inst 0x12400000                  | -       |  // AND (immediate) W with N = 1
.inst 0x52c00000                  | -       |  // MOVZ W with hw = 2
.inst 0x0a008000                  | -       |  // AND (shifted) W with imm6 = 32
.inst 0x0b008000                  | -       |  // ADD (shifted) W with imm6 = 32
.inst 0x0b600000                  | -       |  // ADD (extended) with opt = 01
.inst 0x1a000400                  | -       |  // ADC with bits 15:10 != 0
.inst 0x5a400000                  | -       |  // CCMP with S = 0
.inst 0x7a400010                  | -       |  // CCMP (register) with o3 = 1
.inst 0x7a400400                  | -       |  // CCMP (register) with o2 = 1
.inst 0x3a800000                  | -       |  // CSEL with S = 1
.inst 0x1a800800                  | -       |  // CSEL with op2 = 10
.inst 0x1ac04c00                  | -       |  // CRC32X with sf = 0
.inst 0x9ac04000                  | -       |  // CRC32B with sf = 1
.inst 0x1ac00000                  | -       |  // data-processing (2 source) opcode 000000
.inst 0x5ac00c00                  | -       |  // REV (64-bit opcode) with sf = 0
.inst 0xdac02000                  | -       |  // ABS (FEAT_CSSC)
.inst 0x1b407c00                  | -       |  // SMULH with sf = 0
.inst 0x1ba00000                  | -       |  // UMADDL with sf = 0
.inst 0x3b000000                  | -       |  // data-processing (3 source) op54 = 01
.inst 0x91800000                  | -       |  // ADDG (FEAT_MTE)
CASES
