/*
 * genfp.c - random AArch64 FP and Advanced SIMD sequences for the
 * differential test (the FP/SIMD sibling of gen.c).
 *
 *   genfp SEED NSEQ LOOPS > prog.S     generate a test program
 *   genfp -c prog.S ref.bin out.bin    compare two runs' result records
 *
 * Each sequence loads V0..V31, x0..x7, NZCV and FPCR from its own input
 * table, clears FPSR, runs 1..6 random instructions and stores a record
 * of V0..V31, x0..x7, FPCR, FPSR and NZCV.  Every V register is filled
 * in one lane shape (8 halves, 4 singles, 2 doubles or raw bits) with
 * values drawn from the special cases (+-0, +-Inf, quiet and signalling
 * NaNs with payloads, denormals, +-max, +-min normal, 1, 0.5, integer
 * bounds) or random bits; FPCR gets a random rounding mode, FZ and DN.
 * Excluded, because qemu-aarch64 before 9.1 gets it wrong: FJCVTZS under
 * FZ (qemu issue 2375: a flushed denormal must clear Z; it is replaced by
 * FCVTZS in those sequences).
 * The instructions are scalar and vector FP arithmetic, fused multiply-
 * add, compares, conversions (integer, fixed point, widths, round to
 * odd), rounding, estimates and steps, min/max, pairwise and across
 * lanes, by element, FCMLA/FCADD, FJCVTZS, FRINT32/64, the crypto
 * extension, and integer SIMD (arithmetic, compares, permutes, shifts,
 * SDOT/UDOT, SQRDMLAH/SQRDMLSH).  Assembled with -march=armv8.5-a+crypto
 * +sha3+dotprod (the assembler rejects any invalid operand combination).
 * At the end the records are write(2)n to stdout.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gen_common.h"

#define REC_SIZE 608		/* V0..V31, x0..x7, fpcr, fpsr, nzcv, pad */
#define REC_X 512
#define REC_FPCR 576
#define REC_FPSR 584
#define REC_NZCV 592
#define IN_FPCR 576		/* input table: V, x, fpcr, nzcv */
#define IN_NZCV 584
#define MAX_INSNS 6

/* Random numbers and insn(): gen_common.h. */
static uint32_t cur_fpcr;		/* FPCR of the sequence being generated */
static uint32_t *fpcrs;

/* -- values -- */

static uint64_t special(int ft)		/* 0 half, 1 single, 2 double */
{
	static const uint64_t s[] = {
		0x00000000, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0xffc00001,
		0x7f800001, 0xff812345, 0x00000001, 0x807fffff, 0x00400000, 0x7f7fffff,
		0xff7fffff, 0x00800000, 0x80800000, 0x3f800000, 0x3f000000, 0xbfc00000,
		0x4f000000, 0xcf000000, 0x5f000000, 0x4effffff, 0x3effffff, 0x00800001,
		0x40490fdb, 0x3fc00000, 0x4b000001, 0x4f800000,
	};
	static const uint64_t d[] = {
		0, 1ull << 63, 0x7ff0000000000000ull, 0xfff0000000000000ull,
		0x7ff8000000000000ull, 0xfff8000000000123ull, 0x7ff0000000000001ull,
		0xfff4000000abcdefull, 1, 0x800fffffffffffffull, 0x0008000000000000ull,
		0x7fefffffffffffffull, 0xffefffffffffffffull, 0x0010000000000000ull,
		0x8010000000000000ull, 0x3ff0000000000000ull, 0x3fe0000000000000ull,
		0xbff8000000000000ull, 0x41e0000000000000ull, 0xc1e0000000000000ull,
		0x43e0000000000000ull, 0x41dfffffffc00000ull, 0x3fdfffffffffffffull,
		0x0010000000000001ull, 0x400921fb54442d18ull, 0x41efffffffe00000ull,
		0x4330000000000001ull, 0x3810000000000000ull, 0x47efffffe0000000ull,
	};
	static const uint64_t h[] = {
		0, 0x8000, 0x7c00, 0xfc00, 0x7e00, 0xfe01, 0x7c01, 0x0001, 0x83ff, 0x7bff,
		0xfbff, 0x0400, 0x3c00, 0x3800, 0xbe00, 0x7800, 0x4248,
	};
	if (rn(3) == 0)
		return ft == 2 ? rnd() : ft == 1 ? (uint32_t)rnd() : (uint16_t)rnd();
	if (ft == 2)
		return d[rn(sizeof d / sizeof d[0])];
	if (ft == 1)
		return s[rn(sizeof s / sizeof s[0])];
	return h[rn(sizeof h / sizeof h[0])];
}

