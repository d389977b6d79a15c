/*
 * strings.c - glibc's string functions (SIMD-optimised on AArch64) over
 * many sizes and alignments, each checked against a byte loop: strlen,
 * strnlen, memchr, memrchr, strchr, strrchr, memcmp, strcmp, strncmp,
 * memcpy, memmove (both overlaps), memset, strcpy, stpcpy.  Pages are
 * placed so that strings end right before an unmapped page, to catch
 * over-reads that a translator turns into crashes.  Portable C; the
 * expected output is the native build's.
 */
// test-expect: native
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static unsigned long checks, fails;
#define EXPECT(cond, ...) do { checks++; if (!(cond)) { fails++; if (fails < 20) { printf("FAIL: " __VA_ARGS__); putchar('\n'); } } } while (0)

static size_t ref_strlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }
static int sgn(int x) { return (x > 0) - (x < 0); }

int main(void)
{
	uint8_t *map = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(map + 2 * 4096, 4096);
	uint8_t *end = map + 2 * 4096;	/* first unmapped byte */
	static uint8_t a[1200], b[1200], c[1200];
	for (size_t len = 0; len < 300; len = len < 70 ? len + 1 : len * 2 - 50) {
		for (size_t al = 0; al < 32; al += (len > 100 ? 7 : 1)) {
			/* A string of `len` bytes ending just before the unmapped page. */
			char *s = (char *)end - len - 1;
			for (size_t i = 0; i < len; i++) s[i] = (char)('a' + (i * 7 + al) % 26);
			s[len] = 0;
			EXPECT(strlen(s) == len, "strlen end-of-page len=%zu", len);
			EXPECT(strnlen(s, len + 5) == len, "strnlen");
			EXPECT(memchr(s, 0, len + 1) == s + len, "memchr nul");
			char *t = (char *)a + al;
			memset(a, 'x', sizeof a);
			memcpy(t, s, len + 1);
			EXPECT(ref_strlen(t) == len && t[len + 1] == 'x' && (al == 0 || a[al - 1] == 'x'), "memcpy len=%zu al=%zu", len, al);
			EXPECT(strlen(t) == len, "strlen len=%zu al=%zu", len, al);
			EXPECT(strcmp(t, s) == 0 && memcmp(t, s, len) == 0, "strcmp equal");
			if (len) {
				size_t k = (len * 5) / 7;
				char want = t[k];
				EXPECT(strchr(t, want) == t + (strchr(s, want) - s), "strchr");
				EXPECT((char *)memchr(t, want, len) - t == (char *)memchr(s, want, len) - s, "memchr consistency");
				char *ref = NULL;
				for (size_t i = 0; i < len; i++) if (t[i] == want) ref = t + i;
				EXPECT(strrchr(t, want) == ref && memrchr(t, want, len) == ref, "strrchr/memrchr len=%zu", len);
				t[k] = (char)(want + 1);
				EXPECT(sgn(strcmp(t, s)) == 1 && sgn(memcmp(t, s, len)) == 1 && sgn(strcmp(s, t)) == -1, "strcmp order len=%zu k=%zu", len, k);
				EXPECT(strncmp(t, s, k) == 0 && strncmp(t, s, k + 1) > 0, "strncmp");
				t[k] = (char)0xf0;	/* bytes compare unsigned */
				EXPECT(memcmp(t, s, len) > 0 && strcmp(t, s) > 0, "unsigned compare");
				EXPECT(strchr(t, 'A') == NULL && memchr(t, 'A', len) == NULL, "not found");
			}
			char *d = (char *)b + (al * 3) % 16;
			EXPECT(stpcpy(d, s) == d + len && strcmp(d, s) == 0, "stpcpy");
			EXPECT(strcpy(d, s) == d, "strcpy");
			/* memset */
			memset(c, 0x11, sizeof c);
			memset(c + al, 0xab, len);
			int ok = 1;
			for (size_t i = 0; i < sizeof c; i++) ok &= c[i] == ((i >= al && i < al + len) ? 0xab : 0x11);
			EXPECT(ok, "memset len=%zu al=%zu", len, al);
			/* memmove both directions */
			for (size_t i = 0; i < sizeof c; i++) c[i] = (uint8_t)i;
			memmove(c + al + 3, c + al, len);
			ok = 1;
			for (size_t i = 0; i < len; i++) ok &= c[al + 3 + i] == (uint8_t)(al + i);
			for (size_t i = 0; i < sizeof c; i++) c[i] = (uint8_t)i;
			memmove(c + al, c + al + 5, len);
			for (size_t i = 0; i < len; i++) ok &= c[al + i] == (uint8_t)(al + 5 + i);
			EXPECT(ok, "memmove len=%zu al=%zu", len, al);
		}
	}
	/* Big copies. */
	static uint8_t big1[1 << 20], big2[1 << 20];
	for (size_t i = 0; i < sizeof big1; i++) big1[i] = (uint8_t)(i * 2654435761u >> 24);
	memcpy(big2 + 3, big1, sizeof big1 - 3);
	EXPECT(memcmp(big2 + 3, big1, sizeof big1 - 3) == 0, "1MiB memcpy");
	big2[777777] ^= 1;
	EXPECT(memcmp(big2 + 3, big1, sizeof big1 - 3) != 0, "memcmp finds a late difference");
	printf("%lu checks, %lu failed\n", checks, fails);
	return fails != 0;
}
