/*
 * strings.c - benchmark workload: memcpy, memset, strlen, strchr, memcmp.
 *
 * Stresses glibc's string functions, which on AArch64 are hand-written
 * with Advanced SIMD (LD1/CMEQ/UMAXP/...) and chosen per CPU through
 * IFUNC: the SIMD translation, unaligned accesses and short-length
 * branches. Sizes run from 1 byte to 4 KiB at every alignment mod 16.
 *
 * Usage: strings [scale]   (default scale 10; work grows linearly with it)
 * Prints "checksum strings <hex>".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA 8192      /* bytes per buffer */
#define MAX_LEN 4096    /* longest string or block */
#define ROUNDS_PER_SCALE 100

static unsigned char src[ARENA], dst[ARENA];

/* Printable bytes from a xorshift stream; no NUL inside the arena. */
static void fill(void)
{
	uint64_t s = 0x13198a2e03707344ull;

	for (size_t i = 0; i < ARENA; i++) {
		s ^= s << 13;
		s ^= s >> 7;
		s ^= s << 17;
		src[i] = (unsigned char)('!' + s % 90);
	}
}

/* One size at one alignment: every function once, results folded in. */
static uint64_t one(size_t len, size_t align, uint64_t sum)
{
	unsigned char *s = src + align, *d = dst + (align * 7 & 15);
	unsigned char saved = s[len];
	const char *hit;

	s[len] = 0;
	memcpy(d, s, len + 1);
	sum = sum * 33 + strlen((const char *)d);
	hit = strchr((const char *)d, s[len / 2]); /* found at or before len/2 */
	sum = sum * 33 + (hit ? (uint64_t)(hit - (const char *)d) : 7777);
	hit = strchr((const char *)d, '~' + 1); /* never present: full scan */
	sum = sum * 33 + (hit != NULL);
	d[len - len / 4] ^= 1;
	sum = sum * 33 + (uint64_t)(memcmp(d, s, len) > 0) + 2 * (memcmp(d, s, len) < 0);
	memset(d, (int)(len & 0x7f), len);
	sum = sum * 33 + d[len / 2];
	s[len] = saved;
	return sum;
}

int main(int argc, char **argv)
{
	long scale = argc > 1 ? strtol(argv[1], NULL, 0) : 10;
	uint64_t sum = 0;

	if (scale < 1)
		scale = 1;
	fill();
	for (long r = 0; r < scale * ROUNDS_PER_SCALE; r++)
		for (size_t len = 1; len <= MAX_LEN; len += 1 + len / 64)
			for (size_t align = 0; align < 16; align++)
				sum = one(len, align, sum);
	printf("checksum strings %016llx\n", (unsigned long long)sum);
	return 0;
}
