/*
 * helper_crypto.c - the A64 cryptographic extension (see helper_crypto.h).
 *
 * AES: Arm's AESE is AddRoundKey (Vd EOR Vn) then SubBytes and ShiftRows;
 * x86's AESENCLAST is ShiftRows, SubBytes, then AddRoundKey.  So AESE is
 * AESENCLAST of (Vd EOR Vn) with a zero key, AESD is AESDECLAST likewise,
 * AESIMC is AESIMC, and AESMC (MixColumns alone, which x86 lacks) is
 * AESENC(AESDECLAST(x, 0), 0): the inverse SubBytes/ShiftRows of
 * AESDECLAST cancel the forward ones of AESENC.  Both ISAs number the
 * state bytes the same way (FIPS-197 column-major, byte 0 lowest).
 *
 * SHA: the Arm ARM pseudocode of each instruction, transcribed on 32-
 * and 64-bit lanes; every SHA1 and SHA256 instruction also on SHA-NI,
 * each mapping exact (the unit test compares both over random inputs):
 *   SHA1C/P/M  SHA1RNDS4 0/1/2      SHA256H/H2  2 x SHA256RNDS2
 *   SHA1H      SHA1NEXTE            SHA256SU0   SHA256MSG1
 *   SHA1SU0    SHA1MSG1 + PXOR      SHA256SU1   PALIGNR + PADDD + SHA256MSG2
 *   SHA1SU1    SHA1MSG2
 * SHA512 runs in C only: the x86 SHA512 extension (VSHA512RNDS2/MSG1/
 * MSG2, CPUID.(EAX=7,ECX=1):EAX bit 0) is absent from the hosts ferry
 * is developed and tested on, and a path that no test can run is not
 * written.
 */
#include <pthread.h>
#include <string.h>
#include <immintrin.h>
#include "helper_crypto.h"
#include "host_features.h"

/* -- AES, portable (FIPS-197 section 5) -- */

static uint8_t sbox[256], inv_sbox[256];

static uint8_t xtime(uint8_t x)
{
    return (uint8_t)(x << 1 ^ ((x & 0x80) ? 0x1b : 0));
}

static uint8_t gmul(uint8_t a, uint8_t b)
{
    uint8_t r = 0;

    for (; b; b >>= 1, a = xtime(a))
        if (b & 1)
            r ^= a;
    return r;
}

static uint8_t rotl8(uint8_t x, int n)
{
    return (uint8_t)(x << n | x >> (8 - n));
}

/* The S-box: multiplicative inverse in GF(2^8), then the affine map.
 * Built on first use, not at start-up: only hosts without AES-NI (or
 * FERRY_HOST_DISABLE=aes) need it, and every ferry start would pay. */
static pthread_once_t aes_tables_once = PTHREAD_ONCE_INIT;

static void aes_tables_init(void)
{
    for (int x = 0; x < 256; x++) {
        uint8_t inv = 0;
        for (int y = 1; y < 256 && x; y++)
            if (gmul((uint8_t)x, (uint8_t)y) == 1)
                inv = (uint8_t)y;
        uint8_t s = inv ^ rotl8(inv, 1) ^ rotl8(inv, 2) ^ rotl8(inv, 3) ^
                    rotl8(inv, 4) ^ 0x63;
        sbox[x] = s;
        inv_sbox[s] = (uint8_t)x;
    }
}

/* byte r + 4c is row r, column c */
static void aes_sub_shift(uint8_t *st, bool inv)
{
    uint8_t in[16];

    pthread_once(&aes_tables_once, aes_tables_init);
    memcpy(in, st, 16);
    for (int c = 0; c < 4; c++)
        for (int r = 0; r < 4; r++) {
            int from = inv ? (c - r + 4) % 4 : (c + r) % 4;
            st[r + 4 * c] = inv ? inv_sbox[in[r + 4 * from]]
                                : sbox[in[r + 4 * from]];
        }
}

