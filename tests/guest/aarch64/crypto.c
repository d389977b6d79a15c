/*
 * crypto.c - the cryptographic extension against published test vectors:
 * AES-128 (FIPS-197 appendix C.1) encrypt with AESE/AESMC and decrypt
 * with AESD/AESIMC, SHA-1, SHA-256 and SHA-512 of "abc" (FIPS 180-4
 * examples) with the SHA1, SHA256 and SHA512 instructions, and PMULL/PMULL2
 * against a shift-and-xor model; then a hash of every instruction over
 * pseudo-random register contents (recorded from qemu-aarch64-static).
 */
// test-expect: file
// test-cflags: -march=armv8.2-a+crypto+sha3
#include <string.h>
#include <arm_neon.h>
#include "guest_test.h"

/* -- AES-128 -- */

static uint8_t xt(uint8_t x) { return (uint8_t)(x << 1 ^ ((x & 0x80) ? 0x1b : 0)); }

/* key expansion with AESE on a zero state: SubWord via the hardware */
static uint32_t subword(uint32_t w)
{
	uint8x16_t s = vreinterpretq_u8_u32(vdupq_n_u32(w));
	s = vaeseq_u8(s, vdupq_n_u8(0));	/* ShiftRows is harmless: all columns equal */
	return vgetq_lane_u32(vreinterpretq_u32_u8(s), 0);
}

static void expand(const uint8_t key[16], uint8_t rk[11][16])
{
	uint32_t w[44];
	uint8_t rcon = 1;

	memcpy(w, key, 16);
	for (int i = 4; i < 44; i++) {
		uint32_t t = w[i - 1];
		if (i % 4 == 0) {
			t = subword(t >> 8 | t << 24) ^ rcon;
			rcon = xt(rcon);
		}
		w[i] = w[i - 4] ^ t;
	}
	memcpy(rk, w, sizeof w);
}

static void aes(struct group *g)
{
	static const uint8_t key[16] = { 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 };
	static const uint8_t pt[16] = { 0x00,0x11,0x22,0x33,0x44,0x55,0x66,0x77,
		0x88,0x99,0xaa,0xbb,0xcc,0xdd,0xee,0xff };
	static const uint8_t ct[16] = { 0x69,0xc4,0xe0,0xd8,0x6a,0x7b,0x04,0x30,
		0xd8,0xcd,0xb7,0x80,0x70,0xb4,0xc5,0x5a };
	uint8_t rk[11][16], out[16];
	uint8x16_t s = vld1q_u8(pt);

	expand(key, rk);
	for (int r = 0; r < 9; r++)
		s = vaesmcq_u8(vaeseq_u8(s, vld1q_u8(rk[r])));
	s = veorq_u8(vaeseq_u8(s, vld1q_u8(rk[9])), vld1q_u8(rk[10]));
	vst1q_u8(out, s);
	for (int i = 0; i < 16; i++)
		CHECK(g, out[i], ct[i], "AES-128 ciphertext byte %d", i);
	/* equivalent inverse cipher: AESD with InvMixColumns'd round keys */
	s = vld1q_u8(ct);
	s = vaesdq_u8(s, vld1q_u8(rk[10]));
	for (int r = 9; r > 0; r--)
		s = vaesdq_u8(vaesimcq_u8(s), vaesimcq_u8(vld1q_u8(rk[r])));
	s = veorq_u8(s, vld1q_u8(rk[0]));
	vst1q_u8(out, s);
	for (int i = 0; i < 16; i++)
		CHECK(g, out[i], pt[i], "AES-128 decrypted byte %d", i);
}

/* -- padded one-block message "abc" -- */

static void block_abc(uint8_t *b, int len)
{
	memset(b, 0, len);
	b[0] = 'a'; b[1] = 'b'; b[2] = 'c'; b[3] = 0x80;
	b[len - 1] = 24;		/* big-endian bit length */
}

static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3]; }
static uint64_t be64(const uint8_t *p) { return (uint64_t)be32(p) << 32 | be32(p + 4); }

