/*
 * fp_cvt.c - scalar FP instructions whose results C does not define or
 * x86 computes differently: saturating FP->int conversions (FCVTZS/ZU,
 * FCVTNS/AS/MS/PS/MU to W and X: NaN -> 0, out of range -> the bound),
 * SCVTF/UCVTF, FRINTN/A/P/M/Z/X/I, FCVT between precisions (a quiet NaN keeps its sign
 * when FPCR.DN is 0),
 * FCMP/FCMPE flags (unordered = 0011), FCSEL, FMAX/FMIN/FMAXNM/FMINNM
 * with NaNs, FABS/FNEG/FMOV, and FPSR cumulative flags after a saturating
 * conversion (IOC).  Checked against C models.
 */
// test-expect: file
// test-cflags: -ffp-contract=off
#include "guest_test.h"
#include <math.h>
#include <string.h>

static uint64_t db(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

/* Arm ARM FPToFixed with saturation, for a value already rounded to an integer. */
static uint64_t sat(double r, int bits, int is_signed)
{
	if (isnan(r)) return 0;
	if (is_signed) {
		double lim = ldexp(1.0, bits - 1);
		if (r >= lim) return bits == 64 ? (uint64_t)INT64_MAX : (uint64_t)INT32_MAX;
		if (r < -lim) return bits == 64 ? (uint64_t)INT64_MIN : (uint32_t)INT32_MIN;
		return bits == 64 ? (uint64_t)(int64_t)r : (uint32_t)(int32_t)r;
	}
	if (r <= -1.0 || r < 0) return 0;
	if (r >= ldexp(1.0, bits)) return bits == 64 ? UINT64_MAX : UINT32_MAX;
	return (uint64_t)r;
}

static const double vals[] = {
	0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, 1e10, -1e10,
	2147483647.5, 2147483648.0, -2147483648.5, -2147483649.0, 4294967295.5, 4294967296.0,
	9.2233720368547748e18, 9.2233720368547758e18, -9.2233720368547758e18, -9.3e18,
	1.8446744073709550e19, 1.8446744073709552e19, 1e300, -1e300, INFINITY, -INFINITY, NAN, -NAN, 123.456,
};
#define NV (sizeof vals / sizeof vals[0])

int main(void)
{
	struct group g;
	uint64_t r;
	group_start(&g, "fp->int saturating");
	for (unsigned i = 0; i < NV; i++) {
		double d = vals[i];
#define CV(insn, reg, roundfn, bits, s) \
		asm volatile(insn " %" reg "0, %d1" : "=r"(r) : "w"(d)); \
		CHECK(&g, r, sat(roundfn(d), bits, s), insn " " reg " %a", d);
		CV("fcvtzs", "x", trunc, 64, 1) CV("fcvtzs", "w", trunc, 32, 1)
		CV("fcvtzu", "x", trunc, 64, 0) CV("fcvtzu", "w", trunc, 32, 0)
		CV("fcvtns", "x", rint, 64, 1) CV("fcvtns", "w", rint, 32, 1)
		CV("fcvtas", "x", round, 64, 1) CV("fcvtau", "w", round, 32, 0)
		CV("fcvtms", "x", floor, 64, 1) CV("fcvtmu", "x", floor, 64, 0)
		CV("fcvtps", "w", ceil, 32, 1) CV("fcvtpu", "x", ceil, 64, 0)
		float f = (float)d;
		asm volatile("fcvtzs %w0, %s1" : "=r"(r) : "w"(f)); CHECK(&g, r, sat(trunc(f), 32, 1), "fcvtzs w, s %a", d);
		asm volatile("fcvtzu %0, %s1" : "=r"(r) : "w"(f)); CHECK(&g, r, sat(trunc(f), 64, 0), "fcvtzu x, s %a", d);
	}
	group_end(&g);

	group_start(&g, "rounding/convert");
	for (unsigned i = 0; i < NV; i++) {
		double d = vals[i], o;
#define FR(insn, fn) asm volatile(insn " %d0, %d1" : "=w"(o) : "w"(d)); \
		CHECK(&g, isnan(o) ? 0x7ff8000000000000ull : db(o), isnan(d) ? 0x7ff8000000000000ull : db(fn(d)), insn " %a", d);
		FR("frintn", rint) FR("frinta", round) FR("frintp", ceil) FR("frintm", floor) FR("frintz", trunc) FR("frintx", rint) FR("frinti", nearbyint)
		float f;
		asm volatile("fcvt %s0, %d1" : "=w"(f) : "w"(d));
		uint32_t fb; memcpy(&fb, &f, 4);
		CHECK(&g, fb, isnan(d) ? (signbit(d) ? 0xffc00000u : 0x7fc00000u) : ({ float t = (float)d; uint32_t u; memcpy(&u, &t, 4); u; }), "fcvt s,d %a", d);
		asm volatile("fcvt %d0, %s1" : "=w"(o) : "w"(f));
		CHECK(&g, db(o), isnan(d) ? (signbit(d) ? 0xfff8000000000000ull : 0x7ff8000000000000ull) : db((double)f), "fcvt d,s");
		int64_t iv = (int64_t)db(d);
		asm volatile("scvtf %d0, %1" : "=w"(o) : "r"(iv)); CHECK(&g, db(o), db((double)iv), "scvtf");
		asm volatile("ucvtf %d0, %1" : "=w"(o) : "r"(iv)); CHECK(&g, db(o), db((double)(uint64_t)iv), "ucvtf");
		asm volatile("scvtf %d0, %w1" : "=w"(o) : "r"(iv)); CHECK(&g, db(o), db((double)(int32_t)iv), "scvtf w");
		asm volatile("ucvtf %s0, %w1" : "=w"(f) : "r"(iv)); CHECK(&g, f == (float)(uint32_t)iv, 1, "ucvtf s,w");
	}
	group_end(&g);

	group_start(&g, "compare/select/minmax");
	for (unsigned i = 0; i < NV; i++)
		for (unsigned j = 0; j < NV; j++) {
			double a = vals[i], b = vals[j], o;
			uint64_t want = isnan(a) || isnan(b) ? 0x3 : a == b ? 0x6 : a < b ? 0x8 : 0x2;
			asm volatile("fcmp %d1, %d2\n\tmrs %0, nzcv" : "=r"(r) : "w"(a), "w"(b) : "cc");
			CHECK(&g, r >> 28, want, "fcmp %a,%a", a, b);
			asm volatile("fcmpe %d1, #0.0\n\tmrs %0, nzcv" : "=r"(r) : "w"(a) : "cc");
			CHECK(&g, r >> 28, isnan(a) ? 3 : a == 0 ? 6 : a < 0 ? 8 : 2, "fcmpe #0");
			asm volatile("fcmp %d1, %d2\n\tfcsel %d0, %d1, %d2, gt" : "=w"(o) : "w"(a), "w"(b) : "cc");
			CHECK(&g, db(o), db(a > b ? a : b), "fcsel gt");
			asm volatile("fmaxnm %d0, %d1, %d2" : "=w"(o) : "w"(a), "w"(b));
			CHECK(&g, isnan(o) ? 1 : db(o), isnan(a) && isnan(b) ? 1 : isnan(a) ? db(b) : isnan(b) ? db(a) :
			      (a == 0 && b == 0) ? db(signbit(a) ? b : a) : db(a > b ? a : b), "fmaxnm %a,%a", a, b);
			asm volatile("fmin %d0, %d1, %d2" : "=w"(o) : "w"(a), "w"(b));
			CHECK(&g, isnan(o) ? 1 : db(o), isnan(a) || isnan(b) ? 1 :
			      (a == 0 && b == 0) ? db(signbit(a) ? a : b) : db(a < b ? a : b), "fmin %a,%a", a, b);
		}
	double o;
	asm volatile("fmov %d0, #-1.25" : "=w"(o)); CHECK(&g, db(o), db(-1.25), "fmov imm");
	asm volatile("fneg %d0, %d1" : "=w"(o) : "w"(0.0)); CHECK(&g, db(o), db(-0.0), "fneg 0");
	asm volatile("fabs %d0, %d1" : "=w"(o) : "w"(-NAN)); CHECK(&g, db(o) >> 63, 0, "fabs nan sign");
	asm volatile("fmov %0, %d1" : "=r"(r) : "w"(3.0)); CHECK(&g, r, db(3.0), "fmov x,d");
	group_end(&g);

	group_start(&g, "fpsr");
	asm volatile("msr fpsr, xzr\n\tfcvtzs %w0, %d1\n\tmrs %0, fpsr" : "=r"(r) : "w"(1e20));
	CHECK(&g, r & 0x9f, 0x01, "IOC after saturating fcvtzs");
	asm volatile("msr fpsr, xzr\n\tfcvtzs %w0, %d1\n\tmrs %0, fpsr" : "=r"(r) : "w"(1.5));
	CHECK(&g, r & 0x9f, 0x10, "IXC after inexact fcvtzs");
	asm volatile("msr fpsr, xzr\n\tfdiv %d1, %d2, %d3\n\tmrs %0, fpsr" : "=r"(r), "=&w"(o) : "w"(1.0), "w"(0.0));
	CHECK(&g, r & 0x9f, 0x02, "DZC after 1/0");
	group_end(&g);
	return finish();
}
