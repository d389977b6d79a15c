/*
 * core_test.h - shared scaffolding for the translation-core unit tests
 * (test_fold.c, test_regalloc.c, test_ir_exec.c, tests/golden/golden_ir.c):
 * a fake guest CPU state, an IR block with its globals made, and a tiny
 * JIT that turns an (already optimised) block into host code and runs it.
 *
 *     struct ir_block ir;
 *     core_ir_init(&ir);                      // env + globals g0..g7
 *     ir_add(&ir, IR_W64, ir_g(0), ir_g(1), ir_const(&ir, 5));
 *     ir_exit_tb(&ir, EXIT_LOOKUP);
 *     ir_optimize(&ir); ir_liveness(&ir);
 *     struct fake_cpu cpu = { .g = { 0, 10 } };
 *     uintptr_t ret = jit_run_block(&ir, &cpu, 0x1000, NULL);
 *
 * Everything is static: each test program gets its own copy, and Check's
 * forked tests each map their own code buffer on first use.
 */
#ifndef FERRY_TESTS_CORE_TEST_H
#define FERRY_TESTS_CORE_TEST_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE       /* open_memstream, MAP_ANONYMOUS */
#endif
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "backend.h"
#include "cpu_common.h"
#include "host_features.h"
#include "ir.h"
#include "tb.h"

#define NG 8                    /* globals g0..g7 */
#define GBASE (NG - 1)          /* g7: memory base, tests never write it */
#define NSCRATCH 4              /* env words reached by ld_env/st_env */

struct fake_cpu {
    struct cpu_common common;   /* must be first (backend.h) */
    uint64_t g[NG];
    uint64_t scratch[NSCRATCH];
};

static const char *const core_gname[NG] = {
    "g0", "g1", "g2", "g3", "g4", "g5", "g6", "g7" };

/* Globals are temps 1..NG (ir.h: they are made first). */
static inline ir_temp ir_g(unsigned i)
{
    return (ir_temp)(1 + i);
}

static inline void core_ir_init(struct ir_block *ir)
{
    ir_init(ir);
    for (unsigned i = 0; i < NG; i++)
        ir_new_global(ir, (int32_t)offsetof(struct fake_cpu, g[i]),
                      core_gname[i]);
}

static inline int32_t scratch_off(unsigned i)
{
    return (int32_t)(offsetof(struct fake_cpu, scratch) + 8 * i);
}

/* -- The JIT -- */

#define JIT_BUF_SIZE (4u << 20)

static struct codebuf jit_cb;
static uint8_t *jit_after_prologue;

static inline void jit_init(void)
{
    if (jit_after_prologue)
        return;
    host_features_init();
    void *mem = mmap(NULL, JIT_BUF_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED) {
        perror("mmap code buffer");
        exit(99);
    }
    cb_init(&jit_cb, mem, JIT_BUF_SIZE);
    backend_init(&jit_cb);
    jit_cb.ptr = (uint8_t *)(((uintptr_t)jit_cb.ptr + 63) & ~(uintptr_t)63);
    jit_after_prologue = jit_cb.ptr;
}

/* Generate host code for ir (optimised, liveness done) at a fixed place:
 * right after the prologue, so code offsets are the same on every run. */
static inline struct tb *jit_compile(struct ir_block *ir, uint64_t pc)
{
    jit_init();
    jit_cb.ptr = jit_after_prologue;
    jit_cb.overflow = false;
    struct tb *tb = calloc(1, sizeof(*tb));
    if (!tb)
        exit(99);
    tb->pc = pc;
    if (!backend_gen_code(ir, &jit_cb, tb)) {
        fprintf(stderr, "code buffer overflow\n");
        exit(99);
    }
    return tb;
}

static inline void jit_free(struct tb *tb)
{
    free(tb->pcmap);
    free(tb);
}

/* Compile and run; *tbp (if given) receives the tb, else it is freed. */
static inline uintptr_t jit_run_block(struct ir_block *ir, struct fake_cpu *cpu,
                                      uint64_t pc, struct tb **tbp)
{
    struct tb *tb = jit_compile(ir, pc);
    uintptr_t ret = backend_enter(cpu, tb->code);
    if (tbp)
        *tbp = tb;
    else
        jit_free(tb);
    return ret;
}

/* -- Guest flags: Arm NZCV nibble <-> hflags image (cpu_common.h) -- */

#define HF_MASK (HFLAG_CF | HFLAG_ZF | HFLAG_SF | HFLAG_OF)

static inline uint64_t nzcv_to_hflags(unsigned nzcv)
{
    uint64_t f = HFLAG_FIXED;
    f |= (nzcv & 8) ? HFLAG_SF : 0;
    f |= (nzcv & 4) ? HFLAG_ZF : 0;
    f |= (nzcv & 2) ? 0 : HFLAG_CF;     /* CF holds NOT C */
    f |= (nzcv & 1) ? HFLAG_OF : 0;
    return f;
}

static inline unsigned hflags_to_nzcv(uint64_t f)
{
    return ((f & HFLAG_SF) ? 8u : 0) | ((f & HFLAG_ZF) ? 4u : 0)
           | ((f & HFLAG_CF) ? 0 : 2u) | ((f & HFLAG_OF) ? 1u : 0);
}

/* Arm ARM J1.2.3 ConditionHolds(), on an NZCV nibble. */
static inline bool arm_cond_holds(unsigned fc, unsigned nzcv)
{
    bool n = nzcv & 8, z = nzcv & 4, c = nzcv & 2, v = nzcv & 1, r;
    switch (fc >> 1) {
    case 0: r = z; break;
    case 1: r = c; break;
    case 2: r = n; break;
    case 3: r = v; break;
    case 4: r = c && !z; break;
    case 5: r = n == v; break;
    case 6: r = n == v && !z; break;
    default: r = true; break;
    }
    if ((fc & 1) && fc != 15)
        r = !r;
    return r;
}

/* Arm ARM J1.1.3 AddWithCarry(): result (zero-extended) and NZCV. */
static inline uint64_t arm_add_with_carry(uint64_t x, uint64_t y, unsigned cin,
                                          bool w64, unsigned *nzcv)
{
    uint64_t r;
    bool c, v;
    if (w64) {
        unsigned __int128 us = (unsigned __int128)x + y + cin;
        __int128 ss = (__int128)(int64_t)x + (int64_t)y + cin;
        r = (uint64_t)us;
        c = (unsigned __int128)r != us;
        v = (__int128)(int64_t)r != ss;
    } else {
        uint64_t us = (uint64_t)(uint32_t)x + (uint32_t)y + cin;
        int64_t ss = (int64_t)(int32_t)x + (int32_t)y + cin;
        r = (uint32_t)us;
        c = r != us;
        v = (int64_t)(int32_t)r != ss;
    }
    bool n = w64 ? r >> 63 : r >> 31;
    *nzcv = (n ? 8u : 0) | (r == 0 ? 4u : 0) | (c ? 2u : 0) | (v ? 1u : 0);
    return r;
}

/* The ops of a block as text (ir_dump), for messages and golden files. */
static inline char *ir_dump_string(const struct ir_block *ir)
{
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    if (!f)
        exit(99);
    ir_dump(ir, f);
    fclose(f);
    return s;
}

#endif
