/*
 * sysregs.c - the table of EL0-visible system registers, built from
 * sysregs.def, and its lookup (used by trans_system.c at translation
 * time; a linear scan of a few dozen entries).
 */
#include "translate.h"     /* ENV_OFF */
#include "helper_int.h"    /* A64_CNTFRQ_HZ */
#include "sysregs.h"

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