static void vreg_value(uint64_t *lo, uint64_t *hi)
{
	uint64_t w[2] = { 0, 0 };
	switch (rn(5)) {
	case 0: w[0] = rnd(); w[1] = rnd(); break;
	case 1: for (int i = 0; i < 8; i++) w[i / 4] |= special(0) << (16 * (i % 4)); break;
	case 2: case 3: for (int i = 0; i < 4; i++) w[i / 2] |= special(1) << (32 * (i % 2)); break;
	default: w[0] = special(2); w[1] = special(2); break;
	}
	*lo = w[0];
	*hi = w[1];
}

/* -- operands -- */

static char buf[16][24];
static unsigned bslot;
static char *nb(void) { return buf[bslot++ & 15]; }
static int vr(void) { return (int)rn(32); }
static const char *V(const char *arr) { char *b = nb(); snprintf(b, 24, "v%d.%s", vr(), arr); return b; }
static const char *R(char c) { char *b = nb(); snprintf(b, 24, "%c%d", c, vr()); return b; }
static const char *X(int w) { char *b = nb(); snprintf(b, 24, "%c%u", w ? 'w' : 'x', rn(8)); return b; }
static const char *XS(int w) { return rn(6) ? X(w) : (w ? "wzr" : "xzr"); }

static const char *const fpar[] = { "2s", "4s", "2d" };
static const char *farr(void) { return fpar[rn(3)]; }
static char fsz(const char *arr) { return arr[1] == 'd' ? 'd' : 's'; }

/* -- templates -- */

static void t_fp3_vec(void)
{
	static const char *const op[] = { "fadd", "fsub", "fmul", "fdiv", "fmax", "fmin", "fmaxnm",
		"fminnm", "fabd", "fmulx", "fmla", "fmls", "fcmeq", "fcmge", "fcmgt", "facge", "facgt",
		"faddp", "fmaxp", "fminp", "fmaxnmp", "fminnmp", "frecps", "frsqrts" };
	const char *a = farr();
	insn("%s %s, %s, %s", op[rn(sizeof op / sizeof op[0])], V(a), V(a), V(a));
}

static void t_fp2_vec(void)
{
	static const char *const op[] = { "fabs", "fneg", "fsqrt", "frintn", "frintp", "frintm",
		"frintz", "frinta", "frintx", "frinti", "frecpe", "frsqrte", "fcvtns", "fcvtms",
		"fcvtas", "fcvtps", "fcvtzs", "fcvtnu", "fcvtmu", "fcvtau", "fcvtpu", "fcvtzu",
		"scvtf", "ucvtf", "frint32z", "frint32x", "frint64z", "frint64x" };
	static const char *const cmp[] = { "fcmgt", "fcmge", "fcmeq", "fcmle", "fcmlt" };
	const char *a = farr();
	if (rn(5) == 0)
		insn("%s %s, %s, #0.0", cmp[rn(5)], V(a), V(a));
	else
		insn("%s %s, %s", op[rn(sizeof op / sizeof op[0])], V(a), V(a));
}

static void t_fp_width(void)
{
	int q = coin();
	const char *two = q ? "2" : "", *ns = q ? "4s" : "2s", *nh = q ? "8h" : "4h";
	switch (rn(6)) {
	case 0: insn("fcvtn%s %s, %s", two, V(ns), V("2d")); break;
	case 1: insn("fcvtn%s %s, %s", two, V(nh), V("4s")); break;
	case 2: insn("fcvtl%s %s, %s", two, V("2d"), V(ns)); break;
	case 3: insn("fcvtl%s %s, %s", two, V("4s"), V(nh)); break;
	case 4: insn("fcvtxn%s %s, %s", two, V(ns), V("2d")); break;
	default: insn("fcvtxn %s, %s", R('s'), R('d')); break;
	}
}

