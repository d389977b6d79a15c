/*
 * gen.c - random AArch64 instruction sequences for the differential test.
 *
 *   gen SEED NSEQ LOOPS > prog.S     generate a test program
 *   gen -c prog.S ref.bin out.bin    compare two runs' result records
 *
 * The generated program (assembled with aarch64-linux-gnu-gcc -static
 * -nostdlib -march=armv8.1-a+crc) runs NSEQ sequences LOOPS times.  Each
 * sequence loads x0..x27, x29, x30 and NZCV from its own input table (a
 * mix of 0, 1, -1, INT_MIN/MAX of both widths, small numbers, powers of
 * two and random bits), runs 1..8 random instructions composed from
 * templates with random operands (the assembler rejects any invalid one),
 * and stores a result record: x0..x30, NZCV, SP, and the 256-byte scratch
 * buffer that loads, stores and atomics address through x28.  x28 (the
 * scratch pointer) and SP (the record pointer) are never written by a
 * sequence.  At the end the program write(2)s all records to stdout, so
 * two emulators can be compared byte for byte.
 *
 * Every instruction a template emits is counted; the total executed
 * (instructions per pass x LOOPS) goes to stderr as "executions N".
 * Only architecturally defined behaviour is generated: no constrained-
 * unpredictable register overlaps, no system registers that vary, no
 * backward branches.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gen_common.h"

#define REC_SIZE 528		/* bytes per result record */
#define REC_NZCV 248
#define REC_SP 256
#define REC_SCRATCH 264
#define SCRATCH 256		/* x28 points at scratch + 128 */
#define MAX_INSNS 8

/* -- Output helpers (random numbers, insn(): gen_common.h) ---------------- */

static unsigned label_no;

static const char *const conds[16] = {
	"eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc",
	"hi", "ls", "ge", "lt", "gt", "le", "al", "nv",
};

/* Register names.  Writable: x0..x27, x29, x30.  Readable: also x28, zr. */
static char regbuf[8][8];
static unsigned regslot;
static const char *reg(int n, int w)
{
	char *b = regbuf[regslot++ & 7];
	if (n == 31)
		snprintf(b, 8, "%szr", w ? "w" : "x");
	else
		snprintf(b, 8, "%c%d", w ? 'w' : 'x', n);
	return b;
}
static int wreg(void) { int r = (int)rn(30); return r == 28 ? 30 : r; }
static int wreg_not(int a, int b) { int r; do r = wreg(); while (r == a || r == b); return r; }
static int rreg(void) { unsigned r = rn(34); return r >= 32 ? 31 : (int)r; }	/* x0..x30, zr often */
static const char *D(int w) { return reg(wreg(), w); }
static const char *S(int w) { return reg(rreg(), w); }
static const char *SP_or_S(int w) { return rn(8) == 0 ? (w ? "wsp" : "sp") : reg((int)rn(31), w); }

/* -- Input values -------------------------------------------------------- */

static uint64_t interesting(void)
{
	static const uint64_t k[] = {
		0, 1, 2, ~0ull, ~1ull, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull,
		0x7fffffffffffffffull, 0x8000000000000000ull, 0x8000000000000001ull,
		0xffffffff80000000ull, 0x00000000ffff0000ull, 0xffff, 0x8000, 0x80, 0x7f, 0xff,
	};
	switch (rn(6)) {
	case 0: case 1: return k[rn(sizeof k / sizeof k[0])];
	case 2: return rn(64) - 32ull;				/* small, signed */
	case 3: return 1ull << rn(64);				/* power of two */
	case 4: return (1ull << rn(64)) - 1 + (coin() ? 0 : (1ull << 63));
	default: return rnd();
	}
}

/* -- Logical (bitmask) immediates: element size, run length, rotation ---- */

