/*
 * codebuf.h - a cursor into executable memory that the backend writes
 * host code through.  The encoder appends bytes; when `ptr` would pass
 * `end` the buffer is marked `overflow` and further writes are dropped,
 * so a block that does not fit is detected after the fact and retried in
 * fresh space (never a write past the end).
 */
#ifndef FERRY_CODEBUF_H
#define FERRY_CODEBUF_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

struct codebuf {
    uint8_t *start;
    uint8_t *ptr;
    uint8_t *end;
    bool overflow;
};

static inline void cb_init(struct codebuf *cb, void *mem, size_t size)
{
    cb->start = cb->ptr = mem;
    cb->end = (uint8_t *)mem + size;
    cb->overflow = false;
}

static inline void cb_byte(struct codebuf *cb, uint8_t b)
{
    if (cb->ptr < cb->end)
        *cb->ptr++ = b;
    else
        cb->overflow = true;
}

static inline void cb_bytes(struct codebuf *cb, const void *p, size_t n)
{
    if ((size_t)(cb->end - cb->ptr) >= n) {
        memcpy(cb->ptr, p, n);
        cb->ptr += n;
    } else {
        cb->overflow = true;
    }
}

static inline void cb_u32(struct codebuf *cb, uint32_t v) { cb_bytes(cb, &v, 4); }
static inline void cb_u64(struct codebuf *cb, uint64_t v) { cb_bytes(cb, &v, 8); }

#endif