static void t_fp_across_idx(void)
{
	static const char *const acr[] = { "fmaxv", "fminv", "fmaxnmv", "fminnmv" };
	static const char *const idx[] = { "fmla", "fmls", "fmul", "fmulx" };
	if (rn(3) == 0) {
		insn("%s %s, %s", acr[rn(4)], R('s'), V("4s"));
		return;
	}
	const char *a = farr();
	char c = fsz(a);
	if (coin()) {
		insn("%s %s, %s, v%d.%c[%u]", idx[rn(4)], V(a), V(a), vr(), c, rn(c == 'd' ? 2 : 4));
	} else {
		const char *d = R(c), *n = R(c);
		insn("%s %s, %s, v%d.%c[%u]", idx[rn(4)], d, n, vr(), c, rn(c == 'd' ? 2 : 4));
	}
}

static void t_fp_scalar(void)
{
	static const char *const op3[] = { "fadd", "fsub", "fmul", "fdiv", "fmax", "fmin", "fmaxnm",
		"fminnm", "fnmul", "fabd", "fmulx", "frecps", "frsqrts", "fcmeq", "fcmge", "fcmgt",
		"facge", "facgt" };
	static const char *const op2[] = { "fabs", "fneg", "fsqrt", "frintn", "frintp", "frintm",
		"frintz", "frinta", "frintx", "frinti", "frecpe", "frsqrte", "frecpx", "fcvtns",
		"fcvtms", "fcvtas", "fcvtps", "fcvtzs", "fcvtnu", "fcvtmu", "fcvtau", "fcvtpu",
		"fcvtzu", "scvtf", "ucvtf", "fmov", "frint32z", "frint32x", "frint64z", "frint64x" };
	static const char *const fma[] = { "fmadd", "fmsub", "fnmadd", "fnmsub" };
	static const char *const cmp0[] = { "fcmgt", "fcmge", "fcmeq", "fcmle", "fcmlt" };
	char c = coin() ? 'd' : 's';
	switch (rn(7)) {
	case 0: case 1: insn("%s %s, %s, %s", op3[rn(sizeof op3 / sizeof op3[0])], R(c), R(c), R(c)); break;
	case 2: case 3: insn("%s %s, %s", op2[rn(sizeof op2 / sizeof op2[0])], R(c), R(c)); break;
	case 4: insn("%s %s, %s, %s, %s", fma[rn(4)], R(c), R(c), R(c), R(c)); break;
	case 5: insn("%s %s, %s, #0.0", cmp0[rn(5)], R(c), R(c)); break;
	default: {
		static const char *const p[] = { "faddp", "fmaxp", "fminp", "fmaxnmp", "fminnmp" };
		insn("%s %s, %s", p[rn(5)], R(c), V(c == 'd' ? "2d" : "2s"));
	}
	}
}

static void t_fp_cvt(void)
{
	static const char *const toi[] = { "fcvtns", "fcvtms", "fcvtas", "fcvtps", "fcvtzs",
		"fcvtnu", "fcvtmu", "fcvtau", "fcvtpu", "fcvtzu" };
	static const char fts[] = "sdh";
	char c = coin() ? 'd' : 's';
	int w = coin();
	switch (rn(8)) {
	case 0: insn("%s %s, %s", toi[rn(10)], X(w), R(c)); break;
	case 1: insn("%s %s, %s", coin() ? "scvtf" : "ucvtf", R(c), XS(w)); break;
	case 2: insn("%s %s, %s, #%u", coin() ? "fcvtzs" : "fcvtzu", X(w), R(c), 1 + rn(w ? 32 : 64)); break;
	case 3: insn("%s %s, %s, #%u", coin() ? "scvtf" : "ucvtf", R(c), XS(w), 1 + rn(w ? 32 : 64)); break;
	case 4: {
		int f = (int)rn(3), t = (int)rn(2);
		if (t >= f) t++;
		insn("fcvt %s, %s", R(fts[t]), R(fts[f]));
		break;
	}
	case 5: {
		const char *a = farr();
		insn("%s %s, %s, #%u", (const char *[]){ "scvtf", "ucvtf", "fcvtzs", "fcvtzu" }[rn(4)],
		     V(a), V(a), 1 + rn(a[1] == 'd' ? 64 : 32));
		break;
	}
	case 6: insn("%s %s, %s, #%u", (const char *[]){ "scvtf", "ucvtf", "fcvtzs", "fcvtzu" }[rn(4)],
		     R(c), R(c), 1 + rn(c == 'd' ? 64 : 32)); break;
	default:
		/* qemu before 9.1 sets Z for a denormal flushed by FZ
		 * (qemu issue 2375, "FJCVTZS vs flush-to-zero"); the Arm ARM
		 * FPToFixedJS clears it.  Under FZ, FCVTZS instead. */
		insn("%s %s, %s", (cur_fpcr & (1u << 24)) ? "fcvtzs" : "fjcvtzs", X(1), R('d'));
		break;
	}
}

