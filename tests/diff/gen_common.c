/*
 * gen_common.c - the shared part of the differential-test generators
 * (gen_common.h): random numbers, emission, the program frame and the
 * record comparison of gen -c.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gen_common.h"

/* -- Random numbers (xorshift64*, deterministic per seed) -- */

static uint64_t rng_state;

void gen_seed(uint64_t seed, uint64_t salt)
{
	rng_state = seed * 0x9E3779B97F4A7C15ull + salt;
	if (!rng_state)
		rng_state = 1;
}

uint64_t rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1Dull;
}

unsigned rn(unsigned n) { return (unsigned)(rnd() % n); }
int coin(void) { return rnd() & 1; }

/* -- Emission -- */

unsigned emitted;

void insn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	putchar('\t');
	vprintf(fmt, ap);
	putchar('\n');
	va_end(ap);
	emitted++;
}

void gen_one_template(const struct gen_template *t, size_t n)
{
	unsigned total = 0;
	for (size_t i = 0; i < n; i++)
		total += t[i].weight;
	unsigned r = rn(total);
	for (size_t i = 0; i < n; i++) {
		if (r < t[i].weight) {
			t[i].fn();
			return;
		}
		r -= t[i].weight;
	}
}

void gen_program_start(unsigned loops)
{
	printf("\t.text\n\t.globl _start\n_start:\n");
	printf("\tadrp x0, loops_left\n\tadd x0, x0, :lo12:loops_left\n\tmov x1, #%u\n\tstr x1, [x0]\n", loops);
	printf("pass:\n\tadrp x0, results\n\tadd x0, x0, :lo12:results\n\tmov sp, x0\n");
}

void gen_program_end(unsigned nseq, unsigned rec_size)
{
	printf("\tadrp x0, loops_left\n\tadd x0, x0, :lo12:loops_left\n");
	printf("\tldr x1, [x0]\n\tsubs x1, x1, #1\n\tstr x1, [x0]\n\tb.ne pass\n");
	printf("\tmov x0, #1\n\tadrp x1, results\n\tadd x1, x1, :lo12:results\n");
	printf("\tldr x2, =%u\n\tmov x8, #64\n\tsvc #0\n", nseq * rec_size);
	printf("\tmov x0, #0\n\tmov x8, #94\n\tsvc #0\n\t.ltorg\n");
	printf("\t.data\n\t.balign 16\nloops_left:\t.quad 0, 0\n");
}

/* -- Comparison -- */

static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) { perror(path); exit(2); }
	size_t cap = 1 << 20, n = 0, got;
	unsigned char *b = malloc(cap);
	while ((got = fread(b + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) b = realloc(b, cap *= 2);
	}
	fclose(f);
	*len = n;
	return b;
}

/* Print the body of sequence N (between "// seq N body" and "// seq N
 * end"), then the inputs it reads from the line "inN:". */
static void show_sequence(const char *asm_path, unsigned n, const struct gen_record *rec)
{
	FILE *f = fopen(asm_path, "r");
	char line[1 << 16], body[64], end[64], in[64];
	int on = 0;
	snprintf(body, sizeof body, "// seq %u body", n);
	snprintf(end, sizeof end, "// seq %u end", n);
	snprintf(in, sizeof in, "in%u:", n);
	if (!f) return;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		if (!strcmp(line, body)) on = 1;
		if (!strcmp(line, end)) on = 0;
		if (on) printf("  %s\n", line);
		if (!strncmp(line, in, strlen(in)))
			rec->show_inputs(line + strlen(in) + 7);
	}
	fclose(f);
}

static int compare(const char *asm_path, const char *ref_path, const char *out_path,
		   const struct gen_record *rec)
{
	size_t rl, ol, size = rec->size;
	unsigned char *ref = slurp(ref_path, &rl), *out = slurp(out_path, &ol);
	int bad = 0;
	if (rl != ol)
		printf("output sizes differ: reference %zu bytes, tested %zu bytes\n", rl, ol);
	size_t n = (rl < ol ? rl : ol) / size;
	for (size_t s = 0; s < n && bad < 5; s++) {
		unsigned char *a = ref + s * size, *b = out + s * size;
		if (!memcmp(a, b, size)) continue;
		bad++;
		printf("sequence %zu differs:\n", s);
		show_sequence(asm_path, (unsigned)s, rec);
		for (unsigned off = 0; off < size; off += 8) {
			uint64_t x, y;
			char nm[32];
			memcpy(&x, a + off, 8);
			memcpy(&y, b + off, 8);
			if (x != y)
				printf("  %-*s reference %016" PRIx64 "  tested %016" PRIx64 "\n",
				       rec->name_width, rec->field_name(off, nm), x, y);
		}
	}
	if (!bad && rl == ol)
		printf("%zu records identical\n", n);
	return bad || rl != ol;
}

int gen_main(int argc, char **argv,
	     void (*generate)(uint64_t seed, unsigned nseq, unsigned loops),
	     const struct gen_record *rec)
{
	if (argc == 5 && !strcmp(argv[1], "-c"))
		return compare(argv[2], argv[3], argv[4], rec);
	if (argc != 4) {
		fprintf(stderr, "usage: %s SEED NSEQ LOOPS > prog.S\n       %s -c prog.S ref.bin out.bin\n", argv[0], argv[0]);
		return 2;
	}
	generate(strtoull(argv[1], NULL, 0), (unsigned)strtoul(argv[2], NULL, 0), (unsigned)strtoul(argv[3], NULL, 0));
	return 0;
}
