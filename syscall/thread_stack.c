/*
 * thread_stack.c - host stacks for the host threads that run guest
 * threads.
 *
 * Guest addresses are host addresses, so a host stack must be memory
 * the guest cannot map over or unmap: stacks come from chunks of
 * STACK_SLOTS slots, each chunk mapped once (MAP_NORESERVE: only the
 * pages a thread touches cost memory) and registered with
 * mm_reserve_host.  A slot is, from low to high addresses:
 *
 *     guard page (PROT_NONE) | host sigaltstack | thread stack
 *
 * Slots are reused once thread_life.c has joined the host thread that
 * ran on one; chunks are never unmapped.
 *
 *     struct thread_stack s;
 *     if (thread_stack_get(&s) == 0) ... pthread_attr_setstack(&a, s.base, s.size);
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sys/mman.h>
#include "clone.h"
#include "mm.h"

#define STACK_SIZE (1024 * 1024)        /* ferry's work per thread is shallow */
#define SIGSTACK_SIZE (64 * 1024)       /* as signal_init's for the main thread */
#define GUARD_SIZE 4096
#define SLOT_SIZE (GUARD_SIZE + SIGSTACK_SIZE + STACK_SIZE)
#define STACK_SLOTS 64                  /* per chunk: one bit each in `used` */
#define STACK_CHUNKS 16                 /* at most 1024 threads at once */

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static uint8_t *chunks[STACK_CHUNKS];
static uint64_t used[STACK_CHUNKS];

static uint8_t *map_chunk(void)
{
    size_t len = (size_t)SLOT_SIZE * STACK_SLOTS;
    uint8_t *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);

    if (p == MAP_FAILED)
        return NULL;
    for (unsigned i = 0; i < STACK_SLOTS; i++)
        mprotect(p + (size_t)i * SLOT_SIZE, GUARD_SIZE, PROT_NONE);
    mm_reserve_host(p, len, "thread stacks");
    return p;
}

static void fill(struct thread_stack *s, unsigned slot)
{
    uint8_t *p = chunks[slot / STACK_SLOTS] + (size_t)(slot % STACK_SLOTS) * SLOT_SIZE;

    s->slot = slot;
    s->sigstack = p + GUARD_SIZE;
    s->sigstack_size = SIGSTACK_SIZE;
    s->base = p + GUARD_SIZE + SIGSTACK_SIZE;
    s->size = STACK_SIZE;
}

/* Under the lock: a free slot number, or -1. */
static int take_slot(void)
{
    for (unsigned c = 0; c < STACK_CHUNKS; c++) {
        if (!chunks[c] && !(chunks[c] = map_chunk()))
            return -1;
        if (~used[c]) {
            unsigned i = (unsigned)__builtin_ctzll(~used[c]);
            used[c] |= 1ull << i;
            return (int)(c * STACK_SLOTS + i);
        }
    }
    return -1;
}

int thread_stack_get(struct thread_stack *s)
{
    int slot;

    pthread_mutex_lock(&lock);
    slot = take_slot();
    pthread_mutex_unlock(&lock);
    if (slot < 0)
        return -EAGAIN;     /* clone(2): too many threads */
    fill(s, (unsigned)slot);
    return 0;
}

void thread_stack_put(const struct thread_stack *s)
{
    pthread_mutex_lock(&lock);
    used[s->slot / STACK_SLOTS] &= ~(1ull << (s->slot % STACK_SLOTS));
    pthread_mutex_unlock(&lock);
}

void thread_stack_fork_child(const struct thread_stack *keep)
{
    pthread_mutex_init(&lock, NULL);
    for (unsigned c = 0; c < STACK_CHUNKS; c++)
        used[c] = 0;
    if (keep)
        used[keep->slot / STACK_SLOTS] |= 1ull << (keep->slot % STACK_SLOTS);
}