static void aes_mix(uint8_t *st, bool inv)
{
    static const uint8_t fwd[4] = { 2, 3, 1, 1 }, bwd[4] = { 14, 11, 13, 9 };
    const uint8_t *k = inv ? bwd : fwd;

    for (int c = 0; c < 4; c++) {
        uint8_t a[4], *col = st + 4 * c;
        memcpy(a, col, 4);
        for (int r = 0; r < 4; r++)
            col[r] = gmul(a[r], k[0]) ^ gmul(a[(r + 1) % 4], k[1]) ^
                     gmul(a[(r + 2) % 4], k[2]) ^ gmul(a[(r + 3) % 4], k[3]);
    }
}

static void aes_c(enum crypto_op op, a64_vreg *d, const a64_vreg *n)
{
    a64_vreg s = *n;

    if (op == CRYPTO_AESE || op == CRYPTO_AESD) {
        s.d[0] ^= d->d[0];
        s.d[1] ^= d->d[1];
        aes_sub_shift(s.b, op == CRYPTO_AESD);
    } else {
        aes_mix(s.b, op == CRYPTO_AESIMC);
    }
    *d = s;
}

__attribute__((target("aes,sse4.1")))
static void aes_ni(enum crypto_op op, a64_vreg *d, const a64_vreg *n)
{
    __m128i x = _mm_load_si128((const __m128i *)n), z = _mm_setzero_si128();

    switch (op) {
    case CRYPTO_AESE:
        x = _mm_aesenclast_si128(_mm_xor_si128(x, _mm_load_si128((__m128i *)d)), z);
        break;
    case CRYPTO_AESD:
        x = _mm_aesdeclast_si128(_mm_xor_si128(x, _mm_load_si128((__m128i *)d)), z);
        break;
    case CRYPTO_AESMC:
        x = _mm_aesenc_si128(_mm_aesdeclast_si128(x, z), z);
        break;
    default:
        x = _mm_aesimc_si128(x);
        break;
    }
    _mm_store_si128((__m128i *)d, x);
}

/* -- SHA-1 and SHA-256 (Arm ARM SHA1C .. SHA256SU1) -- */

static uint32_t rol32(uint32_t x, int n) { return x << n | x >> (32 - n); }
static uint32_t ror32(uint32_t x, int n) { return x >> n | x << (32 - n); }
static uint64_t ror64(uint64_t x, int n) { return x >> n | x << (64 - n); }

static uint32_t sha_choose(uint32_t x, uint32_t y, uint32_t z) { return ((y ^ z) & x) ^ z; }
static uint32_t sha_parity(uint32_t x, uint32_t y, uint32_t z) { return x ^ y ^ z; }
static uint32_t sha_major(uint32_t x, uint32_t y, uint32_t z) { return (x & y) | ((x | y) & z); }

/* SHA1C/P/M: X = Qd (a b c d), y = Sn (e), W = Vm */
static void sha1_hash(a64_vreg *x, uint32_t y, const a64_vreg *w,
                      uint32_t (*f)(uint32_t, uint32_t, uint32_t))
{
    uint32_t *v = x->s;

    for (int e = 0; e < 4; e++) {
        uint32_t t = f(v[1], v[2], v[3]);
        y = y + rol32(v[0], 5) + t + w->s[e];
        v[1] = rol32(v[1], 30);
        uint32_t top = v[3];            /* <Y, X> = ROL(Y:X, 32) */
        v[3] = v[2];
        v[2] = v[1];
        v[1] = v[0];
        v[0] = y;
        y = top;
    }
}

/* SHA256hash(X, Y, W, part1): X = a b c d, Y = e f g h (lane 0 first) */
static void sha256_hash(a64_vreg *x, a64_vreg *y, const a64_vreg *w)
{
    for (int e = 0; e < 4; e++) {
        uint32_t *X = x->s, *Y = y->s;
        uint32_t chs = sha_choose(Y[0], Y[1], Y[2]);
        uint32_t maj = sha_major(X[0], X[1], X[2]);
        uint32_t t = Y[3] + (ror32(Y[0], 6) ^ ror32(Y[0], 11) ^ ror32(Y[0], 25)) +
                     chs + w->s[e];
        X[3] = t + X[3];
        Y[3] = t + (ror32(X[0], 2) ^ ror32(X[0], 13) ^ ror32(X[0], 22)) + maj;
        uint32_t xt = X[3], yt = Y[3];  /* <Y, X> = ROL(Y:X, 32) */
        memmove(&X[1], &X[0], 12);
        memmove(&Y[1], &Y[0], 12);
        X[0] = yt;
        Y[0] = xt;
    }
}

