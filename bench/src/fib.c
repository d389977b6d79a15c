/*
 * fib.c - benchmark workload: recursive Fibonacci through function pointers.
 *
 * Stresses calls and returns (return-address prediction in the
 * translator: BL/RET pairs) and indirect calls (BLR through a pointer the
 * compiler cannot see through), i.e. the dispatch cost of every block
 * exit that is not a direct branch.
 *
 * Usage: fib [scale]   (default scale 10; work grows linearly with it)
 * Prints "checksum fib <hex>".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define FIB_N 27            /* ~630,000 calls per evaluation */
#define EVALS_PER_SCALE 45

typedef uint64_t (*fib_fn)(uint32_t n);

static uint64_t fib_a(uint32_t n);
static uint64_t fib_b(uint32_t n);

/* volatile: the compiler must load the target and call indirectly. */
static fib_fn volatile fib_table[2] = { fib_a, fib_b };

/* Two mutually recursive variants so calls alternate between targets. */
static uint64_t __attribute__((noinline)) fib_a(uint32_t n)
{
	if (n < 2)
		return n;
	return fib_table[n & 1](n - 1) + fib_b(n - 2);
}

static uint64_t __attribute__((noinline)) fib_b(uint32_t n)
{
	if (n < 2)
		return n + 1;
	return fib_a(n - 1) + fib_table[(n >> 1) & 1](n - 2);
}

int main(int argc, char **argv)
{
	long scale = argc > 1 ? strtol(argv[1], NULL, 0) : 10;
	uint64_t sum = 0;

	if (scale < 1)
		scale = 1;
	for (long i = 0; i < scale * EVALS_PER_SCALE; i++)
		sum = sum * 3 + fib_table[i & 1](FIB_N);
	printf("checksum fib %016llx\n", (unsigned long long)sum);
	return 0;
}