static uint64_t bitmask_imm(int w)
{
	unsigned esz = 2u << rn(w ? 4 : 5);	/* 2..32 or 2..64 */
	unsigned ones = 1 + rn(esz - 1), rot = rn(esz);
	uint64_t e = ones == 64 ? ~0ull : (1ull << ones) - 1;
	uint64_t emask = esz == 64 ? ~0ull : (1ull << esz) - 1;
	e = rot ? ((e >> rot) | (e << (esz - rot))) & emask : e;
	uint64_t v = 0;
	for (unsigned i = 0; i < 64; i += esz)
		v |= e << i;
	return w ? v & 0xffffffff : v;
}

/* -- Templates: each emits one or more instructions ------------------------ */

static const char *const shifts[] = { "lsl", "lsr", "asr", "ror" };
static const char *const exts[] = { "uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx" };

static void t_addsub_imm(void)
{
	static const char *const op[] = { "add", "sub", "adds", "subs" };
	int w = coin(), o = (int)rn(4);
	const char *d = (o >= 2 && rn(4) == 0) ? reg(31, w) : D(w);
	insn("%s %s, %s, #%u%s", op[o], d, SP_or_S(w), rn(4096), coin() ? ", lsl #12" : "");
}

static void t_addsub_shift(void)
{
	static const char *const op[] = { "add", "sub", "adds", "subs", "neg", "negs", "cmp", "cmn" };
	int w = coin(), o = (int)rn(8);
	const char *sh = shifts[rn(3)];
	unsigned amt = rn(w ? 32 : 64);
	if (o < 4)
		insn("%s %s, %s, %s, %s #%u", op[o], D(w), S(w), S(w), sh, amt);
	else if (o < 6)
		insn("%s %s, %s, %s #%u", op[o], D(w), S(w), sh, amt);
	else
		insn("%s %s, %s, %s #%u", op[o], S(w), S(w), sh, amt);
}

static void t_addsub_ext(void)
{
	static const char *const op[] = { "add", "sub", "adds", "subs" };
	int w = coin(), o = (int)rn(4), e = (int)rn(8);
	int mx = !w && (e & 3) == 3;	/* uxtx/sxtx take an X register */
	const char *d = D(w);
	int rnn = rreg();
	const char *n = rnn == 31 ? (w ? "wsp" : "sp") : reg(rnn, w);
	insn("%s %s, %s, %s, %s #%u", op[o], d, n, reg(rreg(), !mx), exts[e], rn(5));
}

static void t_adc(void)
{
	static const char *const op[] = { "adc", "adcs", "sbc", "sbcs" };
	int w = coin();
	if (rn(5) == 0)
		insn("%s %s, %s", coin() ? "ngc" : "ngcs", D(w), S(w));
	else
		insn("%s %s, %s, %s", op[rn(4)], D(w), S(w), S(w));
}

static void t_logic_imm(void)
{
	static const char *const op[] = { "and", "orr", "eor", "ands" };
	int w = coin(), o = (int)rn(4);
	const char *d = (o == 3 && rn(4) == 0) ? reg(31, w) : D(w);
	insn("%s %s, %s, #0x%" PRIx64, op[o], d, S(w), bitmask_imm(w));
}

static void t_logic_reg(void)
{
	static const char *const op[] = { "and", "orr", "eor", "ands", "bic", "orn", "eon", "bics" };
	int w = coin();
	if (rn(8) == 0) {
		int mvn = coin();
		insn("%s %s, %s, %s #%u", mvn ? "mvn" : "tst", mvn ? D(w) : S(w), S(w), shifts[rn(4)], rn(w ? 32 : 64));
	}
	else
		insn("%s %s, %s, %s, %s #%u", op[rn(8)], D(w), S(w), S(w), shifts[rn(4)], rn(w ? 32 : 64));
}

static void t_mov(void)
{
	static const char *const op[] = { "movz", "movn", "movk" };
	int w = coin();
	insn("%s %s, #0x%x, lsl #%u", op[rn(3)], D(w), rn(65536), 16 * rn(w ? 2 : 4));
}

