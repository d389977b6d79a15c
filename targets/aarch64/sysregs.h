/*
 * sysregs.h - lookup in the table of system registers (sysregs.def) that
 * A64 MRS/MSR may reach from EL0 under ferry.
 *
 *     const struct a64_sysreg *r = a64_sysreg_find(3, 3, 13, 0, 2);
 *     // r->name = "TPIDR_EL0", r->kind = SR_ENV, r->value = its offset
 *     uint64_t isar0 = a64_sysreg_value(a64_sysreg_find(3, 0, 0, 6, 0));
 */
#ifndef FERRY_A64_SYSREGS_H
#define FERRY_A64_SYSREGS_H

#include <stdbool.h>
#include <stdint.h>

enum a64_sysreg_access { SR_RO, SR_RW };
enum a64_sysreg_kind { SR_CONST, SR_ENV, SR_NZCV, SR_FPCR, SR_FPSR, SR_COUNTER,
                       SR_MODEL };

/* SR_MODEL registers: value is one of these; the register's contents
 * depend on the selected CPU model (cpu_models.def). */
enum a64_model_reg { MR_MIDR, MR_PFR0, MR_PFR1, MR_ISAR0, MR_ISAR1, MR_MMFR2 };

struct a64_sysreg {
    const char *name;
    uint8_t op0, op1, crn, crm, op2;
    uint8_t access;             /* enum a64_sysreg_access */
    uint8_t kind;               /* enum a64_sysreg_kind */
    uint64_t value;             /* SR_CONST: the value; SR_ENV: env offset */
};

/* The table entry, or NULL if the register is not in sysregs.def. */
const struct a64_sysreg *a64_sysreg_find(int op0, int op1, int crn, int crm,
                                         int op2);
/* sys_reg(3, 0, 0, 2..7, op2): the ID space Linux emulates for EL0 with
 * reads of 0 for the registers it does not track (arch/arm64/kernel/
 * cpufeature.c, is_emulated / emulate_sys_reg). */
bool a64_sysreg_is_id_space(int op0, int op1, int crn, int crm);
/* What MRS of r reads when it is a constant for the process (SR_CONST,
 * SR_MODEL: from the selected CPU model's features). */
uint64_t a64_sysreg_value(const struct a64_sysreg *r);

#endif
