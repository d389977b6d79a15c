/*
 * alu_flags.c - ADDS/SUBS/ADCS/SBCS (32/64, reg and imm), CMP/CMN/TST,
 * CCMP/CCMN (reg and imm, all 16 conditions) and the CSEL family
 * (CSEL/CSINC/CSINV/CSNEG, CSET/CSETM/CINC) against a C model of the
 * Arm ARM AddWithCarry() and ConditionHolds().
 */
// test-expect: file
#include "guest_test.h"

/* Arm ARM AddWithCarry(): result and NZCV in bits 31:28. */
static uint64_t awc(uint64_t a, uint64_t b, int c, int bits, uint64_t *nzcv)
{
	uint64_t mask = bits == 64 ? ~0ull : 0xffffffffull;
	uint64_t sign = 1ull << (bits - 1);
	a &= mask; b &= mask;
	unsigned __int128 us = (unsigned __int128)a + b + c;
	uint64_t r = (uint64_t)us & mask;
	int n = !!(r & sign), z = r == 0;
	int cf = bits == 64 ? (int)(us >> 64) : (int)((us >> 32) & 1);
	int v = !!((~(a ^ b) & (a ^ r)) & sign);
	*nzcv = (uint64_t)n << 31 | (uint64_t)z << 30 | (uint64_t)cf << 29 | (uint64_t)v << 28;
	return r;
}

#define FLAGOP(name, insn, reg)						\
static uint64_t name(uint64_t a, uint64_t b, uint64_t in, uint64_t *out) \
{									\
	uint64_t r, f;							\
	asm volatile("msr nzcv, %3\n\t" insn " %" reg "0, %" reg "2, %" reg "4\n\t" \
		     "mrs %1, nzcv"					\
		     : "=&r"(r), "=&r"(f) : "r"(a), "r"(in), "r"(b) : "cc"); \
	*out = f;							\
	return r;							\
}
FLAGOP(adds64, "adds", "x")
FLAGOP(subs64, "subs", "x")
FLAGOP(adcs64, "adcs", "x")
FLAGOP(sbcs64, "sbcs", "x")
FLAGOP(adds32, "adds", "w")
FLAGOP(subs32, "subs", "w")
FLAGOP(adcs32, "adcs", "w")
FLAGOP(sbcs32, "sbcs", "w")
FLAGOP(adc64, "adc", "x")
FLAGOP(sbc32, "sbc", "w")