static void sha1(struct group *g)
{
	static const uint32_t want[5] = { 0xa9993e36, 0x4706816a, 0xba3e2571, 0x7850c26c, 0x9cd0d89d };
	uint8_t b[64];
	uint32_t w[16], h[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };
	static const uint32_t k[4] = { 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6 };

	block_abc(b, 64);
	for (int i = 0; i < 16; i++)
		w[i] = be32(b + 4 * i);
	uint32x4_t abcd = vld1q_u32(h), m[4];
	uint32_t e = h[4];
	for (int i = 0; i < 4; i++)
		m[i] = vld1q_u32(w + 4 * i);
	for (int r = 0; r < 20; r++) {
		uint32x4_t wk = vaddq_u32(m[r % 4], vdupq_n_u32(k[r / 5]));
		uint32_t e2 = vsha1h_u32(vgetq_lane_u32(abcd, 0));
		abcd = r < 5 ? vsha1cq_u32(abcd, e, wk) : (r < 10 || r >= 15)
			? vsha1pq_u32(abcd, e, wk) : vsha1mq_u32(abcd, e, wk);
		e = e2;
		if (r < 16)	/* W[16..79]: SHA1SU0 + SHA1SU1 */
			m[r % 4] = vsha1su1q_u32(vsha1su0q_u32(m[r % 4], m[(r + 1) % 4], m[(r + 2) % 4]),
						 m[(r + 3) % 4]);
	}
	uint32_t out[4];
	vst1q_u32(out, vaddq_u32(abcd, vld1q_u32(h)));
	for (int i = 0; i < 4; i++)
		CHECK(g, out[i], want[i], "SHA-1 word %d", i);
	CHECK(g, e + h[4], want[4], "SHA-1 word 4");
}

static const uint32_t k256[64] = {
	0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,0x923f82a4,0xab1c5ed5,
	0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,
	0xe49b69c1,0xefbe4786,0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,
	0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,
	0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,0x650a7354,0x766a0abb,0x81c2c92e,0x92722c85,
	0xa2bfe8a1,0xa81a664b,0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,
	0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,
	0x748f82ee,0x78a5636f,0x84c87814,0x8cc70208,0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2,
};

