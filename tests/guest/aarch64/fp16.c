/*
 * fp16.c - half-precision arithmetic (FEAT_FP16, HWCAP FPHP/ASIMDHP):
 * every scalar form (arithmetic, FMADD family, FSQRT, FRINT*, FCMP,
 * FCCMP, FCSEL, FMOV register/immediate/general, conversions to and from
 * W/X incl. fixed point) and the vector .4H/.8H forms (arithmetic,
 * pairwise, across lanes, compares incl. zero forms, FMLA/FMLS incl. by
 * element, estimates and steps, conversions, FABD, FACGE/FACGT,
 * FCMLA/FCADD), each over a set of special values (zeros, denormals,
 * the largest normal, infinities, quiet and signalling NaNs, values
 * that round) under several FPCR modes (RMode, FZ16, DN).
 *
 * One line per (form, FPCR mode): the FNV hash of every result and the
 * FPSR after it.  The expected output is qemu-aarch64-static's (max CPU);
 * a few values are also checked by hand below (hand: lines).
 */
// test-expect: file
// test-cflags: -march=armv8.3-a+fp16
#include <stdint.h>
#include <stdio.h>

static const uint16_t vals[] = {
	0x0000, 0x8000, 0x3c00, 0xbe00, 0x7bff, 0xfbff, 0x0400, 0x0001,
	0x83ff, 0x7c00, 0xfc00, 0x7e01, 0xfc01, 0x4200, 0x2e66, 0x3555,
	0x6801, 0x0155, 0x5bff, 0x1400,
};
#define NV (sizeof vals / sizeof vals[0])

static const uint32_t modes[] = {
	0,			/* RN */
	1u << 22,		/* RP */
	2u << 22,		/* RM */
	3u << 22,		/* RZ */
	1u << 19,		/* FZ16 */
	1u << 25,		/* DN */
	1u << 19 | 1u << 25 | 3u << 22 | 1u << 24,	/* FZ16 DN RZ FZ */
};
#define NM (sizeof modes / sizeof modes[0])

static uint64_t hash;
static void fold(uint64_t v)
{
	for (int i = 0; i < 8; i++) {
		hash ^= (v >> (8 * i)) & 0xff;
		hash *= 0x100000001b3ull;
	}
}

static void set_fpcr(uint32_t v)
{
	__asm__ volatile("msr fpcr, %0" : : "r"((uint64_t)v));
}
static void clr_fpsr(void)
{
	__asm__ volatile("msr fpsr, xzr");
}
static uint64_t get_fpsr(void)
{
	uint64_t v;
	__asm__ volatile("mrs %0, fpsr" : "=r"(v));
	return v;
}

static void report(const char *name, unsigned mode)
{
	printf("%-10s mode %u: %016llx\n", name, mode, (unsigned long long)hash);
}

/* -- scalar -- */

