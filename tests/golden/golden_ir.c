/*
 * golden_ir.c - prints, for one named hand-built IR block, the IR as
 * built, the IR after ir_optimize + ir_liveness, and the x86-64 host code
 * the backend makes of it.  tests/golden/run.sh compares the output with
 * tests/golden/<name>.txt, so a change to the optimiser, the register
 * allocator or the lowering shows up as a readable diff.
 *
 *     golden_ir --list          names of all cases
 *     golden_ir NAME            the text of one case
 *     golden_ir --capstone      exit 0 if host code is disassembled
 *
 * Host code is made with every optional host feature (LZCNT, BMI, ...)
 * off and at a fixed place after the prologue, so it does not depend on
 * the machine; addresses that vary between runs (helpers, the tb, the
 * jump cache) are printed as <name>.
 */
#define _GNU_SOURCE
#include <inttypes.h>
#include "core_test.h"
#include "disas.h"

static struct ir_block ir;

static ir_temp k(uint64_t v)
{
    return ir_const(&ir, v);
}

static uint64_t helper(uint64_t a, uint64_t b)
{
    return a * 31 + b;
}

/* -- The cases -- */

static void fold_constants(void)
{
    ir_temp t = ir_new_temp(&ir);
    ir_movi(&ir, t, 5);
    ir_add(&ir, IR_W64, ir_g(0), t, k(3));
    ir_shl(&ir, IR_W32, ir_g(1), ir_g(0), k(30));
    ir_sub(&ir, IR_W32, ir_g(2), k(0), ir_g(0));
    ir_add(&ir, IR_W64, ir_g(3), ir_g(4), ir_g(1));
    ir_exit_tb(&ir, EXIT_LOOKUP);
}

static void identities(void)
{
    ir_add(&ir, IR_W64, ir_g(0), ir_g(1), k(0));
    ir_and(&ir, IR_W64, ir_g(2), ir_g(3), k(0));
    ir_mul(&ir, IR_W64, ir_g(4), k(1), ir_g(5));
    ir_or(&ir, IR_W32, ir_g(6), ir_g(0), k(0));
    ir_and(&ir, IR_W32, ir_g(1), ir_g(1), k(0xffffffff));
    ir_exit_tb(&ir, EXIT_LOOKUP);
}

static void dead_code(void)
{
    ir_temp t = ir_new_temp(&ir), u = ir_new_temp(&ir);
    ir_add(&ir, IR_W64, t, ir_g(0), ir_g(1));
    ir_mul(&ir, IR_W64, u, t, t);
    ir_flag_binop(&ir, IR_sub_f, IR_W64, t, ir_g(0), ir_g(1));
    ir_xor(&ir, IR_W64, ir_g(2), ir_g(0), ir_g(1));
    ir_movi(&ir, ir_g(2), 7);
    ir_exit_tb(&ir, EXIT_LOOKUP);
}

/* CMP X0, X1; B.NE taken (both successors chained) */
static void cmp_bne(void)
{
    ir_temp t = ir_new_temp(&ir);
    uint32_t l = ir_new_label(&ir);
    ir_insn_start(&ir, 0x400000);
    ir_flag_binop(&ir, IR_sub_f, IR_W64, t, ir_g(0), ir_g(1));
    ir_insn_start(&ir, 0x400004);
    ir_brcond_f(&ir, FC_NE, l);
    ir_goto_tb(&ir, 0, 0x400008);
    ir_label(&ir, l);
    ir_goto_tb(&ir, 1, 0x400100);
}

/* CMP W0, #5; CSEL X2, X3, X4, GT; CSET X5, EQ */
static void csel_cset(void)
{
    ir_temp t = ir_new_temp(&ir);
    ir_flag_binop(&ir, IR_sub_f, IR_W32, t, ir_g(0), k(5));
    ir_movcond_f(&ir, IR_W64, FC_GT, ir_g(2), ir_g(3), ir_g(4));
    ir_setcond_f(&ir, FC_EQ, ir_g(5));
    ir_exit_tb(&ir, EXIT_LOOKUP);
}

