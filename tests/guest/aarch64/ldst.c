/*
 * ldst.c - loads and stores in every A64 addressing mode: unsigned
 * offset, unscaled (LDUR/STUR), pre- and post-index with writeback,
 * register offset (LSL, UXTW, SXTW, SXTX, scaled and not), PC-relative
 * literal, pairs (LDP/STP offset/pre/post, LDPSW, LDNP/STNP), all sizes
 * and sign extensions (LDRSB/LDRSH/LDRSW to W and X), unaligned access,
 * ADR/ADRP, and PRFM (a no-op that must not fault).
 */
// test-expect: file
#include "guest_test.h"
#include <string.h>

static uint8_t buf[512] __attribute__((aligned(16)));

static void fill(void)
{
	for (int i = 0; i < 512; i++)
		buf[i] = (uint8_t)(i * 37 + 0x81);
}
static uint64_t le(const uint8_t *p, int n) { uint64_t v = 0; for (int i = n - 1; i >= 0; i--) v = v << 8 | p[i]; return v; }

static void test_loads(struct group *g)
{
	uint64_t r, base, wb;
	uint8_t *p = buf + 64;
	for (int off = -64; off <= 64; off += 8) {
		uint8_t *q = p + off;
		asm("ldr %0, [%1]" : "=r"(r) : "r"(q)); CHECK(g, r, le(q, 8), "ldr x off=%d", off);
		asm("ldr %w0, [%1, #4]" : "=r"(r) : "r"(q)); CHECK(g, r, le(q + 4, 4), "ldr w #4");
		asm("ldrh %w0, [%1, #6]" : "=r"(r) : "r"(q)); CHECK(g, r, le(q + 6, 2), "ldrh #6");
		asm("ldrb %w0, [%1, #4095]" : "=r"(r) : "r"(q + 3 - 4095)); CHECK(g, r, q[3], "ldrb #4095");
		asm("ldrsb %0, [%1, #3]" : "=r"(r) : "r"(q)); CHECK(g, r, (int64_t)(int8_t)q[3], "ldrsb x");
		asm("ldrsb %w0, [%1, #3]" : "=r"(r) : "r"(q)); CHECK(g, r, (uint32_t)(int32_t)(int8_t)q[3], "ldrsb w");
		asm("ldrsh %0, [%1, #2]" : "=r"(r) : "r"(q)); CHECK(g, r, (int64_t)(int16_t)le(q + 2, 2), "ldrsh x");
		asm("ldrsh %w0, [%1, #2]" : "=r"(r) : "r"(q)); CHECK(g, r, (uint32_t)(int32_t)(int16_t)le(q + 2, 2), "ldrsh w");
		asm("ldrsw %0, [%1, #4]" : "=r"(r) : "r"(q)); CHECK(g, r, (int64_t)(int32_t)le(q + 4, 4), "ldrsw");
		asm("ldur %0, [%1, #-3]" : "=r"(r) : "r"(q)); CHECK(g, r, le(q - 3, 8), "ldur #-3 (unaligned)");
		asm("ldur %w0, [%1, #255]" : "=r"(r) : "r"(q)); CHECK(g, r, le(q + 255, 4), "ldur w #255");
		asm("ldursh %0, [%1, #-256]" : "=r"(r) : "r"(q + 256)); CHECK(g, r, (int64_t)(int16_t)le(q, 2), "ldursh #-256");
		asm("ldr %0, [%1, #1]!" : "=r"(r), "=r"(base) : "1"(q)); CHECK(g, r, le(q + 1, 8), "ldr pre"); CHECK(g, base, (uint64_t)(q + 1), "pre wb");
		asm("ldr %w0, [%1], #-12" : "=r"(r), "=r"(base) : "1"(q)); CHECK(g, r, le(q, 4), "ldr post"); CHECK(g, base, (uint64_t)(q - 12), "post wb");
		asm("ldrb %w0, [%1, #-1]!" : "=r"(r), "=r"(base) : "1"(q)); CHECK(g, r, q[-1], "ldrb pre");
		asm("ldrsh %0, [%1], #2" : "=r"(r), "=r"(base) : "1"(q)); CHECK(g, r, (int64_t)(int16_t)le(q, 2), "ldrsh post");
		for (int64_t idx = -3; idx <= 3; idx++) {
			asm("ldr %0, [%1, %2, lsl #3]" : "=r"(r) : "r"(q), "r"(idx)); CHECK(g, r, le(q + idx * 8, 8), "ldr reg lsl3 %ld", (long)idx);
			asm("ldr %0, [%1, %2]" : "=r"(r) : "r"(q), "r"(idx)); CHECK(g, r, le(q + idx, 8), "ldr reg");
			asm("ldr %w0, [%1, %w2, sxtw #2]" : "=r"(r) : "r"(q), "r"(idx)); CHECK(g, r, le(q + idx * 4, 4), "ldr w sxtw2");
			asm("ldrh %w0, [%1, %w2, sxtw]" : "=r"(r) : "r"(q), "r"(idx)); CHECK(g, r, le(q + idx, 2), "ldrh sxtw");
			asm("ldrsb %0, [%1, %2, sxtx]" : "=r"(r) : "r"(q), "r"(idx)); CHECK(g, r, (int64_t)(int8_t)q[idx], "ldrsb sxtx");
			asm("ldrsw %0, [%1, %2, lsl #2]" : "=r"(r) : "r"(q), "r"(idx)); CHECK(g, r, (int64_t)(int32_t)le(q + idx * 4, 4), "ldrsw lsl2");
			/* UXTW: the 32-bit index is zero-extended, so use the upper bits to prove it. */
			uint64_t u = (uint64_t)(idx + 3) | 0xabcd000000000000ull;
			asm("ldr %0, [%1, %w2, uxtw #3]" : "=r"(r) : "r"(q), "r"(u)); CHECK(g, r, le(q + (idx + 3) * 8, 8), "ldr uxtw3");
			asm("ldrh %w0, [%1, %w2, uxtw #1]" : "=r"(r) : "r"(q), "r"(u)); CHECK(g, r, le(q + (idx + 3) * 2, 2), "ldrh uxtw1");
		}
	}
	(void)wb;
}