/* The same four rounds on SHA-NI: ABEF = (a b e f), CDGH = (c d g h),
 * highest lane first. */
__attribute__((target("sha,sse4.1")))
static void sha256_ni(a64_vreg *x, a64_vreg *y, const a64_vreg *w)
{
    const uint32_t *X = x->s, *Y = y->s;
    __m128i abef = _mm_set_epi32((int)X[0], (int)X[1], (int)Y[0], (int)Y[1]);
    __m128i cdgh = _mm_set_epi32((int)X[2], (int)X[3], (int)Y[2], (int)Y[3]);
    __m128i wk = _mm_load_si128((const __m128i *)w), t;
    uint32_t o[2][4];

    t = _mm_sha256rnds2_epu32(cdgh, abef, wk);
    cdgh = abef;
    abef = t;
    t = _mm_sha256rnds2_epu32(cdgh, abef, _mm_srli_si128(wk, 8));
    cdgh = abef;
    abef = t;
    _mm_storeu_si128((__m128i *)o[0], abef);
    _mm_storeu_si128((__m128i *)o[1], cdgh);
    x->s[0] = o[0][3]; x->s[1] = o[0][2]; x->s[2] = o[1][3]; x->s[3] = o[1][2];
    y->s[0] = o[0][1]; y->s[1] = o[0][0]; y->s[2] = o[1][1]; y->s[3] = o[1][0];
}

static void sha1_su0(a64_vreg *d, const a64_vreg *n, const a64_vreg *m)
{
    a64_vreg r;

    r.d[0] = d->d[1];
    r.d[1] = n->d[0];
    d->d[0] ^= r.d[0] ^ m->d[0];
    d->d[1] ^= r.d[1] ^ m->d[1];
}

static void sha1_su1(a64_vreg *d, const a64_vreg *n)
{
    uint32_t t[4];

    for (int i = 0; i < 4; i++)
        t[i] = d->s[i] ^ (i < 3 ? n->s[i + 1] : 0);   /* X EOR LSR(Y, 32) */
    d->s[0] = rol32(t[0], 1);
    d->s[1] = rol32(t[1], 1);
    d->s[2] = rol32(t[2], 1);
    d->s[3] = rol32(t[3], 1) ^ rol32(t[0], 2);
}

static void sha256_su0(a64_vreg *d, const a64_vreg *n)
{
    uint32_t t[4] = { d->s[1], d->s[2], d->s[3], n->s[0] };

    for (int e = 0; e < 4; e++)
        d->s[e] += ror32(t[e], 7) ^ ror32(t[e], 18) ^ (t[e] >> 3);
}

static uint32_t sha256_sig1(uint32_t x)
{
    return ror32(x, 17) ^ ror32(x, 19) ^ (x >> 10);
}

static void sha256_su1(a64_vreg *d, const a64_vreg *n, const a64_vreg *m)
{
    uint32_t t0[4] = { n->s[1], n->s[2], n->s[3], m->s[0] }, r[4];

    r[0] = sha256_sig1(m->s[2]) + d->s[0] + t0[0];
    r[1] = sha256_sig1(m->s[3]) + d->s[1] + t0[1];
    r[2] = sha256_sig1(r[0]) + d->s[2] + t0[2];
    r[3] = sha256_sig1(r[1]) + d->s[3] + t0[3];
    memcpy(d->s, r, 16);
}

/* -- SHA-1 and the SHA-256 schedule on SHA-NI (Intel SDM vol. 2 SHA1RNDS4
 * .. SHA256MSG2) -- */

/* The SHA1 instructions of x86 hold W0, or A, in dword 3; Arm's hold
 * W[0], or a, in lane 0 (Arm ARM C7.2.245: the round reads X<31:0> as a,
 * Elem[W, 0] first).  PSHUFD 0x1b reverses the four dwords. */
#define REV32X4 0x1b

__attribute__((target("sha,sse4.1")))
static __m128i rev32x4(const a64_vreg *v)
{
    return _mm_shuffle_epi32(_mm_load_si128((const __m128i *)v), REV32X4);
}

__attribute__((target("sha,sse4.1")))
static void store_rev32x4(a64_vreg *v, __m128i x)
{
    _mm_store_si128((__m128i *)v, _mm_shuffle_epi32(x, REV32X4));
}