/* ADDS X0, X0, X2; ADCS X1, X1, X3 (a 128-bit add); NZCV stored */
static void adds_adcs(void)
{
    ir_flag_binop(&ir, IR_add_f, IR_W64, ir_g(0), ir_g(0), ir_g(2));
    ir_flag_binop(&ir, IR_adc_f, IR_W64, ir_g(1), ir_g(1), ir_g(3));
    ir_flags_store(&ir);
    ir_exit_tb(&ir, EXIT_LOOKUP);
}

static void w32_bitfields(void)
{
    ir_extract(&ir, IR_W32, ir_g(0), ir_g(1), 4, 8);
    ir_sextract(&ir, IR_W64, ir_g(2), ir_g(3), 0, 16);
    ir_deposit(&ir, IR_W64, ir_g(4), ir_g(4), ir_g(5), 8, 8);
    ir_unop(&ir, IR_ext32s, IR_W64, ir_g(6), ir_g(6));
    ir_exit_tb(&ir, EXIT_LOOKUP);
}

/* SDIV with values live in RAX/RDX; UDIV W */
static void divide(void)
{
    ir_temp a = ir_new_temp(&ir), b = ir_new_temp(&ir);
    ir_add(&ir, IR_W64, a, ir_g(0), k(1));
    ir_add(&ir, IR_W64, b, ir_g(1), k(2));
    ir_binop(&ir, IR_divs, IR_W64, ir_g(2), ir_g(3), ir_g(4));
    ir_binop(&ir, IR_divu, IR_W32, ir_g(5), ir_g(5), ir_g(6));
    ir_add(&ir, IR_W64, ir_g(0), a, b);
    ir_exit_tb(&ir, EXIT_LOOKUP);
}

static void mul_high(void)
{
    ir_binop(&ir, IR_mulsh, IR_W64, ir_g(0), ir_g(1), ir_g(2));
    ir_binop(&ir, IR_muluh, IR_W64, ir_g(3), ir_g(1), ir_g(2));
    ir_exit_tb(&ir, EXIT_LOOKUP);
}

/* LDRSB W0, [X7, #3]; STR X1, [X7, #8]; a word of env */
static void load_store(void)
{
    ir_ld(&ir, IR_W32, ir_g(0), ir_g(7), 3, MO_S8);
    ir_st(&ir, IR_W64, ir_g(1), ir_g(7), 8, MO_64);
    ir_ld_env(&ir, IR_W64, ir_g(2), scratch_off(0), MO_64);
    ir_st_env(&ir, IR_W32, ir_g(3), scratch_off(1), MO_32);
    ir_exit_tb(&ir, EXIT_LOOKUP);
}

/* Flags live across a helper call and a division: pushfq/popfq. */
static void flags_across_call(void)
{
    ir_temp t = ir_new_temp(&ir);
    ir_flag_binop(&ir, IR_sub_f, IR_W64, t, ir_g(0), ir_g(1));
    IR_CALL(&ir, helper, CALL_NO_READ_GLOBALS | CALL_NO_WRITE_GLOBALS, ir_g(2),
            ir_g(3), k(9));
    ir_binop(&ir, IR_divu, IR_W64, ir_g(4), ir_g(4), ir_g(5));
    ir_setcond_f(&ir, FC_LT, ir_g(6));
    ir_exit_tb(&ir, EXIT_LOOKUP);
}

static void shifts(void)
{
    ir_shl(&ir, IR_W64, ir_g(0), ir_g(1), ir_g(2));
    ir_sar(&ir, IR_W32, ir_g(3), ir_g(3), k(31));
    ir_binop(&ir, IR_rotr, IR_W64, ir_g(4), ir_g(4), k(64));
    ir_shr(&ir, IR_W64, ir_g(5), ir_g(5), k(0));
    ir_exit_tb(&ir, EXIT_LOOKUP);
}

/* BR X0 through the inline jump cache */
static void indirect_jump(void)
{
    ir_temp t = ir_new_temp(&ir);
    ir_and(&ir, IR_W64, t, ir_g(0), k(~3ull));
    ir_goto_ptr(&ir, t);
}

