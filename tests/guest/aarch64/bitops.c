/*
 * bitops.c - CLZ/CLS/RBIT/REV/REV16/REV32 (32 and 64 bit) against C
 * models, over boundary values and every single-bit and low-mask value.
 */
// test-expect: file
#include "guest_test.h"

static uint64_t clz(uint64_t x, int bits) { int n = 0; for (int i = bits - 1; i >= 0 && !((x >> i) & 1); i--) n++; return n; }
static uint64_t cls(uint64_t x, int bits)
{
	int top = (x >> (bits - 1)) & 1, n = 0;
	for (int i = bits - 2; i >= 0 && (int)((x >> i) & 1) == top; i--) n++;
	return n;
}
static uint64_t rbit(uint64_t x, int bits) { uint64_t r = 0; for (int i = 0; i < bits; i++) if ((x >> i) & 1) r |= 1ull << (bits - 1 - i); return r; }
/* Reverse bytes within each `chunk`-byte container of a `bits`-wide value. */
static uint64_t revn(uint64_t x, int bits, int chunk)
{
	uint64_t r = 0;
	for (int c = 0; c < bits / 8; c += chunk)
		for (int k = 0; k < chunk; k++)
			r |= ((x >> ((c + k) * 8)) & 0xff) << ((c + chunk - 1 - k) * 8);
	return r;
}

static void one(struct group *g, uint64_t a)
{
	uint64_t r, a32 = (uint32_t)a;
	asm("clz %0, %1" : "=r"(r) : "r"(a)); CHECK(g, r, clz(a, 64), "clz %#lx", (unsigned long)a);
	asm("clz %w0, %w1" : "=r"(r) : "r"(a)); CHECK(g, r, clz(a32, 32), "clz w %#lx", (unsigned long)a);
	asm("cls %0, %1" : "=r"(r) : "r"(a)); CHECK(g, r, cls(a, 64), "cls %#lx", (unsigned long)a);
	asm("cls %w0, %w1" : "=r"(r) : "r"(a)); CHECK(g, r, cls(a32, 32), "cls w %#lx", (unsigned long)a);
	asm("rbit %0, %1" : "=r"(r) : "r"(a)); CHECK(g, r, rbit(a, 64), "rbit");
	asm("rbit %w0, %w1" : "=r"(r) : "r"(a)); CHECK(g, r, rbit(a32, 32), "rbit w");
	asm("rev %0, %1" : "=r"(r) : "r"(a)); CHECK(g, r, revn(a, 64, 8), "rev");
	asm("rev %w0, %w1" : "=r"(r) : "r"(a)); CHECK(g, r, revn(a32, 32, 4), "rev w");
	asm("rev16 %0, %1" : "=r"(r) : "r"(a)); CHECK(g, r, revn(a, 64, 2), "rev16");
	asm("rev16 %w0, %w1" : "=r"(r) : "r"(a)); CHECK(g, r, revn(a32, 32, 2), "rev16 w");
	asm("rev32 %0, %1" : "=r"(r) : "r"(a)); CHECK(g, r, revn(a, 64, 4), "rev32");
}

int main(void)
{
	struct group g;
	group_start(&g, "clz/cls/rbit/rev");
	for (unsigned i = 0; i < NEDGE; i++)
		one(&g, edge64[i]);
	for (int b = 0; b < 64; b++) {
		one(&g, 1ull << b);
		one(&g, (1ull << b) - 1);
		one(&g, ~(1ull << b));
		one(&g, ~0ull << b);
	}
	group_end(&g);
	uint64_t r;
	asm("clz %0, %1" : "=r"(r) : "r"(0ull));
	printf("clz(0)=%lu\n", (unsigned long)r);
	asm("cls %0, %1" : "=r"(r) : "r"(~0ull));
	printf("cls(-1)=%lu\n", (unsigned long)r);
	return finish();
}
