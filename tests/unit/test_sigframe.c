/*
 * test_sigframe.c - the arm64 signal frame (targets/aarch64/sigframe.c):
 * its layout against the cross compiler's headers (a probe compiled at
 * test time with aarch64-linux-gnu-gcc -fsyntax-only), where the frame
 * and the frame record land, the registers a handler starts with, the
 * records in __reserved, a round trip through rt_sigreturn, and the bad
 * frames rt_sigreturn must refuse.  Guest memory is host memory, so a
 * static buffer serves as the guest stack.
 */
#define _GNU_SOURCE
#include <check.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cpu.h"
#include "sigframe.h"

static uint8_t stack[3 * 8192] __attribute__((aligned(16)));
static struct a64_cpu cpu;

static void cpu_fill(void)
{
    memset(&cpu, 0, sizeof cpu);
    for (int i = 0; i < 31; i++)
        cpu.x[i] = 0x1000 + i;
    for (int i = 0; i < 32; i++)
        cpu.v[i].d[0] = 0x5500 + i, cpu.v[i].d[1] = ~0ull - i;
    cpu.x[A64_SP] = (uint64_t)(uintptr_t)(stack + sizeof stack - 40);  /* not 16-aligned */
    cpu.common.pc = 0x400800;
    cpu.fpcr = 0x00c00000;
    cpu.fpsr = 0x10;
    a64_set_nzcv(&cpu, 0xa0000000);      /* N and C */
}

static struct guest_sigaction act = {
    .handler = 0x401000, .flags = GUEST_SA_SIGINFO | GUEST_SA_RESTORER, .restorer = 0x402000,
};
static struct guest_siginfo info = { .si_signo = SIGILL, .si_code = 1, .u.addr = 0x400800 };

static struct guest_sigframe frame_req(unsigned excp)
{
    struct guest_sigframe f = {
        .sig = SIGILL, .info = &info, .act = &act, .sp_top = cpu.x[A64_SP],
        .saved_mask = 0x1234, .uc_stack = { .ss_flags = SS_DISABLE }, .excp = excp,
    };
    return f;
}

START_TEST(frame_and_record_sit_below_the_aligned_top)
{
    cpu_fill();
    uint64_t top = cpu.x[A64_SP];
    struct guest_sigframe f = frame_req(EXCP_UDEF);

    ck_assert(a64_setup_sigframe(&cpu, &f));
    uint64_t rec = (top - 16) & ~15ull;
    ck_assert_uint_eq(cpu.x[29], rec);
    ck_assert_uint_eq(cpu.x[A64_SP], rec - 4688);
    ck_assert_uint_eq(cpu.x[0], SIGILL);
    ck_assert_uint_eq(cpu.x[1], cpu.x[A64_SP]);
    ck_assert_uint_eq(cpu.x[2], cpu.x[A64_SP] + 128);
    ck_assert_uint_eq(cpu.x[30], 0x402000);
    ck_assert_uint_eq(cpu.common.pc, 0x401000);
    struct a64_frame_record *r = (void *)(uintptr_t)rec;
    ck_assert_uint_eq(r->fp, 0x1000 + 29);
    ck_assert_uint_eq(r->lr, 0x1000 + 30);
}
END_TEST

START_TEST(frame_holds_registers_mask_and_records)
{
    cpu_fill();
    struct guest_sigframe f = frame_req(EXCP_UDEF);
    ck_assert(a64_setup_sigframe(&cpu, &f));
    struct a64_rt_sigframe *sf = (void *)(uintptr_t)cpu.x[A64_SP];
    struct a64_sigcontext *sc = &sf->uc.uc_mcontext;

    ck_assert_int_eq(sf->info.si_signo, SIGILL);
    ck_assert_uint_eq(sf->info.u.addr, 0x400800);
    ck_assert_uint_eq(sf->uc.uc_sigmask, 0x1234);
    ck_assert_int_eq(sf->uc.uc_stack.ss_flags, SS_DISABLE);
    ck_assert_uint_eq(sc->regs[0], 0x1000);
    ck_assert_uint_eq(sc->regs[30], 0x1000 + 30);
    ck_assert_uint_eq(sc->pc, 0x400800);
    ck_assert_uint_eq(sc->pstate, 0xa0000000);
    ck_assert_uint_eq(sc->fault_address, 0);
    struct a64_fpsimd_context *fp = (void *)sc->reserved;
    ck_assert_uint_eq(fp->head.magic, A64_FPSIMD_MAGIC);
    ck_assert_uint_eq(fp->head.size, 528);
    ck_assert_uint_eq(fp->fpcr, 0x00c00000);
    ck_assert_uint_eq((uint64_t)fp->vregs[3], 0x5503);
    struct a64_esr_context *esr = (void *)(sc->reserved + 528);
    ck_assert_uint_eq(esr->head.magic, A64_ESR_MAGIC);
    ck_assert_uint_eq(esr->head.size, 16);
    ck_assert_uint_eq(esr->esr, 0x02000000);
    struct a64_ctx_head *end = (void *)(sc->reserved + 544);
    ck_assert_uint_eq(end->magic, 0);
    ck_assert_uint_eq(end->size, 0);
}
END_TEST

