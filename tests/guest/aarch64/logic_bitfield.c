/*
 * logic_bitfield.c - logical immediates (AND/ORR/EOR/ANDS with many
 * bitmask patterns, 32 and 64 bit), logical shifted register forms
 * (BIC/ORN/EON/BICS, ROR shifts), MOVZ/MOVN/MOVK, bitfield moves
 * (UBFM/SBFM/BFM and their aliases), EXTR, and variable/immediate
 * shifts and rotates, against C models.
 */
// test-expect: file
#include "guest_test.h"

static uint64_t ror64(uint64_t x, unsigned n) { n &= 63; return n ? x >> n | x << (64 - n) : x; }
static uint32_t ror32(uint32_t x, unsigned n) { n &= 31; return n ? x >> n | x << (32 - n) : x; }
static uint64_t sext(uint64_t x, unsigned bits) { return bits >= 64 ? x : (uint64_t)((int64_t)(x << (64 - bits)) >> (64 - bits)); }
static uint64_t mask(unsigned bits) { return bits >= 64 ? ~0ull : (1ull << bits) - 1; }

#define LOGIMM(op, cop, imm)						\
	asm(op " %0, %1, #" #imm : "=r"(r) : "r"(a));			\
	CHECK(&g, r, a cop (uint64_t)imm##ull, op " #" #imm " %#lx", (unsigned long)a);
#define LOGIMM32(op, cop, imm)						\
	asm(op " %w0, %w1, #" #imm : "=r"(r) : "r"(a));			\
	CHECK(&g, r, (uint32_t)(a cop imm##u), op " w #" #imm " %#lx", (unsigned long)a);

static void test_logimm(void)
{
	struct group g;
	uint64_t r, f;
	group_start(&g, "logical immediate");
	for (unsigned i = 0; i < NEDGE; i++) {
		uint64_t a = edge64[i];
		LOGIMM("and", &, 0x1)
		LOGIMM("and", &, 0xfffffffffffffffe)
		LOGIMM("and", &, 0x5555555555555555)
		LOGIMM("orr", |, 0x3333333333333333)
		LOGIMM("eor", ^, 0x0f0f0f0f0f0f0f0f)
		LOGIMM("orr", |, 0x00ff00ff00ff00ff)
		LOGIMM("eor", ^, 0x0000ffff0000ffff)
		LOGIMM("and", &, 0x00000000ffffffff)
		LOGIMM("orr", |, 0x8000000000000000)
		LOGIMM("eor", ^, 0x7ffffffffffffffe)
		LOGIMM("and", &, 0xfff0000000000fff)
		LOGIMM("orr", |, 0x1e1e1e1e1e1e1e1e)
		LOGIMM32("and", &, 0x1)
		LOGIMM32("orr", |, 0x80000001)
		LOGIMM32("eor", ^, 0xaaaaaaaa)
		LOGIMM32("and", &, 0x7fffffff)
		LOGIMM32("eor", ^, 0xfffffffe)
		LOGIMM32("orr", |, 0x00ffff00)
		LOGIMM32("and", &, 0x0c0c0c0c)
		asm("ands %0, %2, #0xffff0000ffff0000\n\tmrs %1, nzcv" : "=r"(r), "=r"(f) : "r"(a) : "cc");
		CHECK(&g, r, a & 0xffff0000ffff0000ull, "ands");
		CHECK(&g, f, (r >> 63) << 31 | (uint64_t)(r == 0) << 30, "ands flags %#lx", (unsigned long)a);
		asm("mov %0, #0x00ff00ff00ff00ff\n\tmov %0, #0xffffffffffff1234" : "=r"(r));
		CHECK(&g, r, 0xffffffffffff1234ull, "mov movn");
		asm("movz %0, #0xbeef, lsl #48\n\tmovk %0, #0x1234, lsl #16\n\tmovk %0, #0xdead" : "=r"(r));
		CHECK(&g, r, 0xbeef000012340000ull | 0xdead, "movz/movk");
		asm("movn %w0, #0x1, lsl #16" : "=r"(r));
		CHECK(&g, r, 0xfffeffffu, "movn w");
		asm("mov %0, %1\n\tmovk %w0, #0x5a5a, lsl #16" : "=&r"(r) : "r"(a));
		CHECK(&g, r, (uint32_t)((a & 0xffff) | 0x5a5a0000u), "movk w zeroes top");
	}
	group_end(&g);
}

static void test_logreg(void)
{
	struct group g;
	uint64_t r, f;
	group_start(&g, "logical register");
	for (unsigned i = 0; i < NEDGE; i++)
		for (unsigned j = 0; j < NEDGE; j++) {
			uint64_t a = edge64[i], b = edge64[j];
			asm("and %0, %1, %2, lsl #5" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, a & (b << 5), "and lsl");
			asm("orr %0, %1, %2, ror #17" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, a | ror64(b, 17), "orr ror");
			asm("eor %w0, %w1, %w2, asr #9" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, (uint32_t)(a ^ (uint32_t)((int32_t)b >> 9)), "eor w asr");
			asm("bic %0, %1, %2, lsr #1" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, a & ~(b >> 1), "bic lsr");
			asm("orn %w0, %w1, %w2, ror #31" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, (uint32_t)(a | ~ror32(b, 31)), "orn w ror");
			asm("eon %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, a ^ ~b, "eon");
			asm("mvn %0, %1, asr #63" : "=r"(r) : "r"(b));
			CHECK(&g, r, ~(uint64_t)((int64_t)b >> 63), "mvn asr");
			asm volatile("msr nzcv, %3\n\tbics %w0, %w2, %w4, lsl #3\n\tmrs %1, nzcv" : "=&r"(r), "=&r"(f) : "r"(a), "r"(0x30000000ull), "r"(b) : "cc");
			uint64_t w = (uint32_t)(a & ~(b << 3));
			CHECK(&g, r, w, "bics w");
			CHECK(&g, f, ((w >> 31) & 1) << 31 | (uint64_t)(w == 0) << 30, "bics w flags (C,V cleared)");
			asm volatile("tst %1, %2, ror #40\n\tmrs %0, nzcv" : "=r"(f) : "r"(a), "r"(b) : "cc");
			w = a & ror64(b, 40);
			CHECK(&g, f, (w >> 63) << 31 | (uint64_t)(w == 0) << 30, "tst ror");
		}
	group_end(&g);
}

static void test_shifts(void)
{
	struct group g;
	uint64_t r;
	group_start(&g, "shifts/rotates");
	for (unsigned i = 0; i < NEDGE; i++)
		for (uint64_t s = 0; s < 130; s += (s < 70 ? 1 : 29)) {
			uint64_t a = edge64[i];
			uint64_t sh = s | (a & 0xff00);	/* high bits of the amount are ignored */
			asm("lsl %0, %1, %2" : "=r"(r) : "r"(a), "r"(sh));
			CHECK(&g, r, a << (s & 63), "lslv %#lx,%lu", (unsigned long)a, (unsigned long)s);
			asm("lsr %0, %1, %2" : "=r"(r) : "r"(a), "r"(sh));
			CHECK(&g, r, a >> (s & 63), "lsrv");
			asm("asr %0, %1, %2" : "=r"(r) : "r"(a), "r"(sh));
			CHECK(&g, r, (uint64_t)((int64_t)a >> (s & 63)), "asrv");
			asm("ror %0, %1, %2" : "=r"(r) : "r"(a), "r"(sh));
			CHECK(&g, r, ror64(a, s), "rorv");
			asm("lsl %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(sh));
			CHECK(&g, r, (uint32_t)(a << (s & 31)), "lslv w");
			asm("lsr %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(sh));
			CHECK(&g, r, (uint32_t)a >> (s & 31), "lsrv w");
			asm("asr %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(sh));
			CHECK(&g, r, (uint32_t)((int32_t)a >> (s & 31)), "asrv w");
			asm("ror %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(sh));
			CHECK(&g, r, ror32(a, s), "rorv w");
		}
	for (unsigned i = 0; i < NEDGE; i++) {
		uint64_t a = edge64[i];
#define SHI(op, n, want) asm(op " %0, %1, #" #n : "=r"(r) : "r"(a)); CHECK(&g, r, want, op " #" #n);
#define SHIW(op, n, want) asm(op " %w0, %w1, #" #n : "=r"(r) : "r"(a)); CHECK(&g, r, (uint32_t)(want), op " w #" #n);
		SHI("lsl", 1, a << 1) SHI("lsl", 63, a << 63) SHI("lsr", 1, a >> 1) SHI("lsr", 63, a >> 63)
		SHI("asr", 1, (int64_t)a >> 1) SHI("asr", 63, (int64_t)a >> 63) SHI("ror", 1, ror64(a, 1)) SHI("ror", 63, ror64(a, 63))
		SHIW("lsl", 1, a << 1) SHIW("lsl", 31, a << 31) SHIW("lsr", 31, (uint32_t)a >> 31) SHIW("asr", 31, (int32_t)a >> 31)
		SHIW("asr", 7, (int32_t)a >> 7) SHIW("ror", 13, ror32(a, 13))
	}
	group_end(&g);
}

static void test_bitfield(void)
{
	struct group g;
	uint64_t r;
	group_start(&g, "bitfield/extract");
	for (unsigned i = 0; i < NEDGE; i++)
		for (unsigned j = 0; j < NEDGE; j += 4) {
			uint64_t a = edge64[i], d = edge64[j];
#define BF(insn, want) asm(insn : "=r"(r) : "r"(a), "0"(d)); CHECK(&g, r, want, "%s a=%#lx d=%#lx", insn, (unsigned long)a, (unsigned long)d);
			BF("ubfx %0, %1, #3, #7", (a >> 3) & 0x7f)
			BF("ubfx %0, %1, #0, #64", a)
			BF("ubfx %0, %1, #63, #1", a >> 63)
			BF("sbfx %0, %1, #4, #12", sext(a >> 4, 12))
			BF("sbfx %0, %1, #32, #32", sext(a >> 32, 32))
			BF("ubfiz %0, %1, #8, #16", (a & 0xffff) << 8)
			BF("sbfiz %0, %1, #60, #4", sext(a & 0xf, 4) << 60)
			BF("bfi %0, %1, #12, #20", (d & ~(mask(20) << 12)) | ((a & mask(20)) << 12))
			BF("bfxil %0, %1, #40, #24", (d & ~mask(24)) | ((a >> 40) & mask(24)))
			BF("bfi %0, xzr, #5, #10", d & ~(mask(10) << 5))
			BF("ubfx %w0, %w1, #5, #27", (uint32_t)a >> 5)
			BF("sbfx %w0, %w1, #1, #8", (uint32_t)sext((a >> 1) & 0xff, 8))
			BF("bfi %w0, %w1, #31, #1", (uint32_t)((d & 0x7fffffff) | (a << 31)))
			BF("bfxil %w0, %w1, #16, #16", (uint32_t)((d & 0xffff0000) | ((a >> 16) & 0xffff)))
			BF("sxtb %0, %w1", sext(a & 0xff, 8))
			BF("sxth %0, %w1", sext(a & 0xffff, 16))
			BF("sxtw %0, %w1", sext(a & 0xffffffff, 32))
			BF("sxtb %w0, %w1", (uint32_t)sext(a & 0xff, 8))
			BF("uxtb %w0, %w1", a & 0xff)
			BF("uxth %w0, %w1", a & 0xffff)
			BF("extr %0, %1, %0, #13", (d >> 13) | (a << 51))
			BF("extr %w0, %w1, %w0, #31", (uint32_t)(((d & 0xffffffff) >> 31) | (a << 1)))
			BF("extr %0, %1, %0, #0", d)
			BF("bfm %0, %1, #60, #3", (d & ~0xf0ull) | ((a & 0xf) << 4))
			BF("ubfm %w0, %w1, #28, #3", (uint32_t)(((a & 0xf) << 4) | 0) )
		}
	group_end(&g);
}

int main(void)
{
	test_logimm();
	test_logreg();
	test_shifts();
	test_bitfield();
	return finish();
}
