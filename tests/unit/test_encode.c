/*
 * test_encode.c - the x86-64 encoder (backend/x86_64/encode.c) checked
 * against the GNU assembler, plus behaviour the assembler cannot show.
 *
 * The generators below call every encoder function over a systematic
 * set of operands (all sixteen registers, RSP/RBP/R12/R13 as base and
 * R12/R13/RBP as index, displacements 0/127/128/-128/-129/large, every
 * condition, every size) and write, for each call, the same instruction
 * in AT&T syntax.  The test assembles that file with `as`, extracts the
 * bytes with `objcopy -O binary`, and compares instruction by
 * instruction (a `.lens` section holds each instruction's length as the
 * assembler saw it, so one mismatch does not shift all the rest).
 *
 * The same generators run again with every code buffer one byte too
 * short: each call must set cb->overflow and write nothing past the end.
 *
 * Other tests execute generated code: x86_mov_ri values and EFLAGS,
 * NOP runs, atomic jump patching, x86_call_abs near and far.
 */
#define _GNU_SOURCE
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "ferry.h"
#include "encode.h"
#include "disas.h"
#include "host_features.h"

/* -- Operand names (AT&T) -- */

static const char *const r64[16] = {
    "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
    "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };
static const char *const r32[16] = {
    "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
    "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d" };
static const char *const r16[16] = {
    "ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
    "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w" };
static const char *const r8[16] = {
    "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
    "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b" };
static const char *const cc_name[16] = {
    "o", "no", "b", "ae", "e", "ne", "be", "a",
    "s", "ns", "p", "np", "l", "ge", "le", "g" };
static const char *const alu_name[8] = {
    "add", "or", "adc", "sbb", "and", "sub", "xor", "cmp" };
static const char size_suffix[4] = { 'b', 'w', 'l', 'q' };

static const char *reg_name(int size_log2, int r)
{
    static const char *const *const tab[4] = { r8, r16, r32, r64 };
    return tab[size_log2][r];
}

static const char *regw(bool w, int r) { return w ? r64[r] : r32[r]; }
static char sfx(bool w) { return w ? 'q' : 'l'; }

/* AT&T memory operand; returns a pointer to one of a few rotating
 * buffers so two can appear in one format call. */
static const char *mem_str(struct x86_mem m)
{
    static char bufs[4][64];
    static unsigned next;
    char *b = bufs[next++ & 3];
    if (m.base == X86_NOREG && m.index == X86_NOREG)
        snprintf(b, 64, "%d", m.disp);
    else if (m.index == X86_NOREG)
        snprintf(b, 64, "%d(%%%s)", m.disp, r64[m.base]);
    else
        snprintf(b, 64, "%d(%s%s,%%%s,%d)", m.disp,
                 m.base == X86_NOREG ? "" : "%",
                 m.base == X86_NOREG ? "" : r64[m.base], r64[m.index],
                 m.scale);
    return b;
}

/* -- Case recording -- */

#define CASE_MAX_BYTES 24
#define GUARD 0xa5

struct enc_case {
    char text[80];
    uint8_t len;
    uint8_t bytes[CASE_MAX_BYTES];
};

enum gen_mode { GEN_RECORD, GEN_TRUNCATED };

static struct {
    enum gen_mode mode;
    struct enc_case *v;
    size_t n, cap;
    size_t idx;                 /* GEN_TRUNCATED: the case being replayed */
    size_t trunc_failures;
    uint8_t buf[CASE_MAX_BYTES + 16];
    struct codebuf cb;
} gen;

static struct codebuf *tc_begin(void)
{
    memset(gen.buf, GUARD, sizeof(gen.buf));
    if (gen.mode == GEN_RECORD)
        cb_init(&gen.cb, gen.buf, CASE_MAX_BYTES);
    else
        cb_init(&gen.cb, gen.buf, gen.v[gen.idx].len - 1u);
    return &gen.cb;
}

static void record_case(const char *fmt, va_list ap)
{
    if (gen.n == gen.cap) {
        gen.cap = gen.cap ? gen.cap * 2 : 4096;
        gen.v = realloc(gen.v, gen.cap * sizeof(*gen.v));
        ck_assert_ptr_nonnull(gen.v);
    }
    struct enc_case *c = &gen.v[gen.n++];
    vsnprintf(c->text, sizeof(c->text), fmt, ap);
    ck_assert_msg(!gen.cb.overflow, "case buffer too small: %s", c->text);
    c->len = (uint8_t)(gen.cb.ptr - gen.cb.start);
    memcpy(c->bytes, gen.buf, c->len);
}

/* Replaying into a buffer one byte short: overflow must be flagged and
 * every byte from the end of the buffer on must still be the guard. */
static void check_truncated(void)
{
    struct enc_case *c = &gen.v[gen.idx++];
    bool guard_ok = true;
    for (size_t i = c->len - 1u; i < sizeof(gen.buf); i++)
        guard_ok &= gen.buf[i] == GUARD;
    if (!gen.cb.overflow || !guard_ok || gen.cb.ptr > gen.cb.end) {
        if (gen.trunc_failures++ < 10)
            fprintf(stderr, "truncated to %u bytes: %s: overflow=%d guard=%d\n",
                    c->len - 1u, c->text, gen.cb.overflow, guard_ok);
    }
}

static void tc_end(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void tc_end(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (gen.mode == GEN_RECORD)
        record_case(fmt, ap);
    else
        check_truncated();
    va_end(ap);
}

/* -- Operand sets -- */

static const int32_t disps[] = {
    0, 1, 127, 128, -128, -129, 0x12345678, INT32_MIN, INT32_MAX };
static const int32_t imms[] = {
    0, 1, -1, 127, -128, 128, -129, 255, 0x1000, 0x12345678,
    INT32_MIN, INT32_MAX };
static const uint8_t scales[] = { 1, 2, 4, 8 };

/* Every base (and none) x every index but RSP (and none) x scale x disp. */
static size_t mem_full(struct x86_mem *out)
{
    size_t n = 0;
    for (int b = -1; b < 16; b++)
        for (int i = -1; i < 16; i++)
            for (unsigned s = 0; s < (i < 0 ? 1 : 4); s++)
                for (unsigned d = 0; d < ARRAY_SIZE(disps); d++) {
                    if (i == X86_RSP)
                        continue;
                    out[n++] = X86_MEMX(b, i, scales[s], disps[d]);
                }
    return n;
}
#define MEM_FULL_MAX (17 * 16 * 4 * 9)

/* The special cases of ModRM/SIB, used with every register. */
static const struct x86_mem mem_small[] = {
    X86_MEM(X86_RAX, 0), X86_MEM(X86_RSP, 0), X86_MEM(X86_RBP, 0),
    X86_MEM(X86_R12, 0), X86_MEM(X86_R13, 0), X86_MEM(X86_R13, -129),
    X86_MEM(X86_RBX, 128), X86_MEM(X86_R12, 127),
    X86_MEMX(X86_R8, X86_R9, 2, 127), X86_MEMX(X86_RSP, X86_R12, 8, -129),
    X86_MEMX(X86_R13, X86_RBP, 1, 0), X86_MEMX(X86_RBP, X86_R13, 4, -128),
    X86_MEMX(X86_NOREG, X86_R13, 4, 0x12345678), X86_MEM(X86_NOREG, 0x10),
    X86_MEMX(X86_R15, X86_RAX, 8, 128),
};

/* -- Generators: one per encoder family -- */

static void gen_mem_full(void)
{
    static struct x86_mem ms[MEM_FULL_MAX];
    size_t n = mem_full(ms);
    for (size_t k = 0; k < n; k++) {
        int r = (int)(k % 16);
        x86_lea(tc_begin(), true, r, ms[k]);
        tc_end("leaq %s, %%%s", mem_str(ms[k]), r64[r]);
        x86_load(tc_begin(), 2, false, 15 - r, ms[k]);
        tc_end("movl %s, %%%s", mem_str(ms[k]), r32[15 - r]);
    }
}

static const char *const load_sx[4] = { "movsbq", "movswq", "movslq", "movq" };
static const char *const load_zx[4] = { "movzbl", "movzwl", "movl", "movq" };

static void gen_loads_stores(int r, struct x86_mem m)
{
    for (int s = 0; s < 4; s++) {
        x86_load(tc_begin(), s, true, r, m);
        tc_end("%s %s, %%%s", load_sx[s], mem_str(m), r64[r]);
        x86_load(tc_begin(), s, false, r, m);
        tc_end("%s %s, %%%s", load_zx[s], mem_str(m), s == 3 ? r64[r] : r32[r]);
        x86_store(tc_begin(), s, r, m);
        tc_end("mov%c %%%s, %s", size_suffix[s], reg_name(s, r), mem_str(m));
    }
    for (int w = 0; w < 2; w++) {
        x86_lea(tc_begin(), w, r, m);
        tc_end("lea%c %s, %%%s", sfx(w), mem_str(m), regw(w, r));
    }
}

static void gen_store_imm(struct x86_mem m)
{
    for (int s = 0; s < 4; s++)
        for (unsigned k = 0; k < ARRAY_SIZE(imms); k++) {
            int32_t v = imms[k];
            long long shown = s == 0 ? (int8_t)v : s == 1 ? (int16_t)v : v;
            x86_store_imm32(tc_begin(), s, v, m);
            tc_end("mov%c $%lld, %s", size_suffix[s], shown, mem_str(m));
        }
}

static void gen_alu_mem(int r, struct x86_mem m)
{
    for (int op = 0; op < 8; op++)
        for (int w = 0; w < 2; w++) {
            x86_alu_rm(tc_begin(), op, w, r, m);
            tc_end("%s %s, %%%s", alu_name[op], mem_str(m), regw(w, r));
            x86_alu_mr(tc_begin(), op, w, m, r);
            tc_end("%s %%%s, %s", alu_name[op], regw(w, r), mem_str(m));
        }
}

static void gen_atomics_mem(int r, struct x86_mem m)
{
    for (int s = 0; s < 4; s++) {
        const char *src = reg_name(s, r);
        x86_lock_cmpxchg(tc_begin(), s, m, r);
        tc_end("lock cmpxchg %%%s, %s", src, mem_str(m));
        x86_lock_xadd(tc_begin(), s, m, r);
        tc_end("lock xadd %%%s, %s", src, mem_str(m));
        x86_xchg_mr(tc_begin(), s, m, r);
        tc_end("xchg %%%s, %s", src, mem_str(m));
    }
    x86_movdqu_load(tc_begin(), r, m);
    tc_end("movdqu %s, %%xmm%d", mem_str(m), r);
    x86_movdqu_store(tc_begin(), r, m);
    tc_end("movdqu %%xmm%d, %s", r, mem_str(m));
}

static void gen_mem_small(void)
{
    for (unsigned k = 0; k < ARRAY_SIZE(mem_small); k++) {
        struct x86_mem m = mem_small[k];
        for (int r = 0; r < 16; r++) {
            gen_loads_stores(r, m);
            gen_alu_mem(r, m);
            gen_atomics_mem(r, m);
        }
        gen_store_imm(m);
        x86_push_m(tc_begin(), m);
        tc_end("pushq %s", mem_str(m));
        x86_pop_m(tc_begin(), m);
        tc_end("popq %s", mem_str(m));
        x86_jmp_m(tc_begin(), m);
        tc_end("jmp *%s", mem_str(m));
    }
}

static void gen_rr_pair(bool w, int d, int s)
{
    const char *dn = regw(w, d), *sn = regw(w, s);
    x86_mov_rr(tc_begin(), w, d, s);
    tc_end("mov %%%s, %%%s", sn, dn);
    for (int op = 0; op < 8; op++) {
        x86_alu_rr(tc_begin(), op, w, d, s);
        tc_end("%s %%%s, %%%s", alu_name[op], sn, dn);
    }
    x86_test_rr(tc_begin(), w, d, s);
    tc_end("test %%%s, %%%s", sn, dn);
    x86_imul_rr(tc_begin(), w, d, s);
    tc_end("imul %%%s, %%%s", sn, dn);
    for (int cc = 0; cc < 16; cc++) {
        x86_cmov(tc_begin(), cc, w, d, s);
        tc_end("cmov%s %%%s, %%%s", cc_name[cc], sn, dn);
    }
}

static void gen_bitcount_pair(bool w, int d, int s)
{
    static void (*const fn[5])(struct codebuf *, bool, int, int) = {
        x86_bsr, x86_bsf, x86_lzcnt, x86_tzcnt, x86_popcnt };
    static const char *const name[5] = { "bsr", "bsf", "lzcnt", "tzcnt", "popcnt" };
    for (int k = 0; k < 5; k++) {
        fn[k](tc_begin(), w, d, s);
        tc_end("%s %%%s, %%%s", name[k], regw(w, s), regw(w, d));
    }
}

static void gen_extend_pair(int d, int s)
{
    static const char *const zx[4] = { "movzbl", "movzwl", "movl", "movq" };
    for (int k = 0; k < 4; k++) {
        x86_movzx(tc_begin(), d, s, k);
        tc_end("%s %%%s, %%%s", zx[k], reg_name(k, s), k == 3 ? r64[d] : r32[d]);
    }
    for (int w = 0; w < 2; w++) {
        x86_movsx(tc_begin(), w, d, s, 0);
        tc_end("movsb%c %%%s, %%%s", sfx(w), r8[s], regw(w, d));
        x86_movsx(tc_begin(), w, d, s, 1);
        tc_end("movsw%c %%%s, %%%s", sfx(w), r16[s], regw(w, d));
        x86_movsx(tc_begin(), w, d, s, 2);
        tc_end("%s %%%s, %%%s", w ? "movslq" : "movl", r32[s], regw(w, d));
        x86_movsx(tc_begin(), w, d, s, 3);
        tc_end("mov %%%s, %%%s", regw(w, s), regw(w, d));
    }
}

static void gen_bmi2_pair(bool w, int d, int s)
{
    static void (*const fn[3])(struct codebuf *, bool, int, int, int) = {
        x86_shlx, x86_shrx, x86_sarx };
    static const char *const name[3] = { "shlx", "shrx", "sarx" };
    static const int cnts[] = { X86_RCX, X86_RSP, X86_RDI, X86_R8, X86_R15 };
    for (int k = 0; k < 3; k++)
        for (unsigned c = 0; c < ARRAY_SIZE(cnts); c++) {
            fn[k](tc_begin(), w, d, s, cnts[c]);
            tc_end("%s %%%s, %%%s, %%%s", name[k], regw(w, cnts[c]),
                   regw(w, s), regw(w, d));
        }
    static const uint8_t rot[] = { 0, 1, 31, 63 };
    for (unsigned k = 0; k < ARRAY_SIZE(rot); k++) {
        x86_rorx(tc_begin(), w, d, s, rot[k]);
        tc_end("rorx $%u, %%%s, %%%s", rot[k], regw(w, s), regw(w, d));
    }
}

static void gen_reg_pairs(void)
{
    for (int d = 0; d < 16; d++)
        for (int s = 0; s < 16; s++) {
            for (int w = 0; w < 2; w++) {
                gen_rr_pair(w, d, s);
                gen_bitcount_pair(w, d, s);
                gen_bmi2_pair(w, d, s);
                for (unsigned k = 0; k < ARRAY_SIZE(imms); k += 3) {
                    x86_imul_rri(tc_begin(), w, d, s, imms[k]);
                    tc_end("imul $%d, %%%s, %%%s", imms[k], regw(w, s), regw(w, d));
                }
            }
            gen_extend_pair(d, s);
            x86_movq_xr(tc_begin(), d, s);
            tc_end("movq %%%s, %%xmm%d", r64[s], d);
            x86_movq_rx(tc_begin(), d, s);
            tc_end("movq %%xmm%d, %%%s", s, r64[d]);
        }
}

static void gen_reg_imm(int r, bool w)
{
    for (unsigned k = 0; k < ARRAY_SIZE(imms); k++) {
        for (int op = 0; op < 8; op++) {
            x86_alu_ri(tc_begin(), op, w, r, imms[k]);
            tc_end("%s%c $%d, %%%s", alu_name[op], sfx(w), imms[k], regw(w, r));
        }
        x86_test_ri(tc_begin(), w, r, imms[k]);
        tc_end("test%c $%d, %%%s", sfx(w), imms[k], regw(w, r));
    }
    static const enum x86_shift sh[5] = { X86_ROL, X86_ROR, X86_SHL, X86_SHR, X86_SAR };
    static const char *const sh_name[5] = { "rol", "ror", "shl", "shr", "sar" };
    static const uint8_t cnt[] = { 0, 1, 2, 31, 63 };
    for (int k = 0; k < 5; k++) {
        for (unsigned c = 0; c < ARRAY_SIZE(cnt); c++) {
            x86_shift_ri(tc_begin(), sh[k], w, r, cnt[c]);
            tc_end("%s%c $%u, %%%s", sh_name[k], sfx(w), cnt[c], regw(w, r));
        }
        x86_shift_cl(tc_begin(), sh[k], w, r);
        tc_end("%s%c %%cl, %%%s", sh_name[k], sfx(w), regw(w, r));
    }
}

static void gen_reg_single(int r, bool w)
{
    static void (*const fn[6])(struct codebuf *, bool, int) = {
        x86_neg, x86_not, x86_mul1, x86_imul1, x86_div, x86_idiv };
    static const char *const name[6] = { "neg", "not", "mul", "imul", "div", "idiv" };
    for (int k = 0; k < 6; k++) {
        fn[k](tc_begin(), w, r);
        tc_end("%s%c %%%s", name[k], sfx(w), regw(w, r));
    }
    x86_bswap(tc_begin(), w, r);
    tc_end("bswap %%%s", regw(w, r));
    gen_reg_imm(r, w);
}

/* The text for x86_mov_ri names the form the encoder is required to
 * choose; the assembler then checks the bytes of that form. */
static void gen_mov_ri(int r)
{
    static const uint64_t v[] = {
        0, 1, 0x7f, 0x80, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000,
        0x123456789abcdef0, UINT64_MAX, 0xffffffff80000000,
        0xffffffff7fffffff, 0x8000000000000000, 0xfffffffffffffff0 };
    for (unsigned k = 0; k < ARRAY_SIZE(v); k++) {
        x86_mov_ri(tc_begin(), r, v[k]);
        if (v[k] <= UINT32_MAX)
            tc_end("movl $0x%llx, %%%s", (unsigned long long)v[k], r32[r]);
        else if ((int64_t)v[k] >= INT32_MIN && (int64_t)v[k] < 0)
            tc_end("movq $%lld, %%%s", (long long)v[k], r64[r]);
        else
            tc_end("movabsq $0x%llx, %%%s", (unsigned long long)v[k], r64[r]);
    }
}

static void gen_single_regs(void)
{
    for (int r = 0; r < 16; r++) {
        gen_reg_single(r, false);
        gen_reg_single(r, true);
        gen_mov_ri(r);
        x86_rol16_8(tc_begin(), r);
        tc_end("rolw $8, %%%s", r16[r]);
        for (int cc = 0; cc < 16; cc++) {
            x86_setcc(tc_begin(), cc, r);
            tc_end("set%s %%%s", cc_name[cc], r8[r]);
        }
        x86_push(tc_begin(), r);
        tc_end("push %%%s", r64[r]);
        x86_pop(tc_begin(), r);
        tc_end("pop %%%s", r64[r]);
        x86_jmp_r(tc_begin(), r);
        tc_end("jmp *%%%s", r64[r]);
        x86_call_r(tc_begin(), r);
        tc_end("call *%%%s", r64[r]);
    }
}

static void gen_no_operands(void)
{
    static void (*const fn[])(struct codebuf *) = {
        x86_cmc, x86_stc, x86_clc, x86_mfence, x86_pushfq, x86_popfq,
        x86_ret, x86_ud2, x86_int3 };
    static const char *const name[] = {
        "cmc", "stc", "clc", "mfence", "pushfq", "popfq", "ret", "ud2", "int3" };
    for (unsigned k = 0; k < ARRAY_SIZE(fn); k++) {
        fn[k](tc_begin());
        tc_end("%s", name[k]);
    }
    x86_cqo(tc_begin(), true);
    tc_end("cqto");
    x86_cqo(tc_begin(), false);
    tc_end("cltd");
}

/* rel32 fields are left 0 until patched: a jump to the next instruction. */
static void gen_branches(void)
{
    x86_jmp_rel32(tc_begin());
    tc_end("{disp32} jmp .+5");
    x86_call_rel32(tc_begin());
    tc_end("{disp32} call .+5");
    for (int cc = 0; cc < 16; cc++) {
        x86_jcc_rel32(tc_begin(), cc);
        tc_end("{disp32} j%s .+6", cc_name[cc]);
    }
}

/* The SDM's recommended NOP forms, spelled for the assembler. */
static const char *const nop_text[9] = {
    "nop", "xchg %ax, %ax", "nopl (%rax)", "{disp8} nopl 0(%rax)",
    "{disp8} nopl 0(%rax,%rax,1)", "{disp8} nopw 0(%rax,%rax,1)",
    "{disp32} nopl 0(%rax)", "{disp32} nopl 0(%rax,%rax,1)",
    "{disp32} nopw 0(%rax,%rax,1)" };

static void gen_nops(void)
{
    for (unsigned n = 1; n <= 20; n++) {
        char text[80] = "";
        for (unsigned left = n; left > 0; left -= left < 9 ? left : 9) {
            unsigned k = left < 9 ? left : 9;
            snprintf(text + strlen(text), sizeof(text) - strlen(text), "%s%s",
                     *text ? "; " : "", nop_text[k - 1]);
        }
        x86_nop(tc_begin(), n);
        tc_end("%s", text);
    }
}

static void gen_all(enum gen_mode mode)
{
    gen.mode = mode;
    gen.idx = 0;
    gen.trunc_failures = 0;
    gen_mem_full();
    gen_mem_small();
    gen_reg_pairs();
    gen_single_regs();
    gen_no_operands();
    gen_branches();
    gen_nops();
}

/* -- Running the assembler -- */

static void write_asm(const char *path)
{
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs("\t.text\n", f);
    for (size_t i = 0; i < gen.n; i++)
        fprintf(f, ".Ls%zu:\n\t%s\n.Le%zu:\n", i, gen.v[i].text, i);
    fputs("\t.section .lens,\"a\"\n", f);
    for (size_t i = 0; i < gen.n; i++)
        fprintf(f, "\t.byte .Le%zu-.Ls%zu\n", i, i);
    ck_assert_int_eq(fclose(f), 0);
}

static uint8_t *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    *len = (size_t)ftell(f);
    rewind(f);
    uint8_t *p = malloc(*len + 1);
    ck_assert_uint_eq(fread(p, 1, *len, f), *len);
    fclose(f);
    return p;
}

static void run(const char *cmd)
{
    int rc = system(cmd);
    ck_assert_msg(rc == 0, "command failed (%d): %s", rc, cmd);
}

static const char *tool(const char *env, const char *dflt)
{
    const char *t = getenv(env);
    return t && *t ? t : dflt;
}

/* Assemble the recorded cases; returns the text bytes and lengths. */
static void assemble(uint8_t **text, size_t *text_len, uint8_t **lens,
                     size_t *lens_len)
{
    char dir[512], s[600], cmd[2048];
    snprintf(dir, sizeof(dir), "%s/ferry-test-encode-XXXXXX",
             tool("TMPDIR", "/tmp"));
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(s, sizeof(s), "%s/cases.s", dir);
    write_asm(s);
    snprintf(cmd, sizeof(cmd),
             "cd %s && %s --64 -o cases.o cases.s && "
             "%s -O binary -j .text cases.o text.bin && "
             "%s -O binary -j .lens cases.o lens.bin",
             dir, tool("AS", "as"), tool("OBJCOPY", "objcopy"),
             tool("OBJCOPY", "objcopy"));
    run(cmd);
    snprintf(s, sizeof(s), "%s/text.bin", dir);
    *text = read_file(s, text_len);
    snprintf(s, sizeof(s), "%s/lens.bin", dir);
    *lens = read_file(s, lens_len);
    if (!getenv("FERRY_KEEP_TMP")) {
        snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
        run(cmd);
    }
}

static void print_hex(const char *what, const uint8_t *p, size_t n)
{
    fprintf(stderr, "    %-9s", what);
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, " %02x", p[i]);
    fputc('\n', stderr);
}

