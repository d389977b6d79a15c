/*
 * guest_test.h - tiny helpers shared by the AArch64 guest test programs.
 *
 * Each program checks the instructions it exercises against a portable C
 * model of the Arm ARM pseudocode and prints one summary line per group
 * ("group: N checks, H hash") plus a line for every mismatch, so the
 * .expected file stays small and a failure says exactly what differed.
 * The hash folds every result, so a wrong value that the model also gets
 * wrong still changes the output compared with qemu and the .expected file.
 */
#ifndef GUEST_TEST_H
#define GUEST_TEST_H

#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>

struct group {
	const char *name;
	unsigned long checks, fails;
	uint64_t hash;
};

static unsigned long total_fails;

static inline void group_start(struct group *g, const char *name)
{
	g->name = name;
	g->checks = g->fails = 0;
	g->hash = 0xcbf29ce484222325ull;	/* FNV-1a offset basis */
}

static inline void group_fold(struct group *g, uint64_t v)
{
	for (int i = 0; i < 8; i++) {
		g->hash ^= (v >> (i * 8)) & 0xff;
		g->hash *= 0x100000001b3ull;	/* FNV-1a prime */
	}
}

/* Record one result; `what` describes the operands for the mismatch line. */
#define CHECK(g, got, want, ...) do {					\
	uint64_t got_ = (uint64_t)(got), want_ = (uint64_t)(want);	\
	(g)->checks++;							\
	group_fold((g), got_);						\
	if (got_ != want_) {						\
		(g)->fails++;						\
		total_fails++;						\
		printf("MISMATCH %s: ", (g)->name);			\
		printf(__VA_ARGS__);					\
		printf(" got %#" PRIx64 " want %#" PRIx64 "\n", got_, want_); \
	}								\
} while (0)

static inline void group_end(struct group *g)
{
	printf("%s: %lu checks, %lu failed, hash %016" PRIx64 "\n",
	       g->name, g->checks, g->fails, g->hash);
}

static inline int finish(void)
{
	printf("%s\n", total_fails ? "FAILED" : "all ok");
	return total_fails ? 1 : 0;
}

/* Arm ARM ConditionHolds() over an NZCV value in bits 31:28. */
static inline int cond_holds(unsigned cond, uint64_t nzcv)
{
	int n = (nzcv >> 31) & 1, z = (nzcv >> 30) & 1;
	int c = (nzcv >> 29) & 1, v = (nzcv >> 28) & 1;
	int r;
	switch (cond >> 1) {
	case 0: r = z; break;			/* EQ */
	case 1: r = c; break;			/* CS */
	case 2: r = n; break;			/* MI */
	case 3: r = v; break;			/* VS */
	case 4: r = c && !z; break;		/* HI */
	case 5: r = n == v; break;		/* GE */
	case 6: r = n == v && !z; break;	/* GT */
	default: r = 1; break;			/* AL */
	}
	if ((cond & 1) && cond != 15)
		r = !r;
	return r;
}

/* The sixteen condition mnemonics in encoding order, as an X-macro. */
#define FOR_EACH_COND(X) \
	X(0, eq) X(1, ne) X(2, cs) X(3, cc) X(4, mi) X(5, pl) X(6, vs) X(7, vc) \
	X(8, hi) X(9, ls) X(10, ge) X(11, lt) X(12, gt) X(13, le) X(14, al) X(15, nv)

/* Boundary values used by most groups. */
static const uint64_t edge64[] = {
	0, 1, 2, 3, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff,
	0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff,
	0x100000000ull, 0x7fffffffffffffffull, 0x8000000000000000ull,
	0x8000000000000001ull, 0xfffffffffffffffeull, 0xffffffffffffffffull,
	0x0123456789abcdefull, 0xfedcba9876543210ull, 0x5555555555555555ull,
	0xaaaaaaaaaaaaaaaaull, 0x00000000deadbeefull, 0xdeadbeef00000000ull,
};
#define NEDGE (sizeof(edge64) / sizeof(edge64[0]))

#endif