static void t_fp_misc(void)
{
	static const char *const conds[] = { "eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc",
		"hi", "ls", "ge", "lt", "gt", "le", "al", "nv" };
	char c = coin() ? 'd' : 's';
	switch (rn(7)) {
	case 0: insn("%s %s, %s", coin() ? "fcmp" : "fcmpe", R(c), R(c)); break;
	case 1: insn("%s %s, #0.0", coin() ? "fcmp" : "fcmpe", R(c)); break;
	case 2: insn("%s %s, %s, #%u, %s", coin() ? "fccmp" : "fccmpe", R(c), R(c), rn(16), conds[rn(16)]); break;
	case 3: insn("fcsel %s, %s, %s, %s", R(c), R(c), R(c), conds[rn(16)]); break;
	case 4: {
		unsigned imm = rn(256);	/* an FMOV-encodable constant: +-n/16 * 2^r */
		int sgn = imm >> 7, e = (int)(imm >> 4 & 7), m = (int)(imm & 15);
		int r = ((e & 4) ? e - 8 : e) + 1;	/* exponent -3..4 */
		double v = (16 + m) / 16.0;
		for (; r > 0; r--) v *= 2;
		for (; r < 0; r++) v /= 2;
		insn("fmov %s, #%s%.10g", R(c), sgn ? "-" : "", v);
		break;
	}
	case 5:
		switch (rn(4)) {
		case 0: insn("fmov %s, %s", R('s'), X(1)); break;
		case 1: insn("fmov %s, %s", X(1), R('s')); break;
		case 2: insn("fmov %s, %s", R('d'), X(0)); break;
		default: insn("fmov v%d.d[1], %s", vr(), X(0)); break;
		}
		break;
	default: {
		const char *a = farr();
		if (a[1] == 'd' && a[0] == '2')
			insn("fcmla %s, %s, %s, #%u", V(a), V(a), V(a), 90 * rn(4));
		else if (coin())
			insn("fcadd %s, %s, %s, #%u", V(a), V(a), V(a), coin() ? 90 : 270);
		else
			insn("fcmla %s, %s, v%d.s[%u], #%u", V("4s"), V("4s"), vr(), rn(2), 90 * rn(4));
	}
	}
}

static void t_crypto(void)
{
	static const char *const a2[] = { "aese", "aesd", "aesmc", "aesimc" };
	static const char *const s3[] = { "sha256h", "sha256h2", "sha512h", "sha512h2" };
	switch (rn(6)) {
	case 0: insn("%s %s, %s", a2[rn(4)], V("16b"), V("16b")); break;
	case 1: insn("sha1%c %s, %s, %s", "cpm"[rn(3)], R('q'), R('s'), V("4s")); break;
	case 2: {
		int k = (int)rn(4);
		insn("%s %s, %s, %s", s3[k], R('q'), R('q'), V(k < 2 ? "4s" : "2d"));
		break;
	}
	case 3:
		switch (rn(6)) {
		case 0: insn("sha1su0 %s, %s, %s", V("4s"), V("4s"), V("4s")); break;
		case 1: insn("sha1su1 %s, %s", V("4s"), V("4s")); break;
		case 2: insn("sha1h %s, %s", R('s'), R('s')); break;
		case 3: insn("sha256su0 %s, %s", V("4s"), V("4s")); break;
		case 4: insn("sha256su1 %s, %s, %s", V("4s"), V("4s"), V("4s")); break;
		default:
			if (coin())
				insn("sha512su0 %s, %s", V("2d"), V("2d"));
			else
				insn("sha512su1 %s, %s, %s", V("2d"), V("2d"), V("2d"));
			break;
		}
		break;
	default: {
		int q = coin();
		insn("pmull%s %s, %s, %s", q ? "2" : "", V("1q"), V(q ? "2d" : "1d"), V(q ? "2d" : "1d"));
	}
	}
}

