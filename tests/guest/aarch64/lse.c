/*
 * lse.c - ARMv8.1 LSE atomics: CAS/CASA/CASL/CASAL (all sizes),
 * CASP, SWP, and LDADD/LDCLR/LDEOR/LDSET/LDSMAX/LDSMIN/LDUMAX/LDUMIN
 * with their A/L/AL and B/H/W variants and the ST* aliases, against a C
 * model.
 */
// test-expect: file
// test-cflags: -march=armv8.1-a
#include "guest_test.h"

static uint64_t mem[2] __attribute__((aligned(16)));

static uint64_t trunc_(uint64_t v, int bits) { return bits == 64 ? v : v & ((1ull << bits) - 1); }
static int64_t sx(uint64_t v, int bits) { return bits == 64 ? (int64_t)v : (int64_t)(v << (64 - bits)) >> (64 - bits); }

enum { ADD, CLR, EOR, SET, SMAX, SMIN, UMAX, UMIN, SWP };
static uint64_t model(int op, uint64_t old, uint64_t v, int bits)
{
	old = trunc_(old, bits); v = trunc_(v, bits);
	switch (op) {
	case ADD: return trunc_(old + v, bits);
	case CLR: return old & ~v;
	case EOR: return old ^ v;
	case SET: return old | v;
	case SMAX: return sx(old, bits) > sx(v, bits) ? old : v;
	case SMIN: return sx(old, bits) < sx(v, bits) ? old : v;
	case UMAX: return old > v ? old : v;
	case UMIN: return old < v ? old : v;
	default: return v;
	}
}

#define LDOP(fn, insn, reg)						\
static uint64_t fn(uint64_t *p, uint64_t v)				\
{									\
	uint64_t o;							\
	asm volatile(insn " %" reg "1, %" reg "0, [%2]" : "=&r"(o) : "r"(v), "r"(p) : "memory"); \
	return o;							\
}
#define OPS(X) \
	X(ADD, ldadd, "ldadd", "x", 64) X(ADD, ldaddalb, "ldaddalb", "w", 8) X(ADD, ldaddh, "ldaddh", "w", 16) \
	X(CLR, ldclral, "ldclral", "x", 64) X(CLR, ldclrlw, "ldclrl", "w", 32) X(CLR, ldclrab, "ldclrab", "w", 8) \
	X(EOR, ldeora, "ldeora", "x", 64) X(EOR, ldeorh, "ldeorlh", "w", 16) \
	X(SET, ldset, "ldset", "x", 64) X(SET, ldsetaw, "ldseta", "w", 32) \
	X(SMAX, ldsmax, "ldsmax", "x", 64) X(SMAX, ldsmaxw, "ldsmaxal", "w", 32) X(SMAX, ldsmaxb, "ldsmaxb", "w", 8) \
	X(SMIN, ldsmin, "ldsminl", "x", 64) X(SMIN, ldsminh, "ldsminh", "w", 16) \
	X(UMAX, ldumax, "ldumaxa", "x", 64) X(UMAX, ldumaxb, "ldumaxlb", "w", 8) \
	X(UMIN, ldumin, "lduminal", "x", 64) X(UMIN, lduminw, "ldumin", "w", 32) X(UMIN, lduminh, "lduminah", "w", 16) \
	X(SWP, swp, "swp", "x", 64) X(SWP, swpalw, "swpal", "w", 32) X(SWP, swpab, "swpab", "w", 8) X(SWP, swplh, "swplh", "w", 16)
#define DEF(op, fn, insn, reg, bits) LDOP(fn, insn, reg)
OPS(DEF)

int main(void)
{
	struct group g;
	group_start(&g, "ld<op>/swp");
	for (unsigned i = 0; i < NEDGE; i++)
		for (unsigned j = 0; j < NEDGE; j += 2) {
			uint64_t init = edge64[i], v = edge64[j], o;
#define RUN(op, fn, insn, reg, bits) \
			mem[0] = init; o = fn(&mem[0], v); \
			CHECK(&g, o, trunc_(init, bits), insn " old %#lx,%#lx", (unsigned long)init, (unsigned long)v); \
			CHECK(&g, mem[0], (init & ~trunc_(~0ull, bits)) | model(op, init, v, bits), insn " new %#lx,%#lx", (unsigned long)init, (unsigned long)v);
			OPS(RUN)
		}
	group_end(&g);

	group_start(&g, "cas/casp/st<op>");
	for (unsigned i = 0; i < NEDGE; i++)
		for (unsigned j = 0; j < NEDGE; j += 3) {
			uint64_t init = edge64[i], cmp = edge64[j], nv = ~edge64[j] ^ 0x55, r;
			mem[0] = init; r = cmp;
			asm volatile("casal %0, %2, [%1]" : "+r"(r) : "r"(mem), "r"(nv) : "memory");
			CHECK(&g, r, init, "casal old"); CHECK(&g, mem[0], init == cmp ? nv : init, "casal mem %#lx cmp %#lx", (unsigned long)init, (unsigned long)cmp);
			mem[0] = init; r = cmp;
			asm volatile("cas %w0, %w2, [%1]" : "+r"(r) : "r"(mem), "r"(nv) : "memory");
			CHECK(&g, r, (uint32_t)init, "cas w old");
			CHECK(&g, mem[0], (uint32_t)init == (uint32_t)cmp ? (init & ~0xffffffffull) | (uint32_t)nv : init, "cas w mem");
			mem[0] = init; r = cmp;
			asm volatile("casab %w0, %w2, [%1]" : "+r"(r) : "r"(mem), "r"(nv) : "memory");
			CHECK(&g, r, (uint8_t)init, "casab old");
			CHECK(&g, mem[0], (uint8_t)init == (uint8_t)cmp ? (init & ~0xffull) | (uint8_t)nv : init, "casab mem");
			mem[0] = init; r = cmp;
			asm volatile("caslh %w0, %w2, [%1]" : "+r"(r) : "r"(mem), "r"(nv) : "memory");
			CHECK(&g, mem[0], (uint16_t)init == (uint16_t)cmp ? (init & ~0xffffull) | (uint16_t)nv : init, "caslh mem");
			mem[0] = init; mem[1] = ~init;
			register uint64_t x0 asm("x0") = cmp, x1 asm("x1") = ~cmp, x2 asm("x2") = nv, x3 asm("x3") = cmp;
			asm volatile("caspal x0, x1, x2, x3, [%2]" : "+r"(x0), "+r"(x1) : "r"(mem), "r"(x2), "r"(x3) : "memory");
			CHECK(&g, x0, init, "caspal old lo"); CHECK(&g, x1, ~init, "caspal old hi");
			CHECK(&g, mem[0], init == cmp ? nv : init, "caspal mem lo"); CHECK(&g, mem[1], init == cmp ? cmp : ~init, "caspal mem hi");
			mem[0] = init;
			asm volatile("stadd %0, [%1]" :: "r"(cmp), "r"(mem) : "memory"); CHECK(&g, mem[0], init + cmp, "stadd");
			asm volatile("stsmaxl %w0, [%1]" :: "r"(cmp), "r"(mem) : "memory");
			asm volatile("steorb %w0, [%1]" :: "r"(cmp), "r"(mem) : "memory");
			group_fold(&g, mem[0]);
		}
	group_end(&g);

	/* Contention from several threads is tested with guest threads
	 * (the process-model work), not here. */
	return finish();
}