static void test_stores(struct group *g)
{
	uint64_t base;
	for (int off = 0; off < 64; off += 3) {
		uint8_t *q = buf + 128 + off;
		uint64_t v = 0x0102030405060708ull * (off + 1);
		fill();
		asm volatile("str %1, [%0]" :: "r"(q), "r"(v) : "memory"); CHECK(g, le(q, 8), v, "str x");
		asm volatile("str %w1, [%0, #8]" :: "r"(q), "r"(v) : "memory"); CHECK(g, le(q + 8, 4), (uint32_t)v, "str w");
		asm volatile("strh %w1, [%0, #12]" :: "r"(q), "r"(v) : "memory"); CHECK(g, le(q + 12, 2), (uint16_t)v, "strh");
		asm volatile("strb %w1, [%0, #14]" :: "r"(q), "r"(v) : "memory"); CHECK(g, q[14], (uint8_t)v, "strb"); CHECK(g, q[15], (uint8_t)((128 + off + 15) * 37 + 0x81), "strb neighbour");
		asm volatile("stur %1, [%0, #-7]" :: "r"(q), "r"(v) : "memory"); CHECK(g, le(q - 7, 8), v, "stur");
		asm volatile("str %2, [%0, #16]!" : "=r"(base) : "0"(q), "r"(v) : "memory"); CHECK(g, base, (uint64_t)(q + 16), "str pre wb"); CHECK(g, le(q + 16, 8), v, "str pre");
		asm volatile("strh %w2, [%0], #-2" : "=r"(base) : "0"(q), "r"(v) : "memory"); CHECK(g, base, (uint64_t)(q - 2), "strh post wb"); CHECK(g, le(q, 2), (uint16_t)v, "strh post");
		asm volatile("str %1, [%0, %2, lsl #3]" :: "r"(q), "r"(v), "r"(-2l) : "memory"); CHECK(g, le(q - 16, 8), v, "str reg lsl3");
		asm volatile("strb %w1, [%0, %w2, sxtw]" :: "r"(q), "r"(v), "r"(-5l) : "memory"); CHECK(g, q[-5], (uint8_t)v, "strb sxtw");
		asm volatile("str %w1, [%0, %w2, uxtw #2]" :: "r"(q), "r"(v), "r"(0xffff000000000005ull) : "memory"); CHECK(g, le(q + 20, 4), (uint32_t)v, "str w uxtw2");
		asm volatile("str xzr, [%0, #24]" :: "r"(q) : "memory"); CHECK(g, le(q + 24, 8), 0, "str xzr");
	}
}

