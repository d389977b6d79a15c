/*
 * driver.h - shared harness of the decodegen accept tests.
 *
 * Each accept/NAME.c defines the trans_ functions of accept/NAME.decode as
 * stubs that call note("NAME f=v ...") and return true or false, and a
 * table of encodings with the decoder's expected result and the expected
 * trace of trans_ calls ("A rd=1; B rd=1" when A refused and B accepted):
 *
 *   static const struct vector vectors[] = {
 *       { 0x12345678, true, "ADD rd=1 rn=2 imm=-3" },
 *   };
 *   int main(void) { return run_vectors(decode, vectors, ARRAY_LEN(vectors)); }
 */
#ifndef DECODEGEN_DRIVER_H
#define DECODEGEN_DRIVER_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "test_ctx.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

struct vector {
    uint32_t insn;
    bool ret;                 /* expected decoder result */
    const char *trace;        /* expected trans_ calls, "" for none */
};

static char trace[4096];

/* Append one trans_ call to the trace. */
static void __attribute__((format(printf, 1, 2), unused))
note(const char *fmt, ...)
{
    size_t n = strlen(trace);
    va_list ap;

    if (n)
        n += (size_t)snprintf(trace + n, sizeof(trace) - n, "; ");
    va_start(ap, fmt);
    vsnprintf(trace + n, sizeof(trace) - n, fmt, ap);
    va_end(ap);
}

static int run_vectors(bool (*decode)(DisasContext *, uint32_t),
                       const struct vector *v, size_t n)
{
    int failed = 0;

    for (size_t i = 0; i < n; i++) {
        DisasContext ctx = { .scale = 4 };
        bool ret;

        trace[0] = '\0';
        ret = decode(&ctx, v[i].insn);
        if (ret != v[i].ret || strcmp(trace, v[i].trace)) {
            printf("# 0x%08x: expected %s \"%s\", got %s \"%s\"\n",
                   v[i].insn, v[i].ret ? "true" : "false", v[i].trace,
                   ret ? "true" : "false", trace);
            failed++;
        }
    }
    printf("# %zu encodings, %d wrong\n", n, failed);
    return failed != 0;
}

#endif
