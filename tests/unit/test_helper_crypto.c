/*
 * test_helper_crypto.c - the crypto helpers (helper_crypto.c): the host
 * instruction paths (AES-NI, SHA-NI, PCLMULQDQ) give the same result as
 * the portable C versions over many random operands, for every operation
 * that has both; and SHA-1 and SHA-256 of "abc" computed the way arm64
 * software does it (SHA1C/P/M + SHA1H + SHA1SU0/SU1, SHA256H/H2 +
 * SHA256SU0/SU1; cf. the kernel's arch/arm64/crypto/sha1-ce-core.S and
 * sha2-ce-core.S) match FIPS 180-4's examples, on both paths.
 *
 * The comparison needs the host instructions: on a host without them (or
 * with FERRY_HOST_DISABLE=sha,aes,pclmulqdq) those cases are left out and
 * a line says so; the known-answer cases run on every host.  SHA512 has
 * no host path (helper_crypto.c), so nothing to compare: the guest test
 * tests/guest/aarch64/crypto.c checks it against qemu and FIPS.
 *
 * FERRY_CRYPTO_ITERS=N (default 200000 per operation), FERRY_CRYPTO_SEED=S.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "helper_crypto.h"
#include "host_features.h"

static const char *const op_names[] = {
#define CRYPTO_NAME(n) #n,
    CRYPTO_OPS(CRYPTO_NAME)
#undef CRYPTO_NAME
};

static uint64_t rng_state;
static long iters;

static uint64_t rnd(void)                 /* xorshift64* */
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dull;
}

static void rnd_vreg(a64_vreg *v)
{
    v->d[0] = rnd();
    v->d[1] = rnd();
}

/* -- host path == C path over random operands -- */

static void check_op(enum crypto_op op)
{
    for (long i = 0; i < iters; i++) {
        a64_vreg d, n, m, dc, dh;
        rnd_vreg(&d);
        rnd_vreg(&n);
        rnd_vreg(&m);
        dc = dh = d;
        crypto_op(op, &dc, &n, &m, false);
        crypto_op(op, &dh, &n, &m, true);
        ck_assert_msg(dc.q == dh.q,
                      "%s d=%016llx%016llx n=%016llx%016llx m=%016llx%016llx: "
                      "C %016llx%016llx, host %016llx%016llx", op_names[op],
                      (unsigned long long)d.d[1], (unsigned long long)d.d[0],
                      (unsigned long long)n.d[1], (unsigned long long)n.d[0],
                      (unsigned long long)m.d[1], (unsigned long long)m.d[0],
                      (unsigned long long)dc.d[1], (unsigned long long)dc.d[0],
                      (unsigned long long)dh.d[1], (unsigned long long)dh.d[0]);
    }
}

/* _i: an operation with a host path (crypto_suite picks the ranges) */
START_TEST(host_path_equals_c_path)
{
    check_op((enum crypto_op)_i);
}
END_TEST

START_TEST(pclmulqdq_equals_shift_and_xor)
{
    for (long i = 0; i < iters; i++) {
        uint64_t a = rnd(), b = rnd();
        unsigned __int128 c = crypto_clmul64(a, b, false);
        unsigned __int128 h = crypto_clmul64(a, b, true);
        ck_assert_msg(c == h, "clmul %016llx %016llx", (unsigned long long)a,
                      (unsigned long long)b);
    }
}
END_TEST

/* -- FIPS 180-4 examples through the instruction sequences -- */

/* The padded one-block message "abc" as big-endian words. */
static void abc_block(uint32_t w[16])
{
    memset(w, 0, 16 * sizeof w[0]);
    w[0] = 0x61626380;
    w[15] = 24;                         /* length in bits */
}

static a64_vreg vadd32(const a64_vreg *a, const uint32_t k[4])
{
    a64_vreg r;
    for (int i = 0; i < 4; i++)
        r.s[i] = a->s[i] + k[i];
    return r;
}

static void op3(enum crypto_op op, a64_vreg *d, a64_vreg n, a64_vreg m, bool accel)
{
    crypto_op(op, d, &n, &m, accel);
}

/* W[16..] four at a time: SU0(W[i-16..], W[i-12..], W[i-8..]) then
 * SU1(that, W[i-4..]) for SHA-1; SU0(W[i-16..], W[i-12..]) then
 * SU1(that, W[i-8..], W[i-4..]) for SHA-256. */
