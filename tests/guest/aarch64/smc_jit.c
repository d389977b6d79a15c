/*
 * smc_jit.c - a guest JIT: code written into memory, run, rewritten and
 * run again must always run the newest code.  Covers an RWX page, W^X
 * toggling with mprotect, a code page that also holds data written in a
 * loop, a memfd mapped twice (written through one view, run through the
 * other, made visible with __builtin___clear_cache = DC CVAU/IC IVAU),
 * and code rewritten while a loop keeps calling it.
 */
// test-expect: file
// test-qemu: differs
/* qemu-aarch64 7.2 keeps running the old code of a double-mapped page
 * after IC IVAU; the expected sums are computed by hand: 105050, 5100,
 * 50065000, 21210, 43500. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

typedef int (*fn_t)(int);

/* add w0, w0, #imm ; ret */
static void emit_add(uint32_t *p, unsigned imm)
{
    p[0] = 0x11000000u | (imm & 0xfff) << 10;
    p[1] = 0xd65f03c0u;
}

static void flush(void *p, size_t n)
{
    __builtin___clear_cache((char *)p, (char *)p + n);
}

static void rwx(void)
{
    uint32_t *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    long sum = 0;
    for (unsigned i = 1; i <= 100; i++) {
        emit_add(p, i);
        flush(p, 8);
        sum += ((fn_t)p)(1000);
    }
    printf("rwx: %ld\n", sum);
}

static void wxorx(void)
{
    uint32_t *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    long sum = 0;
    for (unsigned i = 1; i <= 50; i++) {
        mprotect(p, 4096, PROT_READ | PROT_WRITE);
        emit_add(p, 3 * i);
        mprotect(p, 4096, PROT_READ | PROT_EXEC);
        flush(p, 8);
        sum += ((fn_t)p)(i);
    }
    printf("w^x: %ld\n", sum);
}

static void data_on_code_page(void)
{
    uint32_t *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    volatile uint32_t *counter = p + 512;      /* same page as the code */
    emit_add(p, 7);
    flush(p, 8);
    long sum = 0;
    for (int i = 0; i < 10000; i++) {
        sum += ((fn_t)p)(i);
        (*counter)++;
    }
    printf("data on a code page: %ld %u\n", sum, *counter);
}

static void double_mapping(void)
{
    int fd = memfd_create("jit", 0);
    if (fd < 0 || ftruncate(fd, 4096)) {
        printf("double mapping: no memfd\n");
        return;
    }
    uint32_t *w = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    uint32_t *x = mmap(NULL, 4096, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    long sum = 0;
    for (unsigned i = 1; i <= 20; i++) {
        emit_add(w, 100 * i);
        flush(x, 8);                            /* IC IVAU on the executable view */
        sum += ((fn_t)x)(i);
    }
    printf("double mapping: %ld\n", sum);
}

static void rewrite_in_loop(void)
{
    uint32_t *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    long sum = 0;
    emit_add(p, 0);
    flush(p, 8);
    for (int i = 0; i < 3000; i++) {            /* hot: reaches tier 2 */
        sum += ((fn_t)p)(0);
        if (i % 100 == 99) {
            emit_add(p, (unsigned)(i / 100 + 1));
            flush(p, 8);
        }
    }
    printf("rewrite in a loop: %ld\n", sum);
}

int main(void)
{
    rwx();
    wxorx();
    data_on_code_page();
    double_mapping();
    rewrite_in_loop();
    return 0;
}