/* SHA1C/P/M: SHA1RNDS4 with imm8 0/1/2 runs the same four rounds with
 * f = Choose/Parity/Majority and the same register rotation (B = A,
 * C = ROL(B, 30), D = C, E = D), but adds K_imm8 (FIPS 180-4 4.2.1) to
 * every W, which Arm leaves to the software (it adds K into Vm): take it
 * off W first, exact modulo 2^32.  x86 also takes E already added into
 * W0; Arm's Sn is that E as is (SHA1H applied the ROL 30 that SHA1NEXTE
 * would), so a plain PADDD adds it. */
static const uint32_t sha1_k[3] = { 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc };

__attribute__((target("sha,sse4.1")))
static void sha1_ni(enum crypto_op op, a64_vreg *d, uint32_t e,
                    const a64_vreg *w)
{
    uint32_t minus_k = 0u - sha1_k[op - CRYPTO_SHA1C];
    __m128i abcd = rev32x4(d);
    __m128i we = _mm_add_epi32(rev32x4(w),
                               _mm_set_epi32((int)(e + minus_k), (int)minus_k,
                                             (int)minus_k, (int)minus_k));

    switch (op) {
    case CRYPTO_SHA1C: abcd = _mm_sha1rnds4_epu32(abcd, we, 0); break;
    case CRYPTO_SHA1P: abcd = _mm_sha1rnds4_epu32(abcd, we, 1); break;
    default:           abcd = _mm_sha1rnds4_epu32(abcd, we, 2); break;
    }
    store_rev32x4(d, abcd);
}

/* SHA1H: SHA1NEXTE adds ROL(dword 3 of its first operand, 30) to dword 3
 * of its second and keeps the other lanes of the second: with a zero
 * second operand, dword 3 is ROL(Sn, 30) and the rest zero, as Arm's. */
__attribute__((target("sha,sse4.1")))
static void sha1h_ni(a64_vreg *d, const a64_vreg *n)
{
    __m128i x = _mm_slli_si128(_mm_cvtsi32_si128((int)n->s[0]), 12);

    x = _mm_sha1nexte_epu32(x, _mm_setzero_si128());
    _mm_store_si128((__m128i *)d, _mm_srli_si128(x, 12));
}

/* SHA1SU0: SHA1MSG1 on the reversed lanes gives W[i+2] EOR W[i] from
 * (W0..W3 = Vd, W4 W5 = Vn<63:0>), Arm's (Vn<63:0>:Vd<127:64>) EOR Vd;
 * the EOR with Vm is left to PXOR (x86 does it in the next SHA1MSG2's
 * input). */
__attribute__((target("sha,sse4.1")))
static void sha1_su0_ni(a64_vreg *d, const a64_vreg *n, const a64_vreg *m)
{
    __m128i x = _mm_sha1msg1_epu32(rev32x4(d), rev32x4(n));

    x = _mm_xor_si128(_mm_shuffle_epi32(x, REV32X4),
                      _mm_load_si128((const __m128i *)m));
    _mm_store_si128((__m128i *)d, x);
}

/* SHA1SU1: SHA1MSG2 on the reversed lanes computes W16..W19 = ROL(X
 * EOR (W13 W14 W15 then W16), 1), which is Arm's T = X EOR LSR(Y, 32),
 * ROL 1 per lane, lane 3 EOR ROL(T<31:0>, 2) (ROL(W16, 1) = ROL(T0, 2)). */
__attribute__((target("sha,sse4.1")))
static void sha1_su1_ni(a64_vreg *d, const a64_vreg *n)
{
    store_rev32x4(d, _mm_sha1msg2_epu32(rev32x4(d), rev32x4(n)));
}

/* SHA256SU0: SHA256MSG1 keeps Arm's lane order (W0 in dword 0):
 * W[i] + sigma0(W[i+1]) with W4 = Vn<31:0>, exactly Arm's
 * Vd + sigma0(Vn<31:0>:Vd<127:32>). */
__attribute__((target("sha,sse4.1")))
static void sha256_su0_ni(a64_vreg *d, const a64_vreg *n)
{
    __m128i x = _mm_sha256msg1_epu32(_mm_load_si128((const __m128i *)d),
                                     _mm_load_si128((const __m128i *)n));

    _mm_store_si128((__m128i *)d, x);
}

