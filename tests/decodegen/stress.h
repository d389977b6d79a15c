/*
 * stress.h - shared declarations of the random decode test: the table
 * written by stress_gen.c and the recorder in stress_drv.c.
 */
#ifndef DECODEGEN_STRESS_H
#define DECODEGEN_STRESS_H

#include <stdbool.h>
#include <stdint.h>
#include "test_ctx.h"

struct stress_field {
    int pos, len, sign;
};

struct stress_pat {
    uint32_t mask, bits;
    int nf;
    struct stress_field f[32];
};

extern const struct stress_pat stress_pats[];
extern const int stress_npats;

/* Called by every trans_ stub: logs the call, returns accept/refuse. */
bool stress_record(int id, const int *v, int n);

#endif
