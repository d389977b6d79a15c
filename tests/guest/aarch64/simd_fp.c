/*
 * simd_fp.c - Advanced SIMD floating point: vector arithmetic, fused
 * FMLA/FMLS, FMULX, min/max (NM), FABD, compares (register and zero,
 * FACGE/FACGT), pairwise and across lanes, rounding, conversions to and
 * from integers, FCVTN/FCVTL, and the by-element forms, for .2S .4S .2D.
 * Inputs mix random bits with the special values (+-0, +-Inf, quiet and
 * signalling NaNs with payloads, denormals, the largest and smallest
 * normals, integer-conversion bounds); each instruction runs under six
 * FPCR settings (default, DN, FZ, the three directed rounding modes) and
 * the hash covers all of Vd and FPSR.  Recorded from qemu-aarch64-static.
 */
// test-expect: file
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define INSNS(I) \
	I(0, "fadd v2.2s, v0.2s, v1.2s") \
	I(1, "fadd v2.4s, v0.4s, v1.4s") \
	I(2, "fadd v2.2d, v0.2d, v1.2d") \
	I(3, "fsub v2.2s, v0.2s, v1.2s") \
	I(4, "fsub v2.4s, v0.4s, v1.4s") \
	I(5, "fsub v2.2d, v0.2d, v1.2d") \
	I(6, "fmul v2.2s, v0.2s, v1.2s") \
	I(7, "fmul v2.4s, v0.4s, v1.4s") \
	I(8, "fmul v2.2d, v0.2d, v1.2d") \
	I(9, "fdiv v2.2s, v0.2s, v1.2s") \
	I(10, "fdiv v2.4s, v0.4s, v1.4s") \
	I(11, "fdiv v2.2d, v0.2d, v1.2d") \
	I(12, "fmax v2.2s, v0.2s, v1.2s") \
	I(13, "fmax v2.4s, v0.4s, v1.4s") \
	I(14, "fmax v2.2d, v0.2d, v1.2d") \
	I(15, "fmin v2.2s, v0.2s, v1.2s") \
	I(16, "fmin v2.4s, v0.4s, v1.4s") \
	I(17, "fmin v2.2d, v0.2d, v1.2d") \
	I(18, "fmaxnm v2.2s, v0.2s, v1.2s") \
	I(19, "fmaxnm v2.4s, v0.4s, v1.4s") \
	I(20, "fmaxnm v2.2d, v0.2d, v1.2d") \
	I(21, "fminnm v2.2s, v0.2s, v1.2s") \
	I(22, "fminnm v2.4s, v0.4s, v1.4s") \
	I(23, "fminnm v2.2d, v0.2d, v1.2d") \
	I(24, "fabd v2.2s, v0.2s, v1.2s") \
	I(25, "fabd v2.4s, v0.4s, v1.4s") \
	I(26, "fabd v2.2d, v0.2d, v1.2d") \
	I(27, "fmulx v2.2s, v0.2s, v1.2s") \
	I(28, "fmulx v2.4s, v0.4s, v1.4s") \
	I(29, "fmulx v2.2d, v0.2d, v1.2d") \
	I(30, "fmla v2.2s, v0.2s, v1.2s") \
	I(31, "fmla v2.4s, v0.4s, v1.4s") \
	I(32, "fmla v2.2d, v0.2d, v1.2d") \
	I(33, "fmls v2.2s, v0.2s, v1.2s") \
	I(34, "fmls v2.4s, v0.4s, v1.4s") \
	I(35, "fmls v2.2d, v0.2d, v1.2d") \
	I(36, "fcmeq v2.2s, v0.2s, v1.2s") \
	I(37, "fcmeq v2.4s, v0.4s, v1.4s") \
	I(38, "fcmeq v2.2d, v0.2d, v1.2d") \
	I(39, "fcmge v2.2s, v0.2s, v1.2s") \
	I(40, "fcmge v2.4s, v0.4s, v1.4s") \
	I(41, "fcmge v2.2d, v0.2d, v1.2d") \
	I(42, "fcmgt v2.2s, v0.2s, v1.2s") \
	I(43, "fcmgt v2.4s, v0.4s, v1.4s") \
	I(44, "fcmgt v2.2d, v0.2d, v1.2d") \
	I(45, "facge v2.2s, v0.2s, v1.2s") \
	I(46, "facge v2.4s, v0.4s, v1.4s") \
	I(47, "facge v2.2d, v0.2d, v1.2d") \
	I(48, "facgt v2.2s, v0.2s, v1.2s") \
	I(49, "facgt v2.4s, v0.4s, v1.4s") \
	I(50, "facgt v2.2d, v0.2d, v1.2d") \
	I(51, "faddp v2.2s, v0.2s, v1.2s") \
	I(52, "faddp v2.4s, v0.4s, v1.4s") \
	I(53, "faddp v2.2d, v0.2d, v1.2d") \
	I(54, "fmaxp v2.2s, v0.2s, v1.2s") \
	I(55, "fmaxp v2.4s, v0.4s, v1.4s") \
	I(56, "fmaxp v2.2d, v0.2d, v1.2d") \
	I(57, "fminp v2.2s, v0.2s, v1.2s") \
	I(58, "fminp v2.4s, v0.4s, v1.4s") \
	I(59, "fminp v2.2d, v0.2d, v1.2d") \
	I(60, "fmaxnmp v2.2s, v0.2s, v1.2s") \
	I(61, "fmaxnmp v2.4s, v0.4s, v1.4s") \
	I(62, "fmaxnmp v2.2d, v0.2d, v1.2d") \
	I(63, "fminnmp v2.2s, v0.2s, v1.2s") \
	I(64, "fminnmp v2.4s, v0.4s, v1.4s") \
	I(65, "fminnmp v2.2d, v0.2d, v1.2d") \
	I(66, "fsqrt v2.2s, v0.2s") \
	I(67, "fsqrt v2.4s, v0.4s") \
	I(68, "fsqrt v2.2d, v0.2d") \
	I(69, "fneg v2.2s, v0.2s") \
	I(70, "fneg v2.4s, v0.4s") \
	I(71, "fneg v2.2d, v0.2d") \
	I(72, "fabs v2.2s, v0.2s") \
	I(73, "fabs v2.4s, v0.4s") \
	I(74, "fabs v2.2d, v0.2d") \
	I(75, "frintn v2.2s, v0.2s") \
	I(76, "frintn v2.4s, v0.4s") \
	I(77, "frintn v2.2d, v0.2d") \
	I(78, "frintm v2.2s, v0.2s") \
	I(79, "frintm v2.4s, v0.4s") \
	I(80, "frintm v2.2d, v0.2d") \
	I(81, "frintp v2.2s, v0.2s") \
	I(82, "frintp v2.4s, v0.4s") \
	I(83, "frintp v2.2d, v0.2d") \
	I(84, "frintz v2.2s, v0.2s") \
	I(85, "frintz v2.4s, v0.4s") \
	I(86, "frintz v2.2d, v0.2d") \
	I(87, "frinta v2.2s, v0.2s") \
	I(88, "frinta v2.4s, v0.4s") \
	I(89, "frinta v2.2d, v0.2d") \
	I(90, "frintx v2.2s, v0.2s") \
	I(91, "frintx v2.4s, v0.4s") \
	I(92, "frintx v2.2d, v0.2d") \
	I(93, "frinti v2.2s, v0.2s") \
	I(94, "frinti v2.4s, v0.4s") \
	I(95, "frinti v2.2d, v0.2d") \
	I(96, "fcvtzs v2.2s, v0.2s") \
	I(97, "fcvtzs v2.4s, v0.4s") \
	I(98, "fcvtzs v2.2d, v0.2d") \
	I(99, "fcvtzu v2.2s, v0.2s") \
	I(100, "fcvtzu v2.4s, v0.4s") \
	I(101, "fcvtzu v2.2d, v0.2d") \
	I(102, "fcvtns v2.2s, v0.2s") \
	I(103, "fcvtns v2.4s, v0.4s") \
	I(104, "fcvtns v2.2d, v0.2d") \
	I(105, "fcvtnu v2.2s, v0.2s") \
	I(106, "fcvtnu v2.4s, v0.4s") \
	I(107, "fcvtnu v2.2d, v0.2d") \
	I(108, "fcvtms v2.2s, v0.2s") \
	I(109, "fcvtms v2.4s, v0.4s") \
	I(110, "fcvtms v2.2d, v0.2d") \
	I(111, "fcvtmu v2.2s, v0.2s") \
	I(112, "fcvtmu v2.4s, v0.4s") \
	I(113, "fcvtmu v2.2d, v0.2d") \
	I(114, "fcvtps v2.2s, v0.2s") \
	I(115, "fcvtps v2.4s, v0.4s") \
	I(116, "fcvtps v2.2d, v0.2d") \
	I(117, "fcvtpu v2.2s, v0.2s") \
	I(118, "fcvtpu v2.4s, v0.4s") \
	I(119, "fcvtpu v2.2d, v0.2d") \
	I(120, "fcvtas v2.2s, v0.2s") \
	I(121, "fcvtas v2.4s, v0.4s") \
	I(122, "fcvtas v2.2d, v0.2d") \
	I(123, "fcvtau v2.2s, v0.2s") \
	I(124, "fcvtau v2.4s, v0.4s") \
	I(125, "fcvtau v2.2d, v0.2d") \
	I(126, "scvtf v2.2s, v0.2s") \
	I(127, "scvtf v2.4s, v0.4s") \
	I(128, "scvtf v2.2d, v0.2d") \
	I(129, "ucvtf v2.2s, v0.2s") \
	I(130, "ucvtf v2.4s, v0.4s") \
	I(131, "ucvtf v2.2d, v0.2d") \
	I(132, "fcmgt v2.2s, v0.2s, #0.0") \
	I(133, "fcmgt v2.4s, v0.4s, #0.0") \
	I(134, "fcmgt v2.2d, v0.2d, #0.0") \
	I(135, "fcmge v2.2s, v0.2s, #0.0") \
	I(136, "fcmge v2.4s, v0.4s, #0.0") \
	I(137, "fcmge v2.2d, v0.2d, #0.0") \
	I(138, "fcmeq v2.2s, v0.2s, #0.0") \
	I(139, "fcmeq v2.4s, v0.4s, #0.0") \
	I(140, "fcmeq v2.2d, v0.2d, #0.0") \
	I(141, "fcmle v2.2s, v0.2s, #0.0") \
	I(142, "fcmle v2.4s, v0.4s, #0.0") \
	I(143, "fcmle v2.2d, v0.2d, #0.0") \
	I(144, "fcmlt v2.2s, v0.2s, #0.0") \
	I(145, "fcmlt v2.4s, v0.4s, #0.0") \
	I(146, "fcmlt v2.2d, v0.2d, #0.0") \
	I(147, "fcvtn v2.2s, v0.2d") \
	I(148, "fcvtn2 v2.4s, v0.2d") \
	I(149, "fcvtl v2.2d, v0.2s") \
	I(150, "fcvtl2 v2.2d, v0.4s") \
	I(151, "fcvtn v2.4h, v0.4s") \
	I(152, "fcvtn2 v2.8h, v0.4s") \
	I(153, "fcvtl v2.4s, v0.4h") \
	I(154, "fcvtl2 v2.4s, v0.8h") \
	I(155, "fmaxv s2, v0.4s") \
	I(156, "fminv s2, v0.4s") \
	I(157, "fmaxnmv s2, v0.4s") \
	I(158, "fminnmv s2, v0.4s") \
	I(159, "faddp d2, v0.2d") \
	I(160, "faddp s2, v0.2s") \
	I(161, "fmaxp d2, v0.2d") \
	I(162, "fmaxp s2, v0.2s") \
	I(163, "fminp d2, v0.2d") \
	I(164, "fminp s2, v0.2s") \
	I(165, "fmaxnmp d2, v0.2d") \
	I(166, "fmaxnmp s2, v0.2s") \
	I(167, "fminnmp d2, v0.2d") \
	I(168, "fminnmp s2, v0.2s") \
	I(169, "fmla v2.4s, v0.4s, v1.s[0]") \
	I(170, "fmla v2.4s, v0.4s, v1.s[1]") \
	I(171, "fmla v2.4s, v0.4s, v1.s[2]") \
	I(172, "fmla v2.4s, v0.4s, v1.s[3]") \
	I(173, "fmla v2.2s, v0.2s, v1.s[3]") \
	I(174, "fmla v2.2d, v0.2d, v1.d[0]") \
	I(175, "fmla v2.2d, v0.2d, v1.d[1]") \
	I(176, "fmla s2, s0, v1.s[2]") \
	I(177, "fmla d2, d0, v1.d[1]") \
	I(178, "fmls v2.4s, v0.4s, v1.s[0]") \
	I(179, "fmls v2.4s, v0.4s, v1.s[1]") \
	I(180, "fmls v2.4s, v0.4s, v1.s[2]") \
	I(181, "fmls v2.4s, v0.4s, v1.s[3]") \
	I(182, "fmls v2.2s, v0.2s, v1.s[3]") \
	I(183, "fmls v2.2d, v0.2d, v1.d[0]") \
	I(184, "fmls v2.2d, v0.2d, v1.d[1]") \
	I(185, "fmls s2, s0, v1.s[2]") \
	I(186, "fmls d2, d0, v1.d[1]") \
	I(187, "fmul v2.4s, v0.4s, v1.s[0]") \
	I(188, "fmul v2.4s, v0.4s, v1.s[1]") \
	I(189, "fmul v2.4s, v0.4s, v1.s[2]") \
	I(190, "fmul v2.4s, v0.4s, v1.s[3]") \
	I(191, "fmul v2.2s, v0.2s, v1.s[3]") \
	I(192, "fmul v2.2d, v0.2d, v1.d[0]") \
	I(193, "fmul v2.2d, v0.2d, v1.d[1]") \
	I(194, "fmul s2, s0, v1.s[2]") \
	I(195, "fmul d2, d0, v1.d[1]") \
	I(196, "fmulx v2.4s, v0.4s, v1.s[0]") \
	I(197, "fmulx v2.4s, v0.4s, v1.s[1]") \
	I(198, "fmulx v2.4s, v0.4s, v1.s[2]") \
	I(199, "fmulx v2.4s, v0.4s, v1.s[3]") \
	I(200, "fmulx v2.2s, v0.2s, v1.s[3]") \
	I(201, "fmulx v2.2d, v0.2d, v1.d[0]") \
	I(202, "fmulx v2.2d, v0.2d, v1.d[1]") \
	I(203, "fmulx s2, s0, v1.s[2]") \
	I(204, "fmulx d2, d0, v1.d[1]") \
	I(205, "fmulx d2, d0, d1") \
	I(206, "fmulx s2, s0, s1") \

