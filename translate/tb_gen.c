#define _GNU_SOURCE
/*
 * tb_gen.c - translation: the guest frontend fills an ir_block
 * (arch->gen_block, or arch->gen_region for a hot block), the optimiser
 * and liveness run, and the backend writes host code into the code
 * buffer.  When the buffer is full every block is dropped and translation
 * starts again from an empty buffer (simple, and rare).  See tb_gen.h for
 * the locking rules.
 */
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include "backend.h"
#include "smc.h"
#include "disas.h"
#include "exec.h"
#include "ferry.h"
#include "guest_signal.h"
#include "ir.h"
#include "mm.h"
#include "stats.h"
#include "tb_gen.h"

static pthread_mutex_t tb_lock = PTHREAD_MUTEX_INITIALIZER;
static struct codebuf code_buf;
static uint8_t *code_after_prologue;
static struct ir_block ir_blk;          /* used under tb_lock only */
static bool ir_ready;
static bool tier2_enabled = true;
static unsigned long tier2_max = ~0ul;  /* FERRY_TIER2_MAX: bisect regions */
static unsigned max_insns = TB_MAX_INSNS;
static unsigned generation;             /* bumped by every flush */

void tb_lock_acquire(void)
{
    pthread_mutex_lock(&tb_lock);
}

void tb_lock_release(void)
{
    pthread_mutex_unlock(&tb_lock);
}

void tb_gen_set_max_insns(unsigned n)
{
    max_insns = n;
}

void tb_gen_set_tier2(bool on)
{
    tier2_enabled = on;
}

unsigned tb_generation(void)
{
    return __atomic_load_n(&generation, __ATOMIC_ACQUIRE);
}

/* -- Flushing -- */

static void clear_jump_cache(struct ferry_thread *t, void *arg)
{
    (void)arg;
    if (t->cpu && t->cpu->jump_cache)
        jump_cache_clear(t->cpu->jump_cache);
}

static void flush_locked(void)
{
    thread_stop_others();
    tb_cache_flush();
    smc_clear();
    thread_for_each(clear_jump_cache, NULL);
    code_buf.ptr = code_after_prologue;
    code_buf.overflow = false;
    __atomic_add_fetch(&generation, 1, __ATOMIC_RELEASE);
    stats.flushes++;
    thread_resume_others();
}

void tb_flush_all(void)
{
    pthread_mutex_lock(&tb_lock);
    flush_locked();
    pthread_mutex_unlock(&tb_lock);
}

/* mm_guest_change_hook: the guest unmapped, remapped or reprotected
 * memory: drop the blocks of those pages. */
static void guest_memory_changed(uint64_t addr, uint64_t len)
{
    pthread_mutex_lock(&tb_lock);
    smc_invalidate_range(addr, len);
    pthread_mutex_unlock(&tb_lock);
}

/* IC IVAU: the guest says code at addr changed (it may have written it
 * through another mapping, which write protection cannot see). */
void tb_invalidate_icache(uint64_t addr)
{
    guest_memory_changed(addr & ~63ull, 64);
}

/* fork: the translation lock is taken around it so that the child, which
 * has only the forking thread, never inherits it held by a thread it
 * does not have. */
static void atfork_prepare(void)
{
    pthread_mutex_lock(&tb_lock);
}

static void atfork_parent(void)
{
    pthread_mutex_unlock(&tb_lock);
}

static void atfork_child(void)
{
    pthread_mutex_init(&tb_lock, NULL);
}

/* -- Set-up -- */

static void read_knobs(void)
{
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

void tb_gen_init(void)
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
    pthread_atfork(atfork_prepare, atfork_parent, atfork_child);
    read_knobs();
}

/* -- Translating (under tb_lock) -- */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void log_ir(const struct tb *tb, const char *what)
{
    log_msg("%s [%016" PRIx64 "]:\n", what, tb->pc);
    log_flush();
    ir_dump(&ir_blk, log_stream());
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
    if (log_enabled(LOG_OP))
        log_ir(tb, "OP");
    ir_optimize(&ir_blk);
    ir_liveness(&ir_blk);
    if (log_enabled(LOG_OP_OPT))
        log_ir(tb, "OP after optimisation and liveness");
    return backend_gen_code(&ir_blk, &code_buf, tb);
}

/* Tell smc.c which guest pages the block came from (one PC per page). */
static void note_code_pages(struct tb *tb, const struct ir_block *ir)
{
    uint64_t pcs[64];
    unsigned n = 0;
    for (uint32_t i = 0; i < ir->nr_ops && n < ARRAY_SIZE(pcs); i++) {
        if (ir->ops[i].opc != IR_insn_start)
            continue;
        uint64_t pc = ir->ops[i].c[0];
        bool seen = false;
        for (unsigned k = 0; k < n && !seen; k++)
            seen = (pcs[k] >> 12) == (pc >> 12);
        if (!seen)
            pcs[n++] = pc;
    }
    smc_add_tb(tb, pcs, n);
}

