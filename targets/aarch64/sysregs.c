/*
 * sysregs.c - the table of EL0-visible system registers, built from
 * sysregs.def, and its lookup (used by trans_system.c at translation
 * time; a linear scan of a few dozen entries); the identification
 * registers derived from the selected CPU model's HWCAPs.
 */
#include "translate.h"     /* ENV_OFF */
#include "helper_int.h"    /* A64_CNTFRQ_HZ */
#include "sysregs.h"
#include "hwcap.h"

static const struct a64_sysreg sysregs[] = {
#define SYSREG(name, op0, op1, crn, crm, op2, access, kind, value) \
    { #name, op0, op1, crn, crm, op2, SR_##access, SR_##kind, value },
#include "sysregs.def"
#undef SYSREG
};

const struct a64_sysreg *a64_sysreg_find(int op0, int op1, int crn, int crm,
                                         int op2)
{
    for (size_t i = 0; i < sizeof(sysregs) / sizeof(sysregs[0]); i++) {
        const struct a64_sysreg *r = &sysregs[i];

        if (r->op0 == op0 && r->op1 == op1 && r->crn == crn &&
            r->crm == crm && r->op2 == op2)
            return r;
    }
    return NULL;
}

bool a64_sysreg_is_id_space(int op0, int op1, int crn, int crm)
{
    return op0 == 3 && op1 == 0 && crn == 0 && crm >= 2 && crm <= 7;
}

/* -- ID registers from the model's HWCAPs --
 * The inverse of the kernel's HWCAP derivation (arch/arm64/kernel/
 * cpufeature.c, arm64_elf_hwcaps[]): each advertised feature sets its ID
 * field to the smallest value that makes Linux advertise it. */

#define HW(name) (hw >> A64_F_##name & 1)
#define FIELD(v, shift) ((uint64_t)(v) << (shift))

static uint64_t id_pfr0(uint64_t hw)
{
    /* EL0 = EL1 = 1 (AArch64 only); FP, AdvSIMD (19:16, 23:20): 0xf none,
     * 0 implemented, 1 with half-precision arithmetic */
    uint64_t fp = HW(FP) ? HW(FPHP) : 0xf, simd = HW(ASIMD) ? HW(ASIMDHP) : 0xf;

    return 0x11 | FIELD(fp, 16) | FIELD(simd, 20) | FIELD(HW(SVE), 32) |
           FIELD(HW(DIT), 48);
}

static uint64_t id_isar0(uint64_t hw, uint64_t hw2)
{
    return FIELD(HW(PMULL) ? 2 : HW(AES), 4) | FIELD(HW(SHA1), 8) |
           FIELD(HW(SHA512) ? 2 : HW(SHA2), 12) | FIELD(HW(CRC32), 16) |
           FIELD(HW(ATOMICS) ? 2 : 0, 20) | FIELD(HW(ASIMDRDM), 28) |
           FIELD(HW(SHA3), 32) | FIELD(HW(SM3), 36) | FIELD(HW(SM4), 40) |
           FIELD(HW(ASIMDDP), 44) | FIELD(HW(ASIMDFHM), 48) |
           FIELD((hw2 >> (A64_F2_FLAGM2 - 64) & 1) ? 2 : HW(FLAGM), 52);
}

static uint64_t id_isar1(uint64_t hw, uint64_t hw2)
{
    return FIELD((hw2 >> (A64_F2_DCPODP - 64) & 1) ? 2 : HW(DCPOP), 0) |
           FIELD(HW(JSCVT), 12) | FIELD(HW(FCMA), 16) |
           FIELD(HW(ILRCPC) ? 2 : HW(LRCPC), 20) |
           FIELD(hw2 >> (A64_F2_FRINT - 64) & 1, 32) | FIELD(HW(SB), 36);
}

uint64_t a64_sysreg_value(const struct a64_sysreg *r)
{
    const struct a64_cpu_model *m = a64_cpu_model();
    uint64_t hw = m->hwcap, hw2 = m->hwcap2;

    if (r->kind != SR_MODEL)
        return r->value;
    switch ((enum a64_model_reg)r->value) {
    case MR_MIDR:  return m->midr;
    case MR_PFR0:  return id_pfr0(hw);
    case MR_PFR1:  return FIELD(HW(SSBS) ? 2 : 0, 4);   /* SSBS with MSR */
    case MR_ISAR0: return id_isar0(hw, hw2);
    case MR_ISAR1: return id_isar1(hw, hw2);
    case MR_MMFR2: return FIELD(HW(USCAT), 32);          /* AT */
    }
    return 0;
}