/* -- Tests -- */

START_TEST(every_encoding_matches_the_gnu_assembler)
{
    gen.n = 0;
    gen_all(GEN_RECORD);
    ck_assert_uint_gt(gen.n, 10000);

    uint8_t *text, *lens;
    size_t text_len, lens_len, off = 0, bad = 0;
    assemble(&text, &text_len, &lens, &lens_len);
    ck_assert_uint_eq(lens_len, gen.n);
    for (size_t i = 0; i < gen.n; i++) {
        const struct enc_case *c = &gen.v[i];
        ck_assert_uint_le(off + lens[i], text_len);
        if (c->len != lens[i] || memcmp(c->bytes, text + off, c->len) != 0) {
            if (bad++ < 20) {
                fprintf(stderr, "mismatch: %s\n", c->text);
                print_hex("as:", text + off, lens[i]);
                print_hex("encoder:", c->bytes, c->len);
            }
        }
        off += lens[i];
    }
    ck_assert_uint_eq(off, text_len);
    ck_assert_msg(bad == 0, "%zu of %zu encodings differ from as", bad, gen.n);
    free(text);
    free(lens);
}
END_TEST

START_TEST(a_buffer_one_byte_short_overflows_without_writing_past_its_end)
{
    gen.n = 0;
    gen_all(GEN_RECORD);
    size_t n = gen.n;
    gen_all(GEN_TRUNCATED);
    ck_assert_uint_eq(gen.idx, n);
    ck_assert_msg(gen.trunc_failures == 0, "%zu of %zu cases wrote past the end "
                  "or did not flag overflow", gen.trunc_failures, n);
}
END_TEST