static void test_pairs(struct group *g)
{
	uint64_t a, b, base;
	fill();
	for (int off = -32; off <= 32; off += 8) {
		uint8_t *q = buf + 256 + off;
		asm("ldp %0, %1, [%2, #16]" : "=&r"(a), "=r"(b) : "r"(q)); CHECK(g, a, le(q + 16, 8), "ldp x"); CHECK(g, b, le(q + 24, 8), "ldp x 2nd");
		asm("ldp %w0, %w1, [%2, #-8]" : "=&r"(a), "=r"(b) : "r"(q)); CHECK(g, a, le(q - 8, 4), "ldp w"); CHECK(g, b, le(q - 4, 4), "ldp w 2nd");
		asm("ldpsw %0, %1, [%2, #4]" : "=&r"(a), "=r"(b) : "r"(q)); CHECK(g, a, (int64_t)(int32_t)le(q + 4, 4), "ldpsw"); CHECK(g, b, (int64_t)(int32_t)le(q + 8, 4), "ldpsw 2nd");
		asm("ldp %0, %1, [%2, #-16]!" : "=&r"(a), "=&r"(b), "=r"(base) : "2"(q)); CHECK(g, a, le(q - 16, 8), "ldp pre"); CHECK(g, b, le(q - 8, 8), "ldp pre 2nd"); CHECK(g, base, (uint64_t)(q - 16), "ldp pre wb");
		asm("ldp %w0, %w1, [%2], #24" : "=&r"(a), "=&r"(b), "=r"(base) : "2"(q)); CHECK(g, a, le(q, 4), "ldp post"); CHECK(g, base, (uint64_t)(q + 24), "ldp post wb");
		asm("ldpsw %0, %1, [%2], #-8" : "=&r"(a), "=&r"(b), "=r"(base) : "2"(q)); CHECK(g, b, (int64_t)(int32_t)le(q + 4, 4), "ldpsw post"); CHECK(g, base, (uint64_t)(q - 8), "ldpsw post wb");
		asm("ldnp %0, %1, [%2, #32]" : "=&r"(a), "=r"(b) : "r"(q)); CHECK(g, a ^ b, le(q + 32, 8) ^ le(q + 40, 8), "ldnp");
	}
	for (int off = -32; off <= 32; off += 8) {
		uint8_t *q = buf + 256 + off;
		uint64_t v = 0x1111111111111111ull * (uint64_t)(off + 40), w = ~v;
		asm volatile("stp %1, %2, [%0, #-32]" :: "r"(q), "r"(v), "r"(w) : "memory"); CHECK(g, le(q - 32, 8), v, "stp"); CHECK(g, le(q - 24, 8), w, "stp 2nd");
		asm volatile("stp %w2, %w3, [%0, #8]!" : "=r"(base) : "0"(q), "r"(v), "r"(w) : "memory"); CHECK(g, base, (uint64_t)(q + 8), "stp pre wb"); CHECK(g, le(q + 8, 8), (uint32_t)v | (uint64_t)(uint32_t)w << 32, "stp w pre");
		asm volatile("stp %2, %3, [%0], #-16" : "=r"(base) : "0"(q), "r"(w), "r"(v) : "memory"); CHECK(g, base, (uint64_t)(q - 16), "stp post wb"); CHECK(g, le(q, 8), w, "stp post");
		asm volatile("stnp %1, %2, [%0, #16]" :: "r"(q), "r"(v), "r"(v) : "memory"); CHECK(g, le(q + 24, 8), v, "stnp");
		asm volatile("stp xzr, xzr, [%0]" :: "r"(q) : "memory"); CHECK(g, le(q, 8) | le(q + 8, 8), 0, "stp xzr");
	}
}

static const uint64_t lit_target = 0x0badc0ffee0ddf00ull;

static void test_misc(struct group *g)
{
	uint64_t r, a;
	asm("ldr %0, 1f\n\tb 2f\n\t.balign 8\n1:\t.quad 0x1122334455667788\n2:" : "=r"(r));
	CHECK(g, r, 0x1122334455667788ull, "ldr literal x");
	asm("ldr %w0, 1f\n\tb 2f\n1:\t.word 0x99aabbcc\n2:" : "=r"(r));
	CHECK(g, r, 0x99aabbccull, "ldr literal w");
	asm("ldrsw %0, 1f\n\tb 2f\n1:\t.word 0x89aabbcc\n2:" : "=r"(r));
	CHECK(g, r, 0xffffffff89aabbccull, "ldrsw literal");
	asm("prfm pldl1keep, 1f\n\tprfm pstl2strm, [%0]\n\tprfm plil3keep, [%0, #8]\n1:" :: "r"(buf));
	asm("adrp %0, lit_target\n\tadd %0, %0, :lo12:lit_target" : "=r"(a));
	CHECK(g, a, (uint64_t)&lit_target, "adrp+add");
	asm("adrp %0, lit_target\n\tldr %0, [%0, :lo12:lit_target]" : "=r"(r));
	CHECK(g, r, lit_target, "adrp+ldr");
	asm("adr %0, 1f\n1:\tadr %1, 1b" : "=r"(a), "=r"(r));
	CHECK(g, a, r, "adr");
	/* SP-based addressing. */
	asm volatile("sub sp, sp, #32\n\tstr %1, [sp, #8]\n\tldr %0, [sp, #8]\n\tadd sp, sp, #32" : "=r"(r) : "r"(lit_target) : "memory");
	CHECK(g, r, lit_target, "sp-relative");
	asm volatile("stp %1, %1, [sp, #-16]!\n\tldp %0, xzr, [sp], #16" : "=r"(r) : "r"(lit_target ^ 1) : "memory");
	CHECK(g, r, lit_target ^ 1, "sp push/pop");
}

int main(void)
{
	struct group g;
	fill();
	group_start(&g, "loads");
	test_loads(&g);
	group_end(&g);
	group_start(&g, "stores");
	test_stores(&g);
	group_end(&g);
	group_start(&g, "pairs");
	test_pairs(&g);
	group_end(&g);
	group_start(&g, "literal/adr/prfm/sp");
	test_misc(&g);
	group_end(&g);
	return finish();
}