static void t_bitfield(void)
{
	static const char *const op[] = { "ubfm", "sbfm", "bfm" };
	int w = coin(), bits = w ? 32 : 64;
	if (rn(4) == 0)
		insn("extr %s, %s, %s, #%u", D(w), S(w), S(w), rn(bits));
	else
		insn("%s %s, %s, #%u, #%u", op[rn(3)], D(w), S(w), rn(bits), rn(bits));
}

static void t_shiftv(void)
{
	static const char *const op[] = { "lslv", "lsrv", "asrv", "rorv" };
	int w = coin();
	insn("%s %s, %s, %s", op[rn(4)], D(w), S(w), S(w));
}

static void t_csel(void)
{
	static const char *const op[] = { "csel", "csinc", "csinv", "csneg" };
	int w = coin();
	insn("%s %s, %s, %s, %s", op[rn(4)], D(w), S(w), S(w), conds[rn(16)]);
}

static void t_ccmp(void)
{
	int w = coin();
	const char *op = coin() ? "ccmp" : "ccmn";
	if (coin())
		insn("%s %s, %s, #%u, %s", op, S(w), S(w), rn(16), conds[rn(16)]);
	else
		insn("%s %s, #%u, #%u, %s", op, S(w), rn(32), rn(16), conds[rn(16)]);
}

static void t_mul(void)
{
	static const char *const op3[] = { "madd", "msub" };
	static const char *const opl[] = { "smaddl", "smsubl", "umaddl", "umsubl" };
	switch (rn(4)) {
	case 0: { int w = coin(); insn("%s %s, %s, %s, %s", op3[rn(2)], D(w), S(w), S(w), S(w)); break; }
	case 1: insn("%s %s, %s, %s, %s", opl[rn(4)], D(0), S(1), S(1), S(0)); break;
	case 2: insn("%s %s, %s, %s", coin() ? "smulh" : "umulh", D(0), S(0), S(0)); break;
	default: { int w = coin(); insn("%s %s, %s, %s", coin() ? "sdiv" : "udiv", D(w), S(w), S(w)); }
	}
}

static void t_bits(void)
{
	static const char *const op[] = { "clz", "cls", "rbit", "rev", "rev16", "rev32" };
	int o = (int)rn(6), w = o == 5 ? 0 : coin();
	insn("%s %s, %s", op[o], D(w), S(w));
}

static void t_crc(void)
{
	static const char *const sz = "bhwx";
	int s = (int)rn(4);
	insn("crc32%s%c %s, %s, %s", coin() ? "c" : "", sz[s], D(1), S(1), S(s != 3));
}

static void t_nzcv(void)
{
	if (coin())
		insn("mrs %s, nzcv", D(0));
	else
		insn("msr nzcv, %s", S(0));
}

/* Loads and stores address [x28 - 128, x28 + 128). */
static const struct { const char *ld, *st; unsigned size; int w; } ls[] = {
	{ "ldrb", "strb", 1, 1 }, { "ldrh", "strh", 2, 1 }, { "ldr", "str", 4, 1 }, { "ldr", "str", 8, 0 },
	{ "ldrsb", NULL, 1, 0 }, { "ldrsb", NULL, 1, 1 }, { "ldrsh", NULL, 2, 0 }, { "ldrsh", NULL, 2, 1 },
	{ "ldrsw", NULL, 4, 0 },
};

