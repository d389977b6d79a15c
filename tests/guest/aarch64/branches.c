/*
 * branches.c - B.cond for all 16 conditions x 16 NZCV values, CBZ/CBNZ
 * (W and X), TBZ/TBNZ on every bit, BR/BLR through function pointers
 * and a jump table, BL/RET, RET to a non-LR register, deep recursion
 * (200000 frames) and mutual recursion.
 */
// test-expect: file
#include "guest_test.h"

#define BCOND_ONE(n, cc) \
	asm volatile("msr nzcv, %1\n\tmov %w0, #0\n\tb." #cc " 1f\n\tmov %w0, #1\n1:" : "=&r"(r) : "r"(nzcv) : "cc"); \
	CHECK(&g, r, !cond_holds(n, nzcv), "b." #cc " nzcv=%#lx", (unsigned long)nzcv);

static __attribute__((noinline)) uint64_t depth(uint64_t n)
{
	if (n == 0)
		return 0;
	uint64_t r = depth(n - 1) + 1;
	asm volatile("" : "+r"(r));	/* defeat tail-call and loop conversion */
	return r;
}
static __attribute__((noinline)) int is_odd(unsigned n);
static __attribute__((noinline)) int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static __attribute__((noinline)) int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static uint64_t f_add(uint64_t a) { return a + 11; }
static uint64_t f_mul(uint64_t a) { return a * 3; }
static uint64_t f_neg(uint64_t a) { return -a; }
static uint64_t (*volatile fns[3])(uint64_t) = { f_add, f_mul, f_neg };

static __attribute__((noinline)) int classify(int x)
{
	switch (x) {	/* dense cases: gcc emits a jump table (BR) */
	case 0: return 10; case 1: return 21; case 2: return 32; case 3: return 43;
	case 4: return 54; case 5: return 65; case 6: return 76; case 7: return 87;
	case 8: return 98; case 9: return 109; default: return -1;
	}
}

int main(void)
{
	struct group g;
	uint64_t r;
	group_start(&g, "b.cond");
	for (uint64_t nzcv = 0; nzcv < 16ull << 28; nzcv += 1ull << 28) {
		FOR_EACH_COND(BCOND_ONE)
	}
	group_end(&g);

	group_start(&g, "cbz/tbz");
	for (unsigned i = 0; i < NEDGE; i++) {
		uint64_t a = edge64[i];
		asm("mov %w0, #0\n\tcbz %1, 1f\n\tmov %w0, #1\n1:" : "=&r"(r) : "r"(a)); CHECK(&g, r, a != 0, "cbz x");
		asm("mov %w0, #0\n\tcbnz %1, 1f\n\tmov %w0, #1\n1:" : "=&r"(r) : "r"(a)); CHECK(&g, r, a == 0, "cbnz x");
		asm("mov %w0, #0\n\tcbz %w1, 1f\n\tmov %w0, #1\n1:" : "=&r"(r) : "r"(a)); CHECK(&g, r, (uint32_t)a != 0, "cbz w");
		asm("mov %w0, #0\n\tcbnz %w1, 1f\n\tmov %w0, #1\n1:" : "=&r"(r) : "r"(a)); CHECK(&g, r, (uint32_t)a == 0, "cbnz w");
#define TB(bit) \
		asm("mov %w0, #0\n\ttbz %1, #" #bit ", 1f\n\tmov %w0, #1\n1:" : "=&r"(r) : "r"(a)); CHECK(&g, r, (a >> bit) & 1, "tbz " #bit); \
		asm("mov %w0, #0\n\ttbnz %1, #" #bit ", 1f\n\tmov %w0, #1\n1:" : "=&r"(r) : "r"(a)); CHECK(&g, r, !((a >> bit) & 1), "tbnz " #bit);
		TB(0) TB(1) TB(7) TB(8) TB(15) TB(16) TB(30) TB(31) TB(32) TB(33) TB(47) TB(62) TB(63)
		asm("mov %w0, #0\n\ttbz %w1, #31, 1f\n\tmov %w0, #1\n1:" : "=&r"(r) : "r"(a)); CHECK(&g, r, (a >> 31) & 1, "tbz w31");
	}
	group_end(&g);

	group_start(&g, "indirect/call/return");
	for (uint64_t a = 0; a < 50; a++) {
		CHECK(&g, fns[a % 3](a), a % 3 == 0 ? a + 11 : a % 3 == 1 ? a * 3 : -a, "blr");
		CHECK(&g, classify((int)a - 20), (a >= 20 && a < 30) ? (uint64_t)(10 + 11 * (a - 20)) : (uint64_t)-1, "jump table %lu", (unsigned long)a);
	}
	/* BR to a label, and RET through x9 rather than x30. */
	asm volatile("adr x9, 1f\n\tmov %0, #1\n\tbr x9\n\tmov %0, #2\n1:" : "=&r"(r) :: "x9");
	CHECK(&g, r, 1, "br");
	asm volatile("adr x9, 1f\n\tmov %0, #5\n\tret x9\n\tmov %0, #6\n1:" : "=&r"(r) :: "x9");
	CHECK(&g, r, 5, "ret x9");
	asm volatile("mov x10, x30\n\tbl 1f\n\tmov %0, #7\n\tb 2f\n1:\tret\n2:\tmov x30, x10" : "=&r"(r) :: "x10", "x30");
	CHECK(&g, r, 7, "bl/ret");
	asm volatile("mov x10, x30\n\tadr x11, 1f\n\tblr x11\n\tmov %0, x9\n\tb 2f\n1:\tmov x9, #42\n\tret\n2:\tmov x30, x10"
		     : "=&r"(r) :: "x9", "x10", "x11", "x30");
	CHECK(&g, r, 42, "blr local");
	group_end(&g);

	group_start(&g, "recursion");
	CHECK(&g, depth(200000), 200000, "depth");
	CHECK(&g, is_even(100001), 0, "mutual recursion");
	CHECK(&g, is_even(5000), 1, "mutual recursion even");
	group_end(&g);
	return finish();
}
