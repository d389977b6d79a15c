#define _GNU_SOURCE
/*
 * exec.c - the exec loop and block translation.
 *
 * Translation: the guest frontend fills an ir_block (arch->gen_block),
 * the optimiser and liveness run, and the backend writes host code into
 * the code buffer.  When the buffer is full every block is dropped and
 * translation starts again from an empty buffer (simple, and rare).
 *
 * Running: backend_enter() runs host code until a block exits.  Direct
 * branches ask to be chained on their first exit; after that blocks jump
 * to each other without coming back here.
 */
#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include "backend.h"
#include "exec.h"
#include "ferry.h"
#include "guest_signal.h"
#include "ir.h"
#include "mm.h"
#include "syscall.h"
#include "tb.h"
#include "disas.h"

static struct codebuf code_buf;
static uint8_t *code_after_prologue;
static struct ir_block ir_blk;
static bool ir_ready;
static bool tier2_enabled = true;   /* FERRY_TIER2=0 turns regions off */
static unsigned long tier2_max = ~0ul; /* FERRY_TIER2_MAX: bisect regions */
static unsigned max_insns = TB_MAX_INSNS;

void exec_set_one_insn_per_tb(void)
{
    max_insns = 1;
    tier2_enabled = false;
}
static struct tb *find_tb(struct ferry_thread *t, gaddr_t pc);

/* -d stats: exits by reason, one table */
#define EXEC_STATS(X) X(translated) X(regions) X(flushes) X(chained)  \
    X(lookups) X(syscalls) X(exceptions) X(interrupts) X(loop_entries)
static struct {
#define FIELD(n) unsigned long n;
    EXEC_STATS(FIELD)
#undef FIELD
    double translate_seconds;
} stats;

void exec_print_stats(void)
{
#define PRINT(n) log_msg("  %-14s %lu\n", #n, stats.n);
    log_msg("ferry statistics:\n");
    EXEC_STATS(PRINT)
#undef PRINT
    log_msg("  %-14s %.3f s\n", "translating", stats.translate_seconds);
    log_msg("  %-14s %lu\n", "blocks now", tb_cache_count());
}

static void guest_memory_changed(uint64_t addr, uint64_t len);

void exec_init(void)
{
    void *mem = mmap(NULL, CODE_BUFFER_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mem == MAP_FAILED)
        fatal("cannot map the %u MiB code buffer: %s",
              CODE_BUFFER_SIZE >> 20, strerror(errno));
    mm_reserve_host(mem, CODE_BUFFER_SIZE, "code buffer");
    signal_set_code_range(mem, CODE_BUFFER_SIZE);
    cb_init(&code_buf, mem, CODE_BUFFER_SIZE);
    backend_init(&code_buf);
    code_buf.ptr = (uint8_t *)ALIGN_UP((uintptr_t)code_buf.ptr, 64);
    code_after_prologue = code_buf.ptr;
    mm_guest_change_hook = guest_memory_changed;
    const char *tier2 = getenv("FERRY_TIER2");
    if (tier2 && !strcmp(tier2, "0"))
        tier2_enabled = false;
    const char *max = getenv("FERRY_TIER2_MAX");
    if (max)
        tier2_max = strtoul(max, NULL, 0);
    const char *threshold = getenv("FERRY_TIER2_THRESHOLD");
    if (threshold && atoi(threshold) > 0)
        tb_hot_threshold = (uint32_t)atoi(threshold);
}

/* -- Which guest pages have translations --
 * A small open-addressing set of page numbers, so that guest munmap,
 * mprotect and mmap over code drop stale translations.  Finer-grained
 * invalidation (per page, for JITs) comes with self-modifying code
 * support; for now any hit flushes every block. */
#define CODE_PAGES_BITS 14
#define CODE_PAGES_SIZE (1u << CODE_PAGES_BITS)
static uint64_t code_pages[CODE_PAGES_SIZE];   /* page + 1; 0 = empty */
static unsigned nr_code_pages;
static bool code_pages_full;      /* too many to track: assume every page */

static unsigned page_slot(uint64_t page)
{
    return (unsigned)((page * 0x9e3779b97f4a7c15ull) >> (64 - CODE_PAGES_BITS));
}

static bool code_page_present(uint64_t page)
{
    for (unsigned i = page_slot(page);; i = (i + 1) & (CODE_PAGES_SIZE - 1)) {
        if (code_pages[i] == page + 1)
            return true;
        if (!code_pages[i])
            return false;
    }
}

