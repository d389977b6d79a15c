/*
 * atomics.c - exclusive monitors (LDXR/STXR in all sizes, LDAXR/STLXR,
 * LDXP/STXP, CLREX, a failing STXR after CLREX), acquire/release
 * (LDAR/STLR in all sizes, DMB/DSB/ISB).
 */
// test-expect: file
#include "guest_test.h"

static uint64_t mem[4] __attribute__((aligned(16)));

static uint32_t xadd64(uint64_t *p, uint64_t v, uint64_t *old)
{
	uint32_t fails = 0, st;
	uint64_t o;
	do {
		asm volatile("ldaxr %0, [%2]\n\tadd %0, %0, %3\n\tstlxr %w1, %0, [%2]\n\tsub %0, %0, %3"
			     : "=&r"(o), "=&r"(st) : "r"(p), "r"(v) : "memory");
		fails += st != 0;
	} while (st);
	*old = o;
	return fails;
}

int main(void)
{
	struct group g;
	uint64_t r, a, b;
	uint32_t st;
	group_start(&g, "exclusives");
	mem[0] = 0x1122334455667788ull; mem[1] = 0x99aabbccddeeff00ull;
	asm volatile("ldxrb %w0, [%1]" : "=r"(r) : "r"(mem) : "memory"); CHECK(&g, r, 0x88, "ldxrb");
	asm volatile("clrex");
	asm volatile("ldxrh %w0, [%1]" : "=r"(r) : "r"(mem) : "memory"); CHECK(&g, r, 0x7788, "ldxrh");
	asm volatile("ldxr %w0, [%1]" : "=r"(r) : "r"(mem) : "memory"); CHECK(&g, r, 0x55667788, "ldxr w");
	asm volatile("clrex");
	/* Store-exclusive without a matching load-exclusive must fail. */
	asm volatile("clrex\n\tstxr %w0, %1, [%2]" : "=&r"(st) : "r"(0ull), "r"(mem) : "memory");
	CHECK(&g, st, 1, "stxr after clrex fails");
	CHECK(&g, mem[0], 0x1122334455667788ull, "failed stxr leaves memory");
	int tries = 0;
	do {
		asm volatile("ldxr %0, [%2]\n\tstxr %w1, %3, [%2]" : "=&r"(r), "=&r"(st) : "r"(mem), "r"(0x5a5aull) : "memory");
	} while (st && ++tries < 1000);
	CHECK(&g, st, 0, "ldxr/stxr succeeds"); CHECK(&g, r, 0x1122334455667788ull, "ldxr value"); CHECK(&g, mem[0], 0x5a5a, "stxr stored");
	do {
		asm volatile("ldxrb %w0, [%2]\n\tstxrb %w1, %w3, [%2]" : "=&r"(r), "=&r"(st) : "r"(mem), "r"(0x1ffull) : "memory");
	} while (st && ++tries < 1000);
	CHECK(&g, mem[0], 0x5aff, "stxrb");
	do {
		asm volatile("ldaxrh %w0, [%2]\n\tstlxrh %w1, %w3, [%2]" : "=&r"(r), "=&r"(st) : "r"(mem), "r"(0x12345ull) : "memory");
	} while (st && ++tries < 1000);
	CHECK(&g, mem[0], 0x2345, "stlxrh");
	do {
		asm volatile("ldaxr %w0, [%2]\n\tstlxr %w1, %w3, [%2]" : "=&r"(r), "=&r"(st) : "r"(mem), "r"(0xdeadbeefcafef00dull) : "memory");
	} while (st && ++tries < 1000);
	CHECK(&g, mem[0], 0xcafef00d, "stlxr w");
	do {
		asm volatile("ldxp %0, %1, [%3]\n\tstxp %w2, %1, %0, [%3]" : "=&r"(a), "=&r"(b), "=&r"(st) : "r"(mem) : "memory");
	} while (st && ++tries < 1000);
	CHECK(&g, a, 0xcafef00d, "ldxp 1st"); CHECK(&g, b, 0x99aabbccddeeff00ull, "ldxp 2nd");
	CHECK(&g, mem[0], 0x99aabbccddeeff00ull, "stxp swapped 1st"); CHECK(&g, mem[1], 0xcafef00d, "stxp swapped 2nd");
	do {
		asm volatile("ldaxp %w0, %w1, [%3]\n\tstlxp %w2, %w1, %w0, [%3]" : "=&r"(a), "=&r"(b), "=&r"(st) : "r"(mem) : "memory");
	} while (st && ++tries < 1000);
	CHECK(&g, mem[0], 0x99aabbccddeeff00ull << 32 | 0x99aabbccddeeff00ull >> 32, "stlxp w");
	CHECK(&g, tries < 1000, 1, "exclusives eventually succeed");
	group_end(&g);

	group_start(&g, "acquire/release");
	mem[2] = 0;
	asm volatile("stlr %1, [%0]" :: "r"(&mem[2]), "r"(0x8877665544332211ull) : "memory");
	asm volatile("ldar %0, [%1]" : "=r"(r) : "r"(&mem[2]) : "memory"); CHECK(&g, r, 0x8877665544332211ull, "stlr/ldar x");
	asm volatile("stlrb %w1, [%0]" :: "r"(&mem[2]), "r"(0xffull) : "memory");
	asm volatile("ldarb %w0, [%1]" : "=r"(r) : "r"(&mem[2]) : "memory"); CHECK(&g, r, 0xff, "ldarb");
	asm volatile("stlrh %w1, [%0]" :: "r"(&mem[2]), "r"(0xabcdull) : "memory");
	asm volatile("ldarh %w0, [%1]" : "=r"(r) : "r"(&mem[2]) : "memory"); CHECK(&g, r, 0xabcd, "ldarh");
	asm volatile("stlr %w1, [%0]" :: "r"(&mem[2]), "r"(0x01020304ull) : "memory");
	asm volatile("ldar %w0, [%1]" : "=r"(r) : "r"(&mem[2]) : "memory"); CHECK(&g, r, 0x01020304, "ldar w");
	CHECK(&g, mem[2], 0x8877665501020304ull, "stlr w keeps upper half");
	asm volatile("dmb ish\n\tdmb ishld\n\tdmb ishst\n\tdsb sy\n\tisb" ::: "memory");
	group_end(&g);

	/* Contention from several threads is tested with guest threads
	 * (the process-model work), not here. */
	return finish();
}