#define S2(name, insn)							\
static void s2_##name(void)						\
{									\
	for (unsigned m = 0; m < NM; m++) {				\
		hash = 0xcbf29ce484222325ull;				\
		set_fpcr(modes[m]);					\
		for (unsigned i = 0; i < NV; i++)			\
			for (unsigned j = 0; j < NV; j++) {		\
				uint32_t r;				\
				clr_fpsr();				\
				__asm__ volatile("fmov h1, %w1\n\tfmov h2, %w2\n\t" \
					insn " h0, h1, h2\n\tfmov %w0, h0" \
					: "=r"(r) : "r"(vals[i]), "r"(vals[j]) \
					: "v0", "v1", "v2");		\
				fold(r);				\
				fold(get_fpsr());			\
			}						\
		report(#name, m);					\
	}								\
}
S2(fadd, "fadd") S2(fsub, "fsub") S2(fmul, "fmul") S2(fdiv, "fdiv")
S2(fmax, "fmax") S2(fmin, "fmin") S2(fmaxnm, "fmaxnm") S2(fminnm, "fminnm")
S2(fnmul, "fnmul") S2(fabd, "fabd") S2(fmulx, "fmulx")
S2(frecps, "frecps") S2(frsqrts, "frsqrts")
S2(fcmeq, "fcmeq") S2(fcmge, "fcmge") S2(fcmgt, "fcmgt")
S2(facge, "facge") S2(facgt, "facgt")

#define S1(name, insn)							\
static void s1_##name(void)						\
{									\
	for (unsigned m = 0; m < NM; m++) {				\
		hash = 0xcbf29ce484222325ull;				\
		set_fpcr(modes[m]);					\
		for (unsigned i = 0; i < NV; i++) {			\
			uint32_t r;					\
			clr_fpsr();					\
			__asm__ volatile("fmov h1, %w1\n\tmovi v0.16b, #0xff\n\t" \
				insn "\n\tfmov %w0, h0"			\
				: "=r"(r) : "r"(vals[i]) : "v0", "v1");	\
			fold(r);					\
			fold(get_fpsr());				\
		}							\
		report(#name, m);					\
	}								\
}
S1(fmov, "fmov h0, h1") S1(fabs, "fabs h0, h1") S1(fneg, "fneg h0, h1")
S1(fsqrt, "fsqrt h0, h1") S1(frintn, "frintn h0, h1") S1(frintp, "frintp h0, h1")
S1(frintm, "frintm h0, h1") S1(frintz, "frintz h0, h1") S1(frinta, "frinta h0, h1")
S1(frintx, "frintx h0, h1") S1(frinti, "frinti h0, h1")
S1(frecpe, "frecpe h0, h1") S1(frsqrte, "frsqrte h0, h1") S1(frecpx, "frecpx h0, h1")
S1(fcvtzs_h, "fcvtzs h0, h1") S1(fcvtnu_h, "fcvtnu h0, h1")
S1(fcvtas_h, "fcvtas h0, h1") S1(scvtf_h, "scvtf h0, h1") S1(ucvtf_h, "ucvtf h0, h1")
S1(fcvtzs_fx, "fcvtzs h0, h1, #3") S1(ucvtf_fx, "ucvtf h0, h1, #9")
S1(fcmgt0, "fcmgt h0, h1, #0.0") S1(fcmle0, "fcmle h0, h1, #0.0")
S1(fcmeq0, "fcmeq h0, h1, #0.0") S1(fcmlt0, "fcmlt h0, h1, #0.0")
S1(fmaxnmp, "fmaxnmp h0, v1.2h") S1(faddp, "faddp h0, v1.2h")
S1(fcvt_sh, "fcvt s0, h1") S1(fmovi, "fmov h0, #-1.25")

#define S3(name, insn)							\
static void s3_##name(void)						\
{									\
	for (unsigned m = 0; m < NM; m++) {				\
		hash = 0xcbf29ce484222325ull;				\
		set_fpcr(modes[m]);					\
		for (unsigned i = 0; i < NV; i++)			\
			for (unsigned j = 0; j < NV; j += 3)		\
				for (unsigned k = 0; k < NV; k++) {	\
					uint32_t r;			\
					clr_fpsr();			\
					__asm__ volatile("fmov h1, %w1\n\tfmov h2, %w2\n\t" \
						"fmov h3, %w3\n\t" insn " h0, h1, h2, h3\n\t" \
						"fmov %w0, h0"		\
						: "=r"(r) : "r"(vals[i]), "r"(vals[j]), \
						  "r"(vals[k]) : "v0", "v1", "v2", "v3"); \
					fold(r);			\
					fold(get_fpsr());		\
				}					\
		report(#name, m);					\
	}								\
}
S3(fmadd, "fmadd") S3(fmsub, "fmsub") S3(fnmadd, "fnmadd") S3(fnmsub, "fnmsub")

static void compares(void)
{
	for (unsigned m = 0; m < NM; m++) {
		hash = 0xcbf29ce484222325ull;
		set_fpcr(modes[m]);
		for (unsigned i = 0; i < NV; i++)
			for (unsigned j = 0; j < NV; j++) {
				uint64_t f1, f2, f3, f4;
				uint32_t sel;
				clr_fpsr();
				__asm__ volatile("fmov h1, %w5\n\tfmov h2, %w6\n\t"
					"fcmp h1, h2\n\tmrs %0, nzcv\n\t"
					"fcmpe h1, #0.0\n\tmrs %1, nzcv\n\t"
					"fccmp h1, h2, #5, ge\n\tmrs %2, nzcv\n\t"
					"fccmpe h2, h1, #10, lt\n\tmrs %3, nzcv\n\t"
					"fcsel h0, h1, h2, gt\n\tfmov %w4, h0"
					: "=&r"(f1), "=&r"(f2), "=&r"(f3), "=&r"(f4), "=&r"(sel)
					: "r"(vals[i]), "r"(vals[j]) : "v0", "v1", "v2", "cc");
				fold(f1 | f2 << 4 | f3 << 8 | f4 << 12);
				fold(sel);
				fold(get_fpsr());
			}
		report("fcmp", m);
	}
}

static const int64_t ints[] = {
	0, 1, -1, 3, 2049, -2049, 65504, 65519, 65520, 70000, -70000,
	0x7fffffff, (int64_t)0x80000000ull, 0x123456789abcdll, -0x7fffffffffffffffll - 1,
	0x7ffffffffffffc01ll, 12345,
};
#define NI (sizeof ints / sizeof ints[0])

static void int_conv(void)
{
	for (unsigned m = 0; m < NM; m++) {
		hash = 0xcbf29ce484222325ull;
		set_fpcr(modes[m]);
		for (unsigned i = 0; i < NV; i++) {
			uint64_t r[10];
			clr_fpsr();
			__asm__ volatile("fmov h1, %w10\n\t"
				"fcvtzs %w0, h1\n\tfcvtzu %x1, h1\n\tfcvtns %x2, h1\n\t"
				"fcvtau %w3, h1\n\tfcvtms %w4, h1\n\tfcvtpu %x5, h1\n\t"
				"fcvtzs %w6, h1, #4\n\tfcvtzu %x7, h1, #60\n\t"
				"fmov %w8, h1\n\tfmov %x9, h1"
				: "=&r"(r[0]), "=&r"(r[1]), "=&r"(r[2]), "=&r"(r[3]),
				  "=&r"(r[4]), "=&r"(r[5]), "=&r"(r[6]), "=&r"(r[7]),
				  "=&r"(r[8]), "=&r"(r[9])
				: "r"(vals[i]) : "v1");
			for (int k = 0; k < 10; k++)
				fold(r[k]);
			fold(get_fpsr());
		}
		for (unsigned i = 0; i < NI; i++) {
			uint32_t r[6];
			clr_fpsr();
			__asm__ volatile("scvtf h0, %x6\n\tfmov %w0, h0\n\t"
				"ucvtf h0, %x6\n\tfmov %w1, h0\n\t"
				"scvtf h0, %w6\n\tfmov %w2, h0\n\t"
				"ucvtf h0, %w6\n\tfmov %w3, h0\n\t"
				"scvtf h0, %x6, #20\n\tfmov %w4, h0\n\t"
				"fmov h0, %x6\n\tfmov %w5, h0"
				: "=&r"(r[0]), "=&r"(r[1]), "=&r"(r[2]), "=&r"(r[3]),
				  "=&r"(r[4]), "=&r"(r[5])
				: "r"(ints[i]) : "v0");
			for (int k = 0; k < 6; k++)
				fold(r[k]);
			fold(get_fpsr());
		}
		report("int_conv", m);
	}
}

/* -- vector: 8 lanes of (vals[i], vals[j]) pairs per instruction -- */

struct vec { uint16_t h[8]; };

#define V3(name, insn)							\
static void v3_##name(void)						\
{									\
	for (unsigned m = 0; m < NM; m++) {				\
		hash = 0xcbf29ce484222325ull;				\
		set_fpcr(modes[m]);					\
		for (unsigned p = 0; p < NV * NV; p += 8) {		\
			struct vec a, b, d, r;				\
			for (int l = 0; l < 8; l++) {			\
				unsigned q = (p + l) % (NV * NV);	\
				a.h[l] = vals[q / NV];			\
				b.h[l] = vals[q % NV];			\
				d.h[l] = vals[(q * 7) % NV];		\
			}						\
			clr_fpsr();					\
			__asm__ volatile("ld1 {v1.8h}, [%1]\n\tld1 {v2.8h}, [%2]\n\t" \
				"ld1 {v0.8h}, [%3]\n\t" insn "\n\tst1 {v0.8h}, [%0]" \
				: : "r"(&r), "r"(&a), "r"(&b), "r"(&d)	\
				: "v0", "v1", "v2", "memory");		\
			for (int l = 0; l < 8; l++)			\
				fold(r.h[l]);				\
			fold(get_fpsr());				\
		}							\
		report(#name, m);					\
	}								\
}
V3(vfadd, "fadd v0.8h, v1.8h, v2.8h") V3(vfsub, "fsub v0.4h, v1.4h, v2.4h")
V3(vfmul, "fmul v0.8h, v1.8h, v2.8h") V3(vfdiv, "fdiv v0.8h, v1.8h, v2.8h")
V3(vfmax, "fmax v0.8h, v1.8h, v2.8h") V3(vfminnm, "fminnm v0.8h, v1.8h, v2.8h")
V3(vfmin, "fmin v0.4h, v1.4h, v2.4h") V3(vfmaxnm, "fmaxnm v0.8h, v1.8h, v2.8h")
V3(vfmla, "fmla v0.8h, v1.8h, v2.8h") V3(vfmls, "fmls v0.4h, v1.4h, v2.4h")
V3(vfmulx, "fmulx v0.8h, v1.8h, v2.8h") V3(vfabd, "fabd v0.8h, v1.8h, v2.8h")
V3(vfcmeq, "fcmeq v0.8h, v1.8h, v2.8h") V3(vfcmge, "fcmge v0.8h, v1.8h, v2.8h")
V3(vfcmgt, "fcmgt v0.8h, v1.8h, v2.8h") V3(vfacge, "facge v0.8h, v1.8h, v2.8h")
V3(vfacgt, "facgt v0.8h, v1.8h, v2.8h") V3(vfrecps, "frecps v0.8h, v1.8h, v2.8h")
V3(vfrsqrts, "frsqrts v0.8h, v1.8h, v2.8h")
V3(vfaddp, "faddp v0.8h, v1.8h, v2.8h") V3(vfmaxp, "fmaxp v0.4h, v1.4h, v2.4h")
V3(vfminp, "fminp v0.8h, v1.8h, v2.8h") V3(vfmaxnmp, "fmaxnmp v0.8h, v1.8h, v2.8h")
V3(vfminnmp, "fminnmp v0.8h, v1.8h, v2.8h")
V3(vfmla_e, "fmla v0.8h, v1.8h, v2.h[5]") V3(vfmls_e, "fmls v0.4h, v1.4h, v2.h[2]")
V3(vfmul_e, "fmul v0.8h, v1.8h, v2.h[7]") V3(vfmulx_e, "fmulx v0.8h, v1.8h, v2.h[1]")
V3(sfmla_e, "fmla h0, h1, v2.h[3]") V3(sfmul_e, "fmul h0, h1, v2.h[6]")
V3(vfcmla0, "fcmla v0.8h, v1.8h, v2.8h, #0") V3(vfcmla90, "fcmla v0.4h, v1.4h, v2.4h, #90")
V3(vfcmla180, "fcmla v0.8h, v1.8h, v2.8h, #180")
V3(vfcmla270, "fcmla v0.8h, v1.8h, v2.8h, #270")
V3(vfcmla_e, "fcmla v0.8h, v1.8h, v2.h[3], #90")
V3(vfcadd90, "fcadd v0.8h, v1.8h, v2.8h, #90")
V3(vfcadd270, "fcadd v0.4h, v1.4h, v2.4h, #270")
V3(vfrintn, "frintn v0.8h, v1.8h") V3(vfrintm, "frintm v0.8h, v1.8h")
V3(vfrintp, "frintp v0.8h, v1.8h") V3(vfrintz, "frintz v0.8h, v1.8h")
V3(vfrinta, "frinta v0.8h, v1.8h") V3(vfrintx, "frintx v0.8h, v1.8h")
V3(vfrinti, "frinti v0.4h, v1.4h")
V3(vfcvtns, "fcvtns v0.8h, v1.8h") V3(vfcvtmu, "fcvtmu v0.8h, v1.8h")
V3(vfcvtas, "fcvtas v0.8h, v1.8h") V3(vfcvtpu, "fcvtpu v0.8h, v1.8h")
V3(vfcvtzs, "fcvtzs v0.8h, v1.8h") V3(vfcvtzu, "fcvtzu v0.8h, v1.8h")
V3(vscvtf, "scvtf v0.8h, v1.8h") V3(vucvtf, "ucvtf v0.8h, v1.8h")
V3(vfcvtzs_x, "fcvtzs v0.8h, v1.8h, #5") V3(vucvtf_x, "ucvtf v0.8h, v1.8h, #16")
V3(vfcmgt0, "fcmgt v0.8h, v1.8h, #0.0") V3(vfcmeq0, "fcmeq v0.8h, v1.8h, #0.0")
V3(vfcmlt0, "fcmlt v0.8h, v1.8h, #0.0") V3(vfcmge0, "fcmge v0.8h, v1.8h, #0.0")
V3(vfcmle0, "fcmle v0.4h, v1.4h, #0.0")
V3(vfabs, "fabs v0.8h, v1.8h") V3(vfneg, "fneg v0.8h, v1.8h")
V3(vfsqrt, "fsqrt v0.8h, v1.8h") V3(vfrecpe, "frecpe v0.8h, v1.8h")
V3(vfrsqrte, "frsqrte v0.8h, v1.8h")
V3(vfmaxv, "fmaxv h0, v1.8h") V3(vfminv, "fminv h0, v1.4h")
V3(vfmaxnmv, "fmaxnmv h0, v1.8h") V3(vfminnmv, "fminnmv h0, v1.8h")
V3(vfcvtl, "fcvtl v0.4s, v1.4h") V3(vfcvtn, "fcvtn2 v0.8h, v1.4s")

/* -- by hand: values worked out from the Arm ARM, not from qemu -- */

static uint32_t hop(uint32_t fpcr, uint16_t a, uint16_t b, uint64_t *fpsr)
{
	uint32_t r;
	set_fpcr(fpcr);
	clr_fpsr();
	__asm__ volatile("fmov h1, %w1\n\tfmov h2, %w2\n\tfadd h0, h1, h2\n\tfmov %w0, h0"
		: "=r"(r) : "r"(a), "r"(b) : "v0", "v1", "v2");
	*fpsr = get_fpsr();
	return r;
}

static void by_hand(void)
{
	uint64_t f;
	/* 1 + 2^-11 is a tie: nearest-even gives 1.0, RP gives 1 + 2^-10 */
	printf("hand: 1+2^-11 RN %04x", hop(0, 0x3c00, 0x1000, &f));
	printf(" fpsr %02llx", (unsigned long long)f);
	printf(" RP %04x\n", hop(1u << 22, 0x3c00, 0x1000, &f));
	/* 65504 + 16 rounds to infinity (OFC IXC) in RN, to 65504 in RZ */
	printf("hand: 65504+16 RN %04x", hop(0, 0x7bff, 0x4c00, &f));
	printf(" fpsr %02llx", (unsigned long long)f);
	printf(" RZ %04x\n", hop(3u << 22, 0x7bff, 0x4c00, &f));
	/* denormal + denormal is exact (no UFC); with FZ16 both flush (no IDC) */
	printf("hand: den+den %04x", hop(0, 0x0001, 0x0001, &f));
	printf(" fpsr %02llx", (unsigned long long)f);
	printf(" FZ16 %04x", hop(1u << 19, 0x0001, 0x0001, &f));
	printf(" fpsr %02llx\n", (unsigned long long)f);
	set_fpcr(0);
}

int main(void)
{
	s2_fadd(); s2_fsub(); s2_fmul(); s2_fdiv(); s2_fmax(); s2_fmin();
	s2_fmaxnm(); s2_fminnm(); s2_fnmul(); s2_fabd(); s2_fmulx();
	s2_frecps(); s2_frsqrts(); s2_fcmeq(); s2_fcmge(); s2_fcmgt();
	s2_facge(); s2_facgt();
	s1_fmov(); s1_fabs(); s1_fneg(); s1_fsqrt(); s1_frintn(); s1_frintp();
	s1_frintm(); s1_frintz(); s1_frinta(); s1_frintx(); s1_frinti();
	s1_frecpe(); s1_frsqrte(); s1_frecpx(); s1_fcvtzs_h(); s1_fcvtnu_h();
	s1_fcvtas_h(); s1_scvtf_h(); s1_ucvtf_h(); s1_fcvtzs_fx(); s1_ucvtf_fx();
	s1_fcmgt0(); s1_fcmle0(); s1_fcmeq0(); s1_fcmlt0(); s1_fmaxnmp();
	s1_faddp(); s1_fcvt_sh(); s1_fmovi();
	s3_fmadd(); s3_fmsub(); s3_fnmadd(); s3_fnmsub();
	compares();
	int_conv();
	v3_vfadd(); v3_vfsub(); v3_vfmul(); v3_vfdiv(); v3_vfmax(); v3_vfminnm();
	v3_vfmin(); v3_vfmaxnm(); v3_vfmla(); v3_vfmls(); v3_vfmulx(); v3_vfabd();
	v3_vfcmeq(); v3_vfcmge(); v3_vfcmgt(); v3_vfacge(); v3_vfacgt();
	v3_vfrecps(); v3_vfrsqrts(); v3_vfaddp(); v3_vfmaxp(); v3_vfminp();
	v3_vfmaxnmp(); v3_vfminnmp(); v3_vfmla_e(); v3_vfmls_e(); v3_vfmul_e();
	v3_vfmulx_e(); v3_sfmla_e(); v3_sfmul_e(); v3_vfcmla0(); v3_vfcmla90();
	v3_vfcmla180(); v3_vfcmla270(); v3_vfcmla_e(); v3_vfcadd90(); v3_vfcadd270();
	v3_vfrintn(); v3_vfrintm(); v3_vfrintp(); v3_vfrintz(); v3_vfrinta();
	v3_vfrintx(); v3_vfrinti(); v3_vfcvtns(); v3_vfcvtmu(); v3_vfcvtas();
	v3_vfcvtpu(); v3_vfcvtzs(); v3_vfcvtzu(); v3_vscvtf(); v3_vucvtf();
	v3_vfcvtzs_x(); v3_vucvtf_x(); v3_vfcmgt0(); v3_vfcmeq0(); v3_vfcmlt0();
	v3_vfcmge0(); v3_vfcmle0(); v3_vfabs(); v3_vfneg(); v3_vfsqrt();
	v3_vfrecpe(); v3_vfrsqrte(); v3_vfmaxv(); v3_vfminv(); v3_vfmaxnmv();
	v3_vfminnmv(); v3_vfcvtl(); v3_vfcvtn();
	by_hand();
	return 0;
}