static struct tb *new_tb(gaddr_t pc, int tier)
{
    struct tb *tb = tb_alloc(pc);
    if (!tb)
        fatal("out of memory allocating a translation block");
    tb->tier = (uint8_t)(tier == 1 && !tier2_enabled ? 0 : tier);
    return tb;
}

/* A block (tier 1) or a region (tier 2) at pc; NULL only when a region
 * did not fit even after a flush (the caller keeps its block). */
static struct tb *translate_tier(struct ferry_thread *t, gaddr_t pc, int tier)
{
    double t0 = log_enabled(LOG_STATS) ? now() : 0;
    struct tb *tb = new_tb(pc, tier);
    if (!gen_host_code(t, tb)) {
        tb_free(tb);
        flush_locked();
        if (tier == 2)
            return NULL;
        tb = new_tb(pc, 1);
        if (!gen_host_code(t, tb))
            fatal("block at 0x%" PRIx64 " does not fit in the code buffer", pc);
    }
    code_buf.ptr = (uint8_t *)ALIGN_UP((uintptr_t)code_buf.ptr, 16);
    tb_index_add(tb);
    note_code_pages(tb, &ir_blk);
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

static struct tb *find_locked(struct ferry_thread *t, gaddr_t pc)
{
    struct tb *tb = tb_cache_lookup(pc);
    if (!tb) {
        tb = translate_tier(t, pc, 1);
        tb_cache_insert(tb);
    }
    return tb;
}

static void fill_jump_cache(struct ferry_thread *t, struct tb *tb)
{
    struct cpu_common *cpu = t->cpu;
    if (!cpu->jump_cache && !(cpu->jump_cache = jump_cache_new()))
        fatal("out of memory for a jump cache");
    struct jump_cache_entry *e = (struct jump_cache_entry *)cpu->jump_cache
                                 + jump_cache_hash(tb->pc);
    e->pc = tb->pc;
    e->code = tb->code;
    /* invalidated meanwhile by another thread (which cleared the entry
     * before or after this write): do not leave it behind */
    if (__atomic_load_n(&tb->invalid, __ATOMIC_SEQ_CST)) {
        e->pc = JUMP_CACHE_EMPTY;
        e->code = jump_cache_miss_code;
    }
}

/* Chain from's slot to next, and remember the edge for invalidation. */
static void chain_slot(struct tb *from, unsigned slot, struct tb *next)
{
    if (from->invalid || next->invalid || from->jmp_dest[slot])
        return;
    if (next->nr_in == next->cap_in) {
        next->cap_in = next->cap_in ? 2 * next->cap_in : 4;
        next->in = realloc(next->in, next->cap_in * sizeof(*next->in));
        if (!next->in)
            fatal("out of memory chaining blocks");
    }
    next->in[next->nr_in++] = (struct tb_edge){ from, slot };
    from->jmp_dest[slot] = next;
    backend_chain(from, slot, next->code);
    stats.chained++;
}

struct tb *tb_find(struct ferry_thread *t, gaddr_t pc)
{
    struct tb *tb = tb_cache_lookup(pc);
    if (!tb) {
        pthread_mutex_lock(&tb_lock);
        tb = find_locked(t, pc);
        pthread_mutex_unlock(&tb_lock);
    }
    fill_jump_cache(t, tb);
    return tb;
}

struct tb *tb_chain(struct ferry_thread *t, uintptr_t ret, unsigned gen)
{
    struct tb *from = (struct tb *)(ret & ~(uintptr_t)(TB_ALIGN - 1));
    unsigned slot = ret & (TB_ALIGN - 1);
    pthread_mutex_lock(&tb_lock);
    struct tb *next = find_locked(t, t->cpu->pc);
    /* a flush since `from` ran freed it: nothing to patch */
    if (tb_generation() == gen)
        chain_slot(from, slot, next);
    pthread_mutex_unlock(&tb_lock);
    fill_jump_cache(t, next);
    return next;
}

/* The block at the head ran hot: replace it by a region from its PC;
 * the old block's entry is redirected to the region. */
struct tb *tb_tier_up(struct ferry_thread *t, uintptr_t ret, unsigned gen)
{
    struct tb *old = (struct tb *)(ret & ~(uintptr_t)(TB_ALIGN - 1));
    pthread_mutex_lock(&tb_lock);
    if (tier2_enabled && tb_generation() == gen && stats.regions < tier2_max
        && !old->invalid && tb_cache_lookup(old->pc) == old) {
        struct tb *tb = translate_tier(t, old->pc, 2);
        if (tb && tb_generation() == gen) {
            tb_cache_replace(old, tb);
            backend_redirect(old, tb->code);
            stats.regions++;
        } else if (tb) {
            tb_cache_insert(tb);           /* flushed meanwhile: a fresh start */
        }
    }
    struct tb *next = find_locked(t, t->cpu->pc);
    pthread_mutex_unlock(&tb_lock);
    fill_jump_cache(t, next);
    return next;
}
