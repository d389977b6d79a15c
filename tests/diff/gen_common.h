/*
 * gen_common.h - what the differential-test generators (gen.c, genfp.c)
 * share: the seeded random numbers, instruction emission with counting,
 * weighted template choice, the program's loop and exit around the
 * sequences, and the comparison of two runs' result records.
 *
 * A generator supplies its templates, its sequence layout and a
 * description of its record:
 *
 *     static const struct gen_template templates[] = { { t_add, 5 }, ... };
 *     static const struct gen_record rec = { 528, 12, field_name, show_inputs };
 *     int main(int argc, char **argv) { return gen_main(argc, argv, generate, &rec); }
 *
 * Everything is plain C for the build machine (no ferry headers): the
 * generators run at test time.
 */
#ifndef FERRY_TESTS_DIFF_GEN_COMMON_H
#define FERRY_TESTS_DIFF_GEN_COMMON_H

#include <stddef.h>
#include <stdint.h>

/* -- Random numbers (xorshift64*, deterministic per seed) -- */

/* Seeds the generator; SALT keeps the generators' streams apart. */
void gen_seed(uint64_t seed, uint64_t salt);
uint64_t rnd(void);
unsigned rn(unsigned n);        /* 0 .. n-1 */
int coin(void);

/* -- Emission -- */

/* Instructions written by insn() since the caller last reset it. */
extern unsigned emitted;

/* Writes one instruction line (tab, printf FMT, newline) and counts it. */
void insn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

struct gen_template {
	void (*fn)(void);
	unsigned weight;
};

/* Runs one of the N templates, chosen with probability weight / total. */
void gen_one_template(const struct gen_template *t, size_t n);

/* The program around the sequences: gen_program_start() sets the pass
 * counter to LOOPS and points SP at the records; gen_program_end() loops,
 * write(2)s NSEQ records of REC_SIZE bytes to stdout, exits and opens the
 * .data section with loops_left. */
void gen_program_start(unsigned loops);
void gen_program_end(unsigned nseq, unsigned rec_size);

/* -- Comparison of two runs (-c) -- */

struct gen_record {
	unsigned size;              /* bytes per record */
	int name_width;             /* column for field names in a report */
	/* Names the 8-byte field at OFF into BUF (32 bytes) and returns it. */
	const char *(*field_name)(unsigned off, char *buf);
	/* Prints the inputs of a sequence from P, just past "inN:\t.quad ". */
	void (*show_inputs)(const char *p);
};

/* gen SEED NSEQ LOOPS > prog.S, or gen -c prog.S ref.bin out.bin:
 * calls GENERATE or compares records described by REC. */
int gen_main(int argc, char **argv,
	         void (*generate)(uint64_t seed, unsigned nseq, unsigned loops),
	         const struct gen_record *rec);

#endif