START_TEST(overflowed_rel32_field_points_outside_the_buffer)
{
    uint8_t buf[8];
    memset(buf, GUARD, sizeof(buf));
    struct codebuf cb;
    cb_init(&cb, buf, 3);
    uint8_t *field = x86_jmp_rel32(&cb);
    ck_assert(cb.overflow);
    ck_assert(field < buf || field >= buf + sizeof(buf));
    x86_patch_rel32(field, field + 100);       /* must be harmless */
    x86_mov_ri(&cb, X86_R8, 0x123456789);
    for (size_t i = 3; i < sizeof(buf); i++)
        ck_assert_uint_eq(buf[i], GUARD);
}
END_TEST

START_TEST(mov_ri_picks_the_shortest_form)
{
    static const struct { int reg; uint64_t imm; unsigned len; } t[] = {
        { X86_RAX, 0, 5 },               { X86_R8, 0, 6 },
        { X86_RCX, 0xffffffff, 5 },      { X86_R15, 0x80000000, 6 },
        { X86_RAX, UINT64_MAX, 7 },      { X86_R9, UINT64_MAX, 7 },
        { X86_RDX, 0xffffffff80000000, 7 },
        { X86_RDX, 0xffffffff7fffffff, 10 },
        { X86_RBX, 0x100000000, 10 },    { X86_R12, 0x100000000, 10 },
    };
    for (unsigned k = 0; k < ARRAY_SIZE(t); k++) {
        uint8_t buf[16];
        struct codebuf cb;
        cb_init(&cb, buf, sizeof(buf));
        x86_mov_ri(&cb, t[k].reg, t[k].imm);
        ck_assert_msg((unsigned)(cb.ptr - buf) == t[k].len,
                      "mov r%d, %#llx: %d bytes, want %u", t[k].reg,
                      (unsigned long long)t[k].imm, (int)(cb.ptr - buf), t[k].len);
        /* a MOV opcode (B8+r or C7), never the flag-clobbering xor idiom */
        uint8_t op = (buf[0] & 0xf0) == 0x40 ? buf[1] : buf[0];
        ck_assert((op & 0xf8) == 0xb8 || op == 0xc7);
    }
}
END_TEST