static void code_page_add(uint64_t page)
{
    if (code_page_present(page))
        return;
    if (nr_code_pages >= CODE_PAGES_SIZE / 2) {
        code_pages_full = true;
        return;
    }
    unsigned i = page_slot(page);
    while (code_pages[i])
        i = (i + 1) & (CODE_PAGES_SIZE - 1);
    code_pages[i] = page + 1;
    nr_code_pages++;
}

static bool code_range_translated(uint64_t addr, uint64_t len)
{
    uint64_t first = addr >> 12, last = (addr + len - 1) >> 12;
    if (code_pages_full)
        return true;
    if (!len || !nr_code_pages)
        return false;
    if (last - first < nr_code_pages) {
        for (uint64_t p = first; p <= last; p++)
            if (code_page_present(p))
                return true;
        return false;
    }
    for (unsigned i = 0; i < CODE_PAGES_SIZE; i++)
        if (code_pages[i] && code_pages[i] - 1 >= first && code_pages[i] - 1 <= last)
            return true;
    return false;
}

/* mm_guest_change_hook: the guest unmapped, remapped or reprotected memory. */
static void guest_memory_changed(uint64_t addr, uint64_t len)
{
    if (code_range_translated(addr, len))
        exec_flush_code();
}

void exec_flush_code(void)
{
    tb_cache_flush();
    memset(code_pages, 0, sizeof(code_pages));
    nr_code_pages = 0;
    code_pages_full = false;
    code_buf.ptr = code_after_prologue;
    code_buf.overflow = false;
    stats.flushes++;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void log_block(struct tb *tb, const char *what)
{
    log_msg("%s [%016" PRIx64 "]:\n", what, tb->pc);
}

static bool gen_host_code(struct ferry_thread *t, struct tb *tb)
{
    const struct guest_arch *arch = t->arch;
    if (!ir_ready) {
        ir_init(&ir_blk);
        arch->init_globals(&ir_blk);
        ir_ready = true;
    }
    ir_reset(&ir_blk);
    if (tb->tier == 2) {
        tb->guest_size = 4 * arch->gen_region(&ir_blk, tb->pc);
        ir_pin_globals(&ir_blk, BACKEND_MAX_PINS);
    } else {
        tb->guest_size = arch->gen_block(&ir_blk, tb->pc, max_insns);
    }
    if (log_enabled(LOG_OP)) {
        log_block(tb, "OP");
        log_flush();
        ir_dump(&ir_blk, log_stream());
    }
    ir_optimize(&ir_blk);
    ir_liveness(&ir_blk);
    if (log_enabled(LOG_OP_OPT)) {
        log_block(tb, "OP after optimisation and liveness");
        log_flush();
        ir_dump(&ir_blk, log_stream());
    }
    return backend_gen_code(&ir_blk, &code_buf, tb);
}

/* Remember the guest pages a block was translated from. */
static void note_code_pages(const struct ir_block *ir)
{
    for (uint32_t i = 0; i < ir->nr_ops; i++)
        if (ir->ops[i].opc == IR_insn_start)
            code_page_add(ir->ops[i].c[0] >> 12);
}

/* Translate a block (tier 1) or a region (tier 2) at pc; NULL only when
 * a region does not fit even after a flush (the caller keeps tier 1). */
static struct tb *translate_tier(struct ferry_thread *t, gaddr_t pc, int tier)
{
    double t0 = log_enabled(LOG_STATS) ? now() : 0;
    struct tb *tb = tb_alloc(pc);
    if (!tb)
        fatal("out of memory allocating a translation block");
    tb->tier = (uint8_t)(tier == 1 && !tier2_enabled ? 0 : tier);
    if (!gen_host_code(t, tb)) {
        free(tb->pcmap);
        free(tb);
        exec_flush_code();
        if (tier == 2)
            return NULL;
        tb = tb_alloc(pc);
        tb->tier = tier2_enabled ? 1 : 0;
        if (!gen_host_code(t, tb))
            fatal("block at 0x%" PRIx64 " does not fit in the code buffer", pc);
    }
    code_buf.ptr = (uint8_t *)ALIGN_UP((uintptr_t)code_buf.ptr, 16);
    note_code_pages(&ir_blk);
    stats.translated++;
    if (log_enabled(LOG_OUT_ASM)) {
        log_msg("OUT: [guest %016" PRIx64 "] %u bytes\n", pc, tb->code_size);
        log_flush();
        host_disas(log_stream(), tb->code, tb->code_size, (uintptr_t)tb->code);
    }
    if (log_enabled(LOG_STATS))
        stats.translate_seconds += now() - t0;
    return tb;
}

static struct tb *translate(struct ferry_thread *t, gaddr_t pc)
{
    struct tb *tb = translate_tier(t, pc, 1);
    tb_cache_insert(tb);
    return tb;
}

/* A tier-1 block ran hot: replace it by a region starting at its PC. */
static struct tb *tier_up(struct ferry_thread *t, struct tb *old)
{
    uint8_t *gen_before = code_buf.ptr;
    if (!tier2_enabled || tb_cache_lookup(old->pc) != old
        || stats.regions >= tier2_max)
        return find_tb(t, t->cpu->pc);
    struct tb *tb = translate_tier(t, old->pc, 2);
    if (!tb || code_buf.ptr < gen_before)     /* flushed: old is gone */
        return tb ? (tb_cache_insert(tb), tb) : find_tb(t, t->cpu->pc);
    tb_cache_replace(old, tb);
    backend_redirect(old, tb->code);
    stats.regions++;
    return find_tb(t, t->cpu->pc);
}

static struct tb *find_tb(struct ferry_thread *t, gaddr_t pc)
{
    struct tb *tb = tb_cache_lookup(pc);
    if (!tb)
        tb = translate(t, pc);
    struct jump_cache_entry *e = &jump_cache[jump_cache_hash(pc)];
    e->pc = pc;
    e->code = tb->code;
    return tb;
}

/* A chain request: tb | slot.  Patch the slot to the successor. */
static struct tb *chain(struct ferry_thread *t, uintptr_t ret)
{
    struct tb *from = (struct tb *)(ret & ~(uintptr_t)(TB_ALIGN - 1));
    unsigned slot = ret & (TB_ALIGN - 1);
    uint8_t *gen_before = code_buf.ptr;
    struct tb *next = find_tb(t, t->cpu->pc);
    /* a flush while translating freed `from`: nothing to patch */
    if (code_buf.ptr >= gen_before && next->code >= code_after_prologue
        && !(code_buf.ptr < gen_before)) {
        if (tb_cache_lookup(from->pc) == from) {
            backend_chain(from, slot, next->code);
            stats.chained++;
        }
    }
    return next;
}

static void raise_exception(struct ferry_thread *t)
{
    struct cpu_common *cpu = t->cpu;
    stats.exceptions++;
    switch (cpu->excp) {
    case EXCP_UDEF:
        signal_raise_guest(t, SIGILL, ILL_ILLOPC, cpu->pc, cpu->excp);
        break;
    case EXCP_BRK:
        signal_raise_guest(t, SIGTRAP, TRAP_BRKPT, cpu->pc, cpu->excp);
        break;
    case EXCP_SEGV:
        signal_raise_guest(t, SIGSEGV, SEGV_MAPERR, cpu->excp_addr, cpu->excp);
        break;
    case EXCP_BUS:
        signal_raise_guest(t, SIGBUS, BUS_ADRALN, cpu->excp_addr, cpu->excp);
        break;
    default:
        fatal("unknown exception %u at guest pc 0x%" PRIx64, cpu->excp, cpu->pc);
    }
}

void exec_loop(struct ferry_thread *t)
{
    struct cpu_common *cpu = t->cpu;
    struct tb *tb = find_tb(t, cpu->pc);
    for (;;) {
        if (log_enabled(LOG_EXEC))
            log_msg("Trace: [%016" PRIx64 "]\n", tb->pc);
        stats.loop_entries++;
        uintptr_t ret = backend_enter(cpu, tb->code);
        if (ret >= EXIT_REASON_MAX) {
            if ((ret & (TB_ALIGN - 1)) == TB_EXIT_HOT)
                tb = tier_up(t, (struct tb *)(ret & ~(uintptr_t)(TB_ALIGN - 1)));
            else
                tb = chain(t, ret);
            continue;
        }
        switch (ret) {
        case EXIT_LOOKUP:
            stats.lookups++;
            break;
        case EXIT_SYSCALL: {
            /* signal/ needs the number and x0 as they were, to restart */
            long nr = t->arch->syscall_nr(cpu);
            uint64_t arg0 = t->arch->syscall_arg(cpu, 0);
            stats.syscalls++;
            syscall_dispatch(t);
            signal_after_syscall(t, nr, arg0);
            break;
        }
        case EXIT_EXCEPTION:
            raise_exception(t);
            break;
        case EXIT_INTERRUPT:
            stats.interrupts++;
            signal_deliver_pending(t);   /* clears exit_request */
            break;
        default:
            fatal("translated code returned unknown exit %" PRIuPTR, ret);
        }
        tb = find_tb(t, cpu->pc);
    }
}