#define FN(n, text)							\
static uint64_t f##n(const void *a, const void *b, void *d, uint64_t fpcr) \
{									\
	uint64_t fpsr;							\
	__asm__ volatile("msr fpcr, %3\n\tmsr fpsr, xzr\n\t"		\
			 "ldr q0, [%0]\n\tldr q1, [%1]\n\tldr q2, [%2]\n\t" \
			 text "\n\tstr q2, [%2]\n\tmrs %4, fpsr\n\t"	\
			 "msr fpcr, xzr"					\
			 : : "r"(a), "r"(b), "r"(d), "r"(fpcr), "r"(fpsr)	\
			 : "v0", "v1", "v2", "memory");			\
	__asm__ volatile("mrs %0, fpsr" : "=r"(fpsr));			\
	return fpsr;							\
}
INSNS(FN)

#define ENT(n, text) { f##n, text },
static const struct {
	uint64_t (*fn)(const void *, const void *, void *, uint64_t);
	const char *text;
} tests[] = { INSNS(ENT) };

static uint64_t rng = 0x2545f4914f6cdd1dull;

static uint64_t rnd(void)
{
	rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
	return rng;
}

static const uint32_t sspecial[] = {
	0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x3fc00000, 0x40200000,
	0x7f800000, 0xff800000, 0x7fc00000, 0xffc00001, 0x7f800001, 0xff812345,
	0x00000001, 0x807fffff, 0x00400000, 0x7f7fffff, 0x00800000, 0x4f000000,
	0xcf000000, 0x4f800000, 0x5f000000, 0x3effffff, 0x40490fdb, 0x1f800000,
};
static const uint64_t dspecial[] = {
	0x0000000000000000ull, 0x8000000000000000ull, 0x3ff0000000000000ull,
	0xbff0000000000000ull, 0x3ff8000000000000ull, 0x4004000000000000ull,
	0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000000ull,
	0xfff8000000000001ull, 0x7ff0000000000001ull, 0xfff4000000012345ull,
	0x0000000000000001ull, 0x800fffffffffffffull, 0x7fefffffffffffffull,
	0x0010000000000000ull, 0x41e0000000000000ull, 0xc1e0000000200000ull,
	0x43e0000000000000ull, 0x43f0000000000000ull, 0x3fdfffffffffffffull,
	0x400921fb54442d18ull, 0x36a0000000000000ull, 0x47efffffe0000000ull,
};