static const char *const iarr[] = { "8b", "16b", "4h", "8h", "2s", "4s", "2d" };

static void t_int_simd(void)
{
	static const char *const op3[] = { "add", "sub", "cmeq", "cmgt", "cmhi", "cmge", "cmhs",
		"cmtst", "smax", "umax", "smin", "umin", "addp", "mul", "mla", "mls", "sshl", "ushl",
		"zip1", "zip2", "uzp1", "uzp2", "trn1", "trn2" };
	static const char *const op2[] = { "abs", "neg", "cmgt", "cmge", "cmeq", "cmle", "cmlt" };
	int k = (int)rn(7);
	const char *a = iarr[k];
	switch (rn(7)) {
	case 0: case 1: {
		int o = (int)rn(sizeof op3 / sizeof op3[0]);
		if ((o >= 8 && o <= 15 && k == 6) || (o >= 13 && o <= 15 && k == 6))
			o = 0;			/* no 64-bit max/min/mul */
		insn("%s %s, %s, %s", op3[o], V(a), V(a), V(a));
		break;
	}
	case 2: {
		static const char *const lg[] = { "and", "bic", "orr", "orn", "eor", "bsl", "bit", "bif" };
		const char *b = coin() ? "16b" : "8b";
		insn("%s %s, %s, %s", lg[rn(8)], V(b), V(b), V(b));
		break;
	}
	case 3: {
		int o = (int)rn(7);
		if (o < 2)
			insn("%s %s, %s", op2[o], V(a), V(a));
		else
			insn("%s %s, %s, #0", op2[o], V(a), V(a));
		break;
	}
	case 4: {
		int q = coin();
		if (coin())
			insn("%s %s, %s, %s", coin() ? "sdot" : "udot", V(q ? "4s" : "2s"), V(q ? "16b" : "8b"), V(q ? "16b" : "8b"));
		else
			insn("%s %s, %s, v%d.4b[%u]", coin() ? "sdot" : "udot", V(q ? "4s" : "2s"), V(q ? "16b" : "8b"), vr(), rn(4));
		break;
	}
	case 5: {
		static const char *const ra[] = { "4h", "8h", "2s", "4s" };
		const char *b = ra[rn(4)], *op = coin() ? "sqrdmlah" : "sqrdmlsh";
		int h = b[1] == 'h';
		switch (rn(3)) {
		case 0: insn("%s %s, %s, %s", op, V(b), V(b), V(b)); break;
		case 1: insn("%s %s, %s, v%u.%c[%u]", op, V(b), V(b), h ? rn(16) : rn(32), h ? 'h' : 's', rn(h ? 8 : 4)); break;
		default: insn("%s %s, %s, %s", op, R(h ? 'h' : 's'), R(h ? 'h' : 's'), R(h ? 'h' : 's')); break;
		}
		break;
	}
	default: {
		int sh = k == 6 ? 64 : 8 << (k / 2);
		static const char *const s[] = { "sshr", "ushr", "ssra", "usra", "shl" };
		int o = (int)rn(5);
		insn("%s %s, %s, #%u", s[o], V(a), V(a), o == 4 ? rn(sh) : 1 + rn(sh));
	}
	}
}

static const struct gen_template templates[] = {
	{ t_fp3_vec, 8 }, { t_fp2_vec, 6 }, { t_fp_width, 2 }, { t_fp_across_idx, 3 },
	{ t_fp_scalar, 8 }, { t_fp_cvt, 5 }, { t_fp_misc, 4 }, { t_crypto, 2 }, { t_int_simd, 4 },
};

static void one_template(void)
{
	gen_one_template(templates, sizeof templates / sizeof templates[0]);
}

/* -- program -- */