static void t_ldst(void)
{
	unsigned k = rn(sizeof ls / sizeof ls[0]);
	int store = ls[k].st && coin();
	const char *op = store ? ls[k].st : ls[k].ld;
	unsigned sz = ls[k].size;
	int t = store ? rreg() : wreg();
	const char *rt = reg(t, ls[k].w);
	switch (rn(5)) {
	case 0:	/* unsigned scaled offset */
		insn("%s %s, [x28, #%u]", op, rt, rn(128 / sz) * sz);
		break;
	case 1: {	/* unscaled */
		char u[8];
		snprintf(u, sizeof u, "%s", op);
		memmove(u + 3, u + 2, strlen(u + 2) + 1);
		u[2] = 'u';	/* ldr -> ldur, strb -> sturb */
		insn("%s %s, [x28, #%d]", u, rt, (int)rn(256 - sz) - 128);
		break;
	}
	case 2: case 3: {	/* pre/post index through a copy of x28 */
		int b = wreg_not(t, -1);
		int off = (int)rn(128) - 64, imm = (int)rn(64) - 32;
		insn("add %s, x28, #%d", reg(b, 0), off + 128);
		insn("sub %s, %s, #128", reg(b, 0), reg(b, 0));
		if (rn(4) == 0) {	/* keep it simple: only the rare pre-index */
			insn("%s %s, [%s, #%d]!", op, rt, reg(b, 0), imm);
		} else
			insn("%s %s, [%s], #%d", op, rt, reg(b, 0), imm);
		break;
	}
	default: {	/* register offset with a masked index */
		int i = wreg_not(t, -1);
		unsigned sh = coin() ? 0 : (sz == 1 ? 0 : __builtin_ctz(sz));
		int neg = coin();
		if (neg)
			insn("orr %s, %s, #0xfffffffffffffff0", reg(i, 0), S(0));
		else
			insn("and %s, %s, #0xf", reg(i, 0), S(0));
		const char *ext = neg ? (coin() ? "sxtw" : "sxtx") : exts[2 + 4 * rn(2) + rn(2) * 1];
		/* exts[2]=uxtw [3]=uxtx->use lsl [6]=sxtw [7]=sxtx */
		if (!strcmp(ext, "uxtx"))
			ext = "lsl";
		int wi = !strcmp(ext, "uxtw") || !strcmp(ext, "sxtw");
		if (sh || coin())
			insn("%s %s, [x28, %s, %s #%u]", op, rt, reg(i, wi), ext, sh);
		else if (!strcmp(ext, "lsl"))
			insn("%s %s, [x28, %s]", op, rt, reg(i, 0));
		else
			insn("%s %s, [x28, %s, %s]", op, rt, reg(i, wi), ext);
	}
	}
}

static void t_pair(void)
{
	int w = coin(), sz = w ? 4 : 8, kind = (int)rn(4);
	int a = wreg(), b = wreg_not(a, -1);
	int off = ((int)rn(128 / sz) - 64 / sz) * sz;
	if (kind == 0)
		insn("stp %s, %s, [x28, #%d]", reg(rreg(), w), reg(rreg(), w), off);
	else if (kind == 1)
		insn("ldp %s, %s, [x28, #%d]", reg(a, w), reg(b, w), off);
	else if (kind == 2)
		insn("ldpsw %s, %s, [x28, #%d]", reg(a, 0), reg(b, 0), ((int)rn(32) - 16) * 4);
	else {
		int base = wreg_not(a, b);
		insn("add %s, x28, #%d", reg(base, 0), 64);
		if (coin())
			insn("ldp %s, %s, [%s, #%d]!", reg(a, w), reg(b, w), reg(base, 0), -sz * (int)rn(8));
		else
			insn("stp %s, %s, [%s], #%d", reg(a, w), reg(b, w), reg(base, 0), sz * (int)rn(8));
	}
}

static void t_exclusive(void)
{
	static const char *const sfx[] = { "b", "h", "", "" };
	int k = (int)rn(4), w = k < 3;
	int t = wreg(), s = wreg_not(t, -1), v = rreg();
	while (v == s) v = rreg();
	const char *a = coin() ? "a" : "", *l = coin() ? "l" : "";
	if (rn(5) == 0) {
		int t2 = wreg_not(t, s), v2 = rreg();
		while (v2 == s) v2 = rreg();
		insn("ld%sxp %s, %s, [x28]", a, reg(t, 0), reg(t2, 0));
		insn("st%sxp %s, %s, %s, [x28]", l, reg(s, 1), reg(v, 0), reg(v2, 0));
		return;
	}
	insn("ld%sxr%s %s, [x28]", a, sfx[k], reg(t, w));
	if (coin())
		insn("add %s, %s, #1", reg(v == 31 ? t : (v == 28 || v == s ? t : v), w), reg(t, w));
	insn("st%sxr%s %s, %s, [x28]", l, sfx[k], reg(s, 1), reg(v, w));
	if (rn(4) == 0)
		insn("clrex");
}