#define CASES(X)                                                            \
    X(fold_constants, "constants propagate and fold, 32-bit results wrap")  \
    X(identities, "x+0, x&0, 1*x, x|0 (32-bit), x&0xffffffff (32-bit)")     \
    X(dead_code, "dead pure ops and an unused flag producer disappear")     \
    X(cmp_bne, "CMP X0, X1; B.NE: flags stay in EFLAGS to the jcc")         \
    X(csel_cset, "CMP W0, #5; CSEL GT; CSET EQ: cmov and setcc")            \
    X(adds_adcs, "ADDS; ADCS: carry through cmc, NZCV stored")              \
    X(w32_bitfields, "UBFX, SXTH, BFI, SXTW")                               \
    X(divide, "SDIV with live values in RAX/RDX; UDIV W")                   \
    X(mul_high, "SMULH, UMULH in RDX:RAX")                                  \
    X(load_store, "LDRSB W, STR X, env load and store")                     \
    X(flags_across_call, "HF kept across a helper call and a division")     \
    X(shifts, "shift by register (CL) and by immediates 31, 64, 0")         \
    X(indirect_jump, "BR: inline jump cache lookup")

struct golden_case {
    const char *name, *what;
    void (*build)(void);
};

static const struct golden_case cases[] = {
#define ENTRY(n, w) { #n, w, n },
    CASES(ENTRY)
#undef ENTRY
};
#define NCASES (sizeof(cases) / sizeof(cases[0]))

/* -- Output -- */

/* Replace every occurrence of `from` in *s by `to`. */
static void replace(char **s, const char *from, const char *to)
{
    size_t lf = strlen(from), lt = strlen(to);
    char *p;
    while ((p = strstr(*s, from))) {
        size_t off = (size_t)(p - *s), len = strlen(*s);
        char *n = malloc(len - lf + lt + 1);
        memcpy(n, *s, off);
        memcpy(n + off, to, lt);
        memcpy(n + off + lt, p + lf, len - off - lf + 1);
        free(*s);
        *s = n;
    }
}

/* An address as capstone shows it, in operands and in the byte column. */
static void hide_address(char **s, uint64_t a, const char *name)
{
    char hex[32], bytes[64], tag[64];
    snprintf(hex, sizeof(hex), "0x%" PRIx64, a);
    snprintf(tag, sizeof(tag), "<%s>", name);
    replace(s, hex, tag);
    int n = 0;
    for (int i = 0; i < 8; i++)
        n += snprintf(bytes + n, sizeof(bytes) - (size_t)n, "%s%02x",
                      i ? " " : "", (unsigned)(a >> (8 * i)) & 0xff);
    snprintf(tag, sizeof(tag), "<%s: 8 bytes>", name);
    replace(s, bytes, tag);
}

static char *host_code_text(struct tb *tb)
{
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    host_disas(f, tb->code, tb->code_size, (uint64_t)(tb->code - jit_cb.start));
    fclose(f);
    hide_address(&s, (uintptr_t)helper, "helper");
    hide_address(&s, (uintptr_t)tb | 1, "tb|1");
    hide_address(&s, (uintptr_t)tb, "tb");
    return s;
}

static int print_case(const struct golden_case *c)
{
    core_ir_init(&ir);
    c->build();
    printf("# %s: %s\n== IR\n", c->name, c->what);
    ir_dump(&ir, stdout);
    ir_optimize(&ir);
    ir_liveness(&ir);
    printf("== IR after ir_optimize + ir_liveness\n");
    ir_dump(&ir, stdout);
    jit_init();
    memset(&host_features, 0, sizeof(host_features));
    struct tb *tb = jit_compile(&ir, 0x400000);
    char *text = host_code_text(tb);
    printf("== host code (x86-64, offsets from the code buffer start)\n%s", text);
    free(text);
    jit_free(tb);
    ir_free(&ir);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: golden_ir --list | --capstone | NAME\n");
        return 2;
    }
    if (!strcmp(argv[1], "--list")) {
        for (unsigned i = 0; i < NCASES; i++)
            printf("%s\n", cases[i].name);
        return 0;
    }
    if (!strcmp(argv[1], "--capstone")) {
#ifdef HAVE_CAPSTONE
        return 0;
#else
        return 1;
#endif
    }
    for (unsigned i = 0; i < NCASES; i++)
        if (!strcmp(argv[1], cases[i].name))
            return print_case(&cases[i]);
    fprintf(stderr, "golden_ir: no case named %s\n", argv[1]);
    return 2;
}