static void sha1_abc(uint32_t h[5], bool accel)
{
    static const uint32_t k[4] = { 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6 };
    static const enum crypto_op f[4] = { CRYPTO_SHA1C, CRYPTO_SHA1P,
                                         CRYPTO_SHA1M, CRYPTO_SHA1P };
    uint32_t blk[16];
    a64_vreg w[4], abcd, e = { .q = 0 }, e_next;

    abc_block(blk);
    memcpy(w, blk, sizeof w);
    memcpy(abcd.s, h, 16);
    e.s[0] = h[4];
    for (int g = 0; g < 20; g++) {
        if (g >= 4) {
            a64_vreg x = w[g % 4];
            op3(CRYPTO_SHA1SU0, &x, w[(g + 1) % 4], w[(g + 2) % 4], accel);
            op3(CRYPTO_SHA1SU1, &x, w[(g + 3) % 4], w[0], accel);
            w[g % 4] = x;
        }
        uint32_t kk[4] = { k[g / 5], k[g / 5], k[g / 5], k[g / 5] };
        a64_vreg wk = vadd32(&w[g % 4], kk);
        op3(CRYPTO_SHA1H, &e_next, abcd, abcd, accel);
        op3(f[g / 5], &abcd, e, wk, accel);
        e = e_next;
    }
    for (int i = 0; i < 4; i++)
        h[i] += abcd.s[i];
    h[4] += e.s[0];
}

START_TEST(sha1_of_abc)
{
    static const uint32_t want[5] = { 0xa9993e36, 0x4706816a, 0xba3e2571,
                                      0x7850c26c, 0x9cd0d89d };
    uint32_t h[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };

    sha1_abc(h, _i);
    ck_assert_mem_eq(h, want, sizeof want);
}
END_TEST

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_abc(uint32_t h[8], bool accel)
{
    uint32_t blk[16];
    a64_vreg w[4], abcd, efgh;

    abc_block(blk);
    memcpy(w, blk, sizeof w);
    memcpy(abcd.s, h, 16);
    memcpy(efgh.s, h + 4, 16);
    for (int g = 0; g < 16; g++) {
        if (g >= 4) {
            a64_vreg x = w[g % 4];
            op3(CRYPTO_SHA256SU0, &x, w[(g + 1) % 4], w[0], accel);
            op3(CRYPTO_SHA256SU1, &x, w[(g + 2) % 4], w[(g + 3) % 4], accel);
            w[g % 4] = x;
        }
        a64_vreg wk = vadd32(&w[g % 4], &sha256_k[4 * g]), old = abcd;
        op3(CRYPTO_SHA256H, &abcd, efgh, wk, accel);
        op3(CRYPTO_SHA256H2, &efgh, old, wk, accel);
    }
    for (int i = 0; i < 4; i++) {
        h[i] += abcd.s[i];
        h[i + 4] += efgh.s[i];
    }
}

START_TEST(sha256_of_abc)
{
    static const uint32_t want[8] = { 0xba7816bf, 0x8f01cfea, 0x414140de,
        0x5dae2223, 0xb00361a3, 0x96177a9c, 0xb410ff61, 0xf20015ad };
    uint32_t h[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };

    sha256_abc(h, _i);
    ck_assert_mem_eq(h, want, sizeof want);
}
END_TEST

static Suite *crypto_suite(void)
{
    Suite *s = suite_create("helper_crypto");
    TCase *tc = tcase_create("core");

    tcase_set_timeout(tc, 120);
    /* _i = accel: false, then true */
    tcase_add_loop_test(tc, sha1_of_abc, 0, 2);
    tcase_add_loop_test(tc, sha256_of_abc, 0, 2);
    /* SHA512 has no host path (C only): nothing to compare */
    if (host_features.aes)
        tcase_add_loop_test(tc, host_path_equals_c_path, CRYPTO_AESE,
                            CRYPTO_AESIMC + 1);
    if (host_features.sha)
        tcase_add_loop_test(tc, host_path_equals_c_path, CRYPTO_SHA1C,
                            CRYPTO_SHA256SU1 + 1);
    if (host_features.pclmulqdq)
        tcase_add_test(tc, pclmulqdq_equals_shift_and_xor);
    suite_add_tcase(s, tc);
    return s;
}

/* Say which comparisons cannot run here (they would compare C with C). */
static void report_missing(void)
{
    if (!host_features.sha)
        printf("# no SHA-NI (or FERRY_HOST_DISABLE): SHA1/SHA256 host paths "
               "not compared, known answers only\n");
    if (!host_features.aes)
        printf("# no AES-NI: AES host path not compared\n");
    if (!host_features.pclmulqdq)
        printf("# no PCLMULQDQ: PMULL host path not compared\n");
}

int main(void)
{
    const char *it = getenv("FERRY_CRYPTO_ITERS");
    const char *seed = getenv("FERRY_CRYPTO_SEED");

    host_features_init();
    iters = it ? atol(it) : 200000;
    rng_state = seed ? strtoull(seed, NULL, 0) : 0x9e3779b97f4a7c15ull;
    if (rng_state == 0)
        rng_state = 1;
    printf("# seed %#llx, %ld iterations per operation\n",
           (unsigned long long)rng_state, iters);
    report_missing();

    SRunner *sr = srunner_create(crypto_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
