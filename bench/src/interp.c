/*
 * interp.c - benchmark workload: a switch-based bytecode interpreter.
 *
 * Stresses indirect branches: the dense switch compiles to a jump table
 * (LDR + BR on AArch64), one unpredictable indirect jump per bytecode, the
 * pattern of every interpreter a guest runs (shells, Perl, Python).
 *
 * Usage: interp [scale]   (default scale 10; work grows linearly with it)
 * Prints "checksum interp <hex>".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Register machine: 8 registers, instructions of (op, a, b, c). */
enum op {
	OP_LI,   /* r[a] = b | c << 8          */
	OP_MOV,  /* r[a] = r[b]                */
	OP_ADD,  /* r[a] = r[b] + r[c]         */
	OP_SUB,  /* r[a] = r[b] - r[c]         */
	OP_MUL,  /* r[a] = r[b] * r[c]         */
	OP_XOR,  /* r[a] = r[b] ^ r[c]         */
	OP_AND,  /* r[a] = r[b] & r[c]         */
	OP_SHR,  /* r[a] = r[b] >> c           */
	OP_SHL,  /* r[a] = r[b] << c           */
	OP_ADDI, /* r[a] = r[b] + c            */
	OP_JNZ,  /* if r[a] != 0: pc = b       */
	OP_JZ,   /* if r[a] == 0: pc = b       */
	OP_JMP,  /* pc = b                     */
	OP_HALT,
};

struct insn {
	uint8_t op, a, b, c;
};

/*
 * The program: for r0 = count down to 0 { r1 = r1 * 5 + 1 (mod 2^64);
 * r2 ^= r1 >> 7; if (r1 & 3) r3 += r2 else r3 -= 1; } -> r3 ^ r2.
 * r0 is loaded by the host before the run.
 */
static const struct insn program[] = {
	/* 0 */ { OP_LI, 5, 5, 0 },     /* r5 = 5 */
	/* 1 */ { OP_LI, 6, 3, 0 },     /* r6 = 3 */
	/* 2 */ { OP_LI, 7, 1, 0 },     /* r7 = 1 */
	/* 3 */ { OP_MUL, 1, 1, 5 },    /* loop: r1 *= 5 */
	/* 4 */ { OP_ADDI, 1, 1, 1 },   /* r1 += 1 */
	/* 5 */ { OP_SHR, 4, 1, 7 },    /* r4 = r1 >> 7 */
	/* 6 */ { OP_XOR, 2, 2, 4 },    /* r2 ^= r4 */
	/* 7 */ { OP_AND, 4, 1, 6 },    /* r4 = r1 & 3 */
	/* 8 */ { OP_JZ, 4, 11, 0 },    /* if !r4 goto 11 */
	/* 9 */ { OP_ADD, 3, 3, 2 },    /* r3 += r2 */
	/* 10 */ { OP_JMP, 0, 12, 0 },
	/* 11 */ { OP_SUB, 3, 3, 7 },   /* r3 -= 1 */
	/* 12 */ { OP_SHL, 4, 3, 1 },   /* r4 = r3 << 1 (busy work) */
	/* 13 */ { OP_MOV, 4, 0, 0 },   /* r4 = r0 */
	/* 14 */ { OP_SUB, 0, 0, 7 },   /* r0 -= 1 */
	/* 15 */ { OP_JNZ, 0, 3, 0 },   /* if r0 goto loop */
	/* 16 */ { OP_XOR, 0, 3, 2 },   /* r0 = r3 ^ r2 */
	/* 17 */ { OP_HALT, 0, 0, 0 },
};

static uint64_t __attribute__((noinline)) run(const struct insn *code,
					      uint64_t count, uint64_t seed)
{
	uint64_t r[8] = { count, seed, 0, 0, 0, 0, 0, 0 };
	uint32_t pc = 0;

	for (;;) {
		const struct insn *i = &code[pc++];
		switch (i->op) {
		case OP_LI: r[i->a] = i->b | (uint64_t)i->c << 8; break;
		case OP_MOV: r[i->a] = r[i->b]; break;
		case OP_ADD: r[i->a] = r[i->b] + r[i->c]; break;
		case OP_SUB: r[i->a] = r[i->b] - r[i->c]; break;
		case OP_MUL: r[i->a] = r[i->b] * r[i->c]; break;
		case OP_XOR: r[i->a] = r[i->b] ^ r[i->c]; break;
		case OP_AND: r[i->a] = r[i->b] & r[i->c]; break;
		case OP_SHR: r[i->a] = r[i->b] >> (i->c & 63); break;
		case OP_SHL: r[i->a] = r[i->b] << (i->c & 63); break;
		case OP_ADDI: r[i->a] = r[i->b] + i->c; break;
		case OP_JNZ: if (r[i->a]) pc = i->b; break;
		case OP_JZ: if (!r[i->a]) pc = i->b; break;
		case OP_JMP: pc = i->b; break;
		case OP_HALT: return r[0];
		default: fprintf(stderr, "interp: bad opcode %u\n", i->op);
			exit(2);
		}
	}
}

#define LOOPS_PER_RUN 700000 /* interpreted loop trips per run */
#define RUNS_PER_SCALE 4

int main(int argc, char **argv)
{
	long scale = argc > 1 ? strtol(argv[1], NULL, 0) : 10;
	uint64_t sum = 0;

	if (scale < 1)
		scale = 1;
	for (long i = 0; i < scale * RUNS_PER_SCALE; i++)
		sum = sum * 7 + run(program, LOOPS_PER_RUN, sum + i);
	printf("checksum interp %016llx\n", (unsigned long long)sum);
	return 0;
}