static void t_lse(void)
{
	static const char *const op[] = { "ldadd", "ldclr", "ldeor", "ldset", "ldsmax", "ldsmin", "ldumax", "ldumin", "swp" };
	static const char *const ord[] = { "", "a", "l", "al" };
	static const char *const sfx[] = { "b", "h", "", "" };
	int k = (int)rn(4), w = k < 3;
	const char *o = ord[rn(4)];
	switch (rn(4)) {
	case 0: case 1:
		insn("%s%s%s %s, %s, [x28]", op[rn(9)], o, sfx[k], S(w), D(w));
		break;
	case 2:
		insn("cas%s%s %s, %s, [x28]", o, sfx[k], D(w), S(w));
		break;
	default: {
		int s = 2 * (int)rn(14), t = 2 * (int)rn(15);	/* s pair written: never x28 */
		insn("casp%s %s, %s, %s, %s, [x28]", o, reg(s, w), reg(s + 1, w), reg(t, w), reg(t + 1, w));
	}
	}
}

/* A forward branch over the next 1..2 instructions of the sequence. */
static int pending_label = -1, pending_count;
static void t_branch(void)
{
	int lab = (int)label_no++;
	switch (rn(3)) {
	case 0: insn("b.%s .Lb%d", conds[rn(16)], lab); break;
	case 1: insn("%s %s, .Lb%d", coin() ? "cbz" : "cbnz", S(coin()), lab); break;
	default: { int w = coin(); insn("%s %s, #%u, .Lb%d", coin() ? "tbz" : "tbnz", S(w), rn(w ? 32 : 64), lab); }
	}
	pending_label = lab;
	pending_count = 1 + (int)rn(2);
}

static const struct gen_template templates[] = {
	{ t_addsub_imm, 6 }, { t_addsub_shift, 6 }, { t_addsub_ext, 4 }, { t_adc, 4 },
	{ t_logic_imm, 5 }, { t_logic_reg, 5 }, { t_mov, 3 }, { t_bitfield, 5 },
	{ t_shiftv, 3 }, { t_csel, 5 }, { t_ccmp, 5 }, { t_mul, 5 }, { t_bits, 3 },
	{ t_crc, 2 }, { t_nzcv, 2 }, { t_ldst, 7 }, { t_pair, 4 }, { t_exclusive, 2 },
	{ t_lse, 3 }, { t_branch, 4 },
};

static void one_template(void)
{
	gen_one_template(templates, sizeof templates / sizeof templates[0]);
}

/* -- Program layout --------------------------------------------------------- */

