/*
 * crc32.c - CRC32B/H/W/X and CRC32CB/H/W/X compared with a bitwise
 * software CRC (reflected polynomials 0xEDB88320 and 0x82F63B78), over
 * a buffer processed in every chunk size, and the CRC of a known string.
 */
// test-expect: file
// test-cflags: -march=armv8-a+crc
#include "guest_test.h"
#include <string.h>

static uint32_t soft_crc(uint32_t crc, const uint8_t *p, size_t n, uint32_t poly)
{
	while (n--) {
		crc ^= *p++;
		for (int k = 0; k < 8; k++)
			crc = (crc >> 1) ^ (poly & -(crc & 1));
	}
	return crc;
}

#define HW(name, insn, type)						\
static uint32_t name(uint32_t crc, const uint8_t *p, size_t n)		\
{									\
	for (; n >= sizeof(type); n -= sizeof(type), p += sizeof(type)) { \
		type v; memcpy(&v, p, sizeof v);			\
		asm(insn : "+r"(crc) : "r"(v));				\
	}								\
	return crc;							\
}
HW(crc_b, "crc32b %w0, %w0, %w1", uint8_t)
HW(crc_h, "crc32h %w0, %w0, %w1", uint16_t)
HW(crc_w, "crc32w %w0, %w0, %w1", uint32_t)
HW(crc_x, "crc32x %w0, %w0, %x1", uint64_t)
HW(crcc_b, "crc32cb %w0, %w0, %w1", uint8_t)
HW(crcc_h, "crc32ch %w0, %w0, %w1", uint16_t)
HW(crcc_w, "crc32cw %w0, %w0, %w1", uint32_t)
HW(crcc_x, "crc32cx %w0, %w0, %x1", uint64_t)

int main(void)
{
	uint8_t buf[256];
	uint64_t s = 0x9e3779b97f4a7c15ull;
	for (int i = 0; i < 256; i++) {
		s ^= s << 13; s ^= s >> 7; s ^= s << 17;
		buf[i] = s >> 56;
	}
	struct group g;
	group_start(&g, "crc32/crc32c");
	for (size_t n = 0; n <= 256; n += 8)
		for (uint32_t init = 0; init < 3; init++) {
			uint32_t c0 = init == 2 ? 0x12345678 : -init;
			uint32_t want = soft_crc(c0, buf, n, 0xEDB88320), wantc = soft_crc(c0, buf, n, 0x82F63B78);
			CHECK(&g, crc_b(c0, buf, n), want, "crc32b n=%zu", n);
			CHECK(&g, crc_h(c0, buf, n), want, "crc32h n=%zu", n);
			CHECK(&g, crc_w(c0, buf, n), want, "crc32w n=%zu", n);
			CHECK(&g, crc_x(c0, buf, n), want, "crc32x n=%zu", n);
			CHECK(&g, crcc_b(c0, buf, n), wantc, "crc32cb n=%zu", n);
			CHECK(&g, crcc_h(c0, buf, n), wantc, "crc32ch n=%zu", n);
			CHECK(&g, crcc_w(c0, buf, n), wantc, "crc32cw n=%zu", n);
			CHECK(&g, crcc_x(c0, buf, n), wantc, "crc32cx n=%zu", n);
		}
	group_end(&g);
	/* Standard check values: CRC-32 and CRC-32C of "123456789". */
	const uint8_t *msg = (const uint8_t *)"123456789";
	printf("crc32(123456789)=%08x crc32c(123456789)=%08x\n",
	       ~crc_b(~0u, msg, 9), ~crcc_b(~0u, msg, 9));
	return finish();
}
