/*
 * qsort_malloc.c - qsort of 100000 pseudo-random integers and of strings,
 * bsearch, and a malloc/calloc/realloc/free stress (small and mmap-sized
 * blocks, random lifetimes, every block filled and verified).  Portable
 * C; the expected output is the native build's.
 */
// test-expect: native
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng = 0x853c49e6748fea9bull;
static uint32_t next(void) { rng = rng * 6364136223846793005ull + 1442695040888963407ull; return (uint32_t)(rng >> 33); }
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(void)
{
	enum { N = 100000 };
	int *v = malloc(N * sizeof *v);
	uint64_t sum = 0;
	for (int i = 0; i < N; i++) { v[i] = (int)next() - (1 << 30); sum += (uint64_t)v[i]; }
	qsort(v, N, sizeof *v, cmp_int);
	int sorted = 1;
	uint64_t sum2 = 0, h = 0;
	for (int i = 0; i < N; i++) { sum2 += (uint64_t)v[i]; h = h * 31 + (uint32_t)v[i]; if (i) sorted &= v[i - 1] <= v[i]; }
	printf("qsort ints: sorted=%d same_sum=%d hash=%016llx min=%d max=%d\n", sorted, sum == sum2, (unsigned long long)h, v[0], v[N - 1]);
	int key = v[12345];
	int *found = bsearch(&key, v, N, sizeof *v, cmp_int);
	printf("bsearch: %d\n", found && *found == key);
	free(v);

	char *strs[2000];
	for (int i = 0; i < 2000; i++) {
		char buf[32];
		/* One call per statement: argument evaluation order is unspecified. */
		int c0 = 'a' + next() % 26;
		unsigned x = next() % 4096;
		unsigned y = next() % 100;
		snprintf(buf, sizeof buf, "%c%x-%u", c0, x, y);
		strs[i] = strdup(buf);
	}
	qsort(strs, 2000, sizeof *strs, cmp_str);
	printf("qsort strings: first=%s last=%s mid=%s\n", strs[0], strs[1999], strs[1000]);
	for (int i = 0; i < 2000; i++) free(strs[i]);

	enum { SLOTS = 512 };
	struct { uint8_t *p; size_t n; uint8_t tag; } slot[SLOTS] = { { 0 } };
	unsigned long ops = 0, bad = 0;
	for (int round = 0; round < 60000; round++) {
		int s = next() % SLOTS;
		if (slot[s].p) {
			for (size_t i = 0; i < slot[s].n; i += 1 + slot[s].n / 64) bad += slot[s].p[i] != slot[s].tag;
			if (next() % 3 == 0) {
				size_t nn = 1 + next() % 5000;
				uint8_t *q = realloc(slot[s].p, nn);
				size_t keep = nn < slot[s].n ? nn : slot[s].n;
				for (size_t i = 0; i < keep; i += 1 + keep / 64) bad += q[i] != slot[s].tag;
				memset(q, slot[s].tag, nn);
				slot[s].p = q; slot[s].n = nn;
			} else {
				free(slot[s].p);
				slot[s].p = NULL;
			}
		} else {
			size_t n = next() % 16 == 0 ? 200000 + next() % 300000 : 1 + next() % 2000;
			slot[s].tag = (uint8_t)next();
			if (next() % 4 == 0) {
				slot[s].p = calloc(n, 1);
				for (size_t i = 0; i < n; i += 1 + n / 64) bad += slot[s].p[i] != 0;
			} else
				slot[s].p = malloc(n);
			memset(slot[s].p, slot[s].tag, n);
			slot[s].n = n;
		}
		ops++;
	}
	for (int s = 0; s < SLOTS; s++) free(slot[s].p);
	printf("malloc stress: %lu ops, %lu bad\n", ops, bad);
	return bad != 0;
}