/* SHA256SU1: SHA256MSG2 adds sigma1 of its second operand's lanes 2-3,
 * then of its own first two results, to its first operand; Arm adds the
 * same to Vd + T0 with T0 = Vm<31:0>:Vn<127:32> (PALIGNR 4). */
__attribute__((target("sha,sse4.1")))
static void sha256_su1_ni(a64_vreg *d, const a64_vreg *n, const a64_vreg *m)
{
    __m128i vm = _mm_load_si128((const __m128i *)m);
    __m128i t0 = _mm_alignr_epi8(vm, _mm_load_si128((const __m128i *)n), 4);
    __m128i x = _mm_add_epi32(_mm_load_si128((const __m128i *)d), t0);

    _mm_store_si128((__m128i *)d, _mm_sha256msg2_epu32(x, vm));
}

/* -- SHA-512 (Arm ARM SHA512H .. SHA512SU1); [1] is bits 127:64 -- */

static uint64_t sigma1_512(uint64_t x) { return ror64(x, 14) ^ ror64(x, 18) ^ ror64(x, 41); }
static uint64_t sigma0_512(uint64_t x) { return ror64(x, 28) ^ ror64(x, 34) ^ ror64(x, 39); }

static void sha512_h(a64_vreg *w, const a64_vreg *x, const a64_vreg *y)
{
    uint64_t hi, lo, tmp;

    hi = (y->d[1] & x->d[0]) ^ (~y->d[1] & x->d[1]);
    hi = hi + sigma1_512(y->d[1]) + w->d[1];
    tmp = hi + y->d[0];
    lo = (tmp & y->d[1]) ^ (~tmp & x->d[0]);
    lo = lo + sigma1_512(tmp) + w->d[0];
    w->d[0] = lo;
    w->d[1] = hi;
}

static void sha512_h2(a64_vreg *w, const a64_vreg *x, const a64_vreg *y)
{
    uint64_t hi, lo;

    hi = (x->d[0] & y->d[1]) ^ (x->d[0] & y->d[0]) ^ (y->d[1] & y->d[0]);
    hi = hi + sigma0_512(y->d[0]) + w->d[1];
    lo = (hi & y->d[0]) ^ (hi & y->d[1]) ^ (y->d[1] & y->d[0]);
    lo = lo + sigma0_512(hi) + w->d[0];
    w->d[0] = lo;
    w->d[1] = hi;
}

static uint64_t sig0_512(uint64_t x) { return ror64(x, 1) ^ ror64(x, 8) ^ (x >> 7); }
static uint64_t sig1_512(uint64_t x) { return ror64(x, 19) ^ ror64(x, 61) ^ (x >> 6); }

static void sha512_su0(a64_vreg *w, const a64_vreg *x)
{
    uint64_t lo = w->d[0] + sig0_512(w->d[1]);

    w->d[1] += sig0_512(x->d[0]);
    w->d[0] = lo;
}

static void sha512_su1(a64_vreg *w, const a64_vreg *x, const a64_vreg *y)
{
    w->d[1] += sig1_512(x->d[1]) + y->d[1];
    w->d[0] += sig1_512(x->d[0]) + y->d[0];
}

/* -- dispatch -- */

static void sha256_op(bool h2, a64_vreg *d, const a64_vreg *n,
                      const a64_vreg *m, bool accel)
{
    a64_vreg x = h2 ? *n : *d, y = h2 ? *d : *n;

    if (accel && host_features.sha)
        sha256_ni(&x, &y, m);
    else
        sha256_hash(&x, &y, m);
    *d = h2 ? y : x;
}

