/*
 * disas.c - host code listing (see disas.h).
 *
 * With capstone, bytes it cannot decode are printed as `.byte` and the
 * listing resumes at the next byte, so a corrupt block is still shown in
 * full.  Without capstone, a hex dump.
 */
#include "disas.h"

#ifdef HAVE_CAPSTONE
#include <capstone/capstone.h>
#endif

#define BYTES_SHOWN 10   /* instruction bytes column width, in bytes */

static void print_bytes(FILE *f, const uint8_t *p, size_t n, size_t width)
{
    for (size_t i = 0; i < width; i++) {
        if (i < n)
            fprintf(f, "%02x ", p[i]);
        else
            fputs("   ", f);
    }
}

#ifdef HAVE_CAPSTONE
static void disas_capstone(FILE *f, csh h, const uint8_t *code, size_t len,
                           uint64_t addr)
{
    cs_insn *insn = cs_malloc(h);
    const uint8_t *p = code;
    size_t left = len;
    uint64_t pc = addr;

    while (left > 0) {
        const uint8_t *at = p;
        uint64_t at_pc = pc;
        if (cs_disasm_iter(h, &p, &left, &pc, insn)) {
            fprintf(f, "0x%016llx:  ", (unsigned long long)at_pc);
            print_bytes(f, at, insn->size, BYTES_SHOWN);
            fprintf(f, " %s %s\n", insn->mnemonic, insn->op_str);
        } else {
            fprintf(f, "0x%016llx:  ", (unsigned long long)pc);
            print_bytes(f, p, 1, BYTES_SHOWN);
            fprintf(f, " .byte 0x%02x\n", *p);
            p++, left--, pc++;
        }
    }
    cs_free(insn, 1);
}
#endif

static void disas_hex(FILE *f, const uint8_t *code, size_t len, uint64_t addr)
{
    for (size_t i = 0; i < len; i += 16) {
        size_t n = len - i < 16 ? len - i : 16;
        fprintf(f, "0x%016llx:  ", (unsigned long long)(addr + i));
        print_bytes(f, code + i, n, n);
        fputc('\n', f);
    }
}

void host_disas(FILE *f, const uint8_t *code, size_t len, uint64_t addr)
{
#ifdef HAVE_CAPSTONE
    csh h;
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &h) == CS_ERR_OK) {
        disas_capstone(f, h, code, len, addr);
        cs_close(&h);
        return;
    }
#endif
    disas_hex(f, code, len, addr);
}
