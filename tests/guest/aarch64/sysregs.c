/*
 * sysregs.c - EL0-visible system registers: TPIDR_EL0 read/write (and
 * that libc's thread pointer survives), TPIDRRO_EL0 readable, CTR_EL0
 * and DCZID_EL0 sane, MIDR_EL1 readable (Linux traps and emulates it),
 * CNTVCT_EL0 monotonic, CNTFRQ_EL0 non-zero, FPCR/FPSR read/write, NZCV,
 * DC ZVA zeroing exactly one block, and the cache maintenance a JIT
 * uses (DC CVAU, IC IVAU, DC CIVAC).  Values that depend on the machine
 * are checked, not printed.
 */
// test-expect: file
#include "guest_test.h"
#include <string.h>

#define MRS(reg) ({ uint64_t v_; asm volatile("mrs %0, " reg : "=r"(v_)); v_; })

int main(void)
{
	struct group g;
	group_start(&g, "sysregs");
	uint64_t tp = MRS("tpidr_el0");
	CHECK(&g, tp != 0, 1, "tpidr_el0 set by libc");
	asm volatile("msr tpidr_el0, %0" :: "r"(0x123456789abcdef0ull));
	CHECK(&g, MRS("tpidr_el0"), 0x123456789abcdef0ull, "tpidr_el0 write");
	asm volatile("msr tpidr_el0, %0" :: "r"(tp));
	CHECK(&g, MRS("tpidr_el0"), tp, "tpidr_el0 restore");
	(void)MRS("tpidrro_el0");

	uint64_t ctr = MRS("ctr_el0");
	unsigned dline = 4u << ((ctr >> 16) & 15), iline = 4u << (ctr & 15);
	CHECK(&g, dline >= 16 && dline <= 2048, 1, "ctr_el0 dminline %u", dline);
	CHECK(&g, iline >= 16 && iline <= 2048, 1, "ctr_el0 iminline %u", iline);
	uint64_t dczid = MRS("dczid_el0");
	unsigned zva = 4u << (dczid & 15);
	CHECK(&g, (dczid >> 4) & 1, 0, "dczid_el0 DZP clear (DC ZVA permitted)");
	CHECK(&g, zva >= 16 && zva <= 2048, 1, "zva block %u", zva);
	uint64_t midr = MRS("midr_el1");
	(void)midr;
	CHECK(&g, MRS("cntfrq_el0") != 0, 1, "cntfrq_el0 non-zero");
	uint64_t t0 = MRS("cntvct_el0"), prev = t0, mono = 1;
	for (int i = 0; i < 100000; i++) {
		asm volatile("isb");
		uint64_t t = MRS("cntvct_el0");
		mono &= t >= prev;
		prev = t;
	}
	CHECK(&g, mono, 1, "cntvct_el0 monotonic");
	CHECK(&g, prev > t0, 1, "cntvct_el0 advances");

	uint64_t fpcr = MRS("fpcr");
	asm volatile("msr fpcr, %0" :: "r"(fpcr | (3ull << 22)));	/* RMode = toward zero */
	CHECK(&g, (MRS("fpcr") >> 22) & 3, 3, "fpcr rmode");
	asm volatile("msr fpcr, %0" :: "r"(fpcr));
	asm volatile("msr fpsr, %0" :: "r"(0x1full));
	CHECK(&g, MRS("fpsr") & 0x1f, 0x1f, "fpsr cumulative flags");
	asm volatile("msr fpsr, xzr");
	CHECK(&g, MRS("fpsr") & 0x1f, 0, "fpsr clear");
	asm volatile("msr nzcv, %0" :: "r"(0xa0000000ull));
	CHECK(&g, MRS("nzcv"), 0xa0000000ull, "nzcv");

	static uint8_t area[3 * 2048] __attribute__((aligned(2048)));
	memset(area, 0xa5, sizeof area);
	uint8_t *blk = area + 2048;
	asm volatile("dc zva, %0" :: "r"(blk + 5) : "memory");	/* any address inside the block */
	int zero = 1, intact = 1;
	for (unsigned i = 0; i < zva; i++)
		zero &= blk[i] == 0;
	for (unsigned i = zva; i < 2048; i++)
		intact &= blk[i] == 0xa5;
	for (unsigned i = 0; i < 2048; i++)
		intact &= area[i] == 0xa5;
	CHECK(&g, zero, 1, "dc zva zeroes the block");
	CHECK(&g, intact, 1, "dc zva touches nothing else");
	asm volatile("dc cvau, %0\n\tdsb ish\n\tic ivau, %0\n\tdsb ish\n\tisb\n\tdc civac, %0\n\tdc cvac, %0"
		     :: "r"(area) : "memory");
	group_end(&g);
	return finish();
}