static void sha256(struct group *g)
{
	static const uint32_t want[8] = { 0xba7816bf, 0x8f01cfea, 0x414140de, 0x5dae2223,
		0xb00361a3, 0x96177a9c, 0xb410ff61, 0xf20015ad };
	static const uint32_t h[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
	uint8_t b[64];
	uint32_t w[16], out[8];

	block_abc(b, 64);
	for (int i = 0; i < 16; i++)
		w[i] = be32(b + 4 * i);
	uint32x4_t s0 = vld1q_u32(h), s1 = vld1q_u32(h + 4), m[4];
	for (int i = 0; i < 4; i++)
		m[i] = vld1q_u32(w + 4 * i);
	for (int r = 0; r < 16; r++) {
		uint32x4_t wk = vaddq_u32(m[r % 4], vld1q_u32(k256 + 4 * r)), t = s0;
		s0 = vsha256hq_u32(s0, s1, wk);
		s1 = vsha256h2q_u32(s1, t, wk);
		if (r < 12)
			m[r % 4] = vsha256su1q_u32(vsha256su0q_u32(m[r % 4], m[(r + 1) % 4]),
						   m[(r + 2) % 4], m[(r + 3) % 4]);
	}
	vst1q_u32(out, vaddq_u32(s0, vld1q_u32(h)));
	vst1q_u32(out + 4, vaddq_u32(s1, vld1q_u32(h + 4)));
	for (int i = 0; i < 8; i++)
		CHECK(g, out[i], want[i], "SHA-256 word %d", i);
}

static const uint64_t k512[80] = {
	0x428a2f98d728ae22,0x7137449123ef65cd,0xb5c0fbcfec4d3b2f,0xe9b5dba58189dbbc,0x3956c25bf348b538,
	0x59f111f1b605d019,0x923f82a4af194f9b,0xab1c5ed5da6d8118,0xd807aa98a3030242,0x12835b0145706fbe,
	0x243185be4ee4b28c,0x550c7dc3d5ffb4e2,0x72be5d74f27b896f,0x80deb1fe3b1696b1,0x9bdc06a725c71235,
	0xc19bf174cf692694,0xe49b69c19ef14ad2,0xefbe4786384f25e3,0x0fc19dc68b8cd5b5,0x240ca1cc77ac9c65,
	0x2de92c6f592b0275,0x4a7484aa6ea6e483,0x5cb0a9dcbd41fbd4,0x76f988da831153b5,0x983e5152ee66dfab,
	0xa831c66d2db43210,0xb00327c898fb213f,0xbf597fc7beef0ee4,0xc6e00bf33da88fc2,0xd5a79147930aa725,
	0x06ca6351e003826f,0x142929670a0e6e70,0x27b70a8546d22ffc,0x2e1b21385c26c926,0x4d2c6dfc5ac42aed,
	0x53380d139d95b3df,0x650a73548baf63de,0x766a0abb3c77b2a8,0x81c2c92e47edaee6,0x92722c851482353b,
	0xa2bfe8a14cf10364,0xa81a664bbc423001,0xc24b8b70d0f89791,0xc76c51a30654be30,0xd192e819d6ef5218,
	0xd69906245565a910,0xf40e35855771202a,0x106aa07032bbd1b8,0x19a4c116b8d2d0c8,0x1e376c085141ab53,
	0x2748774cdf8eeb99,0x34b0bcb5e19b48a8,0x391c0cb3c5c95a63,0x4ed8aa4ae3418acb,0x5b9cca4f7763e373,
	0x682e6ff3d6b2b8a3,0x748f82ee5defb2fc,0x78a5636f43172f60,0x84c87814a1f0ab72,0x8cc702081a6439ec,
	0x90befffa23631e28,0xa4506cebde82bde9,0xbef9a3f7b2c67915,0xc67178f2e372532b,0xca273eceea26619c,
	0xd186b8c721c0c207,0xeada7dd6cde0eb1e,0xf57d4f7fee6ed178,0x06f067aa72176fba,0x0a637dc5a2c898a6,
	0x113f9804bef90dae,0x1b710b35131c471b,0x28db77f523047d84,0x32caab7b40c72493,0x3c9ebe0a15c9bebc,
	0x431d67c49c100d4c,0x4cc5d4becb3e42b6,0x597f299cfc657e2a,0x5fcb6fab3ad6faec,0x6c44198c4a475817,
};

/* one block, the register schedule of Linux's sha512-ce-core.S: state
 * registers (a b) (c d) (e f) (g h) rotate over five slots */
static void sha512(struct group *g)
{
	static const uint64_t want[8] = { 0xddaf35a193617aba, 0xcc417349ae204131, 0x12e6fa4e89a97ea2,
		0x0a9eeee64b55d39a, 0x2192992a274fc1a8, 0x36ba3c23a3feebbd, 0x454d4423643ce80e,
		0x2a9ac94fa54ca49f };
	static const uint64_t h0[8] = { 0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
		0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b,
		0x5be0cd19137e2179 };
	static const int slot[5][5] = { {0,1,2,3,4}, {3,0,4,2,1}, {2,3,1,4,0}, {4,2,0,1,3}, {1,4,3,0,2} };
	uint8_t b[128];
	uint64_t w[16], out[8];
	uint64x2_t v[5], m[8];

	block_abc(b, 128);
	for (int i = 0; i < 16; i++)
		w[i] = be64(b + 8 * i);
	for (int i = 0; i < 8; i++)
		m[i] = vld1q_u64(w + 2 * i);
	for (int i = 0; i < 4; i++)
		v[i] = vld1q_u64(h0 + 2 * i);
	for (int j = 0; j < 40; j++) {
		const int *I = slot[j % 5];
		int in0 = j % 8, in1 = (j + 1) % 8, in2 = (j + 7) % 8, in3 = (j + 4) % 8, in4 = (j + 5) % 8;
		uint64x2_t t5 = vaddq_u64(vld1q_u64(k512 + 2 * j), m[in0]), t5b = t5;
		uint64x2_t t6 = vextq_u64(v[I[2]], v[I[3]], 1);
		t5 = vextq_u64(t5, t5, 1);
		uint64x2_t t7 = vextq_u64(v[I[1]], v[I[2]], 1);
		v[I[3]] = vaddq_u64(v[I[3]], t5);
		if (j < 32) {
			t5b = vextq_u64(m[in3], m[in4], 1);
			m[in0] = vsha512su0q_u64(m[in0], m[in1]);
		}
		v[I[3]] = vsha512hq_u64(v[I[3]], t6, t7);
		if (j < 32)
			m[in0] = vsha512su1q_u64(m[in0], m[in2], t5b);
		v[I[4]] = vaddq_u64(v[I[1]], v[I[3]]);
		v[I[3]] = vsha512h2q_u64(v[I[3]], v[I[1]], v[I[0]]);
	}
	for (int i = 0; i < 4; i++)
		vst1q_u64(out + 2 * i, vaddq_u64(v[i], vld1q_u64(h0 + 2 * i)));
	for (int i = 0; i < 8; i++)
		CHECK(g, out[i], want[i], "SHA-512 word %d", i);
}

/* -- PMULL against a shift-and-xor model -- */

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
	rng ^= rng >> 12; rng ^= rng << 25; rng ^= rng >> 27;
	return rng * 0x2545f4914f6cdd1dull;
}