START_TEST(no_sa_restorer_returns_through_the_trampoline)
{
    struct guest_sigaction plain = { .handler = 0x401000 };
    cpu_fill();
    cpu.x[1] = 77;
    struct guest_sigframe f = frame_req(EXCP_NONE);
    f.act = &plain;
    ck_assert(a64_setup_sigframe(&cpu, &f));
    uint32_t *tramp = (void *)(uintptr_t)cpu.x[30];
    ck_assert_ptr_nonnull(tramp);
    ck_assert_uint_eq(tramp[0], 0xd2801168);    /* movz x8, #139 */
    ck_assert_uint_eq(tramp[1], 0xd4000001);    /* svc #0 */
    ck_assert_uint_eq(cpu.x[1], 77);            /* x1, x2 only for SA_SIGINFO */
    struct a64_rt_sigframe *sf = (void *)(uintptr_t)cpu.x[A64_SP];
    struct a64_ctx_head *end = (void *)(sf->uc.uc_mcontext.reserved + 528);
    ck_assert_uint_eq(end->magic, 0);           /* no esr record for async signals */
}
END_TEST

START_TEST(sigreturn_restores_what_the_handler_left)
{
    cpu_fill();
    struct a64_cpu before = cpu;
    struct guest_sigframe f = frame_req(EXCP_UDEF);
    struct guest_sigreturn r;
    ck_assert(a64_setup_sigframe(&cpu, &f));
    struct a64_rt_sigframe *sf = (void *)(uintptr_t)cpu.x[A64_SP];
    sf->uc.uc_mcontext.pc += 4;                 /* the handler skips the insn */
    sf->uc.uc_mcontext.regs[5] = 0xbeef;
    memset(cpu.v, 0xee, sizeof cpu.v);
    cpu.fpcr = 0;
    a64_set_nzcv(&cpu, 0x40000000);
    ck_assert(a64_sigreturn(&cpu, &r));
    ck_assert_uint_eq(r.mask, 0x1234);
    ck_assert_uint_eq(cpu.common.pc, 0x400804);
    ck_assert_uint_eq(cpu.x[5], 0xbeef);
    ck_assert_uint_eq(cpu.x[0], 0x1000);
    ck_assert_uint_eq(cpu.x[A64_SP], before.x[A64_SP]);
    ck_assert_uint_eq(a64_get_nzcv(&cpu), 0xa0000000);
    ck_assert_uint_eq(cpu.fpcr, 0x00c00000);
    ck_assert_int_eq(memcmp(cpu.v, before.v, sizeof cpu.v), 0);
}
END_TEST

/* Build a frame, break it with `breaker`, expect rt_sigreturn to refuse. */
static void expect_bad(void (*breaker)(struct a64_rt_sigframe *sf))
{
    struct guest_sigreturn r;
    cpu_fill();
    struct guest_sigframe f = frame_req(EXCP_UDEF);
    ck_assert(a64_setup_sigframe(&cpu, &f));
    breaker((void *)(uintptr_t)cpu.x[A64_SP]);
    uint64_t pc = cpu.common.pc;
    ck_assert(!a64_sigreturn(&cpu, &r));
    ck_assert_uint_eq(cpu.common.pc, pc);       /* nothing restored */
}

static void el1_mode(struct a64_rt_sigframe *sf) { sf->uc.uc_mcontext.pstate |= 0x5; }
static void aarch32(struct a64_rt_sigframe *sf) { sf->uc.uc_mcontext.pstate |= 0x10; }
static void irq_masked(struct a64_rt_sigframe *sf) { sf->uc.uc_mcontext.pstate |= 0x80; }
static void short_fpsimd(struct a64_rt_sigframe *sf)
{
    ((struct a64_ctx_head *)sf->uc.uc_mcontext.reserved)->size = 512;
}
static void no_fpsimd(struct a64_rt_sigframe *sf)
{
    memset(sf->uc.uc_mcontext.reserved, 0, 8);
}
static void unknown_record(struct a64_rt_sigframe *sf)
{
    ((struct a64_ctx_head *)(sf->uc.uc_mcontext.reserved + 528))->magic = 0x12345678;
}
static void no_terminator(struct a64_rt_sigframe *sf)
{
    for (size_t off = 528; off < 4096; off += 16) {
        struct a64_ctx_head *h = (void *)(sf->uc.uc_mcontext.reserved + off);
        h->magic = A64_ESR_MAGIC;
        h->size = 16;
    }
}
static void record_past_the_end(struct a64_rt_sigframe *sf)
{
    ((struct a64_ctx_head *)(sf->uc.uc_mcontext.reserved + 528))->size = 8192;
}
static void two_fpsimd(struct a64_rt_sigframe *sf)
{
    memcpy(sf->uc.uc_mcontext.reserved + 528, sf->uc.uc_mcontext.reserved, 528);
    memset(sf->uc.uc_mcontext.reserved + 1056, 0, 16);
}