static unsigned sequence(unsigned n)
{
	unsigned len = 1 + rn(MAX_INSNS);
	printf("// seq %u begin\nseq%u:\n", n, n);
	printf("\tadrp x30, in%u\n\tadd x30, x30, :lo12:in%u\n", n, n);
	printf("\tldr x29, [x30, #240]\n\tmsr nzcv, x29\n");
	for (int r = 0; r < 28; r += 2)
		printf("\tldp x%d, x%d, [x30, #%d]\n", r, r + 1, r * 8);
	printf("\tldp x29, x30, [x30, #224]\n\tclrex\n// seq %u body\n", n);
	emitted = 0;
	pending_label = -1;
	for (unsigned i = 0; i < len; i++) {
		int lab = pending_label, cnt = pending_count;
		pending_label = -1;
		one_template();
		if (lab < 0)
			continue;
		if (--cnt <= 0 || pending_label >= 0)	/* a new branch closes the old */
			printf(".Lb%d:\n", lab);
		else {
			pending_label = lab;
			pending_count = cnt;
		}
	}
	if (pending_label >= 0)
		printf(".Lb%d:\n", pending_label);
	printf("// seq %u end\n", n);
	for (int r = 0; r < 28; r += 2)
		printf("\tstp x%d, x%d, [sp, #%d]\n", r, r + 1, r * 8);
	printf("\tstp x28, x29, [sp, #224]\n\tstr x30, [sp, #240]\n");
	printf("\tmrs x0, nzcv\n\tmov x1, sp\n\tstp x0, x1, [sp, #%d]\n", REC_NZCV);
	for (int i = 0; i < SCRATCH; i += 16)
		printf("\tldp x0, x1, [x28, #%d]\n\tstp x0, x1, [sp, #%d]\n", i - 128, REC_SCRATCH + i);
	printf("\tadrp x29, scratch_init\n\tadd x29, x29, :lo12:scratch_init\n");
	for (int i = 0; i < SCRATCH; i += 16)
		printf("\tldp x0, x1, [x29, #%d]\n\tstp x0, x1, [x28, #%d]\n", i, i - 128);
	printf("\tadd sp, sp, #%d\n", REC_SIZE);
	return emitted;
}

static void generate(uint64_t seed, unsigned nseq, unsigned loops)
{
	gen_seed(seed, 0x1234567);
	printf("// generated by tests/diff/gen %" PRIu64 " %u %u\n", seed, nseq, loops);
	gen_program_start(loops);
	printf("\tadrp x28, scratch\n\tadd x28, x28, :lo12:scratch\n\tadd x28, x28, #128\n");
	printf("\tadrp x29, scratch_init\n\tadd x29, x29, :lo12:scratch_init\n");
	for (int i = 0; i < SCRATCH; i += 16)
		printf("\tldp x0, x1, [x29, #%d]\n\tstp x0, x1, [x28, #%d]\n", i, i - 128);
	unsigned long total = 0;
	for (unsigned n = 0; n < nseq; n++)
		total += sequence(n);
	gen_program_end(nseq, REC_SIZE);
	printf("scratch_init:\n");
	for (int i = 0; i < SCRATCH / 8; i++)
		printf("\t.quad 0x%016" PRIx64 "\n", interesting());
	for (unsigned n = 0; n < nseq; n++) {
		printf("in%u:", n);
		for (int r = 0; r < 31; r++)
			printf("%s0x%" PRIx64, r ? ", " : "\t.quad ", r == 30 ? (uint64_t)rn(16) << 28 : interesting());
		printf(", 0\n");
	}
	printf("\t.bss\n\t.balign 16\nscratch:\t.space %d\nresults:\t.space %u\n", SCRATCH, nseq * REC_SIZE);
	fprintf(stderr, "executions %lu\n", total * loops);
}

/* -- Comparison ------------------------------------------------------------- */

/* The inputs of a sequence, from its "inN:" line. */
static void show_inputs(const char *p)
{
	printf("  inputs (x0..x27, x29, x30, nzcv):\n");
	for (int r = 0; r < 31 && p; r++) {
		char nm[8];
		if (r == 30) snprintf(nm, sizeof nm, "nzcv");
		else snprintf(nm, sizeof nm, "x%d", r < 28 ? r : r + 1);
		printf("    %-5s = %.*s\n", nm, (int)strcspn(p, ","), p);
		p = strchr(p, ',');
		if (p) p += 2;
	}
}

static const char *field_name(unsigned off, char *buf)
{
	if (off < 31 * 8) sprintf(buf, "x%u", off / 8);
	else if (off == REC_NZCV) sprintf(buf, "nzcv");
	else if (off == REC_SP) sprintf(buf, "sp");
	else sprintf(buf, "mem[x28%+d]", (int)(off - REC_SCRATCH) - 128);
	return buf;
}

static const struct gen_record record = { REC_SIZE, 12, field_name, show_inputs };

int main(int argc, char **argv)
{
	return gen_main(argc, argv, generate, &record);
}