/* one 128-bit input: lanes of 32 bits or 64 bits, special or random */
static void fill(uint8_t *p, int it)
{
	uint32_t *s = (uint32_t *)p;
	uint64_t *d = (uint64_t *)p;

	if (it & 1) {
		for (int i = 0; i < 2; i++) {
			uint64_t r = rnd();
			d[i] = r % 3 == 0 ? dspecial[(r >> 8) % (sizeof dspecial / 8)]
			     : r % 3 == 1 ? (r >> 12 & 0x800fffffffffffffull) | (0x3f0ull + (r >> 4) % 32) << 52
			     : rnd();
		}
	} else {
		for (int i = 0; i < 4; i++) {
			uint64_t r = rnd();
			s[i] = r % 3 == 0 ? sspecial[(r >> 8) % (sizeof sspecial / 4)]
			     : r % 3 == 1 ? (uint32_t)((r >> 12 & 0x807fffff) | (0x70 + (r >> 4) % 32) << 23)
			     : (uint32_t)rnd();
		}
	}
}

static void hex(const uint8_t *p)
{
	for (int i = 15; i >= 0; i--)
		printf("%02x%s", p[i], i % 4 == 0 && i ? "_" : "");
}

static void dump(uint64_t fpcr, const uint8_t *a, const uint8_t *b,
		 const uint8_t *d0, const uint8_t *d, uint64_t fpsr)
{
	printf("fpcr %08llx n ", (unsigned long long)fpcr);
	hex(a); printf(" m "); hex(b); printf(" d "); hex(d0);
	printf(" -> "); hex(d); printf(" fpsr %02llx\n", (unsigned long long)fpsr);
}