START_TEST(sigreturn_refuses_bad_frames)
{
    expect_bad(el1_mode);
    expect_bad(aarch32);
    expect_bad(irq_masked);
    expect_bad(short_fpsimd);
    expect_bad(no_fpsimd);
    expect_bad(unknown_record);
    expect_bad(no_terminator);
    expect_bad(record_past_the_end);
    expect_bad(two_fpsimd);
}
END_TEST

START_TEST(sigreturn_refuses_a_misaligned_sp)
{
    struct guest_sigreturn r;
    cpu_fill();
    cpu.x[A64_SP] = (uint64_t)(uintptr_t)stack + 8;
    ck_assert(!a64_sigreturn(&cpu, &r));
}
END_TEST

/* -- the layout against the cross compiler's headers -- */

static void probe(FILE *f, const char *expr, size_t want)
{
    fprintf(f, "_Static_assert(%s == %zu, \"%s\");\n", expr, want, expr);
}

START_TEST(layout_matches_the_cross_compilers_headers)
{
    char path[] = "/tmp/ferry-sigframe-probe-XXXXXX.c", cmd[512];
    const char *cc = getenv("AARCH64_CC");
    int fd = mkstemps(path, 2);
    FILE *f = fdopen(fd, "w");

    if (!cc || !*cc)
        cc = "aarch64-linux-gnu-gcc";
    fprintf(f, "#include <stddef.h>\n#include <signal.h>\n#include <sys/ucontext.h>\n"
               "#include <asm/sigcontext.h>\n");
    probe(f, "sizeof(siginfo_t)", sizeof(struct guest_siginfo));
    probe(f, "offsetof(siginfo_t, si_addr)", offsetof(struct guest_siginfo, u.addr));
    probe(f, "offsetof(siginfo_t, si_pid)", offsetof(struct guest_siginfo, u.kill.pid));
    probe(f, "sizeof(ucontext_t)", sizeof(struct a64_ucontext));
    probe(f, "offsetof(ucontext_t, uc_stack)", offsetof(struct a64_ucontext, uc_stack));
    probe(f, "offsetof(ucontext_t, uc_sigmask)", offsetof(struct a64_ucontext, uc_sigmask));
    probe(f, "offsetof(ucontext_t, uc_mcontext)", offsetof(struct a64_ucontext, uc_mcontext));
    probe(f, "sizeof(stack_t)", sizeof(struct guest_stack));
    probe(f, "offsetof(stack_t, ss_size)", offsetof(struct guest_stack, ss_size));
    probe(f, "sizeof(struct sigcontext)", sizeof(struct a64_sigcontext));
    probe(f, "offsetof(struct sigcontext, regs)", offsetof(struct a64_sigcontext, regs));
    probe(f, "offsetof(struct sigcontext, sp)", offsetof(struct a64_sigcontext, sp));
    probe(f, "offsetof(struct sigcontext, pc)", offsetof(struct a64_sigcontext, pc));
    probe(f, "offsetof(struct sigcontext, pstate)", offsetof(struct a64_sigcontext, pstate));
    probe(f, "offsetof(struct sigcontext, __reserved)", offsetof(struct a64_sigcontext, reserved));
    probe(f, "sizeof(struct fpsimd_context)", sizeof(struct a64_fpsimd_context));
    probe(f, "offsetof(struct fpsimd_context, fpcr)", offsetof(struct a64_fpsimd_context, fpcr));
    probe(f, "offsetof(struct fpsimd_context, vregs)", offsetof(struct a64_fpsimd_context, vregs));
    probe(f, "sizeof(struct esr_context)", sizeof(struct a64_esr_context));
    probe(f, "FPSIMD_MAGIC", A64_FPSIMD_MAGIC);
    probe(f, "ESR_MAGIC", A64_ESR_MAGIC);
    probe(f, "EXTRA_MAGIC", A64_EXTRA_MAGIC);
    fclose(f);
    if (system("command -v aarch64-linux-gnu-gcc >/dev/null 2>&1") != 0 &&
        !strcmp(cc, "aarch64-linux-gnu-gcc")) {
        fprintf(stderr, "test_sigframe: no aarch64 cross compiler: header check skipped\n");
    } else {
        snprintf(cmd, sizeof cmd, "%s -std=gnu11 -fsyntax-only %s", cc, path);
        ck_assert_msg(system(cmd) == 0, "arm64 headers disagree (%s)", path);
    }
    unlink(path);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sigframe");
    TCase *tc = tcase_create("sigframe");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, frame_and_record_sit_below_the_aligned_top);
    tcase_add_test(tc, frame_holds_registers_mask_and_records);
    tcase_add_test(tc, no_sa_restorer_returns_through_the_trampoline);
    tcase_add_test(tc, sigreturn_restores_what_the_handler_left);
    tcase_add_test(tc, sigreturn_refuses_bad_frames);
    tcase_add_test(tc, sigreturn_refuses_a_misaligned_sp);
    tcase_add_test(tc, layout_matches_the_cross_compilers_headers);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
