/*
 * muldiv.c - MADD/MSUB/MUL/MNEG, SMADDL/SMSUBL/UMADDL/UMSUBL/SMULL/UMULL,
 * SMULH/UMULH, SDIV/UDIV (32 and 64 bit) including division by zero
 * (result 0, no trap) and INT_MIN / -1 (result INT_MIN), against C models.
 */
// test-expect: file
#include "guest_test.h"

static uint64_t sdiv64(uint64_t a, uint64_t b)
{
	if (b == 0) return 0;
	if (a == 0x8000000000000000ull && b == ~0ull) return a;
	return (uint64_t)((int64_t)a / (int64_t)b);
}
static uint32_t sdiv32(uint32_t a, uint32_t b)
{
	if (b == 0) return 0;
	if (a == 0x80000000u && b == ~0u) return a;
	return (uint32_t)((int32_t)a / (int32_t)b);
}

int main(void)
{
	struct group g;
	uint64_t r;
	group_start(&g, "multiply");
	for (unsigned i = 0; i < NEDGE; i++)
		for (unsigned j = 0; j < NEDGE; j++) {
			uint64_t a = edge64[i], b = edge64[j], c = edge64[(i + j) % NEDGE];
			asm("madd %0, %1, %2, %3" : "=r"(r) : "r"(a), "r"(b), "r"(c));
			CHECK(&g, r, a * b + c, "madd %#lx*%#lx", (unsigned long)a, (unsigned long)b);
			asm("msub %0, %1, %2, %3" : "=r"(r) : "r"(a), "r"(b), "r"(c));
			CHECK(&g, r, c - a * b, "msub");
			asm("mul %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, (uint32_t)(a * b), "mul w");
			asm("mneg %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, (uint32_t)-(a * b), "mneg w");
			asm("madd %w0, %w1, %w2, %w3" : "=r"(r) : "r"(a), "r"(b), "r"(c));
			CHECK(&g, r, (uint32_t)(a * b + c), "madd w");
			asm("smull %0, %w1, %w2" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, (int64_t)(int32_t)a * (int64_t)(int32_t)b, "smull");
			asm("umull %0, %w1, %w2" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, (uint64_t)(uint32_t)a * (uint32_t)b, "umull");
			asm("smaddl %0, %w1, %w2, %3" : "=r"(r) : "r"(a), "r"(b), "r"(c));
			CHECK(&g, r, c + (uint64_t)((int64_t)(int32_t)a * (int32_t)b), "smaddl");
			asm("umsubl %0, %w1, %w2, %3" : "=r"(r) : "r"(a), "r"(b), "r"(c));
			CHECK(&g, r, c - (uint64_t)(uint32_t)a * (uint32_t)b, "umsubl");
			asm("smsubl %0, %w1, %w2, %3" : "=r"(r) : "r"(a), "r"(b), "r"(c));
			CHECK(&g, r, c - (uint64_t)((int64_t)(int32_t)a * (int32_t)b), "smsubl");
			asm("umaddl %0, %w1, %w2, %3" : "=r"(r) : "r"(a), "r"(b), "r"(c));
			CHECK(&g, r, c + (uint64_t)(uint32_t)a * (uint32_t)b, "umaddl");
			asm("smulh %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, (uint64_t)(((__int128)(int64_t)a * (int64_t)b) >> 64), "smulh %#lx*%#lx", (unsigned long)a, (unsigned long)b);
			asm("umulh %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, (uint64_t)(((unsigned __int128)a * b) >> 64), "umulh");
		}
	group_end(&g);

	group_start(&g, "divide");
	for (unsigned i = 0; i < NEDGE; i++)
		for (unsigned j = 0; j < NEDGE; j++) {
			uint64_t a = edge64[i], b = edge64[j];
			asm volatile("sdiv %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, sdiv64(a, b), "sdiv %#lx/%#lx", (unsigned long)a, (unsigned long)b);
			asm volatile("udiv %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, b ? a / b : 0, "udiv %#lx/%#lx", (unsigned long)a, (unsigned long)b);
			asm volatile("sdiv %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, sdiv32(a, b), "sdiv w %#lx/%#lx", (unsigned long)a, (unsigned long)b);
			asm volatile("udiv %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(b));
			CHECK(&g, r, (uint32_t)b ? (uint32_t)a / (uint32_t)b : 0, "udiv w");
		}
	group_end(&g);

	/* The named corner cases, printed so they are visible in the log. */
	uint64_t z = 0, m1 = ~0ull, min64 = 0x8000000000000000ull, s, u, sw;
	asm volatile("sdiv %0, %1, %2" : "=r"(s) : "r"(min64), "r"(m1));
	asm volatile("udiv %0, %1, %2" : "=r"(u) : "r"(m1), "r"(z));
	asm volatile("sdiv %w0, %w1, %w2" : "=r"(sw) : "r"(0x80000000ull), "r"(m1));
	printf("INT64_MIN/-1=%#lx UINT64_MAX/0=%#lx INT32_MIN/-1=%#lx\n",
	       (unsigned long)s, (unsigned long)u, (unsigned long)sw);
	return finish();
}