/* simd_fp [TEXT]: with an argument, print every case of the
 * instructions whose text starts with TEXT (for finding a difference) */
int main(int argc, char **argv)
{
	static const uint64_t fpcrs[] = {
		0, 1u << 25, 1u << 24, 1u << 22, 2u << 22, 3u << 22,
	};
	uint8_t a[16] __attribute__((aligned(16)));
	uint8_t b[16] __attribute__((aligned(16)));
	uint8_t d[16] __attribute__((aligned(16)));

	for (unsigned t = 0; t < sizeof tests / sizeof tests[0]; t++) {
		uint64_t h = 0xcbf29ce484222325ull;
		for (unsigned m = 0; m < sizeof fpcrs / sizeof fpcrs[0]; m++) {
			for (int it = 0; it < 80; it++) {
				fill(a, it);
				fill(b, it);
				fill(d, it);
				if (it % 8 == 2)
					for (int i = 0; i < 16; i++)
						b[i] = a[i];
				uint8_t d0[16];
				for (int i = 0; i < 16; i++)
					d0[i] = d[i];
				uint64_t fpsr = tests[t].fn(a, b, d, fpcrs[m]);
				if (argc > 1 && !strncmp(tests[t].text, argv[1], strlen(argv[1])))
					dump(fpcrs[m], a, b, d0, d, fpsr);
				for (int i = 0; i < 16; i++) {
					h ^= d[i];
					h *= 0x100000001b3ull;
				}
				h ^= fpsr;
				h *= 0x100000001b3ull;
			}
		}
		printf("%-32s %016llx\n", tests[t].text, (unsigned long long)h);
	}
	return 0;
}
