/*
 * qsort.c - benchmark workload: libc qsort with a comparison callback.
 *
 * Stresses indirect calls from library code into the program (glibc's
 * qsort calls cmp through a pointer for every comparison), unpredictable
 * compare-and-branch, and memory moves of small records.
 *
 * Usage: qsort [scale]   (default scale 10; work grows linearly with it)
 * Prints "checksum qsort <hex>".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N_RECORDS 200000 /* records sorted per round */
#define ROUNDS_PER_SCALE 2

struct record {
	uint32_t key;
	uint32_t id; /* tie-break: makes the sorted order unique */
	uint64_t payload;
};

static struct record recs[N_RECORDS];

static int cmp_record(const void *pa, const void *pb)
{
	const struct record *a = pa, *b = pb;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	return 0;
}

/* xorshift64 keys; the top 16 bits only, so many keys tie. */
static uint64_t fill(uint64_t seed)
{
	for (uint32_t i = 0; i < N_RECORDS; i++) {
		seed ^= seed << 13;
		seed ^= seed >> 7;
		seed ^= seed << 17;
		recs[i].key = (uint32_t)(seed >> 48);
		recs[i].id = i;
		recs[i].payload = seed;
	}
	return seed;
}

int main(int argc, char **argv)
{
	long scale = argc > 1 ? strtol(argv[1], NULL, 0) : 10;
	uint64_t seed = 0x243f6a8885a308d3ull, sum = 0;

	if (scale < 1)
		scale = 1;
	for (long r = 0; r < scale * ROUNDS_PER_SCALE; r++) {
		seed = fill(seed);
		qsort(recs, N_RECORDS, sizeof(recs[0]), cmp_record);
		for (uint32_t i = 0; i < N_RECORDS; i += 97)
			sum = sum * 31 + recs[i].payload + recs[i].id;
	}
	printf("checksum qsort %016llx\n", (unsigned long long)sum);
	return 0;
}
