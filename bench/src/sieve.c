/*
 * sieve.c - benchmark workload: sieve of Eratosthenes.
 *
 * Stresses simple integer loops, byte loads/stores with a stride and
 * well-predicted conditional branches: the code a translator must turn
 * into tight host loops with few exits to the dispatcher.
 *
 * Usage: sieve [scale]   (default scale 10; work grows linearly with it)
 * Prints "checksum sieve <hex>"; the value is the same on every
 * architecture, so bench/run.sh compares native, qemu and ferry runs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SIEVE_LIMIT 2000000 /* numbers sieved per round (fits in L2) */
#define ROUNDS_PER_SCALE 9  /* rounds per unit of scale */

static unsigned char composite[SIEVE_LIMIT + 1];

/* One round: mark composites, then fold the primes into the checksum. */
static uint64_t sieve_round(uint64_t sum)
{
	memset(composite, 0, sizeof(composite));
	for (uint32_t i = 2; (uint64_t)i * i <= SIEVE_LIMIT; i++)
		if (!composite[i])
			for (uint32_t j = i * i; j <= SIEVE_LIMIT; j += i)
				composite[j] = 1;
	for (uint32_t i = 2; i <= SIEVE_LIMIT; i++)
		if (!composite[i])
			sum = sum * 31 + i;
	return sum;
}

int main(int argc, char **argv)
{
	long scale = argc > 1 ? strtol(argv[1], NULL, 0) : 10;
	uint64_t sum = 0;

	if (scale < 1)
		scale = 1;
	for (long r = 0; r < scale * ROUNDS_PER_SCALE; r++)
		sum = sieve_round(sum);
	printf("checksum sieve %016llx\n", (unsigned long long)sum);
	return 0;
}
