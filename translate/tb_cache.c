/*
 * tb_cache.c - the map from guest PC to translation block, and the
 * inline jump cache that generated code consults for indirect branches.
 *
 * One process-wide hash table with chaining.  Guest threads arrive with
 * the process-model work; until then there is a single reader/writer.
 */
#include <stdlib.h>
#include <sys/mman.h>
#include "ferry.h"
#include <string.h>
#include "tb.h"

#define TB_HASH_BITS 16
#define TB_HASH_SIZE (1u << TB_HASH_BITS)

static struct tb *tb_hash[TB_HASH_SIZE];
static unsigned long nr_tbs;
static struct tb *retired;   /* replaced blocks: code still reachable */
struct jump_cache_entry jump_cache_default[JUMP_CACHE_SIZE];
const void *jump_cache_miss_code;
uint32_t tb_hot_threshold = TB_HOT_THRESHOLD;

static unsigned tb_hash_of(gaddr_t pc)
{
    uint64_t h = (pc >> 2) * 0x9e3779b97f4a7c15ull;
    return (unsigned)(h >> (64 - TB_HASH_BITS));
}

/* Lock-free: writers (holding the TB lock) publish a fully built TB with
 * a release store; a TB unlinked by tb_cache_replace stays readable until
 * the next flush, which happens with every other thread stopped. */
struct tb *tb_cache_lookup(gaddr_t pc)
{
    struct tb *tb = __atomic_load_n(&tb_hash[tb_hash_of(pc)], __ATOMIC_ACQUIRE);
    for (; tb; tb = __atomic_load_n(&tb->hash_next, __ATOMIC_ACQUIRE))
        if (tb->pc == pc)
            return tb;
    return NULL;
}

/* Unlink tb from its chain; readers that already hold it may finish
 * walking (its hash_next is left as it was), and it goes on the retired
 * list, freed at the next flush. */
void tb_cache_remove(struct tb *tb)
{
    struct tb **pp = &tb_hash[tb_hash_of(tb->pc)];
    while (*pp && *pp != tb)
        pp = &(*pp)->hash_next;
    if (!*pp)
        return;
    __atomic_store_n(pp, tb->hash_next, __ATOMIC_RELEASE);
    nr_tbs--;
    tb->retired_next = retired;
    retired = tb;
}

/* A region replaces the tier-1 block of the same PC in the table. */
void tb_cache_replace(struct tb *old, struct tb *tb)
{
    tb_cache_remove(old);
    tb_cache_insert(tb);
}

void tb_cache_insert(struct tb *tb)
{
    unsigned h = tb_hash_of(tb->pc);
    tb->hash_next = tb_hash[h];
    __atomic_store_n(&tb_hash[h], tb, __ATOMIC_RELEASE);
    nr_tbs++;
}

void tb_free(struct tb *tb)
{
    free(tb->pcmap);
    free(tb->fpoints);
    free(tb->reg_homes);
    free(tb->in);
    free(tb);
}

/* -- Blocks by host address -- */

#define TB_INDEX_MAX (1u << 22)       /* more than the code buffer can hold */
static struct tb **tb_index;          /* mmap'd once, never moves */
static unsigned nr_index;

void tb_index_add(struct tb *tb)
{
    if (!tb_index) {
        tb_index = mmap(NULL, TB_INDEX_MAX * sizeof(*tb_index), PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (tb_index == MAP_FAILED)
            fatal("cannot map the block index");
    }
    unsigned n = nr_index;
    if (n == TB_INDEX_MAX)
        return;
    tb_index[n] = tb;
    __atomic_store_n(&nr_index, n + 1, __ATOMIC_RELEASE);
}

/* Binary search on code start: blocks are laid out in index order. */
struct tb *tb_index_find(const uint8_t *host)
{
    unsigned lo = 0, hi = __atomic_load_n(&nr_index, __ATOMIC_ACQUIRE);
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        if (tb_index[mid]->code <= host)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (!lo)
        return NULL;
    struct tb *tb = tb_index[lo - 1];
    return host < tb->code + tb->code_size ? tb : NULL;
}

struct tb *tb_alloc(gaddr_t pc)
{
    struct tb *tb = aligned_alloc(TB_ALIGN, ALIGN_UP(sizeof(*tb), TB_ALIGN));
    if (!tb)
        return NULL;
    memset(tb, 0, sizeof(*tb));
    tb->pc = pc;
    return tb;
}

void tb_cache_flush(void)
{
    for (unsigned i = 0; i < TB_HASH_SIZE; i++) {
        struct tb *tb = tb_hash[i];
        while (tb) {
            struct tb *next = tb->hash_next;
            tb_free(tb);
            tb = next;
        }
        tb_hash[i] = NULL;
    }
    while (retired) {
        struct tb *next = retired->retired_next;
        tb_free(retired);
        retired = next;
    }
    __atomic_store_n(&nr_index, 0, __ATOMIC_RELEASE);
    jump_cache_clear(jump_cache_default);
    nr_tbs = 0;
}

/* An empty entry holds an unaligned PC and the miss code, so a jump to
 * guest address 0 (or to the marker itself) leaves with EXIT_LOOKUP
 * instead of jumping to host address 0. */
void jump_cache_clear(struct jump_cache_entry *jc)
{
    for (unsigned i = 0; i < JUMP_CACHE_SIZE; i++) {
        jc[i].pc = JUMP_CACHE_EMPTY;
        jc[i].code = jump_cache_miss_code;
    }
}

struct jump_cache_entry *jump_cache_new(void)
{
    struct jump_cache_entry *jc = malloc(sizeof(*jc) * JUMP_CACHE_SIZE);
    if (jc)
        jump_cache_clear(jc);
    return jc;
}

unsigned long tb_cache_count(void)
{
    return nr_tbs;
}

bool tb_host_to_guest_pc(const struct tb *tb, const uint8_t *host, gaddr_t *pc)
{
    if (host < tb->code || host >= tb->code + tb->code_size || !tb->nr_insns)
        return false;
    uint32_t off = (uint32_t)(host - tb->code);
    unsigned i = 0;
    while (i + 1 < tb->nr_insns && tb->pcmap[2 * (i + 1)] <= off)
        i++;
    *pc = tb->pc + (int64_t)(int32_t)tb->pcmap[2 * i + 1];
    return true;
}
