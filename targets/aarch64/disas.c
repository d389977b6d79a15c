/*
 * disas.c - AArch64 disassembly for -d in_asm, through capstone when
 * ferry is built with it; otherwise the raw word is all that is shown.
 */
#include <inttypes.h>
#include <stdio.h>
#include "guest.h"
#ifdef HAVE_CAPSTONE
#include <capstone/capstone.h>
#endif

void a64_disas(gaddr_t pc, uint32_t insn, char *buf, size_t len);

void a64_disas(gaddr_t pc, uint32_t insn, char *buf, size_t len)
{
#ifdef HAVE_CAPSTONE
    static csh handle;
    static int state;       /* 0 untried, 1 open, -1 unavailable */
    cs_insn *ci;
    if (!state)
        state = cs_open(CS_ARCH_ARM64, CS_MODE_ARM, &handle) == CS_ERR_OK ? 1 : -1;
    if (state == 1 && cs_disasm(handle, (const uint8_t *)&insn, 4, pc, 1, &ci) == 1) {
        snprintf(buf, len, "%-8s %s", ci->mnemonic, ci->op_str);
        cs_free(ci, 1);
        return;
    }
#else
    (void)pc;
#endif
    snprintf(buf, len, ".inst 0x%08" PRIx32, insn);
}