static unsigned sequence(unsigned n)
{
	unsigned len = 1 + rn(MAX_INSNS);
	cur_fpcr = fpcrs[n] = (uint32_t)rn(16) << 22;	/* RMode 23:22, FZ 24, DN 25 */
	printf("// seq %u begin\nseq%u:\n", n, n);
	printf("\tadrp x9, in%u\n\tadd x9, x9, :lo12:in%u\n", n, n);
	printf("\tldr x10, [x9, #%d]\n\tmsr fpcr, x10\n\tmsr fpsr, xzr\n", IN_FPCR);
	printf("\tldr x10, [x9, #%d]\n\tmsr nzcv, x10\n", IN_NZCV);
	for (int r = 0; r < 32; r += 2)
		printf("\tldp q%d, q%d, [x9, #%d]\n", r, r + 1, r * 16);
	for (int r = 0; r < 8; r++)
		printf("\tldr x%d, [x9, #%d]\n", r, REC_X + r * 8);
	printf("// seq %u body\n", n);
	emitted = 0;
	for (unsigned i = 0; i < len; i++)
		one_template();
	printf("// seq %u end\n", n);
	for (int r = 0; r < 32; r += 2)
		printf("\tstp q%d, q%d, [sp, #%d]\n", r, r + 1, r * 16);
	for (int r = 0; r < 8; r++)
		printf("\tstr x%d, [sp, #%d]\n", r, REC_X + r * 8);
	printf("\tmrs x10, fpcr\n\tmrs x11, fpsr\n\tstr x10, [sp, #%d]\n\tstr x11, [sp, #%d]\n",
	       REC_FPCR, REC_FPSR);
	printf("\tmrs x10, nzcv\n\tstr x10, [sp, #%d]\n\tadd sp, sp, #%d\n", REC_NZCV, REC_SIZE);
	return emitted;
}

static void generate(uint64_t seed, unsigned nseq, unsigned loops)
{
	gen_seed(seed, 0x7654321);
	fpcrs = calloc(nseq ? nseq : 1, sizeof *fpcrs);
	printf("// generated by tests/diff/genfp %" PRIu64 " %u %u\n", seed, nseq, loops);
	printf("\t.arch armv8.5-a+crypto+sha3+dotprod\n");
	gen_program_start(loops);
	unsigned long total = 0;
	for (unsigned n = 0; n < nseq; n++)
		total += sequence(n);
	gen_program_end(nseq, REC_SIZE);
	for (unsigned n = 0; n < nseq; n++) {
		printf("in%u:\t.quad ", n);
		for (int r = 0; r < 32; r++) {
			uint64_t lo, hi;
			vreg_value(&lo, &hi);
			printf("0x%" PRIx64 ", 0x%" PRIx64 ", ", lo, hi);
		}
		for (int r = 0; r < 8; r++)
			printf("0x%" PRIx64 ", ", coin() ? rnd() : special(1 + coin()));
		printf("0x%x, 0x%x, 0, 0\n", fpcrs[n], (unsigned)rn(16) << 28);
	}
	printf("\t.bss\n\t.balign 16\nresults:\t.space %u\n", nseq * REC_SIZE);
	fprintf(stderr, "executions %lu\n", total * loops);
}

/* -- comparison -- */

static const char *field_name(unsigned off, char *b)
{
	if (off < REC_X) sprintf(b, "v%u.d[%u]", off / 16, off / 8 % 2);
	else if (off < REC_FPCR) sprintf(b, "x%u", (off - REC_X) / 8);
	else if (off == REC_FPCR) sprintf(b, "fpcr");
	else if (off == REC_FPSR) sprintf(b, "fpsr");
	else if (off == REC_NZCV) sprintf(b, "nzcv");
	else sprintf(b, "pad");
	return b;
}

/* The inputs of a sequence, from its "inN:" line. */
static void show_inputs(const char *p)
{
	printf("  inputs (v0..v31 as lo, hi; x0..x7; fpcr; nzcv):\n");
	for (int i = 0; i < 74 && p; i++) {
		char nm[16];
		if (i < 64) snprintf(nm, sizeof nm, "v%d.d[%d]", i / 2, i % 2);
		else if (i < 72) snprintf(nm, sizeof nm, "x%d", i - 64);
		else snprintf(nm, sizeof nm, i == 72 ? "fpcr" : "nzcv");
		printf("    %-8s = %.*s\n", nm, (int)strcspn(p, ","), p);
		p = strchr(p, ',');
		if (p) p += 2;
	}
}

static const struct gen_record record = { REC_SIZE, 10, field_name, show_inputs };

int main(int argc, char **argv)
{
	return gen_main(argc, argv, generate, &record);
}