static void test_addsub(void)
{
	struct group g;
	group_start(&g, "adds/subs/adcs/sbcs");
	for (unsigned i = 0; i < NEDGE; i++)
		for (unsigned j = 0; j < NEDGE; j++)
			for (int c = 0; c < 2; c++) {
				uint64_t a = edge64[i], b = edge64[j], f, wf, r, w;
				uint64_t in = c ? 0x20000000 : 0xd0000000;
#define T(fn, wantexpr, bits, cin) \
	r = fn(a, b, in, &f); w = awc(a, wantexpr, cin, bits, &wf); \
	CHECK(&g, r, w, #fn " %#lx,%#lx C=%d", (unsigned long)a, (unsigned long)b, c); \
	CHECK(&g, f, wf, #fn " flags %#lx,%#lx C=%d", (unsigned long)a, (unsigned long)b, c);
				T(adds64, b, 64, 0)
				T(subs64, ~b, 64, 1)
				T(adcs64, b, 64, c)
				T(sbcs64, ~b, 64, c)
				T(adds32, b, 32, 0)
				T(subs32, ~b, 32, 1)
				T(adcs32, b, 32, c)
				T(sbcs32, ~b, 32, c)
#undef T
				/* Non-flag-setting forms leave NZCV alone. */
				r = adc64(a, b, in, &f);
				CHECK(&g, r, a + b + c, "adc %#lx,%#lx", (unsigned long)a, (unsigned long)b);
				CHECK(&g, f, in, "adc keeps flags");
				r = sbc32(a, b, in, &f);
				CHECK(&g, r, (uint32_t)(a - b - !c), "sbc32");
				CHECK(&g, f, in, "sbc keeps flags");
			}
	group_end(&g);
}

/* Immediate forms, including the LSL #12 shift and CMN/CMP/TST aliases. */
static void test_imm(void)
{
	struct group g;
	uint64_t r, f, wf, w;
	group_start(&g, "imm forms");
	for (unsigned i = 0; i < NEDGE; i++) {
		uint64_t a = edge64[i];
		asm volatile("adds %0, %2, #4095\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(a) : "cc");
		w = awc(a, 4095, 0, 64, &wf);
		CHECK(&g, r, w, "adds #4095 %#lx", (unsigned long)a);
		CHECK(&g, f, wf, "adds #4095 flags %#lx", (unsigned long)a);
		asm volatile("subs %w0, %w2, #1, lsl #12\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(a) : "cc");
		w = awc(a, ~0x1000ull, 1, 32, &wf);
		CHECK(&g, r, w, "subs w #1,lsl12 %#lx", (unsigned long)a);
		CHECK(&g, f, wf, "subs w flags %#lx", (unsigned long)a);
		asm volatile("cmn %1, #1\n\tmrs %0, nzcv" : "=r"(f) : "r"(a) : "cc");
		awc(a, 1, 0, 64, &wf);
		CHECK(&g, f, wf, "cmn #1 %#lx", (unsigned long)a);
		asm volatile("cmp %w1, #0\n\tmrs %0, nzcv" : "=r"(f) : "r"(a) : "cc");
		awc(a, ~0ull, 1, 32, &wf);
		CHECK(&g, f, wf, "cmp w #0 %#lx", (unsigned long)a);
		asm volatile("tst %1, #0x8000000000000001\n\tmrs %0, nzcv" : "=r"(f) : "r"(a) : "cc");
		w = a & 0x8000000000000001ull;
		CHECK(&g, f, (w >> 63) << 31 | (uint64_t)(w == 0) << 30, "tst %#lx", (unsigned long)a);
		asm volatile("ands %w0, %w2, #0xff00ff00\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(a) : "cc");
		w = a & 0xff00ff00;
		CHECK(&g, r, w, "ands w");
		CHECK(&g, f, ((w >> 31) & 1) << 31 | (uint64_t)(w == 0) << 30, "ands w flags %#lx", (unsigned long)a);
		/* add/sub with SP as operand: sp-relative arithmetic. */
		asm volatile("mov %0, sp\n\tsub %0, %0, %1\n\tmov x9, sp\n\tsub %0, x9, %0" : "=&r"(r) : "r"(a & 0xfff) : "x9");
		CHECK(&g, r, a & 0xfff, "sp arithmetic");
	}
	group_end(&g);
}

/* Shifted and extended register forms. */
static void test_shift_ext(void)
{
	struct group g;
	uint64_t r, f, wf, w;
	group_start(&g, "shifted/extended");
	for (unsigned i = 0; i < NEDGE; i++)
		for (unsigned j = 0; j < NEDGE; j++) {
			uint64_t a = edge64[i], b = edge64[j];
			asm("add %0, %1, %2, lsl #7" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, a + (b << 7), "add lsl7");
			asm("sub %0, %1, %2, lsr #63" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, a - (b >> 63), "sub lsr63");
			asm("add %w0, %w1, %w2, asr #31" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, (uint32_t)(a + (uint32_t)((int32_t)b >> 31)), "add w asr31");
			asm("adds %0, %2, %3, asr #3\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc");
			w = awc(a, (uint64_t)((int64_t)b >> 3), 0, 64, &wf);
			CHECK(&g, r, w, "adds asr3"); CHECK(&g, f, wf, "adds asr3 flags");
			asm("subs %w0, %w2, %w3, lsl #31\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc");
			w = awc(a, ~(b << 31), 1, 32, &wf);
			CHECK(&g, r, w, "subs w lsl31"); CHECK(&g, f, wf, "subs w lsl31 flags");
			asm("add %0, %1, %w2, sxtb #2" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, a + ((uint64_t)(int64_t)(int8_t)b << 2), "add sxtb2");
			asm("add %0, %1, %w2, uxth #1" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, a + ((uint64_t)(uint16_t)b << 1), "add uxth1");
			asm("sub %0, %1, %w2, sxtw #4" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, a - ((uint64_t)(int64_t)(int32_t)b << 4), "sub sxtw4");
			asm("add %0, %1, %w2, uxtw" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, a + (uint32_t)b, "add uxtw");
			asm("sub %0, %1, %2, sxtx #3" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, a - (b << 3), "sub sxtx3");
			asm("add %w0, %w1, %w2, sxth" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, (uint32_t)(a + (uint64_t)(int64_t)(int16_t)b), "add w sxth");
			asm("adds %0, %2, %w3, uxtb #4\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(a), "r"(b) : "cc");
			w = awc(a, (uint64_t)(uint8_t)b << 4, 0, 64, &wf);
			CHECK(&g, r, w, "adds uxtb4"); CHECK(&g, f, wf, "adds uxtb4 flags");
			asm("cmp %1, %w2, sxtw\n\tmrs %0, nzcv" : "=r"(f) : "r"(a), "r"(b) : "cc");
			awc(a, ~(uint64_t)(int64_t)(int32_t)b, 1, 64, &wf);
			CHECK(&g, f, wf, "cmp sxtw flags");
			asm("neg %0, %1, lsl #1" : "=r"(r) : "r"(b));
			CHECK(&g, r, -(b << 1), "neg lsl1");
			asm("negs %w0, %w2\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(b) : "cc");
			w = awc(0, ~b, 1, 32, &wf);
			CHECK(&g, r, w, "negs w"); CHECK(&g, f, wf, "negs w flags");
			asm volatile("msr nzcv, %3\n\tngcs %0, %2\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(b), "r"((a & 1) << 29) : "cc");
			w = awc(0, ~b, a & 1, 64, &wf);
			CHECK(&g, r, w, "ngcs"); CHECK(&g, f, wf, "ngcs flags");
		}
	group_end(&g);
}

/* Evaluate every condition for every NZCV via CSINC (CSET's base form,
 * which also accepts AL and NV), B.cond-free. */
#define CSET_ONE(n, cc) \
	asm volatile("msr nzcv, %1\n\tcsinc %w0, wzr, wzr, " #cc : "=r"(r) : "r"(nzcv) : "cc"); \
	CHECK(&g, r, !cond_holds(n, nzcv), "csinc wzr " #cc " nzcv=%#lx", (unsigned long)nzcv);
#define CSEL_ONE(n, cc) \
	asm volatile("msr nzcv, %3\n\tcsel %0, %1, %2, " #cc : "=r"(r) : "r"(a), "r"(b), "r"(nzcv) : "cc"); \
	CHECK(&g, r, cond_holds(n, nzcv) ? a : b, "csel " #cc); \
	asm volatile("msr nzcv, %3\n\tcsinc %w0, %w1, %w2, " #cc : "=r"(r) : "r"(a), "r"(b), "r"(nzcv) : "cc"); \
	CHECK(&g, r, (uint32_t)(cond_holds(n, nzcv) ? a : b + 1), "csinc w " #cc); \
	asm volatile("msr nzcv, %3\n\tcsinv %0, %1, %2, " #cc : "=r"(r) : "r"(a), "r"(b), "r"(nzcv) : "cc"); \
	CHECK(&g, r, cond_holds(n, nzcv) ? a : ~b, "csinv " #cc); \
	asm volatile("msr nzcv, %3\n\tcsneg %0, %1, %2, " #cc : "=r"(r) : "r"(a), "r"(b), "r"(nzcv) : "cc"); \
	CHECK(&g, r, cond_holds(n, nzcv) ? a : -b, "csneg " #cc);
#define CCMP_ONE(n, cc) \
	asm volatile("msr nzcv, %3\n\tccmp %1, %2, #5, " #cc "\n\tmrs %0, nzcv" : "=r"(r) : "r"(a), "r"(b), "r"(nzcv) : "cc"); \
	if (cond_holds(n, nzcv)) awc(a, ~b, 1, 64, &wf); else wf = 5ull << 28; \
	CHECK(&g, r, wf, "ccmp " #cc " %#lx,%#lx nzcv=%#lx", (unsigned long)a, (unsigned long)b, (unsigned long)nzcv); \
	asm volatile("msr nzcv, %3\n\tccmn %w1, %w2, #10, " #cc "\n\tmrs %0, nzcv" : "=r"(r) : "r"(a), "r"(b), "r"(nzcv) : "cc"); \
	if (cond_holds(n, nzcv)) awc(a, b, 0, 32, &wf); else wf = 10ull << 28; \
	CHECK(&g, r, wf, "ccmn w " #cc); \
	asm volatile("msr nzcv, %2\n\tccmp %w1, #31, #15, " #cc "\n\tmrs %0, nzcv" : "=r"(r) : "r"(a), "r"(nzcv) : "cc"); \
	if (cond_holds(n, nzcv)) awc(a, ~31ull, 1, 32, &wf); else wf = 15ull << 28; \
	CHECK(&g, r, wf, "ccmp w imm " #cc); \
	asm volatile("msr nzcv, %2\n\tccmn %1, #17, #0, " #cc "\n\tmrs %0, nzcv" : "=r"(r) : "r"(a), "r"(nzcv) : "cc"); \
	if (cond_holds(n, nzcv)) awc(a, 17, 0, 64, &wf); else wf = 0; \
	CHECK(&g, r, wf, "ccmn imm " #cc);

static void test_conditions(void)
{
	struct group g;
	uint64_t r, wf;
	group_start(&g, "conditions x nzcv");
	for (uint64_t nzcv = 0; nzcv < 16ull << 28; nzcv += 1ull << 28) {
		FOR_EACH_COND(CSET_ONE)
	}
	group_end(&g);
	group_start(&g, "csel/csinc/csinv/csneg");
	for (uint64_t nzcv = 0; nzcv < 16ull << 28; nzcv += 1ull << 28)
		for (unsigned i = 0; i < NEDGE; i += 3) {
			uint64_t a = edge64[i], b = edge64[NEDGE - 1 - i];
			FOR_EACH_COND(CSEL_ONE)
		}
	group_end(&g);
	group_start(&g, "ccmp/ccmn");
	for (uint64_t nzcv = 0; nzcv < 16ull << 28; nzcv += 1ull << 28)
		for (unsigned i = 0; i < NEDGE; i += 2)
			for (unsigned j = 0; j < NEDGE; j += 5) {
				uint64_t a = edge64[i], b = edge64[j];
				FOR_EACH_COND(CCMP_ONE)
			}
	group_end(&g);
	(void)wf;
}

int main(void)
{
	test_addsub();
	test_imm();
	test_shift_ext();
	test_conditions();
	return finish();
}