static void pmull(struct group *g)
{
	for (int i = 0; i < 200; i++) {
		uint64_t a[2] = { rnd(), rnd() }, b[2] = { rnd(), rnd() };
		if (i < 4) { a[0] = i & 1 ? ~0ull : 0; b[1] = i & 2 ? ~0ull : 1; }
		poly64x2_t x = vreinterpretq_p64_u64(vld1q_u64(a)), y = vreinterpretq_p64_u64(vld1q_u64(b));
		poly128_t lo = vmull_p64((poly64_t)a[0], (poly64_t)b[0]);
		poly128_t hi = vmull_high_p64(x, y);
		for (int h = 0; h < 2; h++) {
			unsigned __int128 want = 0, got = h ? hi : lo;
			for (int k = 0; k < 64; k++)
				if (b[h] >> k & 1)
					want ^= (unsigned __int128)a[h] << k;
			CHECK(g, (uint64_t)got, (uint64_t)want, "pmull%s low %#lx %#lx", h ? "2" : "", a[h], b[h]);
			CHECK(g, (uint64_t)(got >> 64), (uint64_t)(want >> 64), "pmull%s high %#lx %#lx", h ? "2" : "", a[h], b[h]);
		}
	}
}

/* -- every instruction over random registers, hashed (vs qemu) -- */

#define RANDOM_INSNS(I) \
	I("aese v0.16b, v1.16b") I("aesd v0.16b, v1.16b") \
	I("aesmc v0.16b, v1.16b") I("aesimc v0.16b, v1.16b") \
	I("sha1c q0, s1, v2.4s") I("sha1p q0, s1, v2.4s") I("sha1m q0, s1, v2.4s") \
	I("sha1su0 v0.4s, v1.4s, v2.4s") I("sha1h s0, s1") I("sha1su1 v0.4s, v1.4s") \
	I("sha256h q0, q1, v2.4s") I("sha256h2 q0, q1, v2.4s") \
	I("sha256su0 v0.4s, v1.4s") I("sha256su1 v0.4s, v1.4s, v2.4s") \
	I("sha512h q0, q1, v2.2d") I("sha512h2 q0, q1, v2.2d") \
	I("sha512su0 v0.2d, v1.2d") I("sha512su1 v0.2d, v1.2d, v2.2d") \
	I("pmull v0.1q, v1.1d, v2.1d") I("pmull2 v0.1q, v1.2d, v2.2d") \
	I("aese v0.16b, v0.16b") I("sha256h q0, q0, v0.4s") I("sha1c q0, s0, v0.4s")

static void random_regs(struct group *g)
{
#define RUN(text) \
	for (int i = 0; i < 64; i++) {					\
		uint64_t in[6] = { rnd(), rnd(), rnd(), rnd(), rnd(), rnd() }, out[2]; \
		__asm__ volatile("ldp q0, q1, [%1]\n\tldr q2, [%1, #32]\n\t" text \
				 "\n\tstr q0, [%0]" : : "r"(out), "r"(in)	\
				 : "v0", "v1", "v2", "memory");			\
		group_fold(g, out[0]); group_fold(g, out[1]); g->checks++;	\
	}
	RANDOM_INSNS(RUN)
#undef RUN
}

int main(void)
{
	struct group g;

	group_start(&g, "aes-128 fips-197"); aes(&g); group_end(&g);
	group_start(&g, "sha-1 abc"); sha1(&g); group_end(&g);
	group_start(&g, "sha-256 abc"); sha256(&g); group_end(&g);
	group_start(&g, "sha-512 abc"); sha512(&g); group_end(&g);
	group_start(&g, "pmull"); pmull(&g); group_end(&g);
	group_start(&g, "random registers"); random_regs(&g); group_end(&g);
	return total_fails != 0;
}