START_TEST(alu_ri_uses_the_imm8_form_when_the_value_fits)
{
    uint8_t buf[16];
    struct codebuf cb;
    cb_init(&cb, buf, sizeof(buf));
    x86_alu_ri(&cb, X86_SUB, true, X86_R11, -128);
    ck_assert_uint_eq(cb.ptr - buf, 4);
    ck_assert_uint_eq(buf[1], 0x83);
    cb_init(&cb, buf, sizeof(buf));
    x86_alu_ri(&cb, X86_SUB, true, X86_R11, 128);
    ck_assert_uint_eq(cb.ptr - buf, 7);
    ck_assert_uint_eq(buf[1], 0x81);
}
END_TEST

/* -- Executing generated code -- */

struct exec_buf { uint8_t *mem; size_t size; struct codebuf cb; };

static void exec_begin(struct exec_buf *e, void *hint)
{
    e->size = 1 << 16;
    e->mem = mmap(hint, e->size, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ck_assert(e->mem != MAP_FAILED);
    cb_init(&e->cb, e->mem, e->size);
}

static void *exec_finish(struct exec_buf *e, uint8_t *entry)
{
    ck_assert(!e->cb.overflow);
    ck_assert_int_eq(mprotect(e->mem, e->size, PROT_READ | PROT_EXEC), 0);
    return entry;
}

static void exec_end(struct exec_buf *e) { munmap(e->mem, e->size); }

typedef uint64_t (*fn0)(void);

/* Two functions per value and register: one returns the register after
 * x86_mov_ri, one returns CF after stc; x86_mov_ri.  Registers other
 * than RAX are saved and restored (some are callee-saved in the C ABI). */
static void emit_mov_ri_probe(struct codebuf *cb, int r, uint64_t v, bool flag)
{
    if (r != X86_RAX)
        x86_push(cb, r);
    x86_stc(cb);
    x86_mov_ri(cb, r, v);
    if (flag) {
        x86_setcc(cb, X86_CC_B, X86_RAX);
        x86_movzx(cb, X86_RAX, X86_RAX, 0);
    } else {
        x86_mov_rr(cb, true, X86_RAX, r);
    }
    if (r != X86_RAX)
        x86_pop(cb, r);
    x86_ret(cb);
}

START_TEST(mov_ri_loads_the_value_and_keeps_the_carry_flag)
{
    static const uint64_t v[] = {
        0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, UINT64_MAX,
        0xffffffff80000000, 0xffffffff7fffffff, 0x8000000000000000,
        0x123456789abcdef0 };
    struct exec_buf e;
    exec_begin(&e, NULL);
    uint8_t *entry[ARRAY_SIZE(v)][16][2];
    for (unsigned k = 0; k < ARRAY_SIZE(v); k++)
        for (int r = 0; r < 16; r++)
            for (int flag = 0; flag < 2; flag++) {
                entry[k][r][flag] = e.cb.ptr;
                if (r != X86_RSP)
                    emit_mov_ri_probe(&e.cb, r, v[k], flag);
            }
    exec_finish(&e, e.mem);
    for (unsigned k = 0; k < ARRAY_SIZE(v); k++)
        for (int r = 0; r < 16; r++) {
            if (r == X86_RSP)
                continue;
            fn0 f = (fn0)(void *)entry[k][r][0];
            ck_assert_msg(f() == v[k], "mov %s, %#llx", r64[r],
                          (unsigned long long)v[k]);
            f = (fn0)(void *)entry[k][r][1];
            ck_assert_msg(f() == 1, "mov %s, %#llx cleared CF", r64[r],
                          (unsigned long long)v[k]);
        }
    exec_end(&e);
}
END_TEST

START_TEST(nop_runs_of_any_length_execute_and_have_that_length)
{
    for (unsigned n = 0; n <= 40; n++) {
        struct exec_buf e;
        exec_begin(&e, NULL);
        x86_nop(&e.cb, n);
        ck_assert_uint_eq(e.cb.ptr - e.mem, n);
        x86_mov_ri(&e.cb, X86_RAX, 42 + n);
        x86_ret(&e.cb);
        fn0 f = (fn0)exec_finish(&e, e.mem);
        ck_assert_uint_eq(f(), 42 + n);
        exec_end(&e);
    }
}
END_TEST

START_TEST(aligned_jmp_field_is_4_aligned_and_repatches)
{
    for (unsigned mis = 0; mis < 8; mis++) {
        struct exec_buf e;
        exec_begin(&e, NULL);
        x86_nop(&e.cb, mis);
        uint8_t *field = x86_jmp_rel32_aligned(&e.cb);
        ck_assert_uint_eq((uintptr_t)field & 3, 0);
        ck_assert_uint_eq(field[-1], 0xe9);
        ck_assert_uint_le(field - e.mem, mis + 4);
        uint8_t *a = e.cb.ptr;
        x86_mov_ri(&e.cb, X86_RAX, 1);
        x86_ret(&e.cb);
        uint8_t *b = e.cb.ptr;
        x86_mov_ri(&e.cb, X86_RAX, 2);
        x86_ret(&e.cb);
        x86_patch_jmp_atomic(field, a);
        fn0 f = (fn0)exec_finish(&e, e.mem);
        ck_assert_uint_eq(f(), 1);
        ck_assert_int_eq(mprotect(e.mem, e.size, PROT_READ | PROT_WRITE), 0);
        x86_patch_jmp_atomic(field, b);
        ck_assert_int_eq(mprotect(e.mem, e.size, PROT_READ | PROT_EXEC), 0);
        ck_assert_uint_eq(f(), 2);
        exec_end(&e);
    }
}
END_TEST

static uint64_t callee(void) { return 0xfeedf00d; }

/* sub rsp,8 keeps the C ABI's 16-byte stack alignment at the call. */
static void check_call_abs(void *hint, bool want_near)
{
    struct exec_buf e;
    exec_begin(&e, hint);
    x86_alu_ri(&e.cb, X86_SUB, true, X86_RSP, 8);
    uint8_t *call = e.cb.ptr;
    x86_call_abs(&e.cb, (const void *)callee);
    bool near = *call == 0xe8;
    x86_alu_ri(&e.cb, X86_ADD, true, X86_RSP, 8);
    x86_ret(&e.cb);
    intptr_t dist = (intptr_t)callee - (intptr_t)(call + 5);
    ck_assert_int_eq(near, dist >= INT32_MIN && dist <= INT32_MAX);
    if (near == want_near) {
        fn0 f = (fn0)exec_finish(&e, e.mem);
        ck_assert_uint_eq(f(), 0xfeedf00d);
    } else {
        fprintf(stderr, "note: call_abs %s form not exercised (mapping at %p)\n",
                want_near ? "near" : "far", (void *)e.mem);
    }
    exec_end(&e);
}

START_TEST(call_abs_calls_near_and_far_functions)
{
    uintptr_t here = (uintptr_t)callee;
    check_call_abs((void *)ALIGN_DOWN(here + (1u << 24), (uintptr_t)4096), true);
    check_call_abs((void *)(here < (1ull << 44) ? 0x7e0000000000ull
                                                 : 0x100000000000ull), false);
}
END_TEST

START_TEST(patch_rel32_points_jcc_at_its_target)
{
    uint8_t buf[64];
    struct codebuf cb;
    cb_init(&cb, buf, sizeof(buf));
    uint8_t *j = x86_jcc_rel32(&cb, X86_CC_NE);
    ck_assert_ptr_eq(j, buf + 2);
    x86_patch_rel32(j, buf);                   /* backwards, to itself */
    ck_assert_uint_eq(j[0], 0xfa);
    ck_assert_uint_eq(j[3], 0xff);
    uint8_t *c = x86_call_rel32(&cb);
    x86_patch_rel32(c, buf + 60);
    ck_assert_int_eq(*(int32_t *)(void *)c, 60 - 11);
}
END_TEST

START_TEST(host_features_probe_and_disable)
{
    char desc[512];
    unsetenv("FERRY_HOST_DISABLE");
    host_features_init();
    host_features_describe(desc, sizeof(desc));
    ck_assert_ptr_null(host_features_missing_baseline());   /* x86-64-v2 CI hosts */
    ck_assert(host_features.sse4_2 && host_features.popcnt);
    const char *bad = NULL;
    ck_assert(host_features_disable("bmi2,avx2", &bad));
    ck_assert(!host_features.bmi2 && !host_features.avx2);
    ck_assert(!host_features_disable("sse4_1,nosuch", &bad));
    ck_assert(strncmp(bad, "nosuch", 6) == 0);
    ck_assert(!host_features.sse4_1);
    host_features_init();
    host_features_describe(desc, 8);                          /* truncates */
    ck_assert_uint_lt(strlen(desc), 8);
}
END_TEST

START_TEST(disas_prints_every_byte)
{
    static const uint8_t code[] = { 0x48, 0x01, 0xd8, 0xc3, 0x06 };
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    host_disas(f, code, sizeof(code), 0x1000);
    fclose(f);
#ifdef HAVE_CAPSTONE
    ck_assert_ptr_nonnull(strstr(out, "add"));
    ck_assert_ptr_nonnull(strstr(out, "ret"));
    ck_assert_ptr_nonnull(strstr(out, ".byte 0x06"));
#else
    ck_assert_ptr_nonnull(strstr(out, "48 01 d8 c3 06"));
#endif
    ck_assert_ptr_nonnull(strstr(out, "0x0000000000001000"));
    free(out);
}
END_TEST

static Suite *encode_suite(void)
{
    Suite *s = suite_create("encode");
    TCase *tc = tcase_create("gas");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, every_encoding_matches_the_gnu_assembler);
    tcase_add_test(tc, a_buffer_one_byte_short_overflows_without_writing_past_its_end);
    suite_add_tcase(s, tc);
    tc = tcase_create("behaviour");
    tcase_add_test(tc, overflowed_rel32_field_points_outside_the_buffer);
    tcase_add_test(tc, mov_ri_picks_the_shortest_form);
    tcase_add_test(tc, alu_ri_uses_the_imm8_form_when_the_value_fits);
    tcase_add_test(tc, mov_ri_loads_the_value_and_keeps_the_carry_flag);
    tcase_add_test(tc, nop_runs_of_any_length_execute_and_have_that_length);
    tcase_add_test(tc, aligned_jmp_field_is_4_aligned_and_repatches);
    tcase_add_test(tc, call_abs_calls_near_and_far_functions);
    tcase_add_test(tc, patch_rel32_points_jcc_at_its_target);
    tcase_add_test(tc, host_features_probe_and_disable);
    tcase_add_test(tc, disas_prints_every_byte);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(encode_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
