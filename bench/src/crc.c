/*
 * crc.c - benchmark workload: table-driven CRC-32 and FNV-1a hashing.
 *
 * Stresses byte loads, shifts, xors and table lookups with data-dependent
 * addresses: the inner loop of checksumming and hashing code (gzip, git,
 * package managers). The CRC is computed in plain C on purpose, so the
 * guest uses ordinary integer instructions, not the CRC32 extension.
 *
 * Usage: crc [scale]   (default scale 10; work grows linearly with it)
 * Prints "checksum crc <hex>".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define BUF_SIZE (1u << 20) /* bytes hashed per pass */
#define PASSES_PER_SCALE 16

static unsigned char buf[BUF_SIZE];
static uint32_t crc_table[256];

/* Reflected CRC-32 (polynomial 0xEDB88320, as in zlib). */
static void crc_init(void)
{
	for (uint32_t i = 0; i < 256; i++) {
		uint32_t c = i;
		for (int k = 0; k < 8; k++)
			c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
		crc_table[i] = c;
	}
}

static uint32_t crc32_buf(uint32_t crc, const unsigned char *p, size_t n)
{
	crc = ~crc;
	while (n--)
		crc = crc_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return ~crc;
}

static uint64_t fnv1a_buf(uint64_t h, const unsigned char *p, size_t n)
{
	while (n--)
		h = (h ^ *p++) * 0x100000001b3ull;
	return h;
}

/* xorshift64: a deterministic fill that is identical on every host. */
static void fill(uint64_t seed)
{
	for (size_t i = 0; i < BUF_SIZE; i++) {
		seed ^= seed << 13;
		seed ^= seed >> 7;
		seed ^= seed << 17;
		buf[i] = (unsigned char)seed;
	}
}

int main(int argc, char **argv)
{
	long scale = argc > 1 ? strtol(argv[1], NULL, 0) : 10;
	uint32_t crc = 0;
	uint64_t h = 0xcbf29ce484222325ull;

	if (scale < 1)
		scale = 1;
	crc_init();
	fill(0x9e3779b97f4a7c15ull);
	for (long pass = 0; pass < scale * PASSES_PER_SCALE; pass++) {
		crc = crc32_buf(crc, buf, BUF_SIZE);
		h = fnv1a_buf(h, buf, BUF_SIZE);
		buf[pass % BUF_SIZE] ^= (unsigned char)crc; /* vary each pass */
	}
	printf("checksum crc %08lx%016llx\n", (unsigned long)crc,
	       (unsigned long long)h);
	return 0;
}