/* SHA1 and the SHA256 schedule (SHA256H/H2 are sha256_op) */
static void sha_c_op(enum crypto_op op, a64_vreg *d, const a64_vreg *n,
                     const a64_vreg *m)
{
    switch (op) {
    case CRYPTO_SHA1C: sha1_hash(d, n->s[0], m, sha_choose); break;
    case CRYPTO_SHA1P: sha1_hash(d, n->s[0], m, sha_parity); break;
    case CRYPTO_SHA1M: sha1_hash(d, n->s[0], m, sha_major); break;
    case CRYPTO_SHA1SU0: sha1_su0(d, n, m); break;
    case CRYPTO_SHA1H:
        *d = (a64_vreg){ .q = 0 };
        d->s[0] = rol32(n->s[0], 30);
        break;
    case CRYPTO_SHA1SU1: sha1_su1(d, n); break;
    case CRYPTO_SHA256SU0: sha256_su0(d, n); break;
    default: sha256_su1(d, n, m); break;
    }
}

static void sha_ni_op(enum crypto_op op, a64_vreg *d, const a64_vreg *n,
                      const a64_vreg *m)
{
    switch (op) {
    case CRYPTO_SHA1C: case CRYPTO_SHA1P: case CRYPTO_SHA1M:
        sha1_ni(op, d, n->s[0], m);
        break;
    case CRYPTO_SHA1SU0: sha1_su0_ni(d, n, m); break;
    case CRYPTO_SHA1H: sha1h_ni(d, n); break;
    case CRYPTO_SHA1SU1: sha1_su1_ni(d, n); break;
    case CRYPTO_SHA256SU0: sha256_su0_ni(d, n); break;
    default: sha256_su1_ni(d, n, m); break;
    }
}

void crypto_op(enum crypto_op op, a64_vreg *d, const a64_vreg *n,
               const a64_vreg *m, bool accel)
{
    switch (op) {
    case CRYPTO_AESE: case CRYPTO_AESD: case CRYPTO_AESMC: case CRYPTO_AESIMC:
        if (accel && host_features.aes)
            aes_ni(op, d, n);
        else
            aes_c(op, d, n);
        break;
    case CRYPTO_SHA1C: case CRYPTO_SHA1P: case CRYPTO_SHA1M:
    case CRYPTO_SHA1SU0: case CRYPTO_SHA1H: case CRYPTO_SHA1SU1:
    case CRYPTO_SHA256SU0: case CRYPTO_SHA256SU1:
        if (accel && host_features.sha)
            sha_ni_op(op, d, n, m);
        else
            sha_c_op(op, d, n, m);
        break;
    case CRYPTO_SHA256H: sha256_op(false, d, n, m, accel); break;
    case CRYPTO_SHA256H2: sha256_op(true, d, n, m, accel); break;
    case CRYPTO_SHA512H: sha512_h(d, n, m); break;
    case CRYPTO_SHA512H2: sha512_h2(d, n, m); break;
    case CRYPTO_SHA512SU0: sha512_su0(d, n); break;
    case CRYPTO_SHA512SU1: sha512_su1(d, n, m); break;
    }
}

/* Operands are copied first: rd may equal rn or rm. */
void helper_crypto2(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                    uint64_t op)
{
    a64_vreg n = env->v[rn];

    crypto_op((enum crypto_op)op, &env->v[rd], &n, &n, true);
}

void helper_crypto3(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                    uint64_t rm, uint64_t op)
{
    a64_vreg n = env->v[rn], m = env->v[rm];

    crypto_op((enum crypto_op)op, &env->v[rd], &n, &m, true);
}

/* -- PMULL (PolynomialMult, 64 x 64 -> 128 carry-less) -- */

__attribute__((target("pclmul,sse4.1")))
static unsigned __int128 clmul_ni(uint64_t a, uint64_t b)
{
    __m128i r = _mm_clmulepi64_si128(_mm_cvtsi64_si128((long long)a),
                                     _mm_cvtsi64_si128((long long)b), 0);
    unsigned __int128 v;

    _mm_storeu_si128((__m128i *)&v, r);
    return v;
}

unsigned __int128 crypto_clmul64(uint64_t a, uint64_t b, bool accel)
{
    unsigned __int128 r = 0;

    if (accel && host_features.pclmulqdq)
        return clmul_ni(a, b);
    for (int i = 0; i < 64; i++)
        if (b >> i & 1)
            r ^= (unsigned __int128)a << i;
    return r;
}

void helper_pmull64(struct a64_cpu *env, uint64_t rd, uint64_t rn,
                    uint64_t rm, uint64_t q)
{
    env->v[rd].q = crypto_clmul64(env->v[rn].d[q & 1], env->v[rm].d[q & 1], true);
}
