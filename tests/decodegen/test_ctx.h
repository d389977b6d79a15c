/*
 * test_ctx.h - the translator context type of the decodegen tests.
 *
 * Generated test decoders are built with "--ctx DisasContext --include
 * test_ctx.h".  The trans_ stubs of each driver record what they were
 * called with in `trace` (see driver.h); `scale` feeds the !function tests.
 */
#ifndef DECODEGEN_TEST_CTX_H
#define DECODEGEN_TEST_CTX_H

typedef struct DisasContext {
    int scale;                /* multiplier used by !function helpers */
} DisasContext;

#endif
